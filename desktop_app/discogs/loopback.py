"""The one-shot loopback server the browser comes back to after an OAuth approval (RFC 8252)."""

from __future__ import annotations

import hmac
import html
import logging
import secrets
import socketserver
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from ..core.cancel import NEVER, CancelToken
from ..core.errors import AppError, Cancelled, ErrorKind
from ..core.i18n import Errors, Message

log = logging.getLogger(__name__)

#: Discogs request tokens and verifiers expire after about this long.
REQUEST_TOKEN_LIFETIME = 15 * 60.0
DEFAULT_CALLBACK_TIMEOUT = REQUEST_TOKEN_LIFETIME
LOOPBACK_HOST = "127.0.0.1"


@dataclass(frozen=True)
class CallbackResult:
    """What the browser brought back: ``status`` "ok" (with the verifier) or "denied"."""

    status: str
    oauth_token: str = ""
    verifier: str = ""


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} — Discogs QR Export</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:system-ui,sans-serif;margin:4em auto;max-width:32em;padding:0 1em;
color:#222}}h1{{font-size:1.4em}}</style></head>
<body><h1>{title}</h1><p>{text}</p></body></html>
"""


def _page(title: str, text: str) -> bytes:
    return _PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")


class _LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = False  # never share the port with another process
    listener: LoopbackListener

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup of the address: not needed here.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)


class _CallbackHandler(BaseHTTPRequestHandler):
    server: _LoopbackServer
    protocol_version = "HTTP/1.0"
    timeout = 10  # an idle (pre-)connection never holds a thread for long
    server_version = "DiscogsQRExport"
    sys_version = ""

    def do_GET(self) -> None:
        listener = self.server.listener
        status, body, finished = listener._handle(self.path)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        if finished:
            closer = threading.Thread(target=listener.close, name="oauth-close", daemon=True)
            closer.start()

    def log_message(self, format: str, *args: object) -> None:
        log.debug("loopback callback: %s", self.command)  # never log the query (it holds secrets)


class LoopbackListener:
    """A one-shot OAuth callback server on ``http://127.0.0.1:<ephemeral port>/callback/<random>``.

    It accepts exactly one callback whose ``oauth_token`` matches the request token given to
    :meth:`expect` (or the constructor), answers the browser with a short page, and closes.
    Wrong tokens get 400 (and it keeps waiting), other paths 404, anything after the answer 410.
    """

    def __init__(self, expected_token: str = "") -> None:
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._expected = expected_token
        self._result: CallbackResult | None = None
        self._closed = False
        self.path = f"/callback/{secrets.token_urlsafe(24)}"
        self._server = _LoopbackServer((LOOPBACK_HOST, 0), _CallbackHandler)
        self._server.listener = self
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="oauth-loopback",
            daemon=True,
        )
        self._thread.start()

    # ---- properties ------------------------------------------------------------------------
    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    @property
    def port(self) -> int:
        return self.address[1]

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK_HOST}:{self.port}{self.path}"

    @property
    def closed(self) -> bool:
        with self._lock:
            return self._closed

    @property
    def result(self) -> CallbackResult | None:
        with self._lock:
            return self._result

    def expect(self, token: str) -> None:
        """Set the request token the callback must carry."""
        with self._lock:
            self._expected = token

    # ---- request handling (called on the server's threads) -----------------------------------
    def _handle(self, raw_path: str) -> tuple[int, bytes, bool]:
        split = urlsplit(raw_path)
        if split.path != self.path:
            return 404, _page("Not found", "There is nothing here."), False
        params = {k: v[0] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        with self._lock:
            if self._result is not None or self._closed:
                return (
                    410,
                    _page(
                        "Link already used",
                        "This sign-in link has already been used. Return to Discogs QR Export.",
                    ),
                    False,
                )
            expected = self._expected
            token = params.get("oauth_token", "")
            if "denied" in params:
                denied = params["denied"] or token
                if expected and hmac.compare_digest(denied, expected):
                    self._result = CallbackResult("denied", oauth_token=denied)
                    self._finished.set()
                    return (
                        200,
                        _page(
                            "Not signed in",
                            "Access was not granted, so Discogs QR Export is not signed in. "
                            "You can close this tab.",
                        ),
                        True,
                    )
            elif expected and token and hmac.compare_digest(token, expected):
                verifier = params.get("oauth_verifier", "")
                if verifier:
                    self._result = CallbackResult("ok", oauth_token=token, verifier=verifier)
                    self._finished.set()
                    return (
                        200,
                        _page("Signed in — you can close this tab", "Return to Discogs QR Export."),
                        True,
                    )
        return (
            400,
            _page(
                "Sign-in failed",
                "This link does not belong to the sign-in in progress. Start the sign-in again "
                "from Discogs QR Export.",
            ),
            False,
        )

    # ---- waiting and closing -------------------------------------------------------------------
    def wait(
        self, timeout: float | None = DEFAULT_CALLBACK_TIMEOUT, cancel: CancelToken = NEVER
    ) -> CallbackResult:
        """Block until the callback arrives; Cancelled on cancel/close, AppError on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            remaining = None if deadline is None else deadline - time.monotonic()
            slice_ = 0.05 if remaining is None else max(0.0, min(0.05, remaining))
            if self._finished.wait(slice_):
                with self._lock:
                    result = self._result
                if result is not None:
                    return result
                raise Cancelled(Errors.tr("The sign-in was cancelled."))
            if cancel.cancelled:
                raise Cancelled(Errors.tr("The sign-in was cancelled."))
            if remaining is not None and remaining <= 0:
                raise AppError(
                    ErrorKind.AUTH,
                    Errors.tr(
                        "No answer came from the browser within {time}; start the sign-in again."
                    ).args(time=_duration(timeout or 0)),
                )

    def close(self) -> None:
        """Stop listening; safe to call many times and from any thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._server.shutdown()
        self._server.server_close()
        self._finished.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=2)

    def __enter__(self) -> LoopbackListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _duration(seconds: float) -> Message:
    if seconds >= 90:
        return Errors.tr("%n minute(s)", None, round(seconds / 60))
    if seconds >= 1:
        return Errors.tr("%n second(s)", None, round(seconds))
    return Errors.tr("the time allowed")
