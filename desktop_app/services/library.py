"""The local library: a collection source with a cache in front of it.

Typical use (the GUI does the network calls in a worker thread)::

    lib = Library(source, Cache.for_account(username))
    lib.cached_folders()                 # sidebar, instantly, even offline
    lib.cached_instances(folder_id)      # a cached folder opens without a request
    lib.load_folder_fully(fid, cancel, on_page=...)   # first time a folder is shown
    lib.refresh(cancel)                  # cheap incremental update (a few requests)

An incremental refresh reads the All folder newest first until it reaches instances it knows,
then compares every folder's count with Discogs' and re-reads only the folders that differ
(removals and moves). An instance missing from a folder read again was removed or moved: one
request per such instance (``/collection/releases/{id}``) says where it is now, and a folder it
moved into is read again too, even when its count did not change (another record left it).
Moves that change no count at all (two records swapping folders) are caught by a full pass
made by itself when the last one is older than :data:`FULL_CHECK_EVERY`.

Nothing a refresh changes is visible before it has finished: a cancelled or failed refresh
leaves the cache as it was.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ..core.cancel import NEVER, CancelToken
from ..core.errors import AppError, ErrorKind
from ..core.release import Instance
from ..store.cache import (
    Cache,
    CachedFolder,
    CacheNotice,
    RefreshBatch,
    instance_row,
    rows_from_items,
)
from .source import ALL_FOLDER_ID, CollectionSource, DemoSource, Folder, Page, WaitCallback

log = logging.getLogger(__name__)

#: A refresh becomes a full pass when the last full one is older than this.
FULL_CHECK_EVERY = timedelta(days=7)
#: Instances missing from re-read folders that are traced one by one; more: All is read again.
MAX_TRACED = 20
CHECKED_KEY = "full_checked_at"
#: When the field values of a folder were last all read: folder id (as text) → ISO time at which
#: that whole read began ("0": every instance, by a load of All, a full refresh or a pass).
FIELDS_READ_KEY = "fields_read_at"
#: How far the background pass got (``services.reread``), kept in the library state.
REREAD_PASS_KEY = "reread_pass"

#: Called with (instances done, instances expected; 0 when not known yet).
ProgressCallback = Callable[[int, int], None]
#: Called with each page as soon as it has been stored.
PageCallback = Callable[[Page], None]


@dataclass(frozen=True, slots=True)
class RefreshResult:
    requests: int  # collection requests made (folders, note fields, pages)
    added: int
    removed: int
    moved: int
    repaired_folders: tuple[int, ...] = ()  # folders read in full because their counts changed
    full: bool = False
    skipped: int = 0  # unreadable entries left out
    edited: int = 0  # cached instances whose data changed on Discogs (a corrected title…)


class Library:
    """A :class:`CollectionSource` cached in a :class:`Cache` (one per account)."""

    def __init__(self, source: CollectionSource, cache: Cache) -> None:
        self.source = source
        self.cache = cache
        self.offline = False  # True after the source failed with a network error

    # ---- reading the cache (GUI thread; no network) ----------------------------------------
    def cached_folders(self) -> list[CachedFolder]:
        return self.cache.folders()

    def cached_instances(self, folder_id: int) -> list[Instance]:
        """The cached instances of a folder (0 = All), oldest addition first. Check
        :meth:`is_cached` first: a folder never loaded in full may be partial or empty."""
        return self.cache.instances(folder_id)

    def note_fields(self) -> dict[int, str]:
        return self.cache.note_fields()

    def last_synced(self, folder_id: int) -> datetime | None:
        """When ``folder_id``'s cached content was last known complete; None: never loaded."""
        for folder in self.cache.folders():
            if folder.id == folder_id:
                return folder.synced_at
        return None

    def is_cached(self, folder_id: int) -> bool:
        return self.last_synced(folder_id) is not None

    def holds_whole_collection(self) -> bool:
        """Whether the library was filled by a complete read of the collection since it was
        last cleared (a record it lacks is then gone from the collection, not unread)."""
        if self.is_cached(ALL_FOLDER_ID):
            return True
        read = self.fields_read_at(ALL_FOLDER_ID)
        cleared = self.cache.sync_time("cleared")
        return read is not None and (cleared is None or read >= cleared)

    def data_time(self) -> datetime | None:
        """When the cached data was last brought up to date (for "offline, data from …")."""
        return self.cache.sync_time("refresh")

    def fields_read_at(self, folder_id: int = ALL_FOLDER_ID) -> datetime | None:
        """When every cached instance of ``folder_id`` was last read from Discogs with its field
        values (the start of that read; a read of All counts for every folder), or None."""
        reads = self._fields_reads()
        times = [t for t in (reads.get(ALL_FOLDER_ID), reads.get(folder_id)) if t is not None]
        return max(times) if times else None

    def note_whole_read(self, folder_id: int, started: datetime) -> None:
        """Every instance of ``folder_id`` (0: of the collection) was read, starting at
        ``started``: its field values are at least that fresh."""
        cleared = self.cache.sync_time("cleared")
        if cleared is not None and started < cleared:
            return  # the library was cleared while it was read: it is not whole
        reads = self._fields_reads()
        if reads.get(folder_id) is None or started > reads[folder_id]:
            reads[folder_id] = started
            value = {str(fid): when.isoformat() for fid, when in reads.items()}
            self.cache.set_state(FIELDS_READ_KEY, value)

    def _fields_reads(self) -> dict[int, datetime]:
        raw = self.cache.get_state(FIELDS_READ_KEY)
        reads: dict[int, datetime] = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                when = parse_time(value)
                if when is not None and str(key).lstrip("-").isdigit():
                    reads[int(key)] = when
        return reads

    def close(self) -> None:
        """Close the library's file (nothing is lost: every write is committed)."""
        with contextlib.suppress(Exception):
            self.cache.close()

    def take_notice(self) -> CacheNotice | None:
        """A message to show once, e.g. that a damaged cache was moved aside."""
        return self.cache.take_notice()

    # ---- network (worker thread) ----------------------------------------------------------
    def load_folder_fully(
        self,
        folder_id: int,
        cancel: CancelToken = NEVER,
        progress: ProgressCallback | None = None,
        *,
        on_page: PageCallback | None = None,
        on_wait: WaitCallback | None = None,
        start_page: int = 1,
        seen_before: Iterable[int] = (),
    ) -> list[Instance]:
        """Read a whole folder, storing each page as it arrives, and mark it complete.

        Interrupted, the pages stored so far stay (they are current data) but the folder is not
        marked complete. To resume, pass the next ``start_page`` and the instance ids of the
        pages read before (``seen_before``): the folder is marked complete with all of them.
        Returns the instances read by this call.
        """
        started = datetime.now(UTC)
        with self._network():
            if not self.cache.folders():
                self._read_folders(cancel)
            seen: list[int] = list(seen_before)
            out: list[Instance] = []
            total = 0
            totals: set[int] = set()
            pages = self.source.iter_pages(
                folder_id, cancel, on_wait=on_wait, start_page=max(1, start_page)
            )
            for page in pages:
                # a page that arrived is kept, also when the load was stopped while it came
                rows, _ = page_rows(page)
                self.cache.store_rows(rows)
                seen.extend(row[0] for row in rows)
                out.extend(page.instances)
                total = page.total
                totals.add(total)
                if on_page is not None:
                    on_page(page)
                if progress is not None:
                    progress(len(out), total)
                if page.page < page.pages:
                    cancel.check()
            if len(totals) > 1:
                # the folder changed between pages: the listing shifted, an entry may have been
                # missed. Keep what was stored, but not as complete: the next refresh reads it all.
                log.info("folder %s changed while it was read (%s)", folder_id, sorted(totals))
                return out
            self.cache.finish_folder(folder_id, seen, total)
            if start_page <= 1:
                self.note_whole_read(folder_id, started)
        return out

    def read_folders(self, cancel: CancelToken = NEVER) -> tuple[list[Folder], dict[int, str]]:
        """The folder list and the note fields from Discogs, kept in the library (so the first
        load of a folder does not ask for them again)."""
        with self._network():
            return self._read_folders(cancel)

    def _read_folders(self, cancel: CancelToken) -> tuple[list[Folder], dict[int, str]]:
        folders = self.source.folders(cancel)
        try:
            fields = self.source.note_fields(cancel)
        except AppError as exc:
            if exc.kind in (ErrorKind.AUTH, ErrorKind.CANCELLED):
                raise
            log.warning("note fields unavailable: %s", exc)
            fields = {}
        cancel.check()
        self.cache.set_folders(folders)
        self.cache.set_note_fields(fields)
        return folders, fields

    def refresh(
        self,
        cancel: CancelToken = NEVER,
        progress: ProgressCallback | None = None,
        on_wait: WaitCallback | None = None,
        full: bool = False,
    ) -> RefreshResult:
        """Bring the cached folders up to date; ``full`` re-reads them all instead of only
        the new additions and the folders whose counts changed."""
        with self._network():
            run = _Refresh(self, cancel, progress, on_wait)
            checked = _full_checked_at(self.cache)
            now = datetime.now(UTC)
            due = checked is not None and now - checked > FULL_CHECK_EVERY
            result = run.run(full or due)
            if result.full or checked is None:
                self.cache.set_state(CHECKED_KEY, now.isoformat())
            if result.full:
                for fid in run.passed:
                    self.note_whole_read(fid, now)
            return result

    def _network(self) -> _NetworkGuard:
        return _NetworkGuard(self)


