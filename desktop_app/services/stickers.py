"""Stickers for the GUI and the CLI: sheets as PDF, printing, images, saved layouts.

Every code is decoded before anything is written; files are written atomically; the stickers
that were made count as exported in the export history, like a saved CSV.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..core.csvio import atomic_write, atomic_write_bytes, check_interrupted, signals_deferred
from ..core.errors import AppError, ErrorKind
from ..core.gc_pause import no_gc as _batch  # a batch of stickers makes no cycles
from ..core.i18n import Errors, joined
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
from ..store import sheets as sheet_store
from ..store.history import ExportHistory
from ..store.locks import file_lock
from ..store.sheets import KeptSheet

log = logging.getLogger(__name__)

LAYOUTS_FILE = "sticker-layouts.json"
MAX_LISTED_FAILURES = 5
UNSAVED_LAYOUT = "custom"  # the dialog's unsaved geometry: no sheet of it is kept
ProgressCallback = Callable[[int, int], None]

__all__ = [
    "DEFAULT_LAYOUT",
    "PRESETS",
    "ExportHistory",
    "GlyphProblem",
    "KeptSheet",
    "LayoutError",
    "SheetLayout",
    "StickerResult",
    "all_layouts",
    "check_stickers",
    "delete_layout",
    "ensure_qt",
    "font_in_its_place",
    "forget_sheet",
    "kept_sheets",
    "label_ranges",
    "last_sheet",
    "make_images",
    "make_sheet_pdf",
    "missing_glyphs",
    "print_sheet",
    "resolve_layout",
    "save_layout",
    "saved_layouts",
    "sheet_start",
    "without_characters",
    "write_test_page",
]


@dataclass(frozen=True, slots=True)
class GlyphProblem:
    """A row whose caption has characters no installed font can draw (they print as boxes)."""

    row: int  # 1-based
    file_name: str
    characters: str

    def message(self) -> str:
        name = f" ({self.file_name})" if self.file_name else ""
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in self.characters)
        return f"Row {self.row}{name}: no font has {shown}"


@dataclass(frozen=True, slots=True)
class StickerResult:
    """What was made: where, how many stickers and pages, whether the history recorded it, the
    codes that scan with little margin (one sentence per row) and the captions' characters no
    font has (left as they were, or removed when asked).

    For sheets, ``labels`` are the labels of the first page that were printed on (1-based) and
    ``sheet`` is the sheet left in the printer: the last page with its used labels, kept for the
    next print (None when that page is full or nothing could be kept). For images: how many
    files of that name were there already (replaced, links too), and the names changed to keep
    two rows' images apart (FileNames that differ only by case)."""

    path: Path
    stickers: int
    pages: int
    history_recorded: bool
    warnings: tuple[str, ...] = ()
    missing_glyphs: tuple[GlyphProblem, ...] = ()
    labels: tuple[int, ...] = ()
    sheet: KeptSheet | None = None
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
    code=None,
) -> list[str]:
    """Raise :class:`AppError` naming the rows whose codes would not scan; otherwise the
    warnings for the rows whose codes scan with little margin (empty when all have it).
    ``caption`` and ``code`` are the sheet's CaptionStyle and CodeStyle."""
    from ..stickers.check import StickerChecker, check_rows
    from ..stickers.painter import StickerPainter

    ensure_qt()
    if not rows:
        raise AppError(ErrorKind.USAGE, Errors.tr("There are no rows to make stickers from."))
    checker = StickerChecker(StickerPainter(caption, code))
    margin: list = []
    with _batch():
        failures = check_rows(
            rows, label_width, label_height, round_, checker, progress, warnings=margin
        )
    if not failures:
        return [w.message() for w in margin]
    lines = [f.message() for f in failures[:MAX_LISTED_FAILURES]]
    more = len(failures) - len(lines)
    if more:
        lines.append(Errors.tr("… and {count} more.").args(count=more))
    raise AppError(
        ErrorKind.USAGE,
        Errors.tr(
            "%n code(s) would not scan, so nothing was written. {failures}", None, len(failures)
        ).args(failures=joined(lines)),
        detail="\n".join(f.message() for f in failures),
    )


# ---- characters no font has ----------------------------------------------------------------


def missing_glyphs(rows: Sequence[Sequence[str]], caption=None) -> list[GlyphProblem]:
    """The rows whose captions have characters that neither the caption font nor any font Qt
    falls back to can draw, found before anything is saved (``caption``: a CaptionStyle)."""
    from ..stickers.painter import StickerPainter
    from ..stickers.qr import spec_from_row

    ensure_qt()
    painter = StickerPainter(caption)
    out = []
    for number, row in enumerate(rows, start=1):
        spec = painter.prepare(spec_from_row(row))
        if not spec.caption.strip():
            continue
        found = painter.missing_characters(spec.caption, spec)
        if found:
            out.append(GlyphProblem(number, spec.file_name, found))
    return out


