"""The command line: ``discogs-qr folders | export | stickers | images | layouts | login |
logout | version``.

Nothing on this path imports Qt. Errors are one sentence on stderr and a distinct exit code:
0 ok, 1 file could not be written, 2 usage, 3 authentication, 4 network/API (after retries),
130 interrupted (Ctrl-C), 143 stopped by SIGTERM (129 SIGHUP). A stopped command replaces no file
and leaves no temporary file (:func:`desktop_app.core.csvio.signals_handled`).

Adding a command: write a module with ``register(subparsers)`` that calls
``subparsers.add_parser(...)`` and ``parser.set_defaults(handler=fn)`` where
``fn(args, cancel) -> int``, then list the module in :data:`COMMAND_MODULES`. Commands that
build rows reuse :func:`desktop_app.cli.options.add_row_options` and
:func:`desktop_app.cli.rows.select_rows`.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from .. import __version__
from ..core.cancel import CancelToken
from ..core.csvio import interrupted_by, saved_files, signals_handled
from ..core.errors import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    AppError,
    Cancelled,
    exit_code,
)
from . import account, export, folders, stickers
from .common import Progress, make_output_safe

__all__ = ["PROG", "Progress", "build_parser", "exit_code", "main"]

PROG = "discogs-qr"
DEBUG_ENV = "DISCOGS_QR_DEBUG"
INTERRUPTED_MESSAGE = "Interrupted; no file was written."

#: ``register(subparsers)`` of each built-in command, in the order ``--help`` lists them.
COMMAND_MODULES: list[Callable[[Any], None]] = [
    folders.register,
    export.register,
    stickers.register,
]
#: The last commands listed.
_TAIL: list[Callable[[Any], None]] = [account.register]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Export a Discogs collection folder to a QR Factory 3 batch CSV. "
        "Run without arguments to open the app.",
        epilog="Without a command: `discogs-qr` opens the app window, `discogs-qr --demo` opens "
        "it on the bundled demo collection, `discogs-qr --lang de` opens it in German (de, es, "
        "fr, it, ja, ko, pt_BR, ru or en; the default is Settings → Language, else the "
        "system's), `discogs-qr --self-test` checks the installation. The command line itself "
        "always speaks English. Qt options such as -style NAME or -platform offscreen are "
        "passed on to the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the app on the bundled demo collection"
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="open the app window in this language (de, es, fr, it, ja, ko, pt_BR, ru, en)",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check the installation and exit (0 = good)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in [*COMMAND_MODULES, *_TAIL]:
        register(sub)
    version = sub.add_parser("version", help="print the version")
    version.set_defaults(handler=_print_version)
    return parser


def _print_version(_args: argparse.Namespace, _cancel: CancelToken) -> int:
    print(f"{PROG} {__version__}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code (never raises for expected failures)."""
    make_output_safe(sys.stdout, sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler = getattr(args, "handler", None)
    if args.command is None or handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    cancel = CancelToken()
    try:
        with signals_handled(lambda _signum: cancel.cancel()):
            return _run(handler, args, cancel)
    except KeyboardInterrupt as exc:  # a signal as the command ended
        return _interrupted(getattr(exc, "signum", signal.SIGINT))
    finally:
        cancel.cancel()


def _run(handler: Callable[..., int], args: argparse.Namespace, cancel: CancelToken) -> int:
    try:
        return int(handler(args, cancel))
    except KeyboardInterrupt as exc:
        cancel.cancel()
        return _interrupted(getattr(exc, "signum", signal.SIGINT), newline=True)
    except Cancelled:
        return _interrupted(interrupted_by() or signal.SIGINT)
    except AppError as exc:
        print(f"Error: {exc.message}", file=sys.stderr)
        return exit_code(exc)
    except Exception as exc:  # a bug: one line and where the report is; details when asked for
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc()
        from ..logs import report_cli_crash

        print(f"Error: {report_cli_crash(exc)}", file=sys.stderr)
        return 1


def _interrupted(signum: int, *, newline: bool = False) -> int:
    """Say what a signal stopped and return its exit code: 130 for Ctrl-C (SIGINT), 143 for
    SIGTERM, 129 for SIGHUP (128 + the signal's number)."""
    saved = saved_files()
    if not saved:
        what = INTERRUPTED_MESSAGE
    else:
        more = f" and {len(saved) - 1:,} more" if len(saved) > 1 else ""
        what = f"Interrupted after writing {saved[0]}{more}."
    if signum != signal.SIGINT:
        what = what.replace("Interrupted", f"Stopped by {_signal_name(signum)}", 1)
    print(("\n" if newline else "") + what, file=sys.stderr)
    return EXIT_INTERRUPTED if signum == signal.SIGINT else 128 + signum


def _signal_name(signum: int) -> str:
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"
