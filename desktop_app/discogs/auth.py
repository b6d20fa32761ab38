"""Credentials and the request signers the gateway uses.

Personal access tokens are sent as ``Authorization: Discogs token=…``; OAuth 1.0a access tokens
are signed with requests-oauthlib. The OAuth sign-in flow (loopback callback) lives beside these.
"""

from __future__ import annotations

import hmac
import html
import json
import logging
import os
import re
import secrets
import socketserver
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import requests
from requests.auth import AuthBase

from .. import __version__
from ..core.cancel import NEVER, CancelToken
from ..core.errors import AppError, Cancelled, ErrorKind

log = logging.getLogger(__name__)

TOKEN_ENV = "DISCOGS_TOKEN"
CONSUMER_KEY_ENV = "DISCOGS_CONSUMER_KEY"
CONSUMER_SECRET_ENV = "DISCOGS_CONSUMER_SECRET"


class TokenAuth(AuthBase):
    """``Authorization: Discogs token=<personal access token>``."""

    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Discogs token={self.token}"
        return request


@dataclass(frozen=True)
class Credentials:
    """What is needed to sign requests: a personal token, or an OAuth access token + secret."""

    kind: str  # "token" or "oauth"
    token: str
    token_secret: str = ""
    consumer_key: str = ""
    consumer_secret: str = ""
    username: str = ""

    def auth(self) -> AuthBase:
        if self.kind == "token":
            return TokenAuth(self.token)
        from requests_oauthlib import OAuth1

        return OAuth1(
            self.consumer_key,
            client_secret=self.consumer_secret,
            resource_owner_key=self.token,
            resource_owner_secret=self.token_secret,
            signature_method="PLAINTEXT",
        )

    def to_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "token": self.token,
            "token_secret": self.token_secret,
            "consumer_key": self.consumer_key,
            "consumer_secret": self.consumer_secret,
            "username": self.username,
        }

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Credentials:
        return cls(**{k: str(data.get(k, "")) for k in cls.__dataclass_fields__})


def credentials_from_env() -> Credentials | None:
    token = os.environ.get(TOKEN_ENV, "").strip()
    return Credentials("token", token) if token else None


# ---- OAuth 1.0a sign-in --------------------------------------------------------------------

API_URL_ENV = "DISCOGS_API_URL"
WEB_URL_ENV = "DISCOGS_WEB_URL"
DEFAULT_API_URL = "https://api.discogs.com"
DEFAULT_WEB_URL = "https://www.discogs.com"
DEVELOPER_SETTINGS_URL = "https://www.discogs.com/settings/developers"
USER_AGENT = f"DiscogsQRExport/{__version__}"
HTTP_TIMEOUT = (5.0, 30.0)  # connect, read
#: Discogs request tokens and verifiers expire after about this long.
REQUEST_TOKEN_LIFETIME = 15 * 60.0
DEFAULT_CALLBACK_TIMEOUT = REQUEST_TOKEN_LIFETIME
LOOPBACK_HOST = "127.0.0.1"

MISSING_CONSUMER_MESSAGE = (
    "Signing in with OAuth needs a Discogs consumer key and secret: register an application at "
    f"{DEVELOPER_SETTINGS_URL} and pass --consumer-key/--consumer-secret (or set "
    f"{CONSUMER_KEY_ENV}/{CONSUMER_SECRET_ENV}), or sign in with a personal access token instead."
)
DENIED_MESSAGE = "Access was not granted on Discogs, so you are not signed in."

#: ``(method, url, auth) -> (status, body text)``; raises AppError(NETWORK) when unreachable.
Transport = Callable[[str, str, AuthBase], tuple[int, str]]


def default_api_url() -> str:
    """DISCOGS_API_URL, or the real API."""
    return (os.environ.get(API_URL_ENV, "").strip() or DEFAULT_API_URL).rstrip("/")


def default_web_url() -> str:
    """DISCOGS_WEB_URL, or the real site (where the authorize page is)."""
    return (os.environ.get(WEB_URL_ENV, "").strip() or DEFAULT_WEB_URL).rstrip("/")


def consumer_from_env() -> tuple[str, str] | None:
    """``(key, secret)`` from DISCOGS_CONSUMER_KEY / DISCOGS_CONSUMER_SECRET, if both are set."""
    key = os.environ.get(CONSUMER_KEY_ENV, "").strip()
    secret = os.environ.get(CONSUMER_SECRET_ENV, "").strip()
    return (key, secret) if key and secret else None