def without_characters(
    rows: Sequence[Sequence[str]], problems: Sequence[GlyphProblem]
) -> list[list[str]]:
    """Copies of ``rows`` whose captions (BottomText) lose the characters ``problems`` name;
    a character of an emoji sequence takes its joiners and variation selectors with it."""
    from ..core.qrfactory import COLUMN_INDEX

    column = COLUMN_INDEX["BottomText"]
    out = [list(row) for row in rows]
    for problem in problems:
        row = out[problem.row - 1]
        if column >= len(row):
            continue
        text = str(row[column])
        for ch in problem.characters:
            text = text.replace(ch, "")
        text = text.replace("\u200d\ufe0f", "").replace("\ufe0f", "").replace("\u200d", "")
        row[column] = "\n".join(" ".join(line.split()) for line in text.splitlines())
    return out


def _glyphs(
    rows: Sequence[Sequence[str]], caption, remove: bool
) -> tuple[Sequence[Sequence[str]], tuple[GlyphProblem, ...]]:
    problems = tuple(missing_glyphs(rows, caption))
    if remove and problems:
        return without_characters(rows, problems), problems
    return rows, problems


def _record(
    history: ExportHistory | None,
    ids: Sequence[int],
    target: Path,
    rows: Sequence[Sequence[str]] | None = None,
    kind: str = "",
) -> bool:
    if history is None or not ids:
        return False
    prints = row_fingerprints(rows) if rows is not None else None
    try:
        history.record(list(ids), target, prints=prints, kind=kind or None)
    except OSError:
        return False
    return True


def _io_error(path: str | Path, exc: OSError) -> AppError:
    reason = exc.strerror or str(exc)
    return AppError(
        ErrorKind.IO,
        Errors.tr("{path} could not be saved: {reason}.").args(path=path, reason=reason),
        detail=str(exc),
    )


# ---- sheets -------------------------------------------------------------------------------


def make_sheet_pdf(
    path: str | Path,
    rows: Sequence[Sequence[str]],
    instance_ids: Sequence[int],
    options,
    history: ExportHistory | None = None,
    progress: ProgressCallback | None = None,
    sheet: str | None = None,
    used_before: frozenset[int] | None = None,
    remove_missing_glyphs: bool = False,
) -> StickerResult:
    """Check every code, then write the sheets atomically to ``path`` and record the export.

    ``options`` is a :class:`desktop_app.stickers.sheet.SheetOptions`. ``sheet`` is the id of
    the kept sheet the first page goes on (None: a fresh sheet); afterwards the sheet left in
    the printer is kept (see :func:`kept_sheets`). ``used_before``: the labels of the first
    page used before this print, when they are not the ones ``options`` skips (a reprint on one
    chosen label). Captions' characters no font has are reported in the result, and left out
    of the stickers when ``remove_missing_glyphs`` (the rows themselves never change).
    """
    from ..stickers.sheet import write_pdf

    _check_options(options)
    layout = options.layout
    original = rows
    rows, glyphs = _glyphs(rows, options.caption, remove_missing_glyphs)
    report = _between_stickers(progress)
    target = Path(path)
    pages = 0
    warnings: list[str] = []

    def fill(tmp_name: str) -> None:
        nonlocal pages
        with _batch():
            pages = write_pdf(tmp_name, rows, options, report)
        _check_pdf(tmp_name)

    with signals_deferred():
        warnings = check_stickers(
            rows,
            layout.label_width,
            layout.label_height,
            layout.round,
            report,
            options.caption,
            options.code,
        )
        try:
            atomic_write(target, fill)
        except OSError as exc:
            raise _io_error(target, exc) from exc
    recorded = _record(history, instance_ids, target, original, "pdf")
    made = _sheet_result(target, len(rows), pages, recorded, options, sheet, used_before)
    return replace(made, warnings=tuple(warnings), missing_glyphs=glyphs)


