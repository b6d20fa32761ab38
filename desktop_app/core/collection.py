"""What a collection source yields: folders and pages of instances (no I/O here).

Both the Discogs API and the bundled demo collection implement :class:`CollectionSource`; GUI
workers, the CLI and the cache sync talk to that protocol only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from .cancel import NEVER, CancelToken
from .errors import AppError
from .release import Instance

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


class CollectionSource(Protocol):
    username: str

    def folders(self, cancel: CancelToken = NEVER) -> list[Folder]: ...

    def note_fields(self, cancel: CancelToken = NEVER) -> dict[int, str]: ...

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