def session_transport(session: requests.Session | None = None) -> Transport:
    """A transport over ``requests``: the app's User-Agent, a timeout on every call, no retries.

    The OAuth endpoints answer form-encoded text (errors are plain text too), so the body is
    returned as text, never parsed as JSON here.
    """

    def call(method: str, url: str, auth: AuthBase) -> tuple[int, str]:
        sess = session or requests.Session()
        try:
            response = sess.request(
                method,
                url,
                auth=auth,
                headers={"User-Agent": USER_AGENT, "Accept": "*/*"},
                timeout=HTTP_TIMEOUT,
                allow_redirects=False,
            )
        except requests.Timeout as exc:
            raise AppError(
                ErrorKind.NETWORK, "Discogs did not answer in time; try again.", detail=str(exc)
            ) from exc
        except requests.RequestException as exc:
            raise AppError(
                ErrorKind.NETWORK,
                "Could not reach Discogs; check the internet connection and try again.",
                detail=str(exc),
            ) from exc
        finally:
            if session is None:
                sess.close()
        return response.status_code, response.text

    return call


def _transport_for(gateway_or_session: object | None, api_url: str | None = None) -> Transport:
    """How OAuth requests are sent: through a Gateway (default: a new one, for pacing, retries
    and the User-Agent), a ``requests.Session``, or any :data:`Transport` callable."""
    if gateway_or_session is None:
        from .gateway import Gateway

        return Gateway(api_url).transport
    if isinstance(gateway_or_session, requests.Session):
        return session_transport(gateway_or_session)
    transport = getattr(gateway_or_session, "transport", None)
    if callable(transport):
        return transport  # type: ignore[no-any-return]
    if callable(gateway_or_session):
        return gateway_or_session  # type: ignore[return-value]
    raise TypeError(f"cannot send OAuth requests through {gateway_or_session!r}")


def _raise_for_status(status: int, body: str, auth_message: str) -> None:
    if 200 <= status < 300:
        return
    detail = f"HTTP {status}: {body.strip()[:300]}"
    if status == 429:
        raise AppError(
            ErrorKind.RATE,
            "Discogs is receiving too many requests; wait a minute and try again.",
            detail=detail,
        )
    if status >= 500:
        raise AppError(
            ErrorKind.NETWORK,
            f"Discogs is not answering properly right now (HTTP {status}); try again later.",
            detail=detail,
        )
    raise AppError(ErrorKind.AUTH, auth_message, detail=detail)


def _form(body: str, *names: str) -> dict[str, str]:
    values = {k: v[0] for k, v in parse_qs(body.strip(), keep_blank_values=True).items() if v}
    if not all(values.get(name) for name in names):
        raise AppError(
            ErrorKind.AUTH,
            "Discogs sent an unexpected answer during sign-in; try again.",
            detail=body.strip()[:300],
        )
    return values


def fetch_identity(
    creds: Credentials,
    *,
    base_url: str | None = None,
    gateway_or_session: object | None = None,
) -> dict[str, object]:
    """``GET /oauth/identity`` with ``creds``: ``{id, username, resource_url, consumer_name}``."""
    transport = _transport_for(gateway_or_session, base_url)
    status, body = transport("GET", f"{base_url or default_api_url()}/oauth/identity", creds.auth())
    _raise_for_status(
        status,
        body,
        "Discogs did not accept these credentials; the token may be wrong or revoked.",
    )
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("username"), str):
        raise AppError(
            ErrorKind.DATA,
            "Discogs sent an unexpected answer about the signed-in account.",
            detail=body.strip()[:300],
        )
    return data


def with_identity(
    creds: Credentials,
    *,
    base_url: str | None = None,
    gateway_or_session: object | None = None,
) -> Credentials:
    """``creds`` checked against Discogs, with ``username`` filled in."""
    identity = fetch_identity(creds, base_url=base_url, gateway_or_session=gateway_or_session)
    return replace(creds, username=str(identity["username"]))


_CODE_RE = re.compile(r"[A-Za-z0-9._~\-]{1,256}")


