"""QR codes for stickers: what a preview row asks for, and the module matrix from ``segno``.

No Qt here. A row is a list of the 30 QR Factory 3 strings in ``COLUMNS`` order; every value the
sticker uses is read (and made safe) by :func:`spec_from_row`.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace

import segno

from ..core.qrfactory import COLUMN_INDEX, COLUMNS

#: ReliabilityLevel → segno error level. High is used whenever an icon sits in the middle.
ERROR_LEVELS = {"low": "L", "medium": "M", "quartile": "Q", "high": "H"}
MIN_QUIET_ZONE = 4  # modules, as ISO/IEC 18004 asks
#: At IconSizePercent 100 the icon's side is this share of the symbol's side.
ICON_SIDE_AT_100 = 0.20
DEFAULT_ICON_NAME = "Discogs_record_icon.svg"
#: One fixed data mask (ISO/IEC 18004 allows any of the eight). Scoring all eight quadruples
#: the encoding time; every printed code is decoded by the check anyway.
DATA_MASK = 0
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
_DARK_RUN = re.compile(rb"[^\x00]+")  # segno's matrix rows: 0 light, 1 dark
#: How the link in Content is printed on a sticker (an option; the rows never change):
#: as the row says, without "www.", or in capitals, which QR's alphanumeric mode stores in
#: 5.5 bits a character instead of 8 (a smaller symbol, so larger modules).
URL_FORMS = ("as-is", "short", "upper")
_DISCOGS_URL = re.compile(r"^https?://(?:www\.)?discogs\.com/([A-Za-z]+/[0-9]+)/?$", re.IGNORECASE)
#: Without an icon, Medium is the floor: the smallest version at Medium, raised to Quartile or
#: High when the same version holds it (segno's boost).
NO_ICON_LEVEL = "M"
_LEVEL_ORDER = "LMQH"
#: The year part of a caption that has none: "[]", "()", "[0]" or "[<unknown-year text>]".
_EMPTY_GROUP = r"\s*[\[(]\s*(?:0*|{unknown})\s*[\])]"


class CodeError(ValueError):
    """The content cannot become a QR code (empty, or too long)."""


@dataclass(frozen=True, slots=True)
class StickerSpec:
    """The parts of a row a sticker is drawn from."""

    content: str
    error: str  # L, M, Q or H
    boost_error: bool
    roundness: float  # 0 square modules … 1 round dots
    dark: str  # #RRGGBB
    dark_end: str  # the gradient's end colour (= dark when solid)
    gradient: bool
    gradient_angle: float
    light: str
    quiet_colour: str
    quiet_percent: float
    icon_path: str  # "" = no icon
    icon_percent: float
    icon_border_percent: float
    icon_border_colour: str
    caption: str
    caption_colour: str
    caption_font: str
    caption_bold: bool
    caption_italic: bool
    file_name: str

    @property
    def has_icon(self) -> bool:
        return bool(self.icon_path) and self.icon_percent > 0

    @property
    def error_level(self) -> str:
        """The error correction used: the row's, raised to High under an icon."""
        return "H" if self.has_icon else self.error

    def icon_fraction(self) -> float:
        """The icon's side as a share of the symbol's side (0 when there is none)."""
        if not self.has_icon:
            return 0.0
        return min(0.9, ICON_SIDE_AT_100 * self.icon_percent / 100.0)

    def clear_fraction(self) -> float:
        """The side of the icon and its border, as a share of the symbol's side."""
        side = self.icon_fraction()
        return min(0.95, side * (1 + 2 * self.icon_border_percent / 100.0)) if side else 0.0


@dataclass(frozen=True, slots=True)
class CodeStyle:
    """How a sticker's code is made from its row: the centre icon (off by default: without it
    a lower error level is enough and the symbol is smaller, so its modules are larger) and the
    printed form of a Discogs link (see :data:`URL_FORMS`)."""

    icon: bool = False
    url_form: str = "as-is"


