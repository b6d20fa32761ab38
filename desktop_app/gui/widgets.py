"""Small shared widgets: a non-blocking message banner, an elided label, and the helper that
keeps a window or dialog inside the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QResizeEvent, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
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
            # gone at once: deleteLater alone leaves it on screen while a dialog asked right
            # after this message runs its own event loop
            button.hide()
            self._actions.removeWidget(button)
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


class ContentScroll(QScrollArea):
    """Scrolls a dialog's content when the screen is small, and asks for all of it otherwise
    (a plain QScrollArea asks for at most 36 × 24 lines)."""

    def __init__(self, parent: QWidget | None = None, content: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # the controls inside take the focus (the area scrolls to each), not the area itself
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if content is not None:
            self.setWidget(content)

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        return widget.sizeHint() + QSize(bar, 0)


# A window not shown yet has no frame: assume a title bar and thin borders.
GUESSED_FRAME = QMargins(8, 32, 8, 8)


def _screen_of(window: QWidget) -> QScreen | None:
    parent = window.parentWidget()
    if parent is not None and not window.isVisible():
        return parent.window().screen()
    return (
        QGuiApplication.screenAt(window.geometry().center())
        or window.screen()
        or QGuiApplication.primaryScreen()
    )


def fit_to_screen(window: QWidget, screen: QScreen | None = None) -> QRect:
    """Keep the top-level ``window`` inside its screen's available geometry (taskbars and docks
    left out): make it smaller when it is too big (below its minimum size when the screen is
    smaller still: scroll or reflow its content for that), then move it in. Maximised and full
    screen windows are left alone. Returns the frame rectangle it now has (or will have)."""
    screen = screen or _screen_of(window)
    if screen is None or window.isMaximized() or window.isFullScreen():
        return window.frameGeometry()
    room = screen.availableGeometry()
    inner, outer = window.geometry(), window.frameGeometry()
    known = window.isVisible() and outer != inner
    if known:
        frame = QMargins(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
    else:
        frame = GUESSED_FRAME
    most = QSize(
        max(1, room.width() - frame.left() - frame.right()),
        max(1, room.height() - frame.top() - frame.bottom()),
    )
    # the content is squeezed only for a screen that is smaller for certain, not for a guess
    least, floor = window.minimumSize(), most if known else room.size()
    if least.width() > floor.width() or least.height() > floor.height():
        window.setMinimumSize(least.boundedTo(floor))
    size = window.size().boundedTo(most)
    if size != window.size():
        window.resize(size)
    width = size.width() + frame.left() + frame.right()
    height = size.height() + frame.top() + frame.bottom()
    x = min(max(window.x(), room.left()), room.left() + room.width() - width)
    y = min(max(window.y(), room.top()), room.top() + room.height() - height)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)  # a window's position is its frame's
    return QRect(x, y, width, height)


def fit_when_shown(window: QWidget) -> None:
    """Fit ``window`` now, and again once the window system has put a frame around it. The
    first time, a window smaller than its content asks for grows to it first (Qt opens a
    dialog at most 2/3 of the screen, and one that scrolls its content at that size)."""
    if not window.property("fittedToScreen"):
        window.setProperty("fittedToScreen", True)
        hint = window.sizeHint()
        if hint.isValid():
            window.resize(window.size().expandedTo(hint))
    fit_to_screen(window)
    QTimer.singleShot(0, window, lambda: fit_to_screen(window))


class ScreenFit:
    """Mixin for dialogs: opens inside the available screen geometry (see fit_to_screen)."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if not event.spontaneous():
            fit_when_shown(self)  # type: ignore[arg-type]
