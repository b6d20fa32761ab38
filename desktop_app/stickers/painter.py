"""The ONE sticker painter: preview, PDF, printer, images and the decode check all draw with it.

The painter's coordinate system is millimetres (callers scale their device to it). The code is
drawn as vector paths, the icon as SVG vectors (or one shared image), the caption through
``QTextLayout`` so that every script is shaped, with Qt's font fallback. A caption that does not
fit shrinks down to the minimum size and is then elided: it never leaves its box.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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
    QrMatrix,
    StickerSpec,
    qr_matrix,
    run_triples,
    spec_from_row,
)

PT_MM = 25.4 / 72.0  # one typographic point in mm
REF_PX = 100  # captions are laid out at this pixel size, then scaled: device independent
MIN_CAPTION_PT = 4.0
MAX_CAPTION_PT = 10.0
LINE_SEP = "\u2028"


@dataclass(frozen=True, slots=True)
class CaptionStyle:
    """Caption choices of the sheet: font family ("" = the row's) and size (0 = fit the box)."""

    family: str = ""
    size_pt: float = 0.0
    min_pt: float = MIN_CAPTION_PT


@dataclass(frozen=True, slots=True)
class StickerGeometry:
    """Where the code and the caption go inside a label, in mm from the label's top-left."""

    code: QRectF
    caption: QRectF  # empty when there is no caption
    caption_top: bool = False  # the caption hangs from the box's top (under the code)


def sticker_geometry(
    width: float, height: float, round_: bool, has_caption: bool = True
) -> StickerGeometry:
    """The code square and the caption box for a label of ``width`` × ``height`` mm."""
    if round_:
        r = min(width, height) / 2 - max(0.6, 0.025 * min(width, height))
        cx, cy = width / 2, height / 2
        if not has_caption:
            side = 1.38 * r
            return StickerGeometry(QRectF(cx - side / 2, cy - side / 2, side, side), QRectF())
        side = 1.16 * r
        code = QRectF(cx - side / 2, cy - 0.78 * r, side, side)
        caption = QRectF(cx - 0.51 * r, cy + 0.42 * r, 1.02 * r, 0.44 * r)
        return StickerGeometry(code, caption)
    inset = min(1.5, 0.06 * min(width, height))
    inner_w, inner_h = width - 2 * inset, height - 2 * inset
    if not has_caption:
        side = min(inner_w, inner_h)
        return StickerGeometry(
            QRectF((width - side) / 2, (height - side) / 2, side, side), QRectF()
        )
    gap = min(1.0, 0.04 * min(width, height))
    if width >= 1.4 * height:  # code left, caption right
        side = min(inner_h, 0.5 * inner_w)
        code = QRectF(inset, (height - side) / 2, side, side)
        x = inset + side + gap
        return StickerGeometry(code, QRectF(x, inset, width - inset - x, inner_h))
    side = min(inner_w, 0.72 * inner_h)
    code = QRectF((width - side) / 2, inset, side, side)
    y = inset + side + gap
    return StickerGeometry(code, QRectF(inset, y, inner_w, height - inset - y), True)


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

    def __init__(self, caption: CaptionStyle | None = None) -> None:
        self.caption_style = caption or CaptionStyle()
        self._icons: dict[str, QSvgRenderer | QImage | None] = {}

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

    def paint(self, p: QPainter, rect: QRectF, spec: StickerSpec, round_: bool = False) -> None:
        """Draw the sticker for ``spec`` into ``rect`` (mm); the label's shape sets the layout."""
        caption = spec.caption.strip()
        geo = sticker_geometry(rect.width(), rect.height(), round_, bool(caption))
        code = geo.code.translated(rect.topLeft())
        self.paint_code(p, code, spec)
        if caption:
            self.paint_caption(p, geo.caption.translated(rect.topLeft()), spec, geo.caption_top)

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

    def caption_layout(self, text: str, spec: StickerSpec, box: QRectF) -> CaptionLayout | None:
        """Lay out ``text`` in ``box`` (mm): the largest size that fits, else elided at the
        minimum size; None when not even one line fits."""
        font = self.caption_font(spec)
        text = LINE_SEP.join(" ".join(part.split()) for part in text.strip().splitlines())
        style = self.caption_style
        low = max(1.0, style.min_pt)
        high = style.size_pt or min(MAX_CAPTION_PT, box.height() / PT_MM / 2.4)
        high = max(low, high)
        sizes = [high - 0.5 * i for i in range(int((high - low) / 0.5) + 1)]
        if sizes[-1] > low:
            sizes.append(low)
        lo, hi, best = 0, len(sizes) - 1, None
        while lo <= hi:  # the largest size whose whole caption fits
            mid = (lo + hi) // 2
            laid = CaptionLayout.make(text, font, box, sizes[mid])
            if laid.fits:
                best, hi = laid, mid - 1
            else:
                lo = mid + 1
        if best is not None:
            return best
        return CaptionLayout.elided(text, font, box, sizes[-1])

    def paint_caption(self, p: QPainter, box: QRectF, spec: StickerSpec, top: bool = False) -> None:
        laid = self.caption_layout(spec.caption, spec, box)
        if laid is None:
            return
        p.save()
        p.setPen(QColor(spec.caption_colour))
        spare = 0.0 if top else (box.height() - laid.height_mm) / 2
        p.translate(box.x(), box.y() + spare)
        p.scale(laid.scale, laid.scale)
        laid.layout.draw(p, QPointF(0, 0))
        p.restore()


class CaptionLayout:
    """A caption laid out at one size; ``scale`` maps layout units to mm."""

    def __init__(self, layout: QTextLayout, scale: float, height_units: float, fits: bool):
        self.layout = layout
        self.scale = scale
        self.height_mm = height_units * scale
        self.fits = fits

    @property
    def lines(self) -> int:
        return self.layout.lineCount()

    @classmethod
    def make(
        cls, text: str, font: QFont, box: QRectF, size_pt: float, max_lines: int = 0
    ) -> CaptionLayout:
        scale = size_pt * PT_MM / REF_PX
        width = box.width() / scale
        limit = box.height() / scale
        layout = QTextLayout(text, font)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        y = 0.0
        fits = True
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if (max_lines and line.lineNumber() >= max_lines) or y + line.height() > limit + 1e-6:
                fits = False
                line.setNumColumns(0)  # an empty line: drawn as nothing
                break
            line.setPosition(QPointF(0, y))
            y += line.height()
            if line.naturalTextWidth() > width + 1e-3:
                fits = False
        layout.endLayout()
        return cls(layout, scale, y, fits)

    @classmethod
    def elided(cls, text: str, font: QFont, box: QRectF, size_pt: float) -> CaptionLayout | None:
        """As many lines as fit at ``size_pt``, the last one ending in an ellipsis."""
        first = cls.make(text, font, box, size_pt)
        keep = 0
        y = 0.0
        limit = box.height() / first.scale
        for i in range(first.layout.lineCount()):
            line = first.layout.lineAt(i)
            if line.textLength() == 0 or y + line.height() > limit + 1e-6:
                break
            y += line.height()
            keep += 1
        if keep == 0:
            return None
        last = first.layout.lineAt(keep - 1)
        head = text[: last.textStart()]
        rest = text[last.textStart() :].replace(LINE_SEP, " ")
        metrics = QFontMetricsF(font)
        width = box.width() / first.scale
        for shrink in (1.0, 0.97, 0.93, 0.88, 0.8, 0.7, 0.5):
            tail = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width * shrink)
            laid = cls.make(head + tail, font, box, size_pt, max_lines=keep)
            if laid.fits:
                return laid
        return None