def short_content(content: str, form: str) -> str:
    """``content`` in the link form ``form``; anything but a Discogs page link is left alone."""
    if form == "as-is":
        return content
    match = _DISCOGS_URL.match(content.strip())
    if match is None:
        return content
    if form == "short":
        return f"https://discogs.com/{match.group(1)}"
    if form == "upper":
        return f"HTTPS://DISCOGS.COM/{match.group(1).upper()}"
    return content


def for_sticker(spec: StickerSpec, style: CodeStyle) -> StickerSpec:
    """``spec`` as a sticker prints it: icon on or off, the link form, and the error level
    chosen for the content (High under an icon; else at most Medium, boosted when it fits)."""
    changes: dict = {}
    content = short_content(spec.content, style.url_form)
    if content != spec.content:
        changes["content"] = content
    if not style.icon and spec.icon_path:
        changes["icon_path"] = ""
    if not (style.icon and spec.has_icon):
        level = min(spec.error, NO_ICON_LEVEL, key=_LEVEL_ORDER.index)
        if level != spec.error:
            changes["error"] = level
    return replace(spec, **changes) if changes else spec


def clean_caption(text: str, unknown_year: str = "unknown") -> str:
    """A caption without the year part of a record that has none ("[unknown]", "[]", "[0]"),
    and without the lines that leaves empty."""
    pattern = re.compile(_EMPTY_GROUP.format(unknown=re.escape(unknown_year.strip()) or "0*"))
    lines = []
    for line in text.splitlines():
        cleaned = pattern.sub("", line) if "[" in line or "(" in line else line
        if cleaned.strip() or not line.strip():
            lines.append(cleaned.rstrip() if cleaned != line else line)
    return "\n".join(lines)


def _cell(row: Sequence[str], column: str) -> str:
    index = COLUMN_INDEX[column]
    return str(row[index]) if index < len(row) and row[index] is not None else ""


def _number(text: str, default: float, low: float, high: float) -> float:
    try:
        value = float(text.strip().rstrip("%"))
    except ValueError:
        return default
    if not math.isfinite(value):
        return default
    return min(high, max(low, value))


def colour(text: str, default: str) -> str:
    """``#RRGGBB`` from a row's colour cell (``#`` optional); ``default`` when unreadable."""
    match = _HEX.match(text.strip())
    return f"#{match.group(1).upper()}" if match else default


def spec_from_row(row: Sequence[str]) -> StickerSpec:
    """Read a preview row (30 strings in ``COLUMNS`` order); bad cells fall back to defaults."""
    if len(row) < len(COLUMNS):
        row = list(row) + [""] * (len(COLUMNS) - len(row))
    style = _cell(row, "BottomTextFontStyle").casefold()
    dark = colour(_cell(row, "PixelColorStart"), "#000000")
    gradient = _cell(row, "PixelColorType").strip().casefold() == "gradient"
    return StickerSpec(
        content=_cell(row, "Content"),
        error=ERROR_LEVELS.get(_cell(row, "ReliabilityLevel").strip().casefold(), "H"),
        boost_error=_cell(row, "UseAutoReliabilityLevel").strip().casefold() != "no",
        roundness=_number(_cell(row, "PixelRoundness"), 0.0, 0.0, 1.0),
        dark=dark,
        dark_end=colour(_cell(row, "PixelColorEnd"), dark) if gradient else dark,
        gradient=gradient,
        gradient_angle=_number(_cell(row, "GradientAngle"), 0.0, -360.0, 360.0),
        light=colour(_cell(row, "BackgroundColor"), "#FFFFFF"),
        quiet_colour=colour(_cell(row, "SafeZoneColor"), "#FFFFFF"),
        quiet_percent=_number(_cell(row, "SafeZonePercent"), 5.0, 0.0, 40.0),
        icon_path=_cell(row, "IconPath").strip(),
        icon_percent=_number(_cell(row, "IconSizePercent"), 100.0, 0.0, 450.0),
        icon_border_percent=_number(_cell(row, "IconBorderPercent"), 20.0, 0.0, 100.0),
        icon_border_colour=colour(_cell(row, "IconBorderColor"), "#FFFFFF"),
        caption=_cell(row, "BottomText"),
        caption_colour=colour(_cell(row, "BottomTextColor"), "#000000"),
        caption_font=_cell(row, "BottomTextFont").strip(),
        caption_bold="bold" in style or "black" in style or "heavy" in style,
        caption_italic="italic" in style or "oblique" in style,
        file_name=_cell(row, "FileName"),
    )


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """The dark modules of one symbol, without its quiet zone."""

    size: int  # modules per side
    version: int
    error: str
    runs: bytes  # dark runs as byte triples: row, first column, length (one object, no GC cost)
    quiet: int  # quiet zone in modules (>= 4)

    @property
    def total(self) -> int:
        """Modules per side including the quiet zone."""
        return self.size + 2 * self.quiet

    def is_dark(self, row: int, col: int) -> bool:
        return any(r == row and c <= col < c + n for r, c, n in self.triples())

    def triples(self):
        """``(row, first column, length)`` of every dark run."""
        return run_triples(self.runs)


