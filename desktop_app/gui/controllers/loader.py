"""Loading the collection: the folder list, a folder's pages, cached reads and refreshes.

The loader owns the release model's rows and the local library of the account shown. It runs
every piece of network or disk work in a worker (one :class:`JobSlot` per kind) and reports by
signals. Pages that were read are never thrown away: a load that is interrupted (another folder
chosen, Cancel, a failure) keeps its rows and resumes at the next page when the folder is shown
again, in the same session.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, Signal

from ...core.errors import AppError, ErrorKind
from ...core.fields import NoteFields
from ...services.library import Library, RefreshResult, library_or_none
from ...services.reread import reread_due
from ...services.source import CollectionSource, Folder
from .. import heap
from ..collection.release_keys import count_formats
from ..collection.release_model import ReleaseModel, Row
from ..i18n import text as translated
from ..texts import number as _n
from ..workers import (
    CachedRows,
    CachedRowsJob,
    FolderList,
    FolderLoadJob,
    FoldersJob,
    JobRunner,
    LibraryLoadJob,
    PageRows,
    RefreshJob,
    RereadJob,
)
from . import load_texts
from .jobs import JobSlot

log = logging.getLogger(__name__)


@dataclass(slots=True)
class PartialLoad:
    """The pages of a folder read so far in this session, for resuming its first load."""

    rows: list[Row]
    next_page: int
    total: int
    pages: int = 0  # the folder's pages (0: not known); next_page > pages: every page is read


class LoaderController(QObject):
    """Folders, pages, cached reads and refreshes of one collection source."""

    foldersReady = Signal(object)  # list[Folder]: fill the sidebar (then choose a folder)
    status = Signal(str)  # a status line
    workStarted = Signal()  # show progress and Cancel
    progress = Signal(int, int)  # done, total
    workEnded = Signal()  # hide progress and Cancel
    waiting = Signal(float, str)  # seconds, reason (rate limit, retry)
    pageAdded = Signal(object)  # PageRows, in the model now; set ``handled`` once painted
    formatsChanged = Signal(object)  # format name → rows
    countsChanged = Signal()  # rows, totals or completeness changed
    loadFinished = Signal(int)  # folder id, after the last page (or on failure/cancel)
    failed = Signal(object, bool)  # AppError, whether a Retry resumes a folder load
    offline = Signal(object)  # datetime | None: the cached data shown is from then
    online = Signal()  # a refresh worked again after being offline
    notice = Signal(str)  # a one-time message (e.g. a damaged library was moved aside)
    unreadable = Signal(object)  # list[str]: the entries of this load that could not be read
    fieldsRead = Signal()  # the field values shown were read again (their age changed)

    def __init__(
        self, model: ReleaseModel, runner: JobRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.source: CollectionSource | None = None
        self.library: Library | None = None
        self.closing = False
        self._folders = JobSlot(runner, self)
        self._load = JobSlot(runner, self)
        self._refresh = JobSlot(runner, self)
        self._reread = JobSlot(runner, self)  # the background pass (see services.reread)
        self._reread_due = False
        self._partial: dict[int, PartialLoad] = {}
        self._stopping: dict[int, int] = {}  # folder id → its stopped load, until it ends
        self._resume_folder: int | None = None  # goes on once its stopped load has ended
        self._reset()

    def _reset(self) -> None:
        """What belongs to the source shown: nothing loaded yet."""
        self.note_fields: dict[int, str] = {}
        self.folder_id: int | None = None
        self.folder_total = 0
        self._partial.clear()
        self._stopping.clear()
        self._resume_folder = None
        self._format_counts: dict[str, int] = {}
        self._next_page = 0  # the folder shown is incomplete while > 0: its load resumes here
        self._pages = 0  # the pages of the folder shown, once known
        self._refresh_after_cached = False
        self._refreshed_at: datetime | None = None
        self._offline_since: datetime | None = None
        self._then_folder: int | None = None
        self._unreadable: list[str] = []

    # ---- the source ---------------------------------------------------------------------
    def set_source(
        self, source: CollectionSource | None, *, demo: bool = False, username: str = ""
    ) -> None:
        """Show ``source`` (None: nothing); signed-in accounts get their local library."""
        self.stop()
        self.close_library()
        self.source = source
        self._reset()
        self.model.clear()
        if source is not None and not demo:
            self.library = library_or_none(source, username or None)
        # what the library holds was read before this start: read it all again, in the
        # background, once the start's own work is done
        self._reread_due = reread_due(self.library)
        notice = self.library.take_notice() if self.library is not None else None
        if notice is not None:
            self.notice.emit(translated(notice.message))

    def close_library(self) -> None:
        if self.library is not None:
            self.library.close()
        self.library = None

    def stop(self) -> None:
        """Cancel all work (an account switch or sign-out)."""
        self._reread_due = False
        for slot in (self._folders, self._load, self._refresh, self._reread):
            slot.cancel()
        self.workEnded.emit()

    def shutdown(self) -> None:
        """The window closes: drop every job's late signals (the runner joins the threads)."""
        self.closing = True
        for slot in (self._folders, self._load, self._refresh, self._reread):
            slot.forget()

    # ---- folders ------------------------------------------------------------------------
    def load_folders(self, then_folder: int | None = None) -> None:
        """The folder list: from the library at once when it has one, else from the source."""
        if self.source is None:
            return
        library = self.library
        cached = library.cached_folders() if library is not None else []
        self._then_folder = then_folder
        if library is not None and cached:
            self.note_fields = library.note_fields()
            self.foldersReady.emit([Folder(f.id, f.name, f.count) for f in cached])
            return
        self.status.emit(self.tr("Reading folders…"))
        self._folders.start(
            FoldersJob(self.source, library),
            succeeded=self._folders_loaded,
            failed=self._failed_folders,
        )

    def take_then_folder(self) -> int | None:
        """The folder asked for with the folder list (once)."""
        wanted, self._then_folder = self._then_folder, None
        return wanted

    def _folders_loaded(self, result: FolderList) -> None:
        self.note_fields = NoteFields(result.note_fields)  # (with the dropdowns' options)
        self.status.emit("")
        self.foldersReady.emit(result.folders)

    def _failed_folders(self, error: AppError) -> None:
        self.status.emit("")
        self.failed.emit(error, False)

    # ---- a folder -----------------------------------------------------------------------
    def load_folder(self, folder_id: int, count_hint: int = 0) -> None:
        """Show ``folder_id``: from the library when cached (then refresh), else load its pages
        in a worker, resuming after the pages read before in this session."""
        if self.source is None:
            return
        self._keep_partial()
        self._stop_load()
        self._work_ended(then_pass=False)
        library = self.library
        self.folder_id = folder_id
        self.folder_total = count_hint
        self._unreadable = []
        if library is not None and library.is_cached(folder_id):
            self._partial.pop(folder_id, None)
            self._next_page = 0
            self._format_counts = {}
            self.countsChanged.emit()
            self._show_cached(folder_id, then_refresh=True)
            return
        partial = self._partial.pop(folder_id, None)
        if partial is not None:
            self.model.set_rows(partial.rows)
            self._next_page = partial.next_page
            self._pages = partial.pages
            self.folder_total = max(count_hint, partial.total)
            self._format_counts = count_formats(partial.rows)
            self._emit_formats()
            if partial.pages and partial.next_page > partial.pages:
                self._load_succeeded(len(partial.rows))  # its last page came after it was left
                return
        else:
            self.model.clear()
            self._next_page = 1
            self._format_counts = {}
        self.countsChanged.emit()
        start = self._next_page
        if folder_id in self._stopping:
            # its stopped load still waits for a page: take it first, then go on after it
            self._resume_folder = folder_id
            self.workStarted.emit()
            self.status.emit(self._loaded_text() if start > 1 else self.tr("Loading…"))
            return
        if library is not None:
            self._refresh.cancel()  # one writer at a time; a cancelled refresh changes nothing
            seen = tuple(r.iid for r in self.model.all_rows())
            job: FolderLoadJob = LibraryLoadJob(
                library, folder_id, start_page=start, seen_before=seen
            )
        else:
            job = FolderLoadJob(self.source, folder_id, start_page=start)
        self._load.start(
            job,
            page=self._page_loaded,
            waiting=self.waiting.emit,
            succeeded=self._load_succeeded,
            failed=self._load_failed,
            cancelled=self._end_load,
        )
        self.workStarted.emit()
        self.status.emit(self._loaded_text() if start > 1 else self.tr("Loading…"))

    def _keep_partial(self) -> None:
        """The folder shown is being left: keep the pages of an incomplete first load (also
        none yet: a page may be on its way)."""
        if self.folder_id is not None and self._next_page > 0:
            self._partial[self.folder_id] = PartialLoad(
                list(self.model.all_rows()), self._next_page, self.folder_total, self._pages
            )
        self._next_page = 0

    def _stop_load(self) -> None:
        """Stop the job of the folder shown; a page whose answer is on its way is kept."""
        self._resume_folder = None
        job = self._load.job
        if isinstance(job, FolderLoadJob):
            folder = job.folder_id
            self._stopping[folder] = job.id

            def ended(*_args: object) -> None:
                self._late_ended(folder, job.id)

            self._load.stop(page=self._late_page, succeeded=ended, failed=ended, cancelled=ended)
        else:
            self._load.cancel()

    def _late_ended(self, folder_id: int, job_id: int) -> None:
        """A stopped load has ended: the folder waiting for it goes on."""
        if self._stopping.get(folder_id) == job_id:
            del self._stopping[folder_id]
        if self._resume_folder == folder_id and self.folder_id == folder_id and not self.closing:
            self._resume_folder = None
            self.load_folder(folder_id, self.folder_total)

    def _late_page(self, page: PageRows) -> None:
        """A page of a stopped load arrived: it joins the rows kept for its folder (those
        shown, after a Cancel), so the next load of the folder goes on after it."""
        page.handled.set()
        if page.folder_id == self.folder_id and not self._load.busy():
            if self._next_page == page.page:
                last = page.page >= page.pages
                if last:
                    self._resume_folder = None  # nothing left to go on with
                self._page_loaded(page)
                if last:
                    self._load_succeeded(self.model.total_count())
            return
        partial = self._partial.get(page.folder_id)
        if partial is not None and partial.next_page == page.page:
            partial.rows.extend(page.rows)
            partial.next_page = page.page + 1
            partial.total = page.total
            partial.pages = page.pages

    def is_complete(self) -> bool:
        """Whether every instance of the folder shown is loaded (False during a first load and
        after one that was cancelled or failed, and while no folder is chosen)."""
        return self._next_page == 0 and self.folder_id is not None

    def incomplete_text(self, folder_name: str) -> str:
        """ "“Jazz” is not completely loaded: 600 of 3,000 loaded." ("" when it is)."""
        if self.is_complete():
            return ""
        return load_texts.incomplete_text(folder_name, self.model.total_count(), self.folder_total)

    def is_loading(self) -> bool:
        return self._load.busy() or self._resume_folder is not None

    def is_refreshing(self) -> bool:
        return self._refresh.busy()

    def _page_loaded(self, page: PageRows) -> None:
        self._next_page = page.page + 1
        self._pages = page.pages
        self.folder_total = page.total
        self.model.add_rows(page.rows)
        if page.skipped_names:
            self._unreadable += page.skipped_names
            self.unreadable.emit(list(self._unreadable))
        count_formats(page.rows, self._format_counts)
        loaded = self.model.total_count()
        self.progress.emit(min(loaded, page.total), max(1, page.total))
        self.status.emit(self._loaded_text())
        if page.page == 1 or page.page == page.pages or page.page % 10 == 0:
            self._emit_formats()
        heap.settle()
        self.countsChanged.emit()
        self.pageAdded.emit(page)

    def _loaded_text(self) -> str:
        return load_texts.loaded_text(self.model.total_count(), self.folder_total)

    def _load_succeeded(self, _count: int) -> None:
        self._end_load()
        loaded = self.model.total_count()
        self.folder_total = max(self.folder_total, loaded) if loaded else self.folder_total
        self._next_page = 0
        if self.folder_id is not None:
            self._partial.pop(self.folder_id, None)
        self.status.emit(self.tr("%1 releases loaded.").replace("%1", _n(loaded)))
        self._finished()

    def _load_failed(self, error: AppError) -> None:
        self._end_load()
        self.status.emit(self._stopped_text(self.tr("Loading stopped")))
        self.failed.emit(error, True)
        self._finished()

    def _end_load(self) -> None:
        self._work_ended()
        self._emit_formats()

    def _finished(self) -> None:
        self.countsChanged.emit()
        if self.folder_id is not None:
            self.loadFinished.emit(self.folder_id)

    def _stopped_text(self, what: str) -> str:
        return load_texts.stopped_text(what, self.model.total_count(), self.folder_total)

    def resume(self) -> None:
        """Retry after a failure: the folder's load goes on from the next page."""
        if self.folder_id is not None:
            self.load_folder(self.folder_id, self.folder_total)

    def cancel(self) -> None:
        """The user's Cancel: stop a folder load (its pages are kept), else the refresh."""
        if isinstance(self._load.job, FolderLoadJob) or self._resume_folder is not None:
            self._stop_load()  # the pages read stay; the next load of the folder resumes
            self._work_ended()
            self.status.emit(self._stopped_text(self.tr("Loading cancelled")))
            self._finished()
            return
        if self._refresh.busy():
            self._refresh.cancel()
            self._work_ended()
            self.status.emit(self.updated_text())

    # ---- the library --------------------------------------------------------------------
    def _show_cached(self, folder_id: int, *, then_refresh: bool = False) -> None:
        """Read a cached folder's rows in a worker and show them (the rows shown now stay until
        then); with ``then_refresh``, start an incremental refresh once they are shown."""
        library = self.library
        assert library is not None
        column, order = self.model.sort_state()
        sort = (column, order == Qt.SortOrder.DescendingOrder) if column >= 0 else None
        self._refresh_after_cached = then_refresh
        self._load.start(
            CachedRowsJob(library, folder_id, sort),
            succeeded=self._cached_loaded,
            failed=self._failed_cached,
        )

    def _failed_cached(self, error: AppError) -> None:
        self.failed.emit(error, False)
        self._finished()

    def _cached_loaded(self, cached: CachedRows) -> None:
        if cached.folder_id != self.folder_id:
            return
        rows = cached.rows
        self.model.set_rows(rows, sorted_by=cached.sort)
        heap.settle()
        self._format_counts = count_formats(rows)
        self.folder_total = len(rows)
        self._emit_formats()
        self.countsChanged.emit()
        self.status.emit(self.updated_text(refreshing=self._refresh.busy()))
        self.loadFinished.emit(cached.folder_id)
        if self._refresh_after_cached and not self._refresh.busy():
            self._refresh_after_cached = False
            at = self._refreshed_at  # not again within a minute of the last refresh
            if at is None or (datetime.now(UTC) - at).total_seconds() >= 60:
                self.refresh()
        self._start_reread()

    def data_time(self) -> datetime | None:
        """When the data shown was last brought up to date with Discogs."""
        return load_texts.data_time(self.library, self.folder_id)

    def updated_text(self, refreshing: bool = False) -> str:
        return load_texts.updated_text(self.data_time(), refreshing)

    def reload(self) -> None:
        """F5: an incremental refresh of the library, or the folder's load (resumed)."""
        if self.source is None:
            return
        if self.folder_id is None:
            self.load_folders()
        elif self.library is not None and self.library.is_cached(self.folder_id):
            self.refresh()
        else:
            self.load_folder(self.folder_id, self.folder_total)

    def refresh(self, full: bool = False) -> None:
        """Bring the library up to date in a worker; the shown rows stay until it is done."""
        library = self.library
        if library is None or self.closing:
            if full:
                self.reload()
            return
        if self._refresh.busy() and not full:
            return
        self._refresh.start(
            RefreshJob(library, full=full),
            succeeded=self._refresh_succeeded,
            failed=self._refresh_failed,
            cancelled=self._refresh_cancelled,
            waiting=self.waiting.emit,
            progress=self._refresh_progress,
        )
        self.status.emit(self.updated_text(refreshing=True))
        self.workStarted.emit()

    def _refresh_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.emit(min(done, total), total)
        self.status.emit(load_texts.refresh_progress_text(done, total))

    def _work_ended(self, *, then_pass: bool = True) -> None:
        """Progress and Cancel go away once no load and no refresh is running (and the
        background pass may begin)."""
        if not self.is_loading() and not self._refresh.busy():
            self.workEnded.emit()
            if then_pass:
                self._start_reread()

    # ---- the background pass ------------------------------------------------------------
    def _start_reread(self) -> None:
        """Start the start's background pass once its own work (folders, the folder shown and
        its refresh) is done; it yields to later work by itself (in the gateway)."""
        library = self.library
        if (
            not self._reread_due
            or library is None
            or self.closing
            or self.is_loading()
            or self._refresh.busy()
            or self._folders.busy()
        ):
            return
        self._reread_due = False
        self._reread.start(
            RereadJob(library),
            page=self._reread_rows,
            succeeded=lambda _result: self.fieldsRead.emit(),
            failed=self._reread_failed,
        )

    def is_rereading(self) -> bool:
        return self._reread.busy()

    def _reread_rows(self, rows: list[Row]) -> None:
        """Instances whose data changed on Discogs: their rows are replaced where they are."""
        self.model.update_rows(rows)

    def _reread_failed(self, error: AppError) -> None:
        log.info("background pass stopped (it goes on at the next start): %s", error)

    def fields_read_at(self) -> datetime | None:
        """When the field values of the folder shown were all last read from Discogs."""
        if self.library is None or self.folder_id is None:
            return None
        return self.library.fields_read_at(self.folder_id)

    def _refresh_succeeded(self, result: RefreshResult) -> None:
        self._refreshed_at = datetime.now(UTC)
        if self._offline_since is not None:
            self._offline_since = None
            self.online.emit()
        self._work_ended()
        library = self.library
        if library is None:
            return
        self.note_fields = library.note_fields()
        folders = [Folder(f.id, f.name, f.count) for f in library.cached_folders()]
        if folders:
            self.foldersReady.emit(folders)
        current = self.folder_id
        changed = result.full or result.added or result.removed or result.moved or result.edited
        reading = isinstance(self._load.job, CachedRowsJob)  # may have read the old rows
        if (
            changed
            and current is not None
            and (not self._load.busy() or reading)
            and library.is_cached(current)
        ):
            self._show_cached(current)  # (a read under way is cancelled and started again)
        self.status.emit(self.tr("updated %1").replace("%1", self.tr("just now")))

    def _refresh_failed(self, error: AppError) -> None:
        self._work_ended()
        if error.kind == ErrorKind.NETWORK:
            self._offline_since = datetime.now(UTC)
            self.status.emit(self.updated_text())
            self.offline.emit(self.data_time())
            return
        self.status.emit(self.updated_text())
        self.failed.emit(error, False)

    def _refresh_cancelled(self) -> None:
        self._work_ended()
        self.status.emit(self.updated_text())

    def reload_from_scratch(self) -> None:
        """After the cache was cleared: read the folders and the current folder again."""
        if self.source is None:
            return
        folder = self.folder_id
        self._load.cancel()
        self._refresh.cancel()
        self._reread.cancel()
        self._refreshed_at = None
        self._partial.clear()
        self._next_page = 0
        self.model.clear()
        self.load_folders(then_folder=folder)

    # ---- formats ------------------------------------------------------------------------
    def _emit_formats(self) -> None:
        counts = self._format_counts
        if not counts and self.model.total_count():
            count_formats(self.model.all_rows(), counts)
        self.formatsChanged.emit(dict(counts))
