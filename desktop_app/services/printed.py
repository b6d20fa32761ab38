"""The "printed" mark kept on Discogs (opt-in): one of the user's own collection fields gets a
short value such as ``QR 2026-12-05`` for each exported instance.

Shared by the GUI and the CLI. The choice of field, the user's consent to the first write and a
queue of pending writes live in the account's library state (``Cache.set_state``), so a run that
was cancelled or failed is taken up again later. The queue is changed in one transaction at a
time (``Cache.update_state``): a CLI run beside the window never drops the other's writes.

Read before write: a run reads every record's current value from Discogs shortly before it
writes (never more than :data:`FRESH_SECONDS` before), by whichever costs fewer requests: the
release's instances (``/collection/releases/{id}``) or the folder pages that hold the records.
A write goes ahead only when the field is empty, already holds a mark of this app, or holds
exactly the value the user chose to replace (``PendingWrite.expected``). Any other value is kept
and reported (``WriteRun.kept``); its write stays queued until the user decides. What was read
goes into the local library too. A failed write never touches the local export history.

The writes are spaced evenly over the rate window, unless all of them fit in what the window
has left: then they go at once, which is faster overall (``WriteRun.burst`` says so).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..core.cancel import NEVER, CancelToken
from ..core.collection import PER_PAGE
from ..core.errors import AppError, Cancelled, ErrorKind
from ..core.printed import is_printed_value, printed_day, printed_value
from ..core.release import Instance
from ..store.cache import rows_from_items
from .library import Library
from .source import CollectionSource, WaitCallback

log = logging.getLogger(__name__)

FIELD_KEY = "printed_field"  # {"id": int, "name": str}
CONSENT_KEY = "printed_consent"  # True once the user agreed to the first write
QUEUE_KEY = "printed_queue"  # [PendingWrite.to_json()]
#: Discogs' own dropdown fields (Media Condition, Sleeve Condition) cannot hold a free text.
DROPDOWN_FIELDS = frozenset({1, 2})
#: The queue is saved after this many writes (and at the end): a crash repeats at most these.
SAVE_EVERY = 10
#: A write refused as not found (the instance was removed, the field deleted) this many times
#: is dropped from the queue.
MAX_TRIES = 3
#: A value read from Discogs is trusted for a write this long (seconds); then it is read again.
FRESH_SECONDS = 180.0
#: Requests kept unused in every rate window (as the gateway does).
RESERVE = 1
#: Seconds one request takes when nothing waits (for estimates of a burst).
REQUEST_SECONDS = 0.3
#: Called with (writes done, writes in the run).
ProgressCallback = Callable[[int, int], None]
#: Called once a run knows what it will cost (before its first request).
PlanCallback = Callable[["MarkEstimate"], None]
Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class PendingWrite:
    """One field value to write to one collection instance.

    ``expected`` is a value the user wrote and chose to replace, exactly as it was shown to
    them; the write replaces that value only, never another one found in its place.
    """

    instance_id: int
    release_id: int
    folder_id: int
    field_id: int
    value: str
    tries: int = 0
    expected: str | None = None

    @property
    def key(self) -> tuple[int, int]:
        return (self.instance_id, self.field_id)

    @property
    def identity(self) -> tuple[int, int, str, str | None]:
        """What makes it this write, whatever its tries (a newer one for the field differs)."""
        return (self.instance_id, self.field_id, self.value, self.expected)

    def same(self, other: PendingWrite) -> bool:
        return self.identity == other.identity

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "i": self.instance_id,
            "r": self.release_id,
            "f": self.folder_id,
            "id": self.field_id,
            "v": self.value,
            "t": self.tries,
        }
        if self.expected is not None:
            data["x"] = self.expected
        return data

    @classmethod
    def from_json(cls, data: Any) -> PendingWrite | None:
        if not isinstance(data, dict):
            return None
        try:
            expected = data.get("x")
            return cls(
                int(data["i"]),
                int(data["r"]),
                int(data["f"]),
                int(data["id"]),
                str(data["v"]),
                int(data.get("t") or 0),
                None if expected is None else str(expected),
            )
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True, slots=True)
class WritePlan:
    """The writes for one export, from the values last read (a hint: each write checks the
    current value again before it is sent): ``foreign`` holds those that showed a value the
    user wrote (instance id → that value)."""

    writes: list[PendingWrite]
    foreign: dict[int, str] = field(default_factory=dict)
    already: int = 0  # instances that hold this very value already (nothing to write)

    def chosen(self, overwrite_foreign: bool) -> list[PendingWrite]:
        """The writes to queue: all (those with a foreign value replace exactly that value,
        as shown to the user), or only those that showed no foreign value. A value found when
        the write is made that differs from the one shown is kept either way."""
        if overwrite_foreign:
            return [
                replace(w, expected=self.foreign[w.instance_id])
                if w.instance_id in self.foreign
                else w
                for w in self.writes
            ]
        return [w for w in self.writes if w.instance_id not in self.foreign]


@dataclass(frozen=True, slots=True)
class MarkEstimate:
    """What a run of writes will cost, before it starts."""

    writes: int
    reads: int  # requests to read the current values first
    seconds: float
    burst: bool  # all at once (they fit in the rate window), not spaced evenly
    per_minute: float  # the pace when spaced evenly (requests a minute)


@dataclass(frozen=True, slots=True)
class WriteRun:
    """What one run of the queue did."""

    written: int
    total: int  # writes the run set out to make
    remaining: int  # writes still queued to retry later (kept values not counted)
    error: AppError | None = None  # why the run stopped early (auth, rate, network)
    dropped: int = 0  # writes refused too often (instance or field gone), left out
    #: instance id → the value found on Discogs that this app did not write: kept
    kept: dict[int, str] = field(default_factory=dict)
    #: the writes behind ``kept``, still queued until the user decides (see :func:`skip`)
    conflicts: tuple[PendingWrite, ...] = ()
    reads: int = 0  # requests made to read the current values
    pages: int = 0  # of those, folder pages
    posts: int = 0  # write requests made
    burst: bool = False

    @property
    def failed(self) -> int:
        return self.remaining + self.dropped


# ---- the chosen field and the consent ------------------------------------------------------


def text_fields(note_fields: Mapping[int, str]) -> dict[int, str]:
    """The fields a mark can be written to (Discogs' own dropdowns left out)."""
    return {fid: name for fid, name in note_fields.items() if fid not in DROPDOWN_FIELDS}


def printed_field(library: Library) -> tuple[int, str] | None:
    """The field chosen for the mark, or None (the feature is off)."""
    data = library.cache.get_state(FIELD_KEY)
    if not isinstance(data, dict):
        return None
    try:
        return int(data["id"]), str(data.get("name") or "")
    except (KeyError, TypeError, ValueError):
        return None


def set_printed_field(library: Library, field_id: int | None, name: str = "") -> None:
    """Choose the field (None turns the feature off; queued writes stay for a later choice)."""
    value = None if field_id is None else {"id": int(field_id), "name": name}
    library.cache.set_state(FIELD_KEY, value)


def has_consent(library: Library) -> bool:
    return library.cache.get_state(CONSENT_KEY) is True


def give_consent(library: Library) -> None:
    library.cache.set_state(CONSENT_KEY, True)


def can_write(source: CollectionSource) -> bool:
    """Whether ``source`` can write fields (Discogs can; the demo collection cannot)."""
    return callable(getattr(source, "write_field", None))


# ---- planning ------------------------------------------------------------------------------


def plan_writes(instances: Iterable[Instance], field_id: int, day: date | None = None) -> WritePlan:
    """The writes that mark ``instances`` as printed on ``day`` (today by default), from their
    cached notes: a value this app wrote is replaced, an empty field filled, any other value
    is ``foreign``."""
    value = printed_value(day or date.today())
    writes: list[PendingWrite] = []
    foreign: dict[int, str] = {}
    already = 0
    seen: set[int] = set()
    for inst in instances:
        if inst.instance_id in seen:
            continue
        seen.add(inst.instance_id)
        current = dict(inst.notes).get(field_id, "").strip()
        if current == value:
            already += 1
            continue
        if current and not is_printed_value(current):
            foreign[inst.instance_id] = current
        writes.append(
            PendingWrite(inst.instance_id, inst.release_id, inst.folder_id, field_id, value)
        )
    return WritePlan(writes, foreign, already)


def cached_instances(library: Library, instance_ids: Iterable[int]) -> list[Instance]:
    """The cached instances with these ids (with their notes as last read), in that order."""
    found: list[Instance] = []
    for iid in dict.fromkeys(int(i) for i in instance_ids):
        item = library.cache.raw_item(iid)
        if item is None:
            continue
        try:
            found.append(Instance.from_item(item))
        except (KeyError, TypeError, ValueError):
            continue
    return found


def printed_marks(instances: Iterable[Instance], field_id: int | None) -> dict[int, date]:
    """The day each instance was marked printed on Discogs (read back from its notes), so the
    "exported" marks work on any computer."""
    if field_id is None:
        return {}
    marks: dict[int, date] = {}
    for inst in instances:
        for fid, text in inst.notes:
            if fid == field_id:
                day = printed_day(text)
                if day is not None:
                    marks[inst.instance_id] = day
    return marks


# ---- the queue -----------------------------------------------------------------------------


def _parse(raw: Any) -> list[PendingWrite]:
    found = [PendingWrite.from_json(x) for x in raw] if isinstance(raw, list) else []
    return [w for w in found if w is not None]


def _dump(writes: Iterable[PendingWrite]) -> list[dict[str, Any]] | None:
    return [w.to_json() for w in writes] or None


def pending(library: Library) -> list[PendingWrite]:
    """The writes still to make, oldest first."""
    return _parse(library.cache.get_state(QUEUE_KEY))


def _update(
    library: Library, fn: Callable[[list[PendingWrite]], list[PendingWrite]]
) -> list[PendingWrite]:
    """Change the queue as it is saved now, in one transaction; returns the new queue."""
    result: list[PendingWrite] = []

    def apply(raw: Any) -> list[dict[str, Any]] | None:
        result[:] = fn(_parse(raw))
        return _dump(result)

    library.cache.update_state(QUEUE_KEY, apply)
    return result


def queue_writes(library: Library, writes: Iterable[PendingWrite]) -> int:
    """Add writes to the queue (a newer write for the same instance and field replaces the
    queued one); returns how many are queued now. Writes queued meanwhile by another window or
    command stay."""
    new = list(writes)

    def merge(current: list[PendingWrite]) -> list[PendingWrite]:
        queued = {w.key: w for w in current}
        for w in new:
            queued.pop(w.key, None)
            queued[w.key] = w
        return list(queued.values())

    return len(_update(library, merge))


def skip(library: Library, writes: Iterable[PendingWrite]) -> None:
    """Take these writes out of the queue (e.g. kept values the user chose to keep); a newer
    write for the same field, queued meanwhile, stays."""
    gone = {w.identity for w in writes}
    if gone:
        _update(library, lambda current: [w for w in current if w.identity not in gone])


def clear_queue(library: Library) -> None:
    library.cache.set_state(QUEUE_KEY, None)


def _settle(
    library: Library,
    finished: list[PendingWrite],
    retried: list[PendingWrite],
) -> None:
    """Apply a run's outcome to the queue as saved now: ``finished`` writes (made, or given up)
    leave it, ``retried`` ones are saved with their new count of tries. Writes another process
    queued meanwhile, and newer writes for the same fields, are left as they are."""
    if not finished and not retried:
        return

    gone = {w.identity for w in finished}
    again = {w.identity: w for w in retried}

    def apply(current: list[PendingWrite]) -> list[PendingWrite]:
        return [again.get(w.identity, w) for w in current if w.identity not in gone]

    _update(library, apply)
    finished.clear()
    retried.clear()


def _note_locally(library: Library, done: list[PendingWrite]) -> None:
    """Put the written values into the cached items, as the next full read would."""
    items: list[dict[str, Any]] = []
    for w in done:
        item = library.cache.raw_item(w.instance_id)
        if item is None:
            continue
        notes = [n for n in item.get("notes") or [] if isinstance(n, dict)]
        notes = [n for n in notes if n.get("field_id") != w.field_id]
        notes.append({"field_id": w.field_id, "value": w.value})
        items.append({**item, "notes": sorted(notes, key=lambda n: str(n.get("field_id")))})
    rows, _ = rows_from_items(items)
    if rows:
        library.cache.store_rows(rows)
    done.clear()


def _field_value(item: Mapping[str, Any], field_id: int) -> str:
    for note in item.get("notes") or []:
        if isinstance(note, dict) and note.get("field_id") == field_id:
            return str(note.get("value") or "").strip()
    return ""


# ---- pacing and estimates ------------------------------------------------------------------


def _rate(source: CollectionSource) -> tuple[int, float, int | None]:
    """(requests per window, window seconds, requests free now or None) of the source."""
    gateway = getattr(source, "gateway", None)
    if gateway is None:
        return 0, 0.0, None
    limit = int(getattr(gateway, "rate_limit", 0) or 0)
    window = float(getattr(gateway, "window_seconds", 0.0) or 0.0)
    free = getattr(gateway, "free_now", None)
    return limit, window, (int(free()) if callable(free) else None)


def pacing(requests: int, limit: int, window: float, free: int | None = None) -> float:
    """Seconds between the starts of two requests: 0 (all at once) when ``requests`` fit in
    what the rate window has ``free`` (at once is then faster overall), else evenly spread."""
    if limit <= 0 or window <= 0:
        return 0.0
    budget = max(1, limit - RESERVE)
    if requests <= (budget if free is None else min(free, budget)):
        return 0.0
    return window / budget


def estimate_run(
    writes: int, reads: int, limit: int, window: float, free: int | None = None
) -> MarkEstimate:
    """A :class:`MarkEstimate` for ``writes`` and ``reads`` at this rate limit."""
    requests = writes + reads
    interval = pacing(requests, limit, window, free)
    budget = max(1, limit - RESERVE)
    per_minute = 60.0 * budget / window if window > 0 else 0.0
    seconds = requests * (interval or REQUEST_SECONDS)
    return MarkEstimate(writes, reads, seconds, interval == 0.0, per_minute)


def estimate(
    library: Library, source: CollectionSource, writes: Iterable[PendingWrite] | None = None
) -> MarkEstimate:
    """What writing ``writes`` (default: the queue) will cost with the reads before them."""
    queue = pending(library) if writes is None else list(writes)
    reads = _Positions(library).read_cost(queue)
    limit, window, free = _rate(source)
    return estimate_run(len(queue), reads, limit, window, free)


class _Pace:
    """Spaces the starts of a run's requests ``interval`` seconds apart (0: no spacing)."""

    def __init__(self, interval: float, cancel: CancelToken, clock: Clock) -> None:
        self.interval = interval
        self.cancel = cancel
        self.clock = clock
        self._next = 0.0

    def __call__(self) -> None:
        if self.interval <= 0:
            return
        delay = self._next - self.clock()
        if delay > 0 and self.cancel.wait(delay):
            raise Cancelled()
        self._next = self.clock() + self.interval


# ---- reading the current values ------------------------------------------------------------


class _Positions:
    """Where each cached instance is in its folder's pages (sorted by date added, as read)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._folders: dict[int, dict[int, int]] = {}

    def forget(self) -> None:
        """The library learnt more (pages were read): place the records again."""
        self._folders.clear()

    def folder_of(self, w: PendingWrite) -> int:
        item = self.library.cache.raw_item(w.instance_id)
        folder = item.get("folder_id") if isinstance(item, dict) else None
        return folder if isinstance(folder, int) else w.folder_id

    def _index(self, folder: int) -> dict[int, int]:
        index = self._folders.get(folder)
        if index is None:
            ids = [i.instance_id for i in self.library.cache.instances(folder)] if folder else []
            index = self._folders[folder] = {iid: n for n, iid in enumerate(ids)}
        return index

    def page_of(self, w: PendingWrite) -> tuple[int, int] | None:
        folder = self.folder_of(w)
        n = self._index(folder).get(w.instance_id)
        return None if n is None else (folder, n // PER_PAGE + 1)

    def sort_key(self, w: PendingWrite) -> tuple[int, int, int]:
        folder = self.folder_of(w)
        n = self._index(folder).get(w.instance_id)
        return (1, folder, 0) if n is None else (0, folder, n)

    def costs(
        self, writes: list[PendingWrite]
    ) -> tuple[int, set[tuple[int, int]], dict[int, list[PendingWrite]]]:
        """(instance reads, the pages holding the writes, writes on no known page by folder)."""
        releases = {w.release_id for w in writes}
        pages: set[tuple[int, int]] = set()
        unplaced: dict[int, list[PendingWrite]] = {}
        for w in writes:
            where = self.page_of(w)
            if where is None:
                unplaced.setdefault(self.folder_of(w), []).append(w)
            else:
                pages.add(where)
        return len(releases), pages, unplaced

    def read_cost(self, writes: list[PendingWrite]) -> int:
        """The reads a run of ``writes`` is expected to make: the cheaper of one per release
        and the pages holding them (records the library has not placed yet count as the
        pages they fill, plus one)."""
        if not writes:
            return 0
        by_release, pages, unplaced = self.costs(writes)
        walk = sum(_walk_cost(group) for group in unplaced.values())
        return min(by_release, len(pages) + walk)


def _walk_cost(writes: list[PendingWrite]) -> int:
    releases = len({w.release_id for w in writes})
    return min(releases, math.ceil(len(writes) / PER_PAGE) + 1)


class _Reader:
    """The current value of each write's field, read from Discogs not long before."""

    def __init__(
        self,
        library: Library,
        source: CollectionSource,
        cancel: CancelToken,
        on_wait: WaitCallback | None,
        clock: Clock,
        pace: _Pace,
    ) -> None:
        self.library = library
        self.source = source
        self.cancel = cancel
        self.on_wait = on_wait
        self.clock = clock
        self.pace = pace
        self.positions = _Positions(library)
        self.fresh: dict[int, tuple[float, Mapping[str, Any] | None]] = {}
        self.reads = self.pages = 0

    def current(self, w: PendingWrite) -> tuple[bool, Mapping[str, Any] | None]:
        """(read recently enough, the item as read; None: no longer in the collection)."""
        got = self.fresh.get(w.instance_id)
        if got is None or self.clock() - got[0] > FRESH_SECONDS:
            return False, None
        return True, got[1]

    def _stale(self, writes: Iterable[PendingWrite]) -> list[PendingWrite]:
        return [w for w in writes if not self.current(w)[0]]

    def wrote(self, w: PendingWrite, item: Mapping[str, Any]) -> None:
        notes = [n for n in item.get("notes") or [] if n.get("field_id") != w.field_id]
        notes.append({"field_id": w.field_id, "value": w.value})
        at = self.fresh.get(w.instance_id, (self.clock(), None))[0]
        self.fresh[w.instance_id] = (at, {**item, "notes": notes})

    def read(self, upcoming: list[PendingWrite], budget: int) -> None:
        """Read the current values for the next writes (at least the first), as many as can be
        written while the values are fresh, by the cheaper way."""
        stale = self._stale(upcoming)
        chunk = stale[: max(1, budget)]
        by_release, pages, unplaced = self.positions.costs(chunk)
        walk = sum(_walk_cost(group) for group in unplaced.values())
        if len(pages) + walk < by_release:
            ordered = list(dict.fromkeys(p for w in chunk if (p := self.positions.page_of(w))))
            if len(stale) > len(chunk) and len(ordered) > 1 and not unplaced:
                ordered.pop()  # its rest comes in the next chunk: read it then, whole
            for folder, page in ordered:
                self._read_page(folder, page)
            for folder, group in unplaced.items():
                self._walk(folder, group)
            first, wanted = chunk[0], set(ordered)
            chunk = [w for w in chunk if w is first or self.positions.page_of(w) in wanted]
            chunk += [w for group in unplaced.values() for w in group if w is not first]
        missing = self._stale(chunk)
        for release_id in dict.fromkeys(w.release_id for w in missing):
            self._read_release(release_id, [w for w in missing if w.release_id == release_id])
        self.positions.forget()

    def _walk(self, folder: int, writes: list[PendingWrite]) -> None:
        """Read ``folder``'s pages from the first until every write's record was seen, while
        that stays cheaper than reading the rest one release at a time."""
        page, pages = 1, 1
        while True:
            left = self._stale(writes)
            releases = len({w.release_id for w in left})
            if not left or (page > 1 and releases <= pages - page + 1):
                return
            got = self._read_page(folder, page)
            if got is None or page >= got.pages:
                return
            page, pages = page + 1, got.pages

    def _keep(self, at: float, items: Iterable[Mapping[str, Any]]) -> None:
        found = [dict(item) for item in items if isinstance(item, Mapping)]
        for item in found:
            iid = item.get("instance_id")
            if isinstance(iid, int):
                self.fresh[iid] = (at, item)
        rows, _ = rows_from_items(found)
        if rows:
            self.library.cache.store_rows(rows)  # the local library learns what was read

    def _read_page(self, folder: int, page: int) -> Any:
        self.pace()
        at = self.clock()
        pages = self.source.iter_pages(
            folder, self.cancel, sort="added", order="asc", on_wait=self.on_wait, start_page=page
        )
        try:
            got = next(iter(pages), None)
        except AppError as exc:
            if exc.kind != ErrorKind.DATA:
                raise
            got = None  # e.g. the page is out of range now: the records are read one by one
        finally:
            close = getattr(pages, "close", None)
            if callable(close):
                close()
        self.reads += 1
        self.pages += 1
        if got is not None:
            self._keep(at, got.items)
        return got

    def _read_release(self, release_id: int, writes: list[PendingWrite]) -> None:
        read = getattr(self.source, "release_instances", None)
        self.pace()
        at = self.clock()
        items: list[Mapping[str, Any]] = []
        if callable(read):
            try:
                items = read(release_id, self.cancel, self.on_wait)
            except AppError as exc:
                if exc.kind != ErrorKind.DATA:
                    raise
            self.reads += 1
        self._keep(at, items)
        for w in writes:
            if not self.current(w)[0]:
                self.fresh[w.instance_id] = (at, None)  # no longer in the collection


# ---- the run -------------------------------------------------------------------------------


def run_writes(
    library: Library,
    source: CollectionSource,
    cancel: CancelToken = NEVER,
    progress: ProgressCallback | None = None,
    on_wait: WaitCallback | None = None,
    *,
    replace_values: Collection[str] = (),
    on_plan: PlanCallback | None = None,
    clock: Clock = time.monotonic,
) -> WriteRun:
    """Make the queued writes, each after reading the record's current value, saving the
    queue as it goes.

    A value this app did not write is kept (:attr:`WriteRun.kept`; the write stays queued, see
    :func:`skip`) unless the write names it as ``expected`` or it is one of
    ``replace_values`` (values the user was shown and chose to replace). An auth error
    (401/403), a rate limit beyond the retries or a network error stops the run and keeps the
    rest queued (:attr:`WriteRun.error` says why). A record no longer in the collection, or a
    write refused as not found, stays queued for a later run and is dropped after
    :data:`MAX_TRIES` times. Cancelling saves the queue and raises ``Cancelled``.
    """
    write = getattr(source, "write_field", None)
    if not callable(write):
        raise AppError(ErrorKind.USAGE, "This collection cannot be marked on Discogs.")
    positions = _Positions(library)
    queue = sorted(pending(library), key=positions.sort_key)  # pages in order, read once
    total = len(queue)
    limit, window, free = _rate(source)
    plan = estimate_run(total, positions.read_cost(queue), limit, window, free)
    pace = _Pace(pacing(plan.writes + plan.reads, limit, window, free), cancel, clock)
    if on_plan is not None:
        on_plan(plan)
    reader = _Reader(library, source, cancel, on_wait, clock, pace)
    reader.positions = positions
    budget = total if pace.interval <= 0 else max(1, int(0.8 * FRESH_SECONDS / pace.interval))
    replaceable = {v.strip() for v in replace_values}
    finished: list[PendingWrite] = []  # written or given up: out of the queue
    retried: list[PendingWrite] = []  # tried again next run, with one more try counted
    posted: list[PendingWrite] = []  # written, not yet noted in the cache
    conflicts: list[PendingWrite] = []
    kept: dict[int, str] = {}
    written = dropped = posts = processed = 0
    error: AppError | None = None

    def refused(w: PendingWrite, why: str) -> None:
        nonlocal dropped
        if w.tries + 1 >= MAX_TRIES:
            dropped += 1
            finished.append(w)
            log.info("printed mark for %s dropped: %s", w.instance_id, why)
        else:
            retried.append(replace(w, tries=w.tries + 1))

    try:
        for index, w in enumerate(queue):
            cancel.check()
            fresh, item = reader.current(w)
            if not fresh:
                reader.read(queue[index:], budget)
                fresh, item = reader.current(w)
            if item is None:
                refused(w, "no longer in the collection")
            else:
                current = _field_value(item, w.field_id)
                ours = not current or is_printed_value(current)
                if current == w.value:
                    finished.append(w)
                    written += 1
                elif not ours and current != w.expected and current not in replaceable:
                    kept[w.instance_id] = current
                    conflicts.append(w)
                else:
                    folder = item.get("folder_id")
                    folder = folder if isinstance(folder, int) else w.folder_id
                    pace()
                    try:
                        posts += 1
                        write(
                            folder,
                            w.release_id,
                            w.instance_id,
                            w.field_id,
                            w.value,
                            cancel=cancel,
                            on_wait=on_wait,
                        )
                    except Cancelled:
                        raise
                    except AppError as exc:
                        if exc.kind != ErrorKind.DATA:
                            error = exc
                            break
                        refused(w, exc.message)
                    else:
                        reader.wrote(w, item)
                        finished.append(w)
                        posted.append(w)
                        written += 1
                        if written % SAVE_EVERY == 0:
                            _note_locally(library, posted)
                            _settle(library, finished, retried)
            processed = index + 1
            if progress is not None:
                progress(processed, total)
    except Cancelled:
        raise
    except AppError as exc:  # a read failed: auth, rate, network
        if exc.kind == ErrorKind.USAGE:
            raise
        error = exc
    finally:
        _note_locally(library, posted)
        _settle(library, finished, retried)
    remaining = total - written - dropped - len(conflicts)
    return WriteRun(
        written,
        total,
        remaining,
        error,
        dropped,
        kept,
        tuple(conflicts),
        reader.reads,
        reader.pages,
        posts,
        plan.burst,
    )


# ---- texts (the CLI's; the GUI builds its own from the same figures) -----------------------


def duration_text(seconds: float) -> str:
    """ "a few seconds", "about a minute", "about 10 minutes", "about 2 hours"."""
    if seconds < 45:
        return "a few seconds"
    minutes = round(seconds / 60)
    if minutes <= 1:
        return "about a minute"
    if minutes < 90:
        return f"about {minutes} minutes"
    return f"about {math.ceil(seconds / 3600)} hours"


def estimate_text(plan: MarkEstimate, name: str = "") -> str:
    """ "597 marks in “QR”, about 10 minutes (one every 1.0 s; each value is read first)."""
    where = f" in “{name}”" if name else ""
    text = f"{plan.writes:,} mark{'s' if plan.writes != 1 else ''}{where}, "
    text += duration_text(plan.seconds)
    if plan.burst:
        text += " (at once: they fit in the Discogs rate limit"
    else:
        gap = 60.0 / plan.per_minute if plan.per_minute else 0.0
        text += f" (one every {gap:.1f} s, the Discogs rate limit"
    return text + f"; {plan.reads:,} reads first)"


def kept_text(kept: Mapping[int, str], limit: int = 5) -> str:
    """The values kept, quoted: "“box 7”, “shelf 4” and 3 more"."""
    values = list(dict.fromkeys(kept.values()))
    shown = ", ".join(f"“{v}”" for v in values[:limit])
    if len(values) > limit:
        shown += f" and {len(values) - limit:,} more"
    return shown


def run_text(run: WriteRun) -> str:
    """A one-line summary of a run for the CLI: written, kept (with the values) and failed."""
    text = f"Marked {run.written:,} of {run.total:,} records as printed on Discogs"
    if run.kept:
        n = len(run.kept)
        text += f"; kept {n:,} value{'s' if n != 1 else ''} you wrote: {kept_text(run.kept)}"
    if run.error is not None:
        text += f"; stopped: {run.error.message} The other {run.remaining:,} are kept and "
        text += "written next time"
    elif run.failed:
        text += f"; {run.failed:,} failed"
        if run.remaining:
            text += f" ({run.remaining:,} are tried again next time)"
    return text + "."
