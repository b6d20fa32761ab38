"""Collection instances built from Discogs collection items (``basic_information``).

An :class:`Instance` is one copy of a release in the user's collection. Everything the app shows
comes from the folder listing item; nothing here fetches more.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timezone
from typing import Any, Generic, TypeVar

from .artists import Artist, artist_text, strip_suffix
from .errors import AppError, ErrorKind
from .text import clean_text

_SIZE = re.compile(r'^\s*(\d{1,2})\s*(?:"|”|″|inch|in\.?)\s*$', re.I)
_FULL_LENGTH = {"LP", "2XLP", "3XLP"}
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    catno: str = ""


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    qty: int = 1
    descriptions: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True, slots=True)
class Instance:
    """One copy of a release in a collection. Keyed by ``instance_id`` everywhere."""

    instance_id: int
    release_id: int
    folder_id: int
    date_added: datetime | None
    title: str
    year: int | None
    artists: tuple[Artist, ...] = ()
    labels: tuple[Label, ...] = ()
    formats: tuple[Format, ...] = ()
    rating: int = 0
    notes: tuple[tuple[int, str], ...] = ()
    genres: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()
    thumb: str = ""
    master_id: int = 0
    # Artist text is read for every row shown, searched and exported: work it out once.
    _artist: str = field(init=False, compare=False, repr=False, hash=False)
    _artist_anv: str = field(init=False, compare=False, repr=False, hash=False)

    def __post_init__(self) -> None:
        artists = self.artists
        if len(artists) == 1 and not artists[0].anv:  # the common case, as artist_text gives it
            name = anv = strip_suffix(artists[0].name).strip()
        else:
            name = artist_text(artists)
            anv = artist_text(artists, use_anv=True) if any(a.anv for a in artists) else name
        object.__setattr__(self, "_artist", name)
        object.__setattr__(self, "_artist_anv", anv)

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> Instance:
        """Build from one item of ``/collection/folders/{id}/releases``.

        Raises :class:`AppError` (kind DATA) when the item lacks the ids that make it usable.
        """
        if type(item) is not dict and not isinstance(item, Mapping):
            raise AppError(ErrorKind.DATA, "A collection entry is not an object.")
        info = item.get("basic_information")
        if type(info) is not dict and not isinstance(info, Mapping):
            info = {}
        try:
            instance_id = _id(item["instance_id"])
            release_id = _id(item.get("id") or info.get("id"))
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise AppError(
                ErrorKind.DATA, "A collection entry has no usable release or instance id."
            ) from exc
        get = info.get
        return cls(
            instance_id,
            release_id,
            _int(item.get("folder_id")),
            parse_date(item.get("date_added")),
            _text(get("title")),
            _int(get("year")) or None,
            tuple([Artist.from_json(a) for a in _dicts(get("artists"))]),
            tuple(
                [
                    Label(sys.intern(strip_suffix(_text(lab.get("name")))), _text(lab.get("catno")))
                    for lab in _dicts(get("labels"))
                ]
            ),
            _formats_of(get("formats")),
            max(0, min(5, _int(item.get("rating")))),
            tuple(
                [
                    (_int(n.get("field_id")), clean_text(str(n.get("value") or "")))
                    for n in _dicts(item.get("notes"))
                ]
            ),
            _names(get("genres")),
            _names(get("styles")),
            _text(get("thumb")),
            _int(get("master_id")),
        )

    # ---- derived text -------------------------------------------------------------------
    def artist(self, *, use_anv: bool = False) -> str:
        return self._artist_anv if use_anv else self._artist

    @property
    def label(self) -> str:
        return self.labels[0].name if self.labels else ""

    @property
    def catno(self) -> str:
        """The first label's catalogue number; Discogs' literal ``none`` counts as empty."""
        for lab in self.labels:
            if lab.catno and lab.catno.strip().lower() != "none":
                return lab.catno.strip()
        return ""

    @property
    def format_name(self) -> str:
        return self.formats[0].name if self.formats else ""

    @property
    def format_size(self) -> str:
        return _size_of(self.formats)

    @property
    def format_descriptions(self) -> str:
        return _descriptions_of(self.formats)

    @property
    def format_display(self) -> str:
        """Like the Discogs site: ``2 × Vinyl, LP, Album``; several formats joined by ``+``."""
        return _display_of(self.formats)

    def note_values(self) -> dict[int, str]:
        return dict(self.notes)


class PerTuple(Generic[_T]):
    """``fn(formats)`` remembered per tuple object.

    Instances share their ``formats`` tuple (:meth:`Instance.from_item` and the cache make one
    per distinct value), so this is a lookup by ``id`` instead of a walk over the formats.
    The tuple is kept with its result, so its ``id`` cannot be reused while it is remembered.
    Other sequences (a list could change) are worked out every time.
    """

    __slots__ = ("_fn", "_memo", "_size")

    def __init__(self, fn: Callable[[tuple[Any, ...]], _T], size: int = 4096) -> None:
        self._fn = fn
        self._memo: dict[int, tuple[tuple[Any, ...], _T]] = {}
        self._size = size

    def __call__(self, value: tuple[Any, ...]) -> _T:
        entry = self._memo.get(id(value))
        if entry is not None and entry[0] is value:
            return entry[1]
        result = self._fn(value)
        if type(value) is tuple:
            if len(self._memo) >= self._size:
                self._memo.clear()
            self._memo[id(value)] = (value, result)
        return result

    def cache_clear(self) -> None:
        self._memo.clear()


def format_size(formats: Sequence[Format]) -> str:
    """``12"``, ``10"`` or ``7"`` from format descriptions; an LP without a size is 12"."""
    for fmt in formats:
        for desc in fmt.descriptions:
            match = _SIZE.match(desc)
            if match:
                return f'{int(match.group(1))}"'
    for fmt in formats:
        if fmt.name.lower() == "vinyl" and any(d.upper() in _FULL_LENGTH for d in fmt.descriptions):
            return '12"'
    return ""


def format_descriptions(formats: Sequence[Format]) -> str:
    """Every description of ``formats`` once, in order, joined by commas."""
    seen: list[str] = []
    for fmt in formats:
        for desc in fmt.descriptions:
            if desc not in seen:
                seen.append(desc)
    return ", ".join(seen)


def format_display(formats: Sequence[Format]) -> str:
    """Like the Discogs site: ``2 × Vinyl, LP, Album``; several formats joined by ``+``."""
    parts = []
    for fmt in formats:
        head = f"{fmt.qty} × {fmt.name}" if fmt.qty > 1 else fmt.name
        parts.append(", ".join([head, *fmt.descriptions]))
    return " + ".join(parts)


_size_of = PerTuple(format_size)
_descriptions_of = PerTuple(format_descriptions)
_display_of = PerTuple(format_display)


def parse_date(value: object) -> datetime | None:
    """ISO 8601 with offset → aware datetime; naive values are taken as UTC; junk → None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return share_zone(parsed)


