"""Preview drafts in the model and the panel: round trip, unsaved state, bad input."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core.draft import DRAFT_VERSION, draft_info
from desktop_app.core.qrfactory import COLUMN_INDEX, COLUMNS, ExportOptions
from desktop_app.gui.preview.model import PreviewModel
from desktop_app.gui.preview.panel import PreviewPanel
from desktop_app.services.settings import Settings
from desktop_app.services.source import DemoSource

FN = COLUMN_INDEX["FileName"]
BT = COLUMN_INDEX["BottomText"]


@pytest.fixture(scope="module")
def demo() -> tuple[list, dict[int, str], dict[int, str]]:
    source = DemoSource()
    instances = [i for page in source.iter_pages(0) for i in page.instances]
    names = {f.id: f.name for f in source.folders()}
    return instances, names, source.note_fields()


@pytest.fixture
def by_id(demo) -> dict[int, Any]:
    return {i.instance_id: i for i in demo[0]}


@pytest.fixture
def model(qapp, demo) -> PreviewModel:
    instances, names, notes = demo
    m = PreviewModel()
    m.set_instances(instances[:10], folder_names=names, note_fields=notes, tz=UTC)
    return m


@pytest.fixture
def fresh(qapp, qtlog) -> Iterator[PreviewModel]:
    """An empty model with Qt's model tester attached; any complaint fails the test."""
    m = PreviewModel()
    tester = QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning)
    yield m
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert not failures, failures
    del tester


def snapshot(model: PreviewModel) -> tuple[list[list[str]], list[int], list[set[int]]]:
    edited = [set(model.row_object(r).edited) for r in range(model.rowCount())]
    return model.rows(), model.instance_ids(), edited


def templates(model: PreviewModel) -> list[list[str]]:
    return [list(model.row_object(r).template) for r in range(model.rowCount())]


def work_on(model: PreviewModel) -> None:
    """An edit, a move, a delete and a copy: the kinds of change a draft must keep."""
    model.edit_cell(0, "BottomText", "My own\ncaption")
    model.edit_cell(3, "FileName", "custom_name")
    model.move_rows([5], 1)
    model.delete_rows([2])
    model.duplicate_rows([0])


def test_draft_round_trip_keeps_rows_order_copies_and_marks(model, fresh, by_id) -> None:
    options = ExportOptions(use_anv=True, unknown_year="n.d.").with_values(FileName="{catno}")
    model.rebuild(options, keep_edits=False)
    work_on(model)
    assert model.is_modified()
    draft = json.loads(json.dumps(model.draft()))  # what the cache stores
    assert draft["version"] == DRAFT_VERSION
    assert len(draft["rows"]) == model.rowCount() == 10
    ids = model.instance_ids()
    assert ids[0] == ids[1]  # the copy is in the draft too
    assert fresh.load_draft(draft, by_id, tz=UTC) == 10
    assert snapshot(fresh) == snapshot(model)
    assert templates(fresh) == templates(model)
    assert fresh.options == model.options
    assert fresh.folder_names == model.folder_names
    assert fresh.note_fields == model.note_fields
    assert fresh.is_modified()  # restored rows are not saved anywhere
    assert not fresh.undo_stack.canUndo()
    # The restored rows work like any others.
    fresh.edit_cell(4, "FileName", "later")
    fresh.undo_stack.undo()
    assert snapshot(fresh) == snapshot(model)
    fresh.mark_saved()
    assert not fresh.is_modified()


def test_edited_at_survives_the_round_trip(model, fresh, by_id) -> None:
    assert model.changed_at is None
    model.edit_cell(0, "FileName", "x")
    when = model.changed_at
    assert when is not None and when.tzinfo is not None
    draft = json.loads(json.dumps(model.draft()))
    info = draft_info(draft)
    assert info is not None and info.edited_at == when and info.rows == 10
    fresh.load_draft(draft, by_id)
    assert fresh.changed_at == when


def test_unsaved_state_follows_the_undo_stack(model) -> None:
    assert not model.is_modified()
    model.edit_cell(0, "FileName", "x")
    assert model.is_modified()
    model.undo_stack.undo()
    assert not model.is_modified()  # back to the rows as built
    model.move_rows([0], 3)
    model.mark_saved()
    assert not model.is_modified()
    model.undo_stack.undo()
    assert model.is_modified()  # the saved file has the moved order
    model.undo_stack.redo()
    assert not model.is_modified()
    model.set_instances(model.instances()[:2])
    assert not model.is_modified()


def test_rows_of_gone_instances_are_left_out(model, fresh, by_id, caplog) -> None:
    work_on(model)
    draft = model.draft()
    gone = model.instance_ids()[4]
    known = {k: v for k, v in by_id.items() if k != gone}
    with caplog.at_level(logging.WARNING):
        restored = fresh.load_draft(draft, known)
    assert restored == 9
    assert gone not in fresh.instance_ids()
    kept = [i for i, iid in enumerate(model.instance_ids()) if iid != gone]
    assert fresh.rows() == [model.rows()[i] for i in kept]
    assert "no longer known" in caplog.text


