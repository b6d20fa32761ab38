"""The decode check: every code is drawn at print resolution and read back with zxing-cpp, then
drawn again degraded on purpose, as a phone sees a worn print, and read back once more.

A code that does not decode to exactly its row's Content is refused before anything is written,
with the row named and a reason a person can act on; so is a code with modules under 0.4 mm.
A code that decodes only at full resolution, or has modules under 0.5 mm, is a warning that
names the rows (docs/scan-margin.md describes the degraded render).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import zxingcpp
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from ..core.i18n import Errors
from .encode_pool import encoded_in_order
from .painter import StickerPainter, sticker_geometry
from .qr import CodeError, StickerSpec, contrast_ratio, qr_matrix, spec_from_row

CHECK_DPI = 300
MIN_CONTRAST = 3.0
MIN_MODULE_MM = 0.4  # smaller modules are refused: phones struggle below about 0.4 mm
WARN_MODULE_MM = 0.5  # smaller modules are a warning: little margin for a worn print
#: The degraded render: area-sampled at half of MARGIN_DPI (a 2-pixel box), then scaled up to
#: MARGIN_DPI bilinearly (a 4-pixel tent); together a blur of sigma 1 pixel at 150 dpi.
MARGIN_DPI = 150
MAX_CLEAR_SHARE = 0.30  # icon and border area a High-level code can hardly lose more of


@dataclass(frozen=True, slots=True)
class CheckFailure:
    """One sticker that would not scan: its row (1-based), names and the reason."""

    row: int
    file_name: str
    content: str
    reason: str

    def message(self) -> str:
        if self.file_name:
            return Errors.tr("Row {row} ({name}): {reason}").args(
                row=self.row, name=self.file_name, reason=self.reason
            )
        return Errors.tr("Row {row}: {reason}").args(row=self.row, reason=self.reason)


def _reason(spec: StickerSpec, module_mm: float, read: str | None) -> str:
    if read is not None:
        return Errors.tr("the code reads “{read}” instead of its Content").args(read=read)
    if contrast_ratio(spec.dark, spec.light) < MIN_CONTRAST:
        return Errors.tr(
            "too little contrast between the code colour {dark} and the background {light}"
        ).args(dark=spec.dark, light=spec.light)
    if spec.has_icon and spec.clear_fraction() ** 2 > MAX_CLEAR_SHARE / 2:
        return Errors.tr(
            "the icon is too large (IconSizePercent {percent:g}): it hides too much of the code"
        ).args(percent=spec.icon_percent)
    if module_mm < MIN_MODULE_MM - 1e-9:
        return Errors.tr(
            "the code is too small for its label (modules of {mm:.2f} mm, under {least} mm; try "
            "a larger label, no icon or the shorter link form)"
        ).args(mm=module_mm, least=MIN_MODULE_MM)
    return Errors.tr(
        "the code does not decode (try a smaller icon, more contrast or a larger label)"
    )


class StickerChecker:
    """Renders codes exactly as :class:`StickerPainter` prints them and decodes them."""

    def __init__(self, painter: StickerPainter | None = None, dpi: int = CHECK_DPI) -> None:
        self.painter = painter or StickerPainter()
        self.dpi = dpi
        self._seen: dict[tuple, str | None] = {}
        self._margin: dict[tuple, str | None] = {}

    def render_degraded(self, spec: StickerSpec, side_mm: float) -> QImage:
        """The code as a phone photographs a print: at ``MARGIN_DPI`` and blurred by sigma
        1 pixel (area sampling at half the resolution, then a bilinear scale back up)."""
        dpi = MARGIN_DPI / 2
        px = max(12, round(side_mm / 25.4 * dpi))
        image = QImage(px, px, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)  # coverage = a box filter
        p.scale(px / side_mm, px / side_mm)
        self.painter.paint_code(p, QRectF(0, 0, side_mm, side_mm), spec)
        p.end()
        return image.scaled(
            2 * px,
            2 * px,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    def render_code(self, spec: StickerSpec, side_mm: float) -> QImage:
        px = max(21, round(side_mm / 25.4 * self.dpi))
        image = QImage(px, px, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        p = QPainter(image)  # no antialiasing: a printer's dots are on or off
        p.scale(px / side_mm, px / side_mm)
        self.painter.paint_code(p, QRectF(0, 0, side_mm, side_mm), spec)
        p.end()
        return image

    def _key(self, spec: StickerSpec, side_mm: float) -> tuple:
        return (
            spec.content,
            spec.error_level,
            spec.boost_error,
            spec.roundness,
            spec.dark,
            spec.dark_end,
            spec.gradient_angle,
            spec.light,
            spec.quiet_colour,
            spec.quiet_percent,
            spec.icon_path,
            spec.icon_percent,
            spec.icon_border_percent,
            spec.icon_border_colour,
            round(side_mm, 2),
        )

    def margin_warning(self, spec: StickerSpec, side_mm: float) -> str | None:
        """Why this code (which decodes) has little scan margin: modules under 0.5 mm, or no
        decode from the degraded render. None when it has the margin."""
        spec = self.painter.prepare(spec)
        try:
            matrix = qr_matrix(spec)
        except CodeError:
            return None
        key = self._key(spec, side_mm)
        if key in self._margin:
            return self._margin[key]
        module_mm = side_mm / matrix.total
        answer = None
        if not _decodes(self.render_degraded(spec, side_mm), spec.content):
            answer = Errors.tr(
                "the code decodes only at full resolution, not blurred at {dpi} dpi as a phone "
                "sees it (modules of {mm:.2f} mm): a worn print or a dim room may not scan"
            ).args(dpi=MARGIN_DPI, mm=module_mm)
        elif module_mm < WARN_MODULE_MM - 1e-9:
            answer = Errors.tr(
                "small modules ({mm:.2f} mm, under {least} mm): little margin for a phone"
            ).args(mm=module_mm, least=WARN_MODULE_MM)
        self._margin[key] = answer
        return answer

    def problem(self, spec: StickerSpec, side_mm: float) -> str | None:
        """Why this code would not scan at ``side_mm`` (None when it decodes to its Content)."""
        spec = self.painter.prepare(spec)
        try:
            matrix = qr_matrix(spec)
        except CodeError as exc:
            return str(exc)
        if spec.has_icon and self.painter.icon(spec.icon_path) is None:
            return Errors.tr("the icon file “{path}” cannot be read").args(path=spec.icon_path)
        key = self._key(spec, side_mm)
        if key in self._seen:
            return self._seen[key]
        module_mm = side_mm / matrix.total
        found = None
        if module_mm >= MIN_MODULE_MM * 0.6:
            image = self.render_code(spec, side_mm)
            results = zxingcpp.read_barcodes(
                image,
                formats=zxingcpp.BarcodeFormat.QRCode,
                try_rotate=False,
                try_downscale=False,
            )
            texts = [r.text for r in results]
            if spec.content in texts:
                found = ""
            elif texts:
                found = texts[0]
        if found == "" and module_mm >= MIN_MODULE_MM - 1e-9:
            answer = None
        else:
            answer = _reason(spec, module_mm, found or None)
        self._seen[key] = answer
        return answer


def _decodes(image: QImage, content: str) -> bool:
    results = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.QRCode, try_rotate=False, try_downscale=False
    )
    return any(r.text == content for r in results)


def code_side(width: float, height: float, round_: bool, spec: StickerSpec) -> float:
    """The printed side (mm) of ``spec``'s code (as prepared for the sticker) on a label of
    that size and shape."""
    return sticker_geometry(width, height, round_, bool(spec.caption.strip())).code.width()


def check_rows(
    rows: Sequence[Sequence[str]],
    label_width: float,
    label_height: float,
    round_: bool,
    checker: StickerChecker | None = None,
    progress: Callable[[int, int], None] | None = None,
    warnings: list[CheckFailure] | None = None,
) -> list[CheckFailure]:
    """Every row whose code would not scan on a label of that size (empty = all good); the
    rows that scan with little margin are added to ``warnings`` when it is given."""
    checker = checker or StickerChecker()
    failures = []
    prepare = checker.painter.prepare
    specs = encoded_in_order([prepare(spec_from_row(row)) for row in rows])
    for number, spec in enumerate(specs, start=1):
        side = code_side(label_width, label_height, round_, spec)
        reason = checker.problem(spec, side)
        if reason is not None:
            failures.append(CheckFailure(number, spec.file_name, spec.content, reason))
        elif warnings is not None:
            warning = checker.margin_warning(spec, side)
            if warning is not None:
                warnings.append(CheckFailure(number, spec.file_name, spec.content, warning))
        if progress is not None and number % 25 == 0:
            progress(number, len(rows))
    return failures
