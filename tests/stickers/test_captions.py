"""Captions that keep every line: elided per line, one size per sheet, never under 5 pt, no
"[unknown]" for a record without a year, and characters no font has found before saving."""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QRectF

from desktop_app import cli
from desktop_app.core.qrfactory import COLUMN_INDEX, build_rows
from desktop_app.core.release import Artist, Instance
from desktop_app.services import stickers as service
from desktop_app.stickers.layouts import PRESETS
from desktop_app.stickers.painter import (
    MIN_CAPTION_PT,
    PT_MM,
    REF_PX,
    CaptionStyle,
    StickerPainter,
    sticker_geometry,
)
from desktop_app.stickers.qr import spec_from_row
from desktop_app.stickers.sheet import SheetOptions, page_caption_sizes, placements

from .helpers import make_row

L7120 = PRESETS["L7120-25"]
LONG = (
    "Fiona Apple – When The Pawn Hits The Conflicts He Thinks Like A King What He Knows "
    "Throws The Blows When He Goes To The Fight [1999]\nSingles & EPs"
)
LINEAR_A = "\U00010600"  # no font the app relies on has it


def _laid(painter: StickerPainter, caption: str, size_pt: float = 0.0, w=35.0, h=35.0, rnd=True):
    spec = painter.prepare(spec_from_row(make_row(1, BottomText=caption)))
    geo = sticker_geometry(w, h, rnd)
    return painter.caption_layout(spec.caption, spec, geo.caption, geo.circle, size_pt)


def _pt(laid) -> float:
    return laid.scale * REF_PX / PT_MM


def _pdf_text(path) -> str:
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def test_a_long_title_keeps_the_year_and_the_folder_line(qapp):
    laid = _laid(StickerPainter(), LONG)
    texts = laid.texts()
    assert texts[-1] == "Singles & EPs"  # the folder line survives
    assert any(t.rstrip().endswith("[1999]") for t in texts)  # so does the year
    assert any("…" in t for t in texts)  # the title is what gets cut
    assert _pt(laid) >= MIN_CAPTION_PT - 1e-6


def test_round_caption_lines_follow_the_circle(qapp):
    laid = _laid(StickerPainter(), LONG)
    geo = sticker_geometry(35, 35, True)
    cx, cy, r = geo.circle
    for layout in laid.layouts:
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if not line.textLength():
                continue
            x0 = geo.caption.x() + (line.x() + line.naturalTextWidth()) * laid.scale
            y0 = geo.caption.y() + (line.y() + line.height()) * laid.scale
            # the line's far corner (right end, bottom) is inside the circle
            assert (x0 - cx) ** 2 + (y0 - cy) ** 2 <= r * r + 1e-6


def test_nothing_is_smaller_than_5_pt_and_the_last_lines_go_first(qapp):
    painter = StickerPainter()
    for caption in ("A", LONG, "x " * 400, "One\nTwo\nThree\nFour\nFive\nSix\nSeven\nEight"):
        laid = _laid(painter, caption)
        assert laid is not None and _pt(laid) >= 5.0 - 1e-6
    spec = spec_from_row(make_row(1))
    box = QRectF(0, 0, 30, 4.3)  # two lines at 5 pt
    laid = painter.caption_layout("One\nTwo\nThree\nFour", spec, box)
    assert laid.texts() == ["One", "Two"]
    assert _pt(laid) >= 5.0 - 1e-6


def test_one_caption_size_per_sheet_by_default_and_per_label_as_an_option(qapp):
    captions = ["Abba – Waterloo [1974]\nPop", LONG, "Can – Tago Mago [1971]\nKrautrock"]
    specs = [spec_from_row(make_row(i, BottomText=c)) for i, c in enumerate(captions)]
    places = placements(len(specs), SheetOptions(L7120))
    painter = StickerPainter()
    sizes = page_caption_sizes(painter, specs, places, L7120)
    assert list(sizes) == [0]
    laid = [_laid(painter, c, sizes[0]) for c in captions]
    assert len({round(_pt(one), 3) for one in laid}) == 1  # the same size on every label
    each = StickerPainter(CaptionStyle(fit="label"))
    assert page_caption_sizes(each, specs, places, L7120) == {}
    assert _pt(_laid(each, captions[0])) > _pt(_laid(each, captions[1]))
    fixed = StickerPainter(CaptionStyle(size_pt=7))
    assert page_caption_sizes(fixed, specs, places, L7120) == {}


def _no_year() -> Instance:
    return Instance(9, 4242, 1, None, "Untitled Tape", 0, (Artist("Nobody"),))


def test_a_record_without_a_year_prints_no_year_but_the_csv_keeps_the_template(qapp, tmp_path):
    (row,) = build_rows([_no_year()], folder_names={1: "Tapes"})
    assert row[COLUMN_INDEX["BottomText"]] == "Nobody – Untitled Tape [unknown]\nTapes"  # CSV
    spec = StickerPainter().prepare(spec_from_row(row))
    assert spec.caption == "Nobody – Untitled Tape\nTapes"
    target = tmp_path / "s.pdf"
    service.make_sheet_pdf(target, [row], [], SheetOptions(L7120))
    text = " ".join(_pdf_text(target).split())
    assert "Untitled Tape" in text and "Tapes" in text
    assert "unknown" not in text and "[" not in text
    blank = spec_from_row(make_row(1, BottomText="A – B []\n[0]\nRock"))
    assert StickerPainter().prepare(blank).caption == "A – B\nRock"
    custom = StickerPainter(CaptionStyle(unknown_year="n.d."))
    assert custom.prepare(spec_from_row(make_row(1, BottomText="A (n.d.)"))).caption == "A"


def test_characters_no_font_has_are_found_before_saving_and_can_be_removed(qapp, tmp_path):
    rows = [
        make_row(1, BottomText="Plain – Title [1970]\nRock"),
        make_row(2, BottomText=f"Odd {LINEAR_A} Title\nRock", FileName="odd"),
        make_row(3, BottomText="坂本龍一 – 音楽図鑑 [1984]"),
    ]
    problems = service.missing_glyphs(rows)
    assert [(p.row, p.file_name, p.characters) for p in problems] == [(2, "odd", LINEAR_A)]
    assert "Row 2 (odd)" in problems[0].message() and "U+10600" in problems[0].message()
    kept = service.make_sheet_pdf(tmp_path / "k.pdf", rows, [], SheetOptions(L7120))
    assert kept.missing_glyphs == tuple(problems)
    removed = service.make_sheet_pdf(
        tmp_path / "r.pdf", rows, [], SheetOptions(L7120), remove_missing_glyphs=True
    )
    assert removed.missing_glyphs == tuple(problems)
    assert LINEAR_A not in _pdf_text(tmp_path / "r.pdf")
    assert rows[1][COLUMN_INDEX["BottomText"]].count(LINEAR_A) == 1  # the rows never change
    assert service.without_characters(rows, problems)[1][COLUMN_INDEX["BottomText"]] == (
        "Odd Title\nRock"
    )


def test_the_cli_warns_about_missing_characters_on_stderr(tmp_path, capsys):
    target = tmp_path / "s.pdf"
    args = ["stickers", "--demo", "--format", "LP", "-o", str(target)]
    template = ["--bottom-text", "{title} " + LINEAR_A]
    assert cli.main([*args, *template]) == 0
    err = capsys.readouterr().err
    assert "Warning: Row 1" in err and "U+10600" in err and "--remove-missing-glyphs" in err
    assert cli.main([*args, *template, "--remove-missing-glyphs"]) == 0
    assert "left out" in capsys.readouterr().err
