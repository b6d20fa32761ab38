"""Exporting a folder to a QR Factory 3 CSV: the steps the CLI and the GUI share."""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from ..core.cancel import NEVER, CancelToken
from ..core.csvio import CRLF, LF, write_csv
from ..core.errors import AppError, ErrorKind
from ..core.filters import RecordFilter, fold
from ..core.i18n import Errors
from ..core.printed import row_fingerprints
from ..core.qrfactory import ExportOptions, Row, build_rows
from ..core.release import Instance
from ..store.history import ExportHistory
from .source import ALL_FOLDER_ID, CollectionSource, Folder, WaitCallback

#: Called with (instances read so far, instances expected; 0 while not known).
ProgressCallback = Callable[[int, int], None]

FILE_PREFIX = "discogs-qr"


@dataclass(frozen=True, slots=True)
class CollectStats:
    pages: int
    total: int  # instances Discogs reports for the folder
    skipped: int  # entries that could not be read
    requests: int  # HTTP requests made while collecting (0 for the demo collection)
    seconds: float
    skipped_names: tuple[str, ...] = ()  # those entries, named (see core.collection.entry_name)


def collect(
    source: CollectionSource,
    folder_id: int,
    cancel: CancelToken = NEVER,
    progress: ProgressCallback | None = None,
    on_wait: WaitCallback | None = None,
) -> tuple[list[Instance], CollectStats]:
    """Every instance of ``folder_id`` (0 = All), oldest addition first."""
    started = time.perf_counter()
    gateway = getattr(source, "gateway", None)
    requests_before = int(getattr(gateway, "requests_made", 0))
    instances: list[Instance] = []
    seen: set[int] = set()
    pages = total = skipped = 0
    names: list[str] = []
    for page in source.iter_pages(folder_id, cancel, on_wait=on_wait):
        pages += 1
        total = page.total
        skipped += page.skipped
        names += page.skipped_names
        for inst in page.instances:
            if inst.instance_id not in seen:  # an item can shift pages while we read
                seen.add(inst.instance_id)
                instances.append(inst)
        if progress is not None:
            progress(len(instances), total)
    cancel.check()
    requests = int(getattr(gateway, "requests_made", 0)) - requests_before
    seconds = time.perf_counter() - started
    stats = CollectStats(pages, total, skipped, requests, seconds, tuple(names))
    return instances, stats


#: How many unreadable entries a message names; the rest are counted.
NAMED_ENTRIES = 5


def left_out_text(count: int, names: Sequence[str]) -> str:
    """ "2 unreadable entries left out: instance 5, release 7; instance 9" ("" for none)."""
    if not count:
        return ""
    noun = "entry" if count == 1 else "entries"
    shown = "; ".join(names[:NAMED_ENTRIES])
    more = count - min(len(names), NAMED_ENTRIES)
    if shown and more:
        shown += f"; and {more} more"
    return f"{count} unreadable {noun} left out" + (f": {shown}" if shown else "")


def folder_by_id_or_name(folders: Sequence[Folder], text: str | int | None) -> Folder:
    """The folder whose id is ``text`` or whose name is ``text`` (any case); None/"" = All."""
    wanted = "" if text is None else str(text).strip()
    if not wanted:
        wanted = str(ALL_FOLDER_ID)
    if wanted.lstrip("-").isdigit():
        for folder in folders:
            if folder.id == int(wanted):
                return folder
    key = fold(wanted)
    matches = [f for f in folders if fold(f.name) == key]
    if len(matches) == 1:
        return matches[0]
    choices = "; ".join(f"{f.id} “{f.name}”" for f in folders)
    if matches:
        ids = ", ".join(str(f.id) for f in matches)
        raise AppError(
            ErrorKind.USAGE,
            Errors.tr("Several folders are called “{name}” (ids {ids}); give the id instead.").args(
                name=wanted, ids=ids
            ),
        )
    raise AppError(
        ErrorKind.USAGE,
        Errors.tr("There is no folder “{name}”; the folders are: {choices}.").args(
            name=wanted, choices=choices
        ),
    )


def folder_slug(name: str) -> str:
    """``Rock & Pop`` → ``rock-pop``: lower-case ASCII letters, digits and single dashes."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")
    return slug[:60].strip("-") or "folder"


SEVERAL_FOLDERS = "several folders"


def folders_label(folder_names: Sequence[str]) -> str:
    """The name of the one folder the rows came from, "several folders", or "" for none."""
    distinct = list(dict.fromkeys(n for n in folder_names if n))
    if not distinct:
        return ""
    return distinct[0] if len(distinct) == 1 else SEVERAL_FOLDERS


def default_file_name(folder_name: str | Sequence[str], now: datetime, suffix: str = ".csv") -> str:
    """``discogs-qr-<folder-slug>-YYYYMMDD-HHMMSS.csv``: the one rule for the GUI and the CLI.

    ``folder_name`` is a folder's name or the names of the folders the rows came from.
    """
    label = folder_name if isinstance(folder_name, str) else folders_label(folder_name)
    return f"{FILE_PREFIX}-{folder_slug(label or 'collection')}-{now:%Y%m%d-%H%M%S}{suffix}"


def export_rows(
    instances: Sequence[Instance],
    options: ExportOptions | None = None,
    folder_names: Mapping[int, str] | None = None,
    note_fields: Mapping[int, str] | None = None,
    record_filter: RecordFilter | None = None,
    *,
    tz: tzinfo | None = None,
) -> list[Row]:
    """Rows for the instances ``record_filter`` keeps, in the given order."""
    chosen = list(instances)
    if record_filter is not None and record_filter.active:
        chosen = record_filter.apply(chosen, tz=tz)
    return build_rows(chosen, options, folder_names=folder_names, note_fields=note_fields, tz=tz)


def line_terminator(line_end: str) -> str:
    """``"crlf"``/``"lf"`` (as in the settings) or the characters themselves."""
    value = line_end.lower() if line_end.lower() in ("crlf", "lf") else line_end
    if value in ("crlf", CRLF):
        return CRLF
    if value in ("lf", LF):
        return LF
    raise ValueError(f"unknown line end {line_end!r}")


def save_csv(
    path: str | Path, rows: Sequence[Sequence[str]], bom: bool = False, line_end: str = CRLF
) -> Path:
    """Write the CSV atomically: the old file stays as it was if anything fails."""
    try:
        return write_csv(path, rows, bom=bom, line_end=line_terminator(line_end))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise AppError(
            ErrorKind.IO,
            Errors.tr("The file {path} could not be saved: {reason}.").args(
                path=path, reason=reason
            ),
            detail=str(exc),
        ) from exc


@dataclass(frozen=True, slots=True)
class SaveResult:
    """A saved export: where, how many rows, and whether the history recorded it."""

    path: Path
    rows: int
    history_recorded: bool


def save_export(
    path: str | Path,
    rows: Sequence[Sequence[str]],
    instance_ids: Sequence[int],
    *,
    history: ExportHistory | None = None,
    bom: bool = False,
    line_end: str = CRLF,
) -> SaveResult:
    """The one export path of the GUI and the CLI: write the CSV atomically, then record the
    instances (with the fingerprint of each row) in the export history. A failed write raises
    :class:`AppError` (nothing written); a history that cannot be written is reported in the
    result, the CSV is kept."""
    target = save_csv(path, rows, bom=bom, line_end=line_end)
    recorded = False
    if history is not None:
        try:
            history.record(list(instance_ids), target, prints=row_fingerprints(rows), kind="csv")
            recorded = True
        except OSError:
            recorded = False
    return SaveResult(Path(target), len(rows), recorded)