def print_sheet(
    printer,
    rows: Sequence[Sequence[str]],
    instance_ids: Sequence[int],
    options,
    history: ExportHistory | None = None,
    sheet: str | None = None,
    used_before: frozenset[int] | None = None,
    remove_missing_glyphs: bool = False,
) -> StickerResult:
    """Check every code, then print on ``printer`` (a QPrinter the print dialog has set up);
    ``sheet`` and ``used_before`` as for :func:`make_sheet_pdf`."""
    from ..stickers.sheet import print_rows

    _check_options(options)
    layout = options.layout
    original = rows
    rows, glyphs = _glyphs(rows, options.caption, remove_missing_glyphs)
    warnings = check_stickers(
        rows,
        layout.label_width,
        layout.label_height,
        layout.round,
        None,
        options.caption,
        options.code,
    )
    try:
        with _batch():
            pages = print_rows(printer, rows, options)
    except OSError as exc:
        raise AppError(
            ErrorKind.IO, Errors.tr("Printing failed: {reason}.").args(reason=exc)
        ) from exc
    name = printer.printerName() or printer.outputFileName() or "printer"
    target = Path(f"printer:{name}")
    recorded = _record(history, instance_ids, target, original, "printer")
    made = _sheet_result(target, len(rows), pages, recorded, options, sheet, used_before)
    return replace(made, warnings=tuple(warnings), missing_glyphs=glyphs)


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
        raise AppError(
            ErrorKind.USAGE,
            Errors.tr("The sheet settings are not usable: {problem}.").args(problem=issues[0]),
        )


# ---- the sheet in the printer -------------------------------------------------------------


def kept_sheets(layout: str | None = None) -> list[KeptSheet]:
    """The partly used sheets kept, newest first (of ``layout`` only, when given)."""
    return [s for s in sheet_store.load() if layout is None or s.layout == layout]


def last_sheet(layout: SheetLayout) -> KeptSheet | None:
    """The newest kept sheet of ``layout`` that fits it, or None."""
    for kept in kept_sheets(layout.name):
        if kept.per_page == layout.per_page:
            return kept
    return None


def sheet_start(kept: KeptSheet) -> tuple[int, frozenset[int]]:
    """``(start, skip)`` for :class:`SheetOptions` that print on the free labels of ``kept``."""
    first = kept.first_free() or 1
    return first, frozenset(n for n in kept.used if n > first)


def forget_sheet(sheet_id: str) -> None:
    """Drop a kept sheet (it was used up elsewhere or thrown away)."""
    try:
        sheet_store.update(lambda current: [s for s in current if s.id != sheet_id])
    except OSError as exc:
        raise _io_error(sheet_store.sheets_path(), exc) from exc


def label_ranges(labels: Sequence[int]) -> str:
    """``1–3, 7`` for labels 1, 2, 3 and 7."""
    parts: list[str] = []
    ordered = sorted(set(labels))
    start = prev = None
    for n in [*ordered, None]:
        if prev is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            parts.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = n
    return ", ".join(parts)


def _sheet_result(
    target: Path,
    count: int,
    pages: int,
    recorded: bool,
    options,
    sheet: str | None,
    used_before: frozenset[int] | None,
) -> StickerResult:
    from ..stickers.sheet import placements

    places = placements(count, options)
    labels = tuple(slot + 1 for page, slot in places if page == 0)
    if used_before is None:
        used_before = frozenset(range(1, options.start)) | options.skip
    kept = _keep_sheet(places, options, sheet, used_before)
    return StickerResult(target, count, pages, recorded, labels=labels, sheet=kept)


def _keep_sheet(
    places: list[tuple[int, int]], options, sheet: str | None, used_before: frozenset[int]
) -> KeptSheet | None:
    """Keep the last page's used labels; read fresh and merged, so a print from elsewhere in
    the meantime is not lost. None when that page is full or the list cannot be written."""
    layout = options.layout
    if not places or layout.name == UNSAVED_LAYOUT:
        return None
    last_page = places[-1][0]
    used = {slot + 1 for page, slot in places if page == last_page}
    if last_page == 0:
        used |= {n for n in used_before if 1 <= n <= layout.per_page}
        target = sheet or sheet_store.new_id()
    else:
        target = sheet_store.new_id()  # the first sheet is full; the last one is a fresh one
    made: list[KeptSheet] = []

    def change(current: list[KeptSheet]) -> list[KeptSheet]:
        out = [s for s in current if s.id not in (sheet, target)]
        fresh = next((s for s in current if s.id == target), None)
        labels = set(used)
        if fresh is not None and fresh.per_page == layout.per_page:
            labels |= fresh.used  # printed on elsewhere meanwhile: those labels are used too
        kept = KeptSheet(target, layout.name, layout.per_page, frozenset(labels), _now())
        if kept.free > 0:
            made.append(kept)
            out.insert(0, kept)
        return out

    try:
        sheet_store.update(change)
    except OSError as exc:
        log.warning("the sheet in the printer could not be kept: %s", exc)
        return None
    return made[0] if made else None


def _now() -> datetime:
    return datetime.now(UTC)


# ---- images -------------------------------------------------------------------------------


