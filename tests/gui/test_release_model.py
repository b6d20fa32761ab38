"""ReleaseModel and ReleaseProxy: model contracts, sorting, filtering, checks."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop_app.core.filters import RecordFilter, natural_key
from desktop_app.core.release import Instance
from desktop_app.gui.collection.release_model import (
    INSTANCE_ID_ROLE,
    SORT_KEY_ROLE,
    Column,
    make_rows,
    sort_text,
    sorted_rows,
)
from desktop_app.gui.collection.release_proxy import ReleaseProxy, compile_filter
from desktop_app.services.source import DemoSource
from tests.fakes.dataset import generated_collection, make_item
from tests.gui.helpers import checked_models

ASC = Qt.SortOrder.AscendingOrder
DESC = Qt.SortOrder.DescendingOrder


def demo_instances() -> list[Instance]:
    source = DemoSource()
    out: list[Instance] = []
    for page in source.iter_pages(0):
        out.extend(page.instances)
    return out


def item(iid: int, artist: str, title: str = "T", year: int = 2000, **kw: object) -> Instance:
    no_date = kw.pop("no_date", False)
    data = make_item(iid, iid + 1, 1, artists=[artist], title=title, year=year, **kw)
    if no_date:
        data["date_added"] = None
    return Instance.from_item(data)


@pytest.fixture
def setup(qapp):
    model, proxy, testers = checked_models()
    yield model, proxy
    del testers


def shown_ids(proxy: ReleaseProxy) -> list[int]:
    return [proxy.index(r, 0).data(INSTANCE_ID_ROLE) for r in range(proxy.rowCount())]


def shown_column(proxy: ReleaseProxy, column: int) -> list[str]:
    return [proxy.index(r, column).data() or "" for r in range(proxy.rowCount())]


# ---- model contract ------------------------------------------------------------------------


def test_model_tester_batches_sort_filter(setup):
    model, proxy = setup
    instances = demo_instances()
    for start in range(0, len(instances), 25):  # batches, like pages
        model.add_instances(instances[start : start + 25])
    assert model.rowCount() == len(instances) == proxy.rowCount()
    proxy.sort(Column.ARTIST, ASC)
    model.add_instances(  # more rows arrive while sorted: inserted at their sorted places
        [item(9_000_000 + i, name) for i, name in enumerate(["Zz Top", "aaa", "Mmm"])]
    )
    keys = [natural_key(t) for t in shown_column(proxy, Column.ARTIST) if t]
    assert keys == sorted(keys)
    proxy.set_record_filter(RecordFilter(text="the"))
    assert 0 < proxy.rowCount() == model.rowCount() < model.total_count()
    proxy.sort(Column.YEAR, DESC)
    # rows arriving while filtered and sorted: only matching ones are shown, all are kept
    model.add_instances([item(9_100_000, "The Late"), item(9_100_001, "Not shown")])
    assert 9_100_000 in shown_ids(proxy) and 9_100_001 not in shown_ids(proxy)
    years = [proxy.index(r, Column.YEAR).data(SORT_KEY_ROLE) for r in range(proxy.rowCount())]
    known = [y for y in years if y is not None]
    assert known == sorted(known, reverse=True) and years[: len(known)] == known
    proxy.set_record_filter(RecordFilter())
    assert proxy.rowCount() == model.rowCount() == model.total_count() == len(instances) + 5
    years = [proxy.index(r, Column.YEAR).data(SORT_KEY_ROLE) for r in range(proxy.rowCount())]
    known = [y for y in years if y is not None]
    assert known == sorted(known, reverse=True) and years[: len(known)] == known
    model.set_checked([model.row(0).iid], True)
    model.clear()
    assert proxy.rowCount() == 0


def test_flags_and_roles(setup):
    model, _proxy = setup
    model.add_instances([item(1, "Tab\tArtist", title="Line\nbreak")])
    check = model.index(0, Column.CHECK)
    assert model.flags(check) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, Column.ARTIST)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(check, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(check, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.is_checked(1)
    assert model.data(model.index(0, Column.ARTIST)) == "Tab Artist"
    assert model.data(model.index(0, Column.TITLE), Qt.ItemDataRole.ToolTipRole) == "Line break"
    assert model.headerData(Column.ARTIST, Qt.Orientation.Horizontal) == "Artist"


# ---- sorting -------------------------------------------------------------------------------


def test_sort_text_matches_natural_key():
    rng = random.Random(5)
    alphabet = "aAbBéÉzZ 0123456789-.ßøÅ日本"
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(600)]
    words += ["Vol. 2", "Vol. 10", "vol. 1", "Vol 007", "Vol 7", "a1b", "a01c", "A", "á"]
    by_natural = sorted(words, key=lambda w: (natural_key(w), w))
    by_text = sorted(words, key=lambda w: (sort_text(w), w))
    assert by_text == by_natural


def test_sort_natural_accents_case_cjk_and_stability(setup):
    model, proxy = setup
    names = [
        "Édith Piaf",
        "edith piaf",
        "Zappa",
        "abba",
        "ABBA",
        "Ærosmith",
        "坂本龍一",
        "10cc",
        "2Pac",
    ]
    model.add_instances([item(100 + i, n) for i, n in enumerate(names)])
    proxy.sort(Column.ARTIST, ASC)
    artists = shown_column(proxy, Column.ARTIST)
    assert artists.index("10cc") > artists.index("2Pac")  # numbers in natural order
    assert artists[:2] == ["2Pac", "10cc"]
    # case/accent duplicates sort together and ties break by instance_id
    ids = shown_ids(proxy)
    assert ids.index(103) + 1 == ids.index(104)  # abba(103) then ABBA(104)
    assert ids.index(100) + 1 == ids.index(101)  # Édith(100) then edith(101)
    proxy.sort(Column.ARTIST, DESC)
    ids_desc = shown_ids(proxy)
    assert ids_desc.index(103) + 1 == ids_desc.index(104)  # ties stay by instance_id
    assert shown_column(proxy, Column.ARTIST)[-2:] == ["10cc", "2Pac"]


def test_sort_on_demo_data_every_column(setup):
    model, proxy = setup
    model.add_instances(demo_instances())
    for column in Column:
        if column == Column.CHECK:
            continue
        for order in (ASC, DESC):
            proxy.sort(column, order)
            assert proxy.rowCount() == model.rowCount()
            ids = shown_ids(proxy)
            assert len(set(ids)) == len(ids)


def test_unknown_year_last_in_both_orders(setup):
    model, proxy = setup
    model.add_instances(
        [
            item(1, "A", year=0),
            item(2, "B", year=1999),
            item(3, "C", year=0),
            item(4, "D", year=1970),
        ]
    )
    proxy.sort(Column.YEAR, ASC)
    assert shown_ids(proxy) == [4, 2, 1, 3]
    proxy.sort(Column.YEAR, DESC)
    assert shown_ids(proxy) == [2, 4, 1, 3]
    model.add_instances([item(5, "E", year=0), item(6, "F", year=2020)])  # sorted insert
    assert shown_ids(proxy) == [6, 2, 4, 1, 3, 5]


def test_dates_sort_chronologically(setup):
    model, proxy = setup
    model.add_instances(
        [
            item(1, "A", date_added="2021-03-01T10:00:00-08:00"),
            item(2, "B", date_added="2019-12-31T23:00:00-08:00"),
            item(3, "C", date_added="2021-02-28T10:00:00-08:00"),
        ]
    )
    proxy.sort(Column.ADDED, ASC)
    assert shown_ids(proxy) == [2, 3, 1]
    proxy.sort(Column.ADDED, DESC)
    assert shown_ids(proxy) == [1, 3, 2]


# ---- filtering -----------------------------------------------------------------------------


def test_text_filter_accent_insensitive_and_catno(setup):
    model, proxy = setup
    model.add_instances(
        [
            item(1, "Beyoncé", title="Lemonade", labels=[("Parkwood", "PWD-1")]),
            item(2, "Björk", title="Homogenic", labels=[("One Little Indian", "TPLP71")]),
            item(3, "Muse", title="Origin"),
        ]
    )
    proxy.set_record_filter(RecordFilter(text="beyonce"))
    assert shown_ids(proxy) == [1]
    proxy.set_record_filter(RecordFilter(text="BJORK homo"))
    assert shown_ids(proxy) == [2]
    proxy.set_record_filter(RecordFilter(text="tplp71"))
    assert shown_ids(proxy) == [2]
    proxy.set_record_filter(RecordFilter(text="nothing-like-this"))
    assert shown_ids(proxy) == []


def test_date_range_inclusive_and_format(setup):
    model, proxy = setup
    model.add_instances(
        [
            item(1, "A", date_added="2022-05-01T00:00:00+00:00", formats=["CD"]),
            item(2, "B", date_added="2022-05-10T12:00:00+00:00"),
            item(3, "C", date_added="2022-05-20T12:00:00+00:00"),
            item(4, "D", no_date=True),
        ]
    )
    days = {r.iid: r.day for r in model.rows()}
    low, high = days[1], days[2]
    proxy.set_record_filter(RecordFilter(added_from=low, added_to=high))
    assert sorted(shown_ids(proxy)) == [1, 2]  # both ends inclusive
    proxy.set_record_filter(RecordFilter(added_from=high + timedelta(days=1)))
    assert shown_ids(proxy) == [3]
    proxy.set_record_filter(RecordFilter(format_name="cd"))
    assert shown_ids(proxy) == [1]
    proxy.set_record_filter(RecordFilter(format_name="Vinyl", added_to=high))
    assert shown_ids(proxy) == [2]


def test_compiled_filter_agrees_with_core_filter():
    collection = generated_collection({"Main": 400}, seed=7)
    instances = [Instance.from_item(it) for it in collection.items]
    rows = make_rows(instances)
    filters = [
        RecordFilter(text="the"),
        RecordFilter(text="a e"),
        RecordFilter(format_name="Vinyl"),
        RecordFilter(format_name='7"'),
        RecordFilter(added_from=date(2015, 1, 1), added_to=date(2019, 12, 31)),
        RecordFilter(text="o", format_name="LP", added_from=date(2012, 6, 1)),
    ]
    for record_filter in filters:
        accepts = compile_filter(record_filter)
        assert accepts is not None
        expected = [record_filter.matches(i) for i in instances]
        assert [accepts(r) for r in rows] == expected, record_filter
    assert compile_filter(RecordFilter()) is None


# ---- checks --------------------------------------------------------------------------------


def test_checks_survive_sort_filter_and_reload(setup):
    model, proxy = setup
    instances = demo_instances()
    model.add_instances(instances)
    chosen = {instances[3].instance_id, instances[10].instance_id, instances[40].instance_id}
    model.set_checked(chosen, True)
    proxy.sort(Column.TITLE, DESC)
    proxy.set_record_filter(RecordFilter(text="a"))
    proxy.set_record_filter(RecordFilter())
    checked_rows = {
        proxy.index(r, 0).data(INSTANCE_ID_ROLE)
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    }
    assert checked_rows == chosen
    model.clear()  # another folder
    assert model.checked_ids() == chosen
    assert model.checked_instance(instances[3].instance_id) == instances[3]
    model.add_instances(instances[:20])
    assert (
        model.data(
            model.index(model.row_of(instances[3].instance_id), 0), Qt.ItemDataRole.CheckStateRole
        )
        == Qt.CheckState.Checked
    )


def test_header_state_and_visible_operations(setup):
    model, proxy = setup
    model.add_instances(
        [item(i, f"Artist {i}", title="Red" if i % 2 else "Blue") for i in range(1, 11)]
    )
    assert proxy.header_check_state() == Qt.CheckState.Unchecked
    proxy.set_record_filter(RecordFilter(text="red"))
    model.set_checked(proxy.visible_instance_ids(), True)
    assert proxy.header_check_state() == Qt.CheckState.Checked
    assert model.checked_ids() == {1, 3, 5, 7, 9}
    proxy.set_record_filter(RecordFilter())
    assert proxy.header_check_state() == Qt.CheckState.PartiallyChecked
    proxy.set_record_filter(RecordFilter(text="blue"))
    assert proxy.header_check_state() == Qt.CheckState.Unchecked
    proxy.set_record_filter(RecordFilter())
    model.set_checked([], True)
    assert model.checked_count() == 5


def test_index_parent_contract(setup):
    model, _proxy = setup
    model.add_instances([item(1, "A")])
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_hidden_rows_can_be_checked_and_found(setup):
    model, proxy = setup
    model.add_instances([item(i, f"Artist {i}", title="Red" if i % 2 else "Blue") for i in (1, 2)])
    proxy.set_record_filter(RecordFilter(text="red"))
    assert proxy.visible_instance_ids() == [1]
    model.set_checked([2], True)  # e.g. a restored session while a filter is on
    assert model.row_of(2) == -1 and model.find(2) is not None
    assert model.checked_instance(2) is not None and model.checked_instance(2).instance_id == 2
    assert proxy.header_check_state() == Qt.CheckState.Unchecked


def test_hidden_ids_combine_with_the_record_filter(setup):
    model, proxy = setup
    model.add_instances(
        [item(i, f"Artist {i}", title="Red" if i % 2 else "Blue") for i in range(6)]
    )
    proxy.set_hidden_ids({1, 2})
    assert sorted(proxy.visible_instance_ids()) == [0, 3, 4, 5]
    proxy.set_record_filter(RecordFilter(text="red"))
    assert sorted(proxy.visible_instance_ids()) == [3, 5]
    proxy.set_hidden_ids(set())
    assert sorted(proxy.visible_instance_ids()) == [1, 3, 5]
    assert model.total_count() == 6


def test_filter_keeps_selection_and_current_row(setup, qtbot):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    model, proxy = setup
    model.add_instances(
        [item(i, f"Artist {i}", title="Red" if i % 2 else "Blue") for i in range(20)]
    )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.setCurrentIndex(
        proxy.index(model.row_of(7), 1), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    for iid in (3, 4, 7):
        selection.select(proxy.index(model.row_of(iid), 1), flags)
    assert {i.data(INSTANCE_ID_ROLE) for i in selection.selectedRows()} == {3, 4, 7}
    proxy.set_record_filter(RecordFilter(text="red"))  # 4 is filtered out

    def selected() -> set[int]:
        return {i.data(INSTANCE_ID_ROLE) for i in selection.selectedRows()}

    assert selected() == {3, 7}
    assert view.currentIndex().data(INSTANCE_ID_ROLE) == 7
    proxy.sort(Column.ARTIST, DESC)
    assert selected() == {3, 7}
    assert view.currentIndex().data(INSTANCE_ID_ROLE) == 7
    proxy.set_record_filter(RecordFilter())
    assert selected() == {3, 7}
    assert proxy.rowCount() == 20


def test_exported_column_shows_sorts_and_explains(setup):
    from datetime import UTC, datetime

    model, proxy = setup
    model.add_instances([item(i, f"Artist {i}") for i in range(1, 5)])
    when = {3: datetime(2026, 5, 1, 12, tzinfo=UTC), 1: datetime(2026, 6, 1, 12, tzinfo=UTC)}
    model.set_export_times(when)
    cell = model.index(model.row_of(3), Column.EXPORTED)
    assert cell.data() == "2026-05-01"
    assert "2026-05-01" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(model.row_of(2), Column.EXPORTED).data() is None
    proxy.sort(Column.EXPORTED, ASC)
    assert shown_ids(proxy) == [3, 1, 2, 4]  # never exported: last
    proxy.sort(Column.EXPORTED, DESC)
    assert shown_ids(proxy) == [1, 3, 2, 4]
    model.set_export_times({**when, 4: datetime(2026, 7, 1, tzinfo=UTC)})  # re-sorted at once
    assert shown_ids(proxy) == [4, 1, 3, 2]
    assert model.headerData(Column.EXPORTED, Qt.Orientation.Horizontal) == "Exported"


def test_sorts_agree_with_a_fresh_sort_whatever_came_before(setup):
    """Cached sort orders never outlive a change of the rows."""
    model, proxy = setup
    rng = random.Random(11)
    instances = demo_instances()
    model.add_instances(instances[:60])
    columns = [Column.ARTIST, Column.TITLE, Column.YEAR, Column.LABEL, Column.ADDED]
    for step in range(40):
        column, order = rng.choice(columns), rng.choice((ASC, DESC))
        proxy.sort(column, order)
        if step % 7 == 3:
            model.add_instances(instances[60 + step : 62 + step])
        expected = sorted_rows(model.all_rows(), column, order == DESC)
        assert [r.iid for r in model.all_rows()] == [r.iid for r in expected]
        assert shown_ids(proxy) == [r.iid for r in expected]


def test_a_batch_landing_all_over_a_sorted_table_keeps_order_and_selection(setup, qtbot):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    model, proxy = setup
    instances = demo_instances()
    model.add_instances(instances[:40])
    proxy.sort(Column.ARTIST, ASC)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    chosen = model.row(5).iid
    view.selectionModel().select(
        proxy.index(5, 1),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    inserted: list[int] = []
    model.rowsInserted.connect(lambda *_: inserted.append(1))
    model.add_instances(instances[40:])  # lands in many places: one layout change
    assert not inserted
    assert model.rowCount() == proxy.rowCount() == len(instances)
    expected = sorted_rows(model.all_rows(), Column.ARTIST)
    assert shown_ids(proxy) == [r.iid for r in expected]
    selected = {i.data(INSTANCE_ID_ROLE) for i in view.selectionModel().selectedRows()}
    assert selected == {chosen}


def test_text_index_agrees_with_the_row_test_through_sorts_and_new_rows(setup):
    from desktop_app.gui.collection.release_proxy import compile_row_filter

    model, proxy = setup
    instances = demo_instances()
    model.add_instances(instances[:70])
    rng = random.Random(3)
    words = ["the", "a", "e", "love", "日本", "zz", "(2)", "lp", "o r", "é", "x\x00y", "", "s t u"]
    for step in range(30):
        if step == 10:
            proxy.sort(Column.TITLE, DESC)
        if step == 20:
            model.add_instances(instances[70:])
        text = rng.choice(words)
        hidden = frozenset(rng.sample([i.instance_id for i in instances], 5))
        record_filter = RecordFilter(text=text, format_name=rng.choice(["", "Vinyl", "CD"]))
        proxy.set_hidden_ids(hidden)
        proxy.set_record_filter(record_filter)
        row_filter = compile_row_filter(record_filter, hidden)
        expected = [
            r.iid for r in model.all_rows() if r.iid not in hidden and record_filter.matches(r.inst)
        ]
        assert shown_ids(proxy) == expected, (text, record_filter)
        if row_filter is not None:
            assert [r.iid for r in model.all_rows() if row_filter(r)] == expected


def test_proxy_rows_are_source_rows_and_cells_paint_as_with_plain_data(setup, qtbot):
    """multiData answers for the source row of the same number: the proxy must never reorder
    or drop rows itself, and a cell painted through multiData must look as through data()."""
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtWidgets import QTableView

    model, proxy = setup
    model.add_instances(demo_instances())
    model.set_checked([model.row(1).iid, model.row(4).iid], True)
    plain = QSortFilterProxyModel()
    plain.setSourceModel(model)
    views = []
    for source in (proxy, plain):
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(source)
        view.resize(900, 500)
        view.show()
        views.append(view)
    for step in (
        lambda: proxy.sort(Column.ARTIST, DESC),
        lambda: proxy.set_record_filter(RecordFilter(text="the")),
        lambda: proxy.set_hidden_ids({model.row(0).iid}),
        lambda: proxy.sort(Column.YEAR, ASC),
    ):
        step()
        for r in range(proxy.rowCount()):
            assert proxy.mapToSource(proxy.index(r, 2)).row() == r
        images = [view.grab().toImage() for view in views]
        assert images[0] == images[1]


def test_a_term_that_folds_to_nothing_filters_nothing(setup):
    from desktop_app.gui.collection.release_model import RowFilter

    model, proxy = setup
    proxy.set_record_filter(RecordFilter(text="\u0301"))  # empty model, a lone accent
    assert proxy.rowCount() == 0
    model.add_instances([item(1, "A"), item(2, "B")])
    assert proxy.rowCount() == 2
    proxy.set_record_filter(RecordFilter(text="\u0301 b"))
    assert shown_ids(proxy) == [2]
    model.set_row_filter(RowFilter(("",)))  # the model copes with an empty term as well
    assert model.rowCount() == 2
