"""RFC 4180 CSV writing and reading, and atomic saves."""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from .qrfactory import COLUMNS
from .text import utf8

CRLF = "\r\n"
LF = "\n"
BOM = "\ufeff"
_NEEDS_QUOTES = frozenset(',"\r\n')


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
    """Parse CSV text (a leading BOM is ignored) into rows of fields."""
    if text.startswith(BOM):
        text = text[1:]
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), strict=True)]


def read_csv(path: str | os.PathLike[str]) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return read_csv_text(handle.read())


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, mode: int | None = None
) -> Path:
    """Write ``data`` to ``path`` all at once or not at all.

    The bytes go to a temporary file in the same folder, are flushed to disk, and then replace the
    target in one step. On any failure the previous file is untouched and the temporary file is
    removed. A new file gets the usual permissions (0666 minus the umask); an existing file keeps
    its own. ``mode`` forces the permissions (e.g. 0o600 for secrets); the file never has wider
    ones, even for a moment.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if mode is None:
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_UMASK
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return target


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
