"""The release table's horizontal header: a tri-state check box drawn in the check column's
section, toggled by a click there (the table and its frozen tick column each have one)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionButton, QWidget

from .release_keys import Column


class CheckHeader(QHeaderView):
    """A horizontal header that draws a tri-state check box in section 0 and toggles it."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._state = Qt.CheckState.Unchecked
        self.setSectionsClickable(True)
        self.setSectionsMovable(True)
        self.setFirstSectionMovable(False)
        self.setHighlightSections(False)

    def check_state(self) -> Qt.CheckState:
        return self._state

    def set_check_state(self, state: Qt.CheckState) -> None:
        if state != self._state:
            self._state = state
            self.viewport().update()

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        painter.save()
        super().paintSection(painter, rect, logical_index)
        painter.restore()
        if logical_index != Column.CHECK:
            return
        option = QStyleOptionButton()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        left = rect.x() + (rect.width() - size) // 2
        option.rect = QRect(left, rect.y() + (rect.height() - size) // 2, size, size)
        option.state = QStyle.StateFlag.State_Enabled
        if self._state == Qt.CheckState.Checked:
            option.state |= QStyle.StateFlag.State_On
        elif self._state == Qt.CheckState.PartiallyChecked:
            option.state |= QStyle.StateFlag.State_NoChange
        else:
            option.state |= QStyle.StateFlag.State_Off
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        on_check = self.logicalIndexAt(event.position().toPoint()) == Column.CHECK
        if event.button() == Qt.MouseButton.LeftButton and on_check:
            self.toggled.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.logicalIndexAt(event.position().toPoint()) in (Column.CHECK, Column.COVER):
            event.accept()  # no sort on the check column or the covers
            return
        super().mouseReleaseEvent(event)
