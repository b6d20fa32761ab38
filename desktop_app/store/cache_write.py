"""Writes of the library database shared by :class:`~.cache.Cache` and :class:`RefreshBatch`."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .cache_rows import _now
from .cache_schema import COLUMNS, PLACEHOLDERS, STAGE_COLUMNS


@dataclass(frozen=True, slots=True)
class ApplyCounts:
    added: int
    removed: int
    moved: int
    updated: int
    edited: int = 0  # instances already cached whose data changed (e.g. a corrected title)


def replace_folders(
    conn: sqlite3.Connection, folders: Sequence[Any], synced: set[int], when: datetime
) -> None:
    old = {r[0]: r[1] for r in conn.execute("SELECT id, synced_at FROM folders")}
    conn.execute("DELETE FROM folders")
    stamp = when.isoformat()
    conn.executemany(
        "INSERT OR REPLACE INTO folders (id, name, count, position, synced_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            (
                int(f.id),
                str(f.name),
                int(f.count),
                pos,
                stamp if int(f.id) in synced else old.get(int(f.id)),
            )
            for pos, f in enumerate(folders)
        ),
    )


#: The state key of the dropdown fields' options: ``{"1": ["Mint (M)", ...]}`` (a library
#: written before it was kept has none: its fields sort as text until they are read again).
FIELD_OPTIONS_KEY = "field_options"


def replace_note_fields(conn: sqlite3.Connection, fields: Mapping[int, str]) -> None:
    """Replace the note fields, and the options of their dropdowns (those of a
    :class:`~..core.fields.NoteFields`; none for a plain mapping)."""
    conn.execute("DELETE FROM note_fields")
    conn.executemany(
        "INSERT OR REPLACE INTO note_fields (id, name, position) VALUES (?, ?, ?)",
        ((int(fid), str(name), pos) for pos, (fid, name) in enumerate(fields.items())),
    )
    options = {str(fid): list(choices) for fid, choices in getattr(fields, "options", {}).items()}
    if options:
        conn.execute(
            "INSERT OR REPLACE INTO session (key, value) VALUES (?, ?)",
            (FIELD_OPTIONS_KEY, json.dumps(options, ensure_ascii=False)),
        )
    else:
        conn.execute("DELETE FROM session WHERE key = ?", (FIELD_OPTIONS_KEY,))


def read_field_options(raw: str | None) -> dict[int, list[str]]:
    """The options saved by :func:`replace_note_fields`; damaged or missing: none."""
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    options: dict[int, list[str]] = {}
    for key, choices in data.items():
        if str(key).lstrip("-").isdigit() and isinstance(choices, list):
            options[int(key)] = [c for c in choices if isinstance(c, str)]
    return options


def set_sync(conn: sqlite3.Connection, key: str, when: datetime) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", (key, when.isoformat())
    )


def _item_crc(item: bytes | None) -> int:
    """A checksum of a stored item (``item_crc`` in SQL): tells a row changed since it was
    read from one that is as it was."""
    return zlib.crc32(item) if item else 0


#: The checksum of a row the library did not hold.
_ABSENT = -1


class RefreshBatch:
    """Changes gathered during a refresh, applied in one transaction by :meth:`commit`.

    A staged row never replaces one written after it was read: rows this process wrote since
    the batch began (``newer``) and rows whose stored item changed since they were staged
    (compared by checksum: another process's writes, such as the CLI's "printed" marks) are
    kept as they are."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        newer: Callable[[], set[int]] | None = None,
        written: Callable[[Iterable[int]], None] | None = None,
        lock: contextlib.AbstractContextManager[Any] | None = None,
    ) -> None:
        """``conn``: the library's connection of the thread that stages (see
        :meth:`~.cache.Cache.begin_refresh`). ``newer()`` names the instances written since
        the batch began (their rows are kept as they are: the staged ones may be older);
        ``written(ids)`` is told what the commit wrote; ``lock`` is held while it commits."""
        self._conn = conn
        self._conn.create_function("item_crc", 1, _item_crc, deterministic=True)
        self._lock = lock if lock is not None else contextlib.nullcontext()
        self._newer = newer
        self._written = written
        self._conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS stage ({STAGE_COLUMNS})")
        self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS passed (folder_id INTEGER PRIMARY KEY)")
        self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS newer (id INTEGER PRIMARY KEY)")
        self._conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS base (instance_id INTEGER PRIMARY KEY, crc INTEGER)"
        )
        self._clear()
        self._open = True
        self.kept_newer = 0  # staged rows left out at the commit: the library's were newer

    def _clear(self) -> None:
        self._conn.execute("DELETE FROM temp.stage")
        self._conn.execute("DELETE FROM temp.passed")
        self._conn.execute("DELETE FROM temp.newer")
        self._conn.execute("DELETE FROM temp.base")

    def stage(self, rows: Sequence[tuple[Any, ...]]) -> None:
        # what the library held when this copy was read (the first time, if staged twice)
        self._conn.executemany(
            "INSERT OR IGNORE INTO temp.base (instance_id, crc) VALUES (?, COALESCE("
            f"(SELECT item_crc(item) FROM main.instances WHERE instance_id = ?), {_ABSENT}))",
            ((row[0], row[0]) for row in rows),
        )
        self._conn.executemany(
            f"INSERT OR REPLACE INTO temp.stage ({COLUMNS}) VALUES ({PLACEHOLDERS})", rows
        )

    def mark_passed(self, folder_id: int) -> None:
        """Every instance of ``folder_id`` (0 = the whole collection) has been staged."""
        self._conn.execute("INSERT OR IGNORE INTO temp.passed VALUES (?)", (folder_id,))

    def vanished(self) -> list[tuple[int, int]]:
        """(instance id, release id) of cached instances of the passed folders that no staged
        row holds: each was removed, or moved to a folder that was not read."""
        rows = self._conn.execute(
            "SELECT instance_id, release_id FROM main.instances"
            " WHERE folder_id IN (SELECT folder_id FROM temp.passed)"
            " AND instance_id NOT IN (SELECT instance_id FROM temp.stage)"
            " ORDER BY instance_id"
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    def counts(self) -> dict[int, int]:
        """Instances per folder as they will be once the staged rows are applied (before any
        deletions)."""
        rows = self._conn.execute(
            "SELECT folder_id, COUNT(*) FROM ("
            " SELECT folder_id FROM temp.stage"
            " UNION ALL"
            " SELECT folder_id FROM main.instances"
            "  WHERE instance_id NOT IN (SELECT instance_id FROM temp.stage)"
            ") GROUP BY folder_id"
        )
        return {int(r[0]): int(r[1]) for r in rows}

    def commit(
        self,
        *,
        folders: Sequence[Any] | None,
        note_fields: Mapping[int, str] | None,
        synced: Iterable[int],
        dropped: Iterable[int] = (),
        full: bool = False,
        when: datetime | None = None,
    ) -> ApplyCounts:
        """Apply: delete what passed folders (and ``dropped`` folders) no longer hold, upsert the
        staged rows (not over instances written since the batch began), replace folders and
        note fields, stamp ``synced`` folders."""
        with self._lock:
            return self._commit(folders, note_fields, synced, dropped, full, when)

    def _commit(
        self,
        folders: Sequence[Any] | None,
        note_fields: Mapping[int, str] | None,
        synced: Iterable[int],
        dropped: Iterable[int],
        full: bool,
        when: datetime | None,
    ) -> ApplyCounts:
        when = when or _now()
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        touched: list[int] = []
        try:
            newer = self._newer() if self._newer is not None else set()
            conn.executemany("INSERT OR IGNORE INTO temp.newer VALUES (?)", ((i,) for i in newer))
            for fid in dropped:
                conn.execute("INSERT OR IGNORE INTO temp.passed VALUES (?)", (fid,))
            passed_all = conn.execute("SELECT 1 FROM temp.passed WHERE folder_id = 0").fetchone()
            where = (
                "instance_id NOT IN (SELECT instance_id FROM temp.stage)"
                if passed_all
                else "folder_id IN (SELECT folder_id FROM temp.passed)"
                " AND instance_id NOT IN (SELECT instance_id FROM temp.stage)"
            ) + " AND instance_id NOT IN (SELECT id FROM temp.newer)"
            touched = [
                r[0] for r in conn.execute(f"SELECT instance_id FROM main.instances WHERE {where}")
            ]
            touched += [r[0] for r in conn.execute("SELECT instance_id FROM temp.stage")]
            removed = conn.execute(f"DELETE FROM main.instances WHERE {where}").rowcount
            # rows written by another process since they were staged are newer: keep them
            self.kept_newer = conn.execute(
                "DELETE FROM temp.stage WHERE instance_id IN ("
                " SELECT b.instance_id FROM temp.base b WHERE b.crc <> COALESCE("
                "  (SELECT item_crc(m.item) FROM main.instances m"
                f"   WHERE m.instance_id = b.instance_id), {_ABSENT}))"
            ).rowcount
            moved, updated = conn.execute(
                "SELECT COALESCE(SUM(s.folder_id <> m.folder_id), 0), COUNT(*)"
                " FROM temp.stage s JOIN main.instances m USING (instance_id)"
            ).fetchone()
            edited = conn.execute(
                "SELECT COUNT(*) FROM temp.stage s JOIN main.instances m USING (instance_id)"
                " WHERE s.folder_id = m.folder_id AND s.item IS NOT m.item"
            ).fetchone()[0]
            staged = conn.execute("SELECT COUNT(*) FROM temp.stage").fetchone()[0]
            conn.execute(
                f"INSERT OR REPLACE INTO main.instances ({COLUMNS})"
                f" SELECT {COLUMNS} FROM temp.stage"
                " WHERE instance_id NOT IN (SELECT id FROM temp.newer)"
            )
            if folders is not None:
                replace_folders(conn, folders, set(synced), when)
            if note_fields is not None:
                replace_note_fields(conn, note_fields)
            set_sync(conn, "refresh", when)
            set_sync(conn, "full" if full else "incremental", when)
            self._clear()
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        finally:
            self._open = False
        if self._written is not None:
            self._written(touched)
        return ApplyCounts(
            added=staged - updated,
            removed=max(0, removed),
            moved=int(moved),
            updated=updated,
            edited=int(edited),
        )

    def discard(self) -> None:
        """Forget the staged changes; the cache stays as it was."""
        if self._open:
            with contextlib.suppress(sqlite3.Error):
                self._clear()
            self._open = False