def share_zone(moment: datetime) -> datetime:
    """``moment`` with a shared ``timezone`` object for its fixed offset (an equal value).

    ``datetime.fromisoformat`` makes a new offset object per call; a collection needs a handful,
    so tens of thousands of dates can share them.
    """
    zone = moment.tzinfo
    if zone is UTC or type(zone) is not timezone:
        return moment
    key = zone.__getinitargs__()  # (offset,) or (offset, name): what makes two zones the same
    shared = _zones.get(key)
    if shared is None:
        if len(_zones) < 1024:
            _zones[key] = zone
        return moment
    if shared is zone:
        return moment
    m = moment
    if m.fold:
        return m.replace(tzinfo=shared)
    # as replace(tzinfo=shared), in less than half the time
    return datetime(m.year, m.month, m.day, m.hour, m.minute, m.second, m.microsecond, shared)


_zones: dict[tuple[object, ...], timezone] = {}


def _formats_of(value: object) -> tuple[Format, ...]:
    """The formats of an item; equal ones are one tuple (a collection has few distinct ones)."""
    key = tuple(
        [
            (
                _text(f.get("name")),
                max(1, _int(f.get("qty"), 1)),
                tuple([_text(d) for d in _list(f.get("descriptions")) if d]),
                _text(f.get("text")),
            )
            for f in _dicts(value)
        ]
    )
    found = _formats.get(key)
    if found is None:
        if len(_formats) >= 4096:
            _formats.clear()
        found = _formats.setdefault(key, tuple([Format(*k) for k in key]))
    return found


_formats: dict[tuple[tuple[str, int, tuple[str, ...], str], ...], tuple[Format, ...]] = {}


def _names(values: Any) -> tuple[str, ...]:
    """Genres or styles: a few short names in a few combinations, so each is kept once."""
    names = tuple([_text(v) for v in _list(values) if v])
    found = _name_sets.get(names)
    if found is None:
        if len(_name_sets) >= 4096:
            _name_sets.clear()
        found = _name_sets.setdefault(names, tuple([sys.intern(n) for n in names]))
    return found


_name_sets: dict[tuple[str, ...], tuple[str, ...]] = {}


def _text(value: object) -> str:
    """A field of an item as text: stripped, lone surrogates replaced (see :mod:`.text`)."""
    if type(value) is str:
        return clean_text(value.strip())
    return clean_text(str(value).strip()) if value is not None else ""


_INT_LIMIT = 1 << 63  # what SQLite (and Discogs) can hold


def _int(value: object, default: int = 0) -> int:
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):  # junk, NaN, infinity
        return default
    return number if -_INT_LIMIT < number < _INT_LIMIT else default


def _id(value: object) -> int:
    """An id: a whole number that fits 64 bits (what SQLite stores), else ValueError."""
    number = int(value)  # type: ignore[call-overload]
    if not -_INT_LIMIT <= number < _INT_LIMIT:
        raise ValueError(f"not a usable id: {number}")
    return number


def _list(value: object) -> list[Any] | tuple[Any, ...]:
    return value if isinstance(value, (list, tuple)) else ()


def _dicts(value: object) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        return []
    return [v for v in value if type(v) is dict or isinstance(v, Mapping)]
