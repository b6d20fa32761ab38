"""The unsaved preview, kept per account between runs: keeping it, offering it, restoring it.

The window keeps the preview's draft soon after each change, on close and on an account switch
when it has unsaved changes, asks once per account after the first folder list whether to
restore a kept draft, and deletes it after a save. A restored draft stays kept (as the window's
own) until the preview is saved or its rows kept again. Restoring needs the draft's instances:
from the release model at once, else (in a worker) from the local library or the demo
collection; gone ones are left out. While the local library does not hold the whole collection
(e.g. after a Clear cache) a record it lacks is not taken as gone: the restore waits, the draft
untouched on disk, until the library has been read again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...core.draft import draft_info
from ...core.errors import AppError
from ...core.release import Instance
from ...services.drafts import DraftStore
from ...services.library import Library
from ...services.source import CollectionSource
from ..collection.release_model import ReleaseModel
from ..workers import JobRunner
from .jobs import JobSlot, find_instances_job

log = logging.getLogger(__name__)


class DraftsController(QObject):
    """The kept draft of the account shown."""

    #: The draft to load into the preview and the instances found for it ({} = none).
    draftReady = Signal(object, object)
    status = Signal(str)

    def __init__(
        self, model: ReleaseModel, runner: JobRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._lookup = JobSlot(runner, self)
        self._library: Library | None = None
        self._source: CollectionSource | None = None
        self._demo = False
        self._offered_for: object | None = None
        self._pending: tuple[Any, dict[int, Instance]] | None = None
        self._kept_here = False  # the kept draft holds this window's preview (not an older one)
        self._parked: Any = None  # a draft to restore once the library holds its records
        self.closing = False

    def set_account(
        self, library: Library | None, source: CollectionSource | None, demo: bool
    ) -> None:
        self._lookup.cancel()
        self._library, self._source, self._demo = library, source, demo
        self._kept_here = False
        self._parked = None

    def store(self) -> DraftStore | None:
        """Where this account's unsaved preview is kept, or None (nothing to keep it in)."""
        if self._library is not None:
            return DraftStore(self._library.cache)
        if self._demo and self._source is not None:
            return DraftStore.for_demo()
        return None

    def keep(self, draft: dict[str, Any] | None) -> bool:
        """Keep ``draft`` for the next start (None: every row was deleted — forget it); False
        when it could not be written (e.g. a full disk): the caller tries again and says so."""
        store = self.store()
        if store is None:
            return True  # nowhere to keep it (no account): nothing failed
        if not store.save(draft):
            return False
        self._kept_here = draft is not None
        return True

    def clear(self) -> None:
        """The preview was saved, or its draft answered: nothing is left to restore."""
        store = self.store()
        if store is not None and store.clear():
            self._kept_here = False

    def adopt(self) -> None:
        """The kept draft was restored into the preview: it is this window's own now."""
        self._kept_here = True

    def kept_here(self) -> bool:
        """True when the kept draft is this window's preview (so a clean preview deletes it);
        False for none, or for one from an earlier run not restored (it may be answered)."""
        return self._kept_here

    def take_offer(self) -> tuple[Any, int, datetime | None] | None:
        """Once per account: the kept draft to ask about, with its rows and when it was edited;
        None when there is none (an unusable one is deleted, never asked about)."""
        source = self._source
        if source is None or self._offered_for is source:
            return None
        self._offered_for = source
        store = self.store()
        draft = store.load() if store is not None else None
        if draft is None or store is None:
            return None
        info = draft_info(draft)
        if info is None or not info.rows:
            store.clear()
            return None
        return draft, info.rows, info.edited_at

    def offer(self, ask: Callable[[int, datetime | None], str | None]) -> str | None:
        """Once per account: ask about a kept draft (``ask(rows, edited_at)`` answers
        "restore", "discard" or None for "Not now") and do what was answered."""
        offer = self.take_offer()
        if offer is None:
            return None
        draft, rows, edited_at = offer
        choice = ask(rows, edited_at)
        if self.closing:
            return None
        if choice == "restore":
            self.restore(draft)
        elif choice == "discard":
            self.clear()
        return choice

    def restore(self, draft: Any) -> None:
        """Find the draft's instances (a worker when some are not in the model), then send
        :attr:`draftReady`."""
        info = draft_info(draft)
        if info is None:
            return
        wanted = set(info.instance_ids)
        found: dict[int, Instance] = {}
        for iid in wanted:
            row = self.model.find(iid)
            inst = row.inst if row is not None else self.model.checked_instance(iid)
            if inst is not None:
                found[iid] = inst
        missing = wanted - found.keys()
        library, source = self._library, self._source
        if not missing or (library is None and not self._demo):
            self.draftReady.emit(draft, found)
            return
        if library is not None and not self._holds_everything(library):
            # e.g. after Settings → Clear cache: its records are not read yet, not gone
            self._parked = draft
            self.status.emit(
                self.tr("The unsaved preview is restored once its records are read again…")
            )
            return
        self._pending = (draft, found)
        self.status.emit(self.tr("Restoring the unsaved preview…"))
        self._lookup.start(
            find_instances_job(missing, library, source),
            succeeded=self._found,
            failed=self._lookup_failed,
        )

    def _holds_everything(self, library: Library) -> bool:
        """Whether the local library holds the whole collection, so that a record it lacks is
        gone from the collection (not merely not read yet, as after a Clear cache)."""
        return library.holds_whole_collection()

    def library_changed(self) -> None:
        """The library learnt more (a folder was read, the background pass ended): restore a
        draft that waited for its records."""
        draft, self._parked = self._parked, None
        if draft is not None and not self.closing:
            self.restore(draft)

    def _found(self, more: object) -> None:
        draft, found = self._take_pending()
        if isinstance(more, dict):
            found = {**more, **found}
        self.draftReady.emit(draft, found)

    def _lookup_failed(self, error: AppError) -> None:
        log.warning("preview draft: looking up its releases failed: %s", error.message)
        self.draftReady.emit(*self._take_pending())

    def _take_pending(self) -> tuple[Any, dict[int, Instance]]:
        self.status.emit("")
        pending, self._pending = self._pending, None
        assert pending is not None
        return pending

    def shutdown(self) -> None:
        self._lookup.forget()
