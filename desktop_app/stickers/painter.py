"""The ONE sticker painter: preview, PDF, printer, images and the decode check all draw with it.

The painter's coordinate system is millimetres (callers scale their device to it). The code is
drawn as vector paths, the icon as SVG vectors (or one shared image), the caption through
``QTextLayout`` so that every script is shaped, with Qt's font fallback. A caption takes one size
per sheet by default (the smallest size at which each of the sheet's captions fits); one that
does not fit even at the smallest legible size keeps every line, each elided on its own, and
then loses its last lines: it never leaves its box and never drops below 5 pt.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QTextLayout,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

from ..resources import resource_path
from .qr import (
    DEFAULT_ICON_NAME,
    CodeError,
    CodeStyle,
    QrMatrix,
    StickerSpec,
    clean_caption,
    for_sticker,
    qr_matrix,
    run_triples,
    spec_from_row,
)

PT_MM = 25.4 / 72.0  # one typographic point in mm
REF_PX = 100  # captions are laid out at this pixel size, then scaled: device independent
MIN_CAPTION_PT = 5.0  # nothing smaller is legible on a sticker: rather fewer lines
MAX_CAPTION_PT = 10.0
ELIDED_PT = 6.0  # a sheet whose captions are all too long for their labels
LINE_SEP = "\u2028"
FITS = ("sheet", "label")
#: Round labels: the code's side as a share of the usable radius, with and without a caption.
ROUND_CODE = 1.26
ROUND_CODE_ALONE = 1.40
#: The quiet zone is blank paper: it may reach this close to a label's edge.
CODE_EDGE_MM = 0.8
#: Under the code of a square or tall label: room for two lines at the smallest size.
CAPTION_ROOM_MM = 4.6
#: A trailing "[1970]" or "(2001)" is kept when a line is elided: the year survives a long title.
_TAIL = re.compile(r"\s[\[(][^\[\]()]{1,12}[\])]$")


@dataclass(frozen=True, slots=True)
class CaptionStyle:
    """Caption choices of the sheet: font family ("" = the row's), size (0 = fit), how the
    size is fitted ("sheet": one size per sheet, the smallest fit of its labels; "label": each
    label its own), the smallest size, and the unknown-year text the year part is dropped for."""

    family: str = ""
    size_pt: float = 0.0
    min_pt: float = MIN_CAPTION_PT
    fit: str = "sheet"
    unknown_year: str = "unknown"


@dataclass(frozen=True, slots=True)
class StickerGeometry:
    """Where the code and the caption go inside a label, in mm from the label's top-left."""

    code: QRectF
    caption: QRectF  # empty when there is no caption
    caption_top: bool = False  # the caption hangs from the box's top (under the code)
    circle: tuple[float, float, float] | None = None  # the round label's usable circle


def sticker_geometry(
    width: float, height: float, round_: bool, has_caption: bool = True
) -> StickerGeometry:
    """The code square and the caption box for a label of ``width`` × ``height`` mm.

    On a round label the code and the caption share the circle: the code's top corners touch
    the usable circle and the caption's lines below follow its chords (see ``circle``).
    The code's quiet zone is blank paper, so it reaches closer to the edge than the caption.
    """
    if round_:
        r = min(width, height) / 2 - max(0.6, 0.025 * min(width, height))
        cx, cy = width / 2, height / 2
        if not has_caption:
            side = ROUND_CODE_ALONE * r
            return StickerGeometry(QRectF(cx - side / 2, cy - side / 2, side, side), QRectF())
        side = ROUND_CODE * r
        reach = min(width, height) / 2 - 0.5  # the quiet zone's corners: blank paper
        top = cy - math.sqrt(reach * reach - side * side / 4)
        code = QRectF(cx - side / 2, top, side, side)
        y = top + side + min(0.6, 0.02 * r)
        bottom = cy + r - 0.3
        caption = QRectF(cx - r, y, 2 * r, max(0.0, bottom - y))
        return StickerGeometry(code, caption, True, (cx, cy, r))
    inset = min(1.5, 0.06 * min(width, height))
    edge = min(CODE_EDGE_MM, inset)
    inner_w, inner_h = width - 2 * inset, height - 2 * inset
    if not has_caption:
        side = min(width, height) - 2 * edge
        return StickerGeometry(
            QRectF((width - side) / 2, (height - side) / 2, side, side), QRectF()
        )
    gap = min(0.5, 0.03 * min(width, height))
    if width >= 1.4 * height:  # code left, caption right
        side = min(height - 2 * edge, 0.5 * inner_w)
        code = QRectF(edge, (height - side) / 2, side, side)
        x = edge + side + gap
        return StickerGeometry(code, QRectF(x, inset, width - inset - x, inner_h))
    room = max(CAPTION_ROOM_MM, 0.2 * inner_h)
    side = min(width - 2 * edge, height - 2 * edge - gap - room)
    code = QRectF((width - side) / 2, edge, side, side)
    y = edge + side + gap
    return StickerGeometry(code, QRectF(inset, y, inner_w, height - edge - y), True)


@lru_cache(maxsize=2048)  # the check and the sheet draw each code: made once
def _module_rects(runs: bytes) -> list[QRectF]:
    """The dark modules in module units: one rectangle per horizontal run."""
    return [QRectF(c, r, n, 1) for r, c, n in run_triples(runs)]


@lru_cache(maxsize=16)
def _dot_path(runs: bytes, roundness: float) -> QPainterPath:
    """Rounded modules (PixelRoundness > 0) in module units."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    radius = roundness / 2
    for r, c, n in run_triples(runs):
        for k in range(n):
            path.addRoundedRect(QRectF(c + k, r, 1, 1), radius, radius)
    return path


def _fit_square(rect: QRectF) -> QRectF:
    side = min(rect.width(), rect.height())
    return QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)


class StickerPainter:
    """Draws stickers into rectangles of any QPainter whose units are millimetres."""

    def __init__(self, caption: CaptionStyle | None = None, code: CodeStyle | None = None) -> None:
        self.caption_style = caption or CaptionStyle()
        self.code_style = code or CodeStyle()
        self._icons: dict[str, QSvgRenderer | QImage | None] = {}
        self._fits: dict[tuple, float | None] = {}
        self._elided: dict[tuple, tuple[CaptionLayout | None, tuple[int, int]]] = {}
        self._glyphs: dict[tuple, bool] = {}
        self._prepared: dict[StickerSpec, StickerSpec] = {}

    def prepare(self, spec: StickerSpec) -> StickerSpec:
        """``spec`` as this painter prints it: the code style applied (icon, link form, error
        level) and the caption without an unknown year's part."""
        found = self._prepared.get(spec)
        if found is None:
            ready = for_sticker(spec, self.code_style)
            caption = clean_caption(ready.caption, self.caption_style.unknown_year)
            if caption != ready.caption:
                ready = replace(ready, caption=caption)
            if len(self._prepared) > 8192:
                self._prepared.clear()
            found = self._prepared[spec] = self._prepared[ready] = ready
        return found

    # ---- icons ----------------------------------------------------------------------------

    @staticmethod
    def icon_file(icon_path: str) -> Path | None:
        """The file an IconPath names: the bundled record icon for the default name."""
        if not icon_path:
            return None
        if Path(icon_path).name.casefold() == DEFAULT_ICON_NAME.casefold():
            candidate = Path(icon_path).expanduser()
            return candidate if candidate.is_file() else resource_path("stickers", "record.svg")
        return Path(icon_path).expanduser()

    def icon(self, icon_path: str) -> QSvgRenderer | QImage | None:
        """The loaded icon (cached: an image is embedded once in a PDF), None if unreadable."""
        if icon_path in self._icons:
            return self._icons[icon_path]
        found: QSvgRenderer | QImage | None = None
        path = self.icon_file(icon_path)
        if path is not None and path.is_file():
            if path.suffix.casefold() in (".svg", ".svgz"):
                renderer = QSvgRenderer(str(path))
                found = renderer if renderer.isValid() else None
            else:
                image = QImage(str(path))
                found = None if image.isNull() else image
        self._icons[icon_path] = found
        return found

    # ---- the sticker ------------------------------------------------------------------------

    def paint_row(
        self, p: QPainter, rect: QRectF, row: Sequence[str], round_: bool = False
    ) -> None:
        self.paint(p, rect, spec_from_row(row), round_)

    def paint(
        self,
        p: QPainter,
        rect: QRectF,
        spec: StickerSpec,
        round_: bool = False,
        size_pt: float = 0.0,
    ) -> None:
        """Draw the sticker for ``spec`` into ``rect`` (mm); the label's shape sets the layout.
        ``size_pt`` is the sheet's caption size (0: the style's size, or this label's fit)."""
        spec = self.prepare(spec)
        caption = spec.caption.strip()
        geo = sticker_geometry(rect.width(), rect.height(), round_, bool(caption))
        code = geo.code.translated(rect.topLeft())
        self.paint_code(p, code, spec)
        if caption:
            laid = self.caption_layout(spec.caption, spec, geo.caption, geo.circle, size_pt)
            self.draw_caption(p, geo.caption.translated(rect.topLeft()), spec, laid, geo)

    def paint_code(self, p: QPainter, rect: QRectF, spec: StickerSpec) -> QrMatrix | None:
        """The code with its quiet zone filling the square ``rect``; None when there is none."""
        try:
            matrix = qr_matrix(spec)
        except CodeError:
            return None
        square = _fit_square(rect)
        module = square.width() / matrix.total
        p.save()
        p.setPen(Qt.PenStyle.NoPen)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, spec.roundness > 0)
        p.fillRect(square, QColor(spec.quiet_colour))
        origin = square.topLeft() + QPointF(matrix.quiet * module, matrix.quiet * module)
        if spec.light != spec.quiet_colour:
            p.fillRect(
                QRectF(origin.x(), origin.y(), matrix.size * module, matrix.size * module),
                QColor(spec.light),
            )
        p.translate(origin)
        p.scale(module, module)
        brush = self._code_brush(spec, matrix)
        if spec.roundness > 0:
            p.fillPath(_dot_path(matrix.runs, spec.roundness), brush)
        else:
            p.setBrush(brush)
            p.drawRects(_module_rects(matrix.runs))
        if spec.has_icon:
            self._paint_icon(p, spec, matrix)
        p.restore()
        return matrix

    @staticmethod
    def _code_brush(spec: StickerSpec, matrix: QrMatrix) -> QBrush:
        if not spec.gradient or spec.dark_end == spec.dark:
            return QBrush(QColor(spec.dark))
        half = matrix.size / 2
        line = QLineF(QPointF(half, half), QPointF(half + half, half))
        line.setAngle(-spec.gradient_angle)
        start = QPointF(2 * half - line.p2().x(), 2 * half - line.p2().y())
        gradient = QLinearGradient(start, line.p2())
        gradient.setColorAt(0.0, QColor(spec.dark))
        gradient.setColorAt(1.0, QColor(spec.dark_end))
        return QBrush(gradient)

    def _paint_icon(self, p: QPainter, spec: StickerSpec, matrix: QrMatrix) -> None:
        """The icon's clear area (whole modules, centred) and the icon in module units."""
        size = matrix.size
        clear = max(1, round(spec.clear_fraction() * size))
        if clear % 2 != size % 2:
            clear += 1
        clear = min(clear, size)
        icon_side = min(clear, spec.icon_fraction() * size)
        offset = (size - clear) / 2
        area = QRectF(offset, offset, clear, clear)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # whole modules: no seams
        p.setBrush(QColor(spec.icon_border_colour))
        p.drawRect(area)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        icon = self.icon(spec.icon_path)
        target = QRectF(size / 2 - icon_side / 2, size / 2 - icon_side / 2, icon_side, icon_side)
        if isinstance(icon, QSvgRenderer):
            icon.render(p, target)
        elif isinstance(icon, QImage):
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            p.drawImage(target, icon)

    # ---- the caption ------------------------------------------------------------------------

    def caption_font(self, spec: StickerSpec) -> QFont:
        font = QFont(self.caption_style.family or spec.caption_font or "Sans Serif")
        font.setPixelSize(REF_PX)
        font.setBold(spec.caption_bold)
        font.setItalic(spec.caption_italic)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def _sizes(self, box: QRectF) -> list[float]:
        """The caption sizes tried, largest first, half a point apart, down to the minimum."""
        style = self.caption_style
        low = max(MIN_CAPTION_PT, style.min_pt)
        high = max(low, min(MAX_CAPTION_PT, box.height() / PT_MM / 2.4))
        sizes = [high - 0.5 * i for i in range(int((high - low) / 0.5) + 1)]
        if sizes[-1] > low:
            sizes.append(low)
        return sizes

    def fit_size(
        self,
        text: str,
        spec: StickerSpec,
        box: QRectF,
        circle: tuple[float, float, float] | None = None,
    ) -> float | None:
        """The largest size (pt) at which all of ``text`` fits ``box``; None when it does not
        fit even at the smallest legible size."""
        font = self.caption_font(spec)
        lines = caption_lines(text)
        if not lines:
            return None
        key = (tuple(lines), font.key(), box.width(), box.height(), box.y(), circle)
        if key in self._fits:
            return self._fits[key]
        sizes = self._sizes(box)
        if not CaptionLayout.make(lines, font, box, sizes[-1], circle).fits:
            self._fits[key] = None  # not even at the smallest size: elided
            return None
        lo, hi, best = 0, len(sizes) - 2, sizes[-1]
        while lo <= hi:  # the largest size whose whole caption fits
            mid = (lo + hi) // 2
            if CaptionLayout.make(lines, font, box, sizes[mid], circle).fits:
                best, hi = sizes[mid], mid - 1
            else:
                lo = mid + 1
        self._fits[key] = best
        return best

    def caption_layout(
        self,
        text: str,
        spec: StickerSpec,
        box: QRectF,
        circle: tuple[float, float, float] | None = None,
        size_pt: float = 0.0,
    ) -> CaptionLayout | None:
        """Lay out ``text`` in ``box`` (mm): at ``size_pt``, the style's fixed size, or the
        largest size that fits. What does not fit keeps every line, each elided on its own
        (a trailing year kept); when even that does not fit, the last lines are left out.
        None when not one line fits."""
        lines = caption_lines(text)
        if not lines:
            return None
        font = self.caption_font(spec)
        size = size_pt or self.caption_style.size_pt
        if size:
            size = max(size, max(MIN_CAPTION_PT, self.caption_style.min_pt))
        else:
            size = self.label_size(text, spec, box, circle)
        laid = CaptionLayout.make(lines, font, box, size, circle)
        if laid.fits:
            return laid
        return self._elided_layout(lines, font, box, size, circle)[0]

    def label_size(
        self,
        text: str,
        spec: StickerSpec,
        box: QRectF,
        circle: tuple[float, float, float] | None = None,
    ) -> float:
        """The size this label's caption takes on its own: the largest at which it all fits,
        else the one (at most ``ELIDED_PT``) at which most of its lines stay whole."""
        found = self.fit_size(text, spec, box, circle)
        if found is not None:
            return found
        lines = caption_lines(text)
        font = self.caption_font(spec)
        key = ("elided", tuple(lines), font.key(), box.width(), box.height(), box.y(), circle)
        if key in self._fits:
            return self._fits[key] or MIN_CAPTION_PT
        best, best_score = None, (-1, -1)
        for size in (s for s in self._sizes(box) if s <= ELIDED_PT + 1e-9):
            score = self._elided_layout(lines, font, box, size, circle)[1]
            if score > best_score:
                best, best_score = size, score
            if score == (len(lines), len(lines) - 1):
                break  # every line kept, only the first one cut: smaller cannot do better
        self._fits[key] = best
        return best or MIN_CAPTION_PT

    def _elided_layout(
        self,
        lines: list[str],
        font: QFont,
        box: QRectF,
        size: float,
        circle: tuple[float, float, float] | None,
    ) -> tuple[CaptionLayout | None, tuple[int, int]]:
        """:func:`_elided_layout`, remembered: the sheet's size is usually the label's own."""
        key = (tuple(lines), font.key(), box.width(), box.height(), box.y(), size, circle)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > 4096:
                self._elided.clear()
            found = self._elided[key] = _elided_layout(lines, font, box, size, circle)
        return found

    def paint_caption(self, p: QPainter, box: QRectF, spec: StickerSpec, top: bool = False) -> None:
        laid = self.caption_layout(spec.caption, spec, box)
        self.draw_caption(p, box, spec, laid, StickerGeometry(QRectF(), box, top))

    def draw_caption(
        self,
        p: QPainter,
        box: QRectF,
        spec: StickerSpec,
        laid: CaptionLayout | None,
        geo: StickerGeometry,
    ) -> None:
        if laid is None:
            return
        p.save()
        p.setPen(QColor(spec.caption_colour))
        spare = 0.0 if geo.caption_top else (box.height() - laid.height_mm) / 2
        p.translate(box.x(), box.y() + spare)
        p.scale(laid.scale, laid.scale)
        for layout in laid.layouts:
            layout.draw(p, QPointF(0, 0))
        p.restore()

    # ---- glyphs no font has -------------------------------------------------------------------

    def missing_characters(self, text: str, spec: StickerSpec) -> str:
        """The characters of ``text`` that neither the caption font nor any font Qt falls back
        to has a glyph for (each once, in order)."""
        font = self.caption_font(spec)
        fkey = font.key()
        out: list[str] = []
        for ch in dict.fromkeys(text):
            if ch.isspace() or unicodedata.category(ch) in _NO_GLYPH_NEEDED:
                continue
            key = (fkey, ch)
            missing = self._glyphs.get(key)
            if missing is None:
                layout = QTextLayout(ch, font)
                layout.beginLayout()
                layout.createLine()
                layout.endLayout()
                indexes = [i for run in layout.glyphRuns() for i in run.glyphIndexes()]
                missing = not indexes or 0 in indexes
                self._glyphs[key] = missing
            if missing:
                out.append(ch)
        return "".join(out)


