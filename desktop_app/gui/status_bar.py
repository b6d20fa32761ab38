"""The window's status bar: a status line, a progress bar, a Cancel button and the wait countdown
("Waiting 40 s for the Discogs rate limit") while a load or a refresh waits for Discogs."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget


def wait_text(seconds: float, reason: str) -> str:
    """The words for a wait: the rate limit, a retry after a bad answer, or the given reason."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    left = str(max(1, round(seconds)))
    lowered = reason.lower()
    if "rate" in lowered or not reason:
        text = translate("StatusBar", "waiting %1 s for the Discogs rate limit")
    elif "retry" in lowered:
        text = translate("StatusBar", "Discogs did not answer properly; trying again in %1 s")
    else:
        text = translate("StatusBar", "waiting %1 s: %2").replace("%2", reason)
    return text.replace("%1", left)


class StatusBar(QStatusBar):
    """Status text on the left; progress and Cancel on the right while work runs."""

    def __init__(self, cancel_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Loading status"))
        self.addWidget(self.label, 1)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Loading progress"))
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.addPermanentWidget(self.progress)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setDefaultAction(cancel_action)
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel loading"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Stop loading; what is loaded stays, and Refresh loads the rest")
        )
        self.cancel_button.hide()
        self.addPermanentWidget(self.cancel_button)
        self._cancel_action = cancel_action
        self._base = ""
        self._wait_left = 0.0
        self._wait_reason = ""
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)

    def attach(self, controller: QObject) -> None:
        """Show what ``controller`` reports: its ``status`` text and, where it has them, the
        start, progress, waits and end of its work."""
        for name, slot in (
            ("status", self.set_text),
            ("workStarted", self.start_work),
            ("workEnded", self.end_work),
            ("progress", self.set_progress),
            ("waiting", self.show_wait),
        ):
            signal = getattr(controller, name, None)
            if signal is not None:
                signal.connect(slot)

    # ---- text ---------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """The status line (a wait under way is forgotten: new news replaces it)."""
        self._wait_timer.stop()
        self._base = text
        self.label.setText(text)

    # ---- work under way -----------------------------------------------------------------
    def start_work(self, maximum: int = 0) -> None:
        """Show the progress bar (busy when ``maximum`` is 0) and the Cancel button."""
        self.progress.setRange(0, max(0, maximum))
        self.progress.show()
        self.cancel_button.show()
        self._cancel_action.setEnabled(True)

    def set_progress(self, value: int, maximum: int) -> None:
        bar = self.progress
        bar.setUpdatesEnabled(False)  # setValue() would repaint at once; let it coalesce instead
        bar.setRange(0, max(1, maximum))
        bar.setValue(min(value, max(1, maximum)))
        bar.setUpdatesEnabled(True)

    def end_work(self) -> None:
        self._wait_timer.stop()
        self.progress.hide()
        self.cancel_button.hide()
        self._cancel_action.setEnabled(False)

    # ---- work of its own (the marks on Discogs) ------------------------------------------
    def add_stop(self, action: QAction, name: str) -> QToolButton:
        """A Stop button of its own for ``action`` (shown while it is enabled), beside the
        loader's Cancel."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setAccessibleName(name)
        button.setVisible(action.isEnabled())
        action.changed.connect(lambda: button.setVisible(action.isEnabled()))
        self.addPermanentWidget(button)
        return button

    def show_progress(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()

    def hide_progress(self) -> None:
        """Hide the progress bar unless a load still uses it."""
        if self.cancel_button.isHidden():
            self.progress.hide()

    # ---- waits --------------------------------------------------------------------------
    def show_wait(self, seconds: float, reason: str) -> None:
        """Count down a wait for Discogs after the current status text."""
        self._wait_left = float(seconds)
        self._wait_reason = reason
        self._show_wait()
        self._wait_timer.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_timer.stop()
            self.label.setText(self._base)
            return
        self._show_wait()

    def _show_wait(self) -> None:
        words = wait_text(self._wait_left, self._wait_reason)
        words = words[:1].upper() + words[1:]
        self.label.setText(f"{self._base} · {words}" if self._base else words)
