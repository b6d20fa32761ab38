"""A cancellation token shared between the thread that works and the one that may stop it."""

from __future__ import annotations

import threading

from .errors import Cancelled


class CancelToken:
    """Set once; every wait made through it wakes up at once when it is set."""

    def __init__(self) -> None:
        self._event = threading.Event()
        #: set by :meth:`stop`: a request whose answer is on its way is let finish
        self.finish_in_flight = False

    def cancel(self) -> None:
        self.finish_in_flight = False
        self._event.set()

    def stop(self) -> None:
        """Cancel, but let a request already sent finish, so that its answer is not thrown away
        (waits and new requests stop at once, as with :meth:`cancel`)."""
        if not self._event.is_set():
            self.finish_in_flight = True
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; return True (early) if cancelled meanwhile."""
        if seconds <= 0:
            return self._event.is_set()
        return self._event.wait(seconds)

    def sleep(self, seconds: float) -> None:
        """Sleep up to ``seconds``; raise :class:`Cancelled` if cancelled meanwhile."""
        if self.wait(seconds):
            raise Cancelled()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


NEVER = CancelToken()  # a token nobody cancels, for callers that do not need one
