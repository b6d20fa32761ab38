"""The decode check refuses stickers that would not scan, naming the row and the reason."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import AppError
from desktop_app.services import stickers as service
from desktop_app.stickers.check import StickerChecker, check_rows
from desktop_app.stickers.layouts import PRESETS, SheetLayout
from desktop_app.stickers.painter import StickerPainter
from desktop_app.stickers.qr import CodeStyle, spec_from_row
from desktop_app.stickers.sheet import SheetOptions

from .helpers import make_row, make_rows

L7120 = PRESETS["L7120-25"]
ICON = CodeStyle(icon=True)  # the rows' icon drawn (it is off by default)


def _refused(tmp_path, rows, layout=L7120) -> str:
    target = tmp_path / "out.pdf"
    with pytest.raises(AppError) as caught:
        options = SheetOptions(layout, code=ICON)
        service.make_sheet_pdf(target, rows, list(range(len(rows))), options)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left either
    return caught.value.message


def test_an_icon_covering_too_much_of_the_code_is_refused_with_the_row_named(tmp_path):
    rows = make_rows(3)
    rows[1] = make_row(1, IconSizePercent="350", FileName="big-icon")
    message = _refused(tmp_path, rows)
    assert "Row 2 (big-icon)" in message
    assert "icon is too large" in message
    assert "Row 1" not in message and "Row 3" not in message


def test_the_default_icon_size_decodes(qapp):
    spec = spec_from_row(make_row(1))
    assert spec.has_icon
    assert StickerChecker(StickerPainter(code=ICON)).problem(spec, 19.0) is None


def test_too_little_contrast_is_refused(tmp_path):
    rows = [
        make_row(1, PixelColorStart="#999999", BackgroundColor="#AAAAAA", SafeZoneColor="#AAAAAA")
    ]
    message = _refused(tmp_path, rows)
    assert "Row 1" in message and "contrast" in message


def test_a_code_too_small_for_its_label_is_refused(tmp_path):
    tiny = SheetLayout("tiny", "tiny", 210, 297, 10, 10, 9, 9, False, 10, 10, 5, 5)
    message = _refused(tmp_path, make_rows(2), tiny)
    assert "Row 1" in message and "too small" in message


def test_empty_or_overlong_content_is_refused(tmp_path):
    message = _refused(tmp_path, [make_row(1, Content=""), make_row(2, Content="x" * 3000)])
    assert "Row 1" in message and "empty" in message
    assert "Row 2" in message and "too long" in message


def test_an_unreadable_icon_file_is_refused(tmp_path):
    message = _refused(tmp_path, [make_row(1, IconPath=str(tmp_path / "nope.png"))])
    assert "cannot be read" in message


def test_a_raster_icon_file_is_used(qapp, tmp_path):
    from PySide6.QtGui import QColor, QImage

    icon = QImage(64, 64, QImage.Format.Format_RGB32)
    icon.fill(QColor("#C00000"))
    path = tmp_path.parent / "icon.png"
    assert icon.save(str(path))
    checker = StickerChecker(StickerPainter(code=ICON))
    assert check_rows([make_row(1, IconPath=str(path))], 35, 35, True, checker) == []


def test_many_failures_are_summed_up(tmp_path):
    rows = make_rows(8, IconSizePercent="400")
    message = _refused(tmp_path, rows)
    assert message.startswith("8 codes would not scan")
    assert "… and 3 more." in message
