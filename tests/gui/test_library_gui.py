"""The main window with the local library, export history, preview tab and session restore."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core.filters import RecordFilter
from desktop_app.gui import workers
from desktop_app.gui.collection.release_model import Column
from desktop_app.gui.controllers.loader import LoaderController
from desktop_app.gui.dialogs.settings import SettingsDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.library import Library
from desktop_app.services.source import ALL_FOLDER_ID, DemoSource
from desktop_app.store.history import ExportHistory
from desktop_app.store.settings import Settings
from tests.fakes.dataset import generated_collection, make_item
from tests.fakes.server import FakeDiscogs
from tests.gui.helpers import CREDS, discogs_source, idle

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def server():
    collection = generated_collection({"Main": 150, "Small": 20}, username="collector")
    srv = FakeDiscogs(collection, rate_limit=100000)
    srv.start()
    yield srv
    srv.stop()


def first_visit(qtbot, make_window, server: FakeDiscogs) -> MainWindow:
    """Open the account once so that the All folder is in the cache; the window is closed."""
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.rowCount() == 170 and idle(window), timeout=15_000)
    assert window.loader.library is not None and window.loader.library.is_cached(ALL_FOLDER_ID)
    QAbstractItemModelTester(window.proxy, QAbstractItemModelTester.FailureReportingMode.Warning)
    return window


def test_reopen_shows_cached_rows_before_any_collection_request(
    qtbot, make_window, server, monkeypatch
):
    first = first_visit(qtbot, make_window, server)
    first.close()
    server.reset_log()
    server.slow_seconds = 0.3
    seen: list[tuple[int, int]] = []
    original = LoaderController.refresh

    def spy(self: LoaderController, full: bool = False) -> None:
        seen.append((self.model.rowCount(), server.count("/collection")))
        original(self, full)

    monkeypatch.setattr(LoaderController, "refresh", spy)
    window = make_window(discogs_source(server), credentials=CREDS)
    # The cached rows are read off the GUI thread, and are in the table before the refresh
    # starts or anything is requested.
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [(170, 0)]
    assert window.model.rowCount() == 170
    assert window.loader.is_refreshing()
    assert "refreshing" in window.status_label.text()
    assert "updated" in window.status_label.text()
    qtbot.waitUntil(lambda: idle(window), timeout=15_000)
    assert "just now" in window.status_label.text()
    assert server.count("/collection") > 0
    assert window.model.rowCount() == 170
    # F5 runs another incremental refresh; the rows stay.
    window.actions.refresh.trigger()
    assert window.loader.is_refreshing()
    qtbot.waitUntil(lambda: idle(window), timeout=15_000)
    assert window.model.rowCount() == 170


def test_never_cached_folder_loads_page_by_page_into_the_cache(qtbot, make_window, server):
    window = make_window(discogs_source(server), credentials=CREDS)
    counts: list[int] = []
    window.model.rowsInserted.connect(lambda *_: counts.append(window.model.rowCount()))
    qtbot.waitUntil(lambda: window.model.rowCount() == 170 and idle(window), timeout=15_000)
    assert counts == [100, 170]
    assert window.loader.library.is_cached(ALL_FOLDER_ID)
    assert len(window.loader.library.cached_instances(ALL_FOLDER_ID)) == 170
    # All holds every instance, so the other folders open from the cache without a page request.
    small = next(f for f in window.sidebar.folders() if f.name == "Small")
    server.reset_log()
    window.loader._refreshed_at = None
    with qtbot.waitSignal(window.loadFinished, timeout=10_000):
        window.sidebar.select_folder(small.id)
    assert window.model.rowCount() == 20
    assert server.count(f"/folders/{small.id}/releases") == 0
    qtbot.waitUntil(lambda: idle(window), timeout=10_000)


def test_offline_start_keeps_cached_rows_and_says_so(qtbot, make_window, server):
    first = first_visit(qtbot, make_window, server)
    first.close()
    server.stop()
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.rowCount() == 170, timeout=10_000)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15_000)
    assert "Offline" in window.banner.text()
    assert "data from" in window.banner.text()
    assert window.loader.library.offline
    assert window.model.rowCount() == 170
    assert not window.loader.is_refreshing()


def test_only_not_yet_exported_after_a_save(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(
        lambda: window.model.rowCount() > 3 and not window.loader.is_loading(), timeout=10_000
    )
    total = window.model.rowCount()
    ids = [window.model.row(i).iid for i in range(2)]
    window.model.set_checked(ids, True)
    window.open_preview()
    panel = window.preview.panel
    assert panel is not None and window.tabs.currentWidget() is panel
    assert panel.settings is window.app_settings
    target = tmp_path / "out.csv"
    monkeypatch.setattr(panel, "_ask_save_path", lambda _default: str(target))
    assert panel.save() == target
    assert ExportHistory("demo").exported_ids() == set(ids)
    assert window.proxy.rowCount() == total  # the filter is off
    window.filter_bar.not_exported.setChecked(True)
    shown = set(window.proxy.visible_instance_ids())
    assert window.proxy.rowCount() == total - 2
    assert not shown & set(ids)
    # Text filtering still works together with the exclusion.
    window.filter_bar.search.setText("zzzz-no-such-record")
    window.filter_bar.flush()
    assert window.proxy.rowCount() == 0
    window.filter_bar.clear()
    assert window.proxy.rowCount() == total
    # "Since last export" is offered now and limits the date range.
    window.filter_bar.apply_preset("since_last")
    assert window.filter_bar.from_check.isChecked()
    assert window.filter_bar.preset.currentData() == "since_last"


def test_session_restores_folder_sort_and_checks(qtbot, make_window, server):
    window = first_visit(qtbot, make_window, server)
    small = next(f for f in window.sidebar.folders() if f.name == "Small")
    with qtbot.waitSignal(window.loadFinished, timeout=10_000):
        window.sidebar.select_folder(small.id)
    qtbot.waitUntil(lambda: idle(window) and window.model.rowCount() == 20, timeout=10_000)
    checked = {window.model.row(i).iid for i in (0, 3, 5)}
    window.model.set_checked(checked, True)
    window.table.sortByColumn(Column.TITLE, Qt.SortOrder.DescendingOrder)
    window.close()
    again = make_window(discogs_source(server), credentials=CREDS)
    assert again.current_folder() is not None and again.current_folder().id == small.id
    qtbot.waitUntil(lambda: again.model.rowCount() == 20, timeout=10_000)
    assert again.model.checked_ids() == checked
    assert again.proxy.sort_state() == (Column.TITLE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: idle(again), timeout=15_000)
    assert again.model.checked_ids() == checked


def test_session_restores_every_filter(qtbot, make_window, server):
    window = first_visit(qtbot, make_window, server)
    bar = window.filter_bar
    bar.search.setText("main")
    bar.apply_preset("last30")  # kept by name: the last 30 days of the next start
    index = bar.format.findData(bar.format.itemData(1))
    bar.format.setCurrentIndex(index)
    chosen_format = bar.format.currentData()
    bar.not_exported.setChecked(True)
    bar.flush()
    shown = window.proxy.rowCount()
    window.close()
    again = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: again.model.total_count() == 170 and idle(again), timeout=15_000)
    bar = again.filter_bar
    assert bar.search.text() == "main"
    assert bar.preset.currentData() == "last30" and bar.from_check.isChecked()
    assert bar.format.currentData() == chosen_format
    assert bar.not_exported.isChecked()
    assert again.proxy.record_filter() == bar.record_filter()
    assert again.proxy.rowCount() == shown


def test_session_keeps_a_custom_date_range_and_ignores_junk(qtbot, make_window, server):
    window = first_visit(qtbot, make_window, server)
    window.filter_bar.set_date_range(date(2001, 2, 3), None)
    window.close()
    again = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: again.model.total_count() == 170, timeout=15_000)
    assert again.filter_bar.record_filter().added_from == date(2001, 2, 3)
    assert again.filter_bar.record_filter().added_to is None
    # Junk from a damaged or future session: ignored part by part (what it does not set is
    # reset), never a crash.
    again.filter_bar.restore({"preset": "no-such-preset", "format": 7, "text": 5})
    assert again.filter_bar.record_filter() == RecordFilter()
    again.filter_bar.set_date_range(date(2001, 2, 3), None)
    again.filter_bar.restore({"preset": "custom", "from": "not a date", "from_on": True})
    assert again.filter_bar.record_filter().added_from == date(2001, 2, 3)  # the date edit kept
    assert again.proxy.record_filter() == again.filter_bar.record_filter()
    # Another account's state replaces this one's, defaults included.
    again.filter_bar.restore({"text": "x", "format": "Vinyl", "preset": "last7"})
    again.filter_bar.restore({"text": "", "format": "", "preset": "all", "not_exported": False})
    assert again.filter_bar.record_filter() == RecordFilter()


def test_closing_during_refresh_joins_cleanly(qtbot, make_window, server):
    first = first_visit(qtbot, make_window, server)
    first.close()
    server.slow_seconds = 1.0
    window = MainWindow(discogs_source(server), credentials=CREDS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.loader.is_refreshing, timeout=10_000)
    qtbot.wait(200)  # a request is in flight now
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 5
    assert workers.running_threads() == 0


def test_settings_dialog_clears_cache_and_saves_csv_options(qtbot, make_window, server):
    window = first_visit(qtbot, make_window, server)
    cache = window.loader.library.cache
    assert cache.size_bytes() > 0
    settings = Settings()
    dialog = SettingsDialog(window, settings=settings, cache=cache)
    qtbot.addWidget(dialog)
    dialog._confirm_clear = lambda: True  # type: ignore[method-assign]
    dialog.clear_cache()
    assert dialog.cleared
    assert not window.loader.library.is_cached(ALL_FOLDER_ID)
    dialog.bom_check.setChecked(True)
    dialog.lf_check.setChecked(True)
    dialog.accept()
    loaded = Settings.load()
    assert loaded.bom and loaded.line_end == "lf"


def test_screenshot_with_preview_tab(qtbot, make_window, server):
    window = first_visit(qtbot, make_window, server)
    window.model.set_checked([window.model.row(i).iid for i in range(4)], True)
    window.counts_text()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "library-releases.png"))
    window.open_preview()
    qtbot.wait(50)
    assert window.grab().save(str(SCREENSHOTS / "library-preview.png"))
    assert isinstance(window.proxy, QAbstractItemModel)


def test_full_refresh_and_age_text(qtbot, make_window, server):
    from datetime import UTC, datetime, timedelta

    from desktop_app.gui.texts import age_text

    window = first_visit(qtbot, make_window, server)
    server.reset_log()
    window.actions.full_refresh.trigger()
    assert window.loader.is_refreshing()
    qtbot.waitUntil(lambda: idle(window), timeout=15_000)
    assert server.count("/folders/0/releases") >= 2  # All read again, page by page
    assert window.model.rowCount() == 170
    assert "just now" in window.status_label.text()
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert age_text(now - timedelta(seconds=20), now) == "just now"
    assert age_text(now - timedelta(minutes=5), now) == "5 min ago"
    assert age_text(now - timedelta(hours=3), now) == "3 h ago"


def slow_cached_reads(monkeypatch, seconds: float) -> None:
    """Reading a cached folder takes ``seconds`` longer (a big folder, a slow disk)."""
    original = Library.cached_instances

    def slow(self: Library, folder_id: int) -> list:
        found = original(self, folder_id)
        time.sleep(seconds)
        return found

    monkeypatch.setattr(Library, "cached_instances", slow)


def test_a_refresh_ending_during_a_cached_read_is_shown(qtbot, make_window, server, monkeypatch):
    first_visit(qtbot, make_window, server).close()
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.total_count() == 170 and idle(window), timeout=15_000)
    server.add_instances(
        [make_item(980_000_000, 6000, 1, title="Fresh", date_added="2032-03-04T09:00:00")]
    )
    slow_cached_reads(monkeypatch, 1.0)
    server.slow_seconds = 0.2
    window.loader.refresh()
    assert window.loader.is_refreshing()
    window.load_folder(ALL_FOLDER_ID)  # the read starts before the refresh has stored anything
    qtbot.waitUntil(lambda: idle(window) and window.model.total_count() == 171, timeout=15_000)


def test_cancel_while_a_cached_folder_is_read_stops_the_refresh_only(
    qtbot, make_window, server, monkeypatch
):
    first_visit(qtbot, make_window, server).close()
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.total_count() == 170 and idle(window), timeout=15_000)
    slow_cached_reads(monkeypatch, 0.5)
    server.slow_seconds = 0.3
    window.loader.refresh()
    small = next(f for f in window.sidebar.folders() if f.name == "Small")
    window.sidebar.select_folder(small.id)
    assert window.actions.cancel.isEnabled()
    window.actions.cancel.trigger()  # the user means: stop the refresh
    assert not window.loader.is_refreshing()
    qtbot.waitUntil(lambda: idle(window) and window.model.total_count() == 20, timeout=15_000)