def open_library(source: CollectionSource, username: str | None = None) -> Library:
    """The library of ``source``'s account: the demo gets its own cache; a Discogs source is
    keyed by username and API host. Pass ``username`` (e.g. from the stored credentials) so an
    offline start does not need to ask Discogs who is signed in."""
    if isinstance(source, DemoSource):
        return Library(source, Cache.for_demo())
    gateway = getattr(source, "gateway", None)
    api_url = getattr(gateway, "api_url", None)
    return Library(source, Cache.for_account(username or source.username, api_url=api_url))


def library_or_none(source: CollectionSource, username: str | None = None) -> Library | None:
    """:func:`open_library`, or None (logged) when the local library cannot be had: the
    collection is then read from Discogs without one."""
    try:
        return open_library(source, username=username)
    except (AppError, OSError, ValueError) as exc:
        log.warning("local library unavailable: %s", exc)
        return None


def parse_time(raw: object) -> datetime | None:
    """An ISO time saved in the library state (UTC when it has no zone), or None."""
    if not isinstance(raw, str) or not raw:
        return None
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _full_checked_at(cache: Cache) -> datetime | None:
    """When a refresh last read everything (None: never recorded yet)."""
    raw = cache.get_state(CHECKED_KEY)
    try:
        when = datetime.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None
    return when if when is None or when.tzinfo else when.replace(tzinfo=UTC)


