"""Uncaught exceptions in the GUI thread, Qt slots and worker threads: a dialog, not a silent exit.

:func:`install` sets ``sys.excepthook`` (the GUI thread and Qt slots: PySide reports an exception
escaping a slot through it, and the event loop goes on) and ``threading.excepthook`` (worker
threads). Each crash is logged, saved as a report in the log folder, and shown in a non-blocking
dialog with a copyable report; the app keeps running. Reports are redacted (see ``logs``).
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import logs
from .widgets import ScreenFit


class CrashDialog(ScreenFit, QDialog):
    """A short explanation, the report (selectable), Copy report, Show log folder, Continue."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setModal(False)
        self.resize(640, 420)
        self.summary = QLabel(
            self.tr(
                "Something went wrong inside the app. Your saved files are not affected and you "
                "can keep working; if something looks wrong, save your work and restart the app."
                "\n\nThe report below helps to fix it. It contains no passwords or tokens."
            ),
            self,
        )
        self.summary.setWordWrap(True)
        self.report = QPlainTextEdit(report, self)
        self.report.setAccessibleName(self.tr("Error report"))
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.more = QLabel("", self)
        self.more.hide()
        self.count = 1
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy report"), self)
        self.folder_button = QPushButton(self.tr("Show log folder"), self)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.copy_button.clicked.connect(self.copy_report)
        self.folder_button.clicked.connect(show_log_folder)
        self.quit_button.clicked.connect(QApplication.quit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.more)
        layout.addWidget(buttons)

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())

    def add(self, report: str) -> None:
        """Another crash while this dialog is open: count it, show the newest report."""
        self.count += 1
        self.more.setText(self.tr("%n errors so far; the newest is shown.", "", self.count))
        self.more.show()
        self.report.setPlainText(report)


def show_log_folder() -> bool:
    """Open the log folder in the file manager (for Help → Show log folder)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs.log_dir())))


class CrashHandler(QObject):
    """Receives crashes from any thread and shows them in the GUI thread."""

    crashed = Signal(str)  # the report; emitted from the crashing thread, shown in the GUI's

    def __init__(self, parent: QObject | None = None, *, show_dialog: bool = True) -> None:
        super().__init__(parent)
        self.show_dialog = show_dialog
        self.reports: list[str] = []
        self.dialog: CrashDialog | None = None
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        self.crashed.connect(self._show)

    def install(self) -> None:
        logs.setup_logging()
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self._sys_hook
        logs.install_thread_hook(self.handle)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_sys
        threading.excepthook = self._previous_thread

    def _sys_hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            self._previous_sys(exc_type, exc, tb)
            return
        self.handle((exc_type, exc, tb), "the main thread")

    def handle(self, exc_info: logs.ExcInfo, where: str) -> None:
        """Log and save the report, then show it (queued to the GUI thread when needed)."""
        report, _ = logs.record_crash(exc_info, where=where)
        self.crashed.emit(report)

    @Slot(str)
    def _show(self, report: str) -> None:
        self.reports.append(report)
        if not self.show_dialog:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(report)
            return
        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(report, parent)
        self.dialog.show()


def install(app: QApplication) -> CrashHandler:
    """Install the crash handler for ``app`` (kept as its child); also starts the log file."""
    handler = CrashHandler(app)
    handler.install()
    return handler
