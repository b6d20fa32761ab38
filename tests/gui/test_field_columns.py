"""Collection fields as table columns: hidden by default, shown from the columns menu and kept,
natural sort (A2 before A10, accents folded, empty last), searched, filtered by value, and a
field renamed or deleted on Discogs between two refreshes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMenu

from desktop_app.core.fields import parse_fields
from desktop_app.core.filters import RecordFilter
from desktop_app.core.release import Instance
from desktop_app.gui.collection.field_columns import FIRST_FIELD_COLUMN
from desktop_app.gui.collection.filter_bar import FilterBar
from desktop_app.gui.collection.release_model import Column, ReleaseModel
from desktop_app.gui.collection.release_proxy import ReleaseProxy
from desktop_app.gui.collection.release_table import ReleaseTable
from tests.fakes.dataset import make_item
from tests.fakes.server import FakeDiscogs
from tests.fakes.shelves import SHELVES, shelved_collection, shelved_items
from tests.gui.helpers import CREDS, checked_models, discogs_source, idle

ASC = Qt.SortOrder.AscendingOrder
DESC = Qt.SortOrder.DescendingOrder
FIELDS = {1: "Media Condition", 2: "Sleeve Condition", 3: "Notes", 7: "Shelf"}
SHELF = FIRST_FIELD_COLUMN + 3


@pytest.fixture
def setup(qapp):
    model, proxy, testers = checked_models()
    model.set_fields(FIELDS)
    model.add_instances(Instance.from_item(it) for it in shelved_items())
    yield model, proxy
    del testers


def column_texts(proxy: ReleaseProxy, column: int) -> list[str]:
    return [proxy.index(r, column).data() or "" for r in range(proxy.rowCount())]


def test_field_columns_follow_the_fixed_ones(setup) -> None:
    _model, proxy = setup
    assert proxy.columnCount() == len(Column) + 4
    titles = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    assert titles[len(Column) :] == list(FIELDS.values())
    assert sorted(column_texts(proxy, SHELF)) == sorted(SHELVES)
    assert "Shelf" in proxy.headerData(SHELF, Qt.Orientation.Horizontal, Qt.ToolTipRole)


def test_sort_by_a_field_is_natural_and_empty_last(setup) -> None:
    model, proxy = setup
    proxy.sort(SHELF, ASC)
    assert column_texts(proxy, SHELF) == ["A1", "a2", "Ä3", "A10", "B1", ""]
    proxy.sort(SHELF, DESC)
    assert column_texts(proxy, SHELF) == ["B1", "A10", "Ä3", "a2", "A1", ""]
    # A new row goes to its sorted place.
    model.add_instances([Instance.from_item(make_item(200, 6000, 1, notes={7: "A9"}))])
    assert column_texts(proxy, SHELF) == ["B1", "A10", "A9", "Ä3", "a2", "A1", ""]


def test_search_finds_a_field_value(setup) -> None:
    _model, proxy = setup
    proxy.set_record_filter(RecordFilter(text="a10"))
    assert column_texts(proxy, SHELF) == ["A10"]
    proxy.set_record_filter(RecordFilter(text="mint"))
    assert proxy.rowCount() == 3


def test_rename_keeps_the_column_and_delete_removes_it(setup) -> None:
    model, proxy = setup
    proxy.sort(SHELF, ASC)
    renamed = {**FIELDS, 7: "Location"}
    model.set_fields(renamed)
    assert proxy.columnCount() == len(Column) + 4
    assert proxy.headerData(SHELF, Qt.Orientation.Horizontal) == "Location"
    assert model.sort_state()[0] == SHELF
    # Deleting a field before the sorted one: the sort follows its column's new place.
    del renamed[2]
    model.set_fields(renamed)
    assert proxy.columnCount() == len(Column) + 3
    assert model.sort_state()[0] == SHELF - 1
    assert column_texts(proxy, SHELF - 1) == ["A1", "a2", "Ä3", "A10", "B1", ""]
    del renamed[7]
    model.set_fields(renamed)
    assert proxy.columnCount() == len(Column) + 2
    assert model.sort_state()[0] == -1
    model.set_fields({})
    assert proxy.columnCount() == len(Column)


def test_the_field_value_filter(qtbot, setup) -> None:
    model, proxy = setup
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.filterChanged.connect(proxy.set_record_filter)
    assert bar.field_value.isHidden()
    bar.set_field_choices(model.field_columns.names(), model.field_value_counts())
    labels = [bar.field_value.itemText(i) for i in range(bar.field_value.count())]
    shelf_labels = [t for t in labels if t.startswith("Shelf:")]
    assert shelf_labels == [f"Shelf: {s} (1)" for s in ("A1", "a2", "Ä3", "A10", "B1")]
    assert "Media Condition: Mint (M) (3)" in labels
    bar.field_value.setCurrentIndex(labels.index("Shelf: A10 (1)"))
    assert column_texts(proxy, SHELF) == ["A10"]
    state = bar.state()
    bar.field_value.setCurrentIndex(labels.index("Media Condition: Good (G) (2)"))
    assert sorted(column_texts(proxy, SHELF)) == ["A10", "Ä3"]
    bar.restore(state)
    assert column_texts(proxy, SHELF) == ["A10"]
    bar.clear()
    assert proxy.rowCount() == len(SHELVES)


def test_hidden_by_default_shown_from_the_menu_and_kept(qtbot, setup, tmp_path) -> None:
    _model, proxy = setup
    table = ReleaseTable()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.apply_default_columns()
    header = table.check_header
    assert all(header.isSectionHidden(c) for c in range(FIRST_FIELD_COLUMN, proxy.columnCount()))
    menu = QMenu(table)
    table.fill_columns_menu(menu)
    actions = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert list(actions)[-4:] == list(FIELDS.values())  # after the fixed columns
    actions["Shelf"].setChecked(True)
    assert not header.isSectionHidden(SHELF)
    assert table.frozen.isColumnHidden(SHELF)
    header.resizeSection(SHELF, 77)
    settings = QSettings(str(tmp_path / "table.ini"), QSettings.Format.IniFormat)
    table.save_state(settings)
    # The next start: the fields come after the header was restored.
    again_model = ReleaseModel()
    again = ReleaseProxy()
    again.setSourceModel(again_model)
    table2 = ReleaseTable()
    qtbot.addWidget(table2)
    table2.setModel(again)
    table2.apply_default_columns()
    table2.restore_state(settings)
    again_model.set_fields(FIELDS)
    assert not table2.check_header.isSectionHidden(SHELF)
    assert table2.check_header.sectionSize(SHELF) == 77
    assert table2.check_header.isSectionHidden(FIRST_FIELD_COLUMN)
    assert table2.check_header.count() == len(Column) + 4
    # The field is deleted: its column goes, and so does the choice.
    again_model.set_fields({k: v for k, v in FIELDS.items() if k != 7})
    assert table2.field_header.shown_ids() == set()
    again_model.set_fields(FIELDS)
    assert table2.check_header.isSectionHidden(SHELF)


# ---- against the fake server ------------------------------------------------------------
@pytest.fixture
def server():
    srv = FakeDiscogs(shelved_collection(), rate_limit=100000)
    srv.start()
    yield srv
    srv.stop()


def test_a_field_renamed_then_deleted_between_refreshes(qtbot, make_window, server) -> None:
    window = make_window(discogs_source(server), credentials=CREDS)
    loaded = lambda: window.model.rowCount() == len(SHELVES) and idle(window)  # noqa: E731
    qtbot.waitUntil(loaded, timeout=15_000)
    QAbstractItemModelTester(window.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    table = window.browser.table
    header = table.check_header
    assert window.proxy.headerData(SHELF, Qt.Orientation.Horizontal) == "Shelf"
    assert header.isSectionHidden(SHELF)
    table.field_header.set_shown(7, True)
    table.sort_by(SHELF, ASC)
    assert column_texts(window.proxy, SHELF) == ["A1", "a2", "Ä3", "A10", "B1", ""]

    server.rename_field(7, "Location")
    window.actions.refresh.trigger()
    qtbot.waitUntil(lambda: idle(window), timeout=15_000)
    assert window.proxy.headerData(SHELF, Qt.Orientation.Horizontal) == "Location"
    assert not header.isSectionHidden(SHELF)
    assert column_texts(window.proxy, SHELF) == ["A1", "a2", "Ä3", "A10", "B1", ""]

    server.delete_field(7)
    window.actions.refresh.trigger()
    qtbot.waitUntil(lambda: idle(window), timeout=15_000)
    assert window.proxy.columnCount() == len(Column) + 3
    titles = [window.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(14)]
    assert "Location" not in titles
    assert table.field_header.shown_ids() == set()
    assert window.model.rowCount() == len(SHELVES)


# ---- dropdown fields sort in the order of their options --------------------------------------
MEDIA = FIRST_FIELD_COLUMN  # Media Condition: "Mint (M)" before "Good (G)", as Discogs lists them


def test_a_dropdown_field_sorts_in_the_order_of_its_options(qapp) -> None:
    model, proxy, testers = checked_models()
    model.set_fields(FIELDS)  # names only (a library written before the options were kept)
    model.add_instances(Instance.from_item(it) for it in shelved_items())
    model.add_instances([Instance.from_item(make_item(300, 7000, 1, notes={1: "Mint+"}))])
    proxy.sort(MEDIA, ASC)
    assert column_texts(proxy, MEDIA)[:2] == ["Good (G)", "Good (G)"]  # as text
    # the options come (the next read of the fields): the sorted column follows them
    model.set_fields(parse_fields(shelved_collection().fields))
    media = ["Mint (M)"] * 3 + ["Good (G)"] * 2 + ["Mint+", ""]
    assert column_texts(proxy, MEDIA) == media  # a value among none of them after them
    model.add_instances([Instance.from_item(make_item(301, 7001, 1, notes={1: "Poor (P)"}))])
    assert column_texts(proxy, MEDIA) == [*media[:5], "Poor (P)", *media[5:]]
    proxy.sort(MEDIA, DESC)
    backwards = ["Mint+", "Poor (P)", "Good (G)", "Good (G)", *["Mint (M)"] * 3, ""]
    assert column_texts(proxy, MEDIA) == backwards
    proxy.sort(SHELF, ASC)  # a dropdown listed in shelf order, a text field naturally
    assert column_texts(proxy, SHELF) == ["A1", "a2", "Ä3", "A10", "B1", "", "", ""]
    del testers


def test_the_window_sorts_conditions_as_discogs_lists_them_also_from_the_library(
    qtbot, make_window, server
) -> None:
    for start in ("from Discogs", "from the library"):
        window = make_window(discogs_source(server), credentials=CREDS)
        loaded = lambda w=window: w.model.rowCount() == len(SHELVES) and idle(w)  # noqa: E731
        qtbot.waitUntil(loaded, timeout=15_000)
        QAbstractItemModelTester(window.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
        window.browser.table.sort_by(MEDIA, ASC)
        texts = column_texts(window.proxy, MEDIA)
        assert texts == ["Mint (M)"] * 3 + ["Good (G)"] * 2 + [""], start
        window.close()


def test_the_value_filter_lists_a_dropdown_in_the_order_of_its_options(qtbot, qapp) -> None:
    model, _proxy, testers = checked_models()
    model.set_fields(parse_fields(shelved_collection().fields))
    model.add_instances(Instance.from_item(it) for it in shelved_items())
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_field_choices(model.field_columns.names(), model.field_value_counts())
    labels = [bar.field_value.itemText(i) for i in range(bar.field_value.count())]
    media = [t for t in labels if t.startswith("Media Condition:")]
    assert media == ["Media Condition: Mint (M) (3)", "Media Condition: Good (G) (2)"]
    shelves = [t for t in labels if t.startswith("Shelf:")]
    assert shelves == [f"Shelf: {s} (1)" for s in ("A1", "a2", "Ä3", "A10", "B1")]
    del testers
