"""Artist text the way the Discogs site shows it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .text import clean_text

_SUFFIX = re.compile(r"(?<=\S)\s+\(\d+\)$")


@dataclass(frozen=True, slots=True)
class Artist:
    name: str
    anv: str = ""
    join: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Artist:
        get = data.get
        return cls(_field(get("name")), _field(get("anv")), _field(get("join")))


def _field(value: object) -> str:
    if type(value) is str:
        return clean_text(value.strip())
    return clean_text(str(value or "").strip())


def strip_suffix(name: str) -> str:
    """Remove a Discogs disambiguation suffix: ``Prince (2)`` → ``Prince``."""
    name = name.strip()
    if not name.endswith(")"):  # no suffix to look for (most names)
        return name
    return _SUFFIX.sub("", name)


def join_token(token: str) -> str:
    """The separator shown between two artists for a Discogs ``join`` token."""
    token = token.strip()
    if not token or token == ",":
        return ", "
    if token in {";", ":"}:
        return f"{token} "
    return f" {token} "


def artist_text(artists: Iterable[Artist], *, use_anv: bool = False) -> str:
    """Join artists with their join tokens, suffixes removed, ANV when asked for."""
    items = list(artists)
    parts: list[str] = []
    for index, artist in enumerate(items):
        shown = artist.anv if use_anv and artist.anv else strip_suffix(artist.name)
        parts.append(shown)
        if index < len(items) - 1:
            parts.append(join_token(artist.join))
    return "".join(parts).strip()
