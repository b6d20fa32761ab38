"""``python -m desktop_app`` / ``discogs-qr``: the app without arguments, the CLI with a command.

discogs-qr                 open the app (Qt options such as -style NAME are passed on to Qt)
discogs-qr --demo          open the app on the bundled demo collection
discogs-qr --lang CODE     open the app in a language (de, es, fr, it, ja, ko, pt_BR, ru, en)
discogs-qr --self-test     check the installation (used by packaged builds)
discogs-qr --version
discogs-qr COMMAND ...     folders, export, login, logout, version (see --help)
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from . import __version__
from .display import display_problem, split_gui_arguments


def _run_gui(demo: bool, qt_args: Sequence[str] = ()) -> int:
    problem = display_problem(qt_args)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    try:
        from .gui.app import main as gui_main
    except ImportError as exc:
        print(
            f"The app window cannot start ({exc}); the command line still works: "
            "run with --help to see the commands.",
            file=sys.stderr,
        )
        return 1
    return int(gui_main(list(qt_args), demo=demo) or 0)


def _run_self_test() -> int:
    try:
        from .selftest import main as selftest_main
    except ImportError as exc:
        print(f"The self-test is not available in this build ({exc}).", file=sys.stderr)
        return 1
    return int(selftest_main() or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the GUI, the self-test or the CLI; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    window = split_gui_arguments(args)
    if window is not None:
        demo, qt_args = window
        return _run_gui(demo=demo, qt_args=qt_args)
    if args == ["--self-test"]:
        return _run_self_test()
    if args == ["--version"]:
        print(f"discogs-qr {__version__}")
        return 0
    try:
        from .cli import main as cli_main

        return cli_main(args)
    except KeyboardInterrupt:  # Ctrl-C before the command's own handling began
        print("\nInterrupted; no file was written.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
