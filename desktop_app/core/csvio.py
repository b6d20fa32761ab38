"""RFC 4180 CSV writing and reading, and atomic saves."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import itertools
import os
import re
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .qrfactory import COLUMNS
from .text import utf8

CRLF = "\r\n"
LF = "\n"
BOM = "\ufeff"
_NEEDS_QUOTES = frozenset(',"\r\n')
_FIELD_LIMIT = 2**31 - 1


def quote_field(value: str) -> str:
    """Quote a field when it holds a comma, a double quote, CR or LF; double inner quotes."""
    if _NEEDS_QUOTES.isdisjoint(value):
        return value
    return '"' + value.replace('"', '""') + '"'


def csv_text(
    rows: Iterable[Sequence[str]],
    *,
    header: Sequence[str] | None = COLUMNS,
    line_end: str = CRLF,
    bom: bool = False,
) -> str:
    """The CSV document as text. Line breaks inside fields are kept inside quotes.

    Python's ``csv`` writer does the quoting (fast, in C) with the CRLF terminator, whose
    characters make it quote any field holding CR or LF. With LF line ends it would leave a lone
    CR unquoted, so those rare rows are written by :func:`quote_field` instead.
    """
    if line_end not in (CRLF, LF):
        raise ValueError("line_end must be CRLF or LF")
    out = io.StringIO()
    if bom:
        out.write(BOM)
    writer = csv.writer(out, lineterminator=line_end, quoting=csv.QUOTE_MINIMAL)
    records = rows if header is None else itertools.chain([header], rows)
    if line_end == CRLF:
        writer.writerows(records)
        return out.getvalue()
    for row in records:
        if any("\r" in cell for cell in row):
            out.write(",".join(quote_field(cell) for cell in row) + line_end)
        else:
            writer.writerow(row)
    return out.getvalue()


def csv_bytes(rows: Iterable[Sequence[str]], **kwargs: object) -> bytes:
    return utf8(csv_text(rows, **kwargs))  # type: ignore[arg-type]


def read_csv_text(text: str) -> list[list[str]]:
    """Parse CSV text (a leading BOM is ignored) into rows of fields (of any length)."""
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)  # the default 128 kB refuses what the app writes
    if text.startswith(BOM):
        text = text[1:]
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), strict=True)]


def read_csv(path: str | os.PathLike[str]) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return read_csv_text(handle.read())


class SaveError(OSError):
    """A save that did not happen. ``strerror`` is a sentence for a person (what happened and
    whether the previous file is unchanged); ``errno`` and ``filename`` are the usual ones."""

    def __str__(self) -> str:
        return f"{self.filename} was not saved: {self.strerror}."


#: Stale temporary files of an interrupted save (kill -9, power cut) older than this are removed
#: by the next save into the same folder; younger ones may belong to a save still running.
STALE_SECONDS = 300.0
_TEMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # what mkstemp(prefix=".<name>.") makes
_pending: set[str] = set()  # temporary files being written now, removed if SIGTERM ends us
_pending_lock = threading.Lock()
_handlers_installed = False

_UNCHANGED = "; the previous file is unchanged"
_REASONS = {
    errno.ENOSPC: "the disk is full" + _UNCHANGED,
    getattr(errno, "EDQUOT", -1): "the disk quota is used up" + _UNCHANGED,
    errno.EROFS: "the disk is read-only" + _UNCHANGED,
    errno.EACCES: "there is no permission to write in that folder" + _UNCHANGED,
    errno.EPERM: "there is no permission to write in that folder" + _UNCHANGED,
    errno.ENOENT: "the folder no longer exists (it was moved, removed or disconnected)",
    errno.ENOTDIR: "the folder no longer exists (it was moved, removed or disconnected)",
    errno.EIO: "the disk or network folder stopped answering" + _UNCHANGED,
    getattr(errno, "ESTALE", -2): "the network folder was disconnected" + _UNCHANGED,
    errno.ETIMEDOUT: "the network folder stopped answering" + _UNCHANGED,
    errno.ENOTCONN: "the network folder was disconnected" + _UNCHANGED,
}


def _save_error(exc: OSError, target: Path) -> SaveError:
    reason = _REASONS.get(exc.errno or 0)
    if reason is None:
        reason = f"{exc.strerror or exc}; the previous file is unchanged"
    error = SaveError(exc.errno or errno.EIO, reason, str(target))
    error.__cause__ = exc
    return error


def real_target(path: str | os.PathLike[str]) -> Path:
    """Where a save to ``path`` writes: the file a symbolic link points to (the link stays)."""
    target = Path(path)
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, mode: int | None = None
) -> Path:
    """Write ``data`` to ``path`` all at once or not at all.

    The bytes go to a temporary file in the same folder, are flushed to disk, and then replace the
    target in one step. On any failure the previous file is untouched and the temporary file is
    removed (also when SIGTERM ends the process during a save in the main thread, or in any
    thread after :func:`install_signal_cleanup`); stale
    temporary files a killed save left in the folder are removed first. A symbolic link is
    written through: the file it points to gets the new content, the link stays a link. A
    read-only file is refused, not replaced. Failures raise :class:`SaveError` (an ``OSError``)
    whose message says what happened.

    A new file gets the usual permissions (0666 minus the umask); an existing file keeps its own.
    ``mode`` forces the permissions (e.g. 0o600 for secrets); the file never has wider ones, even
    for a moment. Returns ``path`` as given.
    """
    given = Path(path)
    target = real_target(given)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        current = target.stat()
    except FileNotFoundError:
        current = None
    except OSError as exc:
        raise _save_error(exc, given) from exc
    if current is not None and not current.st_mode & 0o222:
        raise SaveError(errno.EACCES, "the file is read-only; it was left as it was", str(given))
    if mode is None:
        mode = current.st_mode & 0o7777 if current is not None else 0o666 & ~_UMASK
    remove_stale_temporaries(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise _save_error(exc, given) from exc
    with _pending_lock:
        _pending.add(tmp_name)
    try:
        with _signals_cleaned():
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, mode)
            os.replace(tmp_name, target)
    except OSError as exc:
        _discard(tmp_name)
        raise _save_error(exc, given) from exc
    except BaseException:
        _discard(tmp_name)
        raise
    with _pending_lock:
        _pending.discard(tmp_name)
    return given


def _discard(tmp_name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp_name)
    with _pending_lock:
        _pending.discard(tmp_name)


def remove_stale_temporaries(folder: str | os.PathLike[str], *, age: float = STALE_SECONDS) -> int:
    """Delete the temporary files of interrupted saves in ``folder`` (only names of the pattern
    :func:`atomic_write_bytes` uses, only older than ``age`` seconds). Returns how many."""
    removed = 0
    limit = time.time() - age
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not _TEMP_NAME.match(entry.name) or entry.path in _pending:
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def install_signal_cleanup() -> bool:
    """Make SIGTERM (and SIGHUP) remove the temporary file of any save in progress, for the whole
    process, before it ends as it would have (a handler already installed is called after the
    cleanup). For the command-line tool; main thread only. Without it, saves made in the main
    thread install the handlers for their own duration (:func:`_signals_cleaned`)."""
    global _handlers_installed
    if _handlers_installed:
        return True
    if threading.current_thread() is not threading.main_thread():
        return False
    for signum in _SIGNALS:
        with contextlib.suppress(OSError, ValueError):
            signal.signal(signum, _cleanup_handler(signal.getsignal(signum)))
    _handlers_installed = True
    return True


@contextlib.contextmanager
def _signals_cleaned() -> Iterator[None]:
    """During one save in the main thread: SIGTERM/SIGHUP remove its temporary file first.
    (Only for the save's duration: an idle Qt event loop would delay a Python signal handler.)"""
    if _handlers_installed or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for signum in _SIGNALS:
        with contextlib.suppress(OSError, ValueError):
            previous[signum] = signal.signal(signum, _cleanup_handler(signal.getsignal(signum)))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(signum, handler)


_SIGNALS = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s]


def _cleanup_handler(previous: Any) -> Callable[[int, Any], None]:
    def handler(signum: int, frame: Any) -> None:
        with _pending_lock:
            names = list(_pending)
        for name in names:
            with contextlib.suppress(OSError):
                os.unlink(name)
        if callable(previous):
            previous(signum, frame)
            return
        if previous == signal.SIG_IGN:
            return
        signal.signal(signum, signal.SIG_DFL)  # end the way the signal would have ended us
        os.kill(os.getpid(), signum)

    return handler


def write_csv(
    path: str | os.PathLike[str],
    rows: Iterable[Sequence[str]],
    *,
    header: Sequence[str] | None = COLUMNS,
    line_end: str = CRLF,
    bom: bool = False,
) -> Path:
    """Write a QR Factory 3 CSV atomically (UTF-8, CRLF by default)."""
    data = utf8(csv_text(rows, header=header, line_end=line_end, bom=bom))
    return atomic_write_bytes(path, data)


def _read_umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()  # read once at import: os.umask is process-wide and not thread-safe
