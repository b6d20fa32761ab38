"""Sheet layouts as data: page size, grid, label size and shape, pitch and margins, in mm.

The presets follow the manufacturers' published template geometry (top/left margin to the first
label's edge, pitch from one label's edge to the next one's). Printers differ by a fraction of a
millimetre: the calibration offset and the test page (see :mod:`.sheet`) take care of that.
No Qt here, so the CLI can list and read layouts cheaply.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from ..core.i18n import Layouts

INCH = 25.4
A4 = (210.0, 297.0)
LETTER = (8.5 * INCH, 11.0 * INCH)


class LayoutError(ValueError):
    """A layout whose numbers cannot describe a sheet; the message says which."""


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """One label sheet (or one label per page for roll printers). Lengths in millimetres."""

    name: str
    title: str
    page_width: float
    page_height: float
    rows: int
    cols: int
    label_width: float
    label_height: float
    round: bool
    h_pitch: float
    v_pitch: float
    top: float
    left: float

    @property
    def per_page(self) -> int:
        return self.rows * self.cols

    def label_origin(self, slot: int) -> tuple[float, float]:
        """Top-left corner of label ``slot`` (0-based, row by row) on the page."""
        row, col = divmod(slot, self.cols)
        return self.left + col * self.h_pitch, self.top + row * self.v_pitch

    def label_rect(self, slot: int) -> tuple[float, float, float, float]:
        """``(x, y, width, height)`` of label ``slot`` (0-based) on the page."""
        x, y = self.label_origin(slot)
        return x, y, self.label_width, self.label_height

    def label_centre(self, slot: int) -> tuple[float, float]:
        x, y = self.label_origin(slot)
        return x + self.label_width / 2, y + self.label_height / 2

    def problems(self) -> list[str]:
        """What is wrong with the numbers (empty when the layout is usable)."""
        out: list[str] = []

        numbers = (  # (value, out of 0–2000 mm, under 5 mm or None)
            (
                self.page_width,
                Layouts.tr("the page width must be between 0 and 2000 mm"),
                Layouts.tr("the page width must be at least 5 mm"),
            ),
            (
                self.page_height,
                Layouts.tr("the page height must be between 0 and 2000 mm"),
                Layouts.tr("the page height must be at least 5 mm"),
            ),
            (
                self.label_width,
                Layouts.tr("the label width must be between 0 and 2000 mm"),
                Layouts.tr("the label width must be at least 5 mm"),
            ),
            (
                self.label_height,
                Layouts.tr("the label height must be between 0 and 2000 mm"),
                Layouts.tr("the label height must be at least 5 mm"),
            ),
            (self.h_pitch, Layouts.tr("the horizontal pitch must be between 0 and 2000 mm"), None),
            (self.v_pitch, Layouts.tr("the vertical pitch must be between 0 and 2000 mm"), None),
            (self.top, Layouts.tr("the top margin must be between 0 and 2000 mm"), None),
            (self.left, Layouts.tr("the left margin must be between 0 and 2000 mm"), None),
        )
        for value, out_of_range, _small in numbers:
            if not math.isfinite(value) or value < 0 or value > 2000:
                out.append(out_of_range)
        if out:
            return out
        out += [small for value, _, small in numbers if small is not None and value < 5]
        if not (1 <= self.rows <= 100 and 1 <= self.cols <= 100):
            out.append(Layouts.tr("rows and columns must be between 1 and 100"))
        if out:
            return out
        if self.cols > 1 and self.h_pitch < self.label_width - 1e-6:
            out.append(
                Layouts.tr("the horizontal pitch is smaller than the label width: labels overlap")
            )
        if self.rows > 1 and self.v_pitch < self.label_height - 1e-6:
            out.append(
                Layouts.tr("the vertical pitch is smaller than the label height: labels overlap")
            )
        right = self.left + (self.cols - 1) * self.h_pitch + self.label_width
        bottom = self.top + (self.rows - 1) * self.v_pitch + self.label_height
        if right > self.page_width + 0.05:
            out.append(
                Layouts.tr("the labels end {mm:.1f} mm past the page's right edge").args(
                    mm=right - self.page_width
                )
            )
        if bottom > self.page_height + 0.05:
            out.append(
                Layouts.tr("the labels end {mm:.1f} mm past the page's bottom").args(
                    mm=bottom - self.page_height
                )
            )
        return out

    def checked(self) -> SheetLayout:
        issues = self.problems()
        if issues:
            raise LayoutError(f"Layout “{self.title or self.name}”: {issues[0]}.")
        return self

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SheetLayout:
        """A layout from JSON data; raises :class:`LayoutError` for missing or bad values."""
        if not isinstance(data, Mapping):
            raise LayoutError("a layout must be a JSON object")
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                if f.name == "title":
                    values["title"] = str(data.get("name", ""))
                    continue
                raise LayoutError(f"the layout has no “{f.name}”")
            raw = data[f.name]
            try:
                if f.name in ("name", "title"):
                    values[f.name] = str(raw)
                elif f.name in ("rows", "cols"):
                    if not _is_number(raw) or not math.isfinite(raw) or raw != int(raw):
                        raise ValueError
                    values[f.name] = int(raw)
                elif f.name == "round":
                    if not isinstance(raw, bool):
                        raise ValueError
                    values[f.name] = raw
                else:
                    if not _is_number(raw):
                        raise ValueError
                    values[f.name] = float(raw)
            except (TypeError, ValueError):
                raise LayoutError(f"“{f.name}” has a bad value: {raw!r}") from None
        return cls(**values).checked()

    def renamed(self, name: str, title: str | None = None) -> SheetLayout:
        return replace(self, name=name, title=title if title is not None else name)


def _is_number(value: object) -> bool:
    """A JSON number: not a string ("7"), not true or false."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _one_label(name: str, title: str, width: float, height: float, rnd: bool) -> SheetLayout:
    """A roll printer's page: one label that fills the page."""
    return SheetLayout(name, title, width, height, 1, 1, width, height, rnd, width, height, 0, 0)