#: Marks, format characters (joiners, variation selectors) and controls need no glyph.
_NO_GLYPH_NEEDED = frozenset({"Mn", "Me", "Cf", "Cc", "Co", "Cs"})


_METRICS: dict[str, QFontMetricsF] = {}


def _metrics(font: QFont) -> QFontMetricsF:
    key = font.key()
    found = _METRICS.get(key)
    if found is None:
        found = _METRICS[key] = QFontMetricsF(font)
    return found


def _elided_layout(
    lines: list[str],
    font: QFont,
    box: QRectF,
    size: float,
    circle: tuple[float, float, float] | None,
) -> tuple[CaptionLayout | None, tuple[int, int]]:
    """The caption elided at ``size``, its last lines left out as needed, and how good it is:
    (lines kept, lines kept whole)."""
    for keep in range(len(lines), 0, -1):
        best, best_score = None, (0, 0)
        for spare in range(3 if keep > 1 else 1):  # a line less for the first, to save the rest
            laid = CaptionLayout.make(lines[:keep], font, box, size, circle, True, spare)
            if not laid.fits:
                continue
            whole = sum(
                1 for lay, line in zip(laid.layouts, lines, strict=False) if lay.text() == line
            )
            if (keep, whole) > best_score:
                best, best_score = laid, (keep, whole)
            if whole >= keep - 1:  # at most the first line cut: no spare line does better
                break
        if best is not None:
            return best, best_score
    return None, (0, 0)


