"""Where a collection comes from: the Discogs API or the bundled demo collection.

The protocol and its value types live in :mod:`desktop_app.core.collection` (re-exported here);
nothing above this layer knows whether the rows came over HTTP.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..core.cancel import NEVER, CancelToken
from ..core.collection import (
    ALL_FOLDER_ID,
    PER_PAGE,
    CollectionSource,
    Folder,
    Page,
    WaitCallback,
    instances_from_items,
)
from ..core.errors import AppError, ErrorKind
from ..core.fields import NoteFields, parse_fields
from ..core.i18n import Errors
from ..discogs.auth import Credentials
from ..discogs.config import TOKEN_ENV
from ..resources import resource_path

__all__ = [
    "ALL_FOLDER_ID",
    "PER_PAGE",
    "CollectionSource",
    "DemoSource",
    "Folder",
    "Page",
    "WaitCallback",
    "instances_from_items",
    "source_for",
]


class DemoSource:
    """The bundled sample collection: no network, no account."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or resource_path("demo", "collection.json")
        try:
            data = json.loads(Path(path).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise AppError(
                ErrorKind.DATA,
                Errors.tr("The demo collection could not be read: {reason}").args(reason=exc),
            ) from exc
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

    def note_fields(self, cancel: CancelToken = NEVER) -> NoteFields:
        return parse_fields(self._fields)

    def fetch_image(self, url: str, cancel: CancelToken = NEVER) -> bytes:
        """The demo's covers are bundled (``resources/demo/covers``, named as in the item's
        image address): no network."""
        name = url.rstrip("/").rpartition("/")[2]
        path = resource_path("demo", "covers", name)
        if not name or path.parent != resource_path("demo", "covers") or not path.is_file():
            raise AppError(ErrorKind.DATA, "The demo has no such cover.")
        try:
            return path.read_bytes()
        except OSError as exc:
            raise AppError(ErrorKind.DATA, "The demo cover could not be read.") from exc

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


def fetch_cover(source: CollectionSource, url: str, cancel: CancelToken = NEVER) -> bytes:
    """The bytes of a cover of ``source`` (raises ``AppError`` when it has none to give)."""
    fetch = getattr(source, "fetch_image", None)
    if not callable(fetch) or not url:
        raise AppError(ErrorKind.DATA, "This collection has no covers to fetch.")
    data = fetch(url, cancel)
    if not isinstance(data, bytes | bytearray):
        raise AppError(ErrorKind.DATA, "The cover could not be read.")
    return bytes(data)


def source_for(credentials: Credentials | None, demo: bool = False) -> CollectionSource:
    """The demo collection, or the signed-in user's Discogs collection (one gateway each)."""
    if demo:
        return DemoSource()
    if credentials is None:
        raise AppError(
            ErrorKind.AUTH,
            f"You are not signed in to Discogs: run `discogs-qr login` or set {TOKEN_ENV}.",
        )
    from ..discogs.collection import DiscogsSource
    from ..discogs.gateway import Gateway

    return DiscogsSource(Gateway(auth=credentials.auth()), credentials.username or None)


def prepare_network() -> None:
    """Import what the first Discogs request needs, here rather than in a worker thread (an
    import holds the GIL: a worker importing ~100 ms of modules would freeze the window)."""
    from ..discogs.collection import preload

    preload()
