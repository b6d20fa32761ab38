"""The collection browser: the folder sidebar, the filter bar, the check buttons with the counts
line and the Preview button, the release table, and the tabs that also hold the preview."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.history import ExportHistory, export_marks, hidden_by_history
from ...services.source import ALL_FOLDER_ID, Folder
from ..actions import Actions
from ..controllers.selection import SelectionController
from ..icons import icon
from ..texts import number
from .field_columns import FIRST_FIELD_COLUMN
from .filter_bar import FilterBar
from .release_proxy import ReleaseProxy
from .release_table import ReleaseTable
from .sidebar import FolderSidebar

SPLITTER_KEY = "window/splitter"


class CollectionPage(QWidget):
    """Folders on the left; filters, checks, counts and the table on the right; in tabs."""

    def __init__(self, proxy: ReleaseProxy, actions: Actions, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.sidebar = FolderSidebar(self.splitter)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 4)
        right_layout.setSpacing(6)
        self.filter_bar = FilterBar(right)
        right_layout.addWidget(self.filter_bar)

        row = QHBoxLayout()
        row.setSpacing(4)
        self.check_all_button = self._tool_button(actions.check_all, self.tr("All"))
        self.check_none_button = self._tool_button(actions.check_none, self.tr("None"))
        self.invert_button = self._tool_button(actions.invert, self.tr("Invert"))
        for button in (self.check_all_button, self.check_none_button, self.invert_button):
            row.addWidget(button)
        row.addSpacing(8)
        self.counts_label = QLabel(right)
        self.counts_label.setAccessibleName(self.tr("Counts"))
        self.counts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counts_label.setMinimumWidth(120)
        row.addWidget(self.counts_label, 1)
        self.fields_age_label = QLabel(right)
        self.fields_age_label.setAccessibleName(self.tr("Age of the collection field values"))
        self.fields_age_label.setToolTip(
            self.tr("When the collection field values shown were last read from Discogs")
        )
        self.fields_age_label.setEnabled(False)  # a quiet, secondary text
        self.fields_age_label.hide()
        row.addWidget(self.fields_age_label)
        row.addSpacing(8)
        self.preview_button = QPushButton(icon("preview"), self.tr("Preview checked…"), right)
        self.preview_button.setAccessibleName(self.tr("Preview checked releases"))
        self.preview_button.setToolTip(self.tr("Preview and export the checked releases (Ctrl+P)"))
        row.addWidget(self.preview_button)
        right_layout.addLayout(row)

        self.table = ReleaseTable(right)
        self.table.setModel(proxy)
        self.table.apply_default_columns()
        self.filter_bar.downFromSearch.connect(self.table.enter_from_above)
        right_layout.addWidget(self.table, 1)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 900])
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Releases and preview"))
        self.tabs.addTab(self.splitter, self.tr("Releases"))
        outer.addWidget(self.tabs, 1)
        self._preview_action = actions.preview
        self._browsing = False
        # The field value filter's choices follow the rows and fields (once per burst of pages).
        self._field_choices = QTimer(self)
        self._field_choices.setSingleShot(True)
        self._field_choices.setInterval(250)
        self._field_choices.timeout.connect(self.update_field_choices)
        model = proxy.release_model()
        changes = (model.fieldsChanged, model.modelReset, model.rowsInserted, model.rowsUpdated)
        for signal in changes:
            signal.connect(self._field_choices.start)
        # "fields read 3 min ago", while a field column is shown (again every minute)
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(60_000)
        self._age_timer.timeout.connect(self.update_fields_age)
        self.table.field_header.changed = self.update_fields_age

    #: () -> when the field values shown were last read from Discogs (None: not known)
    fields_read_at: Callable[[], datetime | None] | None = None

    def field_column_shown(self) -> bool:
        header = self.table.horizontalHeader()
        count = self.table.proxy().release_model().columnCount()
        return any(not header.isSectionHidden(c) for c in range(FIRST_FIELD_COLUMN, count))

    def update_fields_age(self) -> str:
        """Show how old the field values are where a field column is shown ("" and hidden
        otherwise, or when it is not known)."""
        when = self.fields_read_at() if self.fields_read_at is not None else None
        label = self.fields_age_label
        if when is None or not self.field_column_shown():
            label.hide()
            self._age_timer.stop()
            return ""
        text = self.fields_age_text(when)
        label.setText(text)
        label.show()
        if not self._age_timer.isActive():
            self._age_timer.start()
        return text

    def fields_age_text(self, when: datetime, now: datetime | None = None) -> str:
        """ "fields read just now", "fields read 3 min ago", "… 2 h ago", "… 4 days ago"."""
        moment = now or datetime.now(UTC)
        minutes = max(0, int((moment - when).total_seconds() // 60))
        if minutes < 1:
            return self.tr("fields read just now")
        if minutes < 60:
            return self.tr("fields read %n min ago", "", minutes)
        if minutes < 48 * 60:
            return self.tr("fields read %n h ago", "", minutes // 60)
        return self.tr("fields read %n days ago", "", minutes // (24 * 60))

    def update_field_choices(self) -> None:
        model = self.table.proxy().release_model()
        names = model.field_columns.names()
        self.filter_bar.set_field_choices(names, model.field_value_counts())

    def _tool_button(self, action: QAction, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(16, 16))
        button.setText(text)
        button.setAccessibleName(action.text().replace("&", ""))
        button.setAutoRaise(True)
        return button

    # ---- commands -----------------------------------------------------------------------
    def focus_search(self) -> None:
        search = self.filter_bar.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def check_all_shown(self, selection: SelectionController) -> None:
        """Check every row shown (Ctrl+A in the search field selects its text instead)."""
        if self.filter_bar.search.hasFocus():
            self.filter_bar.search.selectAll()
            return
        selection.check_all_visible()

    def show_export_marks(
        self, history: ExportHistory | None, *, find_changed: bool = True
    ) -> None:
        """The Exported column, the "since last export" preset, "only not yet exported" and
        "changed since exported" (worked out again by :attr:`changed_finder`, which calls
        :meth:`set_changed_ids` when done)."""
        self._history = history
        proxy = self.table.proxy()
        model = proxy.release_model()
        rows = model.all_rows()
        field_id = self.printed_field() if self.printed_field is not None else None
        times = export_marks(history, (r.inst for r in rows), field_id, every=True)
        model.set_export_times(times)
        self.filter_bar.set_last_export(history.last_export_time() if history else None)
        changed = self._changed
        model.set_changed_ids(changed)
        hidden = hidden_by_history(
            (r.iid for r in rows),
            times,
            changed,
            not_exported=self.filter_bar.only_not_exported() and history is not None,
            changed_only=self.filter_bar.only_changed(),
        )
        proxy.set_hidden_ids(hidden)
        if find_changed and self.changed_finder is not None:
            self.changed_finder(history, [r.inst for r in rows], model.folder_names())

    #: (history, instances, folder names) -> None: works out which exported records would now
    #: print differently (in a worker) and passes their ids to :meth:`set_changed_ids`
    changed_finder: Callable[[ExportHistory | None, list[Any], dict[int, str]], None] | None = None
    _changed: frozenset[int] = frozenset()
    _history: ExportHistory | None = None

    def set_changed_ids(self, ids: Iterable[int]) -> None:
        """The records whose sticker would now read differently: mark and filter them."""
        changed = frozenset(ids)
        if changed != self._changed:
            self._changed = changed
            self.show_export_marks(self._history, find_changed=False)

    #: () -> the collection field holding the "printed" marks on Discogs, or None
    printed_field: Callable[[], int | None] | None = None

    # ---- counts -------------------------------------------------------------------------
    def update_counts(self, folder_total: int, complete: bool) -> str:
        """The counts line, the header check box and the Preview button: shown, selected, and
        the folder's size — or how much of it is loaded while it is not ("600 of 3,000
        loaded")."""
        proxy = self.table.proxy()
        model = proxy.release_model()
        checked = model.checked_count()
        loaded = model.total_count()

        text = self.tr("%1 shown · %2 selected").replace("%1", number(model.rowCount()))
        text = text.replace("%2", number(checked))
        if complete or loaded >= folder_total:
            text += " · " + self.tr("%1 in folder").replace("%1", number(max(loaded, folder_total)))
        else:
            loaded_text = self.tr("%1 of %2 loaded").replace("%1", number(loaded))
            text += " · " + loaded_text.replace("%2", number(folder_total))
        hidden = checked - proxy.visible_checked_count()
        if hidden > 0:
            text += " " + self.tr("(%1 selected not shown)").replace("%1", number(hidden))
        self.counts_label.setText(text)
        self.counts_label.setToolTip(text)
        self.table.set_empty_text(self._empty_text(loaded, complete))
        self.table.set_check_state(proxy.header_check_state())
        self.set_preview_count(checked)
        return text

    def _empty_text(self, loaded: int, complete: bool) -> str:
        if loaded:
            return self.tr("No release matches the search and filters.")
        return self.tr("This folder is empty.") if complete else ""

    def set_preview_count(self, count: int) -> None:
        text = self.tr("Preview %n checked…", "", count) if count else self.tr("Preview checked…")
        self.preview_button.setText(text)
        self._preview_action.setText(text)
        enabled = count > 0 and self._browsing
        self.preview_button.setEnabled(enabled)
        self._preview_action.setEnabled(enabled)

    def set_browsing(self, browsing: bool) -> None:
        """Whether this page is the one shown (the Preview command works only here)."""
        self._browsing = browsing
        self.set_preview_count(self.table.proxy().release_model().checked_count())

    # ---- session ------------------------------------------------------------------------
    def session_state(self, folder_id: int) -> dict[str, Any]:
        """The folder, sort, filters and checks, to restore on the next start."""
        proxy = self.table.proxy()
        column, order = proxy.sort_state()
        return {
            "folder": folder_id,
            "sort_column": int(column),
            "sort_order": int(order.value),
            "filters": self.filter_bar.state(),
            "checked": sorted(proxy.release_model().checked_ids()),
        }

    def restore_session(self, session: dict[str, Any]) -> None:
        filters = session.get("filters")
        if not isinstance(filters, dict):  # sessions saved before the whole bar was kept
            filters = {"text": session.get("filter_text")}
        self.filter_bar.restore(filters)
        column, order = session.get("sort_column"), session.get("sort_order")
        if isinstance(column, int) and isinstance(order, int):
            self.table.sort_by(column, Qt.SortOrder(order))
        checked = session.get("checked")
        if isinstance(checked, list):
            model = self.table.proxy().release_model()
            model.set_checked([int(i) for i in checked if isinstance(i, int)], True)

    # ---- state --------------------------------------------------------------------------
    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.table.restore_state(settings)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self.table.save_state(settings)


def initial_folder(
    folders: list[Folder], wanted: int | None, session: dict[str, Any] | None, fallback: int
) -> int:
    """The folder to open with an account's first folder list: the one asked for, else the
    session's, else ``fallback`` (the last one, or All) — All when that folder is gone."""
    if wanted is None and session is not None:
        try:
            wanted = int(session.get("folder", fallback))
        except (TypeError, ValueError):
            wanted = None
    if wanted is None:
        wanted = fallback
    if not any(f.id == wanted for f in folders):
        wanted = ALL_FOLDER_ID
    return wanted
