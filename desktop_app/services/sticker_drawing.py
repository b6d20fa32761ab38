"""The sticker drawing types the GUI needs (Qt painter, no widgets), through ``services``."""

from __future__ import annotations

from ..stickers.layouts import DEFAULT_LAYOUT, PRESETS, SheetLayout
from ..stickers.painter import CaptionStyle, StickerPainter, sticker_geometry
from ..stickers.qr import CodeStyle, spec_from_row
from ..stickers.sheet import MARKS, SheetOptions, page_count, placements, prepare_printer

__all__ = [
    "DEFAULT_LAYOUT",
    "MARKS",
    "PRESETS",
    "CaptionStyle",
    "CodeStyle",
    "SheetLayout",
    "SheetOptions",
    "StickerPainter",
    "page_count",
    "placements",
    "prepare_printer",
    "spec_from_row",
    "sticker_geometry",
]
