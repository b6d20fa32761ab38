"""Small per-account state kept between runs (the window's session), for the GUI.

A signed-in account keeps it in its local library; the demo collection in its own small cache
file, opened for each read or write. Reading and writing never raise: state that cannot be kept
is only logged (no session is better than no window).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

from ..store.cache import Cache
from .library import Library

log = logging.getLogger(__name__)

SESSION_KEY = "session"


@contextlib.contextmanager
def account_state(library: Library | None, demo: bool) -> Iterator[Cache | None]:
    """Where the account's state is kept: its library's cache, the demo's own file, or None."""
    if library is not None:
        yield library.cache
        return
    cache: Cache | None = None
    if demo:
        try:
            cache = Cache.for_demo()
        except Exception as exc:
            log.warning("demo session store unavailable: %s", exc)
    try:
        yield cache
    finally:
        if cache is not None:
            with contextlib.suppress(Exception):
                cache.close()


def load_session(library: Library | None, demo: bool) -> dict[str, Any] | None:
    """The saved session of the account (folder, sort, filters, checks), or None."""
    with account_state(library, demo) as cache:
        if cache is None:
            return None
        try:
            state = cache.get_state(SESSION_KEY)
        except Exception as exc:
            log.warning("session unreadable: %s", exc)
            return None
    return state if isinstance(state, dict) else None


def save_session(library: Library | None, demo: bool, state: dict[str, Any]) -> bool:
    """Keep the session of the account; False (logged) when it could not be written."""
    with account_state(library, demo) as cache:
        if cache is None:
            return False
        try:
            cache.set_state(SESSION_KEY, state)
        except Exception as exc:  # a session that cannot be saved must not stop closing
            log.warning("session not saved: %s", exc)
            return False
    return True


def account_key(library: Library | None, demo: bool, username: str) -> str:
    """The name an account's export history is kept under."""
    if demo:
        return "demo"
    if username:
        return username
    return library.cache.path.stem if library is not None else "default"