Encoded = tuple[int, int, str, bytes]  # modules per side, version, error level, packed runs


def encode(content: str, error: str, boost: bool) -> Encoded:
    """One symbol from ``segno``, its dark runs packed (no Qt: worker processes call this)."""
    try:
        code = segno.make_qr(content, error=error, boost_error=boost, mask=DATA_MASK)
    except segno.DataOverflowError as exc:
        raise CodeError("the content is too long for a QR code") from exc
    runs = bytearray()
    for r, line in enumerate(code.matrix):
        for m in _DARK_RUN.finditer(bytes(line)):
            runs += bytes((r, m.start(), m.end() - m.start()))
    return len(code.matrix), int(code.version), str(code.error).upper(), bytes(runs)


class _Codes:
    """The encodings made so far (the check and the sheet draw each code), least recently used
    dropped first; :meth:`put` takes encodings made elsewhere (see :mod:`.encode_pool`)."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._done: OrderedDict[tuple[str, str, bool], Encoded] = OrderedDict()

    def __call__(self, content: str, error: str, boost: bool) -> Encoded:
        key = (content, error, boost)
        found = self._done.get(key)
        if found is None:
            found = encode(content, error, boost)
            self.put(key, found)
        else:
            self._done.move_to_end(key)
        return found

    def __contains__(self, key: tuple[str, str, bool]) -> bool:
        return key in self._done

    def put(self, key: tuple[str, str, bool], encoded: Encoded) -> None:
        self._done[key] = encoded
        self._done.move_to_end(key)
        while len(self._done) > self.maxsize:
            self._done.popitem(last=False)

    def cache_clear(self) -> None:
        self._done.clear()


_matrix = _Codes(4096)


def code_key(spec: StickerSpec) -> tuple[str, str, bool]:
    """What the symbol of ``spec`` depends on: content, error level, boost."""
    return spec.content, spec.error_level, spec.boost_error


def run_triples(runs: bytes):
    """The ``(row, first column, length)`` triples of packed runs."""
    return zip(runs[0::3], runs[1::3], runs[2::3], strict=True)


def qr_matrix(spec: StickerSpec) -> QrMatrix:
    """The symbol for ``spec.content``; raises :class:`CodeError` for empty or overlong content."""
    if not spec.content:
        raise CodeError("the content is empty")
    size, version, error, runs = _matrix(*code_key(spec))
    quiet = max(MIN_QUIET_ZONE, math.ceil(spec.quiet_percent / 100.0 * size))
    return QrMatrix(size, version, error, runs, quiet)


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG) of ``#RRGGBB``."""
    value = colour(hex_colour, "#000000")[1:]
    channels = []
    for i in (0, 2, 4):
        c = int(value[i : i + 2], 16) / 255.0
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 (none) … 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
