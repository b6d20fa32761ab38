"""A loopback HTTP server that behaves like the parts of the Discogs API the app uses.

Stdlib HTTP (``ThreadingHTTPServer`` on 127.0.0.1, port 0) in a daemon thread. Serves the API
(identity, user, folders, folder releases, note fields), the OAuth 1.0a endpoints and the
"web" authorize page, with rate-limit headers from a moving window and fault knobs for tests.

    with FakeDiscogs(generated_collection({"Jazz": 120})) as srv:
        requests.get(f"{srv.url}/oauth/identity", headers={...})

Run ``python -m tests.fakes.server`` to serve the demo collection for manual testing.
"""

from __future__ import annotations

import contextlib
import json
import math
import random
import secrets
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace, TracebackType
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from oauthlib.oauth1.rfc5849 import signature as oauth_signature
from oauthlib.oauth1.rfc5849 import utils as oauth_utils

from tests.fakes.dataset import FakeCollection, load_demo_collection, parse_date_added

MSG_AUTH = "You must authenticate to access this resource."
MSG_RATE = "You are making requests too quickly."
MSG_NOT_FOUND = "The requested resource was not found."
SERVER_ERRORS = (500, 502, 503, 504)
_REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Time-out",
}
_SORT_KEYS = ("label", "artist", "title", "catno", "format", "rating", "added", "year")


