"""The library database's tables: migrations, the expected shape, damage detection."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# SQLite primary result codes meaning "this file is not a usable database".
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26

COLUMNS = (
    "instance_id, release_id, folder_id, date_added, added, title, year, artist, label, catno,"
    " format, rating, thumb, master_id, artists_j, labels_j, formats_j, notes_j, genres_j,"
    " styles_j, item"
)
PLACEHOLDERS = ", ".join("?" * len(COLUMNS.split(",")))
INSTANCE_COLUMNS = """
    instance_id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL,
    folder_id INTEGER NOT NULL,
    date_added TEXT,
    added INTEGER,
    title TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    year INTEGER,
    artist TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    label TEXT NOT NULL DEFAULT '',
    catno TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    rating INTEGER NOT NULL DEFAULT 0,
    thumb TEXT NOT NULL DEFAULT '',
    master_id INTEGER NOT NULL DEFAULT 0,
    artists_j TEXT NOT NULL DEFAULT '[]',
    labels_j TEXT NOT NULL DEFAULT '[]',
    formats_j TEXT NOT NULL DEFAULT '[]',
    notes_j TEXT NOT NULL DEFAULT '[]',
    genres_j TEXT NOT NULL DEFAULT '[]',
    styles_j TEXT NOT NULL DEFAULT '[]',
    item BLOB
"""
STAGE_COLUMNS = INSTANCE_COLUMNS.replace(" COLLATE NOCASE", "")


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run ``;``-separated statements inside the caller's transaction (``executescript`` would
    commit it)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _migrate_v1(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        f"""
        CREATE TABLE folders (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            synced_at TEXT
        );
        CREATE TABLE instances ({INSTANCE_COLUMNS});
        CREATE INDEX instances_folder_added ON instances(folder_id, added, instance_id);
        CREATE INDEX instances_added ON instances(added);
        CREATE INDEX instances_artist ON instances(artist);
        CREATE INDEX instances_title ON instances(title);
        CREATE INDEX instances_year ON instances(year);
        CREATE TABLE note_fields (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE session (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
    )


#: ``MIGRATIONS[n]`` upgrades a database from ``user_version`` n to n + 1. Append, never edit.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_v1]
SCHEMA_VERSION = len(MIGRATIONS)


def is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


_expected: dict[str, list[str]] | None = None


def _tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Table name → column names, of the main database."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: [r[1] for r in conn.execute(f"PRAGMA main.table_info({_quoted(name)})")]
        for name in names
    }


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def expected_tables() -> dict[str, list[str]]:
    """The tables and columns a database at :data:`SCHEMA_VERSION` has (worked out once)."""
    global _expected
    if _expected is None:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            for migrate in MIGRATIONS:
                migrate(conn)
            _expected = _tables(conn)
        finally:
            conn.close()
    return _expected


def schema_problem(conn: sqlite3.Connection, *, empty_ok: bool = True) -> str | None:
    """What is wrong with the tables of ``conn`` for this version, or None when all is right.

    Every expected table must exist with exactly its columns (extra tables are ignored). With
    ``empty_ok=False`` a database with any table at all is reported as ``"not empty"``.
    """
    found = _tables(conn)
    if not empty_ok:
        return "not empty" if found else None
    for table, columns in expected_tables().items():
        have = found.get(table)
        if have is None:
            return f"no table {table}"
        if have != columns:
            return f"table {table} has columns {', '.join(have)}"
    return None
