"""A lock between processes (and threads) for a read-change-write of one small file.

The window and command-line runs beside it read a JSON file of the profile (the settings, the
saved sticker layouts, the kept sheets), change it and write it back. Without a lock, two of
them reading before either writes would make the last write drop the other's change.
:func:`file_lock` holds an exclusive lock on ``<file>.lock`` beside it for the whole read, change
and write: the second one waits, then reads what the first wrote.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so a
process that is killed lets go of it at once. The lock file itself is left in place (it holds
nothing); removing it could let two holders in at once.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

#: How long a writer waits for another one before it gives up (seconds).
TIMEOUT = 15.0
_POLL = 0.01

_thread_locks: dict[str, threading.Lock] = {}
_guard = threading.Lock()


def lock_path(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    return target.with_name(target.name + ".lock")


def _thread_lock(key: str) -> threading.Lock:
    with _guard:
        return _thread_locks.setdefault(key, threading.Lock())


@contextlib.contextmanager
def file_lock(path: str | os.PathLike[str], timeout: float = TIMEOUT) -> Iterator[None]:
    """Hold the lock of ``path`` (any thread, any process of this user) for the block.

    Raises ``OSError`` (``EAGAIN``) when another holder keeps it longer than ``timeout``, or when
    the lock file cannot be created; the caller then writes nothing."""
    lock_file = lock_path(path)
    key = os.path.abspath(lock_file)
    local = _thread_lock(key)
    deadline = time.monotonic() + timeout
    if not local.acquire(timeout=max(0.0, timeout)):
        raise OSError(errno.EAGAIN, "another save of this file is still under way", str(path))
    try:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _acquire(fd, deadline, path)
            try:
                yield
            finally:
                _release(fd)
        finally:
            os.close(fd)
    finally:
        local.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                return True  # a file system without locks: go on as before, unlocked
            raise
        return True

    def _release(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def _acquire(fd: int, deadline: float, path: str | os.PathLike[str]) -> None:
    while not _try(fd):
        if time.monotonic() >= deadline:
            raise OSError(errno.EAGAIN, "another save of this file is still under way", str(path))
        time.sleep(_POLL)
