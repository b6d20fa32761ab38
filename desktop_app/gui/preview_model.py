"""The editable export preview: one row of 30 QR Factory cells per checked instance.

Rows are built by :func:`core.qrfactory.build_rows` and keep the instance they came from and the
cells the user changed. Every change (edit, move, delete, duplicate, reset, rebuild) is a command
on the model's :class:`QUndoStack`. Rows can be dragged within the view (own MIME type carrying
row numbers and the model's identity); the same drag carries the rows as CSV text for other
programs.

The rows as they are (cells, template cells, edited marks, order, options) can be turned into a
JSON-ready *draft* with :meth:`PreviewModel.draft` and read back with
:meth:`PreviewModel.load_draft`, so unsaved work survives closing the app.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette, QUndoCommand, QUndoStack

from ..core.csvio import csv_text
from ..core.qrfactory import (
    COLOR_COLUMNS,
    COLUMN_INDEX,
    COLUMNS,
    DEFAULTS,
    ExportOptions,
    build_rows,
    duplicate_file_names,
    unique_name,
    validate_cell,
)
from ..core.release import Instance
from .icons import icon
from .preview_delegates import swatch

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

ROWS_MIME = "application/x-discogs-qr-rows"
CSV_MIME = "text/csv"
TEXT_MIME = "text/plain"
FILE_NAME_COL = COLUMN_INDEX["FileName"]
BOTTOM_TEXT_COL = COLUMN_INDEX["BottomText"]
_ERROR_TINT = QColor(220, 50, 47)

#: A row's cells, template cells and edited columns (what a rebuild changes and undo restores).
_RowState = tuple[list[str], list[str], set[int]]

#: The draft format written by :meth:`PreviewModel.draft`; other versions are not read.
DRAFT_VERSION = 1


class Role(IntEnum):
    INSTANCE_ID = int(Qt.ItemDataRole.UserRole) + 1
    EDITED = int(Qt.ItemDataRole.UserRole) + 2
    ISSUE = int(Qt.ItemDataRole.UserRole) + 3
    COLUMN_NAME = int(Qt.ItemDataRole.UserRole) + 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreviewModel", text)


@dataclass(eq=False)
class PreviewRow:
    """One preview row: its cells, the instance it came from and which columns were edited."""

    instance: Instance
    cells: list[str]
    template: list[str]
    edited: set[int] = field(default_factory=set)

    @property
    def instance_id(self) -> int:
        return self.instance.instance_id

    def copy(self) -> PreviewRow:
        return PreviewRow(self.instance, list(self.cells), list(self.template), set(self.edited))


class PreviewModel(QAbstractTableModel):
    """Rows of the CSV about to be saved; all 30 columns editable, every change undoable."""

    #: Emitted after any change to the rows (for problem counts and titles).
    rowsEdited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.identity = uuid.uuid4().hex
        self.undo_stack = QUndoStack(self)
        self._rows: list[PreviewRow] = []
        self._dupes: dict[int, str] = {}
        self._options = ExportOptions()
        self._folder_names: dict[int, str] = {}
        self._note_fields: dict[int, str] = {}
        self._tz: tzinfo | None = None
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
        rows = self._build(instances)
        self.undo_stack.clear()
        self._changed_at = None
        self.beginResetModel()
        self._rows = rows
        self._dupes = duplicate_file_names([r.cells for r in rows])
        self.endResetModel()

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

    @property
    def options(self) -> ExportOptions:
        return self._options

    @property
    def note_fields(self) -> dict[int, str]:
        return dict(self._note_fields)

    @property
    def folder_names(self) -> dict[int, str]:
        return dict(self._folder_names)

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

    def draft(self) -> dict[str, Any]:
        """The rows as they are, JSON-ready: order (with copies), cells, template cells, edited
        marks, and what they were built with. Read back with :meth:`load_draft`."""
        options = self._options
        changed = self._changed_at or datetime.now(UTC)
        return {
            "version": DRAFT_VERSION,
            "edited_at": changed.isoformat(),
            "columns": list(COLUMNS),
            "options": {
                "values": {k: options.value(k) for k in DEFAULTS},
                "use_anv": options.use_anv,
                "unknown_year": options.unknown_year,
                "neutralise_formulas": options.neutralise_formulas,
            },
            "folder_names": {str(k): v for k, v in self._folder_names.items()},
            "note_fields": {str(k): v for k, v in self._note_fields.items()},
            "rows": [
                {
                    "instance_id": r.instance_id,
                    "cells": list(r.cells),
                    "template": list(r.template),
                    "edited": sorted(r.edited),
                }
                for r in self._rows
            ],
        }

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
        left as it was and 0 is returned. The restored rows count as unsaved (and the undo
        history starts again from them). ``folder_names``/``note_fields`` (the current ones)
        win over those kept in the draft.
        """
        info = draft_info(draft)
        if info is None:
            return 0
        assert isinstance(draft, Mapping)
        options = _options_from(draft.get("options"))
        names = dict(folder_names) if folder_names else _int_keyed(draft.get("folder_names"))
        notes = dict(note_fields) if note_fields else _int_keyed(draft.get("note_fields"))
        parsed: list[tuple[Instance, list[str], list[str] | None, set[int]]] = []
        gone = bad = 0
        for entry in draft["rows"]:
            row = _row_from(entry)
            if row is None:
                bad += 1
                continue
            iid, cells, template, edited = row
            inst = instances_by_id.get(iid)
            if inst is None:
                gone += 1
                continue
            parsed.append((inst, cells, template, edited))
        if bad:
            log.warning("preview draft: %d malformed row(s) left out", bad)
        if gone:
            log.warning("preview draft: %d row(s) of instances no longer known left out", gone)
        if not parsed:
            return 0
        # Rows saved without a usable template get theirs built again from the instance.
        missing = [inst for inst, _c, template, _e in parsed if template is None]
        fresh: list[list[str]] = []
        if missing:
            fresh = build_rows(missing, options, folder_names=names, note_fields=notes, tz=tz)
        fresh_iter = iter(fresh)
        rows = []
        for inst, cells, template, edited in parsed:
            base = template if template is not None else list(next(fresh_iter))
            rows.append(PreviewRow(inst, cells, base, edited))
        self._options = options
        self._folder_names = names
        self._note_fields = notes
        self._tz = tz
        self.undo_stack.clear()
        self.beginResetModel()
        self._rows = rows
        self._dupes = duplicate_file_names([r.cells for r in rows])
        self.endResetModel()
        self.undo_stack.resetClean()  # restored rows are not saved anywhere yet
        self._changed_at = info.edited_at or datetime.now(UTC)
        return len(rows)

    # ---- reading ------------------------------------------------------------------------
    def rows(self) -> list[list[str]]:
        """The cells of every row, in order (what would be saved)."""
        return [list(r.cells) for r in self._rows]

    def row_object(self, row: int) -> PreviewRow:
        return self._rows[row]

    def instance_ids(self) -> list[int]:
        return [r.instance_id for r in self._rows]

    def instances(self) -> list[Instance]:
        return [r.instance for r in self._rows]

    def cell(self, row: int, column: int | str) -> str:
        col = COLUMN_INDEX[column] if isinstance(column, str) else column
        return self._rows[row].cells[col]

    def is_edited(self, row: int, column: int | str) -> bool:
        col = COLUMN_INDEX[column] if isinstance(column, str) else column
        return col in self._rows[row].edited

    def issue(self, row: int, column: int) -> str | None:
        """Why the cell is invalid, or None."""
        if column == FILE_NAME_COL and row in self._dupes:
            message = validate_cell(COLUMNS[column], self._rows[row].cells[column])
            return message or self._dupes[row]
        return validate_cell(COLUMNS[column], self._rows[row].cells[column])

    def issues(self) -> list[tuple[int, int, str]]:
        """Every invalid cell as (row, column, message), in reading order."""
        found = []
        for r in range(len(self._rows)):
            for c in range(len(COLUMNS)):
                message = self.issue(r, c)
                if message:
                    found.append((r, c, message))
        return found

    def first_issue(self) -> tuple[int, int, str] | None:
        for r in range(len(self._rows)):
            for c in range(len(COLUMNS)):
                message = self.issue(r, c)
                if message:
                    return r, c, message
        return None

    def csv_for_rows(self, rows: Iterable[int]) -> str:
        """Header and the given rows as CSV text (CRLF, RFC 4180)."""
        return csv_text([self._rows[r].cells for r in rows])

    # ---- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(COLUMNS):
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Role.COLUMN_NAME):
                return COLUMNS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr("QR Factory 3 column “%1”").replace("%1", COLUMNS[section])
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = index.row(), index.column()
        item = self._rows[row]
        value = item.cells[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Role.INSTANCE_ID:
            return item.instance_id
        if role == Role.EDITED:
            return col in item.edited
        if role == Role.COLUMN_NAME:
            return COLUMNS[col]
        if role == Role.ISSUE:
            return self.issue(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.DecorationRole:
            if self.issue(row, col):
                return icon("warning")
            if COLUMNS[col] in COLOR_COLUMNS:
                return swatch(QColor(value.strip()))
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.issue(row, col):
                return QBrush(_error_background())
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.issue(row, col):
                return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.Text))
            return None
        if role == Qt.ItemDataRole.FontRole and col in item.edited:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.issue(row, col) or ""
        return None

    def _tooltip(self, row: int, col: int) -> str:
        item = self._rows[row]
        parts = []
        message = self.issue(row, col)
        if message:
            parts.append(_tr("Problem: %1").replace("%1", message))
        if col in item.edited:
            parts.append(
                _tr("Edited by you (template gives “%1”).").replace("%1", item.template[col])
            )
        if col == BOTTOM_TEXT_COL or len(item.cells[col]) > 40:
            parts.append(item.cells[col])
        return "\n".join(parts)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.row() >= len(self._rows):
            return False
        text = "" if value is None else str(value)
        if index.column() == BOTTOM_TEXT_COL:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text == self._rows[index.row()].cells[index.column()]:
            return True
        self.undo_stack.push(_EditCommand(self, index.row(), index.column(), text))
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
            self.undo_stack.push(_RemoveCommand(self, wanted))

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
        self.undo_stack.push(_InsertCommand(self, inserts, _tr("Duplicate rows")))
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
        self.undo_stack.push(_ResetCommand(self, changes))

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
        self.undo_stack.push(_MoveCommand(self, placement, list(zip(objects, wanted, strict=True))))
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
        states: list[_RowState] = []
        for new, old in zip(fresh, self._rows, strict=True):
            cells, edited = list(new.cells), set()
            if keep_edits:
                for col in old.edited:
                    cells[col] = old.cells[col]
                edited = {c for c in old.edited if cells[c] != new.template[c]}
            states.append((cells, list(new.template), edited))
        self.undo_stack.push(_RebuildCommand(self, options, states))

    # ---- primitives used by the commands ------------------------------------------------
    def _refresh_dupes(self) -> None:
        old = self._dupes
        self._dupes = duplicate_file_names([r.cells for r in self._rows])
        changed = set(old) ^ set(self._dupes)
        changed |= {r for r in set(old) & set(self._dupes) if old[r] != self._dupes[r]}
        for r in sorted(changed):
            if r < len(self._rows):
                idx = self.index(r, FILE_NAME_COL)
                self.dataChanged.emit(idx, idx)

    def _set_cell(self, row: int, col: int, value: str, edited: bool) -> None:
        item = self._rows[row]
        item.cells[col] = value
        if edited:
            item.edited.add(col)
        else:
            item.edited.discard(col)
        idx = self.index(row, col)
        self.dataChanged.emit(idx, idx)
        if col == FILE_NAME_COL:
            self._refresh_dupes()

    def _replace_row(self, row: int, cells: list[str], edited: set[int]) -> None:
        item = self._rows[row]
        item.cells = list(cells)
        item.edited = set(edited)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self._refresh_dupes()

    def _insert(self, position: int, item: PreviewRow) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, item)
        self.endInsertRows()
        self._recount_dupes()

    def _remove(self, position: int) -> PreviewRow:
        self.beginRemoveRows(QModelIndex(), position, position)
        item = self._rows.pop(position)
        self.endRemoveRows()
        self._recount_dupes()
        return item

    def _move_one(self, source: int, final: int) -> None:
        if source == final:
            return
        child = final + 1 if final > source else final
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), child)
        self._rows.insert(final, self._rows.pop(source))
        self.endMoveRows()

    def _place(self, placement: Sequence[tuple[PreviewRow, int]]) -> None:
        """Move each row object to its final position; the other rows keep their order.

        Rows moving up are placed first (top to bottom), then rows moving down (bottom to top),
        so a placed row is never shifted by a later move.
        """
        ordered = sorted(placement, key=lambda p: p[1])
        position = {id(r): i for i, r in enumerate(self._rows)}
        ups = [(obj, t) for obj, t in ordered if position[id(obj)] > t]
        downs = [(obj, t) for obj, t in ordered if position[id(obj)] < t]
        for obj, target in ups:
            self._move_one(self._index_of(obj), target)
        for obj, target in reversed(downs):
            self._move_one(self._index_of(obj), target)
        self._recount_dupes()

    def _index_of(self, obj: PreviewRow) -> int:
        for i, r in enumerate(self._rows):
            if r is obj:
                return i
        raise ValueError("row not in model")

    def _recount_dupes(self) -> None:
        """After rows came, went or moved: which copy counts as "the later one" may change."""
        had = bool(self._dupes)
        self._dupes = duplicate_file_names([r.cells for r in self._rows])
        if had or self._dupes:
            self._emit_all_file_names()

    def _emit_all_file_names(self) -> None:
        if self._rows:
            top = self.index(0, FILE_NAME_COL)
            bottom = self.index(len(self._rows) - 1, FILE_NAME_COL)
            self.dataChanged.emit(top, bottom)

    def _restore(self, options: ExportOptions, states: Sequence[_RowState]) -> None:
        """Give every row new cells, template and edit marks (same row objects, same order)."""
        self.beginResetModel()
        self._options = options
        for item, (cells, template, edited) in zip(self._rows, states, strict=True):
            item.cells, item.template, item.edited = list(cells), list(template), set(edited)
        self._dupes = duplicate_file_names([r.cells for r in self._rows])
        self.endResetModel()

    def _states(self) -> list[_RowState]:
        return [(list(r.cells), list(r.template), set(r.edited)) for r in self._rows]

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
        self.undo_stack.push(_InsertCommand(self, inserts, _tr("Copy rows")))
        return True


