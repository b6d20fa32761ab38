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
from ..services.export import default_file_name, save_export
from ..services.settings import Settings
from .common import add_source_options, write_stdout_utf8
from .mark import add_mark_options, marked_after
from .options import add_row_options, check_dates, check_templates, row_options
from .rows import left_out_note, select_rows


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
    add_mark_options(export)
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
    chosen = select_rows(args, options, cancel)
    rows, note = chosen.rows, ""
    if args.output == "-":
        write_stdout_utf8(csv_text(rows, bom=bom, line_end=LF if line_end == "lf" else CRLF))
        where = "standard output"
    else:
        target = Path(args.output or default_file_name(chosen.folder.name, datetime.now()))
        ids = [inst.instance_id for inst in chosen.instances]
        saved = save_export(target, rows, ids, history=chosen.history, bom=bom, line_end=line_end)
        where = str(saved.path)
        if not saved.history_recorded:
            note = "; the export history could not be updated"
    seconds = time.perf_counter() - started
    left_out = left_out_note(chosen.stats)
    print(
        f"Wrote {len(rows):,} rows to {where} ({chosen.requests} requests, "
        f"{seconds:.1f} s{left_out}{note}).",
        file=sys.stderr,
    )
    if args.output == "-":
        return EXIT_OK  # nothing was saved: nothing to mark
    return marked_after(args, chosen.instances, cancel)
