"""The editable export preview: one row of 30 QR Factory cells per checked instance.

Rows are built by :func:`core.qrfactory.build_rows` and keep the instance they came from and the
cells the user changed. Every change (edit, move, delete, duplicate, reset, rebuild, merge) is a
command on the model's :class:`QUndoStack`. Rows can be dragged within the view (own MIME type
carrying row numbers and the model's identity); the same drag carries the rows as CSV text for
other programs.

Pressing Preview again goes through :meth:`PreviewModel.merge_instances`: rows are added for new
instances and only unedited rows of instances no longer wanted leave; nothing edited is lost.

The rows as they are can be turned into a JSON-ready *draft* (format in :mod:`core.draft`) with
:meth:`PreviewModel.draft` and read back with :meth:`PreviewModel.load_draft`.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack

from ...core.draft import (
    DRAFT_VERSION,
    DraftInfo,
    DraftRow,
    draft_document,
    draft_info,
)
from ...core.qrfactory import COLUMN_INDEX, ExportOptions, build_rows, unique_name
from ...core.release import Instance
from .commands import (
    EditCommand,
    InsertCommand,
    MergeCommand,
    MoveCommand,
    RebuildCommand,
    RemoveCommand,
    ReplaceCommand,
    ResetCommand,
)
from .table import (
    BOTTOM_TEXT_COL,
    FILE_NAME_COL,
    PreviewRow,
    Role,
    RowState,
    RowTable,
    _Index,
    restore_rows,
)

__all__ = [
    "BOTTOM_TEXT_COL",
    "CSV_MIME",
    "DRAFT_VERSION",
    "FILE_NAME_COL",
    "ROWS_MIME",
    "TEXT_MIME",
    "DraftInfo",
    "MergeResult",
    "PreviewModel",
    "PreviewRow",
    "Role",
    "draft_info",
]

log = logging.getLogger(__name__)

ROWS_MIME = "application/x-discogs-qr-rows"
CSV_MIME = "text/csv"
TEXT_MIME = "text/plain"


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What :meth:`PreviewModel.merge_instances` did."""

    added: int = 0  # rows appended for newly wanted instances
    removed: int = 0  # unedited rows of instances no longer wanted
    kept_edited: int = 0  # edited rows of instances no longer wanted, kept
    kept_deleted: int = 0  # wanted instances whose rows the user deleted, left out
    edited_rows: int = 0  # rows with hand edits in the preview after the merge

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


