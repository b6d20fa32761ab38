"""Sheets of stickers to PDF (``QPdfWriter``) and to a printer (``QPrinter``): one drawing path.

Everything is drawn in millimetres from the paper's top-left corner, moved by the calibration
offset. The first sheet can start at label N and skip slots already used; outlines or cut marks
are optional; a test page shows every label's outline, its number and rulers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ..core.i18n import Layouts
from .layouts import SheetLayout
from .painter import CaptionStyle, StickerPainter, sticker_geometry
from .qr import CodeStyle, StickerSpec, spec_from_row

PDF_DPI = 1200
MARKS = ("none", "outlines", "cutmarks")
OUTLINE_MM = 0.15
CUT_MARK_MM = 3.0
INCH_MM = 25.4


@dataclass(frozen=True, slots=True)
class SheetOptions:
    """How rows go onto sheets. ``start`` and ``skip`` are 1-based slots of the first sheet."""

    layout: SheetLayout
    start: int = 1
    skip: frozenset[int] = field(default_factory=frozenset)
    offset_x: float = 0.0  # mm, positive = right
    offset_y: float = 0.0  # mm, positive = down
    marks: str = "none"
    caption: CaptionStyle = field(default_factory=CaptionStyle)
    code: CodeStyle = field(default_factory=CodeStyle)

    def problems(self) -> list[str]:
        out = list(self.layout.problems())
        per_page = self.layout.per_page
        if not 1 <= self.start <= per_page:
            out.append(
                Layouts.tr("the first label must be between 1 and {last}").args(last=per_page)
            )
        bad = sorted(n for n in self.skip if not 1 <= n <= per_page)
        if bad:
            out.append(
                Layouts.tr("there is no label {label} on this sheet (1–{last})").args(
                    label=bad[0], last=per_page
                )
            )
        if self.marks not in MARKS:
            out.append(Layouts.tr("marks must be one of {marks}").args(marks=", ".join(MARKS)))
        if abs(self.offset_x) > 20 or abs(self.offset_y) > 20:
            out.append(Layouts.tr("the calibration offset must be within ±20 mm"))
        return out


def first_sheet_slots(options: SheetOptions) -> list[int]:
    """The free slots (0-based) of the first sheet. When ``start`` and ``skip`` leave none, the
    first sheet is a fresh one (every slot): a used-up sheet is not printed as a blank page."""
    per_page = options.layout.per_page
    free = [s for s in range(per_page) if s + 1 >= options.start and (s + 1) not in options.skip]
    return free or list(range(per_page))


def first_sheet_used_up(options: SheetOptions) -> bool:
    """Whether ``start`` and ``skip`` leave no label of the first sheet (see
    :func:`first_sheet_slots`: the stickers then start on a fresh sheet)."""
    per_page = options.layout.per_page
    return all(s + 1 < options.start or (s + 1) in options.skip for s in range(per_page))


def placements(count: int, options: SheetOptions) -> list[tuple[int, int]]:
    """``(page, slot)`` (both 0-based) for ``count`` stickers, in reading order."""
    per_page = options.layout.per_page
    free_first = first_sheet_slots(options)
    out: list[tuple[int, int]] = []
    for slot in free_first[:count]:
        out.append((0, slot))
    page = 1
    while len(out) < count:
        for slot in range(min(per_page, count - len(out))):
            out.append((page, slot))
        page += 1
    return out


def page_count(count: int, options: SheetOptions) -> int:
    places = placements(count, options)
    return places[-1][0] + 1 if places else 1


def page_size(layout: SheetLayout) -> QPageSize:
    return QPageSize(
        QSizeF(layout.page_width, layout.page_height),
        QPageSize.Unit.Millimeter,
        layout.title or layout.name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def page_layout(layout: SheetLayout) -> QPageLayout:
    return QPageLayout(page_size(layout), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def label_rect(layout: SheetLayout, slot: int) -> QRectF:
    return QRectF(*layout.label_rect(slot))


def _label_shape(p: QPainter, layout: SheetLayout, rect: QRectF) -> None:
    if layout.round:
        p.drawEllipse(rect)
    else:
        p.drawRoundedRect(rect, 1.0, 1.0)


def draw_outlines(p: QPainter, layout: SheetLayout, slots: Iterable[int]) -> None:
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor("#9A9A9A"), OUTLINE_MM))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for slot in slots:
        _label_shape(p, layout, label_rect(layout, slot))
    p.restore()


def draw_cut_marks(p: QPainter, layout: SheetLayout, slots: Iterable[int]) -> None:
    """Short corner ticks just outside each label's bounding box."""
    p.save()
    p.setPen(QPen(QColor("#000000"), OUTLINE_MM))
    gap, n = 0.5, CUT_MARK_MM
    for slot in slots:
        r = label_rect(layout, slot)
        for x, dx in ((r.left(), -1), (r.right(), 1)):
            for y, dy in ((r.top(), -1), (r.bottom(), 1)):
                p.drawLine(QPointF(x + dx * gap, y), QPointF(x + dx * (gap + n), y))
                p.drawLine(QPointF(x, y + dy * gap), QPointF(x, y + dy * (gap + n)))
    p.restore()


