"""``export --mark-printed FIELD``: after the CSV is saved, write the "printed" mark (e.g.
``QR 2026-12-05``) into one of the user's collection fields for each exported record."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from ..core.cancel import CancelToken
from ..core.errors import EXIT_OK, AppError, ErrorKind, exit_code
from ..core.filters import fold
from ..core.release import Instance
from ..services import printed
from ..services.library import open_library
from .common import Progress, close_source, open_source


def add_mark_options(parser: Any) -> None:
    group = parser.add_argument_group("the printed mark on Discogs (opt-in)")
    group.add_argument(
        "--mark-printed",
        metavar="FIELD",
        help="after saving, write e.g. 'QR 2026-12-05' into your collection field FIELD "
        "(a text field you made on Discogs) for each exported record; writes queued by an "
        "earlier run that stopped are made first",
    )
    group.add_argument(
        "--overwrite-field",
        action="store_true",
        help="also replace values in FIELD that this program did not write (skipped otherwise)",
    )


def marked_after(
    args: argparse.Namespace, instances: Sequence[Instance], cancel: CancelToken
) -> int:
    """:func:`mark_printed` when ``--mark-printed`` was given; the exit code."""
    if not getattr(args, "mark_printed", None):
        return EXIT_OK
    return mark_printed(args, instances, cancel)


def mark_printed(
    args: argparse.Namespace, instances: Sequence[Instance], cancel: CancelToken
) -> int:
    """Queue and write the marks; prints one line; the exit code (the CSV is kept either way)."""
    if args.demo:
        raise AppError(ErrorKind.USAGE, "The demo collection cannot be marked on Discogs.")
    source = open_source(False, cancel)
    try:
        fields = printed.text_fields(source.note_fields(cancel))
        wanted = fold(str(args.mark_printed))
        matches = [(fid, name) for fid, name in fields.items() if fold(name) == wanted]
        if len(matches) != 1:
            names = ", ".join(f"“{n}”" for n in fields.values()) or "none"
            raise AppError(
                ErrorKind.USAGE,
                f"There is no single text field “{args.mark_printed}” in your collection "
                f"(your fields: {names}).",
            )
        field_id, name = matches[0]
        library = open_library(source, getattr(source, "username", None))
        printed.set_printed_field(library, field_id, name)
        printed.give_consent(library)  # the option is the consent
        plan = printed.plan_writes(instances, field_id)
        printed.queue_writes(library, plan.chosen(args.overwrite_field))
        skipped = 0 if args.overwrite_field else len(plan.foreign)
        progress = Progress(sys.stderr)
        progress.label = f"Marking “{name}”"
        try:
            run = printed.run_writes(
                library, source, cancel, progress=progress.update, on_wait=progress.waiting
            )
        finally:
            progress.clear()
        note = f" {skipped:,} kept their own value in “{name}”." if skipped else ""
        print(printed.run_text(run) + note, file=sys.stderr)
        return exit_code(run.error) if run.error is not None else EXIT_OK
    finally:
        close_source(source)
