"""Stickers for the GUI and the CLI: sheets as PDF, printing, images, saved layouts.

Every code is decoded before anything is written; files are written atomically; the stickers
that were made count as exported in the export history, like a saved CSV.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.csvio import atomic_write, atomic_write_bytes, check_interrupted, signals_deferred
from ..core.errors import AppError, ErrorKind
from ..core.gc_pause import no_gc as _batch  # a batch of stickers makes no cycles
from ..core.printed import row_fingerprints
from ..stickers.layouts import (
    DEFAULT_LAYOUT,
    PRESETS,
    LayoutError,
    SheetLayout,
    layout_from_json,
    valid_name,
)
from ..store import paths
from ..store.history import ExportHistory

LAYOUTS_FILE = "sticker-layouts.json"
MAX_LISTED_FAILURES = 5
ProgressCallback = Callable[[int, int], None]

__all__ = [
    "DEFAULT_LAYOUT",
    "PRESETS",
    "ExportHistory",
    "LayoutError",
    "SheetLayout",
    "StickerResult",
    "all_layouts",
    "check_stickers",
    "delete_layout",
    "ensure_qt",
    "font_in_its_place",
    "make_images",
    "make_sheet_pdf",
    "print_sheet",
    "resolve_layout",
    "save_layout",
    "saved_layouts",
    "write_test_page",
]


@dataclass(frozen=True, slots=True)
class StickerResult:
    """What was made: where, how many stickers and pages, and whether the history recorded it.
    For images: how many files of that name were there already (replaced, links too), and the
    names changed to keep two rows' images apart (FileNames that differ only by case)."""

    path: Path
    stickers: int
    pages: int
    history_recorded: bool
    replaced: int = 0
    kept_apart: tuple[str, ...] = ()


