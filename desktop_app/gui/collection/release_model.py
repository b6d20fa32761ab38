"""The release table model: collection instances with a check column and precomputed sort keys.

Rows are kept in the order the table shows them when no filter applies: :meth:`ReleaseModel.sort`
reorders the rows themselves from keys computed once per row, so sorting 50,000 rows costs one
Python ``list.sort`` instead of a million ``lessThan`` calls across the Qt boundary. Checks are a
set of ``instance_id`` values, independent of rows, so they survive sorting, filtering and
switching folders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...core.fields import field_value, option_sort_key
from ...core.filters import local_date
from ...core.release import Instance
from ..texts import date_text
from .field_columns import FIRST_FIELD_COLUMN, FieldColumns, count_field_values
from .release_keys import (
    COLUMN_TITLES,
    ROW_KEY_COLUMNS,
    Column,
    Predicate,
    Row,
    RowFilter,
    by_instance_id,
    column_title,
    make_row,
    make_rows,
    one_line,
    sort_text,
    sorted_rows,
)
from .release_store import RowsModel

__all__ = [
    "COLUMN_TITLES",
    "INSTANCE_ID_ROLE",
    "INSTANCE_ROLE",
    "RELEASE_ID_ROLE",
    "ROW_KEY_COLUMNS",
    "SORT_KEY_ROLE",
    "Column",
    "Predicate",
    "ReleaseModel",
    "Row",
    "RowFilter",
    "by_instance_id",
    "column_title",
    "make_row",
    "make_rows",
    "one_line",
    "sort_text",
    "sorted_rows",
]

_Index = QModelIndex | QPersistentModelIndex


SORT_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the precomputed sort key (None = unknown)
INSTANCE_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the Instance object
INSTANCE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 3  # instance_id (int)
RELEASE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 4  # release_id (int), for the release page URL

# Plain ints: comparing enum members costs a Python call each, and data() runs per cell and role.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ROLES = frozenset(
    {
        _DISPLAY,
        _DECORATION,
        _TOOLTIP,
        _CHECK_STATE,
        _ALIGN,
        _ACCESSIBLE,
        SORT_KEY_ROLE,
        INSTANCE_ROLE,
        INSTANCE_ID_ROLE,
        RELEASE_ID_ROLE,
    }
)
_CHECK, _YEAR, _FOLDER, _RATING, _EXPORTED, _COVER = (
    int(c)
    for c in (
        Column.CHECK,
        Column.YEAR,
        Column.FOLDER,
        Column.RATING,
        Column.EXPORTED,
        Column.COVER,
    )
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECK_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked
_MAX_INSERT_GROUPS = 8  # more separate places for a batch of new rows: one layout change


class CoverImages(Protocol):
    """Where the model takes its covers from (:class:`~desktop_app.gui.covers.CoverLoader`)."""

    def image(self, url: str, edge: int) -> Any: ...

    def placeholder(self, edge: int) -> Any: ...

    def tooltip(self, url: str, caption: str) -> str | None: ...


class ReleaseModel(RowsModel):
    """Instances of one folder (or All), with a check per instance_id.

    The model holds every row of the folder (:meth:`all_rows`) and shows the ones that pass its
    row filter (:meth:`rows`), both in the current sort order. Filtering and sorting happen here,
    on precomputed keys and search text, in one pass over a Python list: a
    ``QSortFilterProxyModel.filterAcceptsRow`` override costs a call across the Qt boundary per
    row (about 90 ms for 50,000 rows), so :class:`ReleaseProxy` leaves rows to this model.
    """

    #: Emitted after checks change (any folder).
    checksChanged = Signal()
    #: Emitted after the collection field columns changed (added, renamed or removed).
    fieldsChanged = Signal()
    #: Emitted after rows were replaced in place by newer data (:meth:`update_rows`).
    rowsUpdated = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._checked: set[int] = set()
        self._known: dict[int, Instance] = {}  # checked instances, also from other folders
        self._folder_names: dict[int, str] = {}
        self._exported: dict[int, datetime] = {}
        self.field_columns = FieldColumns()  # the columns after the fixed ones
        self._field_counts: dict[int, dict[str, int]] = {}  # field id → value → rows
        self._changed: frozenset[int] = frozenset()  # exported, but the sticker now differs
        #: Where the cover column's pictures come from (None: no covers), and their edge in
        #: device pixels.
        self.covers: CoverImages | None = None
        self.cover_edge = 0

    # ---- Qt model interface -------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # most paint-time roles: nothing to say
            return None
        return self._value(self._rows[index.row()], index.column(), role)

    def fill_roles(self, row: int, column: int, roles: QModelRoleDataSpan) -> None:
        """``multiData`` for the cell at (row, column): every asked role in one call (a view
        asks for seven roles per painted cell; one Python call instead of seven)."""
        if not 0 <= row < len(self._rows):
            for item in roles:
                item.clearData()
            return
        record = self._rows[row]
        value = self._value
        for item in roles:
            role = item.role()
            item.setData(value(record, column, role) if role in _ROLES else None)

    def _value(self, row: Row, col: int, role: int) -> Any:
        if col == _COVER:
            covers = self.covers
            if covers is None:
                return None
            if role == _DECORATION:
                edge = self.cover_edge
                return covers.image(row.inst.thumb, edge) or covers.placeholder(edge)
            if role == _TOOLTIP:
                return covers.tooltip(row.inst.thumb, f"{row.texts[1]} – {row.texts[2]}")
            if role == _ACCESSIBLE:
                return self.tr("Cover")
            return None
        if role == _DECORATION:
            return None
        if role in (_DISPLAY, _TOOLTIP):
            if col == _FOLDER:
                return self._folder_names.get(row.inst.folder_id, str(row.inst.folder_id))
            if col == _EXPORTED:
                when = self._exported.get(row.iid)
                if when is None:
                    return None
                day = date_text(local_date(when))
                if row.iid in self._changed:
                    return self._changed_text(day, role)
                if role == _TOOLTIP:
                    return self.tr("Last exported on %1").replace("%1", day)
                return day
            if col == _CHECK:
                return None
            if col >= FIRST_FIELD_COLUMN:
                fid = self.field_columns.field_id(col)
                return one_line(field_value(row.inst, fid)) or None if fid is not None else None
            text = row.texts[col]
            if role == _TOOLTIP and col == _RATING and text:
                return self.tr("Rated %n of 5", "", row.inst.rating)
            return text or None
        if role == _CHECK_STATE:
            if col != _CHECK:
                return None
            return _CHECKED if row.iid in self._checked else _UNCHECKED
        if role == _ALIGN:
            return _RIGHT if col in (_YEAR, _RATING) else None
        if role == _ACCESSIBLE:
            if col == _CHECK:
                return self.tr("Checked") if row.iid in self._checked else self.tr("Not checked")
            return self._value(row, col, _DISPLAY)
        if role == SORT_KEY_ROLE:
            return self._key(row, col)
        if role == INSTANCE_ROLE:
            return row.inst
        if role == INSTANCE_ID_ROLE:
            return row.iid
        if role == RELEASE_ID_ROLE:
            return row.inst.release_id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != Column.CHECK:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.set_checked([self._rows[index.row()].iid], state == _CHECKED)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CHECK_FLAGS if index.column() == _CHECK else _ROW_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self._column_count:
            return None
        if section >= FIRST_FIELD_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.field_columns.name(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = self.tr("Your Discogs collection field “%1”")
                return tip.replace("%1", self.field_columns.name(section))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section) if section not in (_CHECK, _COVER) else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if section == Column.CHECK:
                return self.tr("Check or uncheck all shown releases")
            if section == Column.COVER:
                return self.tr("Cover (hover for a larger one)")
            if section == Column.EXPORTED:
                return self.tr("When the release was last saved to a QR Factory CSV")
            return column_title(section)
        return None

    def _rows_arrived(self, rows: Iterable[Row]) -> None:
        rows = rows if isinstance(rows, list) else list(rows)
        count_field_values(rows, self._field_counts)
        if self._checked:
            for r in rows:
                if r.iid in self._checked:
                    self._known[r.iid] = r.inst

    def update_rows(self, rows: Iterable[Row]) -> int:
        count = super().update_rows(rows)
        if count:
            self.rowsUpdated.emit()
        return count

    def _rows_updated(self, rows: list[Row]) -> None:
        self._field_counts = count_field_values(self._all)
        for r in rows:
            if r.iid in self._checked:
                self._known[r.iid] = r.inst

    def set_rows(self, rows: Sequence[Row], *, sorted_by: tuple[int, bool] | None = None) -> None:
        self._field_counts = {}
        super().set_rows(rows, sorted_by=sorted_by)

    def clear(self) -> None:
        self._field_counts = {}
        super().clear()

    # ---- collection field columns -------------------------------------------------------
    def set_fields(self, fields: Mapping[int, str]) -> None:
        """Show the collection ``fields`` (id → name, in order) as columns after the fixed
        ones: a renamed field keeps its column, a deleted one's column is removed, new ones
        are added at the end."""
        columns = self.field_columns
        change = columns.plan(fields)
        sorted_field = columns.field_id(self._sort_column)
        reordered = columns.set_options(fields)
        if not (change.removed or change.renamed or change.added):
            if sorted_field in reordered:  # its options came (or changed): sort by them
                self._column_values_changed(self._sort_column)
            return
        for column in change.removed:
            self.beginRemoveColumns(QModelIndex(), column, column)
            columns.remove(column)
            self._column_count -= 1
            self.endRemoveColumns()
        columns.rename(fields)
        for column in change.renamed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)
        if change.added:
            first = self._column_count
            self.beginInsertColumns(QModelIndex(), first, first + len(change.added) - 1)
            columns.append(change.added)
            self._column_count += len(change.added)
            self.endInsertColumns()
        if sorted_field is not None:
            self._sort_column = columns.column(sorted_field)  # -1 when the field is gone
            if sorted_field in reordered and self._sort_column >= 0:
                self._column_values_changed(self._sort_column)
        self.fieldsChanged.emit()

    def field_value_counts(self) -> dict[int, dict[str, int]]:
        """Field id → value → how many rows of the folder have it (do not modify)."""
        return self._field_counts

    # ---- folder names and export marks --------------------------------------------------
    def set_folder_names(self, names: dict[int, str]) -> None:
        self._folder_names = dict(names)
        self._column_values_changed(Column.FOLDER)

    def folder_names(self) -> dict[int, str]:
        return dict(self._folder_names)

    def set_export_times(self, times: dict[int, datetime]) -> None:
        """When each instance was last exported (the "Exported" column)."""
        if times == self._exported:
            return
        self._exported = dict(times)
        self._column_values_changed(Column.EXPORTED)

    def export_time(self, instance_id: int) -> datetime | None:
        return self._exported.get(instance_id)

    def set_changed_ids(self, ids: Iterable[int]) -> None:
        """Exported instances whose sticker would now read differently (marked "changed")."""
        changed = frozenset(ids)
        if changed == self._changed:
            return
        self._changed = changed
        self._column_values_changed(Column.EXPORTED)

    def changed_ids(self) -> frozenset[int]:
        return self._changed

    def _changed_text(self, day: str, role: int) -> str:
        if role == _TOOLTIP:
            return self.tr(
                "Last exported on %1; the sticker would now read differently (reprint it)"
            ).replace("%1", day)
        return self.tr("%1 · changed").replace("%1", day)

    def _column_values_changed(self, column: int) -> None:
        if self._sort_column == column:
            self._sort_column = -1
            self.sort(column, self._sort_order)
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    # ---- checks -------------------------------------------------------------------------
    def is_checked(self, instance_id: int) -> bool:
        return instance_id in self._checked

    def checked_ids(self) -> set[int]:
        return set(self._checked)

    def checked_count(self) -> int:
        return len(self._checked)

    def checked_instance(self, instance_id: int) -> Instance | None:
        """A checked instance, also when it belongs to a folder that is not loaded now."""
        return self._known.get(instance_id) if instance_id in self._checked else None

    def remember_instances(self, instances: Iterable[Instance]) -> None:
        """Instances of checked ids found elsewhere (the library), for :meth:`checked_instance`."""
        for inst in instances:
            if inst.instance_id in self._checked:
                self._known[inst.instance_id] = inst

    def set_checked(self, instance_ids: Iterable[int], checked: bool) -> int:
        """Check or uncheck instances; returns how many changed."""
        changed: list[int] = []
        if checked:
            for iid in instance_ids:
                if iid not in self._checked:
                    self._checked.add(iid)
                    changed.append(iid)
        else:
            for iid in instance_ids:
                if iid in self._checked:
                    self._checked.discard(iid)
                    self._known.pop(iid, None)
                    changed.append(iid)
        if not changed:
            return 0
        if checked:
            for iid in changed:
                found = self.find(iid)
                if found is not None:
                    self._known[iid] = found.inst
        self._emit_check_rows([r for r in map(self.row_of, changed) if r >= 0])
        self.checksChanged.emit()
        return len(changed)

    def toggle(self, instance_ids: Sequence[int]) -> None:
        """Check all of ``instance_ids``, or uncheck them all when they are all checked already."""
        all_checked = all(i in self._checked for i in instance_ids)
        self.set_checked(instance_ids, not all_checked)

    def clear_checks(self) -> None:
        self.set_checked(list(self._checked), False)

    def _emit_check_rows(self, rows: list[int]) -> None:
        if not rows:
            return
        if len(rows) > 64:  # one signal for a big change
            lo, hi = min(rows), max(rows)
            self.dataChanged.emit(
                self.index(lo, Column.CHECK),
                self.index(hi, Column.CHECK),
                [Qt.ItemDataRole.CheckStateRole],
            )
            return
        for r in rows:
            idx = self.index(r, Column.CHECK)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.CheckStateRole])

    def _key(self, row: Row, column: int) -> Any:
        if column == Column.CHECK:
            return 0 if row.iid in self._checked else None
        if column == Column.FOLDER:
            name = self._folder_names.get(row.inst.folder_id, "")
            return sort_text(name) or None
        if column == Column.EXPORTED:
            when = self._exported.get(row.iid)
            return when.timestamp() if when is not None else None
        if column >= FIRST_FIELD_COLUMN:
            fid = self.field_columns.field_id(column)
            if fid is None:
                return None
            return option_sort_key(field_value(row.inst, fid), self.field_columns.ranks(fid))
        return row.keys[column]

    def _column_key(self, column: int) -> Callable[[Row], Any]:
        if column == Column.FOLDER:
            names = {fid: sort_text(n) or None for fid, n in self._folder_names.items()}
            return lambda r: names.get(r.inst.folder_id)
        fid = self.field_columns.field_id(column)
        if fid is not None:  # a dropdown field's options in their order, text naturally
            ranks = self.field_columns.ranks(fid)
            return lambda r: option_sort_key(field_value(r.inst, fid), ranks)
        return super()._column_key(column)
