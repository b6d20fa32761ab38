"""The local library: one SQLite database per signed-in account (folders, instances, sync state).

Each thread gets its own connection (WAL mode lets the GUI read while a worker writes). Instances
are stored as the columns :class:`~desktop_app.core.release.Instance` needs, so a folder opens
without parsing the API JSON; the raw item is kept compressed and parsed only when asked for
(:meth:`Cache.raw_item`).

A damaged database, or one written by a newer version of the app, is moved aside and a fresh one
is created: the library can always be fetched again, so opening it never fails for that reason.
"""

from __future__ import annotations

import contextlib
import json
import logging
import operator
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..core.errors import AppError, ErrorKind
from ..core.fields import NoteFields
from ..core.gc_pause import no_gc as _no_gc
from ..core.i18n import Errors, Message
from ..core.release import Instance
from .cache_files import (
    API_URL_ENV,
    DAMAGED_MESSAGE,
    DEFAULT_API_HOST,
    DEMO_KEY,
    FILE_PREFIX,
    FILE_SUFFIX,
    KEEP_CORRUPT,
    MISMATCH_MESSAGE,
    NEWER_MESSAGE,
    account_key,
    cache_path,
    corrupt_files,
    db_files,
    move_aside,
    safe_key,
)
from .cache_rows import (
    _NO_DATE,
    _READ_COLUMNS,
    _READ_COUNT,
    _decode_rows,
    _dumps,
    _now,
    _time,
    _unpack_item,
    instance_row,
    rows_from_items,
)
from .cache_schema import (
    COLUMNS,
    MIGRATIONS,
    PLACEHOLDERS,
    SCHEMA_VERSION,
    is_damage,
    schema_problem,
)
from .cache_write import (
    FIELD_OPTIONS_KEY,
    ApplyCounts,
    RefreshBatch,
    read_field_options,
    replace_folders,
    replace_note_fields,
    set_sync,
)

# re-exported: callers import these from here
__all__ = ["API_URL_ENV", "DEFAULT_API_HOST", "FILE_PREFIX", "FILE_SUFFIX", "ApplyCounts"]
__all__ += ["MISMATCH_MESSAGE", "account_key", "instance_row", "rows_from_items", "safe_key"]

log = logging.getLogger(__name__)


_MESSAGES = {"newer": NEWER_MESSAGE, "mismatch": MISMATCH_MESSAGE}


@dataclass(frozen=True, slots=True)
class CachedFolder:
    id: int
    name: str
    count: int  # the count Discogs gave at the last sync
    synced_at: datetime | None  # when this folder's content was last known complete; None: never


@dataclass(frozen=True, slots=True)
class CacheNotice:
    """Something the UI should tell the user once (e.g. the cache was moved aside)."""

    kind: str  # "damaged", "newer" or "mismatch"
    message: Message  # str() is the English sentence
    moved_to: Path | None = None


