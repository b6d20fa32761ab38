"""Export history per account: which instances went into which file, and when (Qt-free).

Kept in its own SQLite database, ``paths.data_dir()/history-<account>.sqlite3``: one row per
export (time, file, kind) and one per instance and export (with the fingerprint of what was
printed). Every :meth:`ExportHistory.record` is one short transaction that only appends, so
exports made at the same time by the window and any number of command-line runs all stay; a
reader sees each export whole or not at all. A small index of each instance's latest export is
kept in the same transaction, so the questions the window and the CLI ask ("exported before?",
"when?", "what was printed?") cost only the rows asked about, however long the history grows.

Its own file, not the local library's: the library is a cache that may be deleted, moved aside
when damaged or kept per API host, while the history is the user's record and is shared by the
demo, the window and the CLI under the account's name.

A history written by an older version (``history-<account>.json``) is imported once, in the
same transaction as the mark that it was, then renamed to ``.imported``. A damaged database or
JSON file is moved aside (``.bad``) and the history starts empty: losing it only loses the
"exported" marks, never a collection. The helpers at the end serve the release table's
"exported" mark, its "only not yet exported" filter and a "since last export" date preset.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, TypeVar

from ..core.release import Instance
from . import paths
from .cache_files import safe_key
from .cache_schema import is_damage

log = logging.getLogger(__name__)

FORMAT = "discogs-qr-history/1"  # the JSON format of older versions (imported)
FILE_PREFIX = "history-"
DB_SUFFIX = ".sqlite3"
LEGACY_SUFFIX = ".json"
IMPORTED_SUFFIX = ".imported"
SCHEMA_VERSION = 1
#: Ids per ``IN (…)`` query (well under SQLite's smallest variable limit).
CHUNK = 500
#: Asked about more instances than this, the per-instance index (one row per instance ever
#: exported, however many exports) is read in one pass instead of by key.
WHOLE_INDEX_FROM = 5_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MAX_ID = 2**63  # SQLite's integers: -MAX_ID ≤ id < MAX_ID
_MICRO = timedelta(microseconds=1)
_T = TypeVar("_T")

KINDS = ("csv", "pdf", "printer", "images")

_SCHEMA = """
CREATE TABLE exports (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    at_text TEXT NOT NULL,
    path TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL,
    printed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX exports_at ON exports(at, id);
CREATE TABLE exported (
    export_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    instance_id INTEGER NOT NULL,
    print TEXT,
    PRIMARY KEY (export_id, position)
) WITHOUT ROWID;
CREATE TABLE latest (
    instance_id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    export_id INTEGER NOT NULL,
    print TEXT
);
CREATE TABLE imports (digest TEXT PRIMARY KEY, name TEXT NOT NULL, at TEXT NOT NULL)
"""

_LATEST_UPSERT = (
    "INSERT INTO latest (instance_id, at, export_id, print) VALUES (?, ?, ?, ?)"
    " ON CONFLICT(instance_id) DO UPDATE SET"
    " at = excluded.at, export_id = excluded.export_id, print = excluded.print"
    " WHERE excluded.at > latest.at"
    " OR (excluded.at = latest.at AND excluded.export_id >= latest.export_id)"
)


@dataclass(frozen=True, slots=True)
class ExportEntry:
    """One saved file: when, where, and the instances it held (in file order).

    ``prints`` holds, per instance (same order), the fingerprint of what was printed
    (``core.printed.row_fingerprint``); empty for entries written by older versions. ``kind``
    is ``csv``, ``pdf``, ``printer`` or ``images`` ("" for entries of older versions)."""

    when: datetime
    path: str
    instance_ids: tuple[int, ...]
    prints: tuple[str, ...] = ()
    kind: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "when": self.when.isoformat(),
            "path": self.path,
            "ids": list(self.instance_ids),
        }
        if self.prints:
            data["prints"] = list(self.prints)
        if self.kind:
            data["kind"] = self.kind
        return data

    @classmethod
    def from_json(cls, data: Any) -> ExportEntry | None:
        """The entry, or None when ``data`` is not a usable entry."""
        if not isinstance(data, dict):
            return None
        try:
            when = datetime.fromisoformat(str(data["when"]))
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            when.astimezone(UTC)  # a moment that cannot be said in UTC is no moment
            ids = tuple(int(i) for i in data.get("ids") or ())
        except (KeyError, TypeError, ValueError, OverflowError):
            return None
        if any(not -MAX_ID <= i < MAX_ID for i in ids):
            return None
        prints = data.get("prints")
        marks: tuple[str, ...] = ()
        if isinstance(prints, list) and len(prints) == len(ids):
            marks = tuple(p if isinstance(p, str) else "" for p in prints)
        kind = data.get("kind")
        return cls(when, str(data.get("path") or ""), ids, marks, kind if kind in KINDS else "")


def history_path(account: str) -> Path:
    """The history database of ``account`` (an account key such as ``store.cache.account_key``)."""
    name = account.strip().lower() or "default"
    return paths.data_dir() / f"{FILE_PREFIX}{safe_key(name)}{DB_SUFFIX}"


def legacy_history_path(account: str) -> Path:
    """Where older versions kept the history of ``account`` (a JSON file, imported once)."""
    return history_path(account).with_suffix(LEGACY_SUFFIX)


def kind_of(path: str | Path) -> str:
    """The kind of export a target names: ``printer:…``, a ``.csv``/``.pdf`` file, a folder."""
    text = str(path)
    if text.startswith("printer:"):
        return "printer"
    suffix = Path(text).suffix.lower()
    if suffix in (".csv", ".pdf"):
        return suffix[1:]
    return "images" if not suffix else ""


def _micros(moment: datetime) -> int:
    return (moment - _EPOCH) // _MICRO


def _moment(micros: int) -> datetime:
    return _EPOCH + micros * _MICRO


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _marks(count: int) -> str:
    return ",".join("?" * count)


class ExportHistory:
    """The export history of one account.

    Nothing is read when it is made and nothing is kept in memory: every question reads the
    database (only the rows it needs), so exports made meanwhile by another process are seen.
    Safe to use from several threads (each call opens its own short connection). Reads never
    raise (an unreadable history answers empty); :meth:`record` raises ``OSError``.

    ``path`` is the database; a ``.json`` path names the older file, with the database beside
    it (``.sqlite3``)."""

    def __init__(self, account: str, path: Path | None = None) -> None:
        self.account = account
        base = Path(path) if path is not None else history_path(account)
        if base.suffix.lower() == LEGACY_SUFFIX:
            base = base.with_suffix(DB_SUFFIX)
        self.path = base
        self.legacy_path = base.with_suffix(LEGACY_SUFFIX)
        self._ready = False
        self._lock = threading.Lock()

    # ---- the database ---------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            conn.close()
            raise
        return conn

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A connection to a ready database (made, migrated, older file imported)."""
        with self._lock:
            if not self._ready:
                self._prepare()
                self._ready = True
        conn = self._connect()
        try:
            yield conn
        finally:
            conn.close()

    def _prepare(self) -> None:
        try:
            self._migrate()
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            log.warning("export history %s damaged (%s); starting afresh", self.path, exc)
            self._move_db_aside()
            self._migrate()
        if self.legacy_path.exists():
            self._import_legacy()

    def _migrate(self) -> None:
        conn = self._connect()
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
                return
            _retry_locked(lambda: conn.execute("PRAGMA journal_mode = WAL"))
            conn.execute("BEGIN IMMEDIATE")
            try:
                if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                    for statement in _SCHEMA.split(";"):
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
        finally:
            conn.close()

    def _move_db_aside(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for suffix in ("", "-wal", "-shm"):
            file = Path(f"{self.path}{suffix}")
            with contextlib.suppress(OSError):
                file.replace(file.with_name(f"{file.name}.bad-{stamp}"))

    def _read(self, run: Callable[[sqlite3.Connection], _T], empty: _T) -> _T:
        try:
            with self._connection() as conn:
                return run(conn)
        except (sqlite3.Error, OSError, ValueError, OverflowError) as exc:
            log.warning("export history %s unreadable: %s", self.path, exc)
            return empty

    # ---- the file of older versions -------------------------------------------------------
    def _import_legacy(self) -> None:
        """Add the entries of the older JSON file (once: its digest is recorded in the same
        transaction), then rename it to ``.imported``."""
        try:
            raw = self.legacy_path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            log.warning("export history %s unreadable (%s)", self.legacy_path, exc)
            return
        entries = self._legacy_entries(raw)
        if entries is None:
            with contextlib.suppress(OSError):
                self.legacy_path.replace(self.legacy_path.with_name(self.legacy_path.name + ".bad"))
            return
        digest = hashlib.sha256(raw).hexdigest()
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                done = conn.execute("SELECT 1 FROM imports WHERE digest = ?", (digest,)).fetchone()
                if not done:
                    for entry in entries:
                        if not _known(conn, entry):
                            _insert(conn, entry)
                    conn.execute(
                        "INSERT INTO imports (digest, name, at) VALUES (?, ?, ?)",
                        (digest, self.legacy_path.name, datetime.now(UTC).isoformat()),
                    )
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise
        finally:
            conn.close()
        if not done:
            log.info("imported %d exports from %s", len(entries), self.legacy_path)
        with contextlib.suppress(OSError):
            self.legacy_path.replace(
                self.legacy_path.with_name(self.legacy_path.name + IMPORTED_SUFFIX)
            )

    def _legacy_entries(self, raw: bytes) -> list[ExportEntry] | None:
        """The usable entries of an older file, oldest first; None when it is not one."""
        try:
            data = json.loads(raw.decode("utf-8"))
        except ValueError as exc:
            log.warning("export history %s unreadable (%s); set aside", self.legacy_path, exc)
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            log.warning("export history %s has an unknown format; set aside", self.legacy_path)
            return None
        listed = data.get("entries")
        found = [ExportEntry.from_json(e) for e in (listed if isinstance(listed, list) else [])]
        return sorted((e for e in found if e is not None), key=lambda e: e.when)

    # ---- writing --------------------------------------------------------------------------
    def record(
        self,
        instance_ids: Iterable[int],
        path: str | Path,
        when: datetime | None = None,
        prints: Sequence[str] | None = None,
        kind: str | None = None,
    ) -> ExportEntry:
        """Add one export in one transaction. ``prints``: the fingerprint of each instance's
        row (same order; ignored when the lengths differ); ``kind``: see :data:`KINDS` (by
        default from ``path``). Raises ``OSError`` when it cannot be written."""
        moment = when or datetime.now(UTC)
        if moment.tzinfo is None:
            moment = moment.astimezone()
        ids = tuple(int(i) for i in instance_ids)
        if any(not -MAX_ID <= i < MAX_ID for i in ids):
            raise OSError("the export history cannot keep an instance id that large")
        marks = tuple(prints) if prints is not None and len(prints) == len(ids) else ()
        entry = ExportEntry(moment, str(path), ids, marks, kind or kind_of(path))
        try:
            self._append(entry)
        except sqlite3.Error as exc:
            if not (isinstance(exc, sqlite3.DatabaseError) and is_damage(exc)):
                raise _write_error(self.path, exc) from exc
            log.warning("export history %s damaged (%s); starting afresh", self.path, exc)
            with self._lock:
                self._move_db_aside()
                self._ready = False
            try:
                self._append(entry)
            except sqlite3.Error as again:
                raise _write_error(self.path, again) from again
        return entry

    def _append(self, entry: ExportEntry) -> None:
        with self._connection() as conn:
            _retry_locked(lambda: conn.execute("BEGIN IMMEDIATE"))
            try:
                _insert(conn, entry)
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise

    def clear(self) -> None:
        """Forget every export (in one transaction; other processes see it at once)."""
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for table in ("exported", "latest", "exports"):
                    conn.execute(f"DELETE FROM {table}")
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise

    # ---- reading: whole exports ------------------------------------------------------------
    def entries(self) -> list[ExportEntry]:
        """Every export, oldest first (reads the whole history: for tools and tests; the window
        and the CLI ask the questions below, which cost only the rows they ask about)."""

        def run(conn: sqlite3.Connection) -> list[ExportEntry]:
            heads = conn.execute(
                "SELECT id, at_text, path, kind, printed FROM exports ORDER BY at, id"
            ).fetchall()
            out: list[ExportEntry] = []
            for export_id, at_text, target, kind, printed in heads:
                rows = conn.execute(
                    "SELECT instance_id, print FROM exported WHERE export_id = ? ORDER BY position",
                    (export_id,),
                ).fetchall()
                ids = tuple(int(r[0]) for r in rows)
                marks = tuple(str(r[1] or "") for r in rows) if printed else ()
                out.append(ExportEntry(datetime.fromisoformat(at_text), target, ids, marks, kind))
            return out

        return self._read(run, [])

    def export_count(self) -> int:
        """How many exports the history holds."""
        return self._read(lambda c: int(c.execute("SELECT COUNT(*) FROM exports").fetchone()[0]), 0)

    def stamp(self) -> tuple[int, int]:
        """(exports, newest export's number): changes whenever anyone (another process too)
        records an export or clears the history; a cheap "anything new?" check."""

        def run(conn: sqlite3.Connection) -> tuple[int, int]:
            row = conn.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM exports").fetchone()
            return int(row[0]), int(row[1])

        return self._read(run, (0, 0))

    def last_export_time(self) -> datetime | None:
        def run(conn: sqlite3.Connection) -> datetime | None:
            row = conn.execute("SELECT MAX(at) FROM exports").fetchone()
            return _moment(int(row[0])) if row and row[0] is not None else None

        return self._read(run, None)

    # ---- reading: per instance ------------------------------------------------------------
    def _latest(
        self, ids: Iterable[int] | None, columns: str, where: str = ""
    ) -> list[tuple[Any, ...]]:
        """``columns`` of the latest export of each of ``ids`` (None: of every instance)."""

        wanted = None if ids is None else sorted({int(i) for i in ids})

        def run(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
            if wanted is None or len(wanted) > WHOLE_INDEX_FROM:
                sql = f"SELECT instance_id, {columns} FROM latest"
                rows = conn.execute(sql + (f" WHERE {where}" if where else "")).fetchall()
                if wanted is None:
                    return rows
                keep = set(wanted)
                return [r for r in rows if r[0] in keep]
            found: list[tuple[Any, ...]] = []
            for chunk in _chunks(wanted):
                sql = (
                    f"SELECT instance_id, {columns} FROM latest"
                    f" WHERE instance_id IN ({_marks(len(chunk))})"
                    + (f" AND {where}" if where else "")
                )
                found += conn.execute(sql, chunk).fetchall()
            return found

        return self._read(run, [])

    def exported_ids(self, among: Iterable[int] | None = None) -> set[int]:
        """Instance ids that were in at least one export (only those of ``among`` when given)."""
        return {int(r[0]) for r in self._latest(among, "1")}

    def is_exported(self, instance_id: int) -> bool:
        return bool(self._latest([instance_id], "1"))

    def last_export_of(self, instance_id: int) -> datetime | None:
        """When ``instance_id`` was last exported, or None."""
        rows = self._latest([instance_id], "at")
        return _moment(int(rows[0][1])) if rows else None

    def export_times(self, among: Iterable[int] | None = None) -> dict[int, datetime]:
        """When each exported instance (of ``among``, when given) was last exported."""
        return {int(r[0]): _moment(int(r[1])) for r in self._latest(among, "at")}

    def fingerprints(self, among: Iterable[int] | None = None) -> dict[int, str]:
        """The fingerprint of what was last printed for each instance (of ``among``, when
        given). Instances last exported without one (by an older version) are left out: they
        count as unchanged."""
        rows = self._latest(among, "print", "print IS NOT NULL AND print <> ''")
        return {int(r[0]): str(r[1]) for r in rows}

    def has_fingerprints(self) -> bool:
        """Whether any instance's latest export kept a fingerprint (else nothing can be
        "changed since exported")."""

        def run(conn: sqlite3.Connection) -> bool:
            sql = "SELECT 1 FROM latest WHERE print IS NOT NULL AND print <> '' LIMIT 1"
            return conn.execute(sql).fetchone() is not None

        return self._read(run, False)


def _insert(conn: sqlite3.Connection, entry: ExportEntry) -> None:
    """Append ``entry`` and bring each of its instances' latest export up to date."""
    at = _micros(entry.when)
    head = (at, entry.when.isoformat(), entry.path, entry.kind, len(entry.instance_ids))
    cursor = conn.execute(
        "INSERT INTO exports (at, at_text, path, kind, count, printed) VALUES (?, ?, ?, ?, ?, ?)",
        (*head, 1 if entry.prints else 0),
    )
    export_id = int(cursor.lastrowid or 0)
    ids = entry.instance_ids
    prints: Sequence[str | None] = entry.prints or [None] * len(ids)
    pairs = list(zip(ids, prints, strict=True))
    conn.executemany(
        "INSERT INTO exported (export_id, position, instance_id, print) VALUES (?, ?, ?, ?)",
        ((export_id, n, iid, p) for n, (iid, p) in enumerate(pairs)),
    )
    conn.executemany(_LATEST_UPSERT, ((iid, at, export_id, p) for iid, p in pairs))


def _known(conn: sqlite3.Connection, entry: ExportEntry) -> bool:
    """Whether an export at the same moment of the same file and size is already kept (an
    older file imported twice adds nothing)."""
    row = conn.execute(
        "SELECT 1 FROM exports WHERE at = ? AND path = ? AND count = ? LIMIT 1",
        (_micros(entry.when), entry.path, len(entry.instance_ids)),
    ).fetchone()
    return row is not None


def _write_error(path: Path, exc: sqlite3.Error) -> OSError:
    return OSError(f"the export history {path} could not be written: {exc}")


def _retry_locked(step: Callable[[], Any], attempts: int = 50) -> Any:
    """Run ``step``; "database is locked" beyond the busy timeout (e.g. while another process
    switches the journal mode) is tried again a little later."""
    for attempt in range(attempts):
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    return None


# ---- helpers for the release table ---------------------------------------------------------
def not_yet_exported(instances: Iterable[Instance], exported: set[int]) -> list[Instance]:
    """``instances`` (order kept) whose instance id is not in ``exported``."""
    return [inst for inst in instances if inst.instance_id not in exported]


def added_since(instances: Iterable[Instance], moment: datetime | None) -> list[Instance]:
    """Instances added to the collection after ``moment`` (all of them when it is None)."""
    if moment is None:
        return list(instances)
    return [i for i in instances if i.date_added is not None and i.date_added > moment]


def since_last_export_range(
    last_export: datetime | None, today: date, tz: tzinfo | None = None
) -> tuple[date | None, date | None]:
    """A date-filter range for "since last export": from that day (local) to ``today``.

    The range is inclusive by calendar day, so records added earlier on the day of the last
    export are included too; :func:`added_since` is exact to the second. No export yet → no limit.
    """
    if last_export is None:
        return None, None
    return last_export.astimezone(tz).date(), today


def exported_count(instance_ids: Sequence[int], exported: set[int]) -> int:
    """How many of ``instance_ids`` were exported before (for a "3 already exported" hint)."""
    return sum(1 for i in instance_ids if i in exported)
