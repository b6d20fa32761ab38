"""The live sticker preview (the same painter that prints) and the clickable sheet map."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...services.sticker_drawing import (
    DEFAULT_LAYOUT,
    PRESETS,
    CaptionStyle,
    SheetLayout,
    StickerPainter,
    spec_from_row,
)


class StickerPreview(QWidget):
    """One row's sticker on its label, drawn live; ``set_row(None)`` shows an empty label."""

    def __init__(self, parent: QWidget | None = None, layout: SheetLayout | None = None) -> None:
        super().__init__(parent)
        self._row: list[str] | None = None
        self._layout = layout or PRESETS[DEFAULT_LAYOUT]
        self._painter = StickerPainter()
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Sticker preview"))
        self.setAccessibleDescription(
            self.tr("How the sticker of the current row prints: its QR code and its caption")
        )

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def row(self) -> list[str] | None:
        return None if self._row is None else list(self._row)

    def set_row(self, row: Sequence[str] | None) -> None:
        self._row = None if row is None else [str(v) for v in row]
        self.update()

    def sheet_layout(self) -> SheetLayout:
        return self._layout

    def set_sheet_layout(self, layout: SheetLayout) -> None:
        self._layout = layout
        self.update()

    def set_caption_style(self, style: CaptionStyle) -> None:
        self._painter = StickerPainter(style)
        self.update()

    def label_rect(self) -> QRectF:
        """Where the label is drawn, in widget pixels (aspect ratio kept, 6 px margin)."""
        w, h = self._layout.label_width, self._layout.label_height
        avail_w, avail_h = max(1, self.width() - 12), max(1, self.height() - 12)
        scale = min(avail_w / w, avail_h / h)
        return QRectF(
            (self.width() - w * scale) / 2, (self.height() - h * scale) / 2, w * scale, h * scale
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), self.palette().window())
        rect = self.label_rect()
        layout = self._layout
        p.setPen(QPen(QColor("#9A9A9A"), 1))
        p.setBrush(QColor("white"))
        if layout.round:
            p.drawEllipse(rect)
        else:
            p.drawRoundedRect(rect, 4, 4)
        if self._row is not None:
            scale = rect.width() / layout.label_width
            p.translate(rect.topLeft())
            p.scale(scale, scale)
            self._painter.paint(
                p,
                QRectF(0, 0, layout.label_width, layout.label_height),
                spec_from_row(self._row),
                layout.round,
            )
        p.end()


class SheetMap(QWidget):
    """The first sheet's slots: click a slot to mark it used (skipped); slots before the
    starting label are shown as used too."""

    skippedChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = PRESETS[DEFAULT_LAYOUT]
        self._skip: set[int] = set()
        self._start = 1
        self.setMinimumSize(140, 180)
        self.setAccessibleName(self.tr("Sheet map: click the labels already used"))
        self.setToolTip(self.tr("Click the labels already used on this sheet to skip them."))
        self.setAccessibleDescription(
            self.tr(
                "Each box is one label of the sheet. A label clicked as used is skipped; the "
                "stickers fill the other labels from the starting label on."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(200, 260)

    def set_sheet_layout(self, layout: SheetLayout) -> None:
        self._layout = layout
        self._skip = {n for n in self._skip if n <= layout.per_page}
        self.update()

    def set_start(self, start: int) -> None:
        self._start = start
        self.update()

    def skipped(self) -> frozenset[int]:
        return frozenset(self._skip)

    def set_skipped(self, slots: Sequence[int]) -> None:
        self._skip = {n for n in slots if 1 <= n <= self._layout.per_page}
        self.skippedChanged.emit()
        self.update()

    def _page_rect(self) -> tuple[QRectF, float]:
        layout = self._layout
        scale = min(
            (self.width() - 8) / layout.page_width, (self.height() - 8) / layout.page_height
        )
        scale = max(scale, 0.01)
        w, h = layout.page_width * scale, layout.page_height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h), scale

    def slot_rect(self, slot: int) -> QRectF:
        """Widget rectangle of label ``slot`` (1-based)."""
        page, scale = self._page_rect()
        x, y, w, h = self._layout.label_rect(slot - 1)
        return QRectF(page.x() + x * scale, page.y() + y * scale, w * scale, h * scale)

    def slot_at(self, point: QPointF) -> int | None:
        for slot in range(1, self._layout.per_page + 1):
            if self.slot_rect(slot).contains(point):
                return slot
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        slot = self.slot_at(event.position())
        if slot is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._skip ^= {slot}
        self.skippedChanged.emit()
        self.update()
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        page, _scale = self._page_rect()
        p.fillRect(page, QColor("white"))
        p.setPen(QPen(QColor("#707070"), 1))
        p.drawRect(page)
        for slot in range(1, self._layout.per_page + 1):
            rect = self.slot_rect(slot)
            used = slot in self._skip or slot < self._start
            p.setBrush(QColor("#B0B0B0") if used else QColor("#DDEEFF"))
            if self._layout.round:
                p.drawEllipse(rect)
            else:
                p.drawRect(rect)
            if slot in self._skip:
                p.drawLine(rect.topLeft(), rect.bottomRight())
                p.drawLine(rect.topRight(), rect.bottomLeft())
        p.end()