class _Reset(Exception):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class Cache:
    """One account's local library. Safe to use from several threads (one connection each)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._local = threading.local()
        self._connections: list[tuple[threading.Thread, sqlite3.Connection]] = []
        self._generation = 0
        self._notice: CacheNotice | None = None
        # Which instances were written when, in this process: a sequence number per write, so
        # that rows read before a write never replace what it wrote (see merge_rows).
        self._write_seq = 0
        self._written: dict[int, int] = {}
        self._open()

    @classmethod
    def for_account(cls, username: str, *, api_url: str | None = None) -> Cache:
        """The cache of ``username`` on the API at ``api_url`` (default: ``DISCOGS_API_URL``)."""
        return cls(cache_path(account_key(username, api_url)))

    @classmethod
    def for_demo(cls) -> Cache:
        return cls(cache_path(DEMO_KEY))

    # ---- connections ----------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            self.path, timeout=10.0, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA temp_store = MEMORY")
        except sqlite3.Error:
            conn.close()
            raise
        with self._lock:
            # connections of threads that have ended (finished workers) are closed here
            alive = [(t, c) for t, c in self._connections if t.is_alive()]
            dead = [c for t, c in self._connections if not t.is_alive()]
            self._connections = [*alive, (threading.current_thread(), conn)]
        for old in dead:
            with contextlib.suppress(sqlite3.Error):
                old.close()
        return conn

    def _conn(self) -> sqlite3.Connection:
        local = self._local
        conn = getattr(local, "conn", None)
        if conn is None or getattr(local, "generation", -1) != self._generation:
            conn = self._connect()
            local.conn = conn
            local.generation = self._generation
        return conn

    def close(self) -> None:
        """Close every connection (any thread's). The cache reopens on next use."""
        with self._lock:
            self._generation += 1
            connections, self._connections = self._connections, []
        for _, conn in connections:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    # ---- opening, checking, moving aside -------------------------------------------------
    def _open(self) -> None:
        try:
            self._check_and_migrate()
            return
        except _Reset as reset:
            kind = reset.kind
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise AppError(
                    ErrorKind.IO,
                    Errors.tr("The local library could not be opened: {reason}").args(reason=exc),
                    detail=str(exc),
                ) from exc
            kind = "damaged"
        except OSError as exc:
            raise AppError(
                ErrorKind.IO,
                Errors.tr("The local library could not be opened: {reason}").args(reason=exc),
                detail=str(exc),
            ) from exc
        self._move_aside(kind)
        try:
            self._check_and_migrate()
        except (sqlite3.Error, OSError, _Reset) as exc:
            raise AppError(
                ErrorKind.IO,
                Errors.tr("The local library could not be created: {reason}").args(reason=exc),
                detail=str(exc),
            ) from exc

    def _check_and_migrate(self) -> None:
        conn = self._conn()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise _Reset("newer")
        if version > 0:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()
            if not result or result[0] != "ok":
                raise _Reset("damaged")
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        if version == SCHEMA_VERSION:
            if schema_problem(conn) is not None:
                raise _Reset("mismatch")
            return
        if version == 0 and schema_problem(conn, empty_ok=False) == "not empty":
            raise _Reset("mismatch")  # tables, but no version: not a library of ours
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            while version < SCHEMA_VERSION:
                MIGRATIONS[version](conn)
                version += 1
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _files(self) -> list[Path]:
        return db_files(self.path)

    def _corrupt_files(self) -> list[Path]:
        return corrupt_files(self.path)

    def _move_aside(self, kind: str) -> None:
        self.close()
        moved_to = move_aside(self.path, keep=KEEP_CORRUPT)
        message = _MESSAGES.get(kind, DAMAGED_MESSAGE)
        log.warning("%s (%s → %s)", message, self.path, moved_to)
        self._notice = CacheNotice(kind, message, moved_to)

    def _recover(self, exc: sqlite3.Error) -> None:
        """After a damage error at run time: move the file aside and start empty."""
        if not is_damage(exc):
            raise AppError(
                ErrorKind.IO,
                Errors.tr("The local library could not be used: {reason}").args(reason=exc),
                detail=str(exc),
            ) from exc
        self._move_aside("damaged")
        self._check_and_migrate()

    def take_notice(self) -> CacheNotice | None:
        """The pending notice for the user, once (then None)."""
        notice, self._notice = self._notice, None
        return notice

    @property
    def notice(self) -> CacheNotice | None:
        return self._notice

    def _read(self, fn: Callable[[sqlite3.Connection], Any], empty: Any) -> Any:
        """Run a read; a damaged database is moved aside and ``empty`` returned."""
        try:
            return fn(self._conn())
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
            return empty

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # ---- housekeeping ---------------------------------------------------------------------
    def size_bytes(self) -> int:
        total = 0
        for file in [*self._files(), *self._corrupt_files()]:
            with contextlib.suppress(OSError):
                total += file.stat().st_size
        return total

    def clear(self, forget: Iterable[str] = ()) -> None:
        """Forget the cached collection (instances, folders, fields, sync times) in one
        transaction, and delete damaged copies moved aside. The account's state kept beside it
        (the window's session, an unsaved preview, queued "printed" marks) stays, except the
        keys in ``forget`` (what was known about the cached data), and so does the file itself:
        another process (the CLI, a worker) that has it open goes on writing into the same
        library instead of into a deleted file. ``sync_time("cleared")`` says when: a read that
        started before then did not fill this library."""
        with self._write() as conn:
            for table in ("instances", "folders", "note_fields", "sync_state"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM session WHERE key = ?", (FIELD_OPTIONS_KEY,))
            conn.executemany("DELETE FROM session WHERE key = ?", [(k,) for k in forget])
            set_sync(conn, "cleared", datetime.now(UTC))
        try:  # give the space back; needs a moment without readers, so it may be skipped
            conn = self._conn()
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            log.info("library not compacted after clearing: %s", exc)
        for file in self._corrupt_files():
            with contextlib.suppress(FileNotFoundError):
                file.unlink()
        self._notice = None

    # ---- reads ----------------------------------------------------------------------------
    def folders(self) -> list[CachedFolder]:
        def run(conn: sqlite3.Connection) -> list[CachedFolder]:
            rows = conn.execute(
                "SELECT id, name, count, synced_at FROM folders ORDER BY position, id"
            ).fetchall()
            return [CachedFolder(r[0], r[1], r[2], _time(r[3])) for r in rows]

        return self._read(run, [])

    def note_fields(self) -> NoteFields:
        """The note fields in Discogs' order, with the options of the dropdown ones."""

        def run(conn: sqlite3.Connection) -> NoteFields:
            rows = conn.execute("SELECT id, name FROM note_fields ORDER BY position, id")
            names = {int(r[0]): str(r[1]) for r in rows}
            raw = conn.execute(
                "SELECT value FROM session WHERE key = ?", (FIELD_OPTIONS_KEY,)
            ).fetchone()
            return NoteFields(names, read_field_options(raw[0] if raw else None))

        return self._read(run, NoteFields())

    def instances(self, folder_id: int) -> list[Instance]:
        """The cached instances of a folder (0 = all), oldest addition first."""

        def run(conn: sqlite3.Connection) -> list[Instance]:
            with _no_gc():
                if folder_id != 0:
                    cursor = conn.execute(
                        f"SELECT {_READ_COLUMNS} FROM instances WHERE folder_id = ?"
                        " ORDER BY added, instance_id",
                        (folder_id,),
                    )
                    return _decode_rows(cursor)
                # the whole table: a rowid-order scan and a stable sort beat walking the index
                rows = conn.execute(
                    f"SELECT {_READ_COLUMNS}, COALESCE(added, {_NO_DATE}) FROM instances"
                    " ORDER BY instance_id"
                ).fetchall()
                rows.sort(key=operator.itemgetter(_READ_COUNT))
                return _decode_rows(rows)

        return self._read(run, [])

    def raw_item(self, instance_id: int) -> dict[str, Any] | None:
        """The API item ``instance_id`` was last stored from (parsed now), or None when the
        instance is not cached or no readable item was stored with it."""

        def run(conn: sqlite3.Connection) -> dict[str, Any] | None:
            row = conn.execute(
                "SELECT item FROM instances WHERE instance_id = ?", (instance_id,)
            ).fetchone()
            return _unpack_item(row[0]) if row else None

        return self._read(run, None)

    def instance_count(self, folder_id: int = 0) -> int:
        def run(conn: sqlite3.Connection) -> int:
            if folder_id == 0:
                return conn.execute("SELECT COUNT(*) FROM instances").fetchone()[0]
            sql = "SELECT COUNT(*) FROM instances WHERE folder_id = ?"
            return conn.execute(sql, (folder_id,)).fetchone()[0]

        return self._read(run, 0)

    def folder_counts(self) -> dict[int, int]:
        """How many instances the cache holds per folder id."""

        def run(conn: sqlite3.Connection) -> dict[int, int]:
            rows = conn.execute("SELECT folder_id, COUNT(*) FROM instances GROUP BY folder_id")
            return {int(r[0]): int(r[1]) for r in rows}

        return self._read(run, {})

    def newest_added(self) -> int | None:
        """The latest ``date_added`` (UTC seconds) among cached instances."""
        return self._read(
            lambda conn: conn.execute("SELECT MAX(added) FROM instances").fetchone()[0], None
        )

    def known_ids(self, ids: Iterable[int]) -> set[int]:
        wanted = list(ids)

        def run(conn: sqlite3.Connection) -> set[int]:
            found: set[int] = set()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT instance_id FROM instances WHERE instance_id IN ({marks})"
                found.update(r[0] for r in conn.execute(sql, chunk))
            return found

        return self._read(run, set()) if wanted else set()

    def sync_time(self, key: str) -> datetime | None:
        """A collection-wide sync time: ``"refresh"``, ``"full"`` or ``"incremental"``."""

        def run(conn: sqlite3.Connection) -> datetime | None:
            row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
            return _time(row[0]) if row else None

        return self._read(run, None)

    # ---- session state --------------------------------------------------------------------
    def get_state(self, key: str, default: Any = None) -> Any:
        """A JSON value saved with :meth:`set_state`, or ``default``."""

        def run(conn: sqlite3.Connection) -> Any:
            row = conn.execute("SELECT value FROM session WHERE key = ?", (key,)).fetchone()
            if row is None:
                return default
            try:
                return json.loads(row[0])
            except ValueError:
                return default

        return self._read(run, default)

    def set_state(self, key: str, value: Any) -> None:
        """Save a JSON-serialisable value for this account; ``None`` deletes the key."""
        with self._write() as conn:
            if value is None:
                conn.execute("DELETE FROM session WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO session (key, value) VALUES (?, ?)",
                    (key, _dumps(value)),
                )

    def update_state(self, key: str, fn: Callable[[Any], Any], default: Any = None) -> Any:
        """Read, change and save one state value in one transaction: ``fn`` gets the value as
        saved now (``default`` when there is none) and returns the new one (None deletes it).
        Another process changing the same key waits, so neither change is lost. Returns what
        ``fn`` returned."""
        with self._write() as conn:
            row = conn.execute("SELECT value FROM session WHERE key = ?", (key,)).fetchone()
            current: Any = default
            if row is not None:
                with contextlib.suppress(ValueError):
                    current = json.loads(row[0])
            value = fn(current)
            if value is None:
                conn.execute("DELETE FROM session WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO session (key, value) VALUES (?, ?)",
                    (key, _dumps(value)),
                )
        return value

    # ---- writes ---------------------------------------------------------------------------
    def set_folders(
        self,
        folders: Sequence[Any],
        *,
        synced: Iterable[int] = (),
        when: datetime | None = None,
    ) -> None:
        """Replace the folder list (objects with id, name, count); ``synced`` ids get ``when``."""
        with self._write() as conn:
            replace_folders(conn, folders, set(synced), when or _now())

    def set_note_fields(self, fields: Mapping[int, str]) -> None:
        with self._write() as conn:
            replace_note_fields(conn, fields)

    def store_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert or update instance rows (see :func:`instance_row`) in one short transaction."""
        with self._lock:
            with self._write() as conn:
                conn.executemany(
                    f"INSERT OR REPLACE INTO instances ({COLUMNS}) VALUES ({PLACEHOLDERS})", rows
                )
            self.note_written(int(r[0]) for r in rows)

    # ---- merging reads that took a while --------------------------------------------------
    def write_mark(self) -> int:
        """A mark to take before a read is sent: :meth:`merge_rows` keeps what was written to
        the library after it."""
        with self._lock:
            return self._write_seq

    def note_written(self, instance_ids: Iterable[int]) -> None:
        """These instances were just written (or deleted): rows read before now are older."""
        with self._lock:
            self._write_seq += 1
            seq = self._write_seq
            for iid in instance_ids:
                self._written[iid] = seq

    def written_since(self, mark: int) -> set[int]:
        """The instances written after ``mark`` (see :meth:`write_mark`)."""
        with self._lock:
            return {iid for iid, seq in self._written.items() if seq > mark}

    def merge_rows(
        self,
        rows: Sequence[tuple[Any, ...]],
        since: int,
        *,
        state: tuple[str, Any] | None = None,
    ) -> list[int]:
        """Store rows read after ``since`` (a :meth:`write_mark`), except those of instances
        written after it (those are newer); with ``state``, also save that session value in
        the same transaction. Returns the ids whose stored data changed (new, edited, moved)."""
        with self._lock:
            written = self._written
            fresh = [r for r in rows if written.get(int(r[0]), -1) <= since]
            ids = [int(r[0]) for r in fresh]
            with self._write() as conn:
                before: dict[int, tuple[Any, Any]] = {}
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    sql = (
                        "SELECT instance_id, folder_id, item FROM instances"
                        f" WHERE instance_id IN ({marks})"
                    )
                    before.update((r[0], (r[1], r[2])) for r in conn.execute(sql, chunk))
                conn.executemany(
                    f"INSERT OR REPLACE INTO instances ({COLUMNS}) VALUES ({PLACEHOLDERS})", fresh
                )
                if state is not None:
                    conn.execute(
                        "INSERT OR REPLACE INTO session (key, value) VALUES (?, ?)",
                        (state[0], _dumps(state[1])),
                    )
            self.note_written(ids)
        return [int(r[0]) for r in fresh if before.get(int(r[0])) != (r[2], r[-1])]

    def finish_folder(
        self, folder_id: int, seen: Iterable[int], count: int, when: datetime | None = None
    ) -> int:
        """A complete listing of ``folder_id`` was stored: delete what it no longer holds, mark
        the folder (all folders, for 0) synced. Returns how many instances were deleted."""
        when = when or _now()
        with self._lock, self._write() as conn:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS seen_ids (id INTEGER PRIMARY KEY)")
            conn.execute("DELETE FROM temp.seen_ids")
            conn.executemany(
                "INSERT OR IGNORE INTO temp.seen_ids (id) VALUES (?)", ((i,) for i in seen)
            )
            scope = "" if folder_id == 0 else "folder_id = ? AND "
            args: tuple[Any, ...] = () if folder_id == 0 else (folder_id,)
            gone = f"{scope}instance_id NOT IN (SELECT id FROM temp.seen_ids)"
            self.note_written(
                r[0] for r in conn.execute(f"SELECT instance_id FROM instances WHERE {gone}", args)
            )
            deleted = conn.execute(f"DELETE FROM instances WHERE {gone}", args).rowcount
            conn.execute("DELETE FROM temp.seen_ids")
            stamp = when.isoformat()
            if folder_id == 0:
                conn.execute("UPDATE folders SET synced_at = ?", (stamp,))
            conn.execute(
                "INSERT INTO folders (id, name, count, position, synced_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                " count = excluded.count, synced_at = excluded.synced_at",
                (folder_id, "All" if folder_id == 0 else str(folder_id), count, 0, stamp),
            )
            set_sync(conn, "refresh", when)
        return max(0, deleted)

    def begin_refresh(self) -> RefreshBatch:
        """Stage a refresh; nothing is visible until :meth:`RefreshBatch.commit`.

        The batch must be used from the thread that created it (its staging table lives in that
        thread's connection). Staging takes no lock, so readers and short writers go on.
        """
        mark = self.write_mark()
        return RefreshBatch(
            self._conn(),
            newer=lambda: self.written_since(mark),
            written=self.note_written,
            lock=self._lock,
        )
