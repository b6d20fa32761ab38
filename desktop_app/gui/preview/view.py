"""The preview table view: whole rows are selected and dragged; the model itself moves them.

A drag can start on a selected cell or on a selected row's number (the vertical header, where a
spreadsheet user grabs a row): there it moves the selected rows instead of starting a new
selection. A click on a row number without a drag still selects just that row. Rows can be
dropped on the row numbers too: the drop goes to the row at that height, with the table's drop
indicator.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from ...core.release import Instance
from ..icons import icon
from .delegates import PreviewDelegate
from .model import BOTTOM_TEXT_COL, PreviewModel

MAX_CAPTION_LINES = 4


class PreviewView(QTableView):
    """The preview table: rows are dragged as a whole, and the model itself moves them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(PreviewDelegate(self))
        self.setAccessibleName(self.tr("Rows to export"))
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setToolTip(self.tr("Drag a selected row's number to move the rows"))
        self.last_drag_result: Qt.DropAction | None = None
        self._header_press: tuple[int, QPoint] | None = None
        self.verticalHeader().viewport().setAcceptDrops(True)
        self.verticalHeader().viewport().installEventFilter(self)

    def selected_rows(self) -> list[int]:
        model = self.selectionModel()
        if model is None:
            return []
        rows = {i.row() for i in model.selectedIndexes()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def current_cells(self) -> list[str]:
        """The cells of the current row (the first row if none is current), [] when empty."""
        model = self.model()
        if not isinstance(model, PreviewModel) or not model.rowCount():
            return []
        row = self.currentIndex().row()
        return list(model.row_object(row if 0 <= row < model.rowCount() else 0).cells)

    def current_instance(self) -> Instance | None:
        """The record of the current row (the first row if none is current), None when empty."""
        model = self.model()
        if not isinstance(model, PreviewModel) or not model.rowCount():
            return None
        row = self.currentIndex().row()
        return model.row_object(row if 0 <= row < model.rowCount() else 0).instance

    def drag_mime(self) -> QMimeData | None:
        """What a drag of the selected rows carries (None when nothing is selected)."""
        model = self.model()
        rows = self.selected_rows()
        if not rows or not isinstance(model, PreviewModel):
            return None
        return model.mime_for_rows(rows)

    def fit_rows(self) -> None:
        """One row height for all: enough for the longest caption (up to a few lines)."""
        model = self.model()
        lines = 1
        for row in model.rows() if isinstance(model, PreviewModel) else []:
            lines = max(lines, row[BOTTOM_TEXT_COL].count("\n") + 1)
            if lines >= MAX_CAPTION_LINES:
                lines = MAX_CAPTION_LINES
                break
        height = self.fontMetrics().lineSpacing() * lines + 10
        header = self.verticalHeader()
        if header.defaultSectionSize() != height:
            header.setDefaultSectionSize(height)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the selected rows. The drop (here or elsewhere) never removes source rows:

        a move within this table is done by the model's ``dropMimeData``; anything dropped in
        another program is a copy of the rows as CSV text.
        """
        mime = self.drag_mime()
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(icon("preview").pixmap(24, 24))
        drag.setHotSpot(QPoint(-8, -8))
        self.last_drag_result = drag.exec(
            Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction
        )

    # ---- dragging by the row numbers ----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.verticalHeader().viewport():
            if isinstance(event, QMouseEvent):
                return self._header_mouse(event)
            if isinstance(event, QDropEvent | QDragLeaveEvent):
                return self._header_drop(event)
        return super().eventFilter(watched, event)

    def _header_drop(self, event: QDropEvent | QDragLeaveEvent) -> bool:
        """A drag over the row numbers: handled as over the first cell at that height, so the
        table shows its drop indicator and drops the rows there."""
        if isinstance(event, QDragLeaveEvent):
            self.dragLeaveEvent(QDragLeaveEvent())
            return True
        at = QPoint(2, event.position().toPoint().y())
        args = (event.possibleActions(), event.mimeData(), event.buttons(), event.modifiers())
        kind = event.type()
        if kind == QEvent.Type.DragEnter:
            forwarded: QDropEvent = QDragEnterEvent(at, *args)
            forwarded.setDropAction(event.dropAction())
            self.dragEnterEvent(forwarded)
        elif kind == QEvent.Type.DragMove:
            forwarded = QDragMoveEvent(at, *args)
            forwarded.setDropAction(event.dropAction())
            self.dragMoveEvent(forwarded)
        else:
            forwarded = QDropEvent(at.toPointF(), *args)
            forwarded.setDropAction(event.dropAction())
            self.dropEvent(forwarded)
        if forwarded.isAccepted():
            event.setDropAction(forwarded.dropAction())
            event.accept()
        else:
            event.ignore()
        return True

    def _header_mouse(self, event: QMouseEvent) -> bool:
        """True when the event was a row-number drag (or its press) and is used up here."""
        kind = event.type()
        pos = event.position().toPoint()
        if kind == QEvent.Type.MouseButtonPress:
            self._header_press = None
            row = self.verticalHeader().logicalIndexAt(pos)
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if (
                event.button() == Qt.MouseButton.LeftButton
                and plain
                and row in self.selected_rows()
            ):
                self._header_press = (row, pos)
                return True
            return False
        if self._header_press is None:
            return False
        row, start = self._header_press
        if kind == QEvent.Type.MouseMove and event.buttons() & Qt.MouseButton.LeftButton:
            if (pos - start).manhattanLength() >= QApplication.startDragDistance():
                self._header_press = None
                self.startDrag(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction)
            return True
        if kind == QEvent.Type.MouseButtonRelease:
            self._header_press = None
            self.selectRow(row)  # a click without a drag: just this row, as before
            return True
        return False
