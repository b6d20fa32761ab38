"""The one place HTTP happens: a paced, retrying, cancellable client for the Discogs API.

One :class:`Gateway` per account, shared by every worker: Discogs counts requests per source IP
over a moving 60-second window, so the budget is shared too. The gateway keeps its own log of
request times and waits *before* a request would go over the limit (keeping one request in
reserve), instead of running into ``429`` and sleeping afterwards. Every wait goes through a
:class:`CancelToken`, so cancelling interrupts it at once.

Requests have a priority: the user's go first; a ``BACKGROUND`` request (the pass that reads the
collection again after a start) waits while the user's requests or work are under way, and goes
only while the window stays at or under half the rate limit (:func:`background_budget`).
"""

from __future__ import annotations

import json
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urljoin

import requests
from requests.auth import AuthBase

from ..core.cancel import NEVER, CancelToken
from ..core.errors import AppError, Cancelled, ErrorKind
from ..core.i18n import Errors
from .config import BACKOFF_ENV, TIMEOUT_ENV
from .config import api_url as default_api_url
from .config import user_agent as default_user_agent
from .config import web_url as web_url  # re-exported

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 60  # authenticated requests per window, until the server says otherwise
WINDOW_SECONDS = 60.0
RESERVE = 1  # requests kept unused in every window (other tools on the same IP, clock drift)
MARGIN_SECONDS = 0.1  # added to every pacing wait
BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
REPORT_MIN = 0.2  # pacing waits shorter than this are not reported through on_wait
WAIT_SLICE = 0.25  # a long wait is made of slices so a cancelled token is seen promptly

RETRYABLE_STATUS = frozenset({500, 502, 503, 504, 520, 521, 522, 523, 524})
#: An image larger than this is refused (Discogs' covers are well under 1 MB).
MAX_IMAGE_BYTES = 8 * 1024 * 1024
#: The image server says 403 or 429 when it is asked too often: back off as for a 5xx.
IMAGE_RETRYABLE = RETRYABLE_STATUS | {403, 429}
IMAGE_CHUNK = 64 * 1024
#: Retries of one image: a cover that keeps failing is asked for again much later instead.
IMAGE_RETRIES = 2

#: Called with (seconds, reason) before the gateway waits.
WaitCallback = Callable[[float, str], None]

REASON_RATE = "rate-limit"
REASON_RETRY = "retry"

#: Request priorities: the user's requests go at once; background ones (a pass re-reading the
#: collection) yield to them and keep to a share of the rate limit (see :func:`background_budget`).
USER = "user"
BACKGROUND = "background"
#: A background request waits this long after the user's last request (the next page of a load,
#: the next mark, follows within this time).
YIELD_SECONDS = 1.5
YIELD_POLL = 0.1


def background_budget(limit: int) -> int:
    """How many requests (everyone's, in the current window) may have been made for a background
    request still to go: it goes only while it keeps the window at or under half the limit, so
    at least half is always left to the user."""
    return max(1, int(limit) // 2)


def _env_float(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, "").strip() or default)
    except ValueError:
        return default
    return value if value >= 0 else default


def _env_timeout(default: tuple[float, float]) -> tuple[float, float]:
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    if not raw:
        return default
    try:
        parts = [float(p) for p in raw.split(",")]
    except ValueError:
        return default
    if len(parts) == 1:
        return (min(default[0], parts[0]), parts[0])
    return (parts[0], parts[1])


class _Default:
    pass


_DEFAULT_AUTH: Any = _Default()


