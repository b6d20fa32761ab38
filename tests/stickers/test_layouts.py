"""Layouts as data, saved layouts through the services, and JSON layout files."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.errors import AppError
from desktop_app.services import stickers as service
from desktop_app.stickers.layouts import (
    PRESETS,
    LayoutError,
    SheetLayout,
    layout_from_json,
    layout_to_json,
)


def _custom(**changes) -> SheetLayout:
    base = dict(
        name="mine",
        title="Mine",
        page_width=210.0,
        page_height=297.0,
        rows=3,
        cols=2,
        label_width=60.0,
        label_height=40.0,
        round=False,
        h_pitch=70.0,
        v_pitch=50.0,
        top=10.0,
        left=10.0,
    )
    base.update(changes)
    return SheetLayout(**base)


def test_every_preset_is_usable_and_fits_its_page():
    assert {"L7120-25", "L7121-25", "22807", "5160"} <= set(PRESETS)
    for layout in PRESETS.values():
        assert layout.problems() == [], layout.name
    assert PRESETS["L7120-25"].per_page == 35
    assert PRESETS["5160"].per_page == 30
    assert PRESETS["22807"].round and not PRESETS["5160"].round


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"h_pitch": 50.0}, "overlap"),
        ({"left": 100.0}, "right edge"),
        ({"rows": 0}, "rows and columns"),
        ({"label_width": float("nan")}, "label width"),
        ({"page_height": 2.0}, "at least 5 mm"),
    ],
)
def test_impossible_layouts_are_explained(changes, words):
    problems = _custom(**changes).problems()
    assert problems and any(words in p for p in problems)
    with pytest.raises(LayoutError):
        _custom(**changes).checked()


def test_json_round_trip_and_bad_json():
    layout = _custom()
    assert layout_from_json(layout_to_json(layout)) == layout
    with pytest.raises(LayoutError, match="not JSON"):
        layout_from_json("{")
    data = layout.to_dict()
    data["rows"] = "three"
    with pytest.raises(LayoutError, match="rows"):
        SheetLayout.from_dict(data)
    del data["rows"]
    with pytest.raises(LayoutError, match="no “rows”"):
        SheetLayout.from_dict(data)
    with pytest.raises(LayoutError):
        SheetLayout.from_dict([1, 2])


def test_saved_layouts_are_kept_in_the_config_folder():
    assert service.saved_layouts() == {}
    saved = service.save_layout(_custom(name="Kitchen jars"))
    assert service.layouts_path().is_file()
    assert service.saved_layouts() == {"Kitchen jars": saved}
    assert service.resolve_layout("kitchen JARS") == saved
    assert list(service.all_layouts())[: len(PRESETS)] == list(PRESETS)
    assert service.delete_layout("Kitchen jars")
    assert not service.delete_layout("Kitchen jars")
    assert service.saved_layouts() == {}


def test_saving_refuses_preset_names_bad_names_and_bad_numbers():
    with pytest.raises(AppError, match="preset"):
        service.save_layout(_custom(name="5160"))
    with pytest.raises(AppError, match="name"):
        service.save_layout(_custom(name="a/b"))
    with pytest.raises(AppError, match="overlap"):
        service.save_layout(_custom(h_pitch=10.0))


def test_an_unreadable_saved_file_is_ignored_and_a_layout_file_can_be_named(tmp_path):
    service.layouts_path().parent.mkdir(parents=True, exist_ok=True)
    service.layouts_path().write_text("garbage", "utf-8")
    assert service.saved_layouts() == {}
    path = tmp_path / "sheet.json"
    path.write_text(json.dumps(_custom().to_dict()), "utf-8")
    assert service.resolve_layout(str(path)) == _custom()
    with pytest.raises(AppError, match="no layout"):
        service.resolve_layout("no-such-layout")
    bad = tmp_path / "bad.json"
    bad.write_text("[]", "utf-8")
    with pytest.raises(AppError, match="JSON object"):
        service.resolve_layout(str(bad))
