"""The command line: ``discogs-qr folders | export | login | logout | version``.

Nothing on this path imports Qt. Errors are one sentence on stderr and a distinct exit code:
0 ok, 1 file could not be written, 2 usage, 3 authentication, 4 network/API (after retries),
130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .core.cancel import CancelToken
from .core.csvio import CRLF, LF, csv_text
from .core.errors import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    AppError,
    Cancelled,
    ErrorKind,
    exit_code,
)
from .core.filters import RecordFilter
from .core.qrfactory import ExportOptions
from .services.export import collect, default_file_name, export_rows, folder_by_id_or_name, save_csv
from .services.source import CollectionSource, Folder

PROG = "discogs-qr"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OPTION_FOR_COLUMN = {"BottomText": "--bottom-text", "FileName": "--file-name"}
DEBUG_ENV = "DISCOGS_QR_DEBUG"
INTERRUPTED_MESSAGE = "Interrupted; no file was written."


# ---- arguments ------------------------------------------------------------------------------


def _calendar_date(text: str) -> date:
    if not _DATE.match(text.strip()):
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2024-01-31")
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a valid date") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Export a Discogs collection folder to a QR Factory 3 batch CSV. "
        "Run without arguments to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    folders = sub.add_parser("folders", help="list the collection folders (id, name, count)")
    folders.add_argument(
        "--demo", action="store_true", help="use the bundled demo collection (no account)"
    )

    export = sub.add_parser("export", help="write the CSV for one folder")
    add_selection_options(export)
    export.add_argument(
        "--output",
        "-o",
        metavar="PATH",
        help="CSV file to write, '-' for standard output "
        "(default: discogs-qr-<folder>-YYYYMMDD-HHMMSS.csv here)",
    )
    export.add_argument(
        "--bom",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="start the file with a UTF-8 byte order mark (default: the saved setting, off)",
    )
    ends = export.add_mutually_exclusive_group()
    ends.add_argument("--lf", dest="line_end", action="store_const", const="lf", default=None)
    ends.add_argument(
        "--crlf",
        dest="line_end",
        action="store_const",
        const="crlf",
        help="line ends (default: the saved setting, CRLF)",
    )

    login = sub.add_parser("login", help="sign in (OAuth in a browser, or a personal token)")
    login.add_argument("--token", metavar="TOKEN", help="store a personal access token")
    login.add_argument("--consumer-key", metavar="KEY")
    login.add_argument("--consumer-secret", metavar="SECRET")
    login.add_argument("--no-browser", action="store_true", help="print the address only")
    login.add_argument(
        "--store-unencrypted",
        action="store_true",
        help="without a system keyring, save the sign-in in a file readable only by you",
    )
    sub.add_parser("logout", help="forget the saved sign-in")
    sub.add_parser("version", help="print the version")
    from . import cli_stickers

    cli_stickers.add_parsers(sub, add_selection_options)
    return parser


def add_selection_options(p: argparse.ArgumentParser, format_option: str = "--format") -> None:
    """The folder, filter and template options of ``export`` (and of the sticker commands);
    ``format_option`` names the record-format filter where ``--format`` means something else."""
    p.add_argument(
        "--folder", metavar="ID|NAME", default="0", help="folder id or name (default: All)"
    )
    p.add_argument(
        "--added-from", type=_calendar_date, metavar="YYYY-MM-DD", help="added on or after"
    )
    p.add_argument(
        "--added-to", type=_calendar_date, metavar="YYYY-MM-DD", help="added on or before"
    )
    p.add_argument("--search", metavar="TEXT", default="", help="artist/title/label/catno")
    p.add_argument(
        format_option, dest="format", metavar="NAME", default="", help='e.g. Vinyl, CD, LP, 7"'
    )
    p.add_argument(
        "--bottom-text", metavar="TEMPLATE", help=r"BottomText template (\n for a line break)"
    )
    p.add_argument("--file-name", metavar="TEMPLATE", help="FileName template")
    p.add_argument(
        "--use-anv", action="store_true", default=None, help="artist names as credited (ANV)"
    )
    p.add_argument(
        "--demo", action="store_true", help="use the bundled demo collection (no account)"
    )


# ---- progress on stderr -------------------------------------------------------------------------


class Progress:
    """A one-line live display on a terminal; silent when stderr is not a terminal."""

    def __init__(self, stream: TextIO, enabled: bool | None = None) -> None:
        self.stream = stream
        if enabled is None:
            isatty = getattr(stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self._width = 0
        self.label = ""

    def _show(self, text: str) -> None:
        if not self.enabled:
            return
        pad = max(0, self._width - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._width = len(text)

    def update(self, done: int, total: int) -> None:
        if total > 0:
            share = min(1.0, done / total)
            bar = "#" * round(share * 20)
            self._show(f"{self.label} [{bar:<20}] {done:,}/{total:,}")
        else:
            self._show(f"{self.label} {done:,}")

    def waiting(self, seconds: float, reason: str) -> None:
        if reason == "rate-limit":
            self._show(f"Waiting for the Discogs rate limit ({seconds:.0f} s)…")
        else:
            self._show(f"Discogs is not answering well; trying again in {seconds:.0f} s…")

    def clear(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


# ---- commands ----------------------------------------------------------------------------------


def _credentials() -> Any:
    """DISCOGS_TOKEN, else the saved sign-in (None when there is none)."""
    from .discogs.auth import credentials_from_env

    creds = credentials_from_env()
    if creds is not None:
        return creds
    try:
        from .services.account import stored_credentials
    except ImportError:
        return None
    return stored_credentials()


def _open_source(demo: bool, cancel: CancelToken) -> CollectionSource:
    from .discogs.collection import DiscogsSource
    from .services.source import source_for

    source = source_for(None if demo else _credentials(), demo)
    if isinstance(source, DiscogsSource):
        try:
            source.resolve_username(cancel)
        except BaseException:
            _close(source)
            raise
    return source


def _requests_made(source: object) -> int:
    return int(getattr(getattr(source, "gateway", None), "requests_made", 0))


def cmd_folders(args: argparse.Namespace, cancel: CancelToken) -> int:
    source = _open_source(args.demo, cancel)
    try:
        folders = source.folders(cancel)
    finally:
        _close(source)
    lines = []
    for folder in folders:
        name = " ".join(folder.name.split())
        lines.append(f"{folder.id}\t{name}\t{folder.count}\n")
    sys.stdout.write("".join(lines))
    sys.stdout.flush()
    return EXIT_OK


def _export_options(args: argparse.Namespace) -> tuple[ExportOptions, bool, str]:
    from .store.settings import Settings

    settings = Settings.load()
    options = settings.export_options()
    changes = {}
    if args.bottom_text is not None:
        changes["BottomText"] = args.bottom_text.replace("\\n", "\n")
    if args.file_name is not None:
        changes["FileName"] = args.file_name
    if changes:
        options = options.with_values(**changes)
    if args.use_anv:
        options = ExportOptions(
            values=options.values,
            use_anv=True,
            unknown_year=options.unknown_year,
            neutralise_formulas=options.neutralise_formulas,
        )
    bom = settings.bom if args.bom is None else bool(args.bom)
    line_end = args.line_end or settings.line_end
    return options, bom, line_end


def _check_templates(options: ExportOptions, note_fields: dict[int, str]) -> None:
    for column, issues in options.issues(note_fields.values()).items():
        where = _OPTION_FOR_COLUMN.get(column, f"the saved {column} template")
        raise AppError(ErrorKind.USAGE, f"{where}: {issues[0]}")


@dataclass
class Selection:
    """The rows a command works on: the folder, the rows and their instances, what it took."""

    folder: Folder
    rows: list[list[str]]
    instance_ids: list[int]
    skipped: int
    requests: int
    account: str


def select_rows(args: argparse.Namespace, cancel: CancelToken, options: ExportOptions) -> Selection:
    """The selection and template options of ``export`` applied: the rows, in order."""
    if args.added_from and args.added_to and args.added_from > args.added_to:
        raise AppError(ErrorKind.USAGE, "--added-from is later than --added-to.")
    # mistakes other than unknown note fields are reported before any request
    _check_templates(options, dict(enumerate(_note_names_in(options))))
    source = _open_source(args.demo, cancel)
    try:
        folders = source.folders(cancel)
        folder = folder_by_id_or_name(folders, args.folder)
        note_fields = source.note_fields(cancel)
        _check_templates(options, note_fields)
        progress = Progress(sys.stderr)
        progress.label = folder.name
        try:
            instances, stats = collect(
                source, folder.id, cancel, progress=progress.update, on_wait=progress.waiting
            )
        finally:
            progress.clear()
        record_filter = RecordFilter(
            text=args.search or "",
            added_from=args.added_from,
            added_to=args.added_to,
            format_name=args.format or "",
        )
        chosen = record_filter.apply(instances) if record_filter.active else list(instances)
        rows = export_rows(
            chosen, options, folder_names={f.id: f.name for f in folders}, note_fields=note_fields
        )
        cancel.check()
        account = "demo" if args.demo else str(getattr(source, "username", "") or "default")
        return Selection(
            folder,
            [list(r) for r in rows],
            [i.instance_id for i in chosen],
            stats.skipped,
            _requests_made(source),
            account,
        )
    finally:
        _close(source)


def cmd_export(args: argparse.Namespace, cancel: CancelToken) -> int:
    started = time.perf_counter()
    options, bom, line_end = _export_options(args)
    selection = select_rows(args, cancel, options)
    rows = selection.rows
    if args.output == "-":
        text = csv_text(rows, bom=bom, line_end=LF if line_end == "lf" else CRLF)
        _write_stdout(text)
        where = "standard output"
    else:
        name = args.output or default_file_name(selection.folder.name, datetime.now())
        target = Path(name)
        save_csv(target, rows, bom=bom, line_end=line_end)
        where = str(target)
    seconds = time.perf_counter() - started
    skipped = f"; {selection.skipped} unreadable entries left out" if selection.skipped else ""
    print(
        f"Wrote {len(rows):,} rows to {where} ({selection.requests} requests, "
        f"{seconds:.1f} s{skipped}).",
        file=sys.stderr,
    )
    return EXIT_OK


def _note_names_in(options: ExportOptions) -> list[str]:
    """Note field names the templates mention (accepted until the real names are known)."""
    names = []
    for column in ("BottomText", "FileName", "Content"):
        for match in re.finditer(r"\{\s*note:([^{}]*)\}", options.value(column)):
            names.append(match.group(1).strip())
    return names


def _write_stdout(text: str) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def cmd_login(args: argparse.Namespace) -> int:
    try:
        from .services.account import cli_login
    except ImportError:
        print("Error: signing in is not available in this build.", file=sys.stderr)
        return EXIT_FAILED
    return int(cli_login(args))


def cmd_logout(args: argparse.Namespace) -> int:
    try:
        from .services.account import cli_logout
    except ImportError:
        print("Error: signing out is not available in this build.", file=sys.stderr)
        return EXIT_FAILED
    return int(cli_logout(args))


# ---- entry point -----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code (never raises for expected failures)."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.command == "version":
        print(f"{PROG} {__version__}")
        return EXIT_OK
    if args.command == "login":
        return cmd_login(args)
    if args.command == "logout":
        return cmd_logout(args)
    cancel = CancelToken()
    try:
        if args.command == "folders":
            return cmd_folders(args, cancel)
        if args.command != "export":
            from . import cli_stickers

            return cli_stickers.run(args, cancel)
        return cmd_export(args, cancel)
    except KeyboardInterrupt:
        cancel.cancel()
        print(f"\n{INTERRUPTED_MESSAGE}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Cancelled:
        print(INTERRUPTED_MESSAGE, file=sys.stderr)
        return EXIT_INTERRUPTED
    except AppError as exc:
        print(f"Error: {exc.message}", file=sys.stderr)
        return exit_code(exc)
    except Exception as exc:  # a bug: still one line, the details only when asked for
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc()
        print(
            f"Error: something unexpected went wrong ({type(exc).__name__}: {exc}).",
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        cancel.cancel()


def _close(source: object) -> None:
    gateway = getattr(source, "gateway", None)
    if gateway is not None:
        gateway.close()
