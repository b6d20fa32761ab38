"""The sticker painter: captions in every script without missing glyphs, long captions stay in
their label, the code is what the row asks for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter

from desktop_app.stickers.painter import (
    PT_MM,
    REF_PX,
    CaptionStyle,
    StickerPainter,
    sticker_geometry,
)
from desktop_app.stickers.qr import qr_matrix, spec_from_row

from .helpers import gray_rows, make_row

SCRIPTS = {
    "japanese": "坂本龍一 – 音楽図鑑 [1984]\nレコード棚",
    "arabic": "فيروز – وحدن [1979]\nموسيقى",
    "hebrew": "אריק איינשטיין – שבלול [1970]\nתקליטים",
    "emoji": "Daft Punk 🎧🎶 – Discovery 🚀 [2001]\n❤️ Vinyl",
}


def _has_font_for(name: str) -> bool:
    families = QFontDatabase.families()
    if name == "emoji":
        return any("emoji" in f.lower() for f in families)
    system = {
        "japanese": QFontDatabase.WritingSystem.Japanese,
        "arabic": QFontDatabase.WritingSystem.Arabic,
        "hebrew": QFontDatabase.WritingSystem.Hebrew,
    }[name]
    return bool(QFontDatabase.families(system))


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_captions_in_every_script_have_no_missing_glyphs(qapp, script):
    if not _has_font_for(script):
        pytest.skip(f"no installed font covers {script} (install fonts-noto-cjk / emoji)")
    text = SCRIPTS[script]
    spec = spec_from_row(make_row(1, BottomText=text))
    painter = StickerPainter()
    geo = sticker_geometry(45, 45, True)
    laid = painter.caption_layout(text, spec, geo.caption)
    assert laid is not None
    runs = laid.layout.glyphRuns()
    assert runs
    glyphs = 0
    for run in runs:
        indexes = run.glyphIndexes()
        glyphs += len(indexes)
        assert 0 not in indexes, f"missing glyph in {run.rawFont().familyName()}"
    visible = len([ch for ch in text if not ch.isspace() and ch not in "\ufe0f"])
    assert glyphs >= visible * 0.5  # shaping may join letters, never drop the text


def test_a_missing_glyph_is_detected_by_the_same_check(qapp):
    """The check above can fail: Linear A has no glyph in the fonts the app relies on."""
    spec = spec_from_row(make_row(1))
    laid = StickerPainter().caption_layout("\U00010600\U00010601", spec, QRectF(0, 0, 30, 10))
    indexes = [i for run in laid.layout.glyphRuns() for i in run.glyphIndexes()]
    assert 0 in indexes


def _ink_outside(image: QImage, inside) -> int:
    count = 0
    for y, line in enumerate(gray_rows(image)):
        for x, value in enumerate(line):
            if value < 250 and not inside(x, y):
                count += 1
    return count


@pytest.mark.parametrize(
    ("w", "h", "round_"),
    [(35, 35, True), (66.7, 25.4, False), (62, 100, False), (25.4, 25.4, False)],
)
def test_a_1000_character_caption_stays_inside_its_label(qapp, w, h, round_):
    caption = ("Everything But The Girl – " * 40)[:1000]
    assert len(caption) == 1000
    spec = spec_from_row(make_row(1, BottomText=caption))
    scale, pad = 10.0, 10.0  # 10 px per mm, 10 mm of margin to see anything that escapes
    image = QImage(
        round((w + 2 * pad) * scale), round((h + 2 * pad) * scale), QImage.Format.Format_Grayscale8
    )
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.scale(scale, scale)
    StickerPainter().paint(p, QRectF(pad, pad, w, h), spec, round_)
    p.end()

    def inside(x: int, y: int) -> bool:
        mx, my = (x + 0.5) / scale - pad, (y + 0.5) / scale - pad
        if round_:
            return ((mx - w / 2) / (w / 2)) ** 2 + ((my - h / 2) / (h / 2)) ** 2 <= 1
        return 0 <= mx <= w and 0 <= my <= h

    assert _ink_outside(image, inside) == 0
    geo = sticker_geometry(w, h, round_)
    laid = StickerPainter().caption_layout(caption, spec, geo.caption)
    assert laid is not None and laid.height_mm <= geo.caption.height() + 1e-6
    drawn = "".join(laid.texts())
    # too long for any label at a legible size: never below 5 pt, elided instead
    assert laid.scale * REF_PX / PT_MM >= 5.0 - 1e-6
    assert drawn.rstrip().endswith("…")


def test_a_short_caption_keeps_the_largest_size_that_fits(qapp):
    spec = spec_from_row(make_row(1, BottomText="Abba"))
    box = sticker_geometry(45, 45, True).caption
    small = StickerPainter(CaptionStyle(size_pt=6)).caption_layout("Abba", spec, box)
    auto = StickerPainter().caption_layout("Abba", spec, box)
    assert small.scale < auto.scale
    assert small.fits and auto.fits


def test_the_row_sets_error_correction_quiet_zone_and_colours():
    plain = spec_from_row(make_row(1, ReliabilityLevel="Low", IconPath=""))
    assert plain.error_level == "L"
    with_icon = spec_from_row(make_row(1, ReliabilityLevel="Low"))
    assert with_icon.error_level == "H"  # raised under an icon
    assert qr_matrix(with_icon).error == "H"
    assert qr_matrix(plain).quiet >= 4
    assert qr_matrix(spec_from_row(make_row(1, SafeZonePercent="0"))).quiet == 4
    coloured = spec_from_row(make_row(1, PixelColorStart="#112233", BackgroundColor="ffeedd"))
    assert (coloured.dark, coloured.light) == ("#112233", "#FFEEDD")
    broken = spec_from_row(make_row(1, PixelColorStart="blue", IconSizePercent="lots"))
    assert (broken.dark, broken.icon_percent) == ("#000000", 100.0)


def test_the_code_is_drawn_as_vector_rectangles(qapp, tmp_path):
    from desktop_app.stickers.layouts import PRESETS
    from desktop_app.stickers.sheet import SheetOptions, write_pdf

    target = tmp_path / "one.pdf"
    write_pdf(target, [make_row(1, BottomText="", IconPath="")], SheetOptions(PRESETS["5160"]))
    data = target.read_bytes()
    assert b"/Subtype /Image" not in data  # no bitmap anywhere: code (and icon) are vectors


def test_image_file_names_are_safe_and_unique():
    from desktop_app.stickers.images import file_names

    rows = [
        make_row(1, FileName="a/b"),
        make_row(2, FileName="A-B"),
        make_row(3, FileName=""),
        ["short row"],
    ]
    assert file_names(rows, "png") == ["a-b.png", "A-B-2.png", "sticker-3.png", "sticker-4.png"]
