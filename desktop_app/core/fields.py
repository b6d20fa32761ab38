"""Collection fields (Media Condition, Sleeve Condition, Notes and the user's own, e.g. "Shelf"):
the field list with each dropdown's options, an instance's value, the sort key (a dropdown's
options in Discogs' order, text in natural order), ``FIELD=PATTERN`` matches, and the named sort
orders ("Artist", "Date added", "Shelf", ...). One implementation for the table and the command
line.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from .filters import fold, natural_sort_text
from .release import Instance

_T = TypeVar("_T")
_GLOB = re.compile(r"([*?\[])")

#: The table's fixed sortable columns (the names the command line's ``--sort`` takes too).
COLUMN_SORT_NAMES = (
    "Artist",
    "Title",
    "Year",
    "Label",
    "Cat#",
    "Format",
    "Folder",
    "Date added",
    "Rating",
)


class NoteFields(dict[int, str]):
    """The collection fields: id → name in Discogs' order (a plain mapping to whatever needs
    only the names), and :attr:`options`: each dropdown field's choices in the order Discogs
    lists them ("Mint (M)", "Near Mint (NM or M-)", ...). Text fields have none.

    Built from another :class:`NoteFields` without ``options``, its options are kept."""

    __slots__ = ("options",)

    def __init__(
        self,
        names: Mapping[int, str] | Iterable[tuple[int, str]] = (),
        options: Mapping[int, Sequence[str]] | None = None,
    ) -> None:
        super().__init__(names)
        if options is None:
            options = names.options if isinstance(names, NoteFields) else {}
        self.options: dict[int, tuple[str, ...]] = {
            int(fid): tuple(str(o) for o in choices)
            for fid, choices in options.items()
            if int(fid) in self and choices
        }

    def copy(self) -> NoteFields:
        return NoteFields(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, NoteFields) and self.options != other.options:
            return False
        return super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]


def field_options(fields: Mapping[int, str], field_id: int) -> tuple[str, ...]:
    """The options of dropdown field ``field_id`` in their order (none for a text field, or
    when ``fields`` carries only names)."""
    return fields.options.get(field_id, ()) if isinstance(fields, NoteFields) else ()


def parse_fields(raw: Iterable[Any]) -> NoteFields:
    """The ``fields`` list of ``GET /users/{u}/collection/fields`` (or of the demo collection)
    as :class:`NoteFields`; entries without a usable id and name are skipped, options kept only
    for dropdown fields."""
    names: dict[int, str] = {}
    options: dict[int, list[str]] = {}
    for entry in raw:
        if not isinstance(entry, Mapping):
            continue
        item = cast("Mapping[str, Any]", entry)
        try:
            fid, name = int(item["id"]), str(item["name"])
        except (KeyError, TypeError, ValueError):
            continue
        names[fid] = name
        choices = item.get("options")
        if item.get("type") == "dropdown" and isinstance(choices, list):
            options[fid] = [str(o) for o in choices if isinstance(o, str | int | float)]
    return NoteFields(names, options)


def field_value(inst: Instance, field_id: int) -> str:
    """The value of collection field ``field_id`` for ``inst`` ("" when it has none)."""
    for fid, value in inst.notes:
        if fid == field_id:
            return value
    return ""


def text_sort_key(text: str) -> str | None:
    """The natural, case- and accent-insensitive sort key of a text; None (last) when empty."""
    return natural_sort_text(text) or None


def field_sort_key(inst: Instance, field_id: int, options: Sequence[str] = ()) -> str | None:
    """How ``inst`` sorts by field ``field_id``: a dropdown field's ``options`` in their order
    (Mint before Near Mint), then values that are none of them; those, and every value of a text
    field, in shelf order (A2 before A10). Empty last (None)."""
    return option_sort_key(field_value(inst, field_id), option_ranks(options))


def option_ranks(options: Sequence[str]) -> dict[str, int]:
    """Each option's place (by its folded text, so "mint (m)" is "Mint (M)")."""
    ranks: dict[str, int] = {}
    for index, option in enumerate(options):
        ranks.setdefault(fold(option.strip()), index)
    return ranks


def option_sort_key(value: str, ranks: Mapping[str, int]) -> str | None:
    """The sort key of ``value`` among options ranked by :func:`option_ranks`: an option sorts
    by its place, before any other value (in natural order); empty is None.

    The key is a string: ``"\\x00"`` and the place in fixed width sort before every
    :func:`~.filters.natural_sort_text` (which starts at ``"\\x01"``)."""
    if ranks:
        rank = ranks.get(fold(value.strip()))
        if rank is not None:
            return f"\x00{rank:08d}"
    return text_sort_key(value)


