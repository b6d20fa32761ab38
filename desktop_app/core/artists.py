"""Artist text the way the Discogs site shows it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_SUFFIX = re.compile(r"(?<=\S)\s+\(\d+\)$")


@dataclass(frozen=True, slots=True)
class Artist:
    name: str
    anv: str = ""
    join: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Artist:
        return cls(
            name=str(data.get("name") or "").strip(),
            anv=str(data.get("anv") or "").strip(),
            join=str(data.get("join") or "").strip(),
        )


def strip_suffix(name: str) -> str:
    """Remove a Discogs disambiguation suffix: ``Prince (2)`` → ``Prince``."""
    return _SUFFIX.sub("", name.strip())


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
