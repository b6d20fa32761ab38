"""Where a collection comes from: the Discogs API or the bundled demo collection.

Both sides (GUI workers, CLI, cache sync) talk to a :class:`CollectionSource`; nothing above this
layer knows whether the rows came over HTTP.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..core.cancel import NEVER, CancelToken
from ..core.errors import AppError, ErrorKind
from ..core.release import Instance
from ..resources import resource_path

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


class DemoSource:
    """The bundled sample collection: no network, no account."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or resource_path("demo", "collection.json")
        try:
            data = json.loads(Path(path).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise AppError(ErrorKind.DATA, f"The demo collection could not be read: {exc}") from exc
        self.username: str = str(data.get("username") or "demo")
        self._folders: list[dict[str, Any]] = list(data.get("folders") or [])
        self._fields: list[dict[str, Any]] = list(data.get("fields") or [])
        self._items: list[dict[str, Any]] = list(data.get("releases") or [])

    def folders(self, cancel: CancelToken = NEVER) -> list[Folder]:
        counts: dict[int, int] = {}
        for item in self._items:
            fid = int(item.get("folder_id") or 0)
            counts[fid] = counts.get(fid, 0) + 1
        result = [Folder(ALL_FOLDER_ID, "All", len(self._items))]
        for f in self._folders:
            fid = int(f["id"])
            if fid != ALL_FOLDER_ID:
                result.append(Folder(fid, str(f["name"]), counts.get(fid, 0)))
        return result

    def note_fields(self, cancel: CancelToken = NEVER) -> dict[int, str]:
        return {int(f["id"]): str(f["name"]) for f in self._fields}

    def iter_pages(
        self,
        folder_id: int,
        cancel: CancelToken = NEVER,
        *,
        sort: str = "added",
        order: str = "asc",
        on_wait: WaitCallback | None = None,
        start_page: int = 1,
    ) -> Iterator[Page]:
        items = [
            it
            for it in self._items
            if folder_id == ALL_FOLDER_ID or int(it.get("folder_id") or 0) == folder_id
        ]
        if sort == "added":
            items.sort(key=lambda it: (str(it.get("date_added") or ""), int(it["instance_id"])))
            if order == "desc":
                items.reverse()
        pages = max(1, math.ceil(len(items) / PER_PAGE))
        for page in range(start_page, pages + 1):
            cancel.check()
            chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
            instances, skipped = instances_from_items(chunk)
            yield Page(folder_id, page, pages, len(items), instances, chunk, skipped)
