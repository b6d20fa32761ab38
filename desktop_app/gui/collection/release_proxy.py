"""Filtering (text, date added, format) and sorting in front of :class:`ReleaseModel`.

Filters are compiled into one row test over each row's precomputed search text, format facets
and local date (a few ``in`` tests per row), which the source model applies to all rows in one
pass; sorting reorders the source rows from precomputed keys (see :mod:`release_model`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal

from ...core.filters import RecordFilter, fold
from ...core.release import Instance
from .release_model import ReleaseModel, Row, RowFilter

Predicate = Callable[[Row], bool]


def compile_filter(record_filter: RecordFilter) -> Predicate | None:
    """A fast row test equivalent to ``record_filter.matches``; None when nothing is filtered."""
    if not record_filter.active:
        return None
    tests: list[Predicate] = []
    wanted = fold(record_filter.format_name.strip())
    if wanted:
        tests.append(lambda row: wanted in row.facets)
    where = record_filter.where
    if where:
        tests.append(lambda row: all(test(row.inst) for test in where))
    low, high = record_filter.added_from, record_filter.added_to
    if low is not None or high is not None:

        def in_range(row: Row) -> bool:
            day = row.day
            return day is not None and (low is None or day >= low) and (high is None or day <= high)

        tests.append(in_range)
    terms = record_filter.terms()
    if len(terms) == 1:
        term = terms[0]
        tests.append(lambda row: term in row.blob)
    elif terms:
        tests.append(lambda row: all(t in row.blob for t in terms))
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda row: all(test(row) for test in tests)


def compile_row_filter(
    record_filter: RecordFilter, hidden: frozenset[int] = frozenset()
) -> RowFilter | None:
    """The model's row filter for ``record_filter`` plus instances never to show; None when
    nothing is filtered. Text terms go to the model's text index, the rest into one test."""
    base = compile_filter(replace(record_filter, text=""))
    # A term that folds to nothing (a lone accent) matches every row: leave it out.
    terms = tuple(t for t in record_filter.terms() if t) if record_filter.active else ()
    test: Predicate | None = base
    if hidden:
        if base is None:

            def test(row: Row) -> bool:
                return row.iid not in hidden

        else:

            def test(row: Row) -> bool:
                return row.iid not in hidden and base(row)

    if not terms and test is None:
        return None
    return RowFilter(tuple(terms), test)


class ReleaseProxy(QSortFilterProxyModel):
    """The view's model over a :class:`ReleaseModel`: the filters and the sort of the table.

    The record filter (text, dates, format) and the "hide these instances" set are compiled
    into one row test that the source model applies to all its rows at once; sorting reorders
    the source rows from precomputed keys. The proxy therefore maps rows one to one and never
    calls back into Python per row (``filterAcceptsRow``/``lessThan`` are not overridden: each
    such call crosses the Qt boundary, and 50,000 of them take longer than the whole filter).
    """

    #: Emitted after the set of shown rows may have changed (filter, rows, sort).
    shownChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._model: ReleaseModel | None = None
        self._filter = RecordFilter()
        self._hidden: frozenset[int] = frozenset()
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def setSourceModel(self, model: ReleaseModel) -> None:  # type: ignore[override]
        if self._model is not None:
            for signal in self._structure_signals(self._model):
                signal.disconnect(self._structure_changed)
        super().setSourceModel(model)
        self._model = model
        for signal in self._structure_signals(model):
            signal.connect(self._structure_changed)
        self._install()

    def _structure_changed(self, *_args: Any) -> None:
        self.shownChanged.emit()

    @staticmethod
    def _structure_signals(model: ReleaseModel) -> list[Any]:
        return [model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged]

    def release_model(self) -> ReleaseModel:
        assert self._model is not None
        return self._model

    # ---- filtering ----------------------------------------------------------------------
    def record_filter(self) -> RecordFilter:
        return self._filter

    def set_record_filter(self, record_filter: RecordFilter) -> None:
        if record_filter == self._filter:
            return
        self._filter = record_filter
        self._install()

    def hidden_ids(self) -> frozenset[int]:
        """Instances never shown, whatever the filter (e.g. those exported already)."""
        return self._hidden

    def set_hidden_ids(self, ids: Iterable[int] | None) -> None:
        hidden = frozenset(ids or ())
        if hidden == self._hidden:
            return
        self._hidden = hidden
        self._install()

    def _install(self) -> None:
        if self._model is not None:
            self._model.set_row_filter(compile_row_filter(self._filter, self._hidden))
            # the layout change emits shownChanged

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roles: Any) -> None:
        """All roles of a cell in one call to the source model. The proxy neither filters nor
        sorts by itself, so its rows are the source rows (see the class notes)."""
        if self._model is None or not index.isValid():
            for item in roles:
                item.clearData()
            return
        self._model.fill_roles(index.row(), index.column(), roles)

    # ---- sorting ------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by reordering the source rows (fast); the proxy itself stays unsorted."""
        self._sort = (column, order)
        if self._model is not None:
            self._model.sort(column, order)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    # ---- what is shown ------------------------------------------------------------------
    def visible_rows(self) -> list[Row]:
        """The shown rows in view order (do not modify)."""
        return self.release_model().rows()

    def visible_instance_ids(self) -> list[int]:
        return [r.iid for r in self.visible_rows()]

    def visible_instances(self) -> list[Instance]:
        return [r.inst for r in self.visible_rows()]

    def visible_checked_count(self) -> int:
        model = self.release_model()
        checked = model.checked_count()
        if not checked:
            return 0
        shown = self.visible_rows()
        if checked < len(shown) // 4:
            return sum(1 for iid in model.checked_ids() if model.row_of(iid) >= 0)
        return sum(1 for r in shown if model.is_checked(r.iid))

    def header_check_state(self) -> Qt.CheckState:
        """Checked when every shown row is checked, partially when some are."""
        shown = len(self.visible_rows())
        checked = self.visible_checked_count() if shown else 0
        if shown and checked == shown:
            return Qt.CheckState.Checked
        if checked:
            return Qt.CheckState.PartiallyChecked
        return Qt.CheckState.Unchecked

    def row_at(self, proxy_row: int) -> Row:
        """The release model row shown at ``proxy_row``."""
        return self.release_model().row(self.mapToSource(self.index(proxy_row, 0)).row())

    def instance_at(self, proxy_row: int) -> Instance:
        return self.row_at(proxy_row).inst