class PreviewModel(RowTable):
    """Rows of the CSV about to be saved; all 30 columns editable, every change undoable."""

    #: Emitted after any change to the rows (for problem counts and titles).
    rowsEdited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.identity = uuid.uuid4().hex
        self.undo_stack = QUndoStack(self)
        self._changed_at: datetime | None = None
        self.undo_stack.indexChanged.connect(self._note_change)
        self.modelReset.connect(self.rowsEdited)
        self.rowsInserted.connect(self.rowsEdited)
        self.rowsRemoved.connect(self.rowsEdited)
        self.rowsMoved.connect(self.rowsEdited)
        self.dataChanged.connect(self.rowsEdited)

    # ---- loading ------------------------------------------------------------------------
    def set_instances(
        self,
        instances: Sequence[Instance],
        options: ExportOptions | None = None,
        *,
        folder_names: Mapping[int, str] | None = None,
        note_fields: Mapping[int, str] | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        """Build fresh rows (forgetting edits and the undo history)."""
        self._options = options or ExportOptions()
        self._folder_names = dict(folder_names or {})
        self._note_fields = dict(note_fields or {})
        self._tz = tz
        self._show(self._build(instances), {i.instance_id for i in instances})
        self._changed_at = None

    def _show(self, rows: list[PreviewRow], requested: set[int]) -> None:
        self.undo_stack.clear()
        self.beginResetModel()
        self._rows = rows
        self._requested = requested
        self._count_dupes()
        self.endResetModel()

    def has_content(self) -> bool:
        """True once rows were built or restored (even if all were deleted since)."""
        return bool(self._rows or self._requested)

    def merge_instances(
        self,
        instances: Sequence[Instance],
        *,
        folder_names: Mapping[int, str] | None = None,
        note_fields: Mapping[int, str] | None = None,
    ) -> MergeResult:
        """The preview asked for again with ``instances`` (one undoable command).

        Rows of instances not asked for before are appended (built with the rows' options);
        rows of instances no longer asked for leave unless they hold hand edits; every other
        row stays as it is, with its edits and place. Instances whose rows the user deleted
        stay deleted.
        """
        wanted = {i.instance_id for i in instances}
        folders = {**self._folder_names, **(folder_names or {})}
        notes = {**self._note_fields, **(note_fields or {})}
        removed = [
            (pos, row)
            for pos, row in enumerate(self._rows)
            if row.instance_id not in wanted and not row.edited
        ]
        kept_edited = sum(1 for r in self._rows if r.instance_id not in wanted and r.edited)
        present = {r.instance_id for r in self._rows}
        known = self._requested | present
        new: list[Instance] = []
        for inst in instances:  # each new record once, in the order given
            if inst.instance_id not in known:
                known.add(inst.instance_id)
                new.append(inst)
        kept_deleted = sum(1 for i in wanted if i in self._requested and i not in present)
        old_names = (self._folder_names, self._note_fields)
        self._folder_names, self._note_fields = folders, notes
        try:
            added = self._build(new)
        finally:
            self._folder_names, self._note_fields = old_names
        if removed or added:
            text = QCoreApplication.translate("PreviewModel", "Preview again: %1 added, %2 removed")
            text = text.replace("%1", str(len(added))).replace("%2", str(len(removed)))
            self.undo_stack.push(MergeCommand(self, removed, added, wanted, (folders, notes), text))
        else:  # no row changes: nothing to undo, only what was asked for is remembered
            self._requested, self._folder_names, self._note_fields = wanted, folders, notes
        return MergeResult(
            added=len(added),
            removed=len(removed),
            kept_edited=kept_edited,
            kept_deleted=kept_deleted,
            edited_rows=sum(1 for r in self._rows if r.edited),
        )

    def _build(self, instances: Sequence[Instance]) -> list[PreviewRow]:
        built = build_rows(
            instances,
            self._options,
            folder_names=self._folder_names,
            note_fields=self._note_fields,
            tz=self._tz,
        )
        return [
            PreviewRow(inst, cells, list(cells))
            for inst, cells in zip(instances, built, strict=True)
        ]

    # ---- unsaved changes and drafts -----------------------------------------------------
    def is_modified(self) -> bool:
        """True when the rows changed since they were built, restored or last saved."""
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        """The rows as they are now were written to a file."""
        self.undo_stack.setClean()

    @property
    def changed_at(self) -> datetime | None:
        """When the rows were last changed (an edit, move, undo…), None if never."""
        return self._changed_at

    def _note_change(self, _index: int = 0) -> None:
        self._changed_at = datetime.now(UTC)

    def draft(self, folder_label: str = "") -> dict[str, Any]:
        """The rows as they are, JSON-ready (see :mod:`core.draft`); read back with
        :meth:`load_draft`."""
        return draft_document(
            (DraftRow(r.instance_id, r.cells, r.template, r.edited) for r in self._rows),
            self._options,
            folder_names=self._folder_names,
            note_fields=self._note_fields,
            edited_at=self._changed_at,
            folder_label=folder_label,
            requested=self._requested,
        )

    def load_draft(
        self,
        draft: Any,
        instances_by_id: Mapping[int, Instance],
        *,
        folder_names: Mapping[int, str] | None = None,
        note_fields: Mapping[int, str] | None = None,
        tz: tzinfo | None = None,
    ) -> int:
        """Show the rows of a :meth:`draft`; returns how many rows were restored.

        Rows whose instance is not in ``instances_by_id`` (gone from the collection) or that are
        malformed are left out with a log warning. When nothing can be restored the model is
        left as it was and 0 is returned. Into an empty model the restored rows count as unsaved
        and the undo history starts again from them; rows already in the model are replaced by
        one undoable command instead. ``folder_names``/``note_fields`` (the current ones) win
        over those kept in the draft.
        """
        restored = restore_rows(
            draft, instances_by_id, folder_names=folder_names, note_fields=note_fields, tz=tz
        )
        if restored is None:
            return 0
        state, edited_at = restored
        if self.has_content():  # rows on screen: replaced by one command that Undo takes back
            self.undo_stack.push(
                ReplaceCommand(
                    self,
                    state,
                    QCoreApplication.translate("PreviewModel", "Restore the unsaved preview"),
                )
            )
        else:
            self._tz = tz
            self._apply_snapshot(state)
            self.undo_stack.clear()
            self.undo_stack.resetClean()  # restored rows are not saved anywhere yet
        self._changed_at = edited_at or datetime.now(UTC)
        return len(state.rows)

    # ---- editing ------------------------------------------------------------------------
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.row() >= len(self._rows):
            return False
        text = "" if value is None else str(value)  # kept as written, "\r" too (core.text)
        if text == self._rows[index.row()].cells[index.column()]:
            return True
        self.undo_stack.push(EditCommand(self, index.row(), index.column(), text))
        return True

    def edit_cell(self, row: int, column: int | str, value: str) -> bool:
        col = COLUMN_INDEX[column] if isinstance(column, str) else column
        return self.setData(self.index(row, col), value)

    # ---- row operations (all undoable) --------------------------------------------------
    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count <= 0 or row < 0 or row + count > len(self._rows):
            return False
        self.delete_rows(range(row, row + count))
        return True

    def delete_rows(self, rows: Iterable[int]) -> None:
        wanted = sorted({r for r in rows if 0 <= r < len(self._rows)})
        if wanted:
            self.undo_stack.push(RemoveCommand(self, wanted))

    def duplicate_rows(self, rows: Iterable[int]) -> list[int]:
        """Put a copy after each of ``rows`` (FileName made unique); returns the new rows."""
        wanted = sorted({r for r in rows if 0 <= r < len(self._rows)})
        if not wanted:
            return []
        used = {r.cells[FILE_NAME_COL].casefold() for r in self._rows}
        inserts: list[tuple[int, PreviewRow]] = []
        for shift, r in enumerate(wanted):
            copy = self._rows[r].copy()
            name = copy.cells[FILE_NAME_COL] or str(copy.instance.release_id)
            copy.cells[FILE_NAME_COL] = unique_name(name, used)
            copy.edited.add(FILE_NAME_COL)
            inserts.append((r + 1 + shift, copy))
        self.undo_stack.push(
            InsertCommand(
                self, inserts, QCoreApplication.translate("PreviewModel", "Duplicate rows")
            )
        )
        return [pos for pos, _ in inserts]

    def reset_rows(self, rows: Iterable[int]) -> None:
        """Give rows back the cells their template makes (edits dropped)."""
        wanted = sorted({r for r in rows if 0 <= r < len(self._rows)})
        if not wanted:
            return
        changes = []
        for r in wanted:
            item = self._rows[r]
            fresh = list(item.template)
            others = {x.cells[FILE_NAME_COL].casefold() for i, x in enumerate(self._rows) if i != r}
            edited: set[int] = set()
            if fresh[FILE_NAME_COL].casefold() in others:
                fresh[FILE_NAME_COL] = unique_name(fresh[FILE_NAME_COL], others)
                edited.add(FILE_NAME_COL)
            changes.append((r, fresh, edited))
        self.undo_stack.push(ResetCommand(self, changes))

    def move_rows(self, rows: Iterable[int], destination: int) -> bool:
        """Move ``rows`` (any selection) so they sit together before row ``destination``.

        ``destination`` counts rows before the move (``rowCount()`` means "at the end").
        """
        wanted = sorted({r for r in rows if 0 <= r < len(self._rows)})
        destination = max(0, min(destination, len(self._rows)))
        if not wanted:
            return False
        target = destination - sum(1 for r in wanted if r < destination)
        if wanted == list(range(target, target + len(wanted))):
            return False
        objects = [self._rows[r] for r in wanted]
        placement = [(obj, target + i) for i, obj in enumerate(objects)]
        self.undo_stack.push(MoveCommand(self, placement, list(zip(objects, wanted, strict=True))))
        return True

    def moveRows(
        self,
        sourceParent: _Index,
        sourceRow: int,
        count: int,
        destinationParent: _Index,
        destinationChild: int,
    ) -> bool:
        if sourceParent.isValid() or destinationParent.isValid() or count <= 0:
            return False
        if sourceRow < 0 or sourceRow + count > len(self._rows):
            return False
        if sourceRow <= destinationChild <= sourceRow + count:
            return False
        return self.move_rows(range(sourceRow, sourceRow + count), destinationChild)

    def rebuild(self, options: ExportOptions, *, keep_edits: bool) -> None:
        """Build every row again with ``options`` (undoable); optionally keep edited cells."""
        old_options = self._options
        self._options = options
        try:
            fresh = self._build([r.instance for r in self._rows])
        finally:
            self._options = old_options
        states: list[RowState] = []
        for new, old in zip(fresh, self._rows, strict=True):
            cells, edited = list(new.cells), set()
            if keep_edits:
                for col in old.edited:
                    cells[col] = old.cells[col]
                edited = {c for c in old.edited if cells[c] != new.template[c]}
            states.append((cells, list(new.template), edited))
        self.undo_stack.push(RebuildCommand(self, options, states))

    # ---- drag and drop ------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME, CSV_MIME, TEXT_MIME]

    def mimeData(self, indexes: Sequence[_Index]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return self.mime_for_rows(rows)

    def mime_for_rows(self, rows: Sequence[int]) -> QMimeData:
        """Our row payload plus the rows as CSV (``text/csv`` and ``text/plain``)."""
        mime = QMimeData()
        payload = {"model": self.identity, "rows": list(rows)}
        mime.setData(ROWS_MIME, QByteArray(json.dumps(payload).encode("utf-8")))
        text = self.csv_for_rows(rows)
        mime.setData(CSV_MIME, QByteArray(text.encode("utf-8")))
        mime.setText(text)
        return mime

    def _payload_rows(self, data: QMimeData | None) -> list[int] | None:
        if data is None or not data.hasFormat(ROWS_MIME):
            return None
        try:
            payload = json.loads(bytes(data.data(ROWS_MIME).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(payload, dict) or payload.get("model") != self.identity:
            return None
        rows = payload.get("rows")
        if not isinstance(rows, list) or not all(isinstance(r, int) for r in rows):
            return None
        if not rows or any(not 0 <= r < len(self._rows) for r in rows):
            return None
        return rows

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        return self._payload_rows(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        rows = self._payload_rows(data)
        if rows is None or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        if action == Qt.DropAction.CopyAction:
            return self._copy_rows_to(rows, row)
        self.move_rows(rows, row)
        return True

    def _copy_rows_to(self, rows: Sequence[int], destination: int) -> bool:
        used = {r.cells[FILE_NAME_COL].casefold() for r in self._rows}
        inserts = []
        for shift, r in enumerate(sorted(set(rows))):
            copy = self._rows[r].copy()
            copy.cells[FILE_NAME_COL] = unique_name(copy.cells[FILE_NAME_COL] or "row", used)
            copy.edited.add(FILE_NAME_COL)
            inserts.append((destination + shift, copy))
        self.undo_stack.push(
            InsertCommand(self, inserts, QCoreApplication.translate("PreviewModel", "Copy rows"))
        )
        return True
