"""Export history per account (Qt-free) and the helpers for the release table."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.core.release import Instance
from desktop_app.store import history as history_module
from desktop_app.store import paths
from desktop_app.store.history import (
    FORMAT,
    ExportHistory,
    added_since,
    exported_count,
    history_path,
    legacy_history_path,
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
    assert history.export_count() == 0 and not history.has_fingerprints()


def test_records_survive_a_restart_in_the_data_folder(tmp_path) -> None:
    history = ExportHistory("Collector")
    first = history.record([3, 1, 2], tmp_path / "a.csv", when=T0)
    history.record([2, 5], tmp_path / "b.csv", when=T0 + timedelta(days=1))
    assert history.path == paths.data_dir() / "history-collector.sqlite3"
    assert first.instance_ids == (3, 1, 2)
    again = ExportHistory("collector")
    assert again.exported_ids() == {1, 2, 3, 5}
    assert again.last_export_time() == T0 + timedelta(days=1)
    assert [e.path for e in again.entries()] == [str(tmp_path / "a.csv"), str(tmp_path / "b.csv")]
    assert again.last_export_of(2) == T0 + timedelta(days=1)
    assert again.last_export_of(3) == T0
    assert again.last_export_of(9) is None
    assert again.is_exported(5) and not again.is_exported(4)
    assert [e.kind for e in again.entries()] == ["csv", "csv"]
    assert not legacy_history_path("collector").exists()


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
def test_a_damaged_older_file_is_moved_aside(content: str) -> None:
    path = legacy_history_path("damaged")
    path.write_text(content, "utf-8")
    history = ExportHistory("damaged")
    assert history.entries() == []
    assert path.with_name(path.name + ".bad").read_text("utf-8") == content
    history.record([7], "x.csv", when=T0)
    assert ExportHistory("damaged").exported_ids() == {7}


def test_bad_entries_of_an_older_file_are_skipped() -> None:
    path = legacy_history_path("partly")
    good = {"when": T0.isoformat(), "path": "a.csv", "ids": [1, 2]}
    path.write_text(
        json.dumps({"format": FORMAT, "entries": [good, {"when": "soon"}, 5, {"ids": [3]}]}),
        "utf-8",
    )
    assert ExportHistory("partly").exported_ids() == {1, 2}


def test_a_failed_write_changes_nothing(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    history = ExportHistory("x", path=blocker / "history.sqlite3")
    with pytest.raises(OSError):
        history.record([1], "a.csv", when=T0)
    assert history.entries() == [] and history.exported_ids() == set()
    assert history.last_export_time() is None and history.fingerprints() == {}


def test_clear() -> None:
    history = ExportHistory("c")
    history.record([1], "a.csv", when=T0)
    other = ExportHistory("c")
    assert other.exported_ids() == {1}
    history.clear()
    assert history.exported_ids() == set() and other.exported_ids() == set()
    assert ExportHistory("c").entries() == [] and other.last_export_time() is None


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


# ---- one database, transactions, older files ------------------------------------------------
def _old_file(account: str, entries: list[dict]) -> Path:
    path = legacy_history_path(account)
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"format": FORMAT, "account": account, "entries": entries}
    path.write_text(json.dumps(document, indent=1), "utf-8")
    return path


def test_an_older_json_history_is_imported_once_then_set_aside() -> None:
    old = _old_file(
        "collector",
        [
            {"when": (T0 + timedelta(days=1)).isoformat(), "path": "b.csv", "ids": [2, 3],
             "prints": ["p2", "p3"]},
            {"when": "2024-04-01T08:00:00", "path": "naive.csv", "ids": [1, 2]},  # no zone
            {"when": "soon"},  # unusable: left out
        ],
    )  # fmt: skip
    history = ExportHistory("collector")
    assert [e.path for e in history.entries()] == ["naive.csv", "b.csv"]
    assert history.entries()[0].when == datetime(2024, 4, 1, 8, 0, tzinfo=UTC)
    assert history.fingerprints() == {2: "p2", 3: "p3"}
    assert history.exported_ids() == {1, 2, 3}
    assert not old.exists() and old.with_name(old.name + ".imported").exists()
    history.record([4], "c.csv", when=T0 + timedelta(days=2))
    # the same older file put back (e.g. by an older copy of the app) adds nothing twice
    old.with_name(old.name + ".imported").replace(old)
    again = ExportHistory("collector")
    assert [e.path for e in again.entries()] == ["naive.csv", "b.csv", "c.csv"]
    assert not old.exists()


def test_two_histories_opening_an_older_file_at_once_import_it_once() -> None:
    entries = [{"when": (T0 + timedelta(minutes=n)).isoformat(), "path": f"{n}.csv",
                "ids": list(range(n * 10, n * 10 + 10))} for n in range(30)]  # fmt: skip
    _old_file("both", entries)
    histories = [ExportHistory("both") for _ in range(4)]
    counts: list[int] = []
    threads = [
        threading.Thread(target=lambda h=h: counts.append(h.export_count())) for h in histories
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counts and all(c == 30 for c in counts)
    assert len(ExportHistory("both").entries()) == 30


def test_writers_that_do_not_see_each_other_all_keep_their_exports() -> None:
    """Several writers, each made before any of the others wrote (as the window and CLI runs
    are): no export replaces another."""
    ExportHistory("shared").record([99_999], "first.csv", when=T0)
    writers = [ExportHistory("shared") for _ in range(6)]
    for writer in writers:
        assert writer.exported_ids() == {
            99_999
        }  # each has read the history before the others write
    threads = [
        threading.Thread(
            target=lambda w=w, n=n: [
                w.record([n * 100 + k], f"{n}-{k}.csv", prints=[f"f{n}{k}"]) for k in range(5)
            ]
        )
        for n, w in enumerate(writers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert writers[0].export_count() == 31
    assert len(writers[3].exported_ids()) == 31


def test_the_latest_export_of_each_instance_wins_whatever_the_order_written() -> None:
    history = ExportHistory("order")
    history.record([1, 2], "late.csv", when=T0 + timedelta(days=2), prints=["late1", "late2"])
    history.record([1], "early.csv", when=T0, prints=["early1"])  # recorded later, made earlier
    history.record([2], "old-version.csv", when=T0 + timedelta(days=3))  # no fingerprint
    assert history.fingerprints() == {1: "late1"}
    assert history.last_export_of(1) == T0 + timedelta(days=2)
    assert history.export_times([2, 9]) == {2: T0 + timedelta(days=3)}
    assert history.fingerprints([2, 1]) == {1: "late1"} and history.has_fingerprints()
    assert history.exported_ids([1, 5]) == {1}


def test_a_damaged_database_is_moved_aside() -> None:
    path = history_path("broken")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    history = ExportHistory("broken")
    assert history.entries() == []
    history.record([7], "x.csv", when=T0)
    assert ExportHistory("broken").exported_ids() == {7}
    assert any(p.name.startswith(path.name + ".bad-") for p in path.parent.iterdir())


def test_questions_about_instances_never_read_the_whole_history(monkeypatch) -> None:
    """Only the small per-instance index is read, by key: the rows of past exports (which
    grow with every export) are never scanned for the window's and the CLI's questions."""
    history = ExportHistory("big")
    for n in range(20):
        ids = list(range(n * 50, n * 50 + 300))
        history.record(ids, f"{n}.csv", when=T0 + timedelta(hours=n), prints=[f"{n}"] * 300)
    read: set[str] = set()
    plans: list[str] = []
    connect = history_module.ExportHistory._connect

    def watched(self: ExportHistory) -> sqlite3.Connection:
        conn = connect(self)

        def authorize(action: int, table: str | None, *_rest: object) -> int:
            if action == sqlite3.SQLITE_READ and table:
                read.add(table)
            return sqlite3.SQLITE_OK

        conn.set_authorizer(authorize)
        return conn

    monkeypatch.setattr(history_module.ExportHistory, "_connect", watched)
    asked = [5, 700, 1249, 99_999]
    assert history.fingerprints(asked) == {5: "0", 700: "14", 1249: "19"}
    assert set(history.export_times(asked)) == {5, 700, 1249}
    assert history.exported_ids(asked) == {5, 700, 1249}
    assert history.is_exported(700) and history.last_export_of(5) is not None
    assert history.has_fingerprints() and history.last_export_time() is not None
    assert "exported" not in read and read <= {"latest", "exports", "sqlite_master"}
    with sqlite3.connect(history.path) as conn:
        for sql in (
            "SELECT instance_id, print FROM latest WHERE instance_id IN (?, ?)",
            "SELECT MAX(at) FROM exports",
        ):
            plans += [
                r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", (1, 2)[: sql.count("?")])
            ]
    assert all("SCAN" not in plan for plan in plans), plans


def test_a_database_damaged_while_in_use_is_moved_aside_at_the_next_export() -> None:
    history = ExportHistory("later")
    history.record([1], "a.csv", when=T0)
    for suffix in ("-wal", "-shm"):
        Path(f"{history.path}{suffix}").unlink(missing_ok=True)
    history.path.write_bytes(b"garbage" * 2000)
    assert history.exported_ids() == set()  # unreadable: answers empty, never raises
    history.record([2], "b.csv", when=T0)
    assert history.exported_ids() == {2} and ExportHistory("later").exported_ids() == {2}


def test_many_ids_at_once_read_the_index_in_one_pass() -> None:
    history = ExportHistory("many")
    history.record(range(0, 12_000, 2), "even.csv", when=T0, prints=["e"] * 6_000)
    asked = range(0, 12_000, 3)
    assert history.exported_ids(asked) == {i for i in asked if i % 2 == 0}
    assert set(history.fingerprints(asked)) == {i for i in asked if i % 2 == 0}


@pytest.mark.parametrize(
    "entries",
    [
        5,
        {"when": "x"},
        [{"when": T0.isoformat(), "ids": [2**70]}],
        [{"when": "0001-01-01T00:00:00+05:00", "ids": [3]}],
        [{"when": T0.isoformat(), "ids": [{"id": 4}]}],
    ],
)
def test_hostile_entries_of_an_older_file_are_left_out(entries) -> None:
    path = legacy_history_path("hostile")
    good = {"when": T0.isoformat(), "path": "ok.csv", "ids": [9]}
    listed = [good, *entries] if isinstance(entries, list) else entries
    path.write_text(json.dumps({"format": FORMAT, "entries": listed}), "utf-8")
    history = ExportHistory("hostile")
    expected = {9} if isinstance(entries, list) else set()
    assert history.exported_ids() == expected
    assert set(history.export_times()) == expected
    history.record([10], "new.csv", when=T0)
    assert history.exported_ids() == expected | {10}
    with pytest.raises(OSError):
        history.record([2**64], "bad.csv")