def _begin_mm(p: QPainter, dpi: float, options: SheetOptions) -> None:
    p.resetTransform()
    p.scale(dpi / 25.4, dpi / 25.4)
    p.translate(options.offset_x, options.offset_y)


def paint_sheets(
    p: QPainter,
    dpi: float,
    new_page: Callable[[], object],
    specs: Sequence[StickerSpec],
    options: SheetOptions,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Draw every sticker on its page (``new_page`` starts the next one); the page count."""
    layout = options.layout
    painter = StickerPainter(options.caption, options.code)
    places = placements(len(specs), options)
    sizes = page_caption_sizes(painter, specs, places, layout)
    current = 0
    used: list[int] = []
    _begin_mm(p, dpi, options)
    for index, (spec, (page, slot)) in enumerate(zip(specs, places, strict=True)):
        if page != current:
            _finish_page(p, layout, used, options)
            new_page()
            _begin_mm(p, dpi, options)
            current, used = page, []
        painter.paint(p, label_rect(layout, slot), spec, layout.round, sizes.get(page, 0.0))
        used.append(slot)
        if progress is not None and index % 25 == 0:
            progress(index, len(specs))
    _finish_page(p, layout, used, options)
    return current + 1


def page_caption_sizes(
    painter: StickerPainter,
    specs: Sequence[StickerSpec],
    places: Sequence[tuple[int, int]],
    layout: SheetLayout,
) -> dict[int, float]:
    """One caption size per page: the smallest of its labels' sizes (the size at which a
    caption fits, or for one too long for any legible size, the size at which most of its lines
    stay whole). Empty when the style fixes a size or fits each label on its own."""
    style = painter.caption_style
    if style.size_pt or style.fit != "sheet":
        return {}
    smallest: dict[int, float] = {}
    for spec, (page, _slot) in zip(specs, places, strict=True):
        ready = painter.prepare(spec)
        if not ready.caption.strip():
            continue
        geo = sticker_geometry(layout.label_width, layout.label_height, layout.round)
        size = painter.label_size(ready.caption, ready, geo.caption, geo.circle)
        smallest[page] = min(size, smallest.get(page, size))
    return smallest


def _finish_page(p: QPainter, layout: SheetLayout, used: list[int], options: SheetOptions):
    if options.marks == "outlines":
        draw_outlines(p, layout, used)
    elif options.marks == "cutmarks":
        draw_cut_marks(p, layout, used)


def new_pdf_writer(path: str | Path, layout: SheetLayout, title: str = "") -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(layout))
    writer.setCreator("Discogs QR Export")
    writer.setTitle(title or layout.title)
    return writer


_PAGE_BOX = re.compile(rb"/(MediaBox|TrimBox) \[0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\]")


def exact_page_box(path: str | Path, layout: SheetLayout) -> int:
    """Give the pages of a PDF that ``QPdfWriter`` wrote the layout's exact paper size.

    Qt keeps page sizes in whole points (A4 becomes 595 × 842 pt, not 595.28 × 841.89), while
    it draws in exact units from the top-left corner of that rounded page. Each page's box is
    rewritten to the exact size, anchored at the same top-left corner, in no more bytes than the
    original (padded with spaces), so every offset in the file stays valid. Returns how many boxes
    were made exact."""
    width = layout.page_width / INCH_MM * 72
    height = layout.page_height / INCH_MM * 72
    target = Path(path)
    data = target.read_bytes()
    changed = 0

    def exact(match: re.Match[bytes]) -> bytes:
        nonlocal changed
        old = match.group(0)
        qt_width, qt_height = float(match.group(2)), float(match.group(3))
        if abs(qt_width - width) > 1 or abs(qt_height - height) > 1:
            return old  # not a page of this layout
        box = f"[0 {_pt(qt_height - height)} {_pt(width)} {_pt(qt_height)}]"
        new = f"/{match.group(1).decode()} {box}".encode()
        if len(new) > len(old):
            return old
        changed += 1
        return new[:-1] + b" " * (len(old) - len(new)) + b"]"

    fixed = _PAGE_BOX.sub(exact, data)
    if changed:
        target.write_bytes(fixed)
    return changed


def _pt(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def write_pdf(
    path: str | Path,
    rows: Sequence[Sequence[str]],
    options: SheetOptions,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the sticker sheets of ``rows`` to ``path`` (not atomically; the service does that)."""
    writer = new_pdf_writer(path, options.layout)
    p = QPainter(writer)
    try:
        specs = [spec_from_row(row) for row in rows]
        pages = paint_sheets(p, PDF_DPI, writer.newPage, specs, options, progress)
    finally:
        p.end()
    del writer  # the file is complete and closed
    exact_page_box(path, options.layout)
    return pages