def parse_verifier(text: str, expected_token: str = "") -> str:
    """The OAuth verifier from what the user pasted: the bare code or the whole redirected
    address (``…?oauth_token=…&oauth_verifier=…``)."""
    value = (text or "").strip().strip("\"'<>").strip()
    if not value:
        raise AppError(
            ErrorKind.AUTH,
            "Paste the code Discogs showed, or the whole address from the browser's address bar.",
        )
    if _CODE_RE.fullmatch(value):
        return value
    split = urlsplit(value)
    params: dict[str, list[str]] = {}
    for part in (split.query, split.fragment, value if "=" in value and not split.query else ""):
        for key, values in parse_qs(part, keep_blank_values=True).items():
            params.setdefault(key, []).extend(values)
    if "denied" in params:
        raise AppError(ErrorKind.AUTH, DENIED_MESSAGE)
    token = (params.get("oauth_token") or [""])[0]
    if expected_token and token and not hmac.compare_digest(token, expected_token):
        raise AppError(
            ErrorKind.AUTH,
            "That address belongs to a different sign-in attempt; use the one from the newest.",
        )
    verifier = (params.get("oauth_verifier") or [""])[0].strip()
    if not verifier or not _CODE_RE.fullmatch(verifier):
        raise AppError(
            ErrorKind.AUTH,
            "That does not look like a Discogs sign-in code; paste the code Discogs showed, "
            "or the whole address the browser ended on.",
        )
    return verifier


