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
import stat
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
_handlers_installed = False  # inside signals_handled: the command line's handlers are in place
_interrupted = 0  # the signal received inside signals_handled
_deferred = 0  # inside signals_deferred: a signal is acted on when it ends
_saved: list[str] = []  # files saved inside signals_handled

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
    path: str | os.PathLike[str],
    data: bytes,
    *,
    mode: int | None = None,
    follow_links: bool = True,
) -> Path:
    """Write ``data`` to ``path`` all at once or not at all (see :func:`atomic_write`)."""

    def fill(tmp_name: str) -> None:
        with open(tmp_name, "wb") as handle:
            handle.write(data)

    return atomic_write(path, fill, mode=mode, follow_links=follow_links)


def atomic_write(
    path: str | os.PathLike[str],
    fill: Callable[[str], object],
    *,
    mode: int | None = None,
    follow_links: bool = True,
) -> Path:
    """The one save path of the app: ``fill(temporary_path)`` writes the new content, which then
    replaces ``path`` in one step, or nothing happens at all.

    The temporary file is in the same folder; once ``fill`` returns it is flushed to disk and
    renamed over the target. On any failure the previous file is untouched and the temporary file
    is removed (also when SIGTERM ends the process during a save in the main thread, and for any
    signal inside :func:`signals_handled`, which the command line uses); stale temporary files a
    killed save left in the folder are removed first. Once a signal was received inside
    :func:`signals_handled` no file is replaced any more (:class:`Interrupted` is raised instead).

    A symbolic link is written through (the file it points to gets the new content, the link
    stays a link), unless ``follow_links`` is false: then the link itself is replaced by the file
    (for folders of generated files, where a link must never lead the write elsewhere). A
    read-only file is refused, not replaced. Failures raise :class:`SaveError` (an ``OSError``)
    whose message says what happened.

    A new file gets the usual permissions (0666 minus the umask); an existing file keeps its own.
    ``mode`` forces the permissions (e.g. 0o600 for secrets); the file never has wider ones, even
    for a moment. Returns ``path`` as given.
    """
    given = Path(path)
    target = real_target(given) if follow_links else given
    folder = target.parent if str(target.parent) else Path(".")
    try:
        current = target.stat() if follow_links else target.lstat()
    except FileNotFoundError:
        current = None
    except OSError as exc:
        raise _save_error(exc, given) from exc
    if current is not None and stat.S_ISLNK(current.st_mode):
        current = None  # a link that is replaced: the new file's permissions are the usual ones
    if current is not None and not current.st_mode & 0o222:
        raise SaveError(errno.EACCES, "the file is read-only; it was left as it was", str(given))
    if mode is None:
        mode = current.st_mode & 0o7777 if current is not None else 0o666 & ~_UMASK
    check_interrupted()
    remove_stale_temporaries(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise _save_error(exc, given) from exc
    with _pending_lock:
        _pending.add(tmp_name)
    written: os.stat_result | None = None
    try:
        with _signals_cleaned():
            os.close(fd)
            fill(tmp_name)
            with open(tmp_name, "rb+") as handle:
                os.fsync(handle.fileno())
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, mode)
            written = os.stat(tmp_name)
            check_interrupted()  # a signal came while the file was written: keep the old one
            os.replace(tmp_name, target)
    except OSError as exc:
        _discard(tmp_name)
        raise _save_error(exc, given) from exc
    except BaseException:
        if written is not None and _same_file(target, written):  # a signal just after the rename
            _saved.append(str(given))
        _discard(tmp_name)
        raise
    with _pending_lock:
        _pending.discard(tmp_name)
    _saved.append(str(given))
    return given


def _same_file(path: Path, written: os.stat_result) -> bool:
    try:
        now = os.lstat(path)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (written.st_dev, written.st_ino)


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


class Interrupted(KeyboardInterrupt):
    """The process was asked to stop by a signal (``signum``) inside :func:`signals_handled`."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def interrupted_by() -> int:
    """The signal received inside :func:`signals_handled` (0 when none)."""
    return _interrupted


def check_interrupted() -> None:
    """Raise :class:`Interrupted` when a signal was received inside :func:`signals_handled`."""
    if _interrupted:
        raise Interrupted(_interrupted)


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Work that must not be cut anywhere (starting worker processes, which read their start-up
    data from a pipe; drawing with Qt, whose painters must end before their devices): a signal
    inside :func:`signals_handled` only sets the flag, and the work stops where it calls
    :func:`check_interrupted` (every save does), or when the block ends. Main thread only."""
    global _deferred
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _deferred += 1
    try:
        yield
    finally:
        _deferred -= 1
    if not _deferred:
        check_interrupted()


def saved_files() -> list[str]:
    """The files saved (replaced or created) since :func:`signals_handled` began."""
    return list(_saved)


@contextlib.contextmanager
def signals_handled(on_signal: Callable[[int], object] | None = None) -> Iterator[None]:
    """For the command-line tool (main thread): SIGINT, SIGTERM and SIGHUP stop the process
    the same way while a command runs.

    The first signal removes the temporary file of any save in progress, calls
    ``on_signal(signum)`` (to cancel the work) and raises :class:`Interrupted` (a
    ``KeyboardInterrupt``) in the main thread; from then on no save replaces a file. A second
    signal ends the process at once (exit status 128 + the signal), its temporary files removed.
    A signal the process was started to ignore (``nohup``, a background job) stays ignored. The
    previous handlers are back when the block ends."""
    global _handlers_installed, _interrupted
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}
    for signum in _STOP_SIGNALS:
        with contextlib.suppress(OSError, ValueError):
            if signal.getsignal(signum) != signal.SIG_IGN:
                previous[signum] = signal.signal(signum, _stop_handler(on_signal))
    was_installed = _handlers_installed
    _handlers_installed = True
    _interrupted = 0
    _saved.clear()
    try:
        yield
    finally:
        _handlers_installed = was_installed
        for signum, handler in previous.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(signum, handler)
        _interrupted = 0


def _remove_pending() -> None:
    with _pending_lock:
        names = list(_pending)
    for name in names:
        with contextlib.suppress(OSError):
            os.unlink(name)


def _stop_handler(on_signal: Callable[[int], object] | None) -> Callable[[int, Any], None]:
    def handler(signum: int, _frame: Any) -> None:
        global _interrupted
        _remove_pending()
        if _interrupted:  # asked twice: stop now
            os._exit(128 + signum)
        _interrupted = signum
        if on_signal is not None:
            with contextlib.suppress(Exception):
                on_signal(signum)
        if not _deferred:
            raise Interrupted(signum)

    return handler


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
_STOP_SIGNALS = [signal.SIGINT, *_SIGNALS]


def _cleanup_handler(previous: Any) -> Callable[[int, Any], None]:
    def handler(signum: int, frame: Any) -> None:
        _remove_pending()
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