PRESETS: dict[str, SheetLayout] = {
    layout.name: layout
    for layout in (
        # Avery L7120-25: 35 mm round, 5 x 7 = 35 per A4 sheet.
        SheetLayout(
            "L7120-25",
            Layouts.tr("Avery L7120-25 — A4, 35 mm round, 35 per sheet"),
            *A4,
            7,
            5,
            35.0,
            35.0,
            True,
            40.0,
            40.0,
            11.0,
            7.5,
        ),
        # Avery L7121-25: 45 mm round, 4 x 6 = 24 per A4 sheet.
        SheetLayout(
            "L7121-25",
            Layouts.tr("Avery L7121-25 — A4, 45 mm round, 24 per sheet"),
            *A4,
            6,
            4,
            45.0,
            45.0,
            True,
            49.0,
            47.0,
            8.5,
            9.0,
        ),
        # Avery 22807: 2" round, 3 x 4 = 12 per US Letter sheet.
        SheetLayout(
            "22807",
            Layouts.tr('Avery 22807 — US Letter, 2" round, 12 per sheet'),
            *LETTER,
            4,
            3,
            2 * INCH,
            2 * INCH,
            True,
            2.5 * INCH,
            2.5 * INCH,
            0.75 * INCH,
            0.75 * INCH,
        ),
        # Avery 5160/8160: 1" x 2 5/8", 3 x 10 = 30 per US Letter sheet.
        SheetLayout(
            "5160",
            Layouts.tr('Avery 5160/8160 — US Letter, 1" × 2⅝", 30 per sheet'),
            *LETTER,
            10,
            3,
            2.625 * INCH,
            1.0 * INCH,
            False,
            2.75 * INCH,
            1.0 * INCH,
            0.5 * INCH,
            0.1875 * INCH,
        ),
        _one_label(
            "brother-62x100", Layouts.tr("Brother DK-11202 — roll, 62 × 100 mm"), 62.0, 100.0, False
        ),
        _one_label(
            "brother-62x29", Layouts.tr("Brother DK-11209 — roll, 62 × 29 mm"), 62.0, 29.0, False
        ),
        _one_label("dymo-11354", Layouts.tr("DYMO 11354 — roll, 57 × 32 mm"), 57.0, 32.0, False),
        _one_label(
            "dymo-30332", Layouts.tr("DYMO 30332 — roll, 25 × 25 mm square"), 25.4, 25.4, False
        ),
    )
}

DEFAULT_LAYOUT = "L7120-25"


def layout_from_json(text: str) -> SheetLayout:
    """A layout from a JSON document (one object); raises :class:`LayoutError`."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise LayoutError(f"the layout file is not JSON: {exc}") from None
    except RecursionError:
        raise LayoutError("the layout file is nested too deeply to be a layout") from None
    return SheetLayout.from_dict(data)


def layout_to_json(layout: SheetLayout) -> str:
    return json.dumps(layout.to_dict(), ensure_ascii=False, indent=2) + "\n"


def valid_name(name: str) -> bool:
    """Saved layout names: 1-60 characters, letters, digits, spaces, dashes, dots."""
    text = name.strip()
    return 0 < len(text) <= 60 and all(ch.isalnum() or ch in " -_.()" for ch in text)
