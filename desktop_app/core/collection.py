"""What a collection source yields: folders and pages of instances (no I/O here).

Both the Discogs API and the bundled demo collection implement :class:`CollectionSource`; GUI
workers, the CLI and the cache sync talk to that protocol only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from .cancel import NEVER, CancelToken
from .errors import AppError
from .release import Instance
from .text import clean_text

PER_PAGE = 100
ALL_FOLDER_ID = 0

#: Called with (seconds, reason) before the source waits, e.g. for the rate limit.
WaitCallback = Callable[[float, str], None]


@dataclass(frozen=True, slots=True)
class Folder:
    id: int
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class Page:
    folder_id: int
    page: int
    pages: int
    total: int
    instances: list[Instance]
    items: list[Mapping[str, Any]] = field(default_factory=list)  # the raw JSON items, for a cache
    skipped: int = 0  # entries that could not be read (kept out, counted, never fatal)

    @property
    def skipped_names(self) -> list[str]:
        """The entries left out, named for the user (see :func:`unreadable_entries`)."""
        return unreadable_entries(self.items) if self.skipped else []


class CollectionSource(Protocol):
    username: str

    def folders(self, cancel: CancelToken = NEVER) -> list[Folder]: ...

    def note_fields(self, cancel: CancelToken = NEVER) -> dict[int, str]:
        """Field id → name; a :class:`~.fields.NoteFields` also gives the dropdowns' options."""
        ...

    def iter_pages(
        self,
        folder_id: int,
        cancel: CancelToken = NEVER,
        *,
        sort: str = "added",
        order: str = "asc",
        on_wait: WaitCallback | None = None,
        start_page: int = 1,
    ) -> Iterator[Page]: ...


def instances_from_items(items: list[Any]) -> tuple[list[Instance], int]:
    """Build instances, counting (not raising on) entries that are not usable."""
    out: list[Instance] = []
    skipped = 0
    for item in items:
        try:
            out.append(Instance.from_item(item))
        except AppError:
            skipped += 1
    return out, skipped


NAME_LENGTH = 60


def entry_name(item: object) -> str:
    """An unreadable entry as the user can find it on Discogs: its ids and title, if any."""
    if not isinstance(item, Mapping):
        return f"an entry that is not an object ({type(item).__name__})"
    info = item.get("basic_information")
    title = info.get("title") if isinstance(info, Mapping) else None
    parts = []
    for label, key in (("instance", "instance_id"), ("release", "id")):
        if item.get(key) not in (None, ""):
            parts.append(f"{label} {_shown(item[key])}")
    if isinstance(title, str) and title.strip():
        parts.append(f"“{_shown(title)}”")
    return ", ".join(parts) or "an entry without ids or title"


def unreadable_entries(items: Iterable[object]) -> list[str]:
    """The names of the entries of ``items`` that cannot be read as instances."""
    names = []
    for item in items:
        try:
            Instance.from_item(item)  # type: ignore[arg-type]
        except AppError:
            names.append(entry_name(item))
    return names


def _shown(value: object) -> str:
    """``value`` as short, printable text: control and direction characters become spaces."""
    text = clean_text(str(value))[: NAME_LENGTH * 2]
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf") else c for c in text).strip()
    return text if len(text) <= NAME_LENGTH else text[: NAME_LENGTH - 1] + "…"
