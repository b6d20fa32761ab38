"""The table's collection field columns (Media Condition, Shelf, ...): after the fixed
:class:`Column` ones, keyed by field id so that a field renamed on Discogs keeps its column.
Qt-free: what the columns are and how a new field list changes them; the model says it to Qt."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ...core.fields import NoteFields, field_options, option_ranks
from .release_keys import Column, Row

FIRST_FIELD_COLUMN = len(Column)
#: A field with more distinct values than this (free text, like Notes) gets no value filter.
MAX_FACET_VALUES = 40


@dataclass(frozen=True, slots=True)
class FieldChange:
    """What a new field list does to the columns, in the order to apply it."""

    removed: tuple[int, ...]  # columns to remove, last first (indexes before any removal)
    renamed: tuple[int, ...]  # columns (after the removals) whose title changed
    added: tuple[tuple[int, str], ...]  # (field id, name) appended at the end


class FieldColumns:
    """Field id and name per field column, in column order, and the order of each dropdown
    field's options (its sort order)."""

    def __init__(self) -> None:
        self._fields: list[tuple[int, str]] = []
        self._options: dict[int, tuple[str, ...]] = {}
        self._ranks: dict[int, dict[str, int]] = {}

    def __len__(self) -> int:
        return len(self._fields)

    def items(self) -> list[tuple[int, str]]:
        return list(self._fields)

    def names(self) -> NoteFields:
        """Field id → name in column order, with the dropdowns' options."""
        return NoteFields(self._fields, self._options)

    def field_id(self, column: int) -> int | None:
        """The field shown in ``column``; None for a fixed column or one out of range."""
        index = column - FIRST_FIELD_COLUMN
        return self._fields[index][0] if 0 <= index < len(self._fields) else None

    def name(self, column: int) -> str:
        index = column - FIRST_FIELD_COLUMN
        return self._fields[index][1] if 0 <= index < len(self._fields) else ""

    def column(self, field_id: int) -> int:
        """The column of ``field_id``, or -1."""
        for index, (fid, _) in enumerate(self._fields):
            if fid == field_id:
                return FIRST_FIELD_COLUMN + index
        return -1

    def plan(self, fields: Mapping[int, str]) -> FieldChange:
        """How the columns change to show ``fields`` (id → name): gone ones removed, renamed
        ones retitled, new ones appended."""
        removed = tuple(
            FIRST_FIELD_COLUMN + i
            for i in reversed(range(len(self._fields)))
            if self._fields[i][0] not in fields
        )
        kept = [(fid, name) for fid, name in self._fields if fid in fields]
        renamed = tuple(
            FIRST_FIELD_COLUMN + i for i, (fid, name) in enumerate(kept) if fields[fid] != name
        )
        known = {fid for fid, _ in kept}
        added = tuple((fid, name) for fid, name in fields.items() if fid not in known)
        return FieldChange(removed, renamed, added)

    def remove(self, column: int) -> None:
        del self._fields[column - FIRST_FIELD_COLUMN]

    def rename(self, fields: Mapping[int, str]) -> None:
        self._fields = [(fid, fields.get(fid, name)) for fid, name in self._fields]

    def append(self, added: Iterable[tuple[int, str]]) -> None:
        self._fields.extend(added)

    def ranks(self, field_id: int) -> dict[str, int]:
        """The place of each option of dropdown field ``field_id`` (empty: a text field)."""
        return self._ranks.get(field_id, {})

    def set_options(self, fields: Mapping[int, str]) -> set[int]:
        """Take the dropdown options of ``fields`` (a :class:`~...core.fields.NoteFields`);
        returns the fields whose option order changed."""
        self._options = {fid: field_options(fields, fid) for fid in fields}
        ranks = {fid: option_ranks(o) for fid, o in self._options.items() if o}
        changed = {
            fid for fid in set(ranks) | set(self._ranks) if ranks.get(fid) != self._ranks.get(fid)
        }
        self._ranks = ranks
        return changed


def count_field_values(
    rows: Iterable[Row], counts: dict[int, dict[str, int]] | None = None
) -> dict[int, dict[str, int]]:
    """Add how many ``rows`` have each non-empty value of each field (field id → value →
    rows): the value filter's choices."""
    counts = {} if counts is None else counts
    for row in rows:
        for fid, value in row.inst.notes:
            if value:
                per_field = counts.get(fid)
                if per_field is None:
                    per_field = counts[fid] = {}
                per_field[value] = per_field.get(value, 0) + 1
    return counts
