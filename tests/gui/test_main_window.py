"""The main window: demo and fake-server loading, errors, cancel, close during load, checks."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.discogs.auth import Credentials, TokenAuth
from desktop_app.discogs.collection import DiscogsSource
from desktop_app.discogs.gateway import Gateway
from desktop_app.gui import workers
from desktop_app.gui.collection.release_model import INSTANCE_ID_ROLE, Column
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.window_state import window_settings
from desktop_app.services.source import ALL_FOLDER_ID, DemoSource
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs

CREDS = Credentials("token", "good-token", username="collector")


def discogs_source(srv: FakeDiscogs) -> DiscogsSource:
    gateway = Gateway(srv.url, auth=TokenAuth("good-token"), rate_limit=1000, backoff_base=0.01)
    return DiscogsSource(gateway, username=srv.username)


@pytest.fixture
def server():
    collection = generated_collection({"Main": 450, "Small": 20}, username="collector")
    with FakeDiscogs(collection, rate_limit=1000) as srv:
        yield srv


def wait_loaded(qtbot, window: MainWindow, timeout: int = 10_000) -> None:
    qtbot.waitUntil(
        lambda: (
            window.sidebar.count() > 0
            and not window.loader.is_loading()
            and window.model.rowCount() > 0
        ),
        timeout=timeout,
    )


def test_demo_loads_folder_by_folder(qtbot, make_window):
    window = make_window(DemoSource(), demo=True)
    wait_loaded(qtbot, window)
    folders = window.sidebar.folders()
    assert folders[0].id == ALL_FOLDER_ID
    assert window.model.rowCount() == folders[0].count
    for folder in folders[1:]:
        if not folder.count:
            continue
        with qtbot.waitSignal(window.loadFinished, timeout=5000):
            window.sidebar.select_folder(folder.id)
        assert window.model.rowCount() == folder.count
        assert {i.folder_id for i in window.model.instances()} == {folder.id}
        assert window.current_folder() == folder
    assert "Demo" in window.identity_label.text()
    assert window.model.folder_names()[folders[1].id] == folders[1].name
    assert window.loader.note_fields


def test_fake_server_rows_arrive_page_by_page(qtbot, make_window, server):
    server.slow_seconds = 0.05
    window = make_window(discogs_source(server), credentials=CREDS)
    counts: list[int] = []
    window.model.rowsInserted.connect(lambda *_: counts.append(window.model.rowCount()))
    with qtbot.waitSignal(window.loadFinished, timeout=15_000):
        pass
    assert counts == [100, 200, 300, 400, 470]
    assert window.model.rowCount() == 470
    assert "470" in window.counts_text()
    assert "collector" in window.identity_label.text()


def test_auth_error_mid_load_shows_banner_and_keeps_checks(qtbot, make_window, server):
    server.slow_seconds = 0.05
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 100, timeout=10_000)
    first = window.model.row(0).iid
    window.model.set_checked([first], True)
    server.revoke_after = 1  # the next collection request succeeds, later ones get 401
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15_000)
    assert "Sign in again" in window.banner.action_labels()
    assert "Retry" in window.banner.action_labels()
    assert not window.loader.is_loading()
    assert window.model.is_checked(first)
    assert 100 <= window.model.rowCount() < 470


def test_retry_resumes_after_a_failure(qtbot, make_window, server):
    server.slow_seconds = 0.05
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 200, timeout=10_000)
    server.malformed_pages = {(0, p) for p in range(1, 10)}
    server.fail_next_5xx = 100
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=20_000)
    server.fail_next_5xx = 0
    server.malformed_pages = set()
    loaded = window.model.rowCount()
    window.banner.trigger("Retry")
    qtbot.waitUntil(
        lambda: window.model.rowCount() == 470 and not window.loader.is_loading(), timeout=15_000
    )
    assert loaded < 470
    assert len({r.iid for r in window.model.rows()}) == 470


def test_cancel_load_keeps_rows(qtbot, make_window, server):
    server.slow_seconds = 0.4
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 100, timeout=10_000)
    assert window.actions.cancel.isEnabled()
    window.actions.cancel.trigger()
    assert not window.loader.is_loading()
    assert "cancelled" in window.status_label.text().lower()
    rows = window.model.rowCount()
    asked = server.count("/releases")
    qtbot.wait(900)
    # the page already on its way is kept (not asked for again later); no further page is asked
    assert rows <= window.model.rowCount() <= rows + 100
    assert server.count("/releases") == asked
    assert not window.loader.is_loading()


def test_close_during_slow_load_joins_cleanly(qtbot, server):
    server.slow_seconds = 1.0
    window = MainWindow(discogs_source(server), credentials=CREDS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.loader.is_loading, timeout=10_000)
    qtbot.wait(200)  # a request is in flight now
    started = time.monotonic()
    window.close()
    elapsed = time.monotonic() - started
    assert workers.running_threads() == 0
    assert elapsed < 5


def test_checks_survive_folder_switch_and_visible_operations(qtbot, make_window):
    window = make_window(DemoSource(), demo=True)
    wait_loaded(qtbot, window)
    header = window.table.check_header
    window.filter_bar.search.setText("the")
    window.filter_bar.flush()
    shown = window.proxy.visible_instance_ids()
    assert 0 < len(shown) < window.model.total_count()
    window.selection.check_all_visible()
    assert window.model.checked_ids() == set(shown)
    assert header.check_state() == Qt.CheckState.Unchecked or window.counts_text()
    window.counts_text()
    assert header.check_state() == Qt.CheckState.Checked
    window.filter_bar.clear()
    window.counts_text()
    assert header.check_state() == Qt.CheckState.PartiallyChecked
    assert f"{len(shown)} selected" in window.counts_text()
    window.selection.invert_visible()
    assert window.model.checked_count() == window.model.total_count() - len(shown)
    window.selection.invert_visible()
    # switch folder and back: checks stay (keyed by instance id)
    other = next(f for f in window.sidebar.folders()[1:] if f.count)
    with qtbot.waitSignal(window.loadFinished, timeout=5000):
        window.sidebar.select_folder(other.id)
    assert window.model.checked_ids() == set(shown)
    with qtbot.waitSignal(window.loadFinished, timeout=5000):
        window.sidebar.select_folder(ALL_FOLDER_ID)
    assert window.model.checked_ids() == set(shown)
    ordered = [i.instance_id for i in window.selection.known_in_view_order()[0]]
    assert set(ordered) == set(shown)
    window.selection.check_none_visible()
    assert window.model.checked_count() == 0


def test_header_click_space_and_shift_click(qtbot, make_window):
    window = make_window(DemoSource(), demo=True)
    wait_loaded(qtbot, window)
    table, header = window.table, window.table.check_header
    # header check box: all shown rows
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(0) + 10, 5),
    )
    assert window.model.checked_count() == window.model.rowCount()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(0) + 10, 5),
    )
    assert window.model.checked_count() == 0

    def cell(row: int):
        return table.visualRect(window.proxy.index(row, Column.CHECK)).center()

    def iid(row: int) -> int:
        return window.proxy.index(row, 0).data(INSTANCE_ID_ROLE)

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell(1))
    assert window.model.checked_ids() == {iid(1)}
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, cell(4)
    )
    assert window.model.checked_ids() == {iid(r) for r in range(1, 5)}
    # Space toggles the selected rows
    table.clearSelection()
    table.selectRow(6)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert window.model.is_checked(iid(6))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert not window.model.is_checked(iid(6))


def test_sorting_via_header_keeps_checks(qtbot, make_window):
    window = make_window(DemoSource(), demo=True)
    wait_loaded(qtbot, window)
    chosen = {window.model.row(i).iid for i in (0, 5, 9)}
    window.model.set_checked(chosen, True)
    window.table.sortByColumn(Column.ARTIST, Qt.SortOrder.DescendingOrder)
    assert window.model.sort_state()[0] == Column.ARTIST
    assert window.model.checked_ids() == chosen
    checked = [
        r
        for r in range(window.proxy.rowCount())
        if window.proxy.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    ]
    assert len(checked) == 3


def test_open_preview_and_state_saved(qtbot, make_window):
    window = make_window(DemoSource(), demo=True)
    wait_loaded(qtbot, window)
    window.open_preview()  # nothing checked: only a status message
    assert window.preview.panel is None
    assert "Check some releases" in window.status_label.text()
    first = window.model.row(0).iid
    window.model.set_checked([first], True)
    qtbot.waitUntil(window.preview_button.isEnabled, timeout=2000)
    assert "1" in window.preview_button.text()
    window.open_preview()
    panel = window.preview.panel
    assert panel is not None and window.tabs.currentWidget() is panel
    assert panel.model.instance_ids() == [first]
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Preview (1)"
    window.table.check_header.setSectionHidden(Column.LABEL, True)
    window.close()
    settings = window_settings()
    assert settings.value("table/header") is not None
    again = make_window(DemoSource(), demo=True)
    assert again.table.check_header.isSectionHidden(Column.LABEL)


def test_welcome_page_without_source(qtbot, make_window):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    for button in (window.welcome.sign_in_button, window.welcome.token_button):
        assert button.accessibleName()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    assert window.stack.currentWidget() is window.browser


def test_demo_session_is_restored_too(qtbot, make_window):
    window = make_window(DemoSource(), demo=True)
    wait_loaded(qtbot, window)
    jazz = next(f for f in window.sidebar.folders() if f.name == "Jazz")
    with qtbot.waitSignal(window.loadFinished, timeout=5000):
        window.sidebar.select_folder(jazz.id)
    qtbot.waitUntil(lambda: not window.loader.is_loading(), timeout=5000)
    checked = {window.model.row(0).iid, window.model.row(2).iid}
    window.model.set_checked(checked, True)
    window.table.sortByColumn(Column.YEAR, Qt.SortOrder.DescendingOrder)
    window.filter_bar.search.setText("a")
    window.filter_bar.flush()
    window.close()
    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: again.model.total_count() == jazz.count, timeout=5000)
    assert again.current_folder() is not None and again.current_folder().id == jazz.id
    assert again.model.checked_ids() == checked
    assert again.proxy.sort_state() == (Column.YEAR, Qt.SortOrder.DescendingOrder)
    assert again.filter_bar.search.text() == "a"
    qtbot.waitUntil(lambda: not again.loader.is_loading(), timeout=5000)
    assert {i.instance_id for i in again.selection.known_in_view_order()[0]} == checked
