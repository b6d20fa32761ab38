"""One slot for one kind of background job: the current job's signals reach their handlers,
every signal of a job that was replaced or cancelled is dropped.

This replaces the hand-written "is this still the current job?" checks: a controller keeps one
:class:`JobSlot` per kind of work (folders, a folder's pages, a refresh…) and starts each job
through it with the handlers it wants.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Slot

from ...services.drafts import find_instances
from ...services.library import Library
from ...services.source import CollectionSource
from ..workers import CallJob, Job, JobRunner

Handler = Callable[..., Any]
_END = ("succeeded", "failed", "cancelled")


class JobSlot(QObject):
    """At most one current job; its handlers run in the GUI thread, late signals are dropped.

    ``succeeded``/``failed``/``cancelled`` end the job (the slot is free again before the
    handler runs, so a handler may start the next job); other signals (``page``,
    ``waiting``…) are passed on while the job is current. A dropped signal whose payload has a
    ``handled`` event (a loader waiting for its page to be taken) has it set.
    """

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._job: Job | None = None
        self._handlers: dict[str, Handler] = {}
        self._retired: dict[int, dict[str, Handler]] = {}  # stopped jobs' late handlers

    @property
    def job(self) -> Job | None:
        return self._job

    def busy(self) -> bool:
        return self._job is not None

    def start(self, job: Job, **handlers: Handler) -> Job:
        """Cancel the current job (if any) and start ``job`` with ``handlers`` by signal name."""
        self.cancel()
        self._job = job
        self._handlers = handlers
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        for name in handlers:
            if name not in _END:
                getattr(job, name).connect(getattr(self, f"_{name}"))
        return self._runner.start(job)

    def cancel(self) -> Job | None:
        """Cancel and forget the current job; returns it (None when the slot was free)."""
        job = self._job
        self._job = None
        self._handlers = {}
        if job is not None:
            job.cancel()
        return job

    def stop(self, **late: Handler) -> Job | None:
        """Stop the current job, letting a request already sent finish (:meth:`Job.stop`); the
        job is no longer current, but its signals named in ``late`` still reach those handlers
        until it ends (e.g. ``page``: a page whose answer was on its way)."""
        job = self._job
        self._job = None
        self._handlers = {}
        if job is not None:
            if late:
                self._retired[job.id] = late
            job.stop()
        return job

    def forget(self) -> None:
        """Drop the current job's signals without cancelling it (it is being shut down)."""
        self._job = None
        self._handlers = {}
        self._retired.clear()

    def _deliver(self, name: str, job_id: int, *args: Any) -> None:
        job = self._job
        if job_id in self._retired and (job is None or job.id != job_id):
            late = self._retired[job_id]
            if name in _END:
                del self._retired[job_id]
            handler = late.get(name)
            if handler is not None:
                handler(*args)
                return
        if job is None or job.id != job_id:
            for arg in args:
                handled = getattr(arg, "handled", None)
                if handled is not None:
                    handled.set()
            return
        handler = self._handlers.get(name)
        if name in _END:
            self._job = None
            self._handlers = {}
        if handler is not None:
            handler(*args)

    @Slot(int, object)
    def _succeeded(self, job_id: int, result: object) -> None:
        self._deliver("succeeded", job_id, result)

    @Slot(int, object)
    def _failed(self, job_id: int, error: object) -> None:
        self._deliver("failed", job_id, error)

    @Slot(int)
    def _cancelled(self, job_id: int) -> None:
        self._deliver("cancelled", job_id)

    @Slot(int, object)
    def _page(self, job_id: int, page: object) -> None:
        self._deliver("page", job_id, page)

    @Slot(int, object)
    def _planned(self, job_id: int, plan: object) -> None:
        self._deliver("planned", job_id, plan)

    @Slot(int, float, str)
    def _waiting(self, job_id: int, seconds: float, reason: str) -> None:
        self._deliver("waiting", job_id, seconds, reason)

    @Slot(int, int, int)
    def _progress(self, job_id: int, done: int, total: int) -> None:
        self._deliver("progress", job_id, done, total)


def find_instances_job(
    wanted: Iterable[int], library: Library | None, source: CollectionSource | None
) -> CallJob:
    """A job that finds instances by id without the network: in the local library, else in
    the demo collection (result: ``{instance_id: Instance}``; ids found nowhere are left out)."""
    ids = set(wanted)
    return CallJob(lambda token: find_instances(ids, library=library, source=source, cancel=token))
