"""Search, date-range and format filters, and sort keys: one implementation for GUI and CLI."""

from __future__ import annotations

import math
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache, lru_cache

from .release import Format, Instance, PerTuple, format_size

# ``\d`` in a str pattern matches exactly the characters ``str.isdecimal`` accepts (Unicode
# category Nd); ``int()`` reads all of them.
_DIGITS = re.compile(r"(\d+)")
_DIGIT = re.compile(r"\d")
# Inside words, characters below the piece marks read as \x03 (see natural_sort_text).
_BELOW_MARKS = str.maketrans({"\x00": "\x03", "\x01": "\x03", "\x02": "\x03"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` for searching and sorting."""
    if text.isascii():
        # NFKD and NFC leave ASCII as it is, it has no combining marks, and its case folding
        # is lower()
        return text.lower()
    return _fold_cached(text)


@lru_cache(maxsize=16384)
def _fold_cached(text: str) -> str:
    # names of artists, labels, formats repeat: fold each once
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = _combining_marks().sub("", decomposed)
    return unicodedata.normalize("NFC", stripped).casefold()


#: Every combining character (``unicodedata.combining(ch) != 0``) lies below this code point
#: (checked by the tests against the whole Unicode range).
COMBINING_LIMIT = 0x20000


@cache
def _combining_marks() -> re.Pattern[str]:
    """A pattern matching one combining character; built on first use (about 20 ms)."""
    ranges: list[str] = []
    start = -1
    for code in range(COMBINING_LIMIT + 1):
        if code < COMBINING_LIMIT and unicodedata.combining(chr(code)):
            if start < 0:
                start = code
        elif start >= 0:
            ranges.append(f"{chr(start)}-{chr(code - 1)}")
            start = -1
    return re.compile(f"[{''.join(ranges)}]")


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
    """What a text search looks in: artists (names and ANVs), title, labels, catalogue numbers
    and the values of the collection fields (a shelf, a condition, the notes)."""
    parts = [inst.artist(), inst.artist(use_anv=True), inst.title]
    for lab in inst.labels:
        parts.append(lab.name)
        parts.append(lab.catno)
    for _, value in inst.notes:
        parts.append(value)
    blob = " \u0001 ".join(parts)
    # as fold(), without filling its cache with text that is unique per instance
    return blob.lower() if blob.isascii() else _fold_unicode(blob)


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date of ``moment`` in ``tz`` (the computer's local zone by default)."""
    if tz is None and type(moment.tzinfo) is timezone:
        # Same as below, without asking the C library for the local offset each time: that
        # offset is looked up once per UTC day (both ends; a day with a change is left to
        # astimezone).
        stamp = moment.timestamp()
        if -_STAMP_LIMIT < stamp < _STAMP_LIMIT:
            seconds = math.floor(stamp)
            offset = _local_offset(seconds // _DAY)
            if offset is not None:
                return date.fromordinal(_EPOCH_ORDINAL + (seconds + offset) // _DAY)
    return moment.astimezone(tz).date()


_DAY = 86_400
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
# Within this range a float timestamp's floor is the exact whole second of its datetime.
_STAMP_LIMIT = 2.0**33
_ONE_SECOND = timedelta(seconds=1)
# (time.tzname when filled, UTC day number → the local UTC offset in seconds all that day, or
# None when it changes that day or cannot be found). time.tzset() makes a new time.tzname.
_local_offsets: tuple[object, dict[int, int | None]] = ((), {})


def _local_offset(day: int) -> int | None:
    global _local_offsets
    zone, offsets = _local_offsets
    if zone is not time.tzname:
        zone, offsets = time.tzname, {}
        _local_offsets = (zone, offsets)
    try:
        return offsets[day]
    except KeyError:
        pass
    try:
        first, last = (
            datetime.fromtimestamp(s, UTC).astimezone().utcoffset()
            for s in (day * _DAY, day * _DAY + _DAY - 1)
        )
    except (OverflowError, OSError, ValueError):
        first = last = None
    value: int | None = None
    if first is not None and first == last and not first % _ONE_SECOND:
        value = first // _ONE_SECOND
    if len(offsets) >= 100_000:
        offsets.clear()
    offsets[day] = value
    return value


@dataclass(frozen=True, slots=True)
class RecordFilter:
    """Combinable filters. Empty fields do not filter. Dates are inclusive local calendar dates."""

    text: str = ""
    added_from: date | None = None
    added_to: date | None = None
    format_name: str = ""
    #: Tests every instance must pass, e.g. :class:`~.fields.FieldMatch` (``Shelf=A*``).
    where: tuple[Callable[[Instance], bool], ...] = ()

    @property
    def active(self) -> bool:
        return bool(
            self.text.strip() or self.added_from or self.added_to or self.format_name or self.where
        )

    def terms(self) -> tuple[str, ...]:
        return tuple(fold(t) for t in self.text.split() if t)

    def matches(
        self, inst: Instance, *, tz: tzinfo | None = None, haystack: str | None = None
    ) -> bool:
        if self.format_name and not matches_format(inst, self.format_name):
            return False
        if self.where and not all(test(inst) for test in self.where):
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
    """Folded format names, sizes and descriptions of ``inst`` (equal sets are one object)."""
    return _facets_of(inst.formats)


def _facets(formats: tuple[Format, ...]) -> frozenset[str]:
    size = format_size(formats)
    facets = {fold(size)} if size else set()
    for fmt in formats:
        facets.add(fold(fmt.name))
        facets.update(map(fold, fmt.descriptions))
    facets.discard("")
    found = frozenset(facets)
    shared = _facet_sets.get(found)
    if shared is None:
        if len(_facet_sets) >= 4096:
            _facet_sets.clear()
        shared = _facet_sets.setdefault(found, found)
    return shared


_facets_of = PerTuple(_facets)
# A collection has few distinct format sets: rows share these.
_facet_sets: dict[frozenset[str], frozenset[str]] = {}


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