class _Entry:
    """One request in the pacing log: ``at`` is None while it is in flight."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        self.at: float | None = None


class Gateway:
    """HTTP for the Discogs API: one session, timeouts, pacing, retries, cancellation.

    ``window_seconds`` is the length of the rate window (60 s on Discogs; tests shrink it).
    ``backoff_base`` is the first retry delay (doubling, with jitter, up to ``backoff_cap``);
    it defaults to ``DISCOGS_QR_BACKOFF_BASE`` or 1 s. Counters (``requests_made``,
    ``responses_429``, ``retries``, ``waited_seconds``) are for progress displays and tests.
    """

    def __init__(
        self,
        api_url: str | None = None,
        *,
        auth: AuthBase | None = None,
        timeout: tuple[float, float] = (5, 30),
        max_retries: int = 5,
        clock: Callable[[], float] = time.monotonic,
        user_agent: str | None = None,
        window_seconds: float = WINDOW_SECONDS,
        rate_limit: int = DEFAULT_LIMIT,
        backoff_base: float | None = None,
        backoff_cap: float = BACKOFF_CAP,
        margin_seconds: float = MARGIN_SECONDS,
        rng: random.Random | None = None,
    ) -> None:
        self.api_url = (api_url or default_api_url()).rstrip("/")
        self.auth = auth
        self.timeout = _env_timeout((float(timeout[0]), float(timeout[1])))
        self.max_retries = max(0, int(max_retries))
        self.user_agent = user_agent or default_user_agent()
        self.window_seconds = float(window_seconds)
        self.backoff_base = (
            _env_float(BACKOFF_ENV, BACKOFF_BASE) if backoff_base is None else backoff_base
        )
        self.backoff_cap = backoff_cap
        self.margin_seconds = margin_seconds
        self._clock = clock
        self._rng = rng or random.Random()
        self._session = requests.Session()
        self._session.headers.update({"User-Agent": self.user_agent, "Accept": "application/json"})

        self._lock = threading.Lock()
        self._log: list[_Entry] = []
        self._limit = int(rate_limit)
        self._limit_known = False
        self._external = 0  # requests the server counted that are not in our log
        self._external_seen_at = 0.0
        self._user_active = 0  # user requests (and user work) under way
        self._user_ended_at = float("-inf")
        self.yield_seconds = YIELD_SECONDS

        self.requests_made = 0
        self.responses_429 = 0
        self.retries = 0
        self.waited_seconds = 0.0

    # ---- public API --------------------------------------------------------------------------
    @property
    def rate_limit(self) -> int:
        """Requests per window (from ``X-Discogs-Ratelimit`` once a response has told us)."""
        return self._limit

    def free_now(self) -> int:
        """Requests that may go at once without waiting: the budget of the rate window less
        what it holds now (this gateway's requests and those the server counted besides)."""
        with self._lock:
            now = self._clock()
            recent = [e for e in self._log if e.at is None or now - e.at < self.window_seconds]
            external = self._external if now - self._external_seen_at < self.window_seconds else 0
            return max(0, max(1, self._limit - RESERVE) - len(recent) - external)

    def url(self, path_or_url: str) -> str:
        if path_or_url.startswith(("http://", "https://")):
            return path_or_url
        return urljoin(self.api_url + "/", path_or_url.lstrip("/"))

    def get_json(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        cancel: CancelToken = NEVER,
        on_wait: WaitCallback | None = None,
        *,
        validate: Callable[[dict[str, Any]], bool] | None = None,
        priority: str = USER,
    ) -> dict[str, Any]:
        """``GET`` a JSON object. A body that is not a JSON object (or fails ``validate``) is
        retried like a server error, then reported as a network error."""
        response = self.request(
            "GET",
            path,
            params=params,
            cancel=cancel,
            on_wait=on_wait,
            validate=validate,
            priority=priority,
        )
        return response.json_body  # type: ignore[attr-defined, no-any-return]

    def request(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Mapping[str, Any] | None = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        auth: AuthBase | None = _DEFAULT_AUTH,
        cancel: CancelToken = NEVER,
        on_wait: WaitCallback | None = None,
        expect_json: bool = True,
        check: bool = True,
        validate: Callable[[dict[str, Any]], bool] | None = None,
        priority: str = USER,
    ) -> requests.Response:
        """Send one request, paced and retried; return the final response.

        Server errors, connection problems, timeouts, ``429`` and (with ``expect_json``) bodies
        that are not a JSON object are retried a bounded number of times. With ``check``,
        401/403 raise ``AppError(AUTH)`` and other 4xx ``AppError(DATA)``; without it those
        responses are returned (the OAuth endpoints answer errors as plain text). With
        ``expect_json`` the parsed object is on ``response.json_body``.

        A ``BACKGROUND`` request waits while the user's requests are under way (and for
        :data:`YIELD_SECONDS` after the last one), and while the window holds
        :func:`background_budget` requests or more.
        """
        args = (method, path_or_url, params, data, headers, auth, cancel, on_wait)
        options = (expect_json, check, validate)
        if priority == BACKGROUND:
            return self._request(*args, *options, background=True)
        with self.user_work():
            return self._request(*args, *options, background=False)

    def user_work(self) -> _UserWork:
        """``with gateway.user_work():`` the user's work (a folder load, a refresh) is under way
        between its requests too: background requests wait until it is over."""
        return _UserWork(self)

    def _user_begin(self) -> None:
        with self._lock:
            self._user_active += 1

    def _user_end(self) -> None:
        with self._lock:
            self._user_active = max(0, self._user_active - 1)
            self._user_ended_at = self._clock()

    def _request(
        self,
        method: str,
        path_or_url: str,
        params: Mapping[str, Any] | None,
        data: Any,
        headers: Mapping[str, str] | None,
        auth: AuthBase | None,
        cancel: CancelToken,
        on_wait: WaitCallback | None,
        expect_json: bool,
        check: bool,
        validate: Callable[[dict[str, Any]], bool] | None,
        *,
        background: bool,
    ) -> requests.Response:
        url = self.url(path_or_url)
        use_auth = self.auth if isinstance(auth, _Default) else auth
        attempt = 0
        while True:
            cancel.check()
            entry = self._acquire(cancel, on_wait, background)
            problem: str
            detail: str
            try:
                response = self._send(
                    cancel,
                    method,
                    url,
                    params=params,
                    data=data,
                    headers=dict(headers or {}),
                    auth=use_auth,
                    timeout=self.timeout,
                    allow_redirects=False,
                )
            except requests.Timeout as exc:
                self._finish(entry, None)
                problem = Errors.tr("Discogs did not answer in time; try again later.")
                detail = str(exc)
            except requests.RequestException as exc:
                self._finish(entry, None)
                problem = Errors.tr(
                    "Could not reach Discogs; check the internet connection and try again later."
                )
                detail = str(exc)
            except BaseException:  # e.g. KeyboardInterrupt: never leave the request in flight
                self._finish(entry, None)
                raise
            else:
                status = response.status_code
                self._finish(entry, response)
                if status == 429:
                    with self._lock:
                        self.responses_429 += 1
                    if attempt >= self.max_retries:
                        raise AppError(
                            ErrorKind.RATE,
                            Errors.tr(
                                "Discogs kept refusing requests as too frequent; wait a minute "
                                "and try again."
                            ),
                            detail=_snippet(response),
                        )
                    delay = max(self._backoff(attempt), _retry_after(response))
                    attempt += 1
                    self._count_retry()
                    self._wait(delay, cancel, on_wait, REASON_RATE)
                    continue
                if status in RETRYABLE_STATUS:
                    problem = Errors.tr(
                        "Discogs is not answering properly right now (HTTP {status}); try again "
                        "later."
                    ).args(status=status)
                    detail = _snippet(response)
                elif 200 <= status < 300:
                    if not expect_json:
                        return response
                    body = _parse_object(response)
                    if body is not None and (validate is None or validate(body)):
                        response.json_body = body  # type: ignore[attr-defined]
                        return response
                    problem = Errors.tr(
                        "Discogs sent an answer that could not be read; try again later."
                    )
                    detail = _snippet(response)
                elif not check:
                    return response
                else:
                    raise _client_error(response, url)
            if attempt >= self.max_retries:
                raise AppError(ErrorKind.NETWORK, problem, detail=detail)
            delay = self._backoff(attempt)
            attempt += 1
            self._count_retry()
            log.info("retrying %s %s in %.2f s: %s", method, url, delay, problem)
            self._wait(delay, cancel, on_wait, REASON_RETRY)

    def _send(self, cancel: CancelToken, method: str, url: str, **kwargs: Any) -> requests.Response:
        """``session.request``; with a real cancel token it runs in a helper thread so that
        cancelling ends the wait at once even when the server never answers (the helper ends by
        itself at the read timeout, its answer unused). A token that was only stopped
        (:meth:`CancelToken.stop`) waits for the answer and returns it."""
        if cancel is NEVER:
            return self._session.request(method, url, **kwargs)
        outcome: list[Any] = []
        done = threading.Event()

        def run() -> None:
            try:
                outcome.append(self._session.request(method, url, **kwargs))
            except BaseException as exc:
                outcome.append(exc)
            finally:
                done.set()
                if (
                    cancel.cancelled
                    and not cancel.finish_in_flight
                    and outcome
                    and isinstance(outcome[0], requests.Response)
                ):
                    outcome[0].close()

        threading.Thread(target=run, name="discogs-request", daemon=True).start()
        while not done.wait(WAIT_SLICE):
            if cancel.cancelled and not cancel.finish_in_flight:
                raise Cancelled()
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def fetch_image(
        self, url: str, cancel: CancelToken = NEVER, *, max_bytes: int = MAX_IMAGE_BYTES
    ) -> bytes:
        """The bytes of one image (a cover), with this gateway's User-Agent, timeouts and
        cancellation, and backoff with jitter on 403/429/5xx and connection problems.

        Images come from Discogs' image servers, not the API: they take no part of the API's
        rate budget and are sent without the sign-in. A body over ``max_bytes`` is refused
        without being read to the end. Neither the address nor the bytes are logged.
        """
        attempt = 0
        while True:
            cancel.check()
            problem = ""
            try:
                response = self._send(
                    cancel,
                    "GET",
                    url,
                    headers={"Accept": "image/*"},
                    auth=None,
                    timeout=self.timeout,
                    allow_redirects=True,
                    stream=True,
                )
            except requests.RequestException as exc:
                problem = type(exc).__name__
            else:
                try:
                    status = response.status_code
                    if 200 <= status < 300:
                        return _read_capped(response, max_bytes, cancel)
                    if status not in IMAGE_RETRYABLE:
                        raise AppError(ErrorKind.DATA, f"The image server said HTTP {status}.")
                    problem = f"HTTP {status}"
                    retry_after = _retry_after(response)
                finally:
                    response.close()
            if attempt >= min(self.max_retries, IMAGE_RETRIES):
                raise AppError(ErrorKind.NETWORK, f"The image could not be fetched ({problem}).")
            delay = self._backoff(attempt)
            if problem.startswith("HTTP"):
                delay = max(delay, min(retry_after, self.backoff_cap))
            attempt += 1
            self._count_retry()
            self._wait(delay, cancel, None, REASON_RETRY)

    def transport(self, method: str, url: str, auth: AuthBase) -> tuple[int, str]:
        """``(method, url, auth) -> (status, text)`` for the OAuth sign-in (plain-text bodies)."""
        response = self.request(method, url, auth=auth, expect_json=False, check=False)
        return response.status_code, response.text

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> Gateway:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- pacing ------------------------------------------------------------------------------
    def _acquire(
        self, cancel: CancelToken, on_wait: WaitCallback | None, background: bool = False
    ) -> _Entry:
        """Wait until one more request fits in the window; log it as in flight."""
        while True:
            with self._lock:
                delay = self._delay_locked(background)
                if delay <= 0:
                    entry = _Entry()
                    self._log.append(entry)
                    self.requests_made += 1
                    return entry
            # short polls (another request in flight) are not worth telling anyone about; a
            # background request's waits are its own business
            report = on_wait if delay >= REPORT_MIN and not background else None
            self._wait(delay, cancel, report, REASON_RATE)

    def _delay_locked(self, background: bool = False) -> float:
        """Seconds to wait before the next request may go (0: now). Caller holds the lock."""
        now = self._clock()
        window = self.window_seconds
        self._log = [e for e in self._log if e.at is None or now - e.at < window]
        if self._external and now - self._external_seen_at >= window:
            self._external = 0
        if background:
            if self._user_active:
                return YIELD_POLL
            quiet = self._user_ended_at + self.yield_seconds - now
            if quiet > 0:
                return quiet
        in_flight = sum(1 for e in self._log if e.at is None)
        if not self._limit_known and in_flight:
            return 0.05  # learn the limit from the first answer before sending more
        budget = max(1, self._limit - RESERVE)
        if background:
            budget = min(budget, background_budget(self._limit))
        used = len(self._log) + self._external
        if used < budget:
            return 0.0
        done = sorted(e.at for e in self._log if e.at is not None)
        if done:
            # each own request leaving the window frees one slot on the server too
            need = used - budget + 1
            index = min(len(done) - 1, need - 1)
            return max(0.01, done[index] + window - now + self.margin_seconds)
        if in_flight:
            return 0.05
        return max(0.01, self._external_seen_at + window - now + self.margin_seconds)

    def _finish(self, entry: _Entry, response: requests.Response | None) -> None:
        """Stamp the request with the time its answer came; read the rate headers."""
        with self._lock:
            now = self._clock()
            if response is not None and response.status_code == 429:
                # refused requests are not counted by the server
                self._log = [e for e in self._log if e is not entry]
            else:
                entry.at = now
            if response is None:
                return
            headers = response.headers
            limit = _int_header(headers, "X-Discogs-Ratelimit")
            used = _int_header(headers, "X-Discogs-Ratelimit-Used")
            remaining = _int_header(headers, "X-Discogs-Ratelimit-Remaining")
            if limit is not None and limit > 0:
                self._limit = limit
                self._limit_known = True
            if used is None and remaining is not None and limit is not None:
                used = limit - remaining
            if used is not None:
                ours = sum(1 for e in self._log if e.at is not None)
                self._external = max(0, used - ours)
                self._external_seen_at = now

    # ---- waiting -----------------------------------------------------------------------------
    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.backoff_cap, self.backoff_base * (2**attempt))
        return ceiling * (0.5 + 0.5 * self._rng.random())

    def _count_retry(self) -> None:
        with self._lock:
            self.retries += 1

    def _wait(
        self, seconds: float, cancel: CancelToken, on_wait: WaitCallback | None, reason: str
    ) -> None:
        if seconds <= 0:
            cancel.check()
            return
        if on_wait is not None:
            on_wait(seconds, reason)
        started = time.monotonic()
        try:
            remaining = seconds
            while remaining > 0:
                if cancel.wait(min(WAIT_SLICE, remaining)):
                    raise Cancelled()
                remaining = seconds - (time.monotonic() - started)
        finally:
            with self._lock:
                self.waited_seconds += time.monotonic() - started


