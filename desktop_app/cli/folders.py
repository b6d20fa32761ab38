"""``discogs-qr folders``: the collection's folders, one a line (id, name, count)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..core.cancel import CancelToken
from ..core.errors import EXIT_OK
from .common import add_source_options, close_source, open_source


def register(sub: Any) -> None:
    folders = sub.add_parser("folders", help="list the collection folders (id, name, count)")
    add_source_options(folders)
    folders.set_defaults(handler=run)


def run(args: argparse.Namespace, cancel: CancelToken) -> int:
    source = open_source(args.demo, cancel)
    try:
        folders = source.folders(cancel)
    finally:
        close_source(source)
    lines = [f"{f.id}\t{' '.join(f.name.split())}\t{f.count}\n" for f in folders]
    sys.stdout.write("".join(lines))
    sys.stdout.flush()
    return EXIT_OK
