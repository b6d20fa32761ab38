"""The release table model: collection instances with a check column and precomputed sort keys.

Rows are kept in the order the table shows them when no filter applies: :meth:`ReleaseModel.sort`
reorders the rows themselves from keys computed once per row, so sorting 50,000 rows costs one
Python ``list.sort`` instead of a million ``lessThan`` calls across the Qt boundary. Checks are a
set of ``instance_id`` values, independent of rows, so they survive sorting, filtering and
switching folders.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..core.filters import format_facets, local_date, natural_sort_text, search_text
from ..core.release import Instance

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CHECK = 0
    ARTIST = 1
    TITLE = 2
    YEAR = 3
    LABEL = 4
    CATNO = 5
    FORMAT = 6
    FOLDER = 7
    ADDED = 8
    RATING = 9
    EXPORTED = 10


#: Column titles (translated when shown, context "ReleaseModel").
COLUMN_TITLES: dict[Column, str] = {
    Column.CHECK: "",
    Column.ARTIST: "Artist",
    Column.TITLE: "Title",
    Column.YEAR: "Year",
    Column.LABEL: "Label",
    Column.CATNO: "Cat#",
    Column.FORMAT: "Format",
    Column.FOLDER: "Folder",
    Column.ADDED: "Date added",
    Column.RATING: "Rating",
    Column.EXPORTED: "Exported",
}


def column_title(column: int) -> str:
    """The translated title of a column."""
    return QCoreApplication.translate("ReleaseModel", COLUMN_TITLES[Column(column)])


SORT_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the precomputed sort key (None = unknown)
INSTANCE_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the Instance object
INSTANCE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 3  # instance_id (int)
RELEASE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 4  # release_id (int), for the release page URL

_COLUMN_COUNT = len(Column)
# Plain ints: comparing enum members costs a Python call each, and data() runs per cell and role.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ROLES = frozenset(
    {
        _DISPLAY,
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
_CHECK, _YEAR, _FOLDER, _RATING, _EXPORTED = (
    int(c) for c in (Column.CHECK, Column.YEAR, Column.FOLDER, Column.RATING, Column.EXPORTED)
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECK_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked
_MAX_INSERT_GROUPS = 8  # more separate places for a batch of new rows: one layout change
_TEXT_COLUMNS = (Column.ARTIST, Column.TITLE, Column.LABEL, Column.CATNO, Column.FORMAT)


#: The natural sort string of a cell text (plain string order = natural order).
sort_text = natural_sort_text


@dataclass(slots=True)
class Row:
    """One table row: the instance plus everything display, sort and filter need, computed once."""

    inst: Instance
    iid: int  # instance_id
    texts: tuple[str, ...]  # display text per column (folder name filled in by the model)
    keys: tuple[Any, ...]  # sort key per column; None means unknown (always sorted last)
    blob: str  # folded search text
    facets: frozenset[str]  # folded format names/sizes/descriptions
    day: date | None  # local calendar date added
    format_names: tuple[str, ...] = ()  # names offered by the format filter (with the size)


def make_row(inst: Instance) -> Row:
    """Precompute a row (pure Python; safe to call in a worker thread)."""
    artist = inst.artist()
    year = inst.year or None
    added = inst.date_added
    day = local_date(added) if added is not None else None
    texts = (
        "",
        one_line(artist),
        one_line(inst.title),
        str(year) if year else "",
        one_line(inst.label),
        one_line(inst.catno),
        one_line(inst.format_display),
        "",
        day.isoformat() if day else "",
        "★" * inst.rating if inst.rating else "",
        "",
    )
    keys: list[Any] = [None] * len(Column)
    for col in _TEXT_COLUMNS:
        keys[col] = sort_text(texts[col]) or None
    keys[Column.YEAR] = year
    keys[Column.ADDED] = added.timestamp() if added is not None else None
    keys[Column.RATING] = inst.rating or None
    size = inst.format_size
    names = {f.name for f in inst.formats if f.name}
    if size:
        names.add(size)
    return Row(
        inst,
        inst.instance_id,
        texts,
        tuple(keys),
        search_text(inst),
        format_facets(inst),
        day,
        tuple(sorted(names)),
    )


def one_line(text: str) -> str:
    """Text for one table cell: tabs, line breaks and other control characters become spaces."""
    if text.isprintable():
        return text
    return " ".join(_CONTROL.sub(" ", text).split())


def make_rows(instances: Iterable[Instance]) -> list[Row]:
    return [make_row(inst) for inst in instances]


Predicate = Callable[[Row], bool]


@dataclass(frozen=True, slots=True)
class RowFilter:
    """A row test in two parts: folded ``terms`` that must all occur in the row's search text
    (answered from a text index over all rows), and any other ``test`` (dates, format, ...)."""

    terms: tuple[str, ...] = ()
    test: Predicate | None = None

    def __call__(self, row: Row) -> bool:
        blob = row.blob
        return all(t in blob for t in self.terms) and (self.test is None or self.test(row))


_SEPARATOR = "\x00"  # between rows in the text index; never part of a search term


class ReleaseModel(QAbstractTableModel):
    """Instances of one folder (or All), with a check per instance_id.

    The model holds every row of the folder (:meth:`all_rows`) and shows the ones that pass its
    row filter (:meth:`rows`), both in the current sort order. Filtering and sorting happen here,
    on precomputed keys and search text, in one pass over a Python list: a
    ``QSortFilterProxyModel.filterAcceptsRow`` override costs a call across the Qt boundary per
    row (about 90 ms for 50,000 rows), so :class:`ReleaseProxy` leaves rows to this model.
    """

    #: Emitted after checks change (any folder).
    checksChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Row] = []  # every row of the folder, in sort order
        self._rows: list[Row] = []  # the rows that pass the filter, in the same order
        self._accepts: Predicate | None = None
        self._checked: set[int] = set()
        self._known: dict[int, Instance] = {}  # checked instances, also from other folders
        self._row_of: dict[int, int] | None = None  # instance_id → shown row
        self._by_id: dict[int, Row] | None = None  # instance_id → row (shown or not)
        # For sorting all rows: the rows by instance_id, and finished sorts by (column,
        # descending); both are dropped whenever the set of rows changes.
        self._iid_order: list[Row] | None = None
        self._sort_cache: dict[tuple[int, bool], list[Row]] = {}
        # Every row's search text in one string, where each starts, and the rows in that order
        # (the order of _all when it was made; sorting keeps it, new rows drop it).
        self._text_index: tuple[str, list[int], list[Row]] | None = None
        self._folder_names: dict[int, str] = {}
        self._exported: dict[int, datetime] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.revision = 0  # bumped on every change of the shown rows (for caches)

    # ---- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

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
        if role in (_DISPLAY, _TOOLTIP):
            if col == _FOLDER:
                return self._folder_names.get(row.inst.folder_id, str(row.inst.folder_id))
            if col == _EXPORTED:
                when = self._exported.get(row.iid)
                if when is None:
                    return None
                day = local_date(when).isoformat()
                if role == _TOOLTIP:
                    return self.tr("Last exported on %1").replace("%1", day)
                return day
            if col == _CHECK:
                return None
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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section) if section else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if section == Column.CHECK:
                return self.tr("Check or uncheck all shown releases")
            if section == Column.EXPORTED:
                return self.tr("When the release was last saved to a QR Factory CSV")
            return column_title(section)
        return None

    # ---- rows ---------------------------------------------------------------------------
    def rows(self) -> list[Row]:
        """The shown rows, in model order (do not modify)."""
        return self._rows

    def all_rows(self) -> list[Row]:
        """Every row of the folder, shown or filtered out, in sort order (do not modify)."""
        return self._all

    def total_count(self) -> int:
        """How many rows the folder has (shown or not)."""
        return len(self._all)

    def row(self, source_row: int) -> Row:
        return self._rows[source_row]

    def instance(self, source_row: int) -> Instance:
        return self._rows[source_row].inst

    def instances(self) -> list[Instance]:
        """Every instance of the folder (shown or not), in sort order."""
        return [r.inst for r in self._all]

    def row_of(self, instance_id: int) -> int:
        """Model row of ``instance_id`` when it is shown, or -1."""
        if self._row_of is None:
            self._row_of = {r.iid: i for i, r in enumerate(self._rows)}
        return self._row_of.get(instance_id, -1)

    def find(self, instance_id: int) -> Row | None:
        """The row of ``instance_id`` in this folder, shown or not."""
        if self._by_id is None:
            self._by_id = {r.iid: r for r in self._all}
        return self._by_id.get(instance_id)

    def clear(self) -> None:
        self.beginResetModel()
        self._all = []
        self._forget_order()
        self._rows = []
        self._row_of = None
        self._by_id = None
        self.revision += 1
        self.endResetModel()

    def set_rows(self, rows: Sequence[Row], *, sorted_by: tuple[int, bool] | None = None) -> None:
        """Replace every row at once (e.g. from a cache). ``sorted_by`` = (column, descending)
        says the rows are sorted that way already (see :func:`sorted_rows`)."""
        self.beginResetModel()
        everything = list(rows)
        self._remember_checked(everything)
        current = (self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder)
        if self._sort_column >= 0 and sorted_by != current:
            everything = self._sorted(everything, self._sort_column, self._sort_order)
        self._all = everything
        self._forget_order()
        self._rows = self._filtered(everything)
        self._row_of = None
        self._by_id = None
        self.revision += 1
        self.endResetModel()

    def add_instances(self, instances: Iterable[Instance]) -> None:
        self.add_rows(make_rows(instances))

    def add_rows(self, rows: Sequence[Row]) -> None:
        """Insert a batch of rows: at the end, or at their sorted places when a sort is active."""
        self.find(-1)  # build the id → row map once
        known = self._by_id if self._by_id is not None else {}
        fresh: list[Row] = []
        for r in rows:
            if r.iid not in known:
                known[r.iid] = r
                fresh.append(r)
        if not fresh:
            return
        self._remember_checked(fresh)
        self._forget_order()
        accepts = self._accepts
        shown = fresh if accepts is None else [r for r in fresh if accepts(r)]
        if self._sort_column < 0 or self._sort_column == Column.CHECK:
            # (a sort by the check column is a snapshot: checks change without moving rows)
            self._all.extend(fresh)
            if shown:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
                self._rows.extend(shown)
                if self._row_of is not None:
                    for offset, r in enumerate(shown):
                        self._row_of[r.iid] = first + offset
                self.revision += 1
                self.endInsertRows()
            return
        column, order = self._sort_column, self._sort_order
        before = self._before(column, order)
        fresh = self._sorted(fresh, column, order)
        for pos, chunk in reversed(_insert_points(self._all, fresh, before)):
            self._all[pos:pos] = chunk
        if not shown:
            return
        shown = self._sorted(shown, column, order)
        points = _insert_points(self._rows, shown, before)
        if len(points) > _MAX_INSERT_GROUPS:
            # Rows land all over the table: one layout change costs less than a hundred
            # separate insertions (each one updates the proxy's and the view's mappings).
            merged = list(self._rows)
            for pos, chunk in reversed(points):
                merged[pos:pos] = chunk
            self._relayout(merged)
            return
        for pos, chunk in reversed(points):
            self.beginInsertRows(QModelIndex(), pos, pos + len(chunk) - 1)
            self._rows[pos:pos] = chunk
            self._row_of = None
            self.revision += 1
            self.endInsertRows()

    def _forget_order(self) -> None:
        """The set of rows changed: cached sort orders and the text index no longer apply."""
        self._iid_order = None
        self._sort_cache = {}
        self._text_index = None

    def _remember_checked(self, rows: Iterable[Row]) -> None:
        if self._checked:
            for r in rows:
                if r.iid in self._checked:
                    self._known[r.iid] = r.inst

    # ---- filtering ----------------------------------------------------------------------
    def row_filter(self) -> Predicate | None:
        return self._accepts

    def set_row_filter(self, accepts: Predicate | None) -> None:
        """Show only the rows ``accepts`` (None: every row); selection and current index stay
        on the rows that remain shown."""
        self._accepts = accepts
        self._relayout(self._filtered(self._all))

    def _filtered(self, rows: list[Row]) -> list[Row]:
        accepts = self._accepts
        if accepts is None:
            return list(rows)
        if isinstance(accepts, RowFilter):
            if accepts.terms and rows is self._all:
                return self._search(accepts)
            if not accepts.terms and accepts.test is not None:
                test = accepts.test
                return [r for r in rows if test(r)]
        return [r for r in rows if accepts(r)]

    def _search(self, row_filter: RowFilter) -> list[Row]:
        """The rows that pass ``row_filter``, in model order, finding the rows that hold its
        longest term with ``str.find`` over one string of all rows' search texts (a row test
        per row would cost about 0.4 µs × every row, on each key press)."""
        terms = sorted(row_filter.terms, key=len, reverse=True)
        first, rest = terms[0], terms[1:]
        if not self._all:
            return []
        if not first or _SEPARATOR in first:
            return [r for r in self._all if row_filter(r)]
        if self._text_index is None:
            blobs = [r.blob for r in self._all]
            starts = [0, *itertools.accumulate(len(b) + 1 for b in blobs)]
            self._text_index = (_SEPARATOR.join(blobs), starts, self._all)
        text, starts, rows = self._text_index
        last = len(rows)
        found: list[Row] = []
        find = text.find
        pos = find(first)
        while pos >= 0:
            i = bisect.bisect_right(starts, pos) - 1
            found.append(rows[i])
            pos = find(first, starts[i + 1]) if i + 1 < last else -1
        if rest:
            found = [r for r in found if all(t in r.blob for t in rest)]
        test = row_filter.test
        if test is not None:
            found = [r for r in found if test(r)]
        if found and rows is not self._all:  # sorted since the index was made
            keep = set(map(id, found))
            found = [r for r in self._all if id(r) in keep]
        return found

    def _relayout(self, shown: list[Row]) -> None:
        """Show ``shown`` instead of the current rows, moving persistent indexes along."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_iids = [self._rows[i.row()].iid for i in old_persistent]
        self._rows = shown
        self._row_of = None
        self.revision += 1
        if old_persistent:
            wanted = set(old_iids)
            where = {r.iid: i for i, r in enumerate(shown) if r.iid in wanted}
            new = []
            for iid, old in zip(old_iids, old_persistent, strict=True):
                row = where.get(iid, -1)
                new.append(self.index(row, old.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(old_persistent, new)
        self.layoutChanged.emit()

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

    def _column_values_changed(self, column: Column) -> None:
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

    # ---- sorting ------------------------------------------------------------------------
    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows: unknown values last in both orders, ties by instance_id."""
        if column < 0 or column >= len(Column):
            self._sort_column = -1
            return
        if (column, order) == (self._sort_column, self._sort_order) and column != Column.CHECK:
            return  # rows are kept in this order already (batches are inserted in place)
        self._sort_column, self._sort_order = column, order
        if len(self._all) < 2:
            return
        self._all = self._sorted(self._all, column, order)
        if self._accepts is None:
            shown = list(self._all)
        elif len(self._rows) * 4 < len(self._all):  # few shown: sort them on their own
            shown = self._sorted(self._rows, column, order)
        else:
            keep = set(map(id, self._rows))
            shown = [r for r in self._all if id(r) in keep]
        self._relayout(shown)

    def _key(self, row: Row, column: int) -> Any:
        if column == Column.CHECK:
            return 0 if row.iid in self._checked else None
        if column == Column.FOLDER:
            name = self._folder_names.get(row.inst.folder_id, "")
            return sort_text(name) or None
        if column == Column.EXPORTED:
            when = self._exported.get(row.iid)
            return when.timestamp() if when is not None else None
        return row.keys[column]

    def _sorted(self, rows: list[Row], column: int, order: Qt.SortOrder) -> list[Row]:
        """``rows`` in sorted order (a new list)."""
        descending = order == Qt.SortOrder.DescendingOrder
        if column in ROW_KEY_COLUMNS:
            key: Callable[[Row], Any] = lambda r: r.keys[column]  # noqa: E731
        elif column == Column.FOLDER:
            names = {fid: sort_text(n) or None for fid, n in self._folder_names.items()}
            key = lambda r: names.get(r.inst.folder_id)  # noqa: E731
        else:
            key = lambda r: self._key(r, column)  # noqa: E731
        if rows is not self._all:
            return _sorted_by(by_instance_id(rows), key, descending)
        # Every row: the instance_id order is kept while the rows do not change, and so is
        # each row-only sort (switching back to a column, or to its other direction once that
        # was shown, costs a copy).
        cache = self._sort_cache
        cacheable = column in ROW_KEY_COLUMNS
        if cacheable and (column, descending) in cache:
            return list(cache[(column, descending)])
        if self._iid_order is None:
            self._iid_order = by_instance_id(rows)
        result = _sorted_by(self._iid_order, key, descending)
        if cacheable:
            cache[(column, descending)] = result
            return list(result)
        return result

    def _before(self, column: int, order: Qt.SortOrder) -> Callable[[Row, Row], bool]:
        """``before(a, b)``: True when row a belongs strictly before row b in this sort."""
        key = self._key
        descending = order == Qt.SortOrder.DescendingOrder

        def before(a: Row, b: Row) -> bool:
            ka, kb = key(a, column), key(b, column)
            if (ka is None) != (kb is None):
                return kb is None
            if ka is not None and ka != kb:
                return ka > kb if descending else ka < kb
            return a.iid < b.iid

        return before


#: Columns whose sort key depends on the row alone (not on checks, folder names or history).
ROW_KEY_COLUMNS = frozenset(
    int(c) for c in Column if c not in (Column.CHECK, Column.FOLDER, Column.EXPORTED)
)


def sorted_rows(rows: list[Row], column: int, descending: bool = False) -> list[Row]:
    """``rows`` sorted by a :data:`ROW_KEY_COLUMNS` column, as the model sorts them (a new
    list; safe to call in a worker thread)."""
    return _sorted_by(by_instance_id(rows), lambda r: r.keys[column], descending)


def by_instance_id(rows: Iterable[Row]) -> list[Row]:
    return sorted(rows, key=_IID)


def _sorted_by(by_iid: list[Row], key: Callable[[Row], Any], descending: bool) -> list[Row]:
    """Rows (given in instance_id order) by ``key``: unknown (None) values last in both
    orders, ties by instance_id (the sort is stable, also with ``reverse``)."""
    values = list(map(key, by_iid))
    known = [r for r, v in zip(by_iid, values, strict=True) if v is not None]
    if len(known) == len(by_iid):
        unknown: list[Row] = []
    else:
        unknown = [r for r, v in zip(by_iid, values, strict=True) if v is None]
        values = [v for v in values if v is not None]
    order = sorted(range(len(known)), key=values.__getitem__, reverse=descending)
    return [known[i] for i in order] + unknown


_IID = operator.attrgetter("iid")


def _insert_points(
    rows: list[Row], fresh: list[Row], before: Callable[[Row, Row], bool]
) -> list[tuple[int, list[Row]]]:
    """Where each of the sorted ``fresh`` rows goes in the sorted ``rows``, grouped by position
    (positions in the list before any insertion; insert from the last group backwards)."""
    groups: list[tuple[int, list[Row]]] = []
    for new in fresh:
        lo, hi = 0, len(rows)
        while lo < hi:
            mid = (lo + hi) // 2
            if before(rows[mid], new):
                lo = mid + 1
            else:
                hi = mid
        if groups and groups[-1][0] == lo:
            groups[-1][1].append(new)
        else:
            groups.append((lo, [new]))
    return groups
