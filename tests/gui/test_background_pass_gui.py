"""The window's background pass against the fake server: after a start it reads the whole
collection again, updates the field column in place, yields to a folder load, resumes at the
next start; the age of the field values is shown where a field column is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel

from desktop_app.core.cancel import NEVER
from desktop_app.core.filters import RecordFilter
from desktop_app.core.release import Instance
from desktop_app.discogs.collection import DiscogsSource
from desktop_app.gui import workers
from desktop_app.gui.collection.release_model import INSTANCE_ID_ROLE, make_rows
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.window_state import LAST_FOLDER_KEY, window_settings
from desktop_app.services.library import open_library
from desktop_app.services.reread import reread_page
from desktop_app.services.source import ALL_FOLDER_ID
from tests.fakes.dataset import generated_collection, make_item
from tests.fakes.server import FakeDiscogs
from tests.gui.helpers import CREDS, checked_models, discogs_source, idle

FIELD = 1  # "Media Condition"


@pytest.fixture
def server():
    collection = generated_collection({"Main": 200, "Small": 100}, username="collector", seed=8)
    srv = FakeDiscogs(collection, rate_limit=100_000)
    srv.start()
    yield srv
    srv.stop()


def in_order(srv: FakeDiscogs) -> list[int]:
    """Instance ids in the order the All folder lists them (oldest addition first)."""
    return [it["instance_id"] for it in sorted(srv.items, key=lambda it: it["date_added"])]


def pass_pages(srv: FakeDiscogs, since: int = 0) -> list[int]:
    """The All pages read oldest first (the pass; a refresh reads newest first)."""
    return [
        int(r.query["page"])
        for r in srv.requests[since:]
        if r.path.endswith("/folders/0/releases") and r.query.get("sort_order") == "asc"
    ]


def shown_value(window: MainWindow, instance_id: int) -> str | None:
    model = window.model
    row = model.row_of(instance_id)
    return model.data(model.index(row, model.field_columns.column(FIELD))) if row >= 0 else None


def cached_value(window: MainWindow, instance_id: int) -> str | None:
    item = window.loader.library.cache.raw_item(instance_id) or {}
    for note in item.get("notes") or []:
        if note.get("field_id") == FIELD:
            return str(note.get("value"))
    return None


def quick(source: DiscogsSource) -> DiscogsSource:
    """The source with a short pause between the user's requests and the pass's."""
    source.gateway.yield_seconds = 0.3
    return source


def first_visit(qtbot, make_window, server: FakeDiscogs) -> None:
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.total_count() == 300 and idle(window), timeout=15_000)
    assert not window.loader.is_rereading()  # a first start reads everything anyway
    window.close()


def test_an_edit_during_the_pass_reaches_the_field_column_and_the_cache(qtbot, make_window, server):
    first_visit(qtbot, make_window, server)
    target = in_order(server)[250]  # on the last of three pages
    server.before_page = lambda folder, page: (
        server.set_field_value(target, FIELD, "Edited on Discogs") if page == 2 else None
    )
    server.reset_log()
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.total_count() == 300 and idle(window), timeout=15_000)
    # the collector's work in the table: a tick, a selection, a field column shown
    model, proxy = window.model, window.proxy
    ticked = model.row(0).iid
    model.set_checked([ticked], True)
    selected = proxy.index(5, 2)
    flags = QItemSelectionModel.SelectionFlag
    window.table.selectionModel().select(selected, flags.ClearAndSelect | flags.Rows)
    selected_id = proxy.data(selected, INSTANCE_ID_ROLE)
    window.table.field_header.set_shown(FIELD, True)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(window.loader.is_rereading()))
    assert shown_value(window, target) != "Edited on Discogs"
    qtbot.waitUntil(lambda: shown_value(window, target) == "Edited on Discogs", timeout=15_000)
    assert cached_value(window, target) == "Edited on Discogs"
    assert pass_pages(server) == [1, 2, 3]
    assert True not in resets  # the rows were updated in place
    assert model.checked_ids() == {ticked}
    rows = window.table.selectionModel().selectedRows()
    assert [proxy.data(r, INSTANCE_ID_ROLE) for r in rows] == [selected_id]
    qtbot.waitUntil(lambda: not window.loader.is_rereading(), timeout=10_000)
    assert window.browser.fields_age_label.isVisible()
    assert window.browser.fields_age_label.text() == "fields read just now"


def test_the_age_of_the_fields_is_shown_only_with_a_field_column(qtbot, make_window, server):
    first_visit(qtbot, make_window, server)
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.total_count() == 300 and idle(window), timeout=15_000)
    page = window.browser
    assert not page.fields_age_label.isVisible()
    window.table.field_header.set_shown(FIELD, True)
    assert page.fields_age_label.isVisible()
    assert page.fields_age_label.text().startswith("fields read")
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    assert page.fields_age_text(now - timedelta(seconds=30), now) == "fields read just now"
    assert page.fields_age_text(now - timedelta(minutes=3), now) == "fields read 3 min ago"
    assert page.fields_age_text(now - timedelta(hours=5), now) == "fields read 5 h ago"
    assert page.fields_age_text(now - timedelta(days=4), now) == "fields read 4 days ago"
    window.table.field_header.set_shown(FIELD, False)
    assert not page.fields_age_label.isVisible()


def test_the_pass_yields_to_a_folder_load(qtbot, make_window, server):
    small = next(f["id"] for f in server.folders if f["name"] == "Small")
    main = next(f["id"] for f in server.folders if f["name"] == "Main")
    lib = open_library(discogs_source(server), "collector")
    lib.load_folder_fully(small, NEVER)  # an earlier start showed Small only
    lib.close()
    window_settings().setValue(LAST_FOLDER_KEY, small)
    server.slow_paths = {"/folders/0/releases": 0.3}
    server.reset_log()
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: bool(pass_pages(server)), timeout=15_000)
    assert window.current_folder().id == small
    window.sidebar.select_folder(main)  # not cached: its pages are read now
    qtbot.waitUntil(
        lambda: window.model.total_count() == 200 and window.loader.is_complete(), timeout=15_000
    )
    qtbot.waitUntil(lambda: not window.loader.is_rereading(), timeout=15_000)
    log = server.requests
    loads = [i for i, r in enumerate(log) if r.path.endswith(f"/folders/{main}/releases")]
    passes = [
        i
        for i, r in enumerate(log)
        if r.path.endswith("/folders/0/releases") and r.query.get("sort_order") == "asc"
    ]
    assert len(loads) == 2 and len(passes) == 3
    assert not [i for i in passes if loads[0] < i < loads[-1]]  # the load's pages went first
    assert pass_pages(server) == [1, 2, 3]


def test_closing_stops_the_pass_and_the_next_start_goes_on(qtbot, make_window, server):
    first_visit(qtbot, make_window, server)
    server.slow_paths = {"/folders/0/releases": 0.3}
    window = MainWindow(quick(discogs_source(server)), credentials=CREDS)
    qtbot.addWidget(window)
    window.show()
    library = window.loader.library
    qtbot.waitUntil(lambda: reread_page(library) == 2, timeout=15_000)
    window.close()  # a page may be on its way: it is not waited for
    assert workers.running_threads() == 0
    reached = reread_page(open_library(discogs_source(server), "collector"))
    assert reached >= 2
    server.reset_log()
    target = in_order(server)[0]
    server.set_field_value(target, FIELD, "Read before: not read again")
    again = make_window(quick(discogs_source(server)), credentials=CREDS)
    qtbot.waitUntil(lambda: again.model.total_count() == 300, timeout=15_000)
    qtbot.waitUntil(
        lambda: idle(again) and not again.loader.is_rereading() and bool(pass_pages(server)),
        timeout=15_000,
    )
    assert pass_pages(server) == list(range(reached, 4))
    assert again.loader.library.fields_read_at(ALL_FOLDER_ID) is not None


def test_updated_rows_are_replaced_in_place(qtbot):
    model, proxy, _testers = checked_models()
    model.set_fields({FIELD: "Media Condition"})
    items = [
        make_item(100 + n, 200 + n, 1, title=f"Record {n}", notes={FIELD: "VG"}) for n in range(5)
    ]
    model.add_rows(make_rows([Instance.from_item(it) for it in items]))
    model.set_checked([101], True)
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    edited = make_item(103, 203, 1, title="Record 3", notes={FIELD: "Mint (M)"})
    stranger = make_item(999, 999, 1, title="Not in this folder")
    assert model.update_rows(make_rows([Instance.from_item(it) for it in (edited, stranger)])) == 1
    column = model.field_columns.column(FIELD)
    assert model.data(model.index(model.row_of(103), column)) == "Mint (M)"
    assert model.total_count() == 5 and model.checked_ids() == {101}
    assert resets == [] and changed == [(3, 3)]
    assert model.field_value_counts()[FIELD] == {"VG": 4, "Mint (M)": 1}
    # with a filter on, a row that no longer passes it leaves the rows shown
    proxy.set_record_filter(RecordFilter(text="record"))
    again = make_item(102, 202, 1, title="Renamed", notes={FIELD: "VG"})
    model.update_rows(make_rows([Instance.from_item(again)]))
    assert resets == [] and proxy.rowCount() == 4
