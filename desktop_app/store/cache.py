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
import gc
import hashlib
import json
import logging
import operator
import os
import re
import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..core.artists import Artist
from ..core.errors import AppError, ErrorKind
from ..core.release import Format, Instance, Label, share_zone
from ..core.text import utf8
from . import paths

log = logging.getLogger(__name__)

DEFAULT_API_HOST = "api.discogs.com"
API_URL_ENV = "DISCOGS_API_URL"
DEMO_KEY = "demo@local"  # "@" never occurs in a Discogs username, so no account can collide
FILE_PREFIX = "library-"
FILE_SUFFIX = ".sqlite3"
KEEP_CORRUPT = 2  # damaged copies kept per account for diagnosis; older ones are deleted

DAMAGED_MESSAGE = "The local library was damaged and has been moved aside; fetching again."
NEWER_MESSAGE = (
    "The local library was written by a newer version of the app and has been moved aside; "
    "fetching again."
)

# SQLite primary result codes meaning "this file is not a usable database".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

_COLUMNS = (
    "instance_id, release_id, folder_id, date_added, added, title, year, artist, label, catno,"
    " format, rating, thumb, master_id, artists_j, labels_j, formats_j, notes_j, genres_j,"
    " styles_j, item"
)
_PLACEHOLDERS = ", ".join("?" * len(_COLUMNS.split(",")))
_INSTANCE_COLUMNS = """
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
_STAGE_COLUMNS = _INSTANCE_COLUMNS.replace(" COLLATE NOCASE", "")


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
        CREATE TABLE instances ({_INSTANCE_COLUMNS});
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


@dataclass(frozen=True, slots=True)
class CachedFolder:
    id: int
    name: str
    count: int  # the count Discogs gave at the last sync
    synced_at: datetime | None  # when this folder's content was last known complete; None: never


@dataclass(frozen=True, slots=True)
class CacheNotice:
    """Something the UI should tell the user once (e.g. the cache was moved aside)."""

    kind: str  # "damaged" or "newer"
    message: str
    moved_to: Path | None = None


@dataclass(frozen=True, slots=True)
class ApplyCounts:
    added: int
    removed: int
    moved: int
    updated: int


class _Reset(Exception):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


# ---- account keys --------------------------------------------------------------------------
def account_key(username: str, api_url: str | None = None) -> str:
    """``username`` (lower case), plus ``@host[:port]`` when the API is not the real Discogs."""
    name = username.strip().lower()
    if not name:
        raise AppError(ErrorKind.USAGE, "No account is signed in.")
    if api_url is None:
        api_url = os.environ.get(API_URL_ENV) or f"https://{DEFAULT_API_HOST}"
    host = (urlsplit(api_url).netloc or api_url).lower().rsplit("@", 1)[-1]
    if host and host != DEFAULT_API_HOST:
        return f"{name}@{host}"
    return name


def safe_key(key: str) -> str:
    """A file-name-safe form of an account key; a hash is added when characters were replaced."""
    safe = re.sub(r"[^a-z0-9._@-]", "_", key.lower())
    if safe != key or safe.strip(".") != safe:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
        safe = f"{safe.strip('.')}-{digest}"
    return safe


def cache_path(key: str) -> Path:
    return paths.cache_dir() / f"{FILE_PREFIX}{safe_key(key)}{FILE_SUFFIX}"


# ---- encoding an instance as a row ----------------------------------------------------------
def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def instance_row(inst: Instance, item: Mapping[str, Any] | None) -> tuple[Any, ...]:
    """The ``instances`` row for ``inst``; ``item``, the API item it was built from, is stored
    compressed (None: no raw item is kept)."""
    blob = _pack_item(item) if item else None
    first_label = inst.labels[0] if inst.labels else None
    return (
        inst.instance_id,
        inst.release_id,
        inst.folder_id,
        inst.date_added.isoformat() if inst.date_added else None,
        int(inst.date_added.timestamp()) if inst.date_added else None,
        inst.title,
        inst.year,
        inst.artist(),
        first_label.name if first_label else "",
        inst.catno,
        inst.format_display,
        inst.rating,
        inst.thumb,
        inst.master_id,
        _dumps([[a.name, a.anv, a.join] for a in inst.artists]),
        _dumps([[lab.name, lab.catno] for lab in inst.labels]),
        _dumps([[f.name, f.qty, list(f.descriptions), f.text] for f in inst.formats]),
        _dumps([[fid, value] for fid, value in inst.notes]),
        _dumps(list(inst.genres)),
        _dumps(list(inst.styles)),
        blob,
    )


def _pack_item(item: Mapping[str, Any]) -> bytes:
    return zlib.compress(utf8(_dumps(item)), 1)


def _unpack_item(blob: bytes | None) -> dict[str, Any] | None:
    """The API item stored by :func:`instance_row`; None if none was stored or it is unreadable."""
    if not blob:
        return None
    try:
        parsed = json.loads(zlib.decompress(blob))
    except (zlib.error, ValueError):
        return None
    return parsed if isinstance(parsed, dict) else None


def rows_from_items(items: Iterable[Mapping[str, Any]]) -> tuple[list[tuple[Any, ...]], int]:
    """Rows for the usable items, and how many were skipped."""
    rows = []
    skipped = 0
    for item in items:
        try:
            rows.append(instance_row(Instance.from_item(item), item))
        except AppError:
            skipped += 1
    return rows, skipped


def _decode_rows(rows: Iterable[Sequence[Any]]) -> list[Instance]:
    """Instances from ``_READ_COLUMNS`` rows. The JSON of artists, labels, formats… repeats a
    lot across a collection, so each distinct text is decoded once (and its objects shared)."""
    loads = json.loads
    from_iso = datetime.fromisoformat
    artists: dict[str, tuple[Artist, ...]] = {}
    labels: dict[str, tuple[Label, ...]] = {}
    formats: dict[str, tuple[Format, ...]] = {}
    notes: dict[str, tuple[tuple[int, str], ...]] = {}
    genres: dict[str, tuple[str, ...]] = {}
    styles: dict[str, tuple[str, ...]] = {}
    out: list[Instance] = []
    append = out.append
    for row in rows:
        (iid, rid, fid, date, title, year, rating, thumb, mid, arts_j, labs_j, fmts_j, notes_j,
         genres_j, styles_j, *_) = row  # fmt: skip
        arts = artists.get(arts_j)
        if arts is None:
            arts = artists[arts_j] = tuple(Artist(a[0], a[1], a[2]) for a in loads(arts_j))
        labs = labels.get(labs_j)
        if labs is None:
            labs = labels[labs_j] = tuple(Label(v[0], v[1]) for v in loads(labs_j))
        fmts = formats.get(fmts_j)
        if fmts is None:
            fmts = formats[fmts_j] = tuple(
                Format(f[0], f[1], tuple(f[2]), f[3]) for f in loads(fmts_j)
            )
        nts = notes.get(notes_j)
        if nts is None:
            nts = notes[notes_j] = tuple((n[0], n[1]) for n in loads(notes_j))
        gen = genres.get(genres_j)
        if gen is None:
            gen = genres[genres_j] = tuple(loads(genres_j))
        sty = styles.get(styles_j)
        if sty is None:
            sty = styles[styles_j] = tuple(loads(styles_j))
        append(
            Instance(
                iid,
                rid,
                fid,
                share_zone(from_iso(date)) if date else None,
                title,
                year,
                arts,
                labs,
                fmts,
                rating,
                nts,
                gen,
                sty,
                thumb,
                mid,
            )
        )
    return out


_NO_DATE = -(1 << 62)  # sorts instances without a date first, as SQL sorts NULL
_READ_COLUMNS = (
    "instance_id, release_id, folder_id, date_added, title, year, rating, thumb, master_id,"
    " artists_j, labels_j, formats_j, notes_j, genres_j, styles_j"
)
_READ_COUNT = len(_READ_COLUMNS.split(","))  # the index of a column selected after these


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Building tens of thousands of small objects is much faster without the cyclic collector."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Cache:
    """One account's local library. Safe to use from several threads (one connection each)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._local = threading.local()
        self._connections: list[tuple[threading.Thread, sqlite3.Connection]] = []
        self._generation = 0
        self._notice: CacheNotice | None = None
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
            if not _is_damage(exc):
                raise AppError(
                    ErrorKind.IO, f"The local library could not be opened: {exc}", detail=str(exc)
                ) from exc
            kind = "damaged"
        except OSError as exc:
            raise AppError(
                ErrorKind.IO, f"The local library could not be opened: {exc}", detail=str(exc)
            ) from exc
        self._move_aside(kind)
        try:
            self._check_and_migrate()
        except (sqlite3.Error, OSError, _Reset) as exc:
            raise AppError(
                ErrorKind.IO, f"The local library could not be created: {exc}", detail=str(exc)
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
            return
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
        return [self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")]

    def _corrupt_files(self) -> list[Path]:
        return sorted(self.path.parent.glob(f"{self.path.name}*.corrupt-*"))

    def _move_aside(self, kind: str) -> None:
        self.close()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        moved_to: Path | None = None
        for file in self._files():
            if not file.exists():
                continue
            target = file.with_name(f"{file.name}.corrupt-{stamp}")
            try:
                file.replace(target)
            except OSError:
                with contextlib.suppress(OSError):
                    file.unlink()
                continue
            if file == self.path:
                moved_to = target
        self._prune_corrupt()
        message = NEWER_MESSAGE if kind == "newer" else DAMAGED_MESSAGE
        log.warning("%s (%s → %s)", message, self.path, moved_to)
        self._notice = CacheNotice(kind, message, moved_to)

    def _prune_corrupt(self) -> None:
        mains = [p for p in self._corrupt_files() if p.name.startswith(f"{self.path.name}.")]
        for old in mains[:-KEEP_CORRUPT]:
            stamp = old.name.rsplit(".corrupt-", 1)[1]
            for file in self._files():
                with contextlib.suppress(OSError):
                    file.with_name(f"{file.name}.corrupt-{stamp}").unlink()

    def _recover(self, exc: sqlite3.Error) -> None:
        """After a damage error at run time: move the file aside and start empty."""
        if not _is_damage(exc):
            raise AppError(
                ErrorKind.IO, f"The local library could not be used: {exc}", detail=str(exc)
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

    def clear(self) -> None:
        """Delete this account's database files (and damaged copies); start again empty."""
        self.close()
        for file in [*self._files(), *self._corrupt_files()]:
            with contextlib.suppress(FileNotFoundError):
                file.unlink()
        self._notice = None
        self._open()

    # ---- reads ----------------------------------------------------------------------------
    def folders(self) -> list[CachedFolder]:
        def run(conn: sqlite3.Connection) -> list[CachedFolder]:
            rows = conn.execute(
                "SELECT id, name, count, synced_at FROM folders ORDER BY position, id"
            ).fetchall()
            return [CachedFolder(r[0], r[1], r[2], _time(r[3])) for r in rows]

        return self._read(run, [])

    def note_fields(self) -> dict[int, str]:
        def run(conn: sqlite3.Connection) -> dict[int, str]:
            rows = conn.execute("SELECT id, name FROM note_fields ORDER BY position, id")
            return {int(r[0]): str(r[1]) for r in rows}

        return self._read(run, {})

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
            _replace_folders(conn, folders, set(synced), when or _now())

    def set_note_fields(self, fields: Mapping[int, str]) -> None:
        with self._write() as conn:
            _replace_note_fields(conn, fields)

    def store_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert or update instance rows (see :func:`instance_row`) in one short transaction."""
        with self._write() as conn:
            conn.executemany(
                f"INSERT OR REPLACE INTO instances ({_COLUMNS}) VALUES ({_PLACEHOLDERS})", rows
            )

    def finish_folder(
        self, folder_id: int, seen: Iterable[int], count: int, when: datetime | None = None
    ) -> int:
        """A complete listing of ``folder_id`` was stored: delete what it no longer holds, mark
        the folder (all folders, for 0) synced. Returns how many instances were deleted."""
        when = when or _now()
        with self._write() as conn:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS seen_ids (id INTEGER PRIMARY KEY)")
            conn.execute("DELETE FROM temp.seen_ids")
            conn.executemany(
                "INSERT OR IGNORE INTO temp.seen_ids (id) VALUES (?)", ((i,) for i in seen)
            )
            scope = "" if folder_id == 0 else "folder_id = ? AND "
            args: tuple[Any, ...] = () if folder_id == 0 else (folder_id,)
            deleted = conn.execute(
                f"DELETE FROM instances WHERE {scope}"
                "instance_id NOT IN (SELECT id FROM temp.seen_ids)",
                args,
            ).rowcount
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
            _set_sync(conn, "refresh", when)
        return max(0, deleted)

    def begin_refresh(self) -> RefreshBatch:
        """Stage a refresh; nothing is visible until :meth:`RefreshBatch.commit`.

        The batch must be used from the thread that created it (its staging table lives in that
        thread's connection). Staging takes no lock, so readers and short writers go on.
        """
        return RefreshBatch(self)


def _replace_folders(
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


def _replace_note_fields(conn: sqlite3.Connection, fields: Mapping[int, str]) -> None:
    conn.execute("DELETE FROM note_fields")
    conn.executemany(
        "INSERT OR REPLACE INTO note_fields (id, name, position) VALUES (?, ?, ?)",
        ((int(fid), str(name), pos) for pos, (fid, name) in enumerate(fields.items())),
    )


def _set_sync(conn: sqlite3.Connection, key: str, when: datetime) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", (key, when.isoformat())
    )


class RefreshBatch:
    """Changes gathered during a refresh, applied in one transaction by :meth:`commit`."""

    def __init__(self, cache: Cache) -> None:
        self._cache = cache
        self._conn = cache._conn()
        self._conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS stage ({_STAGE_COLUMNS})")
        self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS passed (folder_id INTEGER PRIMARY KEY)")
        self._clear()
        self._open = True

    def _clear(self) -> None:
        self._conn.execute("DELETE FROM temp.stage")
        self._conn.execute("DELETE FROM temp.passed")

    def stage(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self._conn.executemany(
            f"INSERT OR REPLACE INTO temp.stage ({_COLUMNS}) VALUES ({_PLACEHOLDERS})", rows
        )

    def mark_passed(self, folder_id: int) -> None:
        """Every instance of ``folder_id`` (0 = the whole collection) has been staged."""
        self._conn.execute("INSERT OR IGNORE INTO temp.passed VALUES (?)", (folder_id,))

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
        staged rows, replace folders and note fields, stamp ``synced`` folders."""
        when = when or _now()
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for fid in dropped:
                conn.execute("INSERT OR IGNORE INTO temp.passed VALUES (?)", (fid,))
            passed_all = conn.execute("SELECT 1 FROM temp.passed WHERE folder_id = 0").fetchone()
            where = (
                "instance_id NOT IN (SELECT instance_id FROM temp.stage)"
                if passed_all
                else "folder_id IN (SELECT folder_id FROM temp.passed)"
                " AND instance_id NOT IN (SELECT instance_id FROM temp.stage)"
            )
            removed = conn.execute(f"DELETE FROM main.instances WHERE {where}").rowcount
            moved, updated = conn.execute(
                "SELECT COALESCE(SUM(s.folder_id <> m.folder_id), 0), COUNT(*)"
                " FROM temp.stage s JOIN main.instances m USING (instance_id)"
            ).fetchone()
            staged = conn.execute("SELECT COUNT(*) FROM temp.stage").fetchone()[0]
            conn.execute(
                f"INSERT OR REPLACE INTO main.instances ({_COLUMNS})"
                f" SELECT {_COLUMNS} FROM temp.stage"
            )
            if folders is not None:
                _replace_folders(conn, folders, set(synced), when)
            if note_fields is not None:
                _replace_note_fields(conn, note_fields)
            _set_sync(conn, "refresh", when)
            _set_sync(conn, "full" if full else "incremental", when)
            self._clear()
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        finally:
            self._open = False
        return ApplyCounts(
            added=staged - updated, removed=max(0, removed), moved=int(moved), updated=updated
        )

    def discard(self) -> None:
        """Forget the staged changes; the cache stays as it was."""
        if self._open:
            with contextlib.suppress(sqlite3.Error):
                self._clear()
            self._open = False
