"""Sheets to PDF, rasterised and decoded: every code equals its row's Content, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import AppError
from desktop_app.services import stickers as service
from desktop_app.services.history import ExportHistory
from desktop_app.stickers.layouts import PRESETS, SheetLayout
from desktop_app.stickers.sheet import SheetOptions, page_count, placements

from .helpers import content, decoded_in_order, make_rows, pdf_page_sizes_mm

CUSTOM = SheetLayout(
    "custom-a5", "Custom A5", 148.0, 210.0, 4, 3, 42.0, 42.0, True, 46.0, 48.0, 12.0, 6.0
)
SHEETS = [n for n, layout in PRESETS.items() if layout.per_page > 1]
ROLLS = [n for n, layout in PRESETS.items() if layout.per_page == 1]


def _options(layout: SheetLayout, **kw) -> SheetOptions:
    return SheetOptions(layout=layout, **kw)


def _check_pdf(tmp_path: Path, layout: SheetLayout, count: int, **kw) -> list[tuple]:
    rows = make_rows(count)
    options = _options(layout, **kw)
    target = tmp_path / f"{layout.name}.pdf"
    result = service.make_sheet_pdf(target, rows, list(range(count)), options)
    assert result.stickers == count
    assert result.pages == page_count(count, options)
    found = decoded_in_order(target, layout)
    expected = [
        (page, slot, content(row))
        for row, (page, slot) in zip(rows, placements(count, options), strict=True)
    ]
    assert found == expected
    sizes = pdf_page_sizes_mm(target)
    assert len(sizes) == result.pages
    for w, h in sizes:
        assert w == pytest.approx(layout.page_width, abs=0.2)
        assert h == pytest.approx(layout.page_height, abs=0.2)
    return found


@pytest.mark.parametrize("name", SHEETS)
def test_every_code_of_a_full_sheet_and_more_decodes_in_order(tmp_path, name):
    layout = PRESETS[name]
    found = _check_pdf(tmp_path, layout, layout.per_page + 3)
    assert len(found) == layout.per_page + 3


@pytest.mark.parametrize("name", [*SHEETS, "custom"])
def test_start_at_label_n_and_skipped_slots(tmp_path, name):
    layout = CUSTOM if name == "custom" else PRESETS[name]
    start, skip = 3, frozenset({5, 6, layout.per_page})
    found = _check_pdf(tmp_path, layout, layout.per_page, start=start, skip=skip)
    first_sheet = {slot for page, slot, _ in found if page == 0}
    assert not first_sheet & {0, 1, 4, 5, layout.per_page - 1}  # 0-based slots left free
    assert len(first_sheet) == layout.per_page - 2 - 3
    assert len(found) == layout.per_page


@pytest.mark.parametrize("name", ROLLS)
def test_roll_layouts_put_one_sticker_on_each_page(tmp_path, name):
    found = _check_pdf(tmp_path, PRESETS[name], 3)
    assert [page for page, _, _ in found] == [0, 1, 2]


def test_custom_layout_with_outlines_and_cut_marks(tmp_path):
    _check_pdf(tmp_path, CUSTOM, 14, marks="outlines")
    _check_pdf(tmp_path, CUSTOM, 5, marks="cutmarks", offset_x=1.5, offset_y=-1.0)


def test_placements_fill_the_first_sheet_then_whole_sheets():
    layout = PRESETS["L7120-25"]
    options = _options(layout, start=34, skip=frozenset({35}))
    assert placements(3, options) == [(0, 33), (1, 0), (1, 1)]
    assert page_count(0, options) == 1


def test_a_save_records_the_instances_in_the_export_history(tmp_path):
    history = ExportHistory("demo", tmp_path / "history.json")
    target = tmp_path / "out.pdf"
    result = service.make_sheet_pdf(
        target, make_rows(2), [11, 12], _options(PRESETS["5160"]), history
    )
    assert result.history_recorded
    assert history.exported_ids() == {11, 12}
    assert history.entries()[-1].path == str(target)


def test_bad_sheet_options_are_refused_before_writing(tmp_path):
    target = tmp_path / "out.pdf"
    with pytest.raises(AppError, match="first label"):
        service.make_sheet_pdf(target, make_rows(1), [1], _options(CUSTOM, start=13))
    with pytest.raises(AppError, match="no label 99"):
        service.make_sheet_pdf(target, make_rows(1), [1], _options(CUSTOM, skip=frozenset({99})))
    assert not target.exists()


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(AppError):
        service.make_sheet_pdf(target, make_rows(1, Content=""), [1], _options(PRESETS["L7120-25"]))
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_the_test_page_is_a_pdf_of_the_layouts_page_size(tmp_path):
    target = service.write_test_page(tmp_path / "test.pdf", _options(PRESETS["22807"]))
    ((w, h),) = pdf_page_sizes_mm(target)
    assert (w, h) == (pytest.approx(215.9, abs=0.2), pytest.approx(279.4, abs=0.2))
