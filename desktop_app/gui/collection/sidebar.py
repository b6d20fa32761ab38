"""The folder list on the left: All first, then the user's folders, each with its count."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...services.source import ALL_FOLDER_ID, Folder
from ..icons import icon

FOLDER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
COUNT_ROLE = int(Qt.ItemDataRole.UserRole) + 2


class _FolderDelegate(QStyledItemDelegate):
    """Name on the left (elided), count right-aligned in a quieter colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        count = index.data(COUNT_ROLE)
        count_text = QLocale().toString(int(count)) if count is not None else ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = opt.fontMetrics
        count_width = metrics.horizontalAdvance(count_text) + 12 if count_text else 0
        name = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        name_rect = text_rect.adjusted(0, 0, -count_width, 0)
        elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignVCenter), elided)
        if count_text:
            quiet = role if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(opt.palette.color(quiet))
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(text_rect.adjusted(0, 0, -4, 0), int(align), count_text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 48, max(size.height(), option.fontMetrics.height() + 12))


class FolderSidebar(QListWidget):
    """Emits :attr:`folderSelected` with the folder id when the user picks a folder."""

    folderSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Folders"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(_FolderDelegate(self))
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(140)
        self._folders: list[Folder] = []
        self._quiet = False
        self.currentItemChanged.connect(self._current_changed)

    def set_folders(self, folders: list[Folder], select: int | None = None) -> None:
        """Show ``folders`` (All first) and select ``select`` (or keep the current folder)."""
        keep = self.current_folder_id() if select is None else select
        ordered = sorted(folders, key=lambda f: (f.id != ALL_FOLDER_ID,))
        self._folders = ordered
        self._quiet = True
        try:
            self.clear()
            for folder in ordered:
                item = QListWidgetItem(folder.name, self)
                item.setData(FOLDER_ID_ROLE, folder.id)
                item.setData(COUNT_ROLE, folder.count)
                item.setIcon(icon("collection" if folder.id == ALL_FOLDER_ID else "folder"))
                tip = self.tr("%1 (%2 releases)").replace("%1", folder.name)
                item.setToolTip(tip.replace("%2", QLocale().toString(folder.count)))
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("%1, %2 releases")
                    .replace("%1", folder.name)
                    .replace("%2", str(folder.count)),
                )
        finally:
            self._quiet = False
        self.select_folder(keep if keep is not None else ALL_FOLDER_ID, emit=False)

    def folders(self) -> list[Folder]:
        return list(self._folders)

    def folder(self, folder_id: int) -> Folder | None:
        return next((f for f in self._folders if f.id == folder_id), None)

    def current_folder_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(FOLDER_ID_ROLE)) if item is not None else None

    def select_folder(self, folder_id: int, *, emit: bool = True) -> bool:
        for row in range(self.count()):
            item = self.item(row)
            if int(item.data(FOLDER_ID_ROLE)) == folder_id:
                self._quiet = not emit
                try:
                    self.setCurrentItem(item)
                finally:
                    self._quiet = False
                return True
        if self.count() and self.currentItem() is None:
            self._quiet = not emit
            try:
                self.setCurrentRow(0)
            finally:
                self._quiet = False
        return False

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and not self._quiet:
            self.folderSelected.emit(int(current.data(FOLDER_ID_ROLE)))