def ensure_qt() -> None:
    """A QGuiApplication for drawing; offscreen when none runs yet (the CLI shows no window)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep.append(QGuiApplication([sys.argv[0] if sys.argv else "discogs-qr"]))


_keep: list[object] = []


def font_in_its_place(family: str) -> str | None:
    """None when ``family`` is installed (or empty); else the family drawn instead of it."""
    if not family.strip():
        return None
    ensure_qt()
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

    wanted = family.strip().casefold()
    if any(name.casefold() == wanted for name in QFontDatabase.families()):
        return None
    return QFontInfo(QFont(family.strip())).family() or "the default font"


# ---- the decode check ---------------------------------------------------------------------


def check_stickers(
    rows: Sequence[Sequence[str]],
    label_width: float,
    label_height: float,
    round_: bool,
    progress: ProgressCallback | None = None,
    caption=None,
) -> None:
    """Raise :class:`AppError` naming the rows whose codes would not scan; nothing otherwise."""
    from ..stickers.check import StickerChecker, check_rows
    from ..stickers.painter import StickerPainter

    ensure_qt()
    if not rows:
        raise AppError(ErrorKind.USAGE, "There are no rows to make stickers from.")
    checker = StickerChecker(StickerPainter(caption))
    with _batch():
        failures = check_rows(rows, label_width, label_height, round_, checker, progress)
    if not failures:
        return
    lines = [f.message() for f in failures[:MAX_LISTED_FAILURES]]
    more = len(failures) - len(lines)
    if more:
        lines.append(f"… and {more} more.")
    count = "One code" if len(failures) == 1 else f"{len(failures)} codes"
    raise AppError(
        ErrorKind.USAGE,
        f"{count} would not scan, so nothing was written. " + " ".join(lines),
        detail="\n".join(f.message() for f in failures),
    )


def _record(
    history: ExportHistory | None,
    ids: Sequence[int],
    target: Path,
    rows: Sequence[Sequence[str]] | None = None,
) -> bool:
    if history is None or not ids:
        return False
    prints = row_fingerprints(rows) if rows is not None else None
    try:
        history.record(list(ids), target, prints=prints)
    except OSError:
        return False
    return True


def _io_error(path: str | Path, exc: OSError) -> AppError:
    reason = exc.strerror or str(exc)
    return AppError(ErrorKind.IO, f"{path} could not be saved: {reason}.", detail=str(exc))


# ---- sheets -------------------------------------------------------------------------------


def make_sheet_pdf(
    path: str | Path,
    rows: Sequence[Sequence[str]],
    instance_ids: Sequence[int],
    options,
    history: ExportHistory | None = None,
    progress: ProgressCallback | None = None,
) -> StickerResult:
    """Check every code, then write the sheets atomically to ``path`` and record the export.

    ``options`` is a :class:`desktop_app.stickers.sheet.SheetOptions`.
    """
    from ..stickers.sheet import write_pdf

    _check_options(options)
    layout = options.layout
    report = _between_stickers(progress)
    target = Path(path)
    pages = 0

    def fill(tmp_name: str) -> None:
        nonlocal pages
        with _batch():
            pages = write_pdf(tmp_name, rows, options, report)
        _check_pdf(tmp_name)

    with signals_deferred():
        check_stickers(
            rows, layout.label_width, layout.label_height, layout.round, report, options.caption
        )
        try:
            atomic_write(target, fill)
        except OSError as exc:
            raise _io_error(target, exc) from exc
    return StickerResult(target, len(rows), pages, _record(history, instance_ids, target, rows))


def print_sheet(
    printer,
    rows: Sequence[Sequence[str]],
    instance_ids: Sequence[int],
    options,
    history: ExportHistory | None = None,
) -> StickerResult:
    """Check every code, then print on ``printer`` (a QPrinter the print dialog has set up)."""
    from ..stickers.sheet import print_rows

    _check_options(options)
    layout = options.layout
    check_stickers(
        rows, layout.label_width, layout.label_height, layout.round, None, options.caption
    )
    try:
        with _batch():
            pages = print_rows(printer, rows, options)
    except OSError as exc:
        raise AppError(ErrorKind.IO, f"Printing failed: {exc}.") from exc
    name = printer.printerName() or printer.outputFileName() or "printer"
    target = Path(f"printer:{name}")
    return StickerResult(target, len(rows), pages, _record(history, instance_ids, target, rows))


def write_test_page(path: str | Path, options) -> Path:
    """A PDF test page for ``options`` (outlines, numbers, rulers), written atomically."""
    from ..stickers.sheet import write_test_pdf

    ensure_qt()
    _check_options(options)
    target = Path(path)

    def fill(tmp_name: str) -> None:
        write_test_pdf(tmp_name, options)
        _check_pdf(tmp_name)

    try:
        with signals_deferred():
            atomic_write(target, fill)
    except OSError as exc:
        raise _io_error(target, exc) from exc
    return target


def _between_stickers(progress: ProgressCallback | None) -> ProgressCallback:
    """``progress``, also the place where a signal stops the work (see
    :func:`~desktop_app.core.csvio.signals_deferred`): between two stickers, never inside Qt's
    drawing, whose painter and device must end in order (Qt crashes otherwise)."""

    def report(done: int, total: int) -> None:
        check_interrupted()
        if progress is not None:
            progress(done, total)

    return report


def _check_pdf(name: str) -> None:
    with open(name, "rb") as handle:
        if handle.read(4) != b"%PDF":
            raise OSError("the PDF could not be written")


def _check_options(options) -> None:
    ensure_qt()
    issues = options.problems()
    if issues:
        raise AppError(ErrorKind.USAGE, f"The sheet settings are not usable: {issues[0]}.")


# ---- images -------------------------------------------------------------------------------


def make_images(
    folder: str | Path,
    rows: Sequence[Sequence[str]],
    instance_ids: Sequence[int],
    fmt: str = "png",
    history: ExportHistory | None = None,
    progress: ProgressCallback | None = None,
    caption=None,
) -> StickerResult:
    """One PNG or SVG per row in ``folder``, named by FileName; every code checked first."""
    from ..stickers.images import FORMATS

    ensure_qt()
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise AppError(ErrorKind.USAGE, f"The image format must be one of {', '.join(FORMATS)}.")
    with signals_deferred():
        return _write_images(folder, rows, instance_ids, fmt, history, progress, caption)


def _write_images(folder, rows, instance_ids, fmt, history, progress, caption) -> StickerResult:
    from ..stickers.images import (
        IMAGE_HEIGHT_MM,
        IMAGE_WIDTH_MM,
        name_key,
        pixel_width,
        png_bytes,
        svg_bytes,
        unique_file_names,
    )
    from ..stickers.painter import StickerPainter
    from ..stickers.qr import spec_from_row

    progress = _between_stickers(progress)
    specs = [spec_from_row(row) for row in rows]
    check_stickers(rows, IMAGE_WIDTH_MM, IMAGE_HEIGHT_MM, False, progress, caption)
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _io_error(target, exc) from exc
    painter = StickerPainter(caption)
    names, changed = unique_file_names(rows, fmt, instance_ids)
    on_disk, keyed = _entries(target)
    replaced = 0
    for number, (row, spec, name) in enumerate(zip(rows, specs, names, strict=True), start=1):
        if fmt == "png":
            data = png_bytes(painter, spec, pixel_width(row))
        else:
            data = svg_bytes(painter, spec)
        existing = name if name in on_disk else keyed.get(name_key(name))
        if existing is not None:  # the same file on a system that ignores case: replace it
            name, replaced = existing, replaced + 1
        try:  # a link in the folder is replaced by the image, never written through
            atomic_write_bytes(target / name, data, follow_links=False)
        except OSError as exc:
            raise _io_error(target / name, exc) from exc
        if number % 25 == 0:
            progress(number, len(rows))
    kept_apart = tuple(names[n] for n in changed)
    recorded = _record(history, instance_ids, target, rows)
    return StickerResult(target, len(rows), len(rows), recorded, replaced, kept_apart)


def _entries(folder: Path) -> tuple[set[str], dict[str, str]]:
    """The names in ``folder`` (temporary files left out), and by :func:`name_key` each name."""
    from ..stickers.images import name_key

    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return set(), {}
    names = sorted(n for n in names if not (n.startswith(".") and n.endswith(".tmp")))
    keyed: dict[str, str] = {}
    for name in names:
        keyed.setdefault(name_key(name), name)
    return set(names), keyed


# ---- saved layouts ------------------------------------------------------------------------


def layouts_path() -> Path:
    return paths.config_dir() / LAYOUTS_FILE


def saved_layouts() -> dict[str, SheetLayout]:
    """The user's named layouts (unreadable entries are left out)."""
    try:
        data = json.loads(layouts_path().read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError):
        return {}
    out: dict[str, SheetLayout] = {}
    for item in data.get("layouts", []) if isinstance(data, dict) else []:
        try:
            layout = SheetLayout.from_dict(item)
        except LayoutError:
            continue
        out[layout.name] = layout
    return out


