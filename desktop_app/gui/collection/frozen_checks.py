"""The check column kept in view: a one-column view laid over the table's left edge, so the tick
boxes stay where they are while the table scrolls sideways (Qt's "frozen column" technique)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView

from .check_header import CheckHeader
from .release_keys import Column

#: Ticks the record at an index (with Shift: the range from the last tick).
ToggleAt = Callable[[QModelIndex, bool], None]


class FrozenChecks(QTableView):
    """Shows only the check column of ``table``, over it, scrolled with it vertically. The
    table owns it and hands it the parts it needs: its header (whose box this one mirrors) and
    the tick action."""

    def __init__(self, table: QTableView, table_header: CheckHeader, toggle_at: ToggleAt) -> None:
        super().__init__(table)
        self.table = table
        self.table_header = table_header
        self.toggle_at = toggle_at
        self.check_header = CheckHeader(self)
        self.check_header.setSectionsMovable(False)
        self.setHorizontalHeader(self.check_header)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setAccessibleName(self.tr("Checks"))
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.check_header.toggled.connect(table_header.toggled)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.horizontalScrollBar().valueChanged.connect(lambda _v: self.follow())
        table_header.sectionResized.connect(lambda *_a: self.follow())
        table.installEventFilter(self)

    def attach(self) -> None:
        """The table has its model: show the same rows and selection, the check column only."""
        self.setModel(self.table.model())
        self.setSelectionModel(self.table.selectionModel())
        for column in range(self.model().columnCount()):
            self.setColumnHidden(column, column != Column.CHECK)
        self.check_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.viewport().stackUnder(self)
        self.follow()

    def follow(self) -> None:
        """Sit over the table's check column, shown only while the table scrolls sideways
        (unscrolled, the table's own column is in view)."""
        table = self.table
        scrolled = table.horizontalScrollBar().value() > 0
        self.setVisible(scrolled)
        if not scrolled:
            return
        frame = table.frameWidth()
        width = table.columnWidth(Column.CHECK)
        height = table.viewport().height() + table.horizontalHeader().height()
        self.setGeometry(frame, frame, width, height)
        self.setColumnWidth(Column.CHECK, width)
        self.check_header.setFixedHeight(table.horizontalHeader().height())
        self.check_header.set_check_state(self.table_header.check_state())
        self.verticalScrollBar().setValue(table.verticalScrollBar().value())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.follow()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.toggle_at(index, shift)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)  # a quick second click toggles again
