"""The options that choose and shape rows, shared by ``export`` and any command that builds rows
(the sticker commands reuse them): selection (folder, dates, text, format) and templates."""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from ..core.errors import AppError, ErrorKind
from ..core.fields import COLUMN_SORT_NAMES, FieldMatch, InstanceKey, parse_where, sort_key_named
from ..core.filters import RecordFilter
from ..core.qrfactory import ExportOptions
from ..core.template import MAX_TEMPLATE_LENGTH
from ..services.settings import Settings

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OPTION_FOR_COLUMN = {"BottomText": "--bottom-text", "FileName": "--file-name"}


def calendar_date(text: str) -> date:
    """An argparse type: ``YYYY-MM-DD``."""
    if not _DATE.match(text.strip()):
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2024-01-31")
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a valid date") from exc


def add_row_options(parser: argparse.ArgumentParser, format_option: str = "--format") -> None:
    """Add the selection and template options (``--folder`` … ``--protect-formulas``);
    ``format_option`` names the record-format filter where ``--format`` means something else."""
    select = parser.add_argument_group("which records")
    select.add_argument(
        "--folder", metavar="ID|NAME", default="0", help="folder id or name (default: All)"
    )
    select.add_argument(
        "--added-from", type=calendar_date, metavar="YYYY-MM-DD", help="added on or after"
    )
    select.add_argument(
        "--added-to", type=calendar_date, metavar="YYYY-MM-DD", help="added on or before"
    )
    select.add_argument("--search", metavar="TEXT", default="", help="artist/title/label/catno")
    select.add_argument(
        format_option, dest="format", metavar="NAME", default="", help='e.g. Vinyl, CD, LP, 7"'
    )
    select.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="FIELD=PATTERN",
        help="only records whose collection field matches a shell-style pattern, ignoring case "
        "and accents (* any text, ? one character, [AB] one of), e.g. --where 'Shelf=A*'; "
        "repeat to require several",
    )
    select.add_argument(
        "--not-exported",
        action="store_true",
        help="only records not exported before: in no saved CSV, sticker sheet or images of "
        "this account, and not marked printed on Discogs (the window's \"Only not yet "
        'exported")',
    )
    select.add_argument(
        "--changed",
        action="store_true",
        help="only exported records whose sticker would now read differently (the window's "
        '"Changed since exported"); with --not-exported as well, this one wins',
    )
    order = parser.add_argument_group("the order of the rows")
    order.add_argument(
        "--sort",
        metavar="NAME",
        default="",
        help="sort by a column (" + ", ".join(COLUMN_SORT_NAMES) + ") or a collection field "
        "(e.g. 'Media Condition', 'Shelf'), in natural order (A2 before A10), empty values "
        "last; names ignore case. Default: the order records were added",
    )
    order.add_argument(
        "--desc",
        "--descending",
        dest="descending",
        action="store_true",
        help="with --sort: largest first (empty values stay last)",
    )
    shape = parser.add_argument_group("what the rows hold (default: the saved settings)")
    shape.add_argument(
        "--bottom-text", metavar="TEMPLATE", help=r"BottomText template (\n for a line break)"
    )
    shape.add_argument("--file-name", metavar="TEMPLATE", help="FileName template")
    shape.add_argument(
        "--use-anv", action="store_true", default=None, help="artist names as credited (ANV)"
    )
    shape.add_argument(
        "--protect-formulas",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="put a ' before cells starting with = + - @ so spreadsheets do not run them "
        "(default: the saved setting, off)",
    )


def check_dates(args: argparse.Namespace) -> None:
    if args.added_from and args.added_to and args.added_from > args.added_to:
        raise AppError(ErrorKind.USAGE, "--added-from is later than --added-to.")


def row_options(args: argparse.Namespace, settings: Settings) -> ExportOptions:
    """The saved export options with the command line's changes."""
    options = settings.export_options()
    changes = {}
    if args.bottom_text is not None:
        changes["BottomText"] = args.bottom_text.replace("\\n", "\n")
    if args.file_name is not None:
        changes["FileName"] = args.file_name
    if changes:
        options = options.with_values(**changes)
    if args.use_anv:
        options = replace(options, use_anv=True)
    if args.protect_formulas is not None:
        options = replace(options, neutralise_formulas=bool(args.protect_formulas))
    return options


def record_filter(
    args: argparse.Namespace, note_fields: Mapping[int, str] | None = None
) -> RecordFilter:
    """The selection options as a filter; ``--where`` needs the account's ``note_fields``."""
    return RecordFilter(
        text=args.search or "",
        added_from=args.added_from,
        added_to=args.added_to,
        format_name=args.format or "",
        where=where_matches(args, note_fields or {}),
    )


def where_matches(
    args: argparse.Namespace, note_fields: Mapping[int, str]
) -> tuple[FieldMatch, ...]:
    """``--where`` options as field matches; a usage error names the fields there are."""
    try:
        return tuple(parse_where(text, note_fields) for text in getattr(args, "where", None) or ())
    except ValueError as exc:
        raise AppError(ErrorKind.USAGE, f"--where: {exc}.") from exc


def sort_key(
    args: argparse.Namespace, note_fields: Mapping[int, str], folder_names: Mapping[int, str]
) -> InstanceKey | None:
    """The ``--sort`` key (None: keep the listing's order); a usage error lists the names."""
    name = getattr(args, "sort", "") or ""
    if not name.strip():
        return None
    try:
        return sort_key_named(name, note_fields, folder_names)
    except ValueError as exc:
        raise AppError(ErrorKind.USAGE, f"--sort: {exc}.") from exc


def check_templates(options: ExportOptions, note_fields: dict[int, str] | None = None) -> None:
    """A usage error naming the option (or saved template) whose template is wrong.

    Without ``note_fields`` (before the collection is read) the note fields the templates name
    are accepted, so every other mistake is reported before any request."""
    names = _note_names_in(options) if note_fields is None else list(note_fields.values())
    for column, issues in options.issues(names).items():
        where = _OPTION_FOR_COLUMN.get(column, f"the saved {column} template")
        length = len(options.value(column))
        if length > MAX_TEMPLATE_LENGTH:  # a length, not a place in the text
            raise AppError(
                ErrorKind.USAGE,
                f"{where[0].upper()}{where[1:]} is {length:,} characters; "
                f"at most {MAX_TEMPLATE_LENGTH:,}.",
            )
        raise AppError(ErrorKind.USAGE, f"{where}: {issues[0]}")


def _note_names_in(options: ExportOptions) -> list[str]:
    names = []
    for column in ("BottomText", "FileName", "Content"):
        for match in re.finditer(r"\{\s*note:([^{}]*)\}", options.value(column)):
            names.append(match.group(1).strip())
    return names
