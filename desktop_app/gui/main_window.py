"""The main window: it makes the pages, panels and controllers and connects their signals.

The work lives elsewhere: loading in :class:`LoaderController`, the account in
:class:`AccountController`, the unsaved preview in :class:`DraftsController`, the table in
:class:`ReleaseTable`, the preview tab in :class:`PreviewHost`, commands in :class:`Actions`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QMoveEvent, QResizeEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AppError
from ..services import account as account_service
from ..services import state
from ..services.account import Credentials
from ..services.covers import Covers
from ..services.history import ExportHistory
from ..services.settings import Settings
from ..services.source import (
    ALL_FOLDER_ID,
    CollectionSource,
    Folder,
    prepare_network,
    source_for,
)
from . import heap
from .actions import Actions
from .collection.page import CollectionPage, initial_folder
from .collection.release_model import ReleaseModel
from .collection.release_proxy import ReleaseProxy
from .controllers.account import AccountController, SourceFactory
from .controllers.drafts import DraftsController
from .controllers.loader import LoaderController
from .controllers.selection import SelectionController
from .covers import CoverLoader
from .crash import show_log_folder
from .dialogs.about import show_about
from .dialogs.questions import (
    ask_missing_ticks,
    ask_restart,
    ask_restore_draft,
    ask_sign_in,
    confirm_sign_out,
    open_settings,
)
from .icons import app_icon
from .messages import error_text, offline_text, unreadable_text
from .preview.host import PreviewHost
from .printed_wiring import attach_printed
from .status_bar import StatusBar
from .toolbar import MainToolbar
from .welcome_page import WelcomePage
from .widgets import Banner, fit_to_screen
from .window_state import last_folder, restore_geometry, save_geometry, window_settings
from .workers import JobRunner

log = logging.getLogger(__name__)

__all__ = ["MainWindow"]

#: Ticks, the preview draft and the window state are saved this long after a change (the first
#: change starts the wait; later ones join that save), so a session killed later keeps them.
AUTOSAVE_MS = 1000


class MainWindow(QMainWindow):
    """Welcome page or collection browser, with the preview tab; composes the parts."""

    loadFinished = Signal(int)  # folder id, after the last page (or on failure/cancel)

    def __init__(
        self,
        source: CollectionSource | None = None,
        *,
        demo: bool = False,
        credentials: Credentials | None = None,
        source_factory: SourceFactory = source_for,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Discogs QR Export"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(800, 480)
        self.app_settings = Settings.load()
        self.history: ExportHistory | None = None
        self._closing = False
        self.restart_requested = False  # gui.app.main starts the app again once it is closed
        self._session_pending = True  # nothing is shown yet: there is no session to keep
        self._preview_after_all = False
        self.runner = JobRunner(self)
        self.covers = CoverLoader(self)
        self.model = ReleaseModel(self)
        self.proxy = ReleaseProxy(self)
        self.proxy.setSourceModel(self.model)
        self.actions = Actions(self)
        self.account = AccountController(self.runner, source_factory, self)
        self.loader = LoaderController(self.model, self.runner, self)
        self.drafts = DraftsController(self.model, self.runner, self)
        self.selection = SelectionController(self.model, self.proxy, self.runner, self)
        self._build_ui()
        self.preview = PreviewHost(self.tabs, self.app_settings, self)
        self._wire()
        self._restore_state()
        prepare_network()  # imported here, not by the first worker (it would hold the GIL)
        heap.settle()  # the modules and widgets made so far live as long as the window
        if source is not None:
            self.account.show(source, demo=demo, credentials=credentials)
        else:
            self.show_welcome()

    # ---- construction -------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.toolbar = MainToolbar(self.actions, self)
        self.toolbar.accountClicked.connect(self._account_clicked)
        self.identity_label = self.toolbar.identity_label
        self.addToolBar(self.toolbar)

        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.stack, token_first=account_service.lead_with_token())
        self.stack.addWidget(self.welcome)
        self.browser = CollectionPage(self.proxy, self.actions, self.stack)
        self.stack.addWidget(self.browser)
        self.sidebar = self.browser.sidebar
        self.filter_bar = self.browser.filter_bar
        self.table = self.browser.table
        self.tabs = self.browser.tabs
        self.preview_button = self.browser.preview_button
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = Banner(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_bar = StatusBar(self.actions.cancel, self)
        self.setStatusBar(self.status_bar)
        self.status_label = self.status_bar.label
        self.actions.build_menus(self.menuBar(), self.table.fill_columns_menu)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self._update_counts)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._draft_changed = False

    def _wire(self) -> None:
        a, loader, status = self.actions, self.loader, self.status_bar
        for action, slot in (
            (a.refresh, self.reload),
            (a.full_refresh, self.full_refresh),
            (a.settings, self.open_settings),
            (a.cancel, loader.cancel),
            (a.preview, self.open_preview),
            (a.find, self.browser.focus_search),
            (a.check_all, lambda: self.browser.check_all_shown(self.selection)),
            (a.check_none, self.selection.check_none_visible),
            (a.invert, self.selection.invert_visible),
            (a.clear_filters, self.filter_bar.clear),
            (a.folders_focus, self.sidebar.setFocus),
            (a.table_focus, self.table.setFocus),
            (a.open_release, self.table.open_current_release),
            (a.sign_in, self.sign_in),
            (a.token, self.sign_in_token),
            (a.sign_out, self.sign_out),
            (a.demo, self.account.open_demo),
            (a.quit, self.close),
            (a.show_log, show_log_folder),
            (a.about, lambda: show_about(self)),
        ):
            Actions.connect(action, slot)
        self.preview_button.clicked.connect(self.open_preview)
        a.show_covers.setChecked(self.app_settings.covers)
        a.large_covers.setChecked(self.app_settings.large_covers)
        a.show_covers.toggled.connect(lambda _on: self._covers_changed())
        a.large_covers.toggled.connect(lambda _on: self._covers_changed())
        for controller in (self.account, loader, self.drafts, self.selection):
            status.attach(controller)
        self.welcome.signInRequested.connect(self.sign_in)
        self.welcome.tokenRequested.connect(self.sign_in_token)
        self.welcome.demoRequested.connect(self.account.open_demo)
        self.account.aboutToChange.connect(self.save_session)
        self.account.sourceChanged.connect(self._show_source)
        self.account.signedOut.connect(self._signed_out)
        self.account.failed.connect(self.show_error)
        loader.foldersReady.connect(self._show_folders)
        # a page's counts are painted with its rows while its worker waits (see hold_page)
        loader.pageAdded.connect(lambda page: (self._update_counts(), self.table.hold_page(page)))
        loader.formatsChanged.connect(self.filter_bar.set_format_choices)
        loader.countsChanged.connect(self._schedule_counts)
        loader.loadFinished.connect(self.loadFinished)
        loader.loadFinished.connect(self._folder_loaded)
        loader.failed.connect(lambda error, resume: self.show_error(error, resume=resume))
        loader.offline.connect(self._show_offline)
        loader.online.connect(self.banner.dismiss)
        loader.notice.connect(lambda text: self.banner.show_message(text, kind="info"))
        loader.unreadable.connect(
            lambda names: self.banner.show_message(unreadable_text(names), kind="info")
        )
        self.drafts.draftReady.connect(self._show_draft)
        self.preview.saved.connect(self._export_saved)
        self.preview.message.connect(lambda text: self.banner.show_message(text, kind="info"))
        self.sidebar.folderSelected.connect(self.load_folder)
        self.filter_bar.filterChanged.connect(self.proxy.set_record_filter)
        self.filter_bar.notExportedChanged.connect(lambda _on: self._apply_not_exported())
        self.filter_bar.changedOnlyChanged.connect(lambda _on: self._apply_not_exported())
        loader.loadFinished.connect(lambda _folder: self._apply_not_exported())
        self.printed = attach_printed(self)
        # the background pass: rows updated in place, the age of the field values shown
        self.model.rowsUpdated.connect(self._apply_not_exported)
        self.browser.fields_read_at = loader.fields_read_at
        for signal in (loader.fieldsRead, loader.loadFinished):
            signal.connect(lambda *_: self.browser.update_fields_age())
            signal.connect(lambda *_: self.drafts.library_changed())
        self.proxy.shownChanged.connect(self._schedule_counts)
        self.model.checksChanged.connect(self._schedule_counts)
        self.table.check_header.toggled.connect(self.selection.toggle_header)
        self.selection.gathered.connect(self._preview_gathered)
        self._wire_autosave()

    def _wire_autosave(self) -> None:
        """Every change of the ticks, the session, the preview or the window's layout is saved
        soon after (see :data:`AUTOSAVE_MS`), not only at Quit."""
        later = self.schedule_save
        self.model.checksChanged.connect(later)
        self.filter_bar.filterChanged.connect(later)
        self.filter_bar.notExportedChanged.connect(later)
        self.filter_bar.changedOnlyChanged.connect(later)
        self.sidebar.folderSelected.connect(later)
        self.browser.splitter.splitterMoved.connect(later)
        header = self.table.check_header
        header.sectionResized.connect(later)
        header.sectionMoved.connect(later)
        header.sortIndicatorChanged.connect(later)
        self.preview.changed.connect(self._preview_changed)

    # ---- window state -------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = window_settings()
        if not restore_geometry(self, settings):
            self.resize(1200, 760)
        fit_to_screen(self)  # a geometry kept on a bigger screen (or scale) fits this one
        self.browser.restore_state(settings)

    def save_state(self) -> None:
        settings = window_settings()
        folder = self.loader.folder_id if self.account.signed_in() else None
        save_geometry(self, settings, last_folder=folder)
        self.browser.save_state(settings)
        settings.sync()

    def schedule_save(self, *_args: object) -> None:
        """Save soon: the first change since the last save starts the wait, so a stream of
        changes (typing, dragging) is saved every :data:`AUTOSAVE_MS`, never on each one."""
        if not self._closing and not self._autosave.isActive():
            self._autosave.start()

    def _preview_changed(self) -> None:
        self._draft_changed = True
        self.schedule_save()

    def save_now(self) -> None:
        """Save the window state, the session (ticks) and the unsaved preview now."""
        self._autosave.stop()
        if self._closing:
            return
        self.save_state()
        self.save_session(draft=self._draft_changed)

    def current_folder(self) -> Folder | None:
        folder_id = self.loader.folder_id
        return None if folder_id is None else self.sidebar.folder(folder_id)

    # ---- accounts -----------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self._update_identity()

    def _show_source(
        self, source: CollectionSource, demo: bool, creds: Credentials | None, keep: bool
    ) -> None:
        """The account controller switched: show the new account's collection."""
        self.banner.dismiss()
        if not keep:
            self.model.clear_checks()
        username = self.account.username()
        self.loader.set_source(source, demo=demo, username=username)
        self.drafts.set_account(self.loader.library, source, demo)
        self.selection.set_account(self.loader.library, source if demo else None)
        self._apply_covers(source)
        self.history = ExportHistory(state.account_key(self.loader.library, demo, username))
        self.preview.set_history(self.history)
        self._apply_not_exported()
        self._session_pending = True
        self.sidebar.set_folders([])
        self.stack.setCurrentWidget(self.browser)
        self._update_identity()
        self.loader.load_folders(then_folder=self.loader.folder_id if keep else None)

    def _apply_covers(self, source: CollectionSource | None) -> None:
        """Covers of ``source`` in the table (and the preview), or none when they are off."""
        settings = self.app_settings
        on = settings.covers and source is not None
        self.covers.set_covers(Covers(source, settings.cover_cache_mb) if on else None)
        self.table.set_covers(self.covers if on else None, large=settings.large_covers)
        self.preview.set_covers(self.covers if on else None)

    def _covers_changed(self) -> None:
        """View → Show covers / Larger covers: applied now and remembered."""
        settings = self.app_settings
        settings.covers = self.actions.show_covers.isChecked()
        settings.large_covers = self.actions.large_covers.isChecked()
        self.actions.large_covers.setEnabled(settings.covers)
        self._apply_covers(self.loader.source)
        try:
            settings.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    def invite_sign_in(self) -> None:
        """A first start without an account shows the demo; say how to see your own."""
        ways = [(self.tr("Use a token"), self.sign_in_token)]
        ways.insert(
            account_service.lead_with_token(), (self.tr("Sign in with Discogs"), self.sign_in)
        )
        text = self.tr("You are exploring the demo collection. Sign in to see your own.")
        self.banner.show_message(text, kind="info", actions=ways)

    def sign_in(self) -> None:
        self._run_sign_in("oauth")

    def sign_in_token(self) -> None:
        self._run_sign_in("token")

    def _run_sign_in(self, mode: str) -> None:
        creds = ask_sign_in(self, mode)
        if creds is not None:
            self.account.use_credentials(creds)

    def sign_out(self) -> None:
        if confirm_sign_out(self):
            self.account.sign_out()

    def _signed_out(self) -> None:
        self.loader.set_source(None)
        self.drafts.set_account(None, None, False)
        self.selection.set_account(None, None)
        self.model.clear_checks()
        self.sidebar.set_folders([])
        self.banner.dismiss()
        self.show_welcome()

    def _account_clicked(self) -> None:
        if self.account.signed_in():
            self.sign_out()
        else:
            self.sign_in()

    def _update_identity(self) -> None:
        signed_in = self.account.signed_in()
        self.toolbar.set_identity(self.account.identity_text(), signed_in)
        self.actions.sign_out.setEnabled(signed_in)
        browsing = self.stack.currentWidget() is self.browser
        self.actions.set_browsing(browsing)
        self.browser.set_browsing(browsing)

    # ---- folders and loading ------------------------------------------------------------
    def _show_folders(self, folders: list[Folder]) -> None:
        """Fill the sidebar; the first list of an account restores its session and opens the
        wanted (or last) folder; later lists (after a refresh) keep the folder shown."""
        self.model.set_folder_names({f.id: f.name for f in folders})
        self.model.set_fields(self.loader.note_fields)  # the collection field columns
        if not self._session_pending:
            self.sidebar.set_folders(folders, select=self.loader.folder_id)  # (no signal)
            return
        self._session_pending = False
        session = self._restore_session()
        QTimer.singleShot(0, self, self._offer_draft)
        wanted = initial_folder(
            folders,
            self.loader.take_then_folder(),
            session,
            ALL_FOLDER_ID if self.account.demo else last_folder(window_settings()),
        )
        self.sidebar.set_folders(folders, select=wanted)
        self.status_bar.set_text("")
        current = self.sidebar.current_folder_id()
        if current is not None:
            self.load_folder(current)

    def load_folder(self, folder_id: int) -> None:
        folder = self.sidebar.folder(folder_id)
        self.loader.load_folder(folder_id, folder.count if folder else 0)

    def reload(self) -> None:
        self.banner.dismiss()
        self.loader.reload()

    def refresh(self, full: bool = False) -> None:
        self.loader.refresh(full=full)

    def full_refresh(self) -> None:
        self.banner.dismiss()
        self.loader.refresh(full=True)

    def show_error(self, error: AppError, *, resume: bool = False) -> None:
        """The non-blocking banner; an auth error offers to sign in again (checks are kept)."""
        text, sign_in_again = error_text(error, demo=self.account.demo)
        actions: list[tuple[str, Any]] = []
        if self.account.source is not None:
            retry = self.loader.resume if resume else self.reload
            actions.append((self.tr("Retry"), lambda: (self.banner.dismiss(), retry())))
        if sign_in_again:
            actions.append((self.tr("Sign in again"), self.sign_in))
        self.banner.show_message(text, kind="error", actions=actions)

    def _show_offline(self, when: datetime | None) -> None:
        actions = [(self.tr("Retry"), self.reload)]
        self.banner.show_message(offline_text(when), kind="info", actions=actions)

    # ---- session (per account) ----------------------------------------------------------
    def session_state(self) -> dict[str, Any]:
        folder = self.loader.folder_id
        return self.browser.session_state(folder if folder is not None else ALL_FOLDER_ID)

    def save_session(self, *, draft: bool = True) -> None:
        """Remember folder, sort, filters and checks for this account (or the demo), and keep
        an unsaved preview (``draft``). A clean preview deletes the draft it kept itself, and
        leaves alone one from an earlier run (it may not be answered yet)."""
        if draft:
            self._draft_changed = False
            if self.preview.has_unsaved_changes():
                if not self.drafts.keep(self.preview.draft()):
                    self._draft_changed = True  # tried again at the next save
                    self._draft_not_kept()
            elif self.drafts.kept_here():
                self.drafts.clear()
        if self.account.source is not None and not self._session_pending:
            state.save_session(self.loader.library, self.account.demo, self.session_state())

    def _draft_not_kept(self) -> None:
        """The unsaved preview could not be written to disk: say so (it stays in the window)."""
        if not self._closing:
            text = self.tr(
                "The unsaved preview could not be kept on disk (see the log); it is tried again "
                "at the next change. Save it to a file to be safe."
            )
            self.banner.show_message(text, kind="error")

    def _restore_session(self) -> dict[str, Any] | None:
        session = state.load_session(self.loader.library, self.account.demo)
        if session is not None:
            self.browser.restore_session(session)
        return session

    # ---- the unsaved preview ------------------------------------------------------------
    def _offer_draft(self) -> str | None:
        """If a preview was left unsaved, ask to restore it: "restore", "discard" or None."""
        if self._closing or self.preview.has_unsaved_changes():
            return None
        return self.drafts.offer(lambda rows, when: self._ask_restore_draft(rows, when))

    def _ask_restore_draft(self, rows: int, edited_at: datetime | None) -> str | None:
        """ "restore", "discard" or None ("Not now"). A seam for tests."""
        return ask_restore_draft(self, rows, edited_at)

    def _show_draft(self, draft: Any, found: dict) -> None:
        """Show a restored draft. It stays on disk, now as this window's own, until the
        preview is saved or its rows are kept again (a session killed now loses nothing)."""
        restored = self.preview.show_draft(
            draft, found, self.model.folder_names(), self.loader.note_fields
        )
        if restored:
            self.drafts.adopt()
            self._preview_changed()  # rows left out are gone from the kept draft too
        else:
            self.drafts.clear()  # nothing of it can be shown: do not offer it again

    def _export_saved(self, _path: str, _ids: list) -> None:
        """An export was saved: refresh the marks and the "since last export" preset."""
        self._apply_not_exported()
        self.drafts.clear()

    def _apply_not_exported(self) -> None:
        self._history_stamp = self.history.stamp() if self.history is not None else None
        self.browser.show_export_marks(self.history)
        self._schedule_counts()

    def _history_may_have_changed(self) -> None:
        """Back in the window: exports made meanwhile (by the command line) are shown."""
        if self.history is not None and self.history.stamp() != self._history_stamp:
            self._apply_not_exported()

    _history_stamp: tuple[int, int] | None = None

    # ---- checks, counts and the preview -------------------------------------------------
    def _schedule_counts(self) -> None:
        if not self._counts_timer.isActive():
            self._counts_timer.start()

    def _update_counts(self) -> str:
        self._counts_timer.stop()
        return self.browser.update_counts(self.loader.folder_total, self.loader.is_complete())

    def counts_text(self) -> str:
        return self._update_counts()

    def open_preview(self) -> None:
        """Preview every ticked record (those not loaded are looked up first)."""
        if not self.model.checked_count():
            self.status_bar.set_text(self.tr("Check some releases first."))
            return
        self.selection.gather()

    def _preview_gathered(self, instances: list, missing: list) -> None:
        if missing:
            choice = self._ask_missing_ticks(len(missing))
            if choice == "load":
                self._preview_after_all = True
                self.sidebar.select_folder(ALL_FOLDER_ID)
                return
            if choice != "leave_out":
                return
        if not instances:
            self.status_bar.set_text(self.tr("Check some releases first."))
            return
        folder = self.current_folder()
        note = self.loader.incomplete_text(folder.name if folder else "")
        self.preview.open(instances, self.model.folder_names(), self.loader.note_fields, note)

    def _ask_missing_ticks(self, count: int) -> str | None:
        """ "load" (All first), "leave_out" or None (cancel). A seam for tests."""
        return ask_missing_ticks(self, count)

    def _folder_loaded(self, folder_id: int) -> None:
        if self._preview_after_all and folder_id == ALL_FOLDER_ID:
            self._preview_after_all = False
            if self.loader.is_complete():
                self.open_preview()

    # ---- release pages, settings, help --------------------------------------------------
    def open_settings(self) -> None:
        if open_settings(self, self.app_settings, self.loader.library, self.offer_restart):
            self.loader.reload_from_scratch()  # the local library was cleared
        with QSignalBlocker(self.actions.show_covers):
            self.actions.show_covers.setChecked(self.app_settings.covers)
        self._covers_changed()  # (on or off, a new cache limit)

    def offer_restart(self) -> bool:
        """Another language was chosen: restart now? Closing keeps the window state, the
        session (folder, filters, ticks) and an unsaved preview, so nothing is lost."""
        if not self._ask_restart():
            return False
        self.restart_requested = True
        self.close()
        return True

    def _ask_restart(self) -> bool:
        """A seam for tests."""
        return ask_restart(self)

    # ---- shutdown -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._autosave.stop()
        self._closing = True
        self.drafts.closing = True
        self.save_state()
        self.save_session()
        self.loader.shutdown()
        self.drafts.shutdown()
        self.selection.shutdown()
        self.table.release_held()  # a loader waiting for a paint must not delay the join
        self.covers.shutdown()
        self.runner.shutdown()  # cancels every job (refresh included) and joins its thread
        self.loader.close_library()
        heap.release()
        super().closeEvent(event)

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self.schedule_save()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.schedule_save()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.schedule_save()
        if event.type() == QEvent.Type.PaletteChange:
            for action in self.findChildren(QAction):
                action.setIcon(action.icon())  # re-render recoloured SVG icons
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._history_may_have_changed()
        super().changeEvent(event)
