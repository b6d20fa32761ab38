"""``export --mark-printed FIELD``: after the CSV is saved, write the "printed" mark (e.g.
``QR 2026-12-05``) into one of the user's collection fields for each exported record."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
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
        "--replace-value",
        metavar="TEXT",
        action="append",
        default=[],
        help="replace FIELD where it holds exactly TEXT, a value this program listed as kept "
        "(repeatable); any other value you wrote is kept",
    )
    group.add_argument(
        "--overwrite-field",
        action="store_true",
        help="on a terminal, list the values in FIELD that this program did not write and ask "
        "whether to replace them; without a terminal they are kept",
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
        printed.queue_writes(library, plan.writes)  # each value is read again before writing
        replace_values = tuple(getattr(args, "replace_value", None) or ())
        run = _run(args, library, source, name, cancel, replace_values)
        print(printed.run_text(run), file=sys.stderr)
        if run.conflicts and _ask_replace(args, run, name):
            printed.queue_writes(
                library, [replace(w, expected=run.kept[w.instance_id]) for w in run.conflicts]
            )
            run = _run(args, library, source, name, cancel, ())
            print(printed.run_text(run), file=sys.stderr)
        if run.conflicts:
            printed.skip(library, run.conflicts)  # kept: nobody chose to replace them
            print(
                f"Values you wrote in “{name}” are never replaced unless you say so: run again "
                "with --replace-value TEXT for a value listed above.",
                file=sys.stderr,
            )
        return exit_code(run.error) if run.error is not None else EXIT_OK
    finally:
        close_source(source)


def _run(
    args: argparse.Namespace,
    library: Any,
    source: Any,
    name: str,
    cancel: CancelToken,
    replace_values: Sequence[str],
) -> printed.WriteRun:
    """One run of the queue with a live progress line; says first what it will cost."""
    progress = Progress(sys.stderr)
    progress.label = f"Marking “{name}”"

    def planned(plan: printed.MarkEstimate) -> None:
        if plan.writes:
            print(f"Marking {printed.estimate_text(plan, name)}.", file=sys.stderr)

    try:
        return printed.run_writes(
            library,
            source,
            cancel,
            progress=progress.update,
            on_wait=progress.waiting,
            replace_values=replace_values,
            on_plan=planned,
        )
    finally:
        progress.clear()


def _ask_replace(args: argparse.Namespace, run: printed.WriteRun, name: str) -> bool:
    """With --overwrite-field on a terminal: show the kept values and ask (default: keep)."""
    if not getattr(args, "overwrite_field", False) or not sys.stdin.isatty():
        return False
    print(f"In “{name}” you wrote:", file=sys.stderr)
    for value in list(dict.fromkeys(run.kept.values()))[:20]:
        print(f"  {value}", file=sys.stderr)
    try:
        answer = input(f"Replace these {len(run.kept):,} values with the mark? [y/N] ")
    except EOFError:
        return False
    return answer.strip().casefold() in ("y", "yes")