def make_images(
    folder: str | Path,
    rows: Sequence[Sequence[str]],
    instance_ids: Sequence[int],
    fmt: str = "png",
    history: ExportHistory | None = None,
    progress: ProgressCallback | None = None,
    caption=None,
    remove_missing_glyphs: bool = False,
) -> StickerResult:
    """One PNG or SVG per row in ``folder``, named by FileName; every code checked first.
    Images keep the rows' centre icon (they are large: it costs no scan margin)."""
    from ..stickers.images import FORMATS

    ensure_qt()
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise AppError(ErrorKind.USAGE, f"The image format must be one of {', '.join(FORMATS)}.")
    with signals_deferred():
        return _write_images(
            folder, rows, instance_ids, fmt, history, progress, caption, remove_missing_glyphs
        )


def _write_images(
    folder, rows, instance_ids, fmt, history, progress, caption, remove_missing_glyphs
) -> StickerResult:
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
    from ..stickers.qr import CodeStyle, spec_from_row

    progress = _between_stickers(progress)
    original = rows
    rows, glyphs = _glyphs(rows, caption, remove_missing_glyphs)
    code = CodeStyle(icon=True)
    specs = [spec_from_row(row) for row in rows]
    warnings = check_stickers(rows, IMAGE_WIDTH_MM, IMAGE_HEIGHT_MM, False, progress, caption, code)
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _io_error(target, exc) from exc
    painter = StickerPainter(caption, code)
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
    recorded = _record(history, instance_ids, target, original, "images")
    return StickerResult(
        target,
        len(rows),
        len(rows),
        recorded,
        warnings=tuple(warnings),
        missing_glyphs=glyphs,
        replaced=replaced,
        kept_apart=kept_apart,
    )


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
        entries = _read_saved(layouts_path())
    except (OSError, ValueError, RecursionError):
        return {}
    return {layout.name: layout for _raw, layout in entries if layout is not None}


def _read_saved(path: Path) -> list[tuple[Any, SheetLayout | None]]:
    """Every entry of the layouts file as written, with its layout (None: not readable here,
    e.g. written by a newer version; it is kept as it is). Raises ``ValueError`` for a file
    that is not a layouts file and ``OSError`` when it cannot be read."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("layouts", []), list):
        raise ValueError("not a layouts file")
    out: list[tuple[Any, SheetLayout | None]] = []
    for item in data.get("layouts", []):
        try:
            out.append((item, SheetLayout.from_dict(item)))
        except (LayoutError, TypeError, ValueError, AttributeError):
            out.append((item, None))
    return out


def _change_saved(change: Callable[[list[tuple[Any, SheetLayout | None]]], bool]) -> bool:
    """Read the layouts file fresh under its lock, let ``change`` edit its entries (True: write
    them back) and save it atomically. Entries this version cannot read are written back as
    they were; a damaged file is kept beside (``.bad-<time>``), never silently replaced."""
    path = layouts_path()
    try:
        with file_lock(path):
            try:
                entries = _read_saved(path)
            except (ValueError, RecursionError):
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                kept = path.with_name(f"{path.name}.bad-{stamp}")
                path.replace(kept)
                log.warning("layouts file %s unreadable; kept as %s", path, kept)
                entries = []
            if not change(entries):
                return False
            document = {"format": 1, "layouts": [raw for raw, _layout in entries]}
            text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
            atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise _io_error(path, exc) from exc
    return True


def save_layout(layout: SheetLayout) -> SheetLayout:
    """Save (or replace) a named layout; a preset's name cannot be reused. The other saved
    layouts stay as saved now (also those another window or command saved meanwhile)."""
    name = layout.name.strip()
    if not valid_name(name):
        raise AppError(
            ErrorKind.USAGE, Errors.tr("A layout name needs 1–60 letters, digits or spaces.")
        )
    if name in PRESETS:
        raise AppError(
            ErrorKind.USAGE,
            Errors.tr("“{name}” is the name of a preset; choose another.").args(name=name),
        )
    issues = layout.problems()
    if issues:
        raise AppError(
            ErrorKind.USAGE,
            Errors.tr("The layout is not usable: {problem}.").args(problem=issues[0]),
        )
    saved = layout.renamed(name, layout.title or name)

    def put(entries: list[tuple[Any, SheetLayout | None]]) -> bool:
        entries[:] = [(r, x) for r, x in entries if x is None or x.name != name]
        entries.append((saved.to_dict(), saved))
        entries.sort(key=lambda e: e[1].name if e[1] is not None else "")
        return True

    _change_saved(put)
    return saved


def delete_layout(name: str) -> bool:
    def drop(entries: list[tuple[Any, SheetLayout | None]]) -> bool:
        before = len(entries)
        entries[:] = [(r, x) for r, x in entries if x is None or x.name != name]
        return len(entries) < before

    return _change_saved(drop)


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
