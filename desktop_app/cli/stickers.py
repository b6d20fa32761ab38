"""The sticker commands: ``discogs-qr stickers | images | layouts``.

``stickers`` and ``images`` take the selection and template options of ``export`` and use the same
services as the app. Qt is imported only for drawing (offscreen), never for a window.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core.cancel import CancelToken
from ..core.csvio import signals_deferred
from ..core.errors import EXIT_OK, AppError, ErrorKind
from ..services.settings import Settings
from .common import add_source_options
from .mark import add_mark_options, marked_after
from .options import add_row_options, check_dates, check_templates, row_options
from .rows import Selection, left_out_note, select_rows

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


FONT_SIZES = (2.0, 72.0)


def _font_size(text: str) -> float:
    low, high = FONT_SIZES
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a caption size: give {low:g} to {high:g} points, "
            "or leave --font-size out to fit each label"
        )
    return value


def register(sub: Any) -> None:
    """Add ``stickers``, ``images`` and ``layouts`` to the subcommands."""
    stickers = sub.add_parser(
        "stickers", help="write a PDF of sticker sheets (every code is checked first)"
    )
    add_row_options(stickers)
    add_mark_options(stickers)
    add_source_options(stickers)
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
        "--continue",
        dest="continue_sheet",
        action="store_true",
        help="start at the first free label of the last sheet of this layout (the app keeps "
        "which labels of the last sheet were used)",
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
        type=_font_size,
        default=None,
        metavar="PT",
        help="largest caption size, 2 to 72 points (default: fit the label)",
    )
    stickers.add_argument(
        "--fit-each-label",
        action="store_true",
        help="fit each caption to its own label (default: one caption size per sheet)",
    )
    stickers.add_argument(
        "--icon",
        action="store_true",
        help="draw the rows' centre icon (needs error level High: a smaller code)",
    )
    stickers.add_argument(
        "--link-form",
        choices=("as-is", "short", "upper"),
        default="as-is",
        help="print Discogs links as the rows say (default), without 'www.' (short), or in "
        "capitals, HTTPS://DISCOGS.COM/RELEASE/… (upper: the smallest code)",
    )
    _glyph_option(stickers)
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
    add_row_options(images, format_option="--record-format")
    add_source_options(images)
    images.add_argument(
        "--format",
        dest="image_format",
        choices=("png", "svg"),
        default="png",
        help="image format (default png)",
    )
    images.add_argument("--output", "-o", metavar="DIR", required=True, help="folder to write")
    images.add_argument("--font", metavar="FAMILY", default="", help="caption font family")
    _glyph_option(images)

    stickers.set_defaults(handler=cmd_stickers)
    images.set_defaults(handler=cmd_images)
    layouts = sub.add_parser("layouts", help="list the sheet layouts (presets and saved)")
    layouts.set_defaults(handler=cmd_layouts)


def _glyph_option(parser: Any) -> None:
    parser.add_argument(
        "--remove-missing-glyphs",
        action="store_true",
        help="leave out of the captions the characters no installed font has (default: keep "
        "them, printed as boxes, with a warning)",
    )


def cmd_layouts(_args: argparse.Namespace, _cancel: CancelToken) -> int:
    from ..services.stickers import all_layouts

    for name, layout in all_layouts().items():
        shape = "round" if layout.round else "rect"
        size = f"{layout.label_width:g}×{layout.label_height:g} mm"
        page = f"{layout.page_width:g}×{layout.page_height:g} mm"
        print(f"{name}\t{layout.per_page} per page\t{shape} {size}\tpage {page}\t{layout.title}")
    return EXIT_OK


def _caption(args: argparse.Namespace, unknown_year: str = "unknown") -> Any:
    from ..services.stickers import font_in_its_place
    from ..stickers.painter import CaptionStyle

    family = (args.font or "").strip()
    instead = font_in_its_place(family)
    if instead is not None:
        print(
            f"Warning: the font “{family}” is not installed; the captions use “{instead}”.",
            file=sys.stderr,
        )
    return CaptionStyle(
        family=family,
        size_pt=getattr(args, "font_size", None) or 0.0,
        fit="label" if getattr(args, "fit_each_label", False) else "sheet",
        unknown_year=unknown_year,
    )


def _selection(args: argparse.Namespace, cancel: CancelToken) -> tuple[Selection, str]:
    """The rows, and the text the template gives a year Discogs does not know."""
    check_dates(args)
    options = row_options(args, Settings.load())
    check_templates(options)
    selection = select_rows(args, options, cancel)
    if not selection.rows:
        raise AppError(ErrorKind.USAGE, "No records match; no stickers were made.")
    return selection, options.unknown_year


def _ids(selection: Selection) -> list[int]:
    return [inst.instance_id for inst in selection.instances]


def _load_qt() -> None:
    """Load Qt and the drawing modules with signals deferred: Ctrl-C in the middle of importing
    Qt's bindings aborts the process (shiboken cannot initialise) instead of stopping it."""
    with signals_deferred():
        from ..services.stickers import ensure_qt
        from ..stickers import check, images, sheet  # noqa: F401

        ensure_qt()


