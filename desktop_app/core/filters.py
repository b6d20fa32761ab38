"""Search, date-range and format filters, and sort keys: one implementation for GUI and CLI."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

from .release import Instance

# ``\d`` in a str pattern matches exactly the characters ``str.isdecimal`` accepts (Unicode
# category Nd); ``int()`` reads all of them.
_DIGITS = re.compile(r"(\d+)")
_DIGIT = re.compile(r"\d")
# Inside words, characters below the piece marks read as \x03 (see natural_sort_text).
_BELOW_MARKS = str.maketrans({"\x00": "\x03", "\x01": "\x03", "\x02": "\x03"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` for searching and sorting."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order: ``Vol. 2`` before ``Vol. 10``; case and accents ignored.

    Each piece is tagged so numbers and words never compare with each other directly.
    """
    key: list[tuple[int, int | str]] = []
    for piece in _DIGITS.split(fold(text).strip()):
        if not piece:
            continue
        if piece.isdecimal():
            key.append((0, int(piece)))
        else:
            key.append((1, piece))
    return tuple(key)


@lru_cache(maxsize=16384)  # artists, labels and formats repeat down a table column
def natural_sort_text(text: str) -> str:
    """A string whose plain ordering equals :func:`natural_key` ordering (for texts without
    characters below ``\\x03``), cheap to compare and to keep per table cell.

    Numbers become ``\\x01`` + a length mark (``chr(0x30 + digits)``) + the digits without
    leading zeros, words ``\\x02`` + the folded text, so comparing two of these strings in C
    gives the natural, case- and accent-insensitive order. Characters below ``\\x03`` inside
    words are read as ``\\x03``. Empty (or blank) text gives ``""``.
    """
    folded = fold(text).strip()
    if not folded.isprintable():  # only then can it hold characters below \x03
        folded = folded.translate(_BELOW_MARKS)
    if _DIGIT.search(folded) is None:
        return "\x02" + folded if folded else ""
    parts = _DIGITS.split(folded)
    out: list[str] = []
    append = out.append
    # split() with one group alternates: word (maybe empty), number, word, ..., word
    for index in range(1, len(parts), 2):
        word = parts[index - 1]
        if word:
            append("\x02" + word)
        append(_number_text(parts[index]))
    if parts[-1]:
        append("\x02" + parts[-1])
    return "".join(out)


def _number_text(digits: str) -> str:
    if not digits.isascii():  # other scripts' decimal digits, as int() reads them
        digits = "".join([str(unicodedata.decimal(ch)) for ch in digits])
    value = digits.lstrip("0") or "0"
    return f"\x01{chr(0x30 + len(value))}{value}"


def search_text(inst: Instance) -> str:
    """What a text search looks in: artists (names and ANVs), title, labels, catalogue numbers."""
    parts = [inst.artist(), inst.artist(use_anv=True), inst.title]
    for lab in inst.labels:
        parts.append(lab.name)
        parts.append(lab.catno)
    return fold(" \u0001 ".join(parts))


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date of ``moment`` in ``tz`` (the computer's local zone by default)."""
    return moment.astimezone(tz).date()


@dataclass(frozen=True, slots=True)
class RecordFilter:
    """Combinable filters. Empty fields do not filter. Dates are inclusive local calendar dates."""

    text: str = ""
    added_from: date | None = None
    added_to: date | None = None
    format_name: str = ""

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.added_from or self.added_to or self.format_name)

    def terms(self) -> tuple[str, ...]:
        return tuple(fold(t) for t in self.text.split() if t)

    def matches(
        self, inst: Instance, *, tz: tzinfo | None = None, haystack: str | None = None
    ) -> bool:
        if self.format_name and not matches_format(inst, self.format_name):
            return False
        if self.added_from or self.added_to:
            if inst.date_added is None:
                return False
            day = local_date(inst.date_added, tz)
            if self.added_from and day < self.added_from:
                return False
            if self.added_to and day > self.added_to:
                return False
        terms = self.terms()
        if terms:
            blob = haystack if haystack is not None else search_text(inst)
            return all(term in blob for term in terms)
        return True

    def apply(self, instances: Iterable[Instance], *, tz: tzinfo | None = None) -> list[Instance]:
        return [inst for inst in instances if self.matches(inst, tz=tz)]


def matches_format(inst: Instance, wanted: str) -> bool:
    """True when any format name, size or description equals ``wanted`` (case-insensitive)."""
    key = fold(wanted.strip())
    if not key:
        return True
    return key in format_facets(inst)


def format_facets(inst: Instance) -> frozenset[str]:
    facets = {fold(inst.format_size)} if inst.format_size else set()
    for fmt in inst.formats:
        facets.add(fold(fmt.name))
        facets.update(fold(d) for d in fmt.descriptions)
    return frozenset(f for f in facets if f)


def format_choices(instances: Iterable[Instance]) -> list[str]:
    """Format names seen in ``instances`` (for a format filter's choices), most common first."""
    counts: dict[str, int] = {}
    for inst in instances:
        for name in {f.name for f in inst.formats if f.name}:
            counts[name] = counts.get(name, 0) + 1
        if inst.format_size:
            counts[inst.format_size] = counts.get(inst.format_size, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], fold(n)))


def date_preset(name: str, today: date) -> tuple[date | None, date | None]:
    """Date range for a preset: ``last7``, ``last30``, ``this_year``, ``all``."""
    if name == "last7":
        return today - timedelta(days=6), today
    if name == "last30":
        return today - timedelta(days=29), today
    if name == "this_year":
        return date(today.year, 1, 1), today
    if name == "all":
        return None, None
    raise ValueError(f"unknown date preset {name!r}")
