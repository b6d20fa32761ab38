"""The release table's collection field columns on screen: hidden until the user shows them,
that choice kept by field id (so it follows a rename and is dropped with a deleted field), and
a saved header state that describes the fixed columns only (the fields come and go)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from .field_columns import FIRST_FIELD_COLUMN
from .release_model import ReleaseModel

FIELDS_KEY = "table/field_columns"
WIDTHS_KEY = "table/field_widths"
FIELD_WIDTH = 120


class FieldHeader:
    """Which field columns ``table`` shows (ids), applied whenever the model's fields change."""

    def __init__(self, table: QTableView, frozen: QTableView) -> None:
        self._table = table
        self._frozen = frozen  # the check column kept in view: never shows a field
        self._shown: set[int] = set()
        self._known: set[int] = set()  # fields the columns were laid out for
        self._widths: dict[int, int] = {}  # saved widths of shown field columns
        #: called after field columns were shown or hidden
        self.changed: Callable[[], None] | None = None

    def shown_ids(self) -> set[int]:
        return set(self._shown)

    def model(self) -> ReleaseModel | None:
        proxy = self._table.model()
        source = getattr(proxy, "release_model", None)
        return source() if source is not None else None

    def fields_changed(self) -> None:
        """Lay out the field columns: new ones hidden unless chosen before, gone ones forgotten."""
        model = self.model()
        if model is None:
            return
        header = self._table.horizontalHeader()
        ids = [fid for fid, _ in model.field_columns.items()]
        for column, fid in enumerate(ids, FIRST_FIELD_COLUMN):
            if fid not in self._known:
                header.resizeSection(column, self._widths.get(fid, FIELD_WIDTH))
            header.setSectionHidden(column, fid not in self._shown)
            self._frozen.setColumnHidden(column, True)
        self._known = set(ids)
        if ids:  # (none yet: the fields are not known, not all deleted)
            self._shown &= self._known
        self._changed()

    def _changed(self) -> None:
        if self.changed is not None:
            self.changed()

    def set_shown(self, field_id: int, shown: bool) -> None:
        model = self.model()
        column = model.field_columns.column(field_id) if model is not None else -1
        if shown:
            self._shown.add(field_id)
        else:
            self._shown.discard(field_id)
        if column >= 0:
            self._table.horizontalHeader().setSectionHidden(column, not shown)
            proxy = self._table.model()
            if shown and proxy is not None and proxy.rowCount():
                QTimer.singleShot(0, self._table, lambda: self._bring_into_view(column))
        self._changed()

    def _bring_into_view(self, column: int) -> None:
        """Scroll sideways to a column just shown (once the header has laid it out)."""
        proxy = self._table.model()
        if proxy is not None and proxy.rowCount() and column < proxy.columnCount():
            self._table.scrollTo(proxy.index(max(0, self._table.rowAt(0)), column))

    def reset(self) -> None:
        """Every field column hidden again (Reset columns)."""
        self._shown.clear()
        self._known.clear()
        self.fields_changed()

    def restore(self, settings: QSettings) -> None:
        value = settings.value(FIELDS_KEY)
        items = value if isinstance(value, list) else [value] if value is not None else []
        self._shown = {int(v) for v in items if str(v).lstrip("-").isdigit()}
        widths = settings.value(WIDTHS_KEY)
        pairs = widths if isinstance(widths, list) else [widths] if widths is not None else []
        self._widths = {}
        for pair in pairs:
            fid, _, width = str(pair).partition(":")
            if fid.lstrip("-").isdigit() and width.isdigit() and 16 <= int(width) <= 2000:
                self._widths[int(fid)] = int(width)
        self._known.clear()
        self.fields_changed()

    def save(self, settings: QSettings) -> None:
        model = self.model()
        header = self._table.horizontalHeader()
        for fid in self._shown:
            column = model.field_columns.column(fid) if model is not None else -1
            if column >= 0 and not header.isSectionHidden(column):
                self._widths[fid] = header.sectionSize(column)
        widths = [f"{fid}:{w}" for fid, w in sorted(self._widths.items()) if fid in self._shown]
        for key, values in (
            (FIELDS_KEY, [str(f) for f in sorted(self._shown)]),
            (WIDTHS_KEY, widths),
        ):
            if values:
                settings.setValue(key, values)
            else:
                settings.remove(key)


def fixed_columns_state(header: QHeaderView) -> QByteArray:
    """``header.saveState()`` as if only the fixed columns existed: the fields an account has
    may be fewer next time, and a state with more sections than the model corrupts the header."""
    if header.count() <= FIRST_FIELD_COLUMN:
        return header.saveState()
    model = QStandardItemModel(0, FIRST_FIELD_COLUMN)
    copy = QHeaderView(Qt.Orientation.Horizontal)
    copy.setModel(model)
    copy.setStretchLastSection(header.stretchLastSection())
    order = sorted(range(FIRST_FIELD_COLUMN), key=header.visualIndex)
    for visual, logical in enumerate(order):
        copy.moveSection(copy.visualIndex(logical), visual)
    for logical in range(FIRST_FIELD_COLUMN):
        if header.isSectionHidden(logical):
            copy.setSectionHidden(logical, True)
        else:
            copy.resizeSection(logical, header.sectionSize(logical))
    sort = header.sortIndicatorSection()
    copy.setSortIndicator(sort if sort < FIRST_FIELD_COLUMN else -1, header.sortIndicatorOrder())
    state = copy.saveState()
    copy.deleteLater()
    return state