# ---- loopback callback (RFC 8252) ------------------------------------------------------------


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
                raise Cancelled("The sign-in was cancelled.")
            if cancel.cancelled:
                raise Cancelled("The sign-in was cancelled.")
            if remaining is not None and remaining <= 0:
                raise AppError(
                    ErrorKind.AUTH,
                    f"No answer came from the browser within {_duration(timeout or 0)}; "
                    "start the sign-in again.",
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


def _duration(seconds: float) -> str:
    if seconds >= 90:
        return f"{round(seconds / 60)} minutes"
    if seconds >= 1:
        return f"{round(seconds)} seconds"
    return "the time allowed"


# ---- the flow ---------------------------------------------------------------------------------


class OAuthFlow:
    """OAuth 1.0a sign-in: request token → browser approval → verifier → access token.

    ``start()`` returns the address to open in a browser. The verifier then arrives through the
    loopback callback (:meth:`wait_for_callback`) or is pasted by the user; either way
    :meth:`complete` exchanges it and returns credentials with the username filled in.
    ``gateway_or_session`` is a Gateway (its ``transport``), a ``requests.Session`` or a
    :data:`Transport` callable; by default a new Gateway is used.
    Methods may be called from a worker thread; :meth:`cancel` from any thread.
    """

    def __init__(
        self,
        consumer_key: str | None = None,
        consumer_secret: str | None = None,
        *,
        api_url: str | None = None,
        web_url: str | None = None,
        gateway_or_session: object | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        env = consumer_from_env() or ("", "")
        self.consumer_key = (consumer_key or "").strip() or env[0]
        self.consumer_secret = (consumer_secret or "").strip() or env[1]
        if not self.consumer_key or not self.consumer_secret:
            raise AppError(ErrorKind.USAGE, MISSING_CONSUMER_MESSAGE)
        self.api_url = (api_url or default_api_url()).rstrip("/")
        self.web_url = (web_url or default_web_url()).rstrip("/")
        self._transport = _transport_for(gateway_or_session, self.api_url)
        self._clock = clock
        self._lock = threading.Lock()
        self._complete_lock = threading.Lock()
        self._cancel = CancelToken()
        self._listener: LoopbackListener | None = None
        self._request_token = ""
        self._request_secret = ""
        self._started_at: float | None = None
        self._credentials: Credentials | None = None
        self.authorize_url = ""
        self.callback_url = ""

    @property
    def uses_loopback(self) -> bool:
        return self._listener is not None

    @property
    def listener(self) -> LoopbackListener | None:
        return self._listener

    @property
    def request_token(self) -> str:
        return self._request_token

    def start(self, use_loopback: bool = True) -> str:
        """Get a request token and return the authorize address for the browser.

        With ``use_loopback`` a callback server is started on 127.0.0.1; if that is impossible
        (or not wanted) the callback is ``oob`` and Discogs shows a code to paste.
        """
        self._cancel.check()
        self._close_listener()
        listener: LoopbackListener | None = None
        if use_loopback:
            try:
                listener = LoopbackListener()
            except OSError as exc:
                log.warning("cannot start the loopback listener (%s); using paste-code", exc)
        callback = listener.url if listener else "oob"
        try:
            from requests_oauthlib import OAuth1

            auth = OAuth1(
                self.consumer_key,
                client_secret=self.consumer_secret,
                callback_uri=callback,
                signature_method="PLAINTEXT",
            )
            status, body = self._transport("GET", f"{self.api_url}/oauth/request_token", auth)
            _raise_for_status(
                status,
                body,
                "Discogs did not accept the application's consumer key and secret; check them "
                f"at {DEVELOPER_SETTINGS_URL}.",
            )
            form = _form(body, "oauth_token", "oauth_token_secret")
        except BaseException:
            if listener:
                listener.close()
            raise
        with self._lock:
            if self._cancel.cancelled:
                if listener:
                    listener.close()
                raise Cancelled("The sign-in was cancelled.")
            self._listener = listener
            self._request_token = form["oauth_token"]
            self._request_secret = form["oauth_token_secret"]
            self._started_at = self._clock()
            self._credentials = None
            if listener:
                listener.expect(self._request_token)
            self.callback_url = callback
            self.authorize_url = (
                f"{self.web_url}/oauth/authorize?{urlencode({'oauth_token': self._request_token})}"
            )
            return self.authorize_url

    def wait_for_callback(
        self, timeout: float | None = DEFAULT_CALLBACK_TIMEOUT, cancel: CancelToken = NEVER
    ) -> str:
        """Wait for the browser to come back; return the verifier.

        Raises Cancelled (``cancel()``, ``cancel`` set), AppError(AUTH) on denial or timeout.
        """
        listener = self._listener
        if listener is None:
            raise AppError(
                ErrorKind.AUTH,
                "This sign-in has no callback; paste the code Discogs shows instead.",
            )
        result = listener.wait(timeout, _AnyCancel(cancel, self._cancel))
        if result.status == "denied":
            raise AppError(ErrorKind.AUTH, DENIED_MESSAGE)
        return result.verifier

    def expired(self) -> bool:
        started = self._started_at
        return started is not None and self._clock() - started > REQUEST_TOKEN_LIFETIME

    def complete(self, verifier: str, cancel: CancelToken = NEVER) -> Credentials:
        """Exchange the verifier (bare code or pasted address) for credentials with a username.

        Works whether or not the callback arrived; a second call returns the same credentials.
        """
        with self._complete_lock:
            if self._credentials is not None:
                return self._credentials
            if not self._request_token:
                raise AppError(ErrorKind.AUTH, "Start the sign-in before entering a code.")
            code = parse_verifier(verifier, self._request_token)
            both = _AnyCancel(cancel, self._cancel)
            both.check()
            from requests_oauthlib import OAuth1

            auth = OAuth1(
                self.consumer_key,
                client_secret=self.consumer_secret,
                resource_owner_key=self._request_token,
                resource_owner_secret=self._request_secret,
                verifier=code,
                signature_method="PLAINTEXT",
            )
            status, body = self._transport("POST", f"{self.api_url}/oauth/access_token", auth)
            if status in (400, 401, 403) and self.expired():
                _raise_for_status(
                    status,
                    body,
                    "The sign-in request expired (they last about 15 minutes); start again.",
                )
            _raise_for_status(
                status,
                body,
                "Discogs did not accept the code; check it, or start the sign-in again if more "
                "than 15 minutes have passed (codes expire).",
            )
            form = _form(body, "oauth_token", "oauth_token_secret")
            creds = Credentials(
                "oauth",
                form["oauth_token"],
                form["oauth_token_secret"],
                consumer_key=self.consumer_key,
                consumer_secret=self.consumer_secret,
            )
            both.check()
            creds = with_identity(creds, base_url=self.api_url, gateway_or_session=self._transport)
            self._credentials = creds
        self._close_listener()
        return creds

    def cancel(self) -> None:
        """Stop the sign-in: wake any wait at once and close the callback server."""
        self._cancel.cancel()
        self._close_listener()

    def close(self) -> None:
        self._close_listener()

    def _close_listener(self) -> None:
        listener = self._listener
        if listener is not None:
            listener.close()


class _AnyCancel(CancelToken):
    """Cancelled when any of the given tokens is."""

    def __init__(self, *tokens: CancelToken) -> None:
        super().__init__()
        self._tokens = tokens

    @property
    def cancelled(self) -> bool:
        return any(t.cancelled for t in self._tokens)

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled("The sign-in was cancelled.")
