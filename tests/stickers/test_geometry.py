"""Where things land on the paper: label centres against the published template numbers,
the calibration offset, and nothing drawn outside a label."""

from __future__ import annotations

import math
import re

import pytest

from desktop_app.services import stickers as service
from desktop_app.stickers.layouts import PRESETS, SheetLayout
from desktop_app.stickers.sheet import SheetOptions

from .helpers import gray_rows, make_rows, pdf_pages

IN = 25.4
#: The manufacturers' template numbers, written out here independently of layouts.py:
#: columns, rows, label width, height, left margin, top margin, horizontal and vertical pitch.
TEMPLATES = {
    "L7120-25": (5, 7, 35.0, 35.0, 7.5, 11.0, 40.0, 40.0),
    "L7121-25": (4, 6, 45.0, 45.0, 9.0, 8.5, 49.0, 47.0),
    "22807": (3, 4, 2 * IN, 2 * IN, 0.75 * IN, 0.75 * IN, 2.5 * IN, 2.5 * IN),
    "5160": (3, 10, 2.625 * IN, 1 * IN, 0.1875 * IN, 0.5 * IN, 2.75 * IN, 1 * IN),
}
DPI = 400
PX = DPI / IN  # pixels per mm


def _expected_centres(name: str) -> list[tuple[float, float]]:
    cols, rows, w, h, left, top, hp, vp = TEMPLATES[name]
    return [(left + c * hp + w / 2, top + r * vp + h / 2) for r in range(rows) for c in range(cols)]


def _edge(line: bytes, around_mm: float, window_mm: float = 1.0) -> float | None:
    """Centre (mm) of the dark pixels of ``line`` within ``window_mm`` of ``around_mm``."""
    lo = max(0, int((around_mm - window_mm) * PX))
    hi = min(len(line), int((around_mm + window_mm) * PX) + 1)
    weights = [(x, 255 - line[x]) for x in range(lo, hi) if line[x] < 230]
    if not weights:
        return None
    total = sum(w for _, w in weights)
    return (sum(x * w for x, w in weights) / total + 0.5) / PX


def _measured_centres(image, layout: SheetLayout, expected) -> list[tuple[float, float]]:
    rows = gray_rows(image)
    columns_cache: dict[int, bytes] = {}
    out = []
    for cx, cy in expected:
        line = rows[int(cy * PX)]
        left = _edge(line, cx - layout.label_width / 2)
        right = _edge(line, cx + layout.label_width / 2)
        x = int(cx * PX)
        if x not in columns_cache:
            columns_cache[x] = bytes(r[x] for r in rows)
        column = columns_cache[x]
        top = _edge(column, cy - layout.label_height / 2)
        bottom = _edge(column, cy + layout.label_height / 2)
        assert None not in (left, right, top, bottom), f"no outline found around {cx, cy}"
        out.append(((left + right) / 2, (top + bottom) / 2))
    return out


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_label_centre_is_within_0_2_mm_of_the_template(tmp_path, name):
    layout = PRESETS[name]
    target = service.write_test_page(tmp_path / "t.pdf", SheetOptions(layout))
    (image,) = pdf_pages(target, DPI)
    expected = _expected_centres(name)
    assert len(expected) == layout.per_page
    for (ex, ey), (mx, my) in zip(
        expected, _measured_centres(image, layout, expected), strict=True
    ):
        assert math.hypot(mx - ex, my - ey) <= 0.2, (name, ex, ey, mx, my)


@pytest.mark.parametrize("name", ["L7120-25", "5160"])
def test_the_calibration_offset_moves_every_label_by_the_offset(tmp_path, name):
    layout = PRESETS[name]
    dx, dy = 1.5, -2.0
    options = SheetOptions(layout, offset_x=dx, offset_y=dy)
    (image,) = pdf_pages(service.write_test_page(tmp_path / "t.pdf", options), DPI)
    expected = [(x + dx, y + dy) for x, y in _expected_centres(name)]
    for (ex, ey), (mx, my) in zip(
        expected, _measured_centres(image, layout, expected), strict=True
    ):
        assert math.hypot(mx - ex, my - ey) <= 0.2


def test_an_offset_shifts_the_whole_sheet_pixel_for_pixel(tmp_path):
    dpi = 200  # 2.54 mm = 20 px, 1.27 mm = 10 px
    layout = PRESETS["L7120-25"]
    rows = make_rows(layout.per_page)
    plain, moved = tmp_path / "a.pdf", tmp_path / "b.pdf"
    service.make_sheet_pdf(plain, rows, [], SheetOptions(layout, marks="cutmarks"))
    service.make_sheet_pdf(
        moved, rows, [], SheetOptions(layout, marks="cutmarks", offset_x=2.54, offset_y=1.27)
    )
    (a,) = pdf_pages(plain, dpi)
    (b,) = pdf_pages(moved, dpi)
    a_rows, b_rows = gray_rows(a), gray_rows(b)
    differing = total = 0
    for y in range(0, len(a_rows) - 10):
        src, dst = a_rows[y][:-20], b_rows[y + 10][20:]
        if src != dst:
            differing += sum(1 for p, q in zip(src, dst, strict=True) if abs(p - q) > 64)
        total += len(src)
    ink = sum(1 for r in a_rows for v in r if v < 128)
    assert ink > 100_000  # the sheet is not blank
    assert differing <= ink * 0.002


def _inside(layout: SheetLayout, x: float, y: float, slack: float) -> bool:
    for slot in range(layout.per_page):
        lx, ly, w, h = layout.label_rect(slot)
        if layout.round:
            rx, ry = w / 2 + slack, h / 2 + slack
            if ((x - lx - w / 2) / rx) ** 2 + ((y - ly - h / 2) / ry) ** 2 <= 1:
                return True
        elif lx - slack <= x <= lx + w + slack and ly - slack <= y <= ly + h + slack:
            return True
    return False


_DARK = bytes(1 if v < 245 else 0 for v in range(256))


@pytest.mark.parametrize("name", [*sorted(TEMPLATES), "dymo-11354", "brother-62x29"])
def test_nothing_is_drawn_outside_a_label(tmp_path, name):
    dpi = 150
    layout = PRESETS[name]
    rows = make_rows(layout.per_page, BottomText="W" * 300 + " " + "long words " * 40)
    target = tmp_path / "s.pdf"
    service.make_sheet_pdf(target, rows, [], SheetOptions(layout))
    outside = 0
    ink = 0
    for image in pdf_pages(target, dpi):
        for y, line in enumerate(gray_rows(image)):
            ymm = (y + 0.5) / dpi * IN
            for run in re.finditer(b"\x01+", line.translate(_DARK)):
                ink += run.end() - run.start()
                for x in (run.start(), run.end() - 1):
                    if not _inside(layout, (x + 0.5) / dpi * IN, ymm, 0.2):
                        outside += 1
    assert ink > 1000
    assert outside == 0
