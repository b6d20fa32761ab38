"""Fingerprints of what was printed, the export history that keeps them, the "printed" mark."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from desktop_app.core.printed import (
    changed_ids,
    is_printed_value,
    printed_day,
    printed_value,
    row_fingerprint,
)
from desktop_app.core.qrfactory import COLUMN_INDEX, build_rows
from desktop_app.core.release import Instance
from desktop_app.services.history import changed_since_export
from desktop_app.store.history import ExportHistory
from tests.fakes.dataset import make_item

T0 = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)


def instances(titles: list[str]) -> list[Instance]:
    return [
        Instance.from_item(make_item(100 + n, 500 + n, 1, title=t)) for n, t in enumerate(titles)
    ]


def test_fingerprint_depends_on_content_and_bottom_text_only() -> None:
    row = build_rows(instances(["Blue"]))[0]
    same = list(row)
    same[COLUMN_INDEX["FileName"]] = "other"
    assert row_fingerprint(row) == row_fingerprint(same) != ""
    for column in ("Content", "BottomText"):
        edited = list(row)
        edited[COLUMN_INDEX[column]] += "!"
        assert row_fingerprint(edited) != row_fingerprint(row)
    assert row_fingerprint(["too", "short"]) == ""


def test_changed_ids_ignores_missing_fingerprints() -> None:
    assert changed_ids({1: "a", 2: "b", 3: ""}, {1: "a", 2: "c", 3: "z"}) == {2}
    assert changed_ids({1: "a"}, {}) == set()  # not loaded: unchanged


def test_history_keeps_fingerprints_and_the_latest_wins(tmp_path) -> None:
    history = ExportHistory("someone", tmp_path / "h.json")
    history.record([1, 2], "a.csv", when=T0, prints=["f1", "f2"])
    history.record([2], "b.csv", when=T0.replace(day=2), prints=["g2"])
    history.record([1], "c.csv", when=T0.replace(day=3))  # e.g. written by an older version
    again = ExportHistory("someone", tmp_path / "h.json")
    assert again.fingerprints() == {2: "g2"}
    assert again.exported_ids() == {1, 2}
    history.record([3], "d.csv", when=T0.replace(day=4), prints=["x", "y"])  # wrong length
    assert 3 not in ExportHistory("someone", tmp_path / "h.json").fingerprints()


def test_an_old_history_file_without_fingerprints_loads(tmp_path) -> None:
    path = tmp_path / "old.json"
    document = {
        "format": "discogs-qr-history/1",
        "account": "someone",
        "entries": [{"when": T0.isoformat(), "path": "old.csv", "ids": [100, 101]}],
    }
    path.write_text(json.dumps(document), "utf-8")
    history = ExportHistory("someone", path)
    assert history.exported_ids() == {100, 101}
    assert history.fingerprints() == {}
    assert changed_since_export(history, instances(["A", "B"])) == set()


def test_changed_since_export_sees_a_corrected_title(tmp_path) -> None:
    before = instances(["Kind of Blu", "Giant Steps"])
    rows = build_rows(before)
    history = ExportHistory("someone", tmp_path / "h.json")
    history.record(
        [i.instance_id for i in before], "a.csv", prints=[row_fingerprint(r) for r in rows]
    )
    assert changed_since_export(history, before) == set()
    after = instances(["Kind of Blue", "Giant Steps"])
    assert changed_since_export(history, after) == {before[0].instance_id}


def test_printed_value() -> None:
    value = printed_value(date(2026, 12, 5))
    assert value == "QR 2026-12-05" and is_printed_value(value)
    assert printed_day(value) == date(2026, 12, 5)
    assert not is_printed_value("QR shelf 3") and not is_printed_value("Mint")
    assert printed_day("my note") is None
