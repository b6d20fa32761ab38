"""The "printed" mark in the window reads before it writes: a value typed on Discogs after the
app's read is kept and asked about (Replace / Skip / Don't mark now), a choice holds for the
value shown only, and the marks have their own Stop, also in the Stickers dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QAction

from desktop_app.core.cancel import NEVER
from desktop_app.gui.controllers.printed import PrintedController
from desktop_app.gui.workers import JobRunner
from desktop_app.services import printed
from desktop_app.services.library import open_library
from tests.fakes.sources import discogs_source
from tests.gui.helpers import CREDS, idle
from tests.gui.helpers import discogs_source as window_source

MARK = f"QR {date.today().isoformat()}"


def controller(server):
    qr = server.add_field("QR")
    library = open_library(discogs_source(server))
    library.load_folder_fully(0, NEVER)  # the app's read
    printed.set_printed_field(library, qr, "QR")
    printed.give_consent(library)
    runner = JobRunner()
    ctl = PrintedController(runner)
    ctl.set_account(library, library.source)
    return ctl, runner, library, qr


def test_a_value_typed_after_the_read_is_asked_about_and_kept(qtbot, server) -> None:
    ctl, runner, library, qr = controller(server)
    ids = [i.instance_id for i in library.cached_instances(0)[:5]]
    server.set_field_value(ids[1], qr, "box 7")  # typed on Discogs after the app's read
    asked: list[dict[int, str]] = []
    texts: list[str] = []
    ctl.status.connect(texts.append)
    ctl.ask_overwrite = lambda _name, kept: asked.append(dict(kept)) or "later"
    with qtbot.waitSignal(ctl.finished, timeout=10_000) as blocker:
        ctl.exported(ids)
    run = blocker.args[0]
    assert (run.written, run.kept) == (4, {ids[1]: "box 7"})
    assert asked == [{ids[1]: "box 7"}]  # the value as read just now, not the cached one
    assert server.field_value(ids[1], qr) == "box 7"
    assert {server.field_value(i, qr) for i in ids if i != ids[1]} == {MARK}
    assert any("Kept 1 values you wrote: “box 7”" in t for t in texts)
    assert any(t.startswith("Marking on Discogs: 5 marks, a few seconds") for t in texts)
    # "Don't mark now": the mark stays queued
    assert [w.instance_id for w in printed.pending(library)] == [ids[1]]

    # the next start takes the queue up and asks again; the collector chooses Replace for
    # "box 7" but changes the value on Discogs before the write: it is kept and asked anew
    asked.clear()
    answers = iter(["replace", "skip"])

    def ask(_name: str, kept: dict[int, str]) -> str:
        asked.append(dict(kept))
        answer = next(answers)
        if answer == "replace":
            server.set_field_value(ids[1], qr, "box 8")
        return answer

    ctl.ask_overwrite = ask
    ctl.set_account(library, library.source)
    qtbot.waitUntil(lambda: len(asked) == 2 and not ctl.busy(), timeout=10_000)
    assert asked == [{ids[1]: "box 7"}, {ids[1]: "box 8"}]
    assert server.field_value(ids[1], qr) == "box 8"
    assert printed.pending(library) == []  # Skip: kept, and the mark dropped
    runner.shutdown()


def test_replace_writes_over_exactly_the_value_shown(qtbot, server) -> None:
    ctl, runner, library, qr = controller(server)
    ids = [i.instance_id for i in library.cached_instances(0)[:3]]
    server.set_field_value(ids[0], qr, "box 7")  # typed after the app's read
    asked: list[dict[int, str]] = []
    ctl.ask_overwrite = lambda _name, kept: asked.append(dict(kept)) or "replace"
    ctl.exported(ids)
    qtbot.waitUntil(lambda: not ctl.busy() and printed.pending(library) == [], timeout=10_000)
    assert asked == [{ids[0]: "box 7"}]  # replaced only after it was shown
    assert {server.field_value(i, qr) for i in ids} == {MARK}
    runner.shutdown()


def opened(qtbot, make_window, server):
    window = make_window(window_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.rowCount() == 50 and idle(window), timeout=15_000)
    return window


def test_the_marks_have_their_own_stop_also_in_the_stickers_dialog(
    qtbot, make_window, server, tmp_path: Path, monkeypatch
):
    from desktop_app.gui.stickers import StickersDialog

    qr = server.add_field("QR")
    window = opened(qtbot, make_window, server)
    library = window.loader.library
    printed.set_printed_field(library, qr, "QR")
    printed.give_consent(library)
    server.slow_paths = {"/fields/": 0.3}
    ids = [window.model.row(i).iid for i in range(8)]
    window.model.set_checked(ids, True)
    window.open_preview()
    panel = window.preview.panel
    monkeypatch.setattr(panel, "_ask_save_path", lambda _default: str(tmp_path / "a.csv"))
    assert panel.save() == tmp_path / "a.csv"
    assert "exported before" not in panel.header.title.text()
    qtbot.waitUntil(lambda: window.printed.busy() and len(server.field_writes) >= 1, timeout=10_000)
    stop = window.findChild(QAction, "stopMarking")
    assert stop is not None and stop.isEnabled()
    assert stop is not window.actions.cancel
    window.actions.cancel.trigger()  # Cancel loading is not the marks' Stop
    assert window.printed.busy()
    stop.trigger()
    assert not window.printed.busy() and not stop.isEnabled()
    qtbot.waitUntil(lambda: not window.runner.running(), timeout=10_000)  # (covers have their own)
    assert 0 < len(printed.pending(library)) < 8  # the rest stays queued

    seen: list[bool] = []

    def run_dialog(dialog: StickersDialog) -> int:
        assert dialog.stop_marking is not None and not dialog.stop_marking.isVisibleTo(dialog)
        with qtbot.waitSignal(dialog.jobFinished, timeout=30_000):
            dialog.save_pdf_to(tmp_path / "sheet.pdf")
        # the sheet started the marks: they can be stopped from here
        seen.append(window.printed.busy() and dialog.stop_marking.isVisibleTo(dialog))
        dialog.stop_marking.click()
        seen.append(window.printed.busy())
        return 0

    monkeypatch.setattr(StickersDialog, "exec", run_dialog)
    next(a for a in panel.findChildren(QAction) if a.text() == "Stickers…").trigger()
    assert seen == [True, False]
    # the header counts what was exported before the sheet: all 8, by the CSV
    assert "8 exported before" in panel.header.title.text()
    assert len(printed.pending(library)) > 0  # stopped: the rest stays queued


def test_the_question_offers_replace_skip_and_dont_mark_now(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from desktop_app.gui.dialogs.printed_questions import ask_overwrite

    parent = QWidget()
    qtbot.addWidget(parent)
    kept = {1: "box 7", 2: "shelf 4, left"}
    shown: list[tuple[str, str, list[str]]] = []

    def answer(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        button = next((b for b in box.buttons() if b.text() == label), None)
        if button is None:
            box.reject()  # not offered: the test fails below, without hanging
        else:
            button.click()

    results = []
    for label in ("Don't mark now", "Replace them", "Skip those"):
        QTimer.singleShot(0, lambda label=label: answer(label))
        results.append(ask_overwrite(parent, "QR", kept))
    assert results == ["later", "replace", "skip"]
    text, info, buttons = shown[0]
    assert text == "2 of the records have something else in “QR” on Discogs."
    assert "“box 7”" in info and "“shelf 4, left”" in info
    assert sorted(buttons) == ["Don't mark now", "Replace them", "Skip those"]
