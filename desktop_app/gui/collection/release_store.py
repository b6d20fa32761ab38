"""The row store under the release table: every row of a folder and the ones shown, in sort
order, with filtering and sorting on precomputed keys (see :class:`RowsModel`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.release import Instance
from .release_keys import (
    ROW_KEY_COLUMNS,
    Column,
    Predicate,
    Row,
    RowFilter,
    TextIndex,
    by_instance_id,
    insert_points,
    make_rows,
    sorted_by,
)

_Index = QModelIndex | QPersistentModelIndex
_COLUMN_COUNT = len(Column)
_MAX_INSERT_GROUPS = 8  # more separate places for a batch of new rows: one layout change


class RowsModel(QAbstractTableModel):
    """Rows of one folder (or All): :meth:`all_rows` and the shown :meth:`rows`, both in the
    current sort order. Filtering and sorting happen here, on precomputed keys and search text,
    in one pass over a Python list: a ``QSortFilterProxyModel.filterAcceptsRow`` override costs
    a call across the Qt boundary per row (about 90 ms for 50,000 rows).

    Subclasses say what a cell shows (``data``) and may add sort keys that depend on more than
    the row (:meth:`_key`, :meth:`_column_key`).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Row] = []  # every row of the folder, in sort order
        self._rows: list[Row] = []  # the rows that pass the filter, in the same order
        self._accepts: Predicate | None = None
        self._row_of: dict[int, int] | None = None  # instance_id → shown row
        self._by_id: dict[int, Row] | None = None  # instance_id → row (shown or not)
        # For sorting all rows: the rows by instance_id, and finished sorts by (column,
        # descending); both are dropped whenever the set of rows changes.
        self._iid_order: list[Row] | None = None
        self._sort_cache: dict[tuple[int, bool], list[Row]] = {}
        # Every row's search text in one string (the order of _all when it was made; sorting
        # keeps it, new rows drop it).
        self._text_index: TextIndex | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.revision = 0  # bumped on every change of the shown rows (for caches)
        self._column_count = _COLUMN_COUNT  # the fixed columns, plus any a subclass adds

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count

    def _rows_arrived(self, rows: Iterable[Row]) -> None:
        """Rows are joining the model (a hook for subclasses)."""

    def _key(self, row: Row, column: int) -> Any:
        """The sort key of ``row`` in ``column``; None is unknown (always last)."""
        return row.keys[column]

    def _column_key(self, column: int) -> Callable[[Row], Any]:
        """The sort key function of a whole column."""
        if column in ROW_KEY_COLUMNS:
            return lambda r: r.keys[column]
        return lambda r: self._key(r, column)

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
        self._rows_arrived(everything)
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
        self._rows_arrived(fresh)
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
        for pos, chunk in reversed(insert_points(self._all, fresh, before)):
            self._all[pos:pos] = chunk
        if not shown:
            return
        shown = self._sorted(shown, column, order)
        points = insert_points(self._rows, shown, before)
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

    def update_rows(self, rows: Iterable[Row]) -> int:
        """Newer data for rows the model holds (e.g. field values edited on Discogs): each is
        replaced where it is, without a reset, so selection, checks and scrolling stay; a row
        that no longer passes the filter leaves the shown rows (and one that now does joins
        them). Rows the model does not hold are ignored. Returns how many were replaced."""
        self.find(-1)  # build the id → row map once
        known = self._by_id if self._by_id is not None else {}
        fresh = {r.iid: r for r in rows if r.iid in known}
        if not fresh:
            return 0
        known.update(fresh)
        self._all = [fresh.get(r.iid, r) for r in self._all]
        self._forget_order()
        self._rows_updated(list(fresh.values()))
        before = [r.iid for r in self._rows]
        shown = self._filtered(self._all) if self._accepts is not None else None
        if shown is not None and [r.iid for r in shown] != before:
            self._relayout(shown)
            return len(fresh)
        self._rows = shown if shown is not None else [fresh.get(r.iid, r) for r in self._rows]
        self.revision += 1
        places = [i for i in map(self.row_of, fresh) if i >= 0]
        if places:
            last = self._column_count - 1
            self.dataChanged.emit(self.index(min(places), 0), self.index(max(places), last))
        return len(fresh)

    def _rows_updated(self, rows: list[Row]) -> None:
        """Rows were replaced by newer ones (a hook for subclasses)."""

    def _forget_order(self) -> None:
        """The set of rows changed: cached sort orders and the text index no longer apply."""
        self._iid_order = None
        self._sort_cache = {}
        self._text_index = None

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
        """The rows that pass ``row_filter``, in model order, from the text index."""
        if self._text_index is None:
            self._text_index = TextIndex(self._all)
        return self._text_index.search(row_filter, self._all)

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

    # ---- sorting ------------------------------------------------------------------------
    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows: unknown values last in both orders, ties by instance_id."""
        if column < 0 or column >= self._column_count:
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

    def _sorted(self, rows: list[Row], column: int, order: Qt.SortOrder) -> list[Row]:
        """``rows`` in sorted order (a new list)."""
        descending = order == Qt.SortOrder.DescendingOrder
        key = self._column_key(column)
        if rows is not self._all:
            return sorted_by(by_instance_id(rows), key, descending)
        # Every row: the instance_id order is kept while the rows do not change, and so is
        # each row-only sort (switching back to a column, or to its other direction once that
        # was shown, costs a copy).
        cache = self._sort_cache
        cacheable = column in ROW_KEY_COLUMNS
        if cacheable and (column, descending) in cache:
            return list(cache[(column, descending)])
        if self._iid_order is None:
            self._iid_order = by_instance_id(rows)
        result = sorted_by(self._iid_order, key, descending)
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
