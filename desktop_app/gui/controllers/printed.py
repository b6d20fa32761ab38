"""The "printed" mark on Discogs in the GUI: after an export, queue the marks and write them in
a worker, reporting the time it will take, progress, waits and the outcome by signals (like the
loader).

Every write reads the record's value first (:func:`services.printed.run_writes`). Values the
collector wrote are kept and, after the run, shown in one question: Replace (exactly those
values), Skip (keep them, leave those records unmarked) or Don't mark now (they stay queued).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

from ...core.errors import AppError
from ...services import printed
from ...services.library import Library
from ...services.source import CollectionSource
from ..i18n import error_text
from ..texts import number
from ..workers import Job, JobRunner
from .jobs import JobSlot

REPLACE = "replace"
SKIP = "skip"
LATER = "later"

#: (field name, records) -> True to go ahead: asked once, before the first write ever.
AskFirst = Callable[[str, int], bool]
#: (field name, {instance id: value found on Discogs}) -> REPLACE, SKIP or LATER
#: (True and False stand for REPLACE and SKIP).
AskOverwrite = Callable[[str, dict[int, str]], object]


class MarkJob(Job):
    """Make the queued writes. Result: :class:`services.printed.WriteRun`."""

    waiting = Signal(int, float, str)  # job id, seconds, reason
    progress = Signal(int, int, int)  # job id, writes done, writes in the run
    planned = Signal(int, object)  # job id, services.printed.MarkEstimate

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
            on_plan=lambda plan: self.planned.emit(self.id, plan),
        )


class PrintedController(QObject):
    """Queues and writes the marks of one account; one run at a time."""

    status = Signal(str)
    workStarted = Signal()
    progress = Signal(int, int)
    workEnded = Signal()
    waiting = Signal(float, str)
    planned = Signal(object)  # MarkEstimate, before the first request of a run
    finished = Signal(object)  # WriteRun: some marks may be on Discogs now
    failed = Signal(object, bool)  # AppError (the run stopped; the rest stays queued), False

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slot = JobSlot(runner, self)
        self._library: Library | None = None
        self._source: CollectionSource | None = None
        self._more = False  # writes were queued while a run was under way: run again
        self._later: dict[int, str] = {}  # values the user said "not now" to, this session
        self.last_plan: printed.MarkEstimate | None = None
        self.stop_action: Any = None  # the window's "Stop marking" (a QAction), once wired
        self.ask_first: AskFirst = lambda _name, _count: False
        self.ask_overwrite: AskOverwrite = lambda _name, _kept: SKIP

    # ---- account ------------------------------------------------------------------------
    def set_account(self, library: Library | None, source: CollectionSource | None) -> None:
        """Another account: stop a run (its rest stays queued) and take up this one's queue
        (each value is read again before it is written)."""
        self.cancel()
        self._more = False
        self._later = {}
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

    def _field_name(self) -> str:
        chosen = printed.printed_field(self._library) if self._library is not None else None
        return chosen[1] if chosen is not None else ""

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
        # all of them: the run reads each value first and asks about the ones it must keep
        writes = printed.plan_writes(instances, field_id).writes
        printed.queue_writes(library, writes)  # merged with the queue as saved now
        self.start()  # or, while a run is under way, once it has ended

    def start(self) -> None:
        """Write what is queued (while a run is under way: once it has ended)."""
        if self.busy():
            self._more = True
            return
        if not self._ready():
            return
        self._more = False
        self._slot.start(
            MarkJob(self._library, self._source),  # type: ignore[arg-type]
            succeeded=self._succeeded,
            failed=self._failed,
            cancelled=self._cancelled,
            waiting=self.waiting.emit,
            progress=self.progress.emit,
            planned=self._planned,
        )
        self.status.emit(self.tr("Reading the records on Discogs before marking them…"))
        self.workStarted.emit()

    def cancel(self) -> None:
        """Stop the run; what is not written stays queued for the next one."""
        if self._slot.busy():
            self._slot.cancel()
            self.workEnded.emit()
            self.status.emit(self.tr("Marking on Discogs stopped; the rest is written later."))

    # ---- outcomes -----------------------------------------------------------------------
    def _planned(self, plan: printed.MarkEstimate) -> None:
        self.last_plan = plan
        self.planned.emit(plan)
        if plan.writes:
            self.status.emit(self.estimate_text(plan))

    def _succeeded(self, run: printed.WriteRun) -> None:
        self.workEnded.emit()
        self.status.emit(self.run_text(run))
        self.finished.emit(run)
        if run.error is not None:
            self.failed.emit(run.error, False)
            return
        if run.conflicts and self._decide(run):
            return
        if self._more:
            self.start()

    def _decide(self, run: printed.WriteRun) -> bool:
        """Ask about the values kept (those not put off this session already); True when a
        run was started to replace them."""
        library = self._library
        if library is None or all(self._later.get(i) == v for i, v in run.kept.items()):
            return False
        choice = self.ask_overwrite(self._field_name(), dict(run.kept))
        if choice is True or choice == REPLACE:
            chosen = [replace(w, expected=run.kept[w.instance_id]) for w in run.conflicts]
            printed.queue_writes(library, chosen)  # exactly the values shown
            self.start()
            return True
        if choice == LATER:
            self._later.update(run.kept)
            text = self.tr("%1 marks stay queued; you are asked again next time.")
            self.status.emit(text.replace("%1", number(len(run.conflicts))))
            return False
        printed.skip(library, run.conflicts)
        return False

    def _failed(self, error: AppError) -> None:
        self.workEnded.emit()
        self.status.emit(self.tr("Marking on Discogs failed; it is tried again later."))
        self.failed.emit(error, False)

    def _cancelled(self) -> None:
        self.workEnded.emit()

    # ---- texts --------------------------------------------------------------------------
    def duration_text(self, seconds: float) -> str:
        if seconds < 45:
            return self.tr("a few seconds")
        minutes = round(seconds / 60)
        if minutes <= 1:
            return self.tr("about a minute")
        if minutes < 90:
            return self.tr("about %1 minutes").replace("%1", str(minutes))
        return self.tr("about %1 hours").replace("%1", str(math.ceil(seconds / 3600)))

    def estimate_text(self, plan: printed.MarkEstimate) -> str:
        """ "597 marks, about 10 minutes (one a second, the Discogs rate limit)…" """
        text = self.tr("Marking on Discogs: %1 marks, %2").replace("%1", number(plan.writes))
        text = text.replace("%2", self.duration_text(plan.seconds))
        if plan.burst:
            text += " " + self.tr("(at once: they fit in the Discogs rate limit)…")
        else:
            gap = 60.0 / plan.per_minute if plan.per_minute else 0.0
            more = self.tr("(one every %1 s, the Discogs rate limit)…")
            text += " " + more.replace("%1", QLocale().toString(gap, "f", 1))
        return text

    def run_text(self, run: Any) -> str:
        """Written, kept (with the values) and failed."""
        text = self.tr("Marked %1 of %2 records as printed on Discogs.")
        text = text.replace("%1", number(run.written)).replace("%2", number(run.total))
        if run.kept:
            values = list(dict.fromkeys(run.kept.values()))
            shown = ", ".join(f"“{v}”" for v in values[:5])
            if len(values) > 5:
                shown += " " + self.tr("and %1 more").replace("%1", number(len(values) - 5))
            more = self.tr("Kept %1 values you wrote: %2.")
            text += " " + more.replace("%1", number(len(run.kept))).replace("%2", shown)
        if run.error is not None:
            more = self.tr("Stopped: %1 The other %2 are kept and written later.")
            text += " " + more.replace("%1", error_text(run.error)).replace(
                "%2", number(run.remaining)
            )
        elif run.failed:
            more = self.tr("%1 failed; %2 of them are tried again later.")
            more = more.replace("%1", number(run.failed)).replace("%2", number(run.remaining))
            text += " " + more
        return text
