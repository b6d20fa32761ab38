"""Small things of the sticker commands: odd layout files are usage errors, option ranges are
said, a missing font is named, a used-up first sheet prints no blank page, a long template is
reported as a length, and the PDF's pages have the paper's exact size."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QFontDatabase

from desktop_app import cli
from desktop_app.services import stickers as service
from desktop_app.stickers.layouts import PRESETS, LayoutError, SheetLayout
from desktop_app.stickers.sheet import SheetOptions, placements

from .helpers import decoded_in_order, pdf_page_sizes_mm

PT = 25.4 / 72


def _stickers(capsys, *args: str) -> tuple[int, str]:
    code = cli.main(["stickers", "--demo", *args])
    return code, capsys.readouterr().err


def test_a_deeply_nested_layout_file_is_a_usage_error(tmp_path, capsys):
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 200_000, "utf-8")
    code, err = _stickers(capsys, "--layout", str(nested), "-o", str(tmp_path / "x.pdf"))
    assert code == 2, err
    assert "nested too deeply" in err and "Unexpected error" not in err
    service.layouts_path().parent.mkdir(parents=True, exist_ok=True)
    service.layouts_path().write_text("[" * 200_000, "utf-8")
    assert service.saved_layouts() == {}  # an unreadable saved file is ignored, as garbage is
    assert cli.main(["layouts"]) == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [("rows", "7"), ("rows", 7.5), ("rows", True), ("cols", "5"), ("label_width", "35")],
)
def test_numbers_in_a_layout_file_must_be_numbers(tmp_path, capsys, field, value):
    data = PRESETS["L7120-25"].renamed("mine").to_dict()
    data[field] = value
    with pytest.raises(LayoutError, match=field):
        SheetLayout.from_dict(data)
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data), "utf-8")
    code, err = _stickers(capsys, "--layout", str(path), "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and f"“{field}” has a bad value" in err


@pytest.mark.parametrize("size", ["0", "500", "1.9", "nan", "big"])
def test_font_sizes_out_of_range_are_refused_with_the_range(tmp_path, capsys, size):
    code, err = _stickers(capsys, "--font-size", size, "-o", str(tmp_path / "x.pdf"))
    assert code == 2
    assert "give 2 to 72 points, or leave --font-size out" in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_font_that_is_not_installed_is_named_with_the_one_used(tmp_path, capsys):
    target = tmp_path / "x.pdf"
    code, err = _stickers(capsys, "--search", "bowie", "--font", "NoSuchFont", "-o", str(target))
    assert code == 0, err
    assert "Warning: the font “NoSuchFont” is not installed; the captions use “" in err
    installed = QFontDatabase.families()[0]
    code, err = _stickers(capsys, "--search", "bowie", "--font", installed, "-o", str(target))
    assert code == 0 and "Warning" not in err
    folder = tmp_path / "png"
    assert (
        cli.main(
            ["images", "--demo", "--search", "bowie", "--font", "NoSuchFont", "-o", str(folder)]
        )
        == 0
    )
    assert "“NoSuchFont” is not installed" in capsys.readouterr().err


def test_a_used_up_first_sheet_prints_no_blank_page(tmp_path, capsys):
    target = tmp_path / "x.pdf"
    code, err = _stickers(capsys, "--search", "bowie", "--skip", "1-35", "-o", str(target))
    assert code == 0, err
    assert "the stickers start on a fresh sheet, and no blank page is printed" in err
    assert "on 1 page(s)" in err
    layout = PRESETS["L7120-25"]
    assert [(page, slot) for page, slot, _ in decoded_in_order(target, layout)] == [(0, 0), (0, 1)]
    used_up = SheetOptions(layout, start=35, skip=frozenset({35}))
    assert placements(3, used_up) == [(0, 0), (0, 1), (0, 2)]
    assert placements(2, SheetOptions(layout, skip=frozenset(range(1, 35)))) == [(0, 34), (1, 0)]


def test_a_too_long_bottom_text_is_reported_as_its_length(tmp_path, capsys):
    code, err = _stickers(capsys, "--bottom-text", "x" * 1001, "-o", str(tmp_path / "x.pdf"))
    assert code == 2
    assert "--bottom-text is 1,001 characters; at most 1,000." in err
    assert "Column" not in err


def test_pdf_pages_have_the_exact_paper_size(tmp_path, capsys):
    target = tmp_path / "a4.pdf"
    code, err = _stickers(capsys, "--search", "bowie", "-o", str(target))
    assert code == 0, err
    ((width, height),) = pdf_page_sizes_mm(target)
    assert (round(width / PT, 2), round(height / PT, 2)) == (595.28, 841.89)
    assert [slot for _, slot, _ in decoded_in_order(target, PRESETS["L7120-25"])] == [0, 1]
    test_page = tmp_path / "test.pdf"
    assert cli.main(["stickers", "--test-page", "-o", str(test_page)]) == 0
    ((width, height),) = pdf_page_sizes_mm(test_page)
    assert (round(width / PT, 2), round(height / PT, 2)) == (595.28, 841.89)
    letter = tmp_path / "letter.pdf"
    assert cli.main(["stickers", "--layout", "5160", "--test-page", "-o", str(letter)]) == 0
    ((width, height),) = pdf_page_sizes_mm(letter)
    assert (round(width / PT, 2), round(height / PT, 2)) == (612.0, 792.0)
