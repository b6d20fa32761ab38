"""Release table rows, Qt-free apart from the column titles' translation: what each row shows,
sorts and searches by, computed once per row (safe in a worker thread), and the row orders and
text search the model uses."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.fields import known_first
from ...core.filters import format_facets, local_date, natural_sort_text, search_text
from ...core.release import Instance
from ..texts import date_text


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
    COVER = 11  # shown right after the check column (see ReleaseTable)


#: Column titles (translated when shown, context "ReleaseModel").
COLUMN_TITLES: dict[Column, str] = {
    Column.CHECK: "",
    Column.ARTIST: QT_TRANSLATE_NOOP("ReleaseModel", "Artist"),
    Column.TITLE: QT_TRANSLATE_NOOP("ReleaseModel", "Title"),
    Column.YEAR: QT_TRANSLATE_NOOP("ReleaseModel", "Year"),
    Column.LABEL: QT_TRANSLATE_NOOP("ReleaseModel", "Label"),
    Column.CATNO: QT_TRANSLATE_NOOP("ReleaseModel", "Cat#"),
    Column.FORMAT: QT_TRANSLATE_NOOP("ReleaseModel", "Format"),
    Column.FOLDER: QT_TRANSLATE_NOOP("ReleaseModel", "Folder"),
    Column.ADDED: QT_TRANSLATE_NOOP("ReleaseModel", "Date added"),
    Column.RATING: QT_TRANSLATE_NOOP("ReleaseModel", "Rating"),
    Column.EXPORTED: QT_TRANSLATE_NOOP("ReleaseModel", "Exported"),
    Column.COVER: QT_TRANSLATE_NOOP("ReleaseModel", "Cover"),
}


def column_title(column: int) -> str:
    """The translated title of a column."""
    return QCoreApplication.translate("ReleaseModel", COLUMN_TITLES[Column(column)])


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
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
        date_text(day) if day else "",
        "★" * inst.rating if inst.rating else "",
        "",
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


class TextIndex:
    """Every row's search text in one string, where each starts, and the rows in that order:
    the rows holding a term are found with ``str.find`` (a row test per row would cost about
    0.4 µs × every row, on each key press)."""

    def __init__(self, rows: list[Row]) -> None:
        blobs = [r.blob for r in rows]
        self.text = _SEPARATOR.join(blobs)
        self.starts = [0, *itertools.accumulate(len(b) + 1 for b in blobs)]
        self.rows = rows

    def search(self, row_filter: RowFilter, order: list[Row]) -> list[Row]:
        """The rows that pass ``row_filter``, in the order of ``order`` (every indexed row)."""
        terms = sorted(row_filter.terms, key=len, reverse=True)
        first, rest = terms[0], terms[1:]
        if not order:
            return []
        if not first or _SEPARATOR in first:
            return [r for r in order if row_filter(r)]
        text, starts, rows = self.text, self.starts, self.rows
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
        if found and rows is not order:  # sorted since the index was made
            keep = set(map(id, found))
            found = [r for r in order if id(r) in keep]
        return found


#: Columns whose sort key depends on the row alone (not on checks, folder names or history).
ROW_KEY_COLUMNS = frozenset(
    int(c) for c in Column if c not in (Column.CHECK, Column.FOLDER, Column.EXPORTED)
)


def sorted_rows(rows: list[Row], column: int, descending: bool = False) -> list[Row]:
    """``rows`` sorted by a :data:`ROW_KEY_COLUMNS` column, as the model sorts them (a new
    list; safe to call in a worker thread)."""
    return sorted_by(by_instance_id(rows), lambda r: r.keys[column], descending)


def by_instance_id(rows: Iterable[Row]) -> list[Row]:
    return sorted(rows, key=_IID)


#: Rows (given in instance_id order) by a key: unknown (None) values last in both orders, ties
#: by instance_id (the one implementation in :mod:`core.fields`).
sorted_by = known_first


_IID = operator.attrgetter("iid")


def insert_points(
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


def count_formats(rows: Iterable[Row], counts: dict[str, int] | None = None) -> dict[str, int]:
    """Add how many of ``rows`` have each format name (the format filter's choices)."""
    counts = {} if counts is None else counts
    for row in rows:
        for name in row.format_names:
            counts[name] = counts.get(name, 0) + 1
    return counts
