"""Connects "reprint what changed" and the "printed on Discogs" controller to the window:
exports and sticker sheets start the controller, the status bar shows its progress, Cancel
stops it, its outcome refreshes the marks; the table's "changed" marks use the current
template."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .controllers.printed import PrintedController
from .dialogs.printed_questions import ask_first_write, ask_overwrite
from .messages import error_text


def attach_printed(window: Any) -> PrintedController:
    """The controller for ``window`` (a :class:`MainWindow`), connected."""
    ctl = PrintedController(window.runner, window)
    ctl.ask_first = lambda name, count: ask_first_write(window, name, count)
    ctl.ask_overwrite = lambda name, foreign: ask_overwrite(window, name, foreign)
    window.status_bar.attach(ctl)
    window.actions.cancel.triggered.connect(ctl.cancel)
    window.preview.saved.connect(lambda _path, ids: ctl.exported(ids))
    # after the window's own handler (connected first), so the account's library is open
    window.account.sourceChanged.connect(
        lambda source, *_rest: ctl.set_account(window.loader.library, source)
    )
    window.account.signedOut.connect(lambda: ctl.set_account(None, None))
    ctl.finished.connect(lambda _run: window.browser.show_export_marks(window.history))
    ctl.failed.connect(lambda error, _resume: _show_failure(window, ctl, error))
    window.browser.printed_field = ctl.field_id
    window.browser.print_context = lambda: (
        window.app_settings.export_options(),
        window.loader.note_fields,
    )
    return ctl


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