@dataclass(frozen=True, slots=True)
class DraftInfo:
    """What a stored draft holds, read without building rows (for the restore question)."""

    rows: int
    edited_at: datetime | None
    instance_ids: list[int]
    folder_label: str = ""


def draft_info(draft: Any) -> DraftInfo | None:
    """Check a draft's shape; None (and a log warning) when it cannot be used at all.

    Only the outer shape is checked here; single bad rows are left out by ``load_draft``.
    """
    if draft is None:
        return None
    if not isinstance(draft, Mapping):
        log.warning("preview draft ignored: not an object (%s)", type(draft).__name__)
        return None
    if draft.get("version") != DRAFT_VERSION:
        log.warning("preview draft ignored: unknown version %r", draft.get("version"))
        return None
    if draft.get("columns", list(COLUMNS)) != list(COLUMNS):
        log.warning("preview draft ignored: made for other columns")
        return None
    rows = draft.get("rows")
    if not isinstance(rows, list):
        log.warning("preview draft ignored: no row list")
        return None
    ids = [
        r["instance_id"]
        for r in rows
        if isinstance(r, Mapping) and type(r.get("instance_id")) is int
    ]
    label = draft.get("folder_label")
    return DraftInfo(
        rows=len(rows),
        edited_at=_parse_time(draft.get("edited_at")),
        instance_ids=ids,
        folder_label=label if isinstance(label, str) else "",
    )


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _cell_list(value: Any) -> list[str] | None:
    ok = isinstance(value, list) and len(value) == len(COLUMNS)
    return list(value) if ok and all(isinstance(v, str) for v in value) else None


