"""SVG icons from ``resources/icons``: sharp at any scale, recoloured from the current palette.

Monochrome icons draw with ``currentColor``; it is replaced by the palette's text colour (or the
disabled text colour) when a pixmap is rendered, so icons follow light and dark themes.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..resources import resource_path


@lru_cache(maxsize=64)
def _svg_text(name: str) -> str:
    try:
        return resource_path("icons", f"{name}.svg").read_text("utf-8")
    except OSError:
        return ""


class SvgIconEngine(QIconEngine):
    """Renders one SVG at the exact device size asked for."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._name)

    def isNull(self) -> bool:
        return not _svg_text(self._name)

    def iconName(self) -> str:
        return self._name

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        text = _svg_text(self._name)
        if "currentColor" in text:
            palette = QGuiApplication.palette()
            group = (
                QPalette.ColorGroup.Disabled
                if mode == QIcon.Mode.Disabled
                else QPalette.ColorGroup.Active
            )
            role = (
                QPalette.ColorRole.HighlightedText
                if mode == QIcon.Mode.Selected
                else QPalette.ColorRole.WindowText
            )
            text = text.replace("currentColor", palette.color(group, role).name())
        return QSvgRenderer(QByteArray(text.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = self._renderer(mode)
        side = min(rect.width(), rect.height())
        target = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        renderer.render(painter, target)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        device = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        image = QImage(device, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), device), mode, state)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (a null icon when the file is missing)."""
    if not _svg_text(name):
        return QIcon()
    return QIcon(SvgIconEngine(name))


def app_icon() -> QIcon:
    """The application icon (full colour; the file itself, rendered by Qt's SVG engine)."""
    path = resource_path("icons", "app.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
