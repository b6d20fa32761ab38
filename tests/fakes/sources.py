"""Collection sources for tests and benchmarks (no pytest here: the benchmarks import this)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from desktop_app.core.cancel import NEVER, CancelToken
from desktop_app.core.errors import AppError, ErrorKind
from desktop_app.core.release import parse_date
from desktop_app.discogs.auth import TokenAuth
from desktop_app.discogs.collection import DiscogsSource
from desktop_app.discogs.gateway import Gateway
from desktop_app.services.source import PER_PAGE, Folder, Page, WaitCallback, instances_from_items
from tests.fakes.server import FakeDiscogs


class ListSource:
    """A CollectionSource over a mutable list of API items; counts calls, can fail on demand."""

    def __init__(self, items: list[dict[str, Any]], folders: dict[int, str], username: str = "u"):
        self.username = username
        self.items = list(items)
        self.folder_names = dict(folders)
        self.requests = 0
        self.fail_at: int | None = None  # the request number that raises
        self.fail_kind = ErrorKind.NETWORK

    def _request(self) -> None:
        self.requests += 1
        if self.fail_at is not None and self.requests >= self.fail_at:
            raise AppError(self.fail_kind, "The connection failed.")

    def folders(self, cancel: CancelToken = NEVER) -> list[Folder]:
        self._request()
        counts: dict[int, int] = {}
        for it in self.items:
            counts[it["folder_id"]] = counts.get(it["folder_id"], 0) + 1
        out = [Folder(0, "All", len(self.items))]
        out += [Folder(fid, name, counts.get(fid, 0)) for fid, name in self.folder_names.items()]
        return out

    def note_fields(self, cancel: CancelToken = NEVER) -> dict[int, str]:
        self._request()
        return {1: "Media Condition", 3: "Notes"}

    def release_instances(
        self, release_id: int, cancel: CancelToken = NEVER, on_wait: WaitCallback | None = None
    ) -> list[dict[str, Any]]:
        self._request()
        return [it for it in self.items if it["id"] == release_id]

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
        items = sorted_items([it for it in self.items if folder_id in (0, it["folder_id"])])
        if order == "desc":
            items.reverse()
        page = start_page
        while True:
            cancel.check()
            self._request()
            pages = max(1, math.ceil(len(items) / PER_PAGE))
            chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
            instances, skipped = instances_from_items(chunk)
            yield Page(folder_id, page, pages, len(items), instances, chunk, skipped)
            if page >= pages:
                return
            page += 1


def sorted_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items in the order Discogs lists them by date added."""
    return sorted(items, key=lambda it: (parse_date(it["date_added"]), it["instance_id"]))


def discogs_source(srv: FakeDiscogs, **gateway: Any) -> DiscogsSource:
    """A DiscogsSource for ``srv`` with fast retries (tests must not sit in backoff)."""
    options: dict[str, Any] = {
        "backoff_base": 0.01,
        "backoff_cap": 0.02,
        "max_retries": 2,
        "rate_limit": srv.rate_limit,
    }
    options.update(gateway)
    gw = Gateway(srv.url, auth=TokenAuth(srv.personal_token), **options)
    return DiscogsSource(gw, srv.username)
