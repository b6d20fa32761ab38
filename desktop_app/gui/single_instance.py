"""One window per profile: a second start hands over to the running window, then exits.

The window holds a :class:`QLockFile` in the profile's config folder and listens on a
:class:`QLocalServer` whose name is derived from that folder (hashed: short enough for the
socket paths of every platform, and one per profile, so ``DISCOGS_QR_HOME`` profiles never
meet). A second start finds the lock taken, connects, asks the first to come to the front and
exits. A lock left by a copy that crashed (its process is gone) is taken over. The command line
takes no lock: it may run beside the window.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from ..services.settings import profile_folder

log = logging.getLogger(__name__)

LOCK_NAME = "window.lock"
RAISE = b"raise\n"
RAISED = b"raised\n"
#: How long a second start tries to reach the first (it may be just starting or ending).
CONNECT_SECONDS = 3.0
#: How long it waits for the answer once the message is sent (the first window may still be
#: being made: it reads the message when its event loop starts).
REPLY_MS = 15_000


def profile_dir() -> Path:
    """The folder that names the profile (settings and window state live there)."""
    return profile_folder()


def server_name(profile: Path | None = None) -> str:
    """The local server's name for ``profile``: a hash of its absolute path (short)."""
    folder = profile if profile is not None else profile_dir()
    try:
        folder = folder.resolve()
    except OSError:
        folder = folder.absolute()
    digest = hashlib.sha256(str(folder).encode("utf-8", "surrogatepass")).hexdigest()
    return f"discogs-qr-{digest[:16]}"


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` (un-minimised), raise it and ask for the focus."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(
            (state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
    window.show()
    window.raise_()
    window.activateWindow()


class Claim(enum.Enum):
    """What :meth:`SingleInstance.claim` found."""

    OWNED = "owned"  # this process holds the profile: open the window
    HANDED_OVER = "handed_over"  # another window has the profile and came to the front
    NO_ANSWER = "no_answer"  # another process holds the lock and does not answer


class SingleInstance(QObject):
    """The profile's lock and the server that receives "come to the front" from later starts."""

    def __init__(self, profile: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile if profile is not None else profile_dir()
        self.name = server_name(self.profile)
        self.lock = QLockFile(str(self.profile / LOCK_NAME))
        # A live holder is never stale by age; a dead one is found by its process id.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self._window: QWidget | None = None
        self._raise_pending = False
        self.raised = 0

    # ---- the start ----------------------------------------------------------------------
    def claim(self, *, connect_seconds: float = CONNECT_SECONDS) -> Claim:
        """Take the profile (then listen), or hand over to the window that has it."""
        if self._take_lock():
            self._listen()
            return Claim.OWNED
        deadline = time.monotonic() + connect_seconds
        while True:
            answered = self._ask_to_raise()
            if answered is not None:
                return Claim.HANDED_OVER if answered else Claim.NO_ANSWER
            if self._take_lock():  # the holder ended (or crashed) meanwhile
                self._listen()
                return Claim.OWNED
            if time.monotonic() >= deadline:
                break
            time.sleep(0.1)
        # The holder neither answers nor is known dead: a lock whose file no process has
        # open any more (its owner is gone) can still be removed; a live owner's cannot.
        if self.lock.removeStaleLockFile() and self._take_lock():
            log.warning("took over the window lock of a copy that does not answer")
            self._listen()
            return Claim.OWNED
        return Claim.NO_ANSWER

    def holder_pid(self) -> int:
        """The process id written in the lock file (0 when unknown)."""
        try:
            pid, _host, _app = self.lock.getLockInfo()
        except (TypeError, ValueError):
            return 0
        return int(pid or 0)

    def _take_lock(self) -> bool:
        if self.lock.tryLock(0):
            return True
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            # No permission or an unwritable folder: one window cannot be enforced here;
            # open it anyway rather than refuse to start.
            log.warning(
                "window lock unavailable (%s): not checking for another copy",
                self.lock.error().name,
            )
            return True
        return False

    def _ask_to_raise(self) -> bool | None:
        """True: the window came to the front; False: it got the message but did not answer;
        None: nothing listens (yet, or any more)."""
        allow_foreground(self.holder_pid())
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return None
        try:
            socket.write(RAISE)
            if socket.bytesToWrite() and not socket.waitForBytesWritten(REPLY_MS):
                return False
            reply = b""
            while not reply.endswith(b"\n"):
                if not socket.waitForReadyRead(REPLY_MS):
                    if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                        return None  # the holder went away (it was ending): try again
                    return False
                reply += bytes(socket.readAll().data())
            return reply == RAISED
        finally:
            socket.abort()

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(self.name):
            # A socket left by a copy that crashed: we hold the lock, so it is not in use.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen for later starts: %s", server.errorString())
                server.deleteLater()
                return
        self.server = server

    # ---- while running ------------------------------------------------------------------
    def set_window(self, window: QWidget) -> None:
        """The window to bring to the front when the app is started again."""
        self._window = window
        if self._raise_pending:
            self._raise_pending = False
            self._raise()

    def _accept(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data())
        if message == RAISE:
            if self._window is None:
                self._raise_pending = True
            else:
                self._raise()
            socket.write(RAISED)
            socket.flush()
        socket.disconnectFromServer()

    def _raise(self) -> None:
        if self._window is not None:
            bring_to_front(self._window)
        self.raised += 1
        log.info("second start: raised")

    def release(self) -> None:
        """Stop listening and unlock (the app ends)."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()


def allow_foreground(pid: int, platform: str = sys.platform) -> None:
    """Windows lets only the foreground process give the focus away: let ``pid`` take it."""
    if not platform.startswith("win") or pid <= 0:
        return
    try:
        import ctypes

        user32: Callable[..., int] = ctypes.windll.user32.AllowSetForegroundWindow  # type: ignore[attr-defined]
        user32(pid)
    except (AttributeError, OSError) as exc:
        log.debug("AllowSetForegroundWindow: %s", exc)