def cmd_stickers(args: argparse.Namespace, cancel: CancelToken) -> int:
    _load_qt()
    from ..services.export import default_file_name
    from ..services.stickers import make_sheet_pdf, resolve_layout, write_test_page
    from ..stickers.qr import CodeStyle
    from ..stickers.sheet import SheetOptions, first_sheet_used_up

    started = time.perf_counter()
    layout = resolve_layout(args.layout)
    start, skip, kept = _continued(args, layout)
    options = SheetOptions(
        layout=layout,
        start=start,
        skip=skip,
        offset_x=args.offset_x,
        offset_y=args.offset_y,
        marks=args.marks,
        caption=_caption(args),
        code=CodeStyle(icon=args.icon, url_form=args.link_form),
    )
    issues = options.problems()
    if issues:
        raise AppError(ErrorKind.USAGE, f"{issues[0][0].upper()}{issues[0][1:]}.")
    if args.test_page:
        target = write_test_page(args.output or f"test-page-{layout.name}.pdf", options)
        print(f"Wrote the test page of {layout.name} to {target}.", file=sys.stderr)
        return EXIT_OK
    selection, unknown_year = _selection(args, cancel)
    options = replace(options, caption=_caption(args, unknown_year))
    if first_sheet_used_up(options):
        print(
            "Every label of the first sheet is marked as used (--start/--skip): the stickers "
            "start on a fresh sheet, and no blank page is printed.",
            file=sys.stderr,
        )
    name = args.output or default_file_name(selection.folder.name, datetime.now(), ".pdf")
    result = make_sheet_pdf(
        Path(name),
        selection.rows,
        _ids(selection),
        options,
        selection.history,
        sheet=kept.id if kept is not None else None,
        remove_missing_glyphs=args.remove_missing_glyphs,
    )
    what = f"{result.stickers:,} stickers on {result.pages} page(s)"
    _done(what, result, started, selection, args.remove_missing_glyphs)
    print(_sheet_note(result, layout.name, args.continue_sheet, kept), file=sys.stderr)
    return marked_after(args, selection.instances, cancel)


def _continued(args: argparse.Namespace, layout: Any) -> tuple[int, frozenset[int], Any]:
    """``(start, skip, kept sheet)``: with ``--continue``, the free labels of the last sheet of
    ``layout`` (``--skip`` adds labels found used since)."""
    from ..services.stickers import last_sheet, sheet_start

    if not args.continue_sheet:
        return args.start, args.skip, None
    if args.start != 1:
        raise AppError(
            ErrorKind.USAGE, "--continue finds the first free label itself; leave out --start."
        )
    kept = last_sheet(layout)
    if kept is None:
        return 1, args.skip, None
    start, skip = sheet_start(kept)
    return start, skip | args.skip, kept


def _sheet_note(result: Any, layout: str, continued: bool, kept: Any) -> str:
    """Which labels were used, and what is left free for the next ``--continue``."""
    from ..services.stickers import label_ranges

    note = ""
    if continued and kept is None:
        note = f"No partly used {layout} sheet was kept, so a fresh one was started. "
    sheet = "the sheet in the printer" if kept is not None else "the first sheet"
    note += f"Used labels {label_ranges(result.labels)} of {sheet}"
    if result.pages > 1:
        note += f", then {result.pages - 1} more sheet(s)"
    if result.sheet is None:
        return note + "; no label is left free."
    last = "it" if result.pages == 1 else "the last one"
    free = "1 label is" if result.sheet.free == 1 else f"{result.sheet.free} labels are"
    return note + f"; {free} still free on {last} (stickers --continue starts there)."


def cmd_images(args: argparse.Namespace, cancel: CancelToken) -> int:
    _load_qt()
    from ..services.stickers import make_images

    started = time.perf_counter()
    selection, unknown_year = _selection(args, cancel)
    result = make_images(
        Path(args.output),
        selection.rows,
        _ids(selection),
        args.image_format,
        selection.history,
        caption=_caption(args, unknown_year),
        remove_missing_glyphs=args.remove_missing_glyphs,
    )
    what = f"{result.stickers:,} {args.image_format.upper()} images"
    return _done(
        what, result, started, selection, args.remove_missing_glyphs, _images_notes(result)
    )


def _warn(result: Any, removed: bool) -> None:
    """The stickers' warnings on stderr: little scan margin, characters no font has."""
    for line in result.warnings:
        print(f"Warning: {line}.", file=sys.stderr)
    for problem in result.missing_glyphs:
        what = "left out" if removed else "boxes; --remove-missing-glyphs leaves them out"
        print(f"Warning: {problem.message()} ({what}).", file=sys.stderr)


def _images_notes(result: Any) -> str:
    """ "; replaced 3 existing files; 2 FileNames … kept apart as abc-123.png" ("" for none)."""
    notes = ""
    if result.replaced:
        files = "file" if result.replaced == 1 else "files"
        notes += f"; replaced {result.replaced:,} existing {files}"
    apart = result.kept_apart
    if apart:
        shown = ", ".join(apart[:3]) + (f" and {len(apart) - 3:,} more" if len(apart) > 3 else "")
        rows = "FileName was" if len(apart) == 1 else "FileNames were"
        notes += (
            f"; {len(apart):,} {rows} the same as another row's when case is ignored, so they "
            f"were kept apart as {shown}"
        )
    return notes


def _done(
    what: str,
    result: Any,
    started: float,
    selection: Selection,
    removed: bool = False,
    notes: str = "",
) -> int:
    _warn(result, removed)
    seconds = time.perf_counter() - started
    left_out = left_out_note(selection.stats)
    print(
        f"Wrote {what} to {result.path}{notes}; every code decoded ({seconds:.1f} s{left_out}).",
        file=sys.stderr,
    )
    return EXIT_OK
