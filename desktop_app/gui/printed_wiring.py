"""Connects "reprint what changed" and the "printed on Discogs" controller to the window:
exports and sticker sheets start the controller, the status bar shows its progress, its own
Stop (also in the Stickers dialog) stops it, its outcome refreshes the marks; the table's
"changed" marks use the current template."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ..services.history import ExportHistory, changed_since_export
from .controllers.jobs import JobSlot
from .controllers.printed import PrintedController
from .dialogs.printed_questions import ask_first_write, ask_overwrite
from .messages import error_text
from .workers import CallJob


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintedController", text)


def attach_printed(window: Any) -> PrintedController:
    """The controller for ``window`` (a :class:`MainWindow`), connected."""
    ctl = PrintedController(window.runner, window)
    ctl.ask_first = lambda name, count: ask_first_write(window, name, count)
    ctl.ask_overwrite = lambda name, kept: ask_overwrite(_question_parent(window), name, kept)
    bar = window.status_bar
    for signal, slot in (
        (ctl.status, bar.set_text),
        (ctl.progress, bar.set_progress),
        (ctl.waiting, bar.show_wait),
    ):
        signal.connect(slot)
    # the marks have a Stop of their own (the loader's Cancel does not stop them), in the
    # status bar and in the Stickers dialog while it is open
    stop = QAction(_tr("Stop marking"), window)
    stop.setObjectName("stopMarking")
    stop.setToolTip(_tr("Stop writing the printed marks to Discogs; the rest stays queued"))
    stop.setEnabled(False)
    stop.triggered.connect(ctl.cancel)
    bar.add_stop(stop, _tr("Stop marking on Discogs"))
    ctl.workStarted.connect(lambda: (stop.setEnabled(True), bar.show_progress()))
    ctl.workEnded.connect(lambda: (stop.setEnabled(False), bar.hide_progress()))
    window.preview.marks_stop = stop
    ctl.stop_action = stop
    window.preview.saved.connect(lambda _path, ids: ctl.exported(ids))
    # after the window's own handler (connected first), so the account's library is open
    window.account.sourceChanged.connect(
        lambda source, *_rest: ctl.set_account(window.loader.library, source)
    )
    window.account.signedOut.connect(lambda: ctl.set_account(None, None))
    ctl.finished.connect(lambda _run: window.browser.show_export_marks(window.history))
    ctl.failed.connect(lambda error, _resume: _show_failure(window, ctl, error))
    window.browser.printed_field = ctl.field_id
    window.browser.changed_finder = ChangedFinder(window)
    return ctl


def _question_parent(window: Any) -> Any:
    """The window, or the dialog open over it (the Stickers dialog), for a question."""
    from PySide6.QtWidgets import QApplication

    modal = QApplication.activeModalWidget()
    return modal if modal is not None else window


def _show_failure(window: Any, ctl: PrintedController, error: Any) -> None:
    text, sign_in_again = error_text(error, demo=False)
    note = QCoreApplication.translate(
        "PrintedController", "Nothing was lost: the records stay marked as exported here."
    )
    actions = [(QCoreApplication.translate("PrintedController", "Try again"), ctl.start)]
    if sign_in_again:
        actions.append(
            (QCoreApplication.translate("PrintedController", "Sign in again"), window.sign_in)
        )
    window.banner.show_message(f"{text} {note}", kind="error", actions=actions)


class ChangedFinder:
    """Works out in a worker which exported records would now print differently (the rows of
    50,000 records take about a second to build), then hands the ids to the collection page;
    a newer request replaces one under way."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.slot = JobSlot(window.runner, window)

    def __call__(
        self, history: ExportHistory | None, instances: list[Any], names: dict[int, str]
    ) -> None:
        browser = self.window.browser
        if history is None or not history.has_fingerprints():
            self.slot.cancel()
            browser.set_changed_ids(())
            return
        options = self.window.app_settings.export_options()
        notes = dict(self.window.loader.note_fields)
        job = CallJob(
            lambda _token: changed_since_export(history, instances, options, names, notes)
        )
        self.slot.start(job, succeeded=browser.set_changed_ids)
