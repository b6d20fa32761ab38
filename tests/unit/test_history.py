"""Export history per account (Qt-free) and the helpers for the release table."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from desktop_app.core.release import Instance
from desktop_app.store import paths
from desktop_app.store.history import (
    FORMAT,
    ExportHistory,
    added_since,
    exported_count,
    history_path,
    not_yet_exported,
    since_last_export_range,
)

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def inst(instance_id: int, added: datetime | None = None) -> Instance:
    return Instance(instance_id, 1000 + instance_id, 1, added, f"Title {instance_id}", 2000)


def test_empty_history() -> None:
    history = ExportHistory("collector")
    assert history.entries() == []
    assert history.exported_ids() == set()
    assert history.last_export_time() is None
    assert not history.path.exists()


def test_records_survive_a_restart_in_the_data_folder(tmp_path) -> None:
    history = ExportHistory("Collector")
    first = history.record([3, 1, 2], tmp_path / "a.csv", when=T0)
    history.record([2, 5], tmp_path / "b.csv", when=T0 + timedelta(days=1))
    assert history.path == paths.data_dir() / "history-collector.json"
    assert first.instance_ids == (3, 1, 2)
    again = ExportHistory("collector")
    assert again.exported_ids() == {1, 2, 3, 5}
    assert again.last_export_time() == T0 + timedelta(days=1)
    assert [e.path for e in again.entries()] == [str(tmp_path / "a.csv"), str(tmp_path / "b.csv")]
    assert again.last_export_of(2) == T0 + timedelta(days=1)
    assert again.last_export_of(3) == T0
    assert again.last_export_of(9) is None
    assert again.is_exported(5) and not again.is_exported(4)
    document = json.loads(again.path.read_text("utf-8"))
    assert document["format"] == FORMAT
    assert [p.name for p in again.path.parent.iterdir()] == [again.path.name]  # no temp files


def test_entries_are_kept_in_time_order_and_naive_times_get_a_zone(tmp_path) -> None:
    history = ExportHistory("x")
    history.record([1], tmp_path / "late.csv", when=T0 + timedelta(hours=5))
    history.record([2], tmp_path / "early.csv", when=T0)
    assert [e.instance_ids for e in history.entries()] == [(2,), (1,)]
    entry = history.record([3], tmp_path / "naive.csv", when=datetime(2024, 6, 1, 8, 0))
    assert entry.when.tzinfo is not None
    assert history.record([4], tmp_path / "now.csv").when.tzinfo is not None


def test_accounts_are_kept_apart_and_names_made_safe() -> None:
    a = ExportHistory("alice")
    b = ExportHistory("bob")
    a.record([1], "a.csv", when=T0)
    assert b.exported_ids() == set()
    odd = history_path("we/ird name")
    assert odd.parent == paths.data_dir() and "/" not in odd.name[len("history-") :]
    assert history_path("we/ird name") != history_path("we_ird name")


@pytest.mark.parametrize("content", ["{not json", '{"format": "other"}', "[]"])
def test_a_damaged_file_is_moved_aside(content: str) -> None:
    path = history_path("damaged")
    path.write_text(content, "utf-8")
    history = ExportHistory("damaged")
    assert history.entries() == []
    assert path.with_name(path.name + ".bad").read_text("utf-8") == content
    history.record([7], "x.csv", when=T0)
    assert ExportHistory("damaged").exported_ids() == {7}


def test_bad_entries_are_skipped() -> None:
    path = history_path("partly")
    good = {"when": T0.isoformat(), "path": "a.csv", "ids": [1, 2]}
    path.write_text(
        json.dumps({"format": FORMAT, "entries": [good, {"when": "soon"}, 5, {"ids": [3]}]}),
        "utf-8",
    )
    assert ExportHistory("partly").exported_ids() == {1, 2}


def test_a_failed_write_changes_nothing(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    history = ExportHistory("x", path=blocker / "history.json")
    with pytest.raises(OSError):
        history.record([1], "a.csv", when=T0)
    assert history.entries() == [] and history.exported_ids() == set()


def test_clear() -> None:
    history = ExportHistory("c")
    history.record([1], "a.csv", when=T0)
    history.clear()
    assert history.exported_ids() == set() and not history.path.exists()
    assert ExportHistory("c").entries() == []


def test_helpers_for_the_release_table() -> None:
    items = [inst(1, T0 - timedelta(days=2)), inst(2, T0 + timedelta(minutes=1)), inst(3), inst(4)]
    assert [i.instance_id for i in not_yet_exported(items, {1, 3})] == [2, 4]
    assert [i.instance_id for i in added_since(items, T0)] == [2]
    assert len(added_since(items, None)) == 4
    assert exported_count([1, 2, 3], {2, 3, 9}) == 2
    today = date(2024, 5, 10)
    assert since_last_export_range(None, today) == (None, None)
    tokyo = timezone(timedelta(hours=9))
    late = datetime(2024, 5, 1, 20, 0, tzinfo=UTC)  # already 2 May in Tokyo
    assert since_last_export_range(late, today, tokyo) == (date(2024, 5, 2), today)
    assert since_last_export_range(late, today, UTC) == (date(2024, 5, 1), today)