def caption_lines(text: str) -> list[str]:
    """The caption's lines, spaces collapsed, empty lines left out."""
    lines = (" ".join(part.split()) for part in text.strip().splitlines())
    return [line for line in lines if line]


class CaptionLayout:
    """A caption laid out at one size: one ``QTextLayout`` per caption line, drawn at (0, 0);
    ``scale`` maps layout units to mm."""

    def __init__(
        self, layouts: list[QTextLayout], scale: float, height_units: float, fits: bool
    ) -> None:
        self.layouts = layouts
        self.scale = scale
        self.height_mm = height_units * scale
        self.fits = fits

    @property
    def lines(self) -> int:
        return sum(layout.lineCount() for layout in self.layouts)

    def texts(self) -> list[str]:
        """The text drawn on each visual line."""
        out = []
        for layout in self.layouts:
            text = layout.text()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                out.append(text[line.textStart() : line.textStart() + line.textLength()])
        return out

    @property
    def layout(self) -> QTextLayout:
        return self.layouts[0]

    @classmethod
    def make(
        cls,
        lines: Sequence[str],
        font: QFont,
        box: QRectF,
        size_pt: float,
        circle: tuple[float, float, float] | None = None,
        elide: bool = False,
        spare: int = 0,
    ) -> CaptionLayout:
        """``lines`` in ``box`` (mm), each wrapped (with ``elide``, each cut with "…" where it
        would leave no line for the lines after it); on a round label each line is as wide as
        the circle's chord there."""
        scale = size_pt * PT_MM / REF_PX
        limit = box.height() / scale
        metrics = _metrics(font)
        y = 0.0
        fits = True
        layouts = []
        room = _Room(box, scale, circle)
        for index, text in enumerate(lines):
            if not fits:
                break
            if elide:  # each later line keeps room for one line (and ``spare`` more)
                later = len(lines) - index - 1
                bottom = limit - (later + (spare if later else 0)) * metrics.height()
                layout, height, ok = _elided_line(text, font, metrics, room, y, bottom)
            else:
                layout, height, ok, _ = _lay_line(text, font, room, y, limit, True)
            fits = fits and ok
            y += height
            layouts.append(layout)
        return cls(layouts, scale, y, fits)


