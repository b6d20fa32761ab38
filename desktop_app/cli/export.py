"""``discogs-qr export``: write one folder's QR Factory 3 CSV and record it in the history."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core.cancel import CancelToken
from ..core.csvio import CRLF, LF, csv_text
from ..core.errors import EXIT_OK
from ..services.export import (
    collect,
    default_file_name,
    export_rows,
    folder_by_id_or_name,
    save_export,
)
from ..services.history import history_for
from ..services.settings import Settings
from ..services.source import CollectionSource
from .common import (
    Progress,
    add_source_options,
    close_source,
    open_source,
    requests_made,
    write_stdout_utf8,
)
from .options import add_row_options, check_dates, check_templates, record_filter, row_options


def register(sub: Any) -> None:
    """Add ``export`` to the subcommands."""
    export = sub.add_parser("export", help="write the CSV for one folder")
    add_row_options(export)
    out = export.add_argument_group("the file")
    out.add_argument(
        "--output",
        "-o",
        metavar="PATH",
        help="CSV file to write, '-' for standard output "
        "(default: discogs-qr-<folder>-YYYYMMDD-HHMMSS.csv here)",
    )
    out.add_argument(
        "--bom",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="start the file with a UTF-8 byte order mark (default: the saved setting, off)",
    )
    ends = out.add_mutually_exclusive_group()
    ends.add_argument(
        "--lf",
        dest="line_end",
        action="store_const",
        const="lf",
        default=None,
        help="end lines with LF only (Unix style)",
    )
    ends.add_argument(
        "--crlf",
        dest="line_end",
        action="store_const",
        const="crlf",
        help="end lines with CR LF (the default unless the settings say otherwise)",
    )
    add_source_options(export)
    export.set_defaults(handler=run)


def run(args: argparse.Namespace, cancel: CancelToken) -> int:
    started = time.perf_counter()
    check_dates(args)
    settings = Settings.load()
    options = row_options(args, settings)
    check_templates(options)  # mistakes other than unknown note fields, before any request
    bom = settings.bom if args.bom is None else bool(args.bom)
    line_end = args.line_end or settings.line_end
    source = open_source(args.demo, cancel)
    try:
        return _export_from(source, args, cancel, options, bom, line_end, started)
    finally:
        close_source(source)


def _export_from(
    source: CollectionSource,
    args: argparse.Namespace,
    cancel: CancelToken,
    options: Any,
    bom: bool,
    line_end: str,
    started: float,
) -> int:
    folders = source.folders(cancel)
    folder = folder_by_id_or_name(folders, args.folder)
    note_fields = source.note_fields(cancel)
    check_templates(options, note_fields)

    progress = Progress(sys.stderr)
    progress.label = folder.name
    try:
        instances, stats = collect(
            source, folder.id, cancel, progress=progress.update, on_wait=progress.waiting
        )
    finally:
        progress.clear()
    chosen = record_filter(args)
    if chosen.active:
        instances = chosen.apply(instances)
    rows = export_rows(instances, options, {f.id: f.name for f in folders}, note_fields)
    cancel.check()
    note = ""
    if args.output == "-":
        write_stdout_utf8(csv_text(rows, bom=bom, line_end=LF if line_end == "lf" else CRLF))
        where = "standard output"
    else:
        target = Path(args.output or default_file_name(folder.name, datetime.now()))
        history = history_for(getattr(source, "username", None), demo=args.demo)
        ids = [inst.instance_id for inst in instances]
        saved = save_export(target, rows, ids, history=history, bom=bom, line_end=line_end)
        where = str(saved.path)
        if not saved.history_recorded:
            note = "; the export history could not be updated"
    seconds = time.perf_counter() - started
    skipped = f"; {stats.skipped} unreadable entries left out" if stats.skipped else ""
    print(
        f"Wrote {len(rows):,} rows to {where} ({requests_made(source)} requests, "
        f"{seconds:.1f} s{skipped}{note}).",
        file=sys.stderr,
    )
    return EXIT_OK