def pattern_matches(value: str, pattern: str) -> bool:
    """A shell-style pattern (``*``, ``?``, ``[...]``) on the whole value, ignoring case and
    accents: ``A*`` matches "a10", ``*near mint*`` matches "Near Mint (NM or M-)"."""
    return fnmatch.fnmatchcase(fold(value.strip()), fold(pattern.strip()))


def exact_pattern(value: str) -> str:
    """A pattern that matches ``value`` only (its ``*``, ``?`` and ``[`` taken literally)."""
    return _GLOB.sub(r"[\1]", value)


@dataclass(frozen=True, slots=True)
class FieldMatch:
    """``FIELD=PATTERN``: the instance's value of the field matches the pattern."""

    field_id: int
    pattern: str

    def __call__(self, inst: Instance) -> bool:
        return pattern_matches(field_value(inst, self.field_id), self.pattern)


def matches_all(inst: Instance, matches: Iterable[FieldMatch]) -> bool:
    return all(m(inst) for m in matches)


def find_name(name: str, names: Iterable[str]) -> str | None:
    """The one of ``names`` that ``name`` means, ignoring case, accents and outer spaces."""
    wanted = fold(" ".join(name.split()))
    for candidate in names:
        if fold(" ".join(candidate.split())) == wanted:
            return candidate
    return None


def field_id_by_name(name: str, fields: Mapping[int, str]) -> int | None:
    """The id of the field called ``name`` (see :func:`find_name`), or None."""
    found = find_name(name, fields.values())
    if found is None:
        return None
    return next(fid for fid, n in fields.items() if n == found)


def parse_where(text: str, fields: Mapping[int, str]) -> FieldMatch:
    """``FIELD=PATTERN`` → a :class:`FieldMatch`; ValueError with a message naming the
    fields when the text has no ``=`` or names no field."""
    name, sep, pattern = text.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"“{text}” is not FIELD=PATTERN (for example Shelf=A*)")
    fid = field_id_by_name(name, fields)
    if fid is None:
        raise ValueError(f"no collection field “{name.strip()}”; {_choices(fields.values())}")
    return FieldMatch(fid, pattern)


InstanceKey = Callable[[Instance], Any]


def _column_keys(folder_names: Mapping[int, str]) -> dict[str, InstanceKey]:
    return {
        "Artist": lambda i: text_sort_key(i.artist()),
        "Title": lambda i: text_sort_key(i.title),
        "Year": lambda i: i.year or None,
        "Label": lambda i: text_sort_key(i.label),
        "Cat#": lambda i: text_sort_key(i.catno),
        "Format": lambda i: text_sort_key(i.format_display),
        "Folder": lambda i: text_sort_key(folder_names.get(i.folder_id, "")),
        "Date added": lambda i: i.date_added.timestamp() if i.date_added else None,
        "Rating": lambda i: i.rating or None,
    }


def sort_key_named(
    name: str, fields: Mapping[int, str], folder_names: Mapping[int, str] | None = None
) -> InstanceKey:
    """The sort key called ``name``: a column (:data:`COLUMN_SORT_NAMES`) or a collection
    field. ValueError listing the choices when there is none by that name."""
    column = find_name(name, COLUMN_SORT_NAMES)
    if column is not None:
        return _column_keys(folder_names or {})[column]
    fid = field_id_by_name(name, fields)
    if fid is None:
        names = [*COLUMN_SORT_NAMES, *fields.values()]
        raise ValueError(f"cannot sort by “{name.strip()}”; {_choices(names)}")
    ranks = option_ranks(field_options(fields, fid))
    return lambda inst: option_sort_key(field_value(inst, fid), ranks)


def known_first(
    items: Sequence[_T], key: Callable[[_T], Any], descending: bool = False
) -> list[_T]:
    """``items`` sorted by ``key``: unknown (None) values last in both orders, ties kept in
    the given order (the sort is stable, also descending)."""
    values = list(map(key, items))
    known = [r for r, v in zip(items, values, strict=True) if v is not None]
    if len(known) == len(items):
        unknown: list[_T] = []
    else:
        unknown = [r for r, v in zip(items, values, strict=True) if v is None]
        values = [v for v in values if v is not None]
    order = sorted(range(len(known)), key=values.__getitem__, reverse=descending)
    return [known[i] for i in order] + unknown


def sort_instances(
    instances: Iterable[Instance], key: InstanceKey, descending: bool = False
) -> list[Instance]:
    """Instances by ``key`` (unknown last), ties by instance_id — the table's order."""
    by_id = sorted(instances, key=lambda i: i.instance_id)
    return known_first(by_id, key, descending)


def _choices(names: Iterable[str]) -> str:
    listed = ", ".join(f"“{n}”" for n in names)
    return f"choose one of: {listed}" if listed else "there is none"
