"""The log file, crash reports and the CLI's crash line (no Qt here).

Warnings and errors go to a rotating file in the platform's log folder (``DISCOGS_QR_HOME/log``
in tests); the last lines of the session are also kept in memory for crash reports. Everything
written or shown passes through :func:`~desktop_app.core.redact.redact`: tokens, secrets and
OAuth values never reach a file or the clipboard.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from . import APP_NAME, __version__
from .core.csvio import atomic_write_bytes
from .core.redact import redact
from .store import paths

LOG_NAME = "discogs-qr.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
KEEP_REPORTS = 5  # crash reports kept in the log folder; older ones are deleted
RECENT_LINES = 200
REPORT_LINES = 40
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger(__name__)
_lock = threading.Lock()
_recent: deque[str] = deque(maxlen=RECENT_LINES)
_file_handler: logging.Handler | None = None
_memory_handler: logging.Handler | None = None

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class RedactingFormatter(logging.Formatter):
    """A formatter whose output (message, arguments, traceback) has secrets removed."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _RecentHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            _recent.append(self.format(record))


def log_dir() -> Path:
    """The folder of the log file and crash reports (created if missing). For Help → Show log
    folder."""
    return paths.log_dir()


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> Path | None:
    """Send warnings and errors to the rotating log file and this session's recent lines to
    memory. Safe to call more than once. Returns the log file, or None when it cannot be written
    (the app goes on without it)."""
    global _file_handler, _memory_handler
    formatter = RedactingFormatter(_FORMAT)
    with _lock:
        root = logging.getLogger()
        if _memory_handler is None:
            _memory_handler = _RecentHandler(logging.INFO)
            _memory_handler.setFormatter(formatter)
            root.addHandler(_memory_handler)
            ours = logging.getLogger("desktop_app")
            if ours.getEffectiveLevel() > logging.INFO:
                ours.setLevel(logging.INFO)
        target = None
        with contextlib.suppress(OSError):
            target = log_file()
        current = getattr(_file_handler, "baseFilename", None)
        if target is not None and current != str(target.absolute()):
            if _file_handler is not None:
                root.removeHandler(_file_handler)
                _file_handler.close()
                _file_handler = None
            try:
                handler = logging.handlers.RotatingFileHandler(
                    target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
                )
            except OSError:
                return None
            handler.setLevel(logging.WARNING)
            handler.setFormatter(formatter)
            root.addHandler(handler)
            _file_handler = handler
    return target


def shutdown_logging() -> None:
    """Close the log file (tests; the app leaves it to the interpreter's exit)."""
    global _file_handler, _memory_handler
    with _lock:
        root = logging.getLogger()
        for handler in (_file_handler, _memory_handler):
            if handler is not None:
                root.removeHandler(handler)
                handler.close()
        _file_handler = _memory_handler = None


def recent_lines(count: int = REPORT_LINES) -> list[str]:
    """The last ``count`` log lines of this session (already redacted)."""
    with _lock:
        lines = list(_recent)
    return lines[-count:]


def _qt_version() -> str:
    core = sys.modules.get("PySide6.QtCore")
    if core is None:
        return "not loaded"
    with contextlib.suppress(Exception):
        return f"{core.qVersion()} (PySide6 {sys.modules['PySide6'].__version__})"
    return "unknown"


def crash_report(exc_info: ExcInfo, *, where: str = "") -> str:
    """A report to copy and send: version, platform, the traceback and the last log lines."""
    exc_type, exc, tb = exc_info
    lines = [
        f"{APP_NAME} {__version__} — crash report",
        f"Time: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"Where: {where or threading.current_thread().name}",
        f"Platform: {platform.platform()} ({platform.machine()})",
        f"Python: {platform.python_version()} ({sys.executable if not _frozen() else 'bundled'})",
        f"Qt: {_qt_version()}",
        "",
        "Traceback:",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
        "",
        "Last log lines:",
        *(recent_lines() or ["(none)"]),
    ]
    return redact("\n".join(lines)) + "\n"


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def save_crash_report(report: str) -> Path | None:
    """Write ``report`` to a new file in the log folder (private to the user); keep the newest
    :data:`KEEP_REPORTS`. None when it cannot be written."""
    try:
        folder = log_dir()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = folder / f"crash-{stamp}.txt"
        atomic_write_bytes(path, redact(report).encode("utf-8", "replace"), mode=0o600)
    except OSError as exc:
        log.warning("cannot write the crash report: %s", exc)
        return None
    for old in sorted(folder.glob("crash-*.txt"))[:-KEEP_REPORTS]:
        with contextlib.suppress(OSError):
            old.unlink()
    return path


def record_crash(exc_info: ExcInfo, *, where: str = "") -> tuple[str, Path | None]:
    """Log an uncaught exception and save its report. Returns (report, report file)."""
    setup_logging()
    logging.getLogger("desktop_app.crash").error(
        "Uncaught exception in %s", where or threading.current_thread().name, exc_info=exc_info
    )
    report = crash_report(exc_info, where=where)
    return report, save_crash_report(report)


def report_cli_crash(exc: BaseException) -> str:
    """For the command-line tool: log ``exc`` with its traceback, save a crash report, and
    return the one line to print (the exit code is the caller's, unchanged)."""
    _, path = record_crash((type(exc), exc, exc.__traceback__), where="command line")
    message = redact(str(exc)).strip().splitlines()[0] if str(exc).strip() else ""
    what = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    where = path if path is not None else _log_location()
    return f"Unexpected error ({what}). Details were written to {where}"


def _log_location() -> str:
    try:
        return str(log_file())
    except OSError:
        return "the log (unavailable)"


def install_thread_hook(on_crash: Callable[[ExcInfo, str], None] | None = None) -> None:
    """Log (and report to ``on_crash``) an uncaught exception in any ``threading`` thread."""
    previous = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        where = f"thread {args.thread.name}" if args.thread is not None else "a thread"
        exc_info: ExcInfo = (args.exc_type, args.exc_value, args.exc_traceback)
        try:
            if on_crash is not None:
                on_crash(exc_info, where)
            else:
                record_crash(exc_info, where=where)
        except Exception:  # the hook itself must never fail: fall back to the default
            previous(args)

    threading.excepthook = hook
