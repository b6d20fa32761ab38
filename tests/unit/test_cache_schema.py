"""A library file whose tables do not match its version number is moved aside, not used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.services.source import Folder
from desktop_app.store import cache as cache_mod
from desktop_app.store.cache import MISMATCH_MESSAGE, SCHEMA_VERSION, Cache
from desktop_app.store.cache_schema import expected_tables, schema_problem


def make_db(path: Path, script: str, version: int = SCHEMA_VERSION) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def full_schema_without(table: str) -> str:
    conn = sqlite3.connect(":memory:")
    for migrate in cache_mod.MIGRATIONS:
        migrate(conn)
    rows = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name <> ?", (table,)
    ).fetchall()
    return ";\n".join(r[0] for r in rows) + ";"


def moved_aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.corrupt-*"))


def assert_usable(cache: Cache) -> None:
    cache.set_folders([Folder(1, "Uncategorized", 0)])
    assert [f.name for f in cache.folders()] == ["Uncategorized"]
    assert cache.instances(0) == []


@pytest.mark.parametrize("missing", ["folders", "instances", "note_fields", "session"])
def test_right_version_missing_table_is_moved_aside(tmp_path: Path, missing: str) -> None:
    path = tmp_path / "library-u.sqlite3"
    make_db(path, full_schema_without(missing))
    cache = Cache(path)
    notice = cache.take_notice()
    assert notice is not None and notice.kind == "mismatch"
    assert notice.message == MISMATCH_MESSAGE
    assert notice.moved_to is not None and notice.moved_to.exists()
    assert len(moved_aside(path)) == 1
    assert schema_problem(sqlite3.connect(path)) is None
    assert_usable(cache)


def assert_moved_aside_as_mismatch(path: Path) -> None:
    cache = Cache(path)
    notice = cache.take_notice()
    assert notice is not None and notice.kind == "mismatch"
    assert_usable(cache)


def test_right_version_missing_column_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "library-u.sqlite3"
    script = full_schema_without("folders") + (
        "CREATE TABLE folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
    )
    make_db(path, script)
    assert_moved_aside_as_mismatch(path)


def test_unversioned_file_with_foreign_tables_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "library-u.sqlite3"
    make_db(path, "CREATE TABLE folders (x TEXT);", version=0)
    assert_moved_aside_as_mismatch(path)


def test_a_good_library_is_kept_and_reopened_without_notice(tmp_path: Path) -> None:
    path = tmp_path / "library-u.sqlite3"
    first = Cache(path)
    first.set_folders([Folder(5, "Jazz", 3)])
    first.close()
    again = Cache(path)
    assert again.take_notice() is None
    assert [f.id for f in again.folders()] == [5]
    assert moved_aside(path) == []


def test_only_the_newest_mismatched_copies_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "library-u.sqlite3"
    for _ in range(cache_mod.KEEP_CORRUPT + 3):
        path.unlink(missing_ok=True)
        make_db(path, "CREATE TABLE session (key TEXT PRIMARY KEY, value TEXT NOT NULL);")
        Cache(path).close()
    assert len(moved_aside(path)) == cache_mod.KEEP_CORRUPT


def test_expected_tables_are_the_migrations_result() -> None:
    tables = expected_tables()
    assert {"folders", "instances", "note_fields", "sync_state", "session"} <= set(tables)
    assert "synced_at" in tables["folders"]
