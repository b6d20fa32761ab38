"""Background work for the GUI: jobs run in QThreads, report in batches, cancel, shut down cleanly.

Every job carries a :class:`CancelToken` and an integer ``id`` that is sent with each signal, so a
window can ignore late signals from a job it has already replaced. :class:`JobRunner` keeps a
reference to every running thread (a running ``QThread`` must never be garbage-collected) and
joins them all in :meth:`JobRunner.shutdown`.

Loading a folder happens in exactly one place, :class:`FolderLoadJob`, which takes any
:class:`~desktop_app.services.source.CollectionSource` (a cache can wrap or replace the source).
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..core.cancel import CancelToken
from ..core.errors import AppError, Cancelled, ErrorKind
from ..services.library import Library, RefreshResult
from ..services.reread import RereadResult, reread
from ..services.source import CollectionSource, Folder, Page
from .collection.release_model import ROW_KEY_COLUMNS, Row, make_rows, sorted_rows

log = logging.getLogger(__name__)
_ids = itertools.count(1)


class Job(QObject):
    """One piece of work for a worker thread. Subclasses implement :meth:`work`."""

    succeeded = Signal(int, object)  # job id, result
    failed = Signal(int, object)  # job id, AppError
    cancelled = Signal(int)  # job id
    done = Signal(int)  # job id; always the last signal

    def __init__(self) -> None:
        super().__init__()
        self.id: int = next(_ids)
        self.token = CancelToken()

    def cancel(self) -> None:
        self.token.cancel()

    def stop(self) -> None:
        """Cancel, letting a request already sent finish (its answer is still reported)."""
        self.token.stop()

    @property
    def is_cancelled(self) -> bool:
        return self.token.cancelled

    def work(self) -> Any:
        raise NotImplementedError

    @Slot()
    def run(self) -> None:
        try:
            self.token.check()
            result = self.work()
            self.token.check()
        except Cancelled:
            self.cancelled.emit(self.id)
        except AppError as exc:
            if exc.kind == ErrorKind.CANCELLED or self.token.cancelled:
                self.cancelled.emit(self.id)
            else:
                self.failed.emit(self.id, exc)
        except Exception as exc:  # a bug must not kill the thread silently
            log.error("job %s failed:\n%s", type(self).__name__, traceback.format_exc())
            message = QCoreApplication.translate("Job", "Something went wrong: %1").replace(
                "%1", str(exc) or type(exc).__name__
            )
            self.failed.emit(self.id, AppError(ErrorKind.DATA, message, detail=repr(exc)))
        else:
            self.succeeded.emit(self.id, result)
        finally:
            self.done.emit(self.id)
            thread = QThread.currentThread()
            if thread is not QCoreApplication.instance().thread():  # type: ignore[union-attr]
                thread.quit()


class CallJob(Job):
    """Run ``function(token)`` in a worker thread; its return value is the result."""

    def __init__(self, function: Callable[[CancelToken], Any]) -> None:
        super().__init__()
        self._function = function

    def work(self) -> Any:
        return self._function(self.token)


@dataclass(frozen=True, slots=True)
class PageRows:
    """One loaded page, with its rows already prepared for the model."""

    folder_id: int
    page: int
    pages: int
    total: int
    rows: list[Row]
    skipped: int = 0
    skipped_names: tuple[str, ...] = ()  # the entries that could not be read, named
    #: Set by the receiver once the rows are in the model (see :class:`FolderLoadJob`).
    handled: threading.Event = field(default_factory=threading.Event, compare=False)


def page_rows(page: Page, rows: list[Row]) -> PageRows:
    """``page`` with its rows prepared, for the GUI thread."""
    names = tuple(page.skipped_names)
    return PageRows(page.folder_id, page.page, page.pages, page.total, rows, page.skipped, names)


@dataclass(frozen=True, slots=True)
class FolderList:
    username: str
    folders: list[Folder]
    note_fields: dict[int, str]


class FoldersJob(Job):
    """Folders with counts, and the user's note field names (kept in ``library`` when there is
    one, so that the first folder load does not read them again). Result: :class:`FolderList`."""

    def __init__(self, source: CollectionSource, library: Library | None = None) -> None:
        super().__init__()
        self.source = source
        self.library = library

    def work(self) -> FolderList:
        if self.library is not None:
            folders, fields = self.library.read_folders(self.token)
            return FolderList(self.source.username, folders, fields)
        folders = self.source.folders(self.token)
        self.token.check()
        try:
            fields = self.source.note_fields(self.token)
        except AppError as exc:
            if exc.kind in (ErrorKind.AUTH, ErrorKind.CANCELLED):
                raise
            log.warning("note fields unavailable: %s", exc)
            fields = {}
        return FolderList(self.source.username, folders, fields)


class FolderLoadJob(Job):
    """Every instance of one folder, one :attr:`page` signal per page of up to 100.

    Result: the number of rows loaded. ``waiting`` reports honest waits (rate limit, retries).
    """

    page = Signal(int, object)  # job id, PageRows
    waiting = Signal(int, float, str)  # job id, seconds, reason

    #: How long to wait for the receiver to take a page before reading the next one anyway.
    HANDOFF_TIMEOUT = 0.25

    def __init__(self, source: CollectionSource, folder_id: int, *, start_page: int = 1) -> None:
        super().__init__()
        self.source = source
        self.folder_id = folder_id
        self.start_page = start_page

    def work(self) -> int:
        loaded = 0
        pages = self.source.iter_pages(
            self.folder_id, self.token, on_wait=self._on_wait, start_page=self.start_page
        )
        for page in pages:
            # a page that arrived is reported, also when the load was stopped while it came
            rows = make_rows(page.instances)
            loaded += len(rows)
            batch = page_rows(page, rows)
            self.page.emit(self.id, batch)
            # Pace to the GUI: while this thread runs Python it holds the GIL, and the GUI thread
            # needs it for every data() call while it paints the new rows. Waiting here (GIL
            # released) until the page has been taken and painted keeps the window responsive.
            batch.handled.wait(self.HANDOFF_TIMEOUT)
            self.token.check()
        return loaded

    def _on_wait(self, seconds: float, reason: str) -> None:
        self.waiting.emit(self.id, float(seconds), reason)


class LibraryLoadJob(FolderLoadJob):
    """A never-cached folder read through a :class:`Library`: each page is stored in the cache
    and sent as :attr:`page`, like :class:`FolderLoadJob`. A load that was interrupted resumes
    at ``start_page`` with the instance ids its earlier pages held (``seen_before``)."""

    def __init__(
        self,
        library: Library,
        folder_id: int,
        *,
        start_page: int = 1,
        seen_before: tuple[int, ...] = (),
    ) -> None:
        super().__init__(library.source, folder_id, start_page=start_page)
        self.library = library
        self.seen_before = seen_before
        self._loaded = 0

    def work(self) -> int:
        self._loaded = 0
        self.library.load_folder_fully(
            self.folder_id,
            self.token,
            on_page=self._on_page,
            on_wait=self._on_wait,
            start_page=self.start_page,
            seen_before=self.seen_before,
        )
        return self._loaded

    def _on_page(self, page: Page) -> None:
        rows = make_rows(page.instances)  # (stored already: reported even when stopped)
        self._loaded += len(rows)
        batch = page_rows(page, rows)
        self.page.emit(self.id, batch)
        batch.handled.wait(self.HANDOFF_TIMEOUT)


@dataclass(frozen=True, slots=True)
class CachedRows:
    """A cached folder's rows, prepared (and sorted) off the GUI thread."""

    folder_id: int
    rows: list[Row]
    sort: tuple[int, bool] | None  # (column, descending) the rows are sorted by, if any