def _write_saved(layouts: dict[str, SheetLayout]) -> None:
    document = {"format": 1, "layouts": [layouts[k].to_dict() for k in sorted(layouts)]}
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    try:
        atomic_write_bytes(layouts_path(), text.encode("utf-8"))
    except OSError as exc:
        raise _io_error(layouts_path(), exc) from exc


def save_layout(layout: SheetLayout) -> SheetLayout:
    """Save (or replace) a named layout; a preset's name cannot be reused."""
    name = layout.name.strip()
    if not valid_name(name):
        raise AppError(ErrorKind.USAGE, "A layout name needs 1–60 letters, digits or spaces.")
    if name in PRESETS:
        raise AppError(ErrorKind.USAGE, f"“{name}” is the name of a preset; choose another.")
    issues = layout.problems()
    if issues:
        raise AppError(ErrorKind.USAGE, f"The layout is not usable: {issues[0]}.")
    layouts = saved_layouts()
    saved = layout.renamed(name, layout.title or name)
    layouts[name] = saved
    _write_saved(layouts)
    return saved


def delete_layout(name: str) -> bool:
    layouts = saved_layouts()
    if layouts.pop(name, None) is None:
        return False
    _write_saved(layouts)
    return True


def all_layouts() -> dict[str, SheetLayout]:
    """The presets, then the saved layouts."""
    return {**PRESETS, **saved_layouts()}


def resolve_layout(text: str) -> SheetLayout:
    """A preset or saved layout by name (any case), or a layout JSON file by path."""
    wanted = text.strip() or DEFAULT_LAYOUT
    layouts = all_layouts()
    for name, layout in layouts.items():
        if name.casefold() == wanted.casefold():
            return layout
    candidate = Path(wanted).expanduser()
    if candidate.suffix.lower() == ".json" or candidate.is_file():
        try:
            return layout_from_json(candidate.read_text("utf-8"))
        except OSError as exc:
            raise AppError(
                ErrorKind.USAGE,
                f"The layout file {candidate} cannot be read: {exc.strerror or exc}.",
            ) from exc
        except LayoutError as exc:
            raise AppError(ErrorKind.USAGE, f"{candidate}: {exc}") from exc
    names = ", ".join(layouts)
    raise AppError(ErrorKind.USAGE, f"There is no layout “{wanted}”; the layouts are: {names}.")