def _elided_line(
    text: str, font: QFont, metrics: QFontMetricsF, room: _Room, y: float, bottom: float
) -> tuple[QTextLayout, float, bool]:
    """``text`` wrapped from ``y`` down to ``bottom``, the last line that fits ending in "…"."""
    layout, height, ok, placed = _lay_line(text, font, room, y, bottom, True)
    if ok:
        return layout, height, ok
    if not placed:
        return layout, 0.0, False
    last = layout.lineAt(placed - 1)
    head, rest = text[: last.textStart()], text[last.textStart() :]
    width = room.width(last.y(), last.height())
    for shrink in (1.0, 0.9, 0.8, 0.65, 0.5):
        shown = head + _elided(rest.strip(), metrics, width * shrink)
        layout, height, ok, count = _lay_line(shown, font, room, y, bottom, True)
        if ok and count <= placed:
            return layout, height, ok
    return layout, height, False


def _lay_line(
    text: str, font: QFont, room: _Room, y: float, limit: float, wrap: bool
) -> tuple[QTextLayout, float, bool, int]:
    """One caption line laid out from ``y``: the layout, its height, whether it fits and how
    many visual lines were placed. A layout that does not fit is never drawn."""
    layout = QTextLayout(text, font)
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
    )
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    base = _metrics(font).height()
    top, fits, placed = y, True, 0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        width = room.width(y, base)
        line.setLineWidth(max(1.0, width))
        if line.height() > base + 1e-6:  # a taller fallback font
            width = room.width(y, line.height())
            line.setLineWidth(max(1.0, width))
        if width <= 1.0 or y + line.height() > limit + 1e-6:
            fits = False
            break
        line.setPosition(QPointF(room.left(y, line.height()), y))
        y += line.height()
        placed += 1
        if line.naturalTextWidth() > width + 1e-3:
            fits = False
            break
    layout.endLayout()
    return layout, y - top, fits, placed


