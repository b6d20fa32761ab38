"""The ticked records: checking what is shown, and getting every ticked record for a preview.

Ticks are instance ids; they outlive folders and restarts. A ticked record whose folder is not
loaded now is looked up (in a worker) in the local library or the demo collection, so a preview
always holds every ticked record that can be had, and says how many could not.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...core.errors import AppError
from ...core.release import Instance
from ...services.library import Library
from ...services.source import CollectionSource
from ..collection.release_model import ReleaseModel
from ..collection.release_proxy import ReleaseProxy
from ..i18n import error_text
from ..workers import JobRunner
from .jobs import JobSlot, find_instances_job


class SelectionController(QObject):
    """Check, uncheck and invert what is shown; gather the ticked instances."""

    #: The ticked instances (shown first, in table order) and the ticked ids not found.
    gathered = Signal(object, object)
    status = Signal(str)

    def __init__(
        self,
        model: ReleaseModel,
        proxy: ReleaseProxy,
        runner: JobRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = proxy
        self._lookup = JobSlot(runner, self)
        self._library: Library | None = None
        self._source: CollectionSource | None = None
        self._found: list[Instance] = []
        self._missing: set[int] = set()

    def set_account(self, library: Library | None, source: CollectionSource | None) -> None:
        self._lookup.cancel()
        self._library, self._source = library, source

    # ---- checks of the rows shown -------------------------------------------------------
    def check_all_visible(self) -> None:
        self.model.set_checked(self.proxy.visible_instance_ids(), True)

    def check_none_visible(self) -> None:
        self.model.set_checked(self.proxy.visible_instance_ids(), False)

    def invert_visible(self) -> None:
        ids = self.proxy.visible_instance_ids()
        on = [i for i in ids if not self.model.is_checked(i)]
        off = [i for i in ids if self.model.is_checked(i)]
        self.model.set_checked(off, False)
        self.model.set_checked(on, True)

    def toggle_header(self) -> None:
        from PySide6.QtCore import Qt

        if self.proxy.header_check_state() == Qt.CheckState.Checked:
            self.check_none_visible()
        else:
            self.check_all_visible()

    # ---- every ticked record ------------------------------------------------------------
    def known_in_view_order(self) -> tuple[list[Instance], set[int]]:
        """Checked instances the window has: those shown, in table order, then checked ones
        hidden by the filter or in other folders; and the checked ids it does not have."""
        checked = self.model.checked_ids()
        result = [r.inst for r in self.model.rows() if r.iid in checked]
        seen = {inst.instance_id for inst in result}
        for row in self.model.all_rows():
            if row.iid in checked and row.iid not in seen:
                result.append(row.inst)
                seen.add(row.iid)
        missing: set[int] = set()
        for iid in sorted(checked - seen):
            inst = self.model.checked_instance(iid)
            if inst is not None:
                result.append(inst)
            else:
                missing.add(iid)
        return result, missing

    def gather(self) -> None:
        """Every ticked instance: at once when all are known, else after a lookup in the
        local library or the demo collection (a worker). Sends :attr:`gathered`."""
        found, missing = self.known_in_view_order()
        library, source = self._library, self._source
        if not missing or (library is None and source is None):
            self.gathered.emit(found, sorted(missing))
            return
        self._found, self._missing = found, missing
        self.status.emit(self.tr("Finding the ticked records…"))
        self._lookup.start(
            find_instances_job(missing, library, source),
            succeeded=self._looked_up,
            failed=self._lookup_failed,
        )

    def _looked_up(self, more: object) -> None:
        self.status.emit("")
        extra = more if isinstance(more, dict) else {}
        self.model.remember_instances(extra.values())
        found = self._found + [extra[i] for i in sorted(self._missing) if i in extra]
        self.gathered.emit(found, sorted(self._missing - extra.keys()))

    def _lookup_failed(self, error: AppError) -> None:
        self.status.emit(error_text(error))
        self.gathered.emit(self._found, sorted(self._missing))

    def shutdown(self) -> None:
        self._lookup.forget()
