"""Collection instances built from Discogs collection items (``basic_information``).

An :class:`Instance` is one copy of a release in the user's collection. Everything the app shows
comes from the folder listing item; nothing here fetches more.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .artists import Artist, artist_text, strip_suffix
from .errors import AppError, ErrorKind

_SIZE = re.compile(r'^\s*(\d{1,2})\s*(?:"|”|″|inch|in\.?)\s*$', re.I)
_FULL_LENGTH = {"LP", "2XLP", "3XLP"}


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
        name = artist_text(self.artists)
        anv = artist_text(self.artists, use_anv=True) if any(a.anv for a in self.artists) else name
        object.__setattr__(self, "_artist", name)
        object.__setattr__(self, "_artist_anv", anv)

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> Instance:
        """Build from one item of ``/collection/folders/{id}/releases``.

        Raises :class:`AppError` (kind DATA) when the item lacks the ids that make it usable.
        """
        if not isinstance(item, Mapping):
            raise AppError(ErrorKind.DATA, "A collection entry is not an object.")
        info = item.get("basic_information")
        if not isinstance(info, Mapping):
            info = {}
        try:
            instance_id = int(item["instance_id"])
            release_id = int(item.get("id") or info.get("id"))
        except (KeyError, TypeError, ValueError) as exc:
            raise AppError(
                ErrorKind.DATA, "A collection entry has no usable release or instance id."
            ) from exc
        return cls(
            instance_id=instance_id,
            release_id=release_id,
            folder_id=_int(item.get("folder_id")),
            date_added=parse_date(item.get("date_added")),
            title=_text(info.get("title")),
            year=_int(info.get("year")) or None,
            artists=tuple(Artist.from_json(a) for a in _dicts(info.get("artists"))),
            labels=tuple(
                Label(strip_suffix(_text(lab.get("name"))), _text(lab.get("catno")))
                for lab in _dicts(info.get("labels"))
            ),
            formats=tuple(
                Format(
                    name=_text(f.get("name")),
                    qty=max(1, _int(f.get("qty"), 1)),
                    descriptions=tuple(_text(d) for d in f.get("descriptions") or () if d),
                    text=_text(f.get("text")),
                )
                for f in _dicts(info.get("formats"))
            ),
            rating=max(0, min(5, _int(item.get("rating")))),
            notes=tuple(
                (_int(n.get("field_id")), str(n.get("value") or ""))
                for n in _dicts(item.get("notes"))
            ),
            genres=tuple(_text(g) for g in info.get("genres") or () if g),
            styles=tuple(_text(s) for s in info.get("styles") or () if s),
            thumb=_text(info.get("thumb")),
            master_id=_int(info.get("master_id")),
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
        return format_size(self.formats)

    @property
    def format_descriptions(self) -> str:
        seen: list[str] = []
        for fmt in self.formats:
            for desc in fmt.descriptions:
                if desc not in seen:
                    seen.append(desc)
        return ", ".join(seen)

    @property
    def format_display(self) -> str:
        """Like the Discogs site: ``2 × Vinyl, LP, Album``; several formats joined by ``+``."""
        parts = []
        for fmt in self.formats:
            head = f"{fmt.qty} × {fmt.name}" if fmt.qty > 1 else fmt.name
            parts.append(", ".join([head, *fmt.descriptions]))
        return " + ".join(parts)

    def note_values(self) -> dict[int, str]:
        return dict(self.notes)


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
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _text(value: object) -> str:
    return str(value).strip() if value is not None else ""


def _int(value: object, default: int = 0) -> int:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _dicts(value: object) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, Mapping)]
