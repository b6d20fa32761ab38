"""Small shared widgets: a non-blocking message banner and an elided label."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from .icons import icon


class Banner(QFrame):
    """A strip above the content with a message and actions; never blocks the window."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        self._icon = QLabel(self)
        self._icon.setFixedSize(20, 20)
        layout.addWidget(self._icon)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self._text, 1)
        self._actions = QHBoxLayout()
        self._actions.setSpacing(6)
        layout.addLayout(self._actions)
        close = QToolButton(self)
        close.setIcon(icon("cancel"))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.setAccessibleDescription(self.tr("Hide this message"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(close)
        self._buttons: list[QPushButton] = []
        self.kind = ""
        self.hide()

    def show_message(
        self,
        text: str,
        *,
        kind: str = "error",
        actions: list[tuple[str, Callable[[], None]]] | None = None,
    ) -> None:
        """Show ``text`` with buttons ``(label, callback)``; replaces any previous message."""
        self.kind = kind
        self._text.setText(text)
        self.setAccessibleDescription(text)
        self._icon.setPixmap(icon("warning" if kind == "error" else "info").pixmap(20, 20))
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for label, callback in actions or []:
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(callback)
            self._actions.addWidget(button)
            self._buttons.append(button)
        base = QApplication.palette()
        tint = base.color(QPalette.ColorRole.Highlight)
        ground = base.color(QPalette.ColorRole.Window)
        mix = 0.22 if kind == "error" else 0.12
        blended = QColor.fromRgbF(
            ground.redF() * (1 - mix) + tint.redF() * mix,
            ground.greenF() * (1 - mix) + tint.greenF() * mix,
            ground.blueF() * (1 - mix) + tint.blueF() * mix,
        )
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, blended)
        palette.setColor(QPalette.ColorRole.WindowText, base.color(QPalette.ColorRole.WindowText))
        self.setPalette(palette)
        self.show()

    def text(self) -> str:
        return self._text.text()

    def action_labels(self) -> list[str]:
        return [b.text() for b in self._buttons]

    def trigger(self, label: str) -> None:
        """Press the action button labelled ``label`` (for keyboard shortcuts and tests)."""
        for button in self._buttons:
            if button.text() == label:
                button.click()
                return
        raise KeyError(label)

    def dismiss(self) -> None:
        self.hide()
        self.kind = ""
        self.closed.emit()


class ElidedLabel(QLabel):
    """A one-line label that elides its text to fit and shows the full text as a tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(20)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        super().setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))
