"""The user's collection on Discogs: identity, folders, note fields and paged folder listings.

Everything goes through the :class:`~desktop_app.discogs.gateway.Gateway`. Folder listings are
read as JSON, 100 items a page, and every item is used as it comes (``basic_information``): no
request per release. python3-discogs-client is used for the identity, with its fetcher replaced
so its requests are paced, retried and cancellable like every other.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

from ..core.cancel import NEVER, CancelToken
from ..core.collection import (
    ALL_FOLDER_ID,
    PER_PAGE,
    Folder,
    Page,
    WaitCallback,
    instances_from_items,
)
from ..core.errors import AppError, ErrorKind
from ..core.fields import NoteFields, parse_fields
from ..core.i18n import Errors
from .config import image_url_allowed
from .gateway import BACKGROUND, USER, Gateway

SORT_KEYS = ("label", "artist", "title", "catno", "format", "rating", "added", "year")


class GatewayFetcher:
    """A python3-discogs-client fetcher that sends every request through a :class:`Gateway`.

    Authentication is the gateway's; 401/403 and 404 surface as :class:`AppError` (the client
    passes them through unchanged), and the client never sleeps or retries on its own.
    """

    backoff_enabled = False
    connect_timeout = None
    read_timeout = None

    def __init__(self, gateway: Gateway, cancel: CancelToken = NEVER) -> None:
        self.gateway = gateway
        self.cancel = cancel

    def fetch(
        self,
        client: object,
        method: str,
        url: str,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        json_format: bool = True,
        **_: Any,
    ) -> tuple[bytes, int]:
        if json_format and data is not None and not isinstance(data, (str, bytes)):
            data = json.dumps(data)
        extra = {k: v for k, v in (headers or {}).items() if k.lower() != "user-agent"}
        response = self.gateway.request(
            method, url, data=data, headers=extra, cancel=self.cancel, expect_json=True
        )
        return response.content, response.status_code


def preload() -> None:
    """Import now what the first collection request imports (``discogs_client``, OAuth).

    The window calls this while it is being made: a worker thread importing these modules
    holds the GIL for about 100 ms, and the window could not paint meanwhile.
    """
    import discogs_client  # noqa: F401
    import requests_oauthlib  # noqa: F401


def discogs_client_for(gateway: Gateway, cancel: CancelToken = NEVER) -> Any:
    """A ``discogs_client.Client`` whose HTTP goes through ``gateway``."""
    import discogs_client

    client = discogs_client.Client(gateway.user_agent)
    client._base_url = gateway.api_url
    client._fetcher = GatewayFetcher(gateway, cancel)
    return client


def _is_page(body: dict[str, Any]) -> bool:
    pagination = body.get("pagination")
    return (
        isinstance(body.get("releases"), list)
        and isinstance(pagination, dict)
        and isinstance(pagination.get("pages"), int)
    )


class DiscogsSource:
    """A :class:`CollectionSource` reading one user's collection from the Discogs API."""

    def __init__(
        self, gateway: Gateway, username: str | None = None, *, priority: str = USER
    ) -> None:
        self.gateway = gateway
        self._username = (username or "").strip()
        self.priority = priority  # of its listing requests (see Gateway.request)

    def background(self) -> DiscogsSource:
        """The same collection through the same gateway, read at background priority: its
        requests yield to the user's and keep to half the rate limit."""
        return DiscogsSource(self.gateway, self._username or None, priority=BACKGROUND)

    def user_work(self) -> Any:
        """A context manager: the user's work is under way (background reads wait)."""
        return self.gateway.user_work()

    # ---- who ---------------------------------------------------------------------------------
    def identity(self, cancel: CancelToken = NEVER) -> dict[str, Any]:
        """``GET /oauth/identity``: ``{id, username, resource_url, consumer_name}``."""
        user = discogs_client_for(self.gateway, cancel).identity()
        data = dict(user.data)
        name = data.get("username")
        if not isinstance(name, str) or not name:
            raise AppError(
                ErrorKind.DATA, Errors.tr("Discogs sent an unexpected answer about the account.")
            )
        if not self._username:
            self._username = name
        return data

    def resolve_username(self, cancel: CancelToken = NEVER) -> str:
        """The username, asking Discogs (``/oauth/identity``) if it was not given."""
        if not self._username:
            self._username = str(self.identity(cancel)["username"])
        return self._username

    @property
    def username(self) -> str:
        """The collection owner (asked from Discogs the first time when it was not given)."""
        if not self._username:
            self._username = str(self.identity()["username"])
        return self._username

    def _user_path(self, *parts: str | int) -> str:
        tail = "/".join(quote(str(p), safe="") for p in parts)
        return f"/users/{quote(self.username, safe='')}/{tail}"

    # ---- folders and fields -----------------------------------------------------------------
    def folders(self, cancel: CancelToken = NEVER) -> list[Folder]:
        body = self.gateway.get_json(
            self._user_path("collection", "folders"),
            cancel=cancel,
            validate=lambda b: isinstance(b.get("folders"), list),
        )
        found: list[Folder] = []
        for raw in body["folders"]:
            try:
                found.append(Folder(int(raw["id"]), str(raw["name"]), int(raw.get("count") or 0)))
            except (KeyError, TypeError, ValueError):
                continue
        found.sort(key=lambda f: f.id != ALL_FOLDER_ID)  # All first; Discogs' order otherwise
        if not any(f.id == ALL_FOLDER_ID for f in found):
            found.insert(0, Folder(ALL_FOLDER_ID, "All", sum(f.count for f in found)))
        return found

    def note_fields(self, cancel: CancelToken = NEVER) -> NoteFields:
        """The collection fields, with each dropdown field's options (one request)."""
        body = self.gateway.get_json(
            self._user_path("collection", "fields"),
            cancel=cancel,
            validate=lambda b: isinstance(b.get("fields"), list),
        )
        return parse_fields(body["fields"])

    def release_instances(
        self, release_id: int, cancel: CancelToken = NEVER, on_wait: WaitCallback | None = None
    ) -> list[dict[str, Any]]:
        """``GET /users/{u}/collection/releases/{id}``: the collection items of one release (in
        whatever folders they are now); empty when it is no longer in the collection."""
        body = self.gateway.get_json(
            self._user_path("collection", "releases", int(release_id)),
            cancel=cancel,
            on_wait=on_wait,
            validate=lambda b: isinstance(b.get("releases"), list),
        )
        return [item for item in body["releases"] if isinstance(item, dict)]

    def fetch_image(self, url: str, cancel: CancelToken = NEVER) -> bytes:
        """The bytes of a cover (``thumb`` or ``cover_image`` of an item): only from Discogs'
        image hosts (or the API's own host), never with the sign-in."""
        if not image_url_allowed(url, self.gateway.api_url):
            raise AppError(ErrorKind.DATA, "Covers are only fetched from Discogs.")
        return self.gateway.fetch_image(url, cancel)

    def write_field(
        self,
        folder_id: int,
        release_id: int,
        instance_id: int,
        field_id: int,
        value: str,
        cancel: CancelToken = NEVER,
        on_wait: WaitCallback | None = None,
    ) -> None:
        """``POST .../folders/{f}/releases/{r}/instances/{i}/fields/{id}`` with ``value``: set one
        note field of one collection instance (paced and retried like every request; 401/403
        raise ``AppError(AUTH)``, other 4xx ``AppError(DATA)``)."""
        path = self._user_path(
            "collection",
            "folders",
            int(folder_id),
            "releases",
            int(release_id),
            "instances",
            int(instance_id),
            "fields",
            int(field_id),
        )
        self.gateway.request(
            "POST",
            path,
            data=json.dumps({"value": value}),
            headers={"Content-Type": "application/json"},
            cancel=cancel,
            on_wait=on_wait,
            expect_json=False,
        )

    # ---- listing -----------------------------------------------------------------------------
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
        """Every page of ``folder_id`` from ``start_page`` on, 100 items each."""
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r}")
        path = self._user_path("collection", "folders", int(folder_id), "releases")
        page = max(1, int(start_page))
        while True:
            cancel.check()
            body = self.gateway.get_json(
                path,
                {
                    "page": page,
                    "per_page": PER_PAGE,
                    "sort": sort,
                    "sort_order": "desc" if order == "desc" else "asc",
                },
                cancel=cancel,
                on_wait=on_wait,
                validate=_is_page,
                priority=self.priority,
            )
            pagination = body["pagination"]
            pages = max(1, int(pagination["pages"]))
            try:
                total = int(pagination.get("items") or 0)
            except (TypeError, ValueError):
                total = 0
            items = body["releases"]
            instances, skipped = instances_from_items(items)
            yield Page(int(folder_id), page, pages, total, instances, items, skipped)
            if page >= pages:
                return
            page += 1