class _Room:
    """The width available to a caption line at a height: the box's, or the circle's chord."""

    def __init__(
        self, box: QRectF, scale: float, circle: tuple[float, float, float] | None
    ) -> None:
        self.box, self.scale, self.circle = box, scale, circle

    def _half(self, y: float, h: float) -> float:
        """Half the chord (mm) over the line's whole height."""
        assert self.circle is not None
        _, cy, r = self.circle
        top = self.box.y() + y * self.scale - cy
        bottom = top + h * self.scale
        far = max(abs(top), abs(bottom)) if top * bottom > 0 else 0.0
        return math.sqrt(r * r - far * far) if far < r else 0.0

    def width(self, y: float, h: float) -> float:
        if self.circle is None:
            return self.box.width() / self.scale
        inset = 0.2  # mm inside the usable circle
        return max(0.0, min(self.box.width(), 2 * (self._half(y, h) - inset))) / self.scale

    def left(self, y: float, h: float) -> float:
        if self.circle is None:
            return 0.0
        return (self.box.width() / self.scale - self.width(y, h)) / 2


def _elided(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` cut with "…" to ``width`` (layout units), a trailing "[1970]" kept."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    tail = _TAIL.search(text)
    if tail is not None and metrics.horizontalAdvance(tail.group()) < width / 2:
        head = text[: tail.start()]
        room = width - metrics.horizontalAdvance(tail.group())
        return metrics.elidedText(head, Qt.TextElideMode.ElideRight, room * 0.97) + tail.group()
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * 0.97)