def _row_from(entry: Any) -> tuple[int, list[str], list[str] | None, set[int]] | None:
    """(instance id, cells, template cells or None, edited columns) of a draft row, or None."""
    if not isinstance(entry, Mapping):
        return None
    iid = entry.get("instance_id")
    cells = _cell_list(entry.get("cells"))
    if type(iid) is not int or cells is None:
        return None
    template = _cell_list(entry.get("template"))
    marks = entry.get("edited")
    edited = (
        {c for c in marks if type(c) is int and 0 <= c < len(COLUMNS)}
        if isinstance(marks, list)
        else set()
    )
    return iid, cells, template, edited


def _options_from(value: Any) -> ExportOptions:
    """Export options kept in a draft; anything missing or of the wrong type is the default."""
    default = ExportOptions()
    if not isinstance(value, Mapping):
        return default
    values = dict(DEFAULTS)
    given = value.get("values")
    if isinstance(given, Mapping):
        values.update({k: v for k, v in given.items() if k in DEFAULTS and isinstance(v, str)})
    use_anv = value.get("use_anv")
    unknown_year = value.get("unknown_year")
    neutralise = value.get("neutralise_formulas")
    return ExportOptions(
        values=values,
        use_anv=use_anv if isinstance(use_anv, bool) else default.use_anv,
        unknown_year=unknown_year if isinstance(unknown_year, str) else default.unknown_year,
        neutralise_formulas=(
            neutralise if isinstance(neutralise, bool) else default.neutralise_formulas
        ),
    )