class _UserWork:
    """The context manager of :meth:`Gateway.user_work`."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway

    def __enter__(self) -> None:
        self._gateway._user_begin()

    def __exit__(self, *exc: object) -> None:
        self._gateway._user_end()


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    try:
        return int(str(headers.get(name, "")).strip())
    except ValueError:
        return None


def _retry_after(response: requests.Response) -> float:
    value = response.headers.get("Retry-After", "").strip()
    try:
        return min(max(0.0, float(value)), 3600.0)
    except ValueError:
        return 0.0


def _read_capped(response: requests.Response, max_bytes: int, cancel: CancelToken) -> bytes:
    """The body of a streamed response, refused (``AppError(DATA)``) past ``max_bytes``."""
    declared = _int_header(response.headers, "Content-Length")
    if declared is not None and declared > max_bytes:
        raise AppError(ErrorKind.DATA, "The image is too large.")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(IMAGE_CHUNK):
            cancel.check()
            size += len(chunk)
            if size > max_bytes:
                raise AppError(ErrorKind.DATA, "The image is too large.")
            chunks.append(chunk)
    except requests.RequestException as exc:
        raise AppError(ErrorKind.NETWORK, "The image could not be fetched.") from exc
    return b"".join(chunks)


def _parse_object(response: requests.Response) -> dict[str, Any] | None:
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


def _snippet(response: requests.Response) -> str:
    try:
        text = response.text
    except Exception:
        text = ""
    return f"HTTP {response.status_code}: {' '.join(text.split())[:300]}"


def _client_error(response: requests.Response, url: str) -> AppError:
    status = response.status_code
    message = ""
    body = _parse_object(response)
    if body is not None and isinstance(body.get("message"), str):
        message = body["message"].strip()
    detail = f"{url}: {_snippet(response)}"
    if status in (401, 403):
        return AppError(
            ErrorKind.AUTH,
            Errors.tr(
                "Discogs did not accept the sign-in (the token may be wrong or revoked); "
                "sign in again."
            ),
            detail=detail,
        )
    if status == 404:
        return AppError(
            ErrorKind.DATA,
            Errors.tr("Discogs has no such page ({message}).").args(message=message.rstrip("."))
            if message
            else Errors.tr("Discogs has no such page."),
            detail=detail,
        )
    return AppError(
        ErrorKind.DATA,
        Errors.tr("Discogs refused the request (HTTP {status}): {message}.").args(
            status=status, message=message.rstrip(".")
        )
        if message
        else Errors.tr("Discogs refused the request (HTTP {status}).").args(status=status),
        detail=detail,
    )
