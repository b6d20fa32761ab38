"""OAuth 1.0a sign-in: request token → browser approval → verifier → access token."""

from __future__ import annotations

import hmac
import logging
import re
import threading
import time
from collections.abc import Callable
from urllib.parse import parse_qs, urlencode, urlsplit

from ..core.cancel import NEVER, CancelToken
from ..core.errors import AppError, Cancelled, ErrorKind
from ..core.i18n import Errors
from .auth import Credentials
from .config import (
    CONSUMER_KEY_ENV,
    CONSUMER_SECRET_ENV,
    DEVELOPER_SETTINGS_URL,
    consumer_from_env,
)
from .config import api_url as default_api_url
from .config import web_url as default_web_url
from .identity import raise_for_status, read_form, transport_for, with_identity
from .loopback import (
    DEFAULT_CALLBACK_TIMEOUT,
    REQUEST_TOKEN_LIFETIME,
    LoopbackListener,
)

log = logging.getLogger(__name__)

MISSING_CONSUMER_MESSAGE = Errors.tr(
    "Signing in with OAuth needs a Discogs consumer key and secret: register an application at "
    "{url} and pass --consumer-key/--consumer-secret (or set {key_env}/{secret_env}), or sign in "
    "with a personal access token instead (`discogs-qr login --token`)."
).args(url=DEVELOPER_SETTINGS_URL, key_env=CONSUMER_KEY_ENV, secret_env=CONSUMER_SECRET_ENV)
DENIED_MESSAGE = Errors.tr("Access was not granted on Discogs, so you are not signed in.")

_CODE_RE = re.compile(r"[A-Za-z0-9._~\-]{1,256}")


def parse_verifier(text: str, expected_token: str = "") -> str:
    """The OAuth verifier from what the user pasted: the bare code or the whole redirected
    address (``…?oauth_token=…&oauth_verifier=…``)."""
    value = (text or "").strip().strip("\"'<>").strip()
    if not value:
        raise AppError(
            ErrorKind.AUTH,
            Errors.tr(
                "Paste the code Discogs showed, or the whole address from the browser's address "
                "bar."
            ),
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
            Errors.tr(
                "That address belongs to a different sign-in attempt; use the one from the newest."
            ),
        )
    verifier = (params.get("oauth_verifier") or [""])[0].strip()
    if not verifier or not _CODE_RE.fullmatch(verifier):
        raise AppError(
            ErrorKind.AUTH,
            Errors.tr(
                "That does not look like a Discogs sign-in code; paste the code Discogs showed, "
                "or the whole address the browser ended on."
            ),
        )
    return verifier


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
        self._transport = transport_for(gateway_or_session, self.api_url)
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
            raise_for_status(
                status,
                body,
                Errors.tr(
                    "Discogs did not accept the application's consumer key and secret; check "
                    "them at {url}."
                ).args(url=DEVELOPER_SETTINGS_URL),
            )
            form = read_form(body, "oauth_token", "oauth_token_secret")
        except BaseException:
            if listener:
                listener.close()
            raise
        with self._lock:
            if self._cancel.cancelled:
                if listener:
                    listener.close()
                raise Cancelled(Errors.tr("The sign-in was cancelled."))
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
                Errors.tr("This sign-in has no callback; paste the code Discogs shows instead."),
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
                raise AppError(
                    ErrorKind.AUTH, Errors.tr("Start the sign-in before entering a code.")
                )
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
                raise_for_status(
                    status,
                    body,
                    Errors.tr(
                        "The sign-in request expired (they last about 15 minutes); start again."
                    ),
                )
            raise_for_status(
                status,
                body,
                Errors.tr(
                    "Discogs did not accept the code; check it, or start the sign-in again if "
                    "more than 15 minutes have passed (codes expire)."
                ),
            )
            form = read_form(body, "oauth_token", "oauth_token_secret")
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
            raise Cancelled(Errors.tr("The sign-in was cancelled."))