class CachedRowsJob(Job):
    """The rows of a cached folder: read from the cache, prepared and, for the columns that
    depend only on the row, sorted, so the GUI thread only swaps them in. Result: CachedRows."""

    def __init__(
        self, library: Library, folder_id: int, sort: tuple[int, bool] | None = None
    ) -> None:
        super().__init__()
        self.library = library
        self.folder_id = folder_id
        self.sort = sort if sort is not None and sort[0] in ROW_KEY_COLUMNS else None

    def work(self) -> CachedRows:
        instances = self.library.cached_instances(self.folder_id)
        self.token.check()
        rows = make_rows(instances)
        self.token.check()
        if self.sort is not None:
            rows = sorted_rows(rows, *self.sort)
        return CachedRows(self.folder_id, rows, self.sort)


class RefreshJob(Job):
    """An incremental (or ``full``) :meth:`Library.refresh`. Result: :class:`RefreshResult`."""

    waiting = Signal(int, float, str)  # job id, seconds, reason
    progress = Signal(int, int, int)  # job id, instances read, instances expected (0: unknown)

    def __init__(self, library: Library, *, full: bool = False) -> None:
        super().__init__()
        self.library = library
        self.full = full

    def work(self) -> RefreshResult:
        return self.library.refresh(
            self.token, progress=self._on_progress, on_wait=self._on_wait, full=self.full
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(self.id, int(done), int(total))

    def _on_wait(self, seconds: float, reason: str) -> None:
        self.waiting.emit(self.id, float(seconds), reason)


class RereadJob(Job):
    """The background pass (:func:`~desktop_app.services.reread.reread`): a :attr:`page` signal
    with the prepared rows of each page's instances whose data changed. Result: RereadResult."""

    page = Signal(int, object)  # job id, list[Row]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library

    def work(self) -> RereadResult:
        return reread(self.library, self.token, on_changed=self._changed)

    def _changed(self, instances: list[Any]) -> None:
        self.token.check()
        self.page.emit(self.id, make_rows(instances))


class _Registry(QObject):
    """Every running worker thread of the process, so none is collected while it runs."""

    def __init__(self) -> None:
        super().__init__()
        self.running: dict[int, tuple[QThread, Job]] = {}

    def add(self, thread: QThread, job: Job) -> None:
        self.running[job.id] = (thread, job)
        thread.finished.connect(self._thread_finished)

    @Slot()
    def _thread_finished(self) -> None:
        sender = self.sender()
        for job_id, (thread, _job) in list(self.running.items()):
            if thread is sender or thread.isFinished():
                thread.wait()  # "finished" is sent just before the thread really ends
                del self.running[job_id]


_registry: _Registry | None = None


def _the_registry() -> _Registry:
    global _registry
    if _registry is None:
        _registry = _Registry()
    return _registry


def running_threads() -> int:
    """How many worker threads are still running in this process."""
    return sum(1 for thread, _job in _the_registry().running.values() if not thread.isFinished())


class JobRunner(QObject):
    """Starts jobs in their own QThreads; :meth:`shutdown` cancels and joins them.

    Threads are also held by a process-wide registry until they finish, so a runner that goes
    away early never leaves a running ``QThread`` to be garbage-collected.
    """

    idle = Signal()  # no job of this runner left running

    #: The longest a busy worker keeps the GIL from the GUI thread (Python's default is 5 ms).
    #: Painting calls into Python once per cell, so each 5 ms wait for the GIL made a table
    #: paint during a load 3-5 times slower.
    SWITCH_INTERVAL = 0.001

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[int, tuple[QThread, Job]] = {}
        if sys.getswitchinterval() > self.SWITCH_INTERVAL:
            sys.setswitchinterval(self.SWITCH_INTERVAL)

    def start(self, job: Job) -> Job:
        thread = QThread()
        thread.setObjectName(f"{type(job).__name__}-{job.id}")
        job.moveToThread(thread)
        thread.started.connect(job.run)
        _the_registry().add(thread, job)
        thread.finished.connect(self._thread_finished)
        self._running[job.id] = (thread, job)
        thread.start()
        return job

    def running(self) -> list[Job]:
        return [job for _thread, job in self._running.values()]

    def is_running(self, job_id: int) -> bool:
        return job_id in self._running

    def cancel_all(self) -> None:
        for _thread, job in self._running.values():
            job.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel every job and wait for its thread; True when all have stopped."""
        self.cancel_all()
        all_stopped = True
        for job_id, (thread, _job) in list(self._running.items()):
            if not thread.wait(timeout_ms):
                log.error("thread %s did not stop within %d ms", thread.objectName(), timeout_ms)
                all_stopped = False  # the registry keeps it referenced until it ends
            self._running.pop(job_id, None)
        return all_stopped

    @Slot()
    def _thread_finished(self) -> None:
        sender = self.sender()
        for job_id, (thread, _job) in list(self._running.items()):
            if thread is sender or thread.isFinished():
                thread.wait()
                del self._running[job_id]
        if not self._running:
            self.idle.emit()