def page_rows(page: Page) -> tuple[list[tuple[object, ...]], int]:
    """Cache rows for a page, reusing its instances when every item was usable."""
    if len(page.instances) == len(page.items):
        return [
            instance_row(inst, item) for inst, item in zip(page.instances, page.items, strict=True)
        ], 0
    return rows_from_items(page.items)


class _NetworkGuard:
    """Sets :attr:`Library.offline` from how a network operation ended; while it runs, the
    user's work is under way (a background pass waits, see ``Gateway.user_work``)."""

    def __init__(self, library: Library) -> None:
        self._library = library
        hold = getattr(library.source, "user_work", None)
        self._hold = hold() if hold is not None else contextlib.nullcontext()

    def __enter__(self) -> None:
        self._hold.__enter__()
        return None

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        self._hold.__exit__(exc_type, exc, tb)
        if exc is None:
            self._library.offline = False
        elif isinstance(exc, AppError) and exc.kind == ErrorKind.NETWORK:
            self._library.offline = True


class _Refresh:
    def __init__(
        self,
        library: Library,
        cancel: CancelToken,
        progress: ProgressCallback | None,
        on_wait: WaitCallback | None,
    ) -> None:
        self.source = library.source
        self.cache = library.cache
        self.cancel = cancel
        self.progress = progress
        self.on_wait = on_wait
        self.requests = 0
        self.skipped = 0
        self.done = 0
        self.passed: list[int] = []  # folders read in full

    def run(self, full: bool) -> RefreshResult:
        server_folders = self.source.folders(self.cancel)
        self.requests += 1
        fields = self.source.note_fields(self.cancel)
        self.requests += 1
        server = {f.id: f.count for f in server_folders}
        cached = self.cache.folders()
        complete = {f.id for f in cached if f.synced_at is not None}
        all_complete = ALL_FOLDER_ID in complete
        passes: list[int] = []
        dropped: list[int] = []
        batch = self.cache.begin_refresh()
        try:
            if full:
                passes = [ALL_FOLDER_ID] if all_complete or not complete else sorted(complete)
                passes = [f for f in passes if f == ALL_FOLDER_ID or f in server]
                dropped = sorted(complete - set(server) - {ALL_FOLDER_ID})
            elif all_complete:
                self._pull_additions(batch)
                counts = batch.counts()
                passes = sorted(
                    fid
                    for fid, count in server.items()
                    if fid != ALL_FOLDER_ID and counts.get(fid, 0) != count
                )
                dropped = sorted(fid for fid in counts if fid not in server)
                total = sum(counts.values())
                if not passes and ALL_FOLDER_ID in server and total != server[ALL_FOLDER_ID]:
                    passes = [ALL_FOLDER_ID]
            else:
                counts = self.cache.folder_counts()
                passes = sorted(
                    fid for fid in complete if fid in server and counts.get(fid, 0) != server[fid]
                )
                dropped = sorted(complete - set(server))
            for fid in passes:
                self._pass(batch, fid)
            if not full and passes and ALL_FOLDER_ID not in passes:
                readable = set(server) if all_complete else complete & set(server) - {0}
                passes += self._trace_vanished(batch, passes, readable)
            self.cancel.check()
            if all_complete or ALL_FOLDER_ID in passes:
                synced = set(server)
            else:
                synced = (complete | set(passes)) & set(server)
            applied = batch.commit(
                folders=server_folders,
                note_fields=fields,
                synced=synced,
                dropped=dropped,
                full=full,
            )
        finally:
            batch.discard()
        result = RefreshResult(
            requests=self.requests,
            added=applied.added,
            removed=applied.removed,
            moved=applied.moved,
            repaired_folders=tuple(f for f in passes if not full),
            full=full,
            skipped=self.skipped,
            edited=applied.edited,
        )
        log.info("library refresh: %s", result)
        return result

    def _pages(self, folder_id: int, order: str) -> Iterator[Page]:
        pages = self.source.iter_pages(
            folder_id, self.cancel, sort="added", order=order, on_wait=self.on_wait
        )
        try:
            for page in pages:
                self.requests += 1
                yield page
        finally:
            close = getattr(pages, "close", None)
            if close is not None:
                close()

    def _stage(self, batch: RefreshBatch, page: Page) -> list[tuple[object, ...]]:
        rows, skipped = page_rows(page)
        self.skipped += skipped
        self.cancel.check()
        batch.stage(rows)
        self.done += len(rows)
        return rows

    def _pull_additions(self, batch: RefreshBatch) -> None:
        """Read All newest first; stop at a page with nothing new or with an instance older than
        the newest one already cached (everything after it is older still, hence known)."""
        newest = self.cache.newest_added()
        for page in self._pages(ALL_FOLDER_ID, "desc"):
            rows = self._stage(batch, page)
            if self.progress is not None:
                self.progress(self.done, 0)
            ids = [int(r[0]) for r in rows]  # type: ignore[call-overload]
            known = self.cache.known_ids(ids)
            older = newest is not None and any(
                r[4] is not None and r[4] < newest  # type: ignore[operator]
                for r in rows
            )
            if not page.items or len(known) == len(ids) or older:
                break

    def _trace_vanished(
        self, batch: RefreshBatch, passed: list[int], readable: set[int]
    ) -> list[int]:
        """Find where the instances missing from the folders read again went; read the folders
        they moved into in full (their counts may not have changed). Returns those folders."""
        lookup = getattr(self.source, "release_instances", None)
        extra: list[int] = []
        traced: set[int] = set()
        while True:
            gone = [(iid, rid) for iid, rid in batch.vanished() if iid not in traced]
            if not gone:
                return extra
            if lookup is None:  # a source that cannot say (the demo): counts only
                return extra
            if len(traced) + len(gone) > MAX_TRACED:  # cheaper than many look-ups, and exact
                if ALL_FOLDER_ID in readable:
                    self._pass(batch, ALL_FOLDER_ID)
                    return [*extra, ALL_FOLDER_ID]
                rest = sorted(readable - set(passed) - set(extra))
                for fid in rest:
                    self._pass(batch, fid)
                return [*extra, *rest]
            for iid, rid in gone:
                traced.add(iid)
                items = lookup(rid, self.cancel, on_wait=self.on_wait)
                self.requests += 1
                rows, _ = rows_from_items(items)
                self.cancel.check()
                batch.stage(rows)
                for row in rows:
                    fid = int(row[2])  # type: ignore[call-overload]
                    if row[0] == iid and fid in readable and fid not in passed + extra:
                        self._pass(batch, fid)
                        extra.append(fid)

    def _pass(self, batch: RefreshBatch, folder_id: int) -> None:
        for page in self._pages(folder_id, "asc"):
            self._stage(batch, page)
            if self.progress is not None:
                self.progress(self.done, page.total)
        batch.mark_passed(folder_id)
        self.passed.append(folder_id)


#: The local cache of one account's collection (what the settings dialog shows and clears).
LibraryCache = Cache


def cache_size(cache: LibraryCache) -> int:
    """Bytes the cached collection takes on disk."""
    return int(cache.size_bytes())


def clear_cache(cache: LibraryCache) -> None:
    """Delete the cached collection; it is read from Discogs again (the history, the session,
    an unsaved preview and queued marks are kept). When the field values were read, and how
    far a background pass got, go with the data they describe."""
    cache.clear(forget=(FIELDS_READ_KEY, REREAD_PASS_KEY))
