"""Filtering (text, date added, format) and sorting in front of :class:`ReleaseModel`.

Filters are evaluated on each row's precomputed search text, format facets and local date, so
``filterAcceptsRow`` does no string work beyond a few ``in`` tests. Sorting is delegated to the
source model, which reorders its rows from precomputed keys (see :mod:`release_model`); the proxy
keeps the source order, so it never calls ``lessThan``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal

from ..core.filters import RecordFilter, fold
from ..core.release import Instance
from .release_model import ReleaseModel, Row

Predicate = Callable[[Row], bool]


def compile_filter(record_filter: RecordFilter) -> Predicate | None:
    """A fast row test equivalent to ``record_filter.matches``; None when nothing is filtered."""
    if not record_filter.active:
        return None
    terms = record_filter.terms()
    low, high = record_filter.added_from, record_filter.added_to
    wanted = fold(record_filter.format_name.strip())

    def accepts(row: Row) -> bool:
        if wanted and wanted not in row.facets:
            return False
        if low is not None or high is not None:
            day = row.day
            if day is None or (low is not None and day < low) or (high is not None and day > high):
                return False
        blob = row.blob
        return all(term in blob for term in terms)

    return accepts


class ReleaseProxy(QSortFilterProxyModel):
    """The view's model: the filtered rows of a :class:`ReleaseModel`, in its (sorted) order."""

    #: Emitted after the set of shown rows may have changed (filter, rows, sort).
    shownChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)  # checks do not affect filtering; no re-filter per edit
        self._model: ReleaseModel | None = None
        self._filter = RecordFilter()
        self._accepts: Predicate | None = None
        self._visible: tuple[int, list[int]] | None = None
        self._flags: list[bool] | None = None  # accepts() per source row, for one revision
        self._flags_revision = -1
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def setSourceModel(self, model: ReleaseModel) -> None:  # type: ignore[override]
        if self._model is not None:
            for signal in self._structure_signals(self._model):
                signal.disconnect(self._structure_changed)
        super().setSourceModel(model)
        self._model = model
        for signal in self._structure_signals(model):
            signal.connect(self._structure_changed)
        self._structure_changed()

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
        accepts = compile_filter(record_filter)
        self.beginFilterChange()
        self._filter = record_filter
        self._accepts = accepts
        self._visible = None
        self._flags = None
        if accepts is not None and self._model is not None:
            self._flags = [accepts(r) for r in self._model.rows()]
            self._flags_revision = self._model.revision
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.shownChanged.emit()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        accepts = self._accepts
        if accepts is None:
            return True
        model = self._model
        flags = self._flags
        if flags is not None and self._flags_revision != model.revision:  # type: ignore[union-attr]
            flags = self._refresh_flags()
        if flags is not None:
            return flags[source_row]
        return accepts(model._rows[source_row])  # type: ignore[union-attr]

    def _refresh_flags(self) -> list[bool] | None:
        """Permute the cached flags after a sort; drop them after other changes."""
        model = self.release_model()
        reorder = model.last_reorder
        flags = self._flags
        if (
            flags is not None
            and reorder is not None
            and reorder[0] == self._flags_revision
            and len(reorder[1]) == len(flags)
            and model.revision == reorder[0] + 1
        ):
            self._flags = [flags[i] for i in reorder[1]]
            self._flags_revision = model.revision
            return self._flags
        self._flags = None
        return None

    def _structure_changed(self, *args: Any) -> None:
        self._visible = None
        self.shownChanged.emit()

    # ---- sorting ------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by reordering the source rows (fast); the proxy itself stays unsorted."""
        self._sort = (column, order)
        if self._model is not None:
            self._model.sort(column, order)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    # ---- what is shown ------------------------------------------------------------------
    def visible_source_rows(self) -> list[int]:
        """Source rows that pass the filter, in view order (computed in Python, cached)."""
        model = self.release_model()
        if self._visible is not None and self._visible[0] == model.revision:
            return self._visible[1]
        accepts = self._accepts
        rows = model.rows()
        if accepts is None:
            visible = list(range(len(rows)))
        else:
            if self._flags is None or self._flags_revision != model.revision:
                self._flags = [accepts(r) for r in rows]
                self._flags_revision = model.revision
            flags = self._flags
            visible = [i for i, f in enumerate(flags) if f]
        self._visible = (model.revision, visible)
        return visible

    def visible_instance_ids(self) -> list[int]:
        rows = self.release_model().rows()
        return [rows[i].iid for i in self.visible_source_rows()]

    def visible_instances(self) -> list[Instance]:
        rows = self.release_model().rows()
        return [rows[i].inst for i in self.visible_source_rows()]

    def visible_checked_count(self) -> int:
        model = self.release_model()
        checked = model.checked_count()
        if not checked:
            return 0
        visible = self.visible_source_rows()
        if checked < len(visible) // 4:
            if self._accepts is None:
                return sum(1 for iid in model.checked_ids() if model.row_of(iid) >= 0)
            flags = self._flags or []
            rows_of = (model.row_of(iid) for iid in model.checked_ids())
            return sum(1 for r in rows_of if r >= 0 and flags[r])
        rows = model.rows()
        return sum(1 for i in visible if model.is_checked(rows[i].iid))

    def header_check_state(self) -> Qt.CheckState:
        """Checked when every shown row is checked, partially when some are."""
        shown = len(self.visible_source_rows())
        checked = self.visible_checked_count() if shown else 0
        if shown and checked == shown:
            return Qt.CheckState.Checked
        if checked:
            return Qt.CheckState.PartiallyChecked
        return Qt.CheckState.Unchecked

    def source_row_of(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()

    def instance_at(self, proxy_row: int) -> Instance:
        return self.release_model().instance(self.source_row_of(proxy_row))
