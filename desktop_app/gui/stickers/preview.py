"""The live sticker preview (the same painter that prints) and the clickable sheet map."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from ...services.sticker_drawing import (
    DEFAULT_LAYOUT,
    PRESETS,
    CaptionStyle,
    CodeStyle,
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

    def set_caption_style(self, style: CaptionStyle, code: CodeStyle | None = None) -> None:
        self._painter = StickerPainter(style, code)
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
    starting label are shown as used too. Right-click a free slot for its menu: put the shown
    sticker there (``placeRequested(slot, "print" | "pdf")``)."""

    skippedChanged = Signal()
    placeRequested = Signal(int, str)  # label number (1-based), "print" or "pdf"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = PRESETS[DEFAULT_LAYOUT]
        self._skip: set[int] = set()
        self._start = 1
        self._focus = 1  # the label the keyboard is on
        self.setMinimumSize(140, 180)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Sheet map: click the labels already used"))
        self.setAccessibleDescription(
            self.tr(
                "Each box is one label of the sheet; the stickers fill the free labels from the "
                "starting label on. Arrow keys move between labels, Space marks a label used or "
                "free, the menu key offers to print the shown sticker on a free label."
            )
        )
        self.setToolTip(
            self.tr(
                "Click the labels already used on this sheet to skip them. Right-click a free "
                "label to print the shown sticker on it."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(200, 260)

    def set_sheet_layout(self, layout: SheetLayout) -> None:
        self._layout = layout
        self._skip = {n for n in self._skip if n <= layout.per_page}
        self._focus = min(self._focus, layout.per_page)
        self.update()

    def set_start(self, start: int) -> None:
        self._start = start
        self.update()

    def skipped(self) -> frozenset[int]:
        return frozenset(self._skip)

    def used(self) -> frozenset[int]:
        """Every label shown as used: those before the start and those clicked."""
        return frozenset(range(1, self._start)) | frozenset(self._skip)

    def is_free(self, slot: int) -> bool:
        return 1 <= slot <= self._layout.per_page and slot not in self.used()

    def label_menu(self, slot: int) -> QMenu:
        """The menu of label ``slot``: put the shown sticker on it (free), or mark it."""
        menu = QMenu(self)
        if self.is_free(slot):
            here = menu.addAction(self.tr("&Print this sticker here…"))
            here.triggered.connect(lambda: self.placeRequested.emit(slot, "print"))
            pdf = menu.addAction(self.tr("&Save this sticker here as PDF…"))
            pdf.triggered.connect(lambda: self.placeRequested.emit(slot, "pdf"))
            menu.addSeparator()
            mark = menu.addAction(self.tr("&Mark as used"))
        else:
            mark = menu.addAction(self.tr("&Mark as free"))
            mark.setEnabled(slot in self._skip)
        mark.triggered.connect(lambda: self._toggle(slot))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            slot: int | None = self._focus
            where = self.mapToGlobal(self.slot_rect(self._focus).center().toPoint())
        else:
            slot, where = self.slot_at(QPointF(event.pos())), event.globalPos()
        if slot is None:
            return super().contextMenuEvent(event)
        menu = self.label_menu(slot)
        menu.exec(where)
        menu.deleteLater()
        return None

    def focused_label(self) -> int:
        return self._focus

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cols, count = self._layout.cols, self._layout.per_page
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -cols,
            Qt.Key.Key_Down: cols,
        }
        key = event.key()
        if key in steps:
            self._focus = min(max(1, self._focus + steps[key]), count)
            self.update()
        elif key == Qt.Key.Key_Space:
            self._toggle(self._focus)
        else:
            super().keyPressEvent(event)

    def _toggle(self, slot: int) -> None:
        self._skip ^= {slot}
        self.skippedChanged.emit()
        self.update()

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
        self._toggle(slot)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        page, _scale = self._page_rect()
        p.fillRect(page, QColor("white"))
        p.setPen(QPen(QColor("#707070"), 1))
        p.drawRect(page)
        used = self.used()
        first_free = next((n for n in range(1, self._layout.per_page + 1) if n not in used), 0)
        font = p.font()
        for slot in range(1, self._layout.per_page + 1):
            rect = self.slot_rect(slot)
            p.setPen(QPen(QColor("#707070"), 1))
            p.setBrush(QColor("#B0B0B0") if slot in used else QColor("#DDEEFF"))
            if slot == first_free:
                p.setPen(QPen(QColor("#1A5FB4"), 2))  # the next sticker goes here
            if self._layout.round:
                p.drawEllipse(rect)
            else:
                p.drawRect(rect)
            if slot == self._focus and self.hasFocus():
                p.save()
                p.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect.adjusted(-2, -2, 2, 2))
                p.restore()
            if slot in self._skip:
                p.setPen(QPen(QColor("#707070"), 1))
                p.drawLine(rect.topLeft(), rect.bottomRight())
                p.drawLine(rect.topRight(), rect.bottomLeft())
            elif slot not in used and rect.height() >= 14:
                font.setPixelSize(max(7, min(11, int(rect.height() / 3))))
                p.setFont(font)
                p.setPen(QColor("#505050"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(slot))
        p.end()