def test_missing_template_is_built_again(model, fresh, by_id) -> None:
    model.edit_cell(1, "BottomText", "mine")
    draft = model.draft()
    for row in draft["rows"]:
        del row["template"]
    assert fresh.load_draft(draft, by_id, folder_names=model.folder_names) == 10
    assert templates(fresh) == templates(model)
    assert snapshot(fresh) == snapshot(model)


def _rows_with(**change: Any) -> dict[str, Any]:
    row = {"instance_id": 0, "cells": [""] * len(COLUMNS), "edited": []}
    row.update(change)
    return row


BAD_DRAFTS = {
    "none": None,
    "text": "not a draft",
    "list": [1, 2, 3],
    "number": 42,
    "empty object": {},
    "other version": {"version": 99, "rows": []},
    "rows not a list": {"version": DRAFT_VERSION, "rows": {"a": 1}},
    "other columns": {"version": DRAFT_VERSION, "columns": ["A", "B"], "rows": []},
    "no rows": {"version": DRAFT_VERSION, "rows": []},
    "bad rows": {
        "version": DRAFT_VERSION,
        "rows": [
            None,
            "row",
            {"instance_id": "1", "cells": [""] * len(COLUMNS)},
            {"instance_id": True, "cells": [""] * len(COLUMNS)},
            {"instance_id": 1, "cells": ["too", "short"]},
            {"instance_id": 1, "cells": [1] * len(COLUMNS)},
            {"instance_id": 1},
        ],
        "options": "nonsense",
        "edited_at": 12,
    },
}


@pytest.mark.parametrize("name", list(BAD_DRAFTS))
def test_malformed_drafts_change_nothing(model, by_id, name) -> None:
    before = snapshot(model)
    assert model.load_draft(BAD_DRAFTS[name], by_id) == 0
    assert snapshot(model) == before
    assert not model.is_modified()


def test_odd_values_inside_a_usable_draft_fall_back_to_defaults(model, fresh, by_id) -> None:
    draft = model.draft()
    iid = model.instance_ids()[0]
    draft["options"] = {"values": {"BottomText": 5, "Nope": "x"}, "use_anv": "yes"}
    draft["folder_names"] = {"x": "y", "3": 4}
    draft["edited_at"] = "yesterday"
    draft["rows"] = [
        _rows_with(instance_id=iid, edited=[0, -1, 99, "2", 1]),
        {"instance_id": iid, "cells": [""] * len(COLUMNS), "template": ["short"]},
    ]
    assert fresh.load_draft(draft, by_id) == 2
    assert fresh.options == ExportOptions()
    assert fresh.row_object(0).edited == {0, 1}
    assert fresh.folder_names == {}  # the draft's were unusable and none were given
    rebuilt = fresh.row_object(1).template  # not the draft's broken one: built again
    content = COLUMN_INDEX["Content"]
    assert len(rebuilt) == len(COLUMNS)
    assert rebuilt[content] == model.row_object(0).template[content]
    assert fresh.changed_at is not None
    assert draft_info(draft).edited_at is None


# ---- the panel ---------------------------------------------------------------------------
def make_panel(qtbot, demo, folder: str = "Jazz & Co") -> PreviewPanel:
    panel = PreviewPanel(settings=Settings(), tz=UTC)
    qtbot.addWidget(panel)
    instances, _names, notes = demo
    panel.update_instances(instances[:8], {i.folder_id: folder for i in instances}, notes)
    return panel


def test_panel_draft_only_with_unsaved_rows(qtbot, demo, tmp_path, by_id) -> None:
    panel = make_panel(qtbot, demo)
    assert panel.draft() is None
    panel.model.edit_cell(0, "FileName", "edited")
    draft = panel.draft()
    expected = panel.rows()
    assert draft is not None and draft["folder_label"] == "Jazz & Co"
    panel._ask_save_path = lambda _default: str(tmp_path / "a.csv")  # type: ignore[method-assign]
    assert panel.save() is not None
    assert not panel.has_unsaved_changes() and panel.draft() is None
    panel.model.delete_rows(range(panel.model.rowCount()))
    assert panel.has_unsaved_changes() and panel.draft() is None  # nothing left to keep

    other = make_panel(qtbot, demo, "Something else")
    assert other.folder_label == "Something else"
    assert other.load_draft(draft, by_id) == 8
    assert other.folder_label == "Jazz & Co"
    assert other.rows() == expected
    assert other.model.cell(0, "FileName") == "edited"
    assert other.model.is_edited(0, FN)
    assert other.has_unsaved_changes()
    assert "Jazz & Co" in other.header.title.text()
    assert other.default_save_path().name.startswith("discogs-qr-jazz-co-")
    assert other.load_draft({"version": 7}, by_id) == 0
    assert other.model.cell(0, "FileName") == "edited"


def test_saved_time_is_a_real_moment(model) -> None:
    model.edit_cell(0, "FileName", "x")
    assert abs((datetime.now(UTC) - model.changed_at).total_seconds()) < 60
