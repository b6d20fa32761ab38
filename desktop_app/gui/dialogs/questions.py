"""Questions the window asks: restore an unsaved preview, ticked records that are not loaded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.account import Credentials
from ...services.library import Library
from ...services.settings import Settings
from ..texts import age_text, number


def _ask(box: QMessageBox, answers: dict[object, str]) -> str | None:
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return answers.get(clicked)


def ask_restore_draft(parent: QWidget, rows: int, edited_at: datetime | None) -> str | None:
    """ "restore", "discard" or None ("Not now": the draft stays for the next start)."""
    box = QMessageBox(parent)
    box.setObjectName("restoreDraftBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Unsaved preview"))
    box.setText(QCoreApplication.translate("MainWindow", "Restore the preview you did not save?"))
    count = (
        QCoreApplication.translate("MainWindow", "1 row")
        if rows == 1
        else QCoreApplication.translate("MainWindow", "%1 rows").replace("%1", number(rows))
    )
    if edited_at is not None:
        count = (
            QCoreApplication.translate("MainWindow", "%1, edited %2")
            .replace("%1", count)
            .replace("%2", age_text(edited_at))
        )
    box.setInformativeText(count)
    restore = box.addButton(
        QCoreApplication.translate("MainWindow", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("MainWindow", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    later = box.addButton(
        QCoreApplication.translate("MainWindow", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    return _ask(box, {restore: "restore", discard: "discard"})


def ask_missing_ticks(parent: QWidget, count: int) -> str | None:
    """Ticked records that are not in the library yet: "load" (All first), "leave_out", or
    None (no preview now)."""
    box = QMessageBox(parent)
    box.setObjectName("missingTicksBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Ticked records not loaded"))
    if count == 1:
        text = QCoreApplication.translate(
            "MainWindow", "1 ticked record is not in the library yet."
        )
    else:
        text = QCoreApplication.translate(
            "MainWindow", "%1 ticked records are not in the library yet."
        ).replace("%1", number(count))
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "Load the All folder first to include them, or preview the others without them.",
        )
    )
    load = box.addButton(
        QCoreApplication.translate("MainWindow", "Load All first"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    leave = box.addButton(
        QCoreApplication.translate("MainWindow", "Leave them out"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(load)
    box.setEscapeButton(cancel)
    return _ask(box, {load: "load", leave: "leave_out"})


def ask_sign_in(parent: QWidget, mode: str) -> Credentials | None:
    """The sign-in dialog (``mode`` "oauth" or "token"); the credentials, or None."""
    from .sign_in import SignInDialog

    dialog = SignInDialog(parent, mode=mode)
    if dialog.exec() == SignInDialog.DialogCode.Accepted:
        return dialog.credentials
    return None


def confirm_sign_out(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MainWindow", "Sign out"),
        QCoreApplication.translate(
            "MainWindow", "Forget the saved Discogs sign-in on this computer?"
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def open_settings(
    parent: QWidget,
    settings: Settings,
    library: Library | None,
    on_language: Callable[[], object] | None = None,
) -> bool:
    """The settings dialog; True when the user cleared the local library. ``on_language`` is
    called when another language was chosen."""
    from .settings import SettingsDialog

    cache = library.cache if library is not None else None
    dialog = SettingsDialog(parent, settings=settings, cache=cache, library=library)
    accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
    if accepted and dialog.language_changed and on_language is not None:
        on_language()
    return accepted and bool(dialog.cleared)


def ask_restart(parent: QWidget) -> bool:
    """The new language shows after a restart: make it now? (Everything is kept.)"""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate(
            "MainWindow",
            "The new language is used from the next start. Restart now? Your folder, filters, "
            "ticks and an unsaved preview are kept.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