def _int_keyed(value: Any) -> dict[int, str]:
    """``{"12": "name"}`` (JSON object keys are text) back to ``{12: "name"}``."""
    if not isinstance(value, Mapping):
        return {}
    out: dict[int, str] = {}
    for key, name in value.items():
        try:
            number = int(key)
        except (TypeError, ValueError):
            continue
        if isinstance(name, str):
            out[number] = name
    return out


def _error_background() -> QColor:
    """A red tint over the palette's base colour: readable in light and dark themes."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    mix = 0.28

    def blend(a: int, b: int) -> int:
        return round(a * (1 - mix) + b * mix)

    return QColor(
        blend(base.red(), _ERROR_TINT.red()),
        blend(base.green(), _ERROR_TINT.green()),
        blend(base.blue(), _ERROR_TINT.blue()),
    )


# ---- undo commands ---------------------------------------------------------------------------
class _EditCommand(QUndoCommand):
    def __init__(self, model: PreviewModel, row: int, col: int, value: str) -> None:
        super().__init__(
            _tr("Edit %1 in row %2").replace("%1", COLUMNS[col]).replace("%2", str(row + 1))
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


class _RemoveCommand(QUndoCommand):
    def __init__(self, model: PreviewModel, rows: list[int]) -> None:
        text = _tr("Delete %n row(s)").replace("%n", str(len(rows)))
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


class _InsertCommand(QUndoCommand):
    def __init__(
        self, model: PreviewModel, inserts: list[tuple[int, PreviewRow]], text: str
    ) -> None:
        super().__init__(text)
        self.model = model
        self.inserts = sorted(inserts, key=lambda p: p[0])

    def redo(self) -> None:
        for position, item in self.inserts:
            self.model._insert(position, item)

    def undo(self) -> None:
        for position, _item in reversed(self.inserts):
            self.model._remove(position)


class _MoveCommand(QUndoCommand):
    def __init__(
        self,
        model: PreviewModel,
        placement: list[tuple[PreviewRow, int]],
        original: list[tuple[PreviewRow, int]],
    ) -> None:
        super().__init__(_tr("Move %n row(s)").replace("%n", str(len(placement))))
        self.model, self.placement, self.original = model, placement, original

    def redo(self) -> None:
        self.model._place(self.placement)

    def undo(self) -> None:
        self.model._place(self.original)


class _ResetCommand(QUndoCommand):
    def __init__(self, model: PreviewModel, changes: list[tuple[int, list[str], set[int]]]) -> None:
        super().__init__(_tr("Reset %n row(s)").replace("%n", str(len(changes))))
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


class _RebuildCommand(QUndoCommand):
    def __init__(
        self, model: PreviewModel, options: ExportOptions, states: list[_RowState]
    ) -> None:
        super().__init__(_tr("Apply template"))
        self.model = model
        self.new = (options, states)
        self.old = (model.options, model._states())

    def redo(self) -> None:
        self.model._restore(*self.new)

    def undo(self) -> None:
        self.model._restore(*self.old)
