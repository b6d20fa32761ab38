"""Work kept when the session ends abruptly: ticks, the preview draft and the window state are
saved soon after each change; SIGTERM, SIGHUP and the session manager end the app as Quit does;
a restored draft stays kept until it is saved or discarded."""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.gui import session_end
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.window_state import GEOMETRY_KEY, window_settings
from desktop_app.services import state
from desktop_app.services.drafts import DraftStore
from desktop_app.services.source import DemoSource
from tests.gui.processes import Processes, processes, wait_line
from tests.gui.session_app import EDITED, TICKS

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="signals of a POSIX system")


@pytest.fixture
def procs(tmp_path: Path) -> Iterator[Processes]:
    with processes(tmp_path / "stderr.txt") as started:
        yield started


@pytest.fixture
def restore_answers(monkeypatch) -> list[int]:
    """Every restore question asked (its rows); the answer is always "restore"."""
    asked: list[int] = []

    def ask(self: MainWindow, rows: int, edited_at: Any) -> str:
        asked.append(rows)
        return "restore"

    monkeypatch.setattr(MainWindow, "_ask_restore_draft", ask)
    return asked


def kept_draft() -> Any:
    store = DraftStore.for_demo()
    assert store is not None
    return store.load()


def kept_cells() -> list[str]:
    draft = kept_draft()
    return [cell for row in (draft or {}).get("rows", []) for cell in row.get("cells", [])]


def kept_ticks() -> list[int]:
    session = state.load_session(None, True) or {}
    return list(session.get("checked", []))


def demo_window(qtbot, make_window) -> MainWindow:
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(
        lambda: window.model.rowCount() > TICKS and not window.loader.is_loading(),
        timeout=10_000,
    )
    return window


# ---- saved soon after each change, not only at Quit ----------------------------------------
def test_ticks_the_draft_and_the_window_state_are_saved_soon_after_a_change(qtbot, make_window):
    window = demo_window(qtbot, make_window)
    ids = [window.model.row(i).iid for i in range(TICKS)]
    window.model.set_checked(ids, True)
    window.open_preview()
    window.preview.panel.model.edit_cell(0, "BottomText", EDITED)
    window.resize(900, 600)
    assert kept_draft() is None and kept_ticks() == []  # never saved at once, in the change
    qtbot.waitUntil(lambda: EDITED in kept_cells(), timeout=3000)
    assert sorted(kept_ticks()) == sorted(ids)
    geometry = window_settings().value(GEOMETRY_KEY)
    assert geometry is not None and not geometry.isEmpty()
    # Back to the built rows: the draft this window kept is deleted again.
    stack = window.preview.panel.undo_stack
    while stack.canUndo():
        stack.undo()
    qtbot.waitUntil(lambda: kept_draft() is None, timeout=3000)


@unix_only
def test_kill_9_two_seconds_after_an_edit_keeps_the_edit_and_the_ticks(
    qtbot, make_window, procs, restore_answers
):
    worker = procs.start(["-m", "tests.gui.session_app", "work"])
    wait_line(worker, "ready")
    time.sleep(2.5)
    worker.send_signal(signal.SIGKILL)
    assert worker.wait(timeout=10) == -signal.SIGKILL

    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: again.preview.panel is not None, timeout=10_000)
    assert restore_answers == [TICKS]  # the edit is offered …
    assert again.preview.panel.model.rows()[0].count(EDITED) == 1  # … and restored
    assert again.model.checked_count() == TICKS  # the ticks are back


@unix_only
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_end_the_app_as_quit_does(procs, sig):
    worker = procs.start(["-m", "tests.gui.session_app", "work"])
    wait_line(worker, "ready")
    worker.send_signal(sig)  # at once: before the periodic save
    assert worker.wait(timeout=10) == 0
    assert EDITED in kept_cells()
    assert len(kept_ticks()) == TICKS


@unix_only
def test_a_restored_draft_is_kept_until_saved_or_discarded(qtbot, make_window, procs):
    first = demo_window(qtbot, make_window)
    first.model.set_checked([first.model.row(i).iid for i in range(TICKS)], True)
    first.open_preview()
    first.preview.panel.model.edit_cell(1, "BottomText", EDITED)
    first.close()
    kept = kept_draft()
    assert kept is not None

    restored = procs.start(["-m", "tests.gui.session_app", "restore"])
    wait_line(restored, "ready")
    assert kept_draft() == kept  # shown, and still on disk
    restored.send_signal(signal.SIGTERM)  # a logout right after the restore
    assert restored.wait(timeout=10) == 0
    assert EDITED in kept_cells()


def test_a_restored_draft_stays_on_disk_in_the_window(
    qtbot, make_window, restore_answers, tmp_path
):
    first = demo_window(qtbot, make_window)
    first.model.set_checked([first.model.row(i).iid for i in range(TICKS)], True)
    first.open_preview()
    first.preview.panel.model.edit_cell(0, "BottomText", EDITED)
    first.close()
    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: again.preview.panel is not None, timeout=10_000)
    assert EDITED in kept_cells()
    target = again.preview.panel
    target._ask_save_path = lambda _default: str(tmp_path / "saved.csv")  # type: ignore[method-assign]
    assert target.save() is not None
    assert kept_draft() is None  # saved: nothing left to offer


# ---- the session manager --------------------------------------------------------------------
def test_the_session_managers_commit_data_saves_and_ends_as_quit(qtbot, make_window):
    window = demo_window(qtbot, make_window)
    window.model.set_checked([window.model.row(0).iid], True)
    window.open_preview()
    window.preview.panel.model.edit_cell(0, "BottomText", EDITED)
    app = QApplication.instance()
    before = {sig: signal.getsignal(sig) for sig in session_end.ending_signals()}
    ended: list[bool] = []
    receivers = app.receivers("2commitDataRequest(QSessionManager&)")
    ending = session_end.install(app, lambda: ended.append(True), save=window.save_now)
    try:
        assert all(signal.getsignal(sig) != before[sig] for sig in before)
        signature = "2commitDataRequest(QSessionManager&)"
        assert app.receivers(signature) == receivers + 1
        ending.commit_data(None)  # what the session manager's signal calls
        assert EDITED in kept_cells() and len(kept_ticks()) == 1  # saved at once
        qtbot.waitUntil(lambda: ended == [True], timeout=3000)  # then ended in the event loop
    finally:
        ending.uninstall()
    assert {sig: signal.getsignal(sig) for sig in before} == before  # put back