def print_rows(printer, rows: Sequence[Sequence[str]], options: SheetOptions) -> int:
    """Print on a ``QPrinter`` set up by :func:`prepare_printer` (and the print dialog)."""
    p = QPainter()
    if not p.begin(printer):
        raise OSError("the printer could not be started")
    try:
        specs = [spec_from_row(row) for row in rows]
        return paint_sheets(p, printer.resolution(), printer.newPage, specs, options)
    finally:
        p.end()


def prepare_printer(printer, layout: SheetLayout) -> None:
    """Paper size of the layout, no margins, origin at the paper's corner (100 %, no fitting)."""
    printer.setPageLayout(page_layout(layout))
    printer.setFullPage(True)


def paint_test_page(p: QPainter, dpi: float, options: SheetOptions) -> None:
    """Every label's outline and number, a centre cross, and mm rulers along two edges."""
    layout = options.layout
    _begin_mm(p, dpi, options)
    draw_outlines(p, layout, range(layout.per_page))
    p.save()
    p.setPen(QPen(QColor("#000000"), 0.1))
    font = QFont("Sans Serif")
    font.setPixelSize(10)
    for slot in range(layout.per_page):
        r = label_rect(layout, slot)
        c = r.center()
        p.drawLine(QPointF(c.x() - 2, c.y()), QPointF(c.x() + 2, c.y()))
        p.drawLine(QPointF(c.x(), c.y() - 2), QPointF(c.x(), c.y() + 2))
        _small_text(p, font, QPointF(c.x() + 1, c.y() + 4), str(slot + 1), 2.5)
    for mm in range(0, int(layout.page_width) + 1):
        tick = 5.0 if mm % 10 == 0 else (3.0 if mm % 5 == 0 else 1.5)
        p.drawLine(QPointF(mm, 0), QPointF(mm, tick))
        if mm % 10 == 0 and mm:
            _small_text(p, font, QPointF(mm + 0.4, 4.6), str(mm), 1.5)
    for mm in range(0, int(layout.page_height) + 1):
        tick = 5.0 if mm % 10 == 0 else (3.0 if mm % 5 == 0 else 1.5)
        p.drawLine(QPointF(0, mm), QPointF(tick, mm))
        if mm % 10 == 0 and mm:
            _small_text(p, font, QPointF(0.3, mm - 0.4), str(mm), 1.5)
    p.restore()


def _small_text(p: QPainter, font: QFont, at: QPointF, text: str, height_mm: float) -> None:
    p.save()
    p.setFont(font)
    p.translate(at)
    p.scale(height_mm / 10, height_mm / 10)
    p.drawText(QPointF(0, 0), text)
    p.restore()


def write_test_pdf(path: str | Path, options: SheetOptions) -> None:
    writer = new_pdf_writer(path, options.layout, "Test page")
    p = QPainter(writer)
    try:
        paint_test_page(p, PDF_DPI, options)
    finally:
        p.end()
    del writer
    exact_page_box(path, options.layout)
