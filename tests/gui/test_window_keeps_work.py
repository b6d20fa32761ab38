"""What a collector must never lose in the window: ticked records, loaded pages, and knowing when
a folder is incomplete; what a long refresh shows while it runs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAction

from desktop_app.gui.main_window import MainWindow
from desktop_app.services.source import ALL_FOLDER_ID, DemoSource
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
from tests.gui.helpers import CREDS, discogs_source, idle


@pytest.fixture
def server():
    collection = generated_collection({"Main": 450, "Small": 20}, username="collector")
    with FakeDiscogs(collection, rate_limit=100000) as srv:
        yield srv


@pytest.fixture
def missing_answers(monkeypatch) -> list[int]:
    """Every "ticked records not loaded" question asked (its count); replies "leave_out"."""
    asked: list[int] = []

    def ask(self: MainWindow, count: int) -> str | None:
        asked.append(count)
        return "leave_out"

    monkeypatch.setattr(MainWindow, "_ask_missing_ticks", ask)
    return asked


def page_requests(srv: FakeDiscogs, folder_id: int, page: int) -> int:
    suffix = f"/folders/{folder_id}/releases"
    return sum(
        1
        for r in list(srv.requests)
        if r.path.endswith(suffix) and r.query.get("page", "1") == str(page)
    )


def folder(window: MainWindow, name: str) -> Any:
    return next(f for f in window.sidebar.folders() if f.name == name)


def show_folder(qtbot, window: MainWindow, name: str) -> None:
    target = folder(window, name)
    with qtbot.waitSignal(window.loadFinished, timeout=10_000):
        window.sidebar.select_folder(target.id)
    qtbot.waitUntil(lambda: idle(window), timeout=10_000)


def preview_rows(window: MainWindow) -> int:
    panel = window.preview.panel
    return panel.model.rowCount() if panel is not None else 0


# ---- 1. every ticked record reaches the preview ---------------------------------------------
def test_demo_ticks_of_another_folder_reach_the_preview_after_a_restart(
    qtbot, make_window, missing_answers
):
    first = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: first.model.rowCount() > 0 and idle(first), timeout=10_000)
    show_folder(qtbot, first, "Jazz")
    jazz = [first.model.row(i).iid for i in range(min(5, first.model.rowCount()))]
    first.model.set_checked(jazz, True)
    show_folder(qtbot, first, "Rock & Pop")
    rock = [first.model.row(i).iid for i in range(4)]
    first.model.set_checked(rock, True)
    first.close()

    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: again.model.rowCount() > 0 and idle(again), timeout=10_000)
    assert again.current_folder().name == "Rock & Pop"
    ticked = len(jazz) + len(rock)
    assert again.model.checked_count() == ticked
    assert str(ticked) in again.preview_button.text()
    again.open_preview()
    qtbot.waitUntil(lambda: preview_rows(again) > 0, timeout=10_000)
    assert preview_rows(again) == ticked
    assert set(again.preview.panel.model.instance_ids()) == set(jazz) | set(rock)
    assert missing_answers == []


def test_ticks_that_cannot_be_found_are_said_before_the_preview(
    qtbot, make_window, missing_answers
):
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: window.model.rowCount() > 3 and idle(window), timeout=10_000)
    window.model.set_checked([window.model.row(0).iid, 987_654_321], True)
    window.open_preview()
    qtbot.waitUntil(lambda: preview_rows(window) > 0, timeout=10_000)
    assert missing_answers == [1]
    assert preview_rows(window) == 1


def test_account_ticks_of_an_unloaded_folder_come_from_the_library(
    qtbot, make_window, server, missing_answers
):
    first = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: first.model.total_count() == 470 and idle(first), timeout=20_000)
    show_folder(qtbot, first, "Small")
    small = [first.model.row(i).iid for i in range(6)]
    first.model.set_checked(small, True)
    show_folder(qtbot, first, "Main")
    first.model.set_checked([first.model.row(0).iid], True)
    first.close()

    again = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: again.model.total_count() == 450 and idle(again), timeout=20_000)
    assert again.current_folder().name == "Main"
    assert again.model.checked_count() == 7
    again.open_preview()
    qtbot.waitUntil(lambda: preview_rows(again) > 0, timeout=10_000)
    assert preview_rows(again) == 7
    assert missing_answers == []


# ---- 3. loaded pages are kept ---------------------------------------------------------------
def test_switching_folders_mid_load_keeps_the_pages_and_resumes(qtbot, make_window, server):
    server.slow_seconds = 0.05
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.total_count() >= 200, timeout=15_000)
    assert window.loader.is_loading()
    show_folder(qtbot, window, "Small")
    assert window.model.total_count() == 20
    kept = page_requests(server, 0, 1)
    window.sidebar.select_folder(ALL_FOLDER_ID)
    assert window.model.total_count() >= 200  # shown at once, before any page arrives
    assert "of 470 loaded" in window.counts_text()
    qtbot.waitUntil(lambda: window.model.total_count() == 470 and idle(window), timeout=15_000)
    assert page_requests(server, 0, 1) == kept == 1
    assert len({r.iid for r in window.model.all_rows()}) == 470
    assert window.loader.library.is_cached(ALL_FOLDER_ID)
    assert "470 in folder" in window.counts_text()


def test_refresh_after_cancel_resumes_instead_of_starting_again(qtbot, make_window, server):
    server.slow_seconds = 0.15
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.total_count() >= 200, timeout=15_000)
    window.actions.cancel.trigger()
    loaded = window.model.total_count()
    assert not window.loader.is_loading()
    assert "cancelled" in window.status_label.text().lower()
    assert f"{loaded} of 470 loaded" in window.counts_text()
    server.slow_seconds = 0.0
    window.actions.refresh.trigger()
    assert window.model.total_count() == loaded  # nothing thrown away
    qtbot.waitUntil(lambda: window.model.total_count() == 470 and idle(window), timeout=15_000)
    assert page_requests(server, 0, 1) == 1


def test_a_failed_load_says_the_folder_is_incomplete_here_and_in_the_preview(
    qtbot, make_window, server
):
    server.slow_seconds = 0.05
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.total_count() >= 200, timeout=15_000)
    server.fail_next_5xx = 1000
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=20_000)
    loaded = window.model.total_count()
    assert loaded < 470
    assert f"{loaded} of 470 loaded" in window.counts_text()
    window.model.set_checked([window.model.row(0).iid], True)
    window.open_preview()
    qtbot.waitUntil(lambda: preview_rows(window) == 1, timeout=5_000)
    assert f"{loaded} of 470 loaded" in window.preview.panel.banner.text()
    server.fail_next_5xx = 0
    window.banner.trigger("Retry")
    qtbot.waitUntil(lambda: window.model.total_count() == 470 and idle(window), timeout=15_000)
    assert page_requests(server, 0, 1) == 1


# ---- 5. a full refresh shows what it does ----------------------------------------------------
def test_full_refresh_shows_counts_cancel_and_waits_in_words(qtbot, make_window, server):
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.total_count() == 470 and idle(window), timeout=20_000)
    server.slow_seconds = 0.3
    server.fault_path_contains = "/releases"
    server.fail_next_429 = 1
    server.retry_after = 3
    window.actions.full_refresh.trigger()
    assert window.loader.is_refreshing()
    qtbot.waitUntil(lambda: "rate limit" in window.status_label.text(), timeout=10_000)
    assert "waiting" in window.status_label.text().lower()
    assert window.status_bar.cancel_button.isVisible()
    qtbot.waitUntil(lambda: "of" in window.status_label.text(), timeout=15_000)
    assert window.status_label.text().startswith("Refreshing")
    window.actions.cancel.trigger()
    assert not window.loader.is_refreshing()
    assert "refreshing" not in window.status_label.text().lower()
    assert not window.status_bar.cancel_button.isVisible()


# ---- 9. smaller ------------------------------------------------------------------------------
def test_the_format_filter_shows_counts(qtbot, make_window):
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and idle(window), timeout=10_000)
    combo = window.filter_bar.format
    labels = [combo.itemText(i) for i in range(1, combo.count())]
    assert labels and all(label.endswith(")") for label in labels)
    name = combo.itemData(1)
    count = sum(1 for r in window.model.all_rows() if name in r.format_names)
    assert labels[0] == f"{name} ({count})"


def test_a_first_start_without_an_account_opens_the_demo(qtbot, monkeypatch):
    from desktop_app.gui import app
    from desktop_app.services import account

    monkeypatch.setattr(account, "stored_credentials", lambda: None)
    window = app.initial_window()
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.account.demo
        assert window.stack.currentWidget() is window.browser
        assert "Sign in with Discogs" in window.banner.action_labels()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0 and idle(window), timeout=10_000)
        assert window.banner.isVisible()
    finally:
        window.close()


# ---- stickers from the preview ---------------------------------------------------------------
def test_stickers_from_the_preview_decode_and_count_as_exported(
    qtbot, make_window, tmp_path, monkeypatch
):
    from desktop_app.gui.stickers import StickersDialog
    from tests.stickers.helpers import decoded_in_order

    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: window.model.rowCount() > 4 and idle(window), timeout=10_000)
    ids = [window.model.row(i).iid for i in range(4)]
    window.model.set_checked(ids, True)
    window.open_preview()
    qtbot.waitUntil(lambda: preview_rows(window) == 4, timeout=5_000)
    panel = window.preview.panel
    panel.model.edit_cell(0, "BottomText", "Edited\ncaption")
    # the current row's sticker is drawn beside the rows
    assert window.preview.sticker_preview.row() == panel.current_row_cells()
    target = tmp_path / "sheet.pdf"
    seen: list[tuple[bool, object]] = []

    def run_dialog(dialog: StickersDialog) -> int:
        assert dialog.rows == panel.rows()  # the edited rows, as they are
        with qtbot.waitSignal(dialog.jobFinished, timeout=30_000) as finished:
            dialog.save_pdf_to(target)
        seen.append((finished.args[0], dialog.options().layout))
        return 0

    monkeypatch.setattr(StickersDialog, "exec", run_dialog)
    buttons = [a for a in panel.findChildren(QAction) if a.text() == "Stickers…"]
    assert len(buttons) == 1
    buttons[0].trigger()
    ((ok, layout),) = seen
    assert ok
    content = panel.model.rows()
    column = content[0].index(next(c for c in content[0] if c.startswith("http")))
    decoded = [text for _page, _slot, text in decoded_in_order(target, layout)]
    assert decoded == [row[column] for row in content]
    assert window.history.exported_ids() >= set(ids)
    assert window.model.export_time(ids[0]) is not None
