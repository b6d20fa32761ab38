"""Entry point of both frozen executables: the same routing as ``python -m desktop_app``."""

from __future__ import annotations

import sys


def run() -> None:
    """Route ``--self-test`` to the self-test, everything else to ``desktop_app.__main__``."""
    if "--self-test" in sys.argv[1:]:
        from desktop_app.selftest import main as self_test

        sys.exit(self_test())
    from desktop_app.__main__ import entry

    entry()


if __name__ == "__main__":
    run()
