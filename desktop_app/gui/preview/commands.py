"""The undo commands of the export preview: each change to the rows is one of these."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...core.qrfactory import COLUMNS, ExportOptions
from .table import PreviewRow, RowState, RowTable, Snapshot


# ---- undo commands ---------------------------------------------------------------------------
class EditCommand(QUndoCommand):
    def __init__(self, model: RowTable, row: int, col: int, value: str) -> None:
        super().__init__(
            QCoreApplication.translate("PreviewModel", "Edit %1 in row %2")
            .replace("%1", COLUMNS[col])
            .replace("%2", str(row + 1))
        )
        self.model, self.row, self.col, self.value = model, row, col, value
        item = model.row_object(row)
        self.old_value = item.cells[col]
        self.old_edited = col in item.edited
        self.new_edited = value != item.template[col]

    def redo(self) -> None:
        self.model._set_cell(self.row, self.col, self.value, self.new_edited)

    def undo(self) -> None:
        self.model._set_cell(self.row, self.col, self.old_value, self.old_edited)


class RemoveCommand(QUndoCommand):
    def __init__(self, model: RowTable, rows: list[int]) -> None:
        text = QCoreApplication.translate("PreviewModel", "Delete %n row(s)").replace(
            "%n", str(len(rows))
        )
        super().__init__(text)
        self.model = model
        self.rows = rows
        self.removed: list[tuple[int, PreviewRow]] = []

    def redo(self) -> None:
        self.removed = []
        for r in reversed(self.rows):
            self.removed.append((r, self.model._remove(r)))

    def undo(self) -> None:
        for r, item in reversed(self.removed):
            self.model._insert(r, item)


class InsertCommand(QUndoCommand):
    def __init__(self, model: RowTable, inserts: list[tuple[int, PreviewRow]], text: str) -> None:
        super().__init__(text)
        self.model = model
        self.inserts = sorted(inserts, key=lambda p: p[0])

    def redo(self) -> None:
        for position, item in self.inserts:
            self.model._insert(position, item)

    def undo(self) -> None:
        for position, _item in reversed(self.inserts):
            self.model._remove(position)


class MoveCommand(QUndoCommand):
    def __init__(
        self,
        model: RowTable,
        placement: list[tuple[PreviewRow, int]],
        original: list[tuple[PreviewRow, int]],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PreviewModel", "Move %n row(s)").replace(
                "%n", str(len(placement))
            )
        )
        self.model, self.placement, self.original = model, placement, original

    def redo(self) -> None:
        self.model._place(self.placement)

    def undo(self) -> None:
        self.model._place(self.original)


class ResetCommand(QUndoCommand):
    def __init__(self, model: RowTable, changes: list[tuple[int, list[str], set[int]]]) -> None:
        super().__init__(
            QCoreApplication.translate("PreviewModel", "Reset %n row(s)").replace(
                "%n", str(len(changes))
            )
        )
        self.model = model
        self.changes = changes
        self.before = [
            (r, list(model.row_object(r).cells), set(model.row_object(r).edited))
            for r, _c, _e in changes
        ]

    def redo(self) -> None:
        for r, cells, edited in self.changes:
            self.model._replace_row(r, cells, edited)

    def undo(self) -> None:
        for r, cells, edited in self.before:
            self.model._replace_row(r, cells, edited)


class RebuildCommand(QUndoCommand):
    def __init__(self, model: RowTable, options: ExportOptions, states: list[RowState]) -> None:
        super().__init__(QCoreApplication.translate("PreviewModel", "Apply template"))
        self.model = model
        self.new = (options, states)
        self.old = (model.options, model._states())

    def redo(self) -> None:
        self.model._restore(*self.new)

    def undo(self) -> None:
        self.model._restore(*self.old)


class MergeCommand(QUndoCommand):
    """Preview pressed again: rows of unchecked instances leave, rows of new ones are appended.

    ``removed`` are (position, row) in ascending order, ``added`` the rows to append;
    ``requested`` the instances asked for now, ``names`` the folder names and note fields now.
    """

    def __init__(
        self,
        model: RowTable,
        removed: list[tuple[int, PreviewRow]],
        added: list[PreviewRow],
        requested: set[int],
        names: tuple[dict[int, str], dict[int, str]],
        text: str,
    ) -> None:
        super().__init__(text)
        self.model, self.removed, self.added = model, removed, added
        self.new = (set(requested), names)
        self.old = (model.requested_ids, (model.folder_names, model.note_fields))

    def _set(self, state: tuple[set[int], tuple[dict[int, str], dict[int, str]]]) -> None:
        requested, (folders, notes) = state
        self.model._requested = set(requested)
        self.model._folder_names, self.model._note_fields = dict(folders), dict(notes)

    def redo(self) -> None:
        self._set(self.new)
        for position, _row in reversed(self.removed):
            self.model._remove(position)
        for row in self.added:
            self.model._insert(self.model.rowCount(), row)

    def undo(self) -> None:
        for _row in self.added:
            self.model._remove(self.model.rowCount() - 1)
        for position, row in self.removed:
            self.model._insert(position, row)
        self._set(self.old)


class ReplaceCommand(QUndoCommand):
    """Every row replaced at once (a draft restored onto a preview that has rows)."""

    def __init__(self, model: RowTable, state: Snapshot, text: str) -> None:
        super().__init__(text)
        self.model, self.new, self.old = model, state, model._snapshot()

    def redo(self) -> None:
        self.model._apply_snapshot(self.new)

    def undo(self) -> None:
        self.model._apply_snapshot(self.old)
