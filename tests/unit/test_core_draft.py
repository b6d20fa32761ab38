"""The saved-draft format (``core.draft``): Qt-free, round trip, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

from desktop_app.core.draft import (
    DRAFT_VERSION,
    DraftRow,
    draft_document,
    draft_info,
    draft_names,
    draft_options,
    draft_requested,
    draft_rows,
)
from desktop_app.core.qrfactory import COLUMNS, DEFAULTS, ExportOptions


def cells(text: str) -> list[str]:
    return [f"{text}{i}" for i in range(len(COLUMNS))]


def test_round_trip_through_json() -> None:
    moment = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    options = ExportOptions(use_anv=True).with_values(BottomText="{title}")
    rows = [DraftRow(11, cells("a"), cells("t"), {0, 3}), DraftRow(11, cells("b"), None, set())]
    document = draft_document(
        rows,
        options,
        folder_names={5: "Rock & Pop"},
        note_fields={3: "Media"},
        edited_at=moment,
        folder_label="Rock & Pop",
        requested=[11, 12],
    )
    back = json.loads(json.dumps(document))
    info = draft_info(back)
    assert info is not None
    assert (info.rows, info.edited_at, info.instance_ids, info.folder_label) == (
        2,
        moment,
        [11, 11],
        "Rock & Pop",
    )
    read, bad = draft_rows(back)
    assert bad == 0
    assert read[0] == DraftRow(11, cells("a"), cells("t"), {0, 3})
    assert read[1].template == cells("b")  # a row without a template keeps its cells as one
    assert draft_options(back).value("BottomText") == "{title}" and draft_options(back).use_anv
    assert draft_names(back, "folder_names") == {5: "Rock & Pop"}
    assert draft_names(back, "note_fields") == {3: "Media"}
    assert draft_requested(back) == {11, 12}
    assert back["version"] == DRAFT_VERSION


def test_bad_shapes_and_values() -> None:
    assert draft_info(None) is None
    assert draft_info([1, 2]) is None
    assert draft_info({"version": 99, "rows": []}) is None
    assert draft_info({"version": DRAFT_VERSION, "columns": ["x"], "rows": []}) is None
    assert draft_info({"version": DRAFT_VERSION, "rows": "no"}) is None
    draft = {
        "version": DRAFT_VERSION,
        "edited_at": "not a time",
        "rows": [
            {"instance_id": 1, "cells": cells("a"), "edited": [0, 99, "x"]},
            {"instance_id": "2", "cells": cells("b")},
            {"instance_id": 3, "cells": ["short"]},
            "junk",
        ],
        "options": {"values": {"BottomText": 5, "Nope": "x"}, "use_anv": "yes"},
        "folder_names": {"x": "bad key", "7": 8, "9": "ok"},
        "requested": "all",
    }
    info = draft_info(draft)
    assert info is not None and info.edited_at is None and info.instance_ids == [1, 3]
    rows, bad = draft_rows(draft)
    assert bad == 3 and rows[0].edited == {0} and rows[0].template is None
    options = draft_options(draft)
    assert options.value("BottomText") == DEFAULTS["BottomText"] and options.use_anv is False
    assert draft_names(draft, "folder_names") == {9: "ok"}
    assert draft_requested(draft) is None


def test_the_format_needs_no_qt() -> None:
    code = "import sys, desktop_app.core.draft; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
