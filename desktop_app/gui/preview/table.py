"""The rows of the export preview and the table model that shows them (read side).

:class:`RowTable` keeps the rows, answers Qt's read calls (cells, tooltips, problem marks) and has
the small primitives the undo commands of ``preview_commands`` use to change rows. The editing
API (every change an undoable command) is :class:`~.preview_model.PreviewModel`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from ...core.csvio import csv_text
from ...core.draft import draft_info, draft_names, draft_options, draft_requested, draft_rows
from ...core.qrfactory import (
    COLOR_COLUMNS,
    COLUMN_INDEX,
    COLUMNS,
    ExportOptions,
    build_rows,
    duplicate_file_names,
    validate_cell,
)
from ...core.release import Instance
from ..i18n import text as translated
from ..icons import icon
from .delegates import swatch

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

FILE_NAME_COL = COLUMN_INDEX["FileName"]
BOTTOM_TEXT_COL = COLUMN_INDEX["BottomText"]
_ERROR_TINT = QColor(220, 50, 47)

#: A row's cells, template cells and edited columns (what a rebuild changes and undo restores).
RowState = tuple[list[str], list[str], set[int]]


class Role(IntEnum):
    INSTANCE_ID = int(Qt.ItemDataRole.UserRole) + 1
    EDITED = int(Qt.ItemDataRole.UserRole) + 2
    ISSUE = int(Qt.ItemDataRole.UserRole) + 3
    COLUMN_NAME = int(Qt.ItemDataRole.UserRole) + 4


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


@dataclass(slots=True)
class Snapshot:
    """Everything a whole-preview change replaces (rows are the same objects, in order)."""

    rows: list[PreviewRow]
    options: ExportOptions
    folder_names: dict[int, str]
    note_fields: dict[int, str]
    requested: set[int]


def restore_rows(
    draft: Any,
    instances_by_id: Mapping[int, Instance],
    *,
    folder_names: Mapping[int, str] | None = None,
    note_fields: Mapping[int, str] | None = None,
    tz: tzinfo | None = None,
) -> tuple[Snapshot, datetime | None] | None:
    """The rows of a draft (``core.draft``) whose instances are known, and when it was edited;
    None when nothing can be restored. Bad rows and rows of unknown instances are left out
    with a log warning; the given ``folder_names``/``note_fields`` win over the draft's."""
    info = draft_info(draft)
    if info is None:
        return None
    assert isinstance(draft, Mapping)
    entries, bad = draft_rows(draft)
    usable = [
        (instances_by_id[e.instance_id], e) for e in entries if e.instance_id in instances_by_id
    ]
    if bad:
        log.warning("preview draft: %d malformed row(s) left out", bad)
    if len(usable) < len(entries):
        gone = len(entries) - len(usable)
        log.warning("preview draft: %d row(s) of instances no longer known left out", gone)
    if not usable:
        return None
    options = draft_options(draft)
    names = dict(folder_names) if folder_names else draft_names(draft, "folder_names")
    notes = dict(note_fields) if note_fields else draft_names(draft, "note_fields")
    # Rows saved without a usable template get theirs built again from the instance.
    missing = [inst for inst, e in usable if e.template is None]
    fresh = iter(build_rows(missing, options, folder_names=names, note_fields=notes, tz=tz))
    rows = [
        PreviewRow(inst, e.cells, e.template if e.template is not None else next(fresh), e.edited)
        for inst, e in usable
    ]
    requested = (draft_requested(draft) or set()) | {r.instance_id for r in rows}
    return Snapshot(rows, options, names, notes, requested), info.edited_at


class RowTable(QAbstractTableModel):
    """The preview's rows as a Qt table: reading, display roles and change primitives."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._dupes: dict[int, str] = {}
        self._options = ExportOptions()
        self._folder_names: dict[int, str] = {}
        self._note_fields: dict[int, str] = {}
        self._tz: tzinfo | None = None
        #: The instances the rows were asked for (a deleted row's instance stays in here).
        self._requested: set[int] = set()

    @property
    def options(self) -> ExportOptions:
        return self._options

    @property
    def note_fields(self) -> dict[int, str]:
        return dict(self._note_fields)

    @property
    def folder_names(self) -> dict[int, str]:
        return dict(self._folder_names)

    @property
    def requested_ids(self) -> set[int]:
        """The instances the preview was asked for (rows deleted since included)."""
        return set(self._requested)

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

    def row_folder_names(self) -> list[str]:
        """The folder of each row's record, as named when the rows were built ("" unknown)."""
        return [self._folder_names.get(r.instance.folder_id, "") for r in self._rows]

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
            return translated(message) if message else self._dupes[row]
        message = validate_cell(COLUMNS[column], self._rows[row].cells[column])
        return translated(message) if message else None

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
                return QCoreApplication.translate(
                    "PreviewModel", "QR Factory 3 column “%1”"
                ).replace("%1", COLUMNS[section])
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
            parts.append(
                QCoreApplication.translate("PreviewModel", "Problem: %1").replace("%1", message)
            )
        if col in item.edited:
            parts.append(
                QCoreApplication.translate(
                    "PreviewModel", "Edited by you (template gives “%1”)."
                ).replace("%1", item.template[col])
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

    def _count_dupes(self) -> None:
        self._dupes = duplicate_file_names([r.cells for r in self._rows])

    def _recount_dupes(self) -> None:
        """After rows came, went or moved: which copy counts as "the later one" may change."""
        had = bool(self._dupes)
        self._count_dupes()
        if had or self._dupes:
            self._emit_all_file_names()

    def _emit_all_file_names(self) -> None:
        if self._rows:
            top = self.index(0, FILE_NAME_COL)
            bottom = self.index(len(self._rows) - 1, FILE_NAME_COL)
            self.dataChanged.emit(top, bottom)

    def _restore(self, options: ExportOptions, states: Sequence[RowState]) -> None:
        """Give every row new cells, template and edit marks (same row objects, same order)."""
        self.beginResetModel()
        self._options = options
        for item, (cells, template, edited) in zip(self._rows, states, strict=True):
            item.cells, item.template, item.edited = list(cells), list(template), set(edited)
        self._count_dupes()
        self.endResetModel()

    def _snapshot(self) -> Snapshot:
        return Snapshot(
            list(self._rows),
            self._options,
            dict(self._folder_names),
            dict(self._note_fields),
            set(self._requested),
        )

    def _apply_snapshot(self, state: Snapshot) -> None:
        self.beginResetModel()
        self._rows = list(state.rows)
        self._options = state.options
        self._folder_names, self._note_fields = dict(state.folder_names), dict(state.note_fields)
        self._requested = set(state.requested)
        self._count_dupes()
        self.endResetModel()

    def _states(self) -> list[RowState]:
        return [(list(r.cells), list(r.template), set(r.edited)) for r in self._rows]


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
