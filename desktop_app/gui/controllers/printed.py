"""The "printed" mark on Discogs in the GUI: after an export, queue the marks and write them in
a worker, reporting progress, waits and the outcome by signals (like the loader)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...core.errors import AppError
from ...services import printed
from ...services.library import Library
from ...services.source import CollectionSource
from ..workers import Job, JobRunner
from .jobs import JobSlot

#: (field name, records) -> True to go ahead: asked once, before the first write ever.
AskFirst = Callable[[str, int], bool]
#: (field name, {instance id: value}) -> True to replace those values too (default: skip them).
AskOverwrite = Callable[[str, dict[int, str]], bool]


class MarkJob(Job):
    """Make the queued writes. Result: :class:`services.printed.WriteRun`."""

    waiting = Signal(int, float, str)  # job id, seconds, reason
    progress = Signal(int, int, int)  # job id, writes done, writes in the run

    def __init__(self, library: Library, source: CollectionSource) -> None:
        super().__init__()
        self.library = library
        self.source = source

    def work(self) -> printed.WriteRun:
        return printed.run_writes(
            self.library,
            self.source,
            self.token,
            progress=lambda d, t: self.progress.emit(self.id, int(d), int(t)),
            on_wait=lambda s, r: self.waiting.emit(self.id, float(s), r),
        )


class PrintedController(QObject):
    """Queues and writes the marks of one account; one run at a time."""

    status = Signal(str)
    workStarted = Signal()
    progress = Signal(int, int)
    workEnded = Signal()
    waiting = Signal(float, str)
    finished = Signal(object)  # WriteRun: some marks may be on Discogs now
    failed = Signal(object, bool)  # AppError (the run stopped; the rest stays queued), False

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slot = JobSlot(runner, self)
        self._library: Library | None = None
        self._source: CollectionSource | None = None
        self._held: list[printed.PendingWrite] = []  # queued while a run is under way
        self.ask_first: AskFirst = lambda _name, _count: False
        self.ask_overwrite: AskOverwrite = lambda _name, _foreign: False

    # ---- account ------------------------------------------------------------------------
    def set_account(self, library: Library | None, source: CollectionSource | None) -> None:
        """Another account: stop a run (its rest stays queued) and take up this one's queue."""
        self.cancel()
        self._held = []
        self._library, self._source = library, source
        if self._ready() and printed.has_consent(library) and printed.pending(library):  # type: ignore[arg-type]
            self.start()

    def _ready(self) -> bool:
        return (
            self._library is not None
            and self._source is not None
            and printed.can_write(self._source)
        )

    def field_id(self) -> int | None:
        """The field that holds the marks (None: off, or a collection that cannot be marked)."""
        if not self._ready():
            return None
        chosen = printed.printed_field(self._library)  # type: ignore[arg-type]
        return chosen[0] if chosen is not None else None

    def busy(self) -> bool:
        return self._slot.busy()

    # ---- after an export ----------------------------------------------------------------
    def exported(self, instance_ids: Iterable[int]) -> None:
        """Records were exported: mark them (asking first when needed) and start writing."""
        library = self._library
        if not self._ready() or library is None:
            return
        chosen = printed.printed_field(library)
        if chosen is None:
            return
        field_id, name = chosen
        instances = printed.cached_instances(library, instance_ids)
        if not instances:
            return
        if not printed.has_consent(library):
            if not self.ask_first(name, len(instances)):
                return
            printed.give_consent(library)
        plan = printed.plan_writes(instances, field_id)
        overwrite = bool(plan.foreign) and self.ask_overwrite(name, dict(plan.foreign))
        writes = plan.chosen(overwrite)
        if self.busy():
            self._held.extend(writes)  # the run under way owns the queue until it ends
            return
        printed.queue_writes(library, writes)
        self.start()

    def start(self) -> None:
        """Write what is queued (nothing happens while a run is under way)."""
        if self.busy() or not self._ready():
            return
        if self._held:
            printed.queue_writes(self._library, self._held)  # type: ignore[arg-type]
            self._held = []
        self._slot.start(
            MarkJob(self._library, self._source),  # type: ignore[arg-type]
            succeeded=self._succeeded,
            failed=self._failed,
            cancelled=self._cancelled,
            waiting=self.waiting.emit,
            progress=self.progress.emit,
        )
        self.status.emit(self.tr("Marking records as printed on Discogs…"))
        self.workStarted.emit()

    def cancel(self) -> None:
        """Stop the run; what is not written stays queued for the next one."""
        if self._slot.busy():
            self._slot.cancel()
            self.workEnded.emit()
            self.status.emit(self.tr("Marking on Discogs stopped; the rest is written later."))

    # ---- outcomes -----------------------------------------------------------------------
    def _succeeded(self, run: printed.WriteRun) -> None:
        self.workEnded.emit()
        self.status.emit(self._run_text(run))
        self.finished.emit(run)
        if run.error is not None:
            self.failed.emit(run.error, False)
        elif self._held:
            self.start()

    def _failed(self, error: AppError) -> None:
        self.workEnded.emit()
        self.status.emit(self.tr("Marking on Discogs failed; it is tried again later."))
        self.failed.emit(error, False)

    def _cancelled(self) -> None:
        self.workEnded.emit()

    def _run_text(self, run: Any) -> str:
        text = self.tr("Marked %1 of %2 records as printed on Discogs.")
        text = text.replace("%1", f"{run.written:,}").replace("%2", f"{run.total:,}")
        if run.error is not None:
            more = self.tr("Stopped: %1 The other %2 are kept and written later.")
            text += " " + more.replace("%1", run.error.message).replace("%2", f"{run.remaining:,}")
        elif run.remaining:
            more = self.tr("%1 could not be written and are tried again later.")
            text += " " + more.replace("%1", f"{run.remaining:,}")
        return text
