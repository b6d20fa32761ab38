"""The sticker commands: ``discogs-qr stickers | images | layouts``.

``stickers`` and ``images`` take the selection and template options of ``export`` and use the same
services as the app. Qt is imported only for drawing (offscreen), never for a window.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from .core.cancel import CancelToken
from .core.errors import EXIT_OK, AppError, ErrorKind

COMMANDS = ("stickers", "images", "layouts")
MARKS = ("none", "outlines", "cutmarks")


def _slots(text: str) -> frozenset[int]:
    """``1,2,7`` or ``1-3,9``: label numbers of the first sheet."""
    out: set[int] = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            if "-" in part:
                low, high = (int(x) for x in part.split("-", 1))
                if high < low or high - low > 1000:
                    raise ValueError
                out.update(range(low, high + 1))
            else:
                out.add(int(part))
        except ValueError:
            raise argparse.ArgumentTypeError(f"“{part}” is not a label number or range") from None
    return frozenset(out)


def _mm(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of millimetres") from None
    if not -20.0 <= value <= 20.0:
        raise argparse.ArgumentTypeError("the offset must be within ±20 mm")
    return value


def add_parsers(sub, add_selection_options: Callable[..., None]) -> None:
    """Add the sticker commands to the CLI's subparsers."""
    stickers = sub.add_parser(
        "stickers", help="write a PDF of sticker sheets (every code is checked first)"
    )
    add_selection_options(stickers)
    stickers.add_argument(
        "--layout",
        metavar="NAME|FILE",
        default="",
        help="preset, saved layout or JSON file (default: L7120-25; see 'layouts')",
    )
    stickers.add_argument(
        "--start",
        type=int,
        default=1,
        metavar="N",
        help="first label to use on the first sheet (default 1)",
    )
    stickers.add_argument(
        "--skip",
        type=_slots,
        default=frozenset(),
        metavar="1,2,7",
        help="labels of the first sheet already used",
    )
    stickers.add_argument(
        "--offset-x",
        type=_mm,
        default=0.0,
        metavar="MM",
        help="printer calibration: move everything right (mm)",
    )
    stickers.add_argument(
        "--offset-y",
        type=_mm,
        default=0.0,
        metavar="MM",
        help="printer calibration: move everything down (mm)",
    )
    stickers.add_argument(
        "--marks", choices=MARKS, default="none", help="label outlines or cut marks (default none)"
    )
    stickers.add_argument("--font", metavar="FAMILY", default="", help="caption font family")
    stickers.add_argument(
        "--font-size",
        type=float,
        default=0.0,
        metavar="PT",
        help="largest caption size in points (default: fit the label)",
    )
    stickers.add_argument(
        "--test-page",
        action="store_true",
        help="write the layout's test page (outlines, rulers) instead",
    )
    stickers.add_argument(
        "--output",
        "-o",
        metavar="PATH",
        help="PDF to write (default: discogs-qr-<folder>-YYYYMMDD-HHMMSS.pdf here)",
    )

    images = sub.add_parser("images", help="write one PNG or SVG per row, named by FileName")
    add_selection_options(images, "--record-format")
    images.add_argument(
        "--format",
        dest="image_format",
        choices=("png", "svg"),
        default="png",
        help="image format (default png)",
    )
    images.add_argument("--output", "-o", metavar="DIR", required=True, help="folder to write")
    images.add_argument("--font", metavar="FAMILY", default="", help="caption font family")

    for p in (stickers, images):
        p.set_defaults(bom=None, line_end=None)  # read by the shared template options
    sub.add_parser("layouts", help="list the sheet layouts (presets and saved)")


def run(args: argparse.Namespace, cancel: CancelToken) -> int:
    if args.command == "layouts":
        return cmd_layouts()
    if args.command == "images":
        return cmd_images(args, cancel)
    return cmd_stickers(args, cancel)


def cmd_layouts() -> int:
    from .services.stickers import all_layouts

    for name, layout in all_layouts().items():
        shape = "round" if layout.round else "rect"
        size = f"{layout.label_width:g}×{layout.label_height:g} mm"
        page = f"{layout.page_width:g}×{layout.page_height:g} mm"
        print(f"{name}\t{layout.per_page} per page\t{shape} {size}\tpage {page}\t{layout.title}")
    return EXIT_OK


def _caption(args: argparse.Namespace):
    from .stickers.painter import CaptionStyle

    return CaptionStyle(family=args.font or "", size_pt=getattr(args, "font_size", 0.0) or 0.0)


def _history(account: str):
    from .services.history import ExportHistory

    try:
        return ExportHistory(account)
    except OSError:
        return None


def _selection(args: argparse.Namespace, cancel: CancelToken):
    from .cli import _export_options, select_rows

    options, _bom, _line_end = _export_options(args)
    selection = select_rows(args, cancel, options)
    if not selection.rows:
        raise AppError(ErrorKind.USAGE, "No records match; no stickers were made.")
    return selection


def cmd_stickers(args: argparse.Namespace, cancel: CancelToken) -> int:
    from .services.export import default_file_name
    from .services.stickers import make_sheet_pdf, resolve_layout, write_test_page
    from .stickers.sheet import SheetOptions

    started = time.perf_counter()
    if args.font_size and not 2 <= args.font_size <= 72:
        raise AppError(ErrorKind.USAGE, "--font-size must be between 2 and 72 points.")
    layout = resolve_layout(args.layout)
    options = SheetOptions(
        layout=layout,
        start=args.start,
        skip=args.skip,
        offset_x=args.offset_x,
        offset_y=args.offset_y,
        marks=args.marks,
        caption=_caption(args),
    )
    issues = options.problems()
    if issues:
        raise AppError(ErrorKind.USAGE, f"{issues[0][0].upper()}{issues[0][1:]}.")
    if args.test_page:
        target = write_test_page(args.output or f"test-page-{layout.name}.pdf", options)
        print(f"Wrote the test page of {layout.name} to {target}.", file=sys.stderr)
        return EXIT_OK
    selection = _selection(args, cancel)
    name = args.output or default_file_name(selection.folder.name, datetime.now(), ".pdf")
    result = make_sheet_pdf(
        Path(name), selection.rows, selection.instance_ids, options, _history(selection.account)
    )
    return _done(f"{result.stickers:,} stickers on {result.pages} page(s)", result, started)


def cmd_images(args: argparse.Namespace, cancel: CancelToken) -> int:
    from .services.stickers import make_images

    started = time.perf_counter()
    selection = _selection(args, cancel)
    result = make_images(
        Path(args.output),
        selection.rows,
        selection.instance_ids,
        args.image_format,
        _history(selection.account),
        caption=_caption(args),
    )
    return _done(f"{result.stickers:,} {args.image_format.upper()} images", result, started)


def _done(what: str, result, started: float) -> int:
    seconds = time.perf_counter() - started
    print(f"Wrote {what} to {result.path}; every code decoded ({seconds:.1f} s).", file=sys.stderr)
    return EXIT_OK
