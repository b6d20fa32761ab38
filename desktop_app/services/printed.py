"""The "printed" mark kept on Discogs (opt-in): one of the user's own collection fields gets a
short value such as ``QR 2026-12-05`` for each exported instance.

Shared by the GUI and the CLI. The choice of field, the user's consent to the first write and a
queue of pending writes live in the account's library state (``Cache.set_state``), so a run that
was cancelled or failed is taken up again later. Every write goes through the gateway (paced,
retried, cancellable). A write never replaces a non-empty value this app did not write unless
the caller says so. A failed write never touches the local export history.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..core.cancel import NEVER, CancelToken
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
#: Called with (writes done, writes in the run).
ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PendingWrite:
    """One field value to write to one collection instance."""

    instance_id: int
    release_id: int
    folder_id: int
    field_id: int
    value: str
    tries: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "i": self.instance_id,
            "r": self.release_id,
            "f": self.folder_id,
            "id": self.field_id,
            "v": self.value,
            "t": self.tries,
        }

    @classmethod
    def from_json(cls, data: Any) -> PendingWrite | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(
                int(data["i"]),
                int(data["r"]),
                int(data["f"]),
                int(data["id"]),
                str(data["v"]),
                int(data.get("t") or 0),
            )
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True, slots=True)
class WritePlan:
    """The writes for one export: those that may go ahead, and those that would replace a
    value the user wrote (``foreign``, instance id → that value)."""

    writes: list[PendingWrite]
    foreign: dict[int, str] = field(default_factory=dict)
    already: int = 0  # instances that hold this very value already (nothing to write)

    def chosen(self, overwrite_foreign: bool) -> list[PendingWrite]:
        """The writes to queue: all, or only those that replace no foreign value."""
        if overwrite_foreign:
            return list(self.writes)
        return [w for w in self.writes if w.instance_id not in self.foreign]


@dataclass(frozen=True, slots=True)
class WriteRun:
    """What one run of the queue did."""

    written: int
    total: int  # writes the run set out to make
    remaining: int  # writes still queued (to retry later)
    error: AppError | None = None  # why the run stopped early (auth, rate, network)
    dropped: int = 0  # writes refused too often (instance or field gone), left out


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


def pending(library: Library) -> list[PendingWrite]:
    """The writes still to make, oldest first."""
    raw = library.cache.get_state(QUEUE_KEY)
    found = [PendingWrite.from_json(x) for x in raw] if isinstance(raw, list) else []
    return [w for w in found if w is not None]


def _save(library: Library, writes: list[PendingWrite]) -> None:
    library.cache.set_state(QUEUE_KEY, [w.to_json() for w in writes] or None)


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


def queue_writes(library: Library, writes: Iterable[PendingWrite]) -> int:
    """Add writes to the queue (a newer write for the same instance and field replaces the
    queued one); returns how many are queued now."""
    queued = {(w.instance_id, w.field_id): w for w in pending(library)}
    for w in writes:
        queued.pop((w.instance_id, w.field_id), None)
        queued[(w.instance_id, w.field_id)] = w
    ordered = list(queued.values())
    _save(library, ordered)
    return len(ordered)


def clear_queue(library: Library) -> None:
    _save(library, [])


def _current_folder(library: Library, write: PendingWrite) -> PendingWrite:
    """``write`` aimed at the folder the instance is in now (it may have moved since)."""
    item = library.cache.raw_item(write.instance_id)
    folder = item.get("folder_id") if isinstance(item, dict) else None
    if isinstance(folder, int) and folder != write.folder_id:
        return replace(write, folder_id=folder)
    return write


def run_writes(
    library: Library,
    source: CollectionSource,
    cancel: CancelToken = NEVER,
    progress: ProgressCallback | None = None,
    on_wait: WaitCallback | None = None,
) -> WriteRun:
    """Make the queued writes, oldest first, saving the queue as it goes.

    An auth error (401/403), a rate limit beyond the retries or a network error stops the run
    and keeps the rest queued (:attr:`WriteRun.error` says why). A write refused as not found
    stays queued for a later run, and is dropped after :data:`MAX_TRIES` refusals. Cancelling
    saves the queue and raises ``Cancelled``.
    """
    write = getattr(source, "write_field", None)
    if not callable(write):
        raise AppError(ErrorKind.USAGE, "This collection cannot be marked on Discogs.")
    queue = pending(library)
    total = len(queue)
    left: list[PendingWrite] = []  # refused this run, kept for the next
    done: list[PendingWrite] = []  # written, not yet noted in the cache
    written = dropped = 0
    error: AppError | None = None
    try:
        while queue:
            cancel.check()
            item = queue[0] = _current_folder(library, queue[0])
            try:
                write(
                    item.folder_id,
                    item.release_id,
                    item.instance_id,
                    item.field_id,
                    item.value,
                    cancel=cancel,
                    on_wait=on_wait,
                )
            except Cancelled:
                raise
            except AppError as exc:
                if exc.kind != ErrorKind.DATA:
                    error = exc
                    break
                queue.pop(0)
                if item.tries + 1 >= MAX_TRIES:
                    dropped += 1
                    log.info("printed mark for %s dropped: %s", item.instance_id, exc.message)
                else:
                    left.append(replace(item, tries=item.tries + 1))
            else:
                done.append(queue.pop(0))
                written += 1
                if written % SAVE_EVERY == 0:
                    _note_locally(library, done)
                    _save(library, left + queue)
            if progress is not None:
                progress(total - len(queue), total)
    finally:
        _note_locally(library, done)
        _save(library, left + queue)
    return WriteRun(written, total, len(left) + len(queue), error, dropped)


def run_text(run: WriteRun) -> str:
    """A one-line summary of a run for the status bar and the CLI."""
    text = f"Marked {run.written:,} of {run.total:,} records as printed on Discogs"
    if run.error is not None:
        text += f"; stopped: {run.error.message} The other {run.remaining:,} are kept and "
        text += "written next time"
    elif run.remaining:
        text += f"; {run.remaining:,} could not be written and are tried again next time"
    return text + "."
