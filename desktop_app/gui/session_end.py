"""The session ends: SIGTERM, SIGHUP, Ctrl+C and the session manager end the app as Quit does.

Python runs a signal handler only when the interpreter gets control, which a Qt event loop does
not give it. So the handlers only note the signal; :func:`signal.set_wakeup_fd` writes its
number to a socket pair, and a :class:`QSocketNotifier` on the other end wakes the event loop,
which then closes the window the way Quit does (everything is saved). The session manager's
``commitDataRequest`` (logout, shutdown) does the same. :meth:`SessionEnd.uninstall` puts the
previous handlers back.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog

log = logging.getLogger(__name__)


def ending_signals() -> list[signal.Signals]:
    """The signals that end the app here (SIGHUP only where the platform has it)."""
    names = ("SIGTERM", "SIGHUP", "SIGINT")
    return [getattr(signal, name) for name in names if hasattr(signal, name)]


def quit_like_quit(window: Any) -> None:
    """Close open dialogs and the window (it saves everything), then end the event loop."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    if window is not None:
        window.close()
    QApplication.closeAllWindows()
    QApplication.quit()


class SessionEnd(QObject):
    """Ends the app as Quit does when the process is asked to end."""

    def __init__(
        self,
        app: QApplication,
        end: Callable[[], None],
        save: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self._end = end
        self._save = save
        self.received: list[int] = []
        self._ending = False
        self._previous: dict[int, Any] = {}
        self._previous_fd: int | None = None
        self._read: socket.socket | None = None
        self._write: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._installed = False

    def install(self) -> SessionEnd:
        self.app.commitDataRequest.connect(self.commit_data)
        self._installed = True
        try:
            read, write = socket.socketpair()
            read.setblocking(False)
            write.setblocking(False)
            self._previous_fd = signal.set_wakeup_fd(write.fileno(), warn_on_full_buffer=False)
        except (OSError, ValueError) as exc:  # not the main thread, or no socket pair
            log.warning("signals will not end the app cleanly: %s", exc)
            return self
        self._read, self._write = read, write
        for sig in ending_signals():
            try:
                self._previous[sig] = signal.signal(sig, self._note)
            except (OSError, ValueError) as exc:
                log.debug("no handler for %s: %s", sig, exc)
        notifier = QSocketNotifier(read.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._woken)
        self._notifier = notifier
        return self

    def uninstall(self) -> None:
        """Put back the handlers that were there before."""
        if self._installed:
            with contextlib.suppress(RuntimeError, TypeError):
                self.app.commitDataRequest.disconnect(self.commit_data)
            self._installed = False
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for sig, previous in self._previous.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(sig, previous if previous is not None else signal.SIG_DFL)
        self._previous.clear()
        if self._read is not None:
            with contextlib.suppress(OSError, ValueError):
                signal.set_wakeup_fd(self._previous_fd if self._previous_fd is not None else -1)
            for end in (self._read, self._write):
                if end is not None:
                    end.close()
            self._read = self._write = None

    # ---- what happens -------------------------------------------------------------------
    def _note(self, signum: int, _frame: object) -> None:
        """The Python handler: the work is done when the wakeup byte is read."""

    def _woken(self, *_args: object) -> None:
        if self._read is None:
            return
        data = b""
        with contextlib.suppress(BlockingIOError, InterruptedError, OSError):
            while chunk := self._read.recv(64):
                data += chunk
        wanted = {int(s) for s in ending_signals()}
        numbers = [n for n in data if n in wanted]
        if numbers:
            self.received.extend(numbers)
            self.end(f"signal {signal.Signals(numbers[0]).name}")

    def commit_data(self, *_manager: object) -> None:
        """The session manager: the session ends (logout, shutdown)."""
        if self._save is not None:
            self._save()
        self.end("the session manager")

    def end(self, why: str) -> None:
        """End as Quit does, once (later in the event loop: never inside a signal's slot)."""
        if self._ending:
            return
        self._ending = True
        log.info("ending: %s", why)
        QTimer.singleShot(0, self.app, self._end)


def install(
    app: QApplication, end: Callable[[], None], save: Callable[[], None] | None = None
) -> SessionEnd:
    """Make SIGTERM, SIGHUP, SIGINT and ``commitDataRequest`` call ``end`` in the event loop."""
    return SessionEnd(app, end, save).install()