@dataclass
class RequestRecord:
    """One request as the server saw it (``status`` is what it answered)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    status: int = 0
    time: float = field(default_factory=time.monotonic)
    body: bytes = b""


@dataclass
class _RequestToken:
    secret: str
    callback: str
    created: float
    verifier: str | None = None
    denied: bool = False


class _Reply(Exception):
    """Raised inside a handler to answer at once."""

    def __init__(
        self,
        status: int,
        body: bytes | str | dict[str, Any],
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status)
        self.status = status
        if isinstance(body, dict):
            body = json_bytes(body)
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        if content_type.startswith("text/") or content_type.endswith("json"):
            content_type += "; charset=utf-8"
        self.content_type = content_type
        self.headers = headers or {}


def json_bytes(document: Any) -> bytes:
    """UTF-8 JSON as Discogs sends it; a lone surrogate (not encodable) goes out escaped."""
    text = json.dumps(document, ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(document).encode("ascii")


def _json_error(status: int, message: str) -> _Reply:
    return _Reply(status, {"message": message})


def _text_error(status: int, message: str) -> _Reply:
    return _Reply(status, message, "text/plain")


def _html_error(status: int) -> _Reply:
    reason = _REASONS.get(status, "Error")
    page = (
        f"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    )
    return _Reply(status, page, "text/html")


def _artist_text(info: dict[str, Any]) -> str:
    parts: list[str] = []
    for artist in info.get("artists", []):
        parts.append(artist.get("anv") or artist.get("name", ""))
        if artist.get("join"):
            parts.append(artist["join"])
    return " ".join(parts).casefold()


def _sort_key(sort: str) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    def first(items: list[dict[str, Any]], key: str) -> str:
        return str(items[0].get(key, "")).casefold() if items else ""

    def key(item: dict[str, Any]) -> tuple[Any, ...]:
        info = item.get("basic_information")
        info = info if isinstance(info, dict) else {}  # hostile items are served as they are
        added = parse_date_added(item["date_added"]).timestamp()
        primary: Any
        if sort == "artist":
            primary = _artist_text(info)
        elif sort == "title":
            primary = str(info.get("title", "")).strip().casefold()
        elif sort == "year":
            primary = int(info.get("year") or 0)
        elif sort == "rating":
            primary = int(item.get("rating") or 0)
        elif sort == "label":
            primary = first(info.get("labels", []), "name")
        elif sort == "catno":
            primary = first(info.get("labels", []), "catno")
        elif sort == "format":
            primary = first(info.get("formats", []), "name")
        else:
            primary = added
        instance = item.get("instance_id")
        return (primary, added, instance if isinstance(instance, int) else 0)

    return key


class FakeDiscogs:
    """A Discogs-compatible API on ``self.url`` serving one user's collection.

    Fault knobs are plain attributes and may be changed while the server runs. Every request
    is recorded in ``requests`` (``RequestRecord``), whatever the answer.
    """

    def __init__(
        self,
        collection: FakeCollection | None = None,
        *,
        rate_limit: int = 60,
        window_seconds: float = 60.0,
        personal_token: str = "good-token",
        consumer_key: str = "ck",
        consumer_secret: str = "cs",
        seed: int = 1234,
        request_token_ttl: float = 900.0,
        consumer_name: str = "Discogs QR Export",
    ) -> None:
        collection = collection if collection is not None else load_demo_collection()
        self.username: str = collection.username
        self.user_id: int = collection.user_id
        self._folders: list[dict[str, Any]] = [
            {"id": int(f["id"]), "name": str(f["name"])} for f in collection.folders
        ]
        if not any(f["id"] == 1 for f in self._folders):
            self._folders.insert(0, {"id": 1, "name": "Uncategorized"})
        self._items: list[dict[str, Any]] = list(collection.items)
        self._fields: list[dict[str, Any]] = list(collection.fields)
        self._sorted_cache: dict[tuple[int, str, str], list[dict[str, Any]]] = {}

        self.rate_limit = rate_limit
        self.window_seconds = window_seconds
        self.personal_token = personal_token
        self.consumer_key = consumer_key
        self.consumer_secret = consumer_secret
        self.consumer_name = consumer_name
        self.request_token_ttl = request_token_ttl

        # fault knobs
        self.fail_next_429: int = 0
        self.retry_after: float | None = None
        self.fail_ratio_5xx: float = 0.0
        self.fail_next_5xx: int = 0
        self.fault_path_contains: str = ""
        self.malformed_pages: set[tuple[int, int]] = set()
        self.slow_seconds: float = 0.0
        self.slow_paths: dict[str, float] = {}
        self.revoke_after: int | None = None
        self.enforce_rate_limit: bool = True
        self.require_user_agent: bool = True
        self.public_collection: bool = False
        self.auto_approve: bool = False
        self.check_oauth_nonce: bool = True
        #: answered, in order, instead of the next requests whose path has fault_path_contains:
        #: (status, body, content type), e.g. an HTML page with 200
        self.canned_replies: list[tuple[int, str | bytes, str]] = []
        self.reset_next: int = 0  # drop the next N such connections with a TCP reset
        self.short_page_drop: int = 0  # serve N fewer items per page than pagination says
        #: called as (folder_id, page) before a page of releases is served (to change the data)
        self.before_page: Callable[[int, int], None] | None = None
        #: answer every note-field write with this status (401, 403, 404, 500…) when set
        self.field_write_status: int | None = None
        #: (instance id, field id, value) of every stored note-field write, in order
        self.field_writes: list[tuple[int, int, str]] = []
        self.random = random.Random(seed)

        self.requests: list[RequestRecord] = []
        self.collection_successes: int = 0

        self.lock = threading.RLock()
        self._window: deque[float] = deque()
        self._revoked: set[str] = set()
        self._request_tokens: dict[str, _RequestToken] = {}
        self._access_tokens: dict[str, str] = {}
        self._nonces: set[tuple[str, str, str]] = set()
        self._connections: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url: str = ""

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> FakeDiscogs:
        """Bind 127.0.0.1 on a free port and serve in a daemon thread."""
        if self._httpd is not None:
            return self
        self._stopping.clear()
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        httpd.daemon_threads = True
        httpd.fake = self  # type: ignore[attr-defined]
        self._httpd = httpd
        self.url = f"http://127.0.0.1:{httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.name = f"FakeDiscogs:{httpd.server_address[1]}"
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and drop open (keep-alive) connections."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        with self.lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeDiscogs:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The bound port (0 before ``start``)."""
        return int(self.url.rsplit(":", 1)[1]) if self.url else 0

    @property
    def authorize_url(self) -> str:
        """The "web" authorize page (``?oauth_token=`` to be appended)."""
        return f"{self.url}/oauth/authorize"

    # ------------------------------------------------------------------ log

    def reset_log(self) -> None:
        """Forget the recorded requests."""
        with self.lock:
            self.requests.clear()

    def count(self, path_contains: str = "") -> int:
        """How many recorded requests have ``path_contains`` in their path."""
        with self.lock:
            return sum(1 for r in self.requests if path_contains in r.path)

    def reset_rate_window(self) -> None:
        """Empty the moving rate-limit window."""
        with self.lock:
            self._window.clear()

    # ------------------------------------------------------------------ test helpers

    @property
    def items(self) -> list[dict[str, Any]]:
        """A snapshot of every instance."""
        with self.lock:
            return list(self._items)

    @property
    def folders(self) -> list[dict[str, Any]]:
        """A snapshot of the user folders (not folder 0) with their counts."""
        with self.lock:
            return [dict(f, count=self._folder_count(f["id"])) for f in self._folders]

    def add_folder(self, name: str, folder_id: int | None = None) -> int:
        """Create a user folder; returns its id."""
        with self.lock:
            fid = folder_id or max([f["id"] for f in self._folders] + [1_204_400]) + 1
            if any(f["id"] == fid for f in self._folders):
                raise ValueError(f"folder {fid} exists")
            self._folders.append({"id": fid, "name": name})
            return fid

    def add_instances(self, items: Iterable[dict[str, Any]]) -> None:
        """Add collection items (API shape); their folders must exist, instance ids be new."""
        with self.lock:
            known = {f["id"] for f in self._folders}
            used = {it["instance_id"] for it in self._items}
            new = list(items)
            for item in new:
                if item["folder_id"] not in known:
                    raise ValueError(f"no folder {item['folder_id']}")
                if item["instance_id"] in used:
                    raise ValueError(f"instance {item['instance_id']} exists")
                used.add(item["instance_id"])
            self._items.extend(new)
            self._sorted_cache.clear()

    def remove_instance(self, instance_id: int) -> dict[str, Any]:
        """Remove one instance (KeyError if absent); returns it."""
        with self.lock:
            for n, item in enumerate(self._items):
                if item["instance_id"] == instance_id:
                    self._sorted_cache.clear()
                    return self._items.pop(n)
        raise KeyError(instance_id)

    def move_instance(self, instance_id: int, folder_id: int) -> None:
        """Move one instance to another user folder."""
        with self.lock:
            if folder_id == 0 or not any(f["id"] == folder_id for f in self._folders):
                raise ValueError(f"no folder {folder_id}")
            for n, item in enumerate(self._items):
                if item["instance_id"] == instance_id:
                    self._items[n] = {**item, "folder_id": folder_id}
                    self._sorted_cache.clear()
                    return
        raise KeyError(instance_id)

    # ---- collection fields (test helpers) ----------------------------------------------------
    @property
    def fields(self) -> list[dict[str, Any]]:
        """A snapshot of the collection fields, as ``/collection/fields`` lists them."""
        with self.lock:
            return [dict(f) for f in self._fields]

    def add_field(
        self, name: str, field_type: str = "textarea", options: Iterable[str] | None = None
    ) -> int:
        """Create a field of the user's own (``dropdown`` with ``options``); returns its id."""
        with self.lock:
            fid = max([int(f["id"]) for f in self._fields] + [0]) + 1
            made: dict[str, Any] = {"id": fid, "name": name, "type": field_type}
            made.update(position=len(self._fields) + 1, public=False)
            if field_type == "dropdown":
                made["options"] = list(options or ())
            else:
                made["lines"] = 1
            self._fields.append(made)
            return fid

    def rename_field(self, field_id: int, name: str) -> None:
        """Rename a field; the instances' values stay (they are keyed by field id)."""
        with self.lock:
            for n, f in enumerate(self._fields):
                if int(f["id"]) == field_id:
                    self._fields[n] = {**f, "name": name}
                    return
        raise KeyError(field_id)

    def delete_field(self, field_id: int) -> None:
        """Delete a field and every instance's value of it, as Discogs does."""
        with self.lock:
            before = len(self._fields)
            self._fields = [f for f in self._fields if int(f["id"]) != field_id]
            if len(self._fields) == before:
                raise KeyError(field_id)
            for n, item in enumerate(self._items):
                notes = item.get("notes")
                if isinstance(notes, list) and any(
                    isinstance(x, dict) and x.get("field_id") == field_id for x in notes
                ):
                    kept = [x for x in notes if x.get("field_id") != field_id]
                    self._items[n] = {**item, "notes": kept}
            self._sorted_cache.clear()

    def edit_release(self, instance_id: int, **changes: Any) -> None:
        """Change ``basic_information`` fields (e.g. ``title``) of one instance, as an edit of
        the release on Discogs would."""
        with self.lock:
            for n, item in enumerate(self._items):
                if item["instance_id"] == instance_id:
                    info = {**item["basic_information"], **changes}
                    self._items[n] = {**item, "basic_information": info}
                    self._sorted_cache.clear()
                    return
        raise KeyError(instance_id)

    def issue_verifier(self, request_token: str) -> str:
        """Approve a request token as the user would on the web page; returns the verifier."""
        with self.lock:
            token = self._live_request_token(request_token)
            if token is None:
                raise KeyError(request_token)
            if token.verifier is None:
                token.verifier = secrets.token_hex(5)
            return token.verifier

    def deny(self, request_token: str) -> None:
        """Deny a request token as the user would on the web page."""
        with self.lock:
            token = self._request_tokens.get(request_token)
            if token is None:
                raise KeyError(request_token)
            token.denied = True

    def issue_access_token(self) -> tuple[str, str]:
        """An OAuth access token and secret, without the dance."""
        with self.lock:
            token, token_secret = "at-" + secrets.token_hex(10), secrets.token_hex(12)
            self._access_tokens[token] = token_secret
            return token, token_secret

    def revoke(self, token: str | None = None) -> None:
        """Revoke one access token or the personal token; no argument revokes everything."""
        with self.lock:
            if token is None:
                self._revoked.update(self._access_tokens)
                self._revoked.add(self.personal_token)
            else:
                self._revoked.add(token)

    def unrevoke(self) -> None:
        """Accept every issued credential again (and disarm ``revoke_after``)."""
        with self.lock:
            self._revoked.clear()
            self.revoke_after = None
            self.collection_successes = 0

    # ------------------------------------------------------------------ internals

    def _folder_count(self, folder_id: int) -> int:
        if folder_id == 0:
            return len(self._items)
        return sum(1 for it in self._items if it["folder_id"] == folder_id)

    def _live_request_token(self, key: str) -> _RequestToken | None:
        token = self._request_tokens.get(key)
        if token is None:
            return None
        if time.monotonic() - token.created > self.request_token_ttl:
            del self._request_tokens[key]
            return None
        return token

    def _rate_headers(self) -> dict[str, str]:
        used = len(self._window)
        return {
            "X-Discogs-Ratelimit": str(self.rate_limit),
            "X-Discogs-Ratelimit-Used": str(used),
            "X-Discogs-Ratelimit-Remaining": str(max(0, self.rate_limit - used)),
        }

    def _retry_after_headers(self) -> dict[str, str]:
        if self.retry_after is None:
            return {}
        return {"Retry-After": f"{self.retry_after:g}"}

    def _admit(self, path: str) -> tuple[_Reply | None, dict[str, str]]:
        """Rate window and fault knobs: (an early reply or None, rate headers)."""
        with self.lock:
            now = time.monotonic()
            while self._window and now - self._window[0] >= self.window_seconds:
                self._window.popleft()
            faults_apply = self.fault_path_contains in path
            if self.enforce_rate_limit and len(self._window) >= self.rate_limit:
                reply = _Reply(429, {"message": MSG_RATE}, headers=self._retry_after_headers())
                return reply, self._rate_headers()
            if faults_apply and self.canned_replies:
                status, body, content_type = self.canned_replies.pop(0)
                return _Reply(status, body, content_type), self._rate_headers()
            if faults_apply and self.fail_next_429 > 0:
                self.fail_next_429 -= 1
                reply = _Reply(429, {"message": MSG_RATE}, headers=self._retry_after_headers())
                return reply, self._rate_headers()
            self._window.append(now)
            headers = self._rate_headers()
            status = 0
            if faults_apply and self.fail_next_5xx > 0:
                self.fail_next_5xx -= 1
                status = self.random.choice(SERVER_ERRORS)
            elif (
                faults_apply and self.fail_ratio_5xx and self.random.random() < self.fail_ratio_5xx
            ):
                status = self.random.choice(SERVER_ERRORS)
            if status:
                if self.random.random() < 0.5:
                    return _html_error(status), headers
                return _json_error(status, "An internal server error occurred."), headers
            return None, headers

    def _take_reset(self, path: str) -> bool:
        with self.lock:
            if self.reset_next > 0 and self.fault_path_contains in path:
                self.reset_next -= 1
                return True
            return False

    def _delay_for(self, path: str) -> float:
        with self.lock:
            delay = self.slow_seconds
            for part, seconds in self.slow_paths.items():
                if part in path:
                    delay += seconds
            return delay

    # --- auth

    def _oauth_params(self, handler: _Handler) -> dict[str, str]:
        """``oauth_*`` parameters from the query, a form body and the Authorization header."""
        merged = {**handler.query, **handler.form}
        params = {k: v for k, v in merged.items() if k.startswith("oauth_")}
        header = handler.headers.get("Authorization", "")
        if header[:6].lower() == "oauth ":
            try:
                pairs = oauth_utils.parse_authorization_header(header)
            except (ValueError, IndexError):
                return {}
            params.update((k, oauth_utils.unescape(v)) for k, v in pairs if k != "realm")
        return params

    def _verify_signature(
        self, handler: _Handler, params: dict[str, str], token_secret: str
    ) -> bool:
        method = params.get("oauth_signature_method", "")
        signature = params.get("oauth_signature", "")
        if method == "PLAINTEXT":
            expected = f"{quote(self.consumer_secret, safe='~')}&{quote(token_secret, safe='~')}"
            return secrets.compare_digest(signature, expected)
        if method != "HMAC-SHA1":
            return False
        if self.check_oauth_nonce:
            key = (params.get("oauth_consumer_key", ""), params.get("oauth_nonce", ""),
                   params.get("oauth_timestamp", ""))  # fmt: skip
            with self.lock:
                if key in self._nonces:
                    return False
                self._nonces.add(key)
        host = handler.headers.get("Host") or f"127.0.0.1:{self.port}"
        uri = f"http://{host}{handler.path}"
        query = urlsplit(handler.path).query
        body = handler.body.decode("utf-8", "replace") if handler.is_form else None
        collected = oauth_signature.collect_parameters(
            uri_query=query, body=body, headers=dict(handler.headers.items())
        )
        request = SimpleNamespace(
            http_method=handler.command, uri=uri, params=collected, signature=signature
        )
        try:
            return bool(
                oauth_signature.verify_hmac_sha1(
                    request, self.consumer_secret, token_secret or None
                )
            )
        except ValueError:
            return False

    def _authenticate(self, handler: _Handler) -> str | None:
        """The credential in use (personal token or access token), or None."""
        header = handler.headers.get("Authorization", "")
        token: str | None = None
        if header.startswith("Discogs "):
            for part in header[8:].split(","):
                name, _, value = part.strip().partition("=")
                if name == "token":
                    token = value
        elif header[:6].lower() == "oauth ":
            params = self._oauth_params(handler)
            access = params.get("oauth_token", "")
            with self.lock:
                secret = self._access_tokens.get(access)
            if (
                params.get("oauth_consumer_key") != self.consumer_key
                or secret is None
                or not self._verify_signature(handler, params, secret)
            ):
                return None
            token = access
        else:
            token = handler.query.get("token")
        if token is None:
            return None
        with self.lock:
            if token in self._revoked:
                return None
            if token == self.personal_token or token in self._access_tokens:
                return token
        return None

    # --- routes

    def _route(self, handler: _Handler) -> _Reply:
        path = urlsplit(handler.path).path.rstrip("/") or "/"
        parts = [unquote(p) for p in path.split("/") if p]
        method = handler.command
        if parts[:1] == ["oauth"] and len(parts) == 2:
            if parts[1] == "request_token" and method in ("GET", "POST"):
                return self._request_token(handler)
            if parts[1] == "authorize" and method in ("GET", "POST"):
                return self._authorize(handler)
            if parts[1] == "access_token" and method == "POST":
                return self._access_token(handler)
            if parts[1] == "identity" and method == "GET":
                return self._identity(handler)
        if parts[:1] == ["users"] and len(parts) >= 2 and method == "GET":
            return self._user_route(handler, parts)
        if parts[:1] == ["users"] and len(parts) == 11 and method == "POST":
            return self._user_route(handler, parts)
        if method not in ("GET", "HEAD", "POST", "PUT", "DELETE"):
            return _json_error(405, "Method not allowed.")
        return _json_error(404, MSG_NOT_FOUND)

    def _identity(self, handler: _Handler) -> _Reply:
        token = self._authenticate(handler)
        if token is None:
            return _json_error(401, MSG_AUTH)
        return _Reply(
            200,
            {
                "id": self.user_id,
                "username": self.username,
                "resource_url": f"{self.url}/users/{self.username}",
                "consumer_name": self.consumer_name,
            },
        )

    def _user_route(self, handler: _Handler, parts: list[str]) -> _Reply:
        if parts[1].casefold() != self.username.casefold():
            return _json_error(404, "User does not exist or may have been deleted.")
        token = self._authenticate(handler)
        rest = parts[2:]
        public_ok = self.public_collection and (
            rest in (["collection", "folders"], ["collection", "fields"])
            or rest[:4] == ["collection", "folders", "0", "releases"]
            or rest == []
        )
        if token is None and not public_ok:
            return _json_error(401, MSG_AUTH)
        base = f"{self.url}/users/{self.username}"
        reply = self._collection_reply(handler, rest, base, token)
        if token is not None and rest and 200 <= reply.status < 300:
            with self.lock:
                self.collection_successes += 1
                if self.revoke_after is not None and self.collection_successes >= (
                    self.revoke_after
                ):
                    self._revoked.add(token)
        return reply

    def _collection_reply(
        self, handler: _Handler, rest: list[str], base: str, token: str | None
    ) -> _Reply:
        if handler.command == "POST":
            return self._field_write(handler, rest)
        if rest == []:
            with self.lock:
                count = len(self._items)
            return _Reply(
                200,
                {
                    "id": self.user_id,
                    "username": self.username,
                    "resource_url": base,
                    "uri": f"https://www.discogs.com/user/{self.username}",
                    "name": "",
                    "num_collection": count,
                    "collection_folders_url": f"{base}/collection/folders",
                    "collection_fields_url": f"{base}/collection/fields",
                },
            )
        if rest == ["collection", "folders"]:
            reply = self._folders_reply(base, owner=token is not None)
        elif rest == ["collection", "fields"]:
            with self.lock:
                reply = _Reply(200, {"fields": list(self._fields)})
        elif len(rest) == 3 and rest[:2] == ["collection", "folders"]:
            reply = self._folder_reply(base, rest[2])
        elif len(rest) == 4 and rest[:2] == ["collection", "folders"] and rest[3] == "releases":
            reply = self._releases_reply(handler, base, rest[2])
        elif len(rest) == 3 and rest[:2] == ["collection", "releases"]:
            reply = self._release_instances_reply(rest[2])
        else:
            return _json_error(404, MSG_NOT_FOUND)
        return reply

    def _folder_dict(self, base: str, folder_id: int, name: str) -> dict[str, Any]:
        return {
            "id": folder_id,
            "name": name,
            "count": self._folder_count(folder_id),
            "resource_url": f"{base}/collection/folders/{folder_id}",
        }

    def _folders_reply(self, base: str, *, owner: bool) -> _Reply:
        with self.lock:
            folders = [self._folder_dict(base, 0, "All")]
            if owner:
                ordered = sorted(self._folders, key=lambda f: (f["id"] != 1, f["id"]))
                folders += [self._folder_dict(base, f["id"], f["name"]) for f in ordered]
        return _Reply(200, {"folders": folders})

    def _find_folder(self, raw: str) -> int | None:
        try:
            folder_id = int(raw)
        except ValueError:
            return None
        if folder_id == 0 or any(f["id"] == folder_id for f in self._folders):
            return folder_id
        return None

    def _folder_reply(self, base: str, raw: str) -> _Reply:
        with self.lock:
            folder_id = self._find_folder(raw)
            if folder_id is None:
                return _json_error(404, "Folder not found.")
            name = "All" if folder_id == 0 else next(
                f["name"] for f in self._folders if f["id"] == folder_id
            )  # fmt: skip
            return _Reply(200, self._folder_dict(base, folder_id, name))

    def _sorted_items(self, folder_id: int, sort: str, order: str) -> list[dict[str, Any]]:
        key = (folder_id, sort, order)
        cached = self._sorted_cache.get(key)
        if cached is None:
            items = [it for it in self._items if folder_id == 0 or it["folder_id"] == folder_id]
            cached = sorted(items, key=_sort_key(sort), reverse=order == "desc")
            self._sorted_cache[key] = cached
        return cached

    def _field_write(self, handler: _Handler, rest: list[str]) -> _Reply:
        """``POST collection/folders/{f}/releases/{r}/instances/{i}/fields/{id}`` with ``value``
        (JSON body, form or query): store the value in the instance's notes; 204."""
        shape = ["collection", "folders", "", "releases", "", "instances", "", "fields", ""]
        if len(rest) != len(shape) or any(a and a != b for a, b in zip(shape, rest, strict=True)):
            return _json_error(404, MSG_NOT_FOUND)
        if self.field_write_status is not None:
            status = self.field_write_status
            return _json_error(status, MSG_AUTH if status in (401, 403) else "Refused.")
        try:
            folder_id, release_id, instance_id, field_id = (int(rest[i]) for i in (2, 4, 6, 8))
        except ValueError:
            return _json_error(404, MSG_NOT_FOUND)
        value = handler.form.get("value", handler.query.get("value"))
        if value is None and handler.body:
            try:
                document = json.loads(handler.body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                return _json_error(400, "The request body could not be read.")
            value = document.get("value") if isinstance(document, dict) else None
        if not isinstance(value, str):
            return _json_error(400, "A value is required.")
        with self.lock:
            if not any(f["id"] == field_id for f in self._fields):
                return _json_error(404, "Field not found.")
            for n, item in enumerate(self._items):
                if (item["instance_id"], item["id"], item["folder_id"]) == (
                    instance_id,
                    release_id,
                    folder_id,
                ):
                    notes = [
                        dict(x) for x in item.get("notes") or [] if x.get("field_id") != field_id
                    ]
                    notes.append({"field_id": field_id, "value": value})
                    notes.sort(key=lambda x: x["field_id"])
                    self._items[n] = {**item, "notes": notes}
                    self._sorted_cache.clear()
                    self.field_writes.append((instance_id, field_id, value))
                    return _Reply(204, b"")
        return _json_error(404, "Instance not found.")

    def set_field_value(self, instance_id: int, field_id: int, value: str) -> None:
        """Set one note field of one instance, as the collector would on Discogs (not logged as
        a request, not in ``field_writes``)."""
        with self.lock:
            for n, item in enumerate(self._items):
                if item["instance_id"] == instance_id:
                    notes = [
                        dict(x) for x in item.get("notes") or [] if x.get("field_id") != field_id
                    ]
                    notes.append({"field_id": field_id, "value": value})
                    notes.sort(key=lambda x: x["field_id"])
                    self._items[n] = {**item, "notes": notes}
                    self._sorted_cache.clear()
                    return
        raise KeyError(instance_id)

    def field_value(self, instance_id: int, field_id: int) -> str | None:
        """The value of one note field of one instance (None: not set)."""
        with self.lock:
            for item in self._items:
                if item["instance_id"] == instance_id:
                    for note in item.get("notes") or []:
                        if note.get("field_id") == field_id:
                            return str(note.get("value"))
        return None

    def _release_instances_reply(self, raw: str) -> _Reply:
        """``/collection/releases/{release_id}``: every instance of one release, any folder."""
        try:
            release_id = int(raw)
        except ValueError:
            return _json_error(404, "Release not found.")
        with self.lock:
            found = [it for it in self._items if it["id"] == release_id]
        pagination = {"page": 1, "pages": 1, "per_page": 50, "items": len(found), "urls": {}}
        return _Reply(200, {"pagination": pagination, "releases": found})

    def _releases_reply(self, handler: _Handler, base: str, raw: str) -> _Reply:
        q = handler.query

        def number(name: str, default: int) -> int:
            try:
                return int(q.get(name, default))
            except ValueError:
                return default

        per_page = min(100, max(1, number("per_page", 50)))
        page = max(1, number("page", 1))
        sort = q.get("sort", "added")
        sort = sort if sort in _SORT_KEYS else "added"
        order = "desc" if q.get("sort_order") == "desc" else "asc"
        hook = self.before_page
        if hook is not None:
            hook(self._find_folder(raw) or 0, page)
        with self.lock:
            folder_id = self._find_folder(raw)
            if folder_id is None:
                return _json_error(404, "Folder not found.")
            items = self._sorted_items(folder_id, sort, order)
            total = len(items)
            pages = max(1, math.ceil(total / per_page))
            if page > pages:
                return _json_error(404, f"Page {page} is out of range")
            chunk = items[(page - 1) * per_page : page * per_page]
            if self.short_page_drop:
                chunk = chunk[: max(0, len(chunk) - self.short_page_drop)]
            malformed = (folder_id, page) in self.malformed_pages

        def link(n: int) -> str:
            params = {"per_page": per_page, "page": n}
            if "sort" in q:
                params["sort"] = q["sort"]
            if "sort_order" in q:
                params["sort_order"] = q["sort_order"]
            return f"{base}/collection/folders/{folder_id}/releases?{urlencode(params)}"

        urls: dict[str, str] = {}
        if page > 1:
            urls["first"] = link(1)
            urls["prev"] = link(page - 1)
        if page < pages:
            urls["next"] = link(page + 1)
            urls["last"] = link(pages)
        document = {
            "pagination": {
                "page": page,
                "pages": pages,
                "per_page": per_page,
                "items": total,
                "urls": urls,
            },
            "releases": chunk,
        }
        body = json_bytes(document)
        if malformed:  # cut mid-document, on a character boundary
            body = body[: max(1, len(body) // 2)].decode("utf-8", "ignore").encode("utf-8")
        return _Reply(200, body)

    # --- OAuth

    def _request_token(self, handler: _Handler) -> _Reply:
        params = self._oauth_params(handler)
        if params.get("oauth_consumer_key") != self.consumer_key:
            return _text_error(401, "Invalid consumer.")
        callback = params.get("oauth_callback", "")
        if not callback:
            return _text_error(400, "Missing oauth_callback.")
        if not self._verify_signature(handler, params, ""):
            return _text_error(401, "Invalid signature. Expected signature base string: ...")
        with self.lock:
            key = "rt-" + secrets.token_hex(10)
            self._request_tokens[key] = _RequestToken(
                secret=secrets.token_hex(12), callback=callback, created=time.monotonic()
            )
            body = urlencode(
                {
                    "oauth_token": key,
                    "oauth_token_secret": self._request_tokens[key].secret,
                    "oauth_callback_confirmed": "true",
                }
            )
        return _Reply(200, body, "application/x-www-form-urlencoded")

    def _authorize(self, handler: _Handler) -> _Reply:
        q = {**handler.query, **handler.form}
        key = q.get("oauth_token", "")
        approve = q.get("approve") == "1" or (self.auto_approve and q.get("deny") != "1")
        deny = q.get("deny") == "1"
        with self.lock:
            token = self._live_request_token(key)
            if token is None:
                return _Reply(
                    400,
                    "<!doctype html><title>Discogs</title><p>Invalid or expired request token.</p>",
                    "text/html",
                )
            callback = token.callback
            if approve and not deny:
                if token.verifier is None:
                    token.verifier = secrets.token_hex(5)
                verifier = token.verifier
            elif deny:
                token.denied = True
        if not approve and not deny:
            page = (
                "<!doctype html><html><head><meta charset='utf-8'><title>Authorize application"
                f"</title></head><body><h1>{self.consumer_name} wants to access your "
                "Discogs account</h1>"
                f"<a id='approve' href='/oauth/authorize?oauth_token={key}&amp;approve=1'>"
                "Authorize</a> "
                f"<a id='deny' href='/oauth/authorize?oauth_token={key}&amp;deny=1'>Cancel</a>"
                "</body></html>"
            )
            return _Reply(200, page, "text/html")
        if callback == "oob":
            if deny:
                page = "<!doctype html><title>Discogs</title><p>You denied access.</p>"
                return _Reply(200, page, "text/html")
            page = (
                "<!doctype html><html><head><meta charset='utf-8'><title>Authorized</title>"
                "</head><body><p>Enter this code in the application:</p>"
                f"<code id='verifier'>{verifier}</code></body></html>"
            )
            return _Reply(200, page, "text/html")
        extra = {"denied": key} if deny else {"oauth_token": key, "oauth_verifier": verifier}
        sep = "&" if "?" in callback else "?"
        location = f"{callback}{sep}{urlencode(extra)}"
        return _Reply(302, "", "text/html", headers={"Location": location})

    def _access_token(self, handler: _Handler) -> _Reply:
        params = self._oauth_params(handler)
        if params.get("oauth_consumer_key") != self.consumer_key:
            return _text_error(401, "Invalid consumer.")
        key = params.get("oauth_token", "")
        with self.lock:
            token = self._live_request_token(key)
        if token is None:
            return _text_error(401, "Invalid or expired request token.")
        if token.denied:
            return _text_error(401, "The user denied access.")
        verifier = params.get("oauth_verifier", "")
        if token.verifier is None or not secrets.compare_digest(verifier, token.verifier):
            return _text_error(401, "Invalid verifier.")
        if not self._verify_signature(handler, params, token.secret):
            return _text_error(401, "Invalid signature.")
        with self.lock:
            if self._request_tokens.pop(key, None) is None:  # single use
                return _text_error(401, "Invalid or expired request token.")
            access, access_secret = "at-" + secrets.token_hex(10), secrets.token_hex(12)
            self._access_tokens[access] = access_secret
        body = urlencode({"oauth_token": access, "oauth_token_secret": access_secret})
        return _Reply(200, body, "application/x-www-form-urlencoded")

    # --- entry point from the handler

    def _handle(self, handler: _Handler) -> None:
        split = urlsplit(handler.path)
        record = RequestRecord(
            method=handler.command,
            path=split.path,
            query=dict(handler.query),
            headers=dict(handler.headers.items()),
            body=handler.body,
        )
        with self.lock:
            self.requests.append(record)
        delay = self._delay_for(split.path)
        if delay > 0 and self._stopping.wait(delay):
            handler.close_connection = True
            return
        if self._take_reset(split.path):
            record.status = 0
            handler.reset()
            return
        early, rate_headers = self._admit(split.path)
        reply: _Reply
        if early is not None:
            reply = early
        elif self.require_user_agent and not handler.headers.get("User-Agent"):
            reply = _json_error(403, "A User-Agent header is required.")
        else:
            try:
                reply = self._route(handler)
            except _Reply as raised:
                reply = raised
            except Exception as exc:  # a bug in the fake: make it visible, keep serving
                reply = _json_error(500, f"Fake server error: {exc!r}")
        record.status = reply.status
        handler.send(reply, rate_headers)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""
    timeout = 30

    query: dict[str, str]
    form: dict[str, str]
    body: bytes
    is_form: bool

    @property
    def fake(self) -> FakeDiscogs:
        return self.server.fake  # type: ignore[attr-defined]

    def setup(self) -> None:
        super().setup()
        with contextlib.suppress(OSError):  # headers and body go out as separate writes
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.fake.lock:
            self.fake._connections.add(self.connection)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        with self.fake.lock:
            self.fake._connections.discard(self.connection)

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.body = self.rfile.read(length) if length > 0 else b""
        self.query = dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))
        content_type = self.headers.get("Content-Type", "")
        self.is_form = content_type.startswith("application/x-www-form-urlencoded")
        self.form = {}
        if self.is_form and self.body:
            self.form = dict(parse_qsl(self.body.decode("utf-8", "replace"), True))
        self.fake._handle(self)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

    def send(self, reply: _Reply, rate_headers: dict[str, str]) -> None:
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("X-Discogs-Media-Type", "discogs.v2")
            self.send_header("Access-Control-Allow-Origin", "*")
            for name, value in {**rate_headers, **reply.headers}.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)
        except OSError:
            self.close_connection = True

    def reset(self) -> None:
        """Abort the connection with a TCP reset, answering nothing."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()

    def version_string(self) -> str:
        return "nginx"

    def log_message(self, format: str, *args: Any) -> None:
        pass


def main(argv: list[str] | None = None) -> None:
    """Serve the demo collection until interrupted (for trying the app by hand)."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate-limit", type=int, default=60)
    parser.add_argument("--auto-approve", action="store_true")
    args = parser.parse_args(argv)
    srv = FakeDiscogs(rate_limit=args.rate_limit).start()
    srv.auto_approve = args.auto_approve
    print(f"Fake Discogs at {srv.url}  user={srv.username}  token={srv.personal_token}")
    print(f"OAuth consumer key={srv.consumer_key} secret={srv.consumer_secret}")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()


if __name__ == "__main__":
    main()
