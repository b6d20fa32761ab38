"""Which of the 30 columns the preview shows, in which order, kept in the settings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from ...core.qrfactory import COLUMN_INDEX, COLUMNS, DEFAULT_VISIBLE
from ...services.settings import Settings

#: The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.
PREFERRED_ORDER = ("FileName", "BottomText", "Content")


def default_columns() -> list[str]:
    return [*PREFERRED_ORDER, *(c for c in DEFAULT_VISIBLE if c not in PREFERRED_ORDER)]


class PreviewColumns(QObject):
    """The "Columns" menu of a preview table: show, hide, all, defaults; remembered."""

    def __init__(
        self, view: QTableView, settings: Settings, save: Callable[[], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.settings = settings
        self._save = save
        self.menu = QMenu(self.tr("Columns"), parent)
        self.actions: dict[str, QAction] = {}
        for name in COLUMNS:
            action = self.menu.addAction(name)
            action.setCheckable(True)
            action.toggled.connect(lambda on, n=name: self.show_column(n, on))
            self.actions[name] = action
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Show all"), self.show_all)
        self.menu.addAction(self.tr("Default columns"), self.use_defaults)
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.menu.exec(header.mapToGlobal(pos))
        )
        wanted = [c for c in settings.preview_columns if c in COLUMN_INDEX]
        self.arrange(wanted or default_columns())

    def arrange(self, visible: Sequence[str]) -> None:
        header = self.view.horizontalHeader()
        order = [*visible, *(c for c in COLUMNS if c not in visible)]
        for visual, name in enumerate(order):
            header.moveSection(header.visualIndex(COLUMN_INDEX[name]), visual)
        for name in COLUMNS:
            shown = name in visible
            self.view.setColumnHidden(COLUMN_INDEX[name], not shown)
            self._check(name, shown)
        self._size()

    def _check(self, name: str, shown: bool) -> None:
        action = self.actions[name]
        action.blockSignals(True)
        action.setChecked(shown)
        action.blockSignals(False)

    def _size(self) -> None:
        metrics = self.view.fontMetrics()
        widths = {"BottomText": 46, "Content": 36, "FileName": 16, "IconPath": 24}
        for name in COLUMNS:
            chars = widths.get(name, max(8, len(name) + 2))
            self.view.setColumnWidth(COLUMN_INDEX[name], metrics.averageCharWidth() * chars)

    def visible(self) -> list[str]:
        header = self.view.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [COLUMNS[i] for i in logical if not header.isSectionHidden(i)]

    def show_column(self, name: str, shown: bool) -> None:
        col = COLUMN_INDEX[name]
        if self.view.isColumnHidden(col) == (not shown):
            return
        self.view.setColumnHidden(col, not shown)
        self._check(name, shown)
        self._remember()

    def show_all(self) -> None:
        shown = self.visible()
        self.arrange([*shown, *(c for c in COLUMNS if c not in shown)])
        self._remember()

    def use_defaults(self) -> None:
        self.arrange(default_columns())
        self.settings.preview_columns = []
        self._save()

    def _remember(self) -> None:
        self.settings.preview_columns = self.visible()
        self._save()
