"""The main window: welcome page, folder sidebar, filter bar and the release table.

The window composes widgets and reacts to their signals; loading happens in :mod:`workers`,
sorting and filtering in the model and proxy. The preview/export panel plugs in through
:meth:`MainWindow.open_preview` and the query methods below it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QLocale,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AppError, ErrorKind
from ..core.filters import fold
from ..core.release import Instance
from ..discogs.auth import Credentials
from ..services.library import Library, RefreshResult, open_library
from ..services.source import ALL_FOLDER_ID, CollectionSource, Folder, source_for
from ..store import paths
from ..store.cache import Cache
from ..store.history import ExportHistory
from ..store.settings import Settings
from . import heap
from .filter_bar import FilterBar
from .icons import app_icon, icon
from .preview_panel import PreviewPanel
from .release_model import Column, ReleaseModel, Row
from .release_proxy import ReleaseProxy
from .sidebar import FolderSidebar
from .widgets import Banner
from .workers import (
    CachedRows,
    CachedRowsJob,
    FolderList,
    FolderLoadJob,
    FoldersJob,
    JobRunner,
    LibraryLoadJob,
    PageRows,
    RefreshJob,
)

log = logging.getLogger(__name__)

RELEASE_URL = "https://www.discogs.com/release/{release_id}"
SETTINGS_FILE = "window.ini"
DEFAULT_WIDTHS = {
    Column.ARTIST: 200,
    Column.TITLE: 240,
    Column.YEAR: 56,
    Column.LABEL: 150,
    Column.CATNO: 110,
    Column.FORMAT: 170,
    Column.FOLDER: 120,
    Column.ADDED: 96,
    Column.RATING: 70,
    Column.EXPORTED: 96,
}
HIDDEN_BY_DEFAULT = (Column.FOLDER, Column.RATING)


def window_settings() -> QSettings:
    """Qt-only window state (geometry, splitter, header) in an INI file in the config folder."""
    return QSettings(str(paths.config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


# ---- the table ---------------------------------------------------------------------------------


class CheckHeader(QHeaderView):
    """A horizontal header that draws a tri-state check box in section 0 and toggles it."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._state = Qt.CheckState.Unchecked
        self.setSectionsClickable(True)
        self.setSectionsMovable(True)
        self.setFirstSectionMovable(False)
        self.setHighlightSections(False)

    def check_state(self) -> Qt.CheckState:
        return self._state

    def set_check_state(self, state: Qt.CheckState) -> None:
        if state != self._state:
            self._state = state
            self.viewport().update()

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        painter.save()
        super().paintSection(painter, rect, logical_index)
        painter.restore()
        if logical_index != Column.CHECK:
            return
        option = QStyleOptionButton()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        left = rect.x() + (rect.width() - size) // 2
        option.rect = QRect(left, rect.y() + (rect.height() - size) // 2, size, size)
        option.state = QStyle.StateFlag.State_Enabled
        if self._state == Qt.CheckState.Checked:
            option.state |= QStyle.StateFlag.State_On
        elif self._state == Qt.CheckState.PartiallyChecked:
            option.state |= QStyle.StateFlag.State_NoChange
        else:
            option.state |= QStyle.StateFlag.State_Off
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        on_check = self.logicalIndexAt(event.position().toPoint()) == Column.CHECK
        if event.button() == Qt.MouseButton.LeftButton and on_check:
            self.toggled.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.logicalIndexAt(event.position().toPoint()) == Column.CHECK:
            event.accept()  # no sort on the check column
            return
        super().mouseReleaseEvent(event)


class ReleaseTable(QTableView):
    """The table: click the check column to toggle (shift-click for a range), Space toggles."""

    activatedRelease = Signal(int)  # proxy row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_header = CheckHeader(self)
        self.setHorizontalHeader(self.check_header)
        self.setAccessibleName(self.tr("Releases"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        self.setSortingEnabled(True)
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.check_header
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setMinimumSectionSize(28)
        self._anchor: tuple[int, bool] | None = None  # (proxy row, checked) of the last click
        self._held: list[threading.Event] = []  # loader hand-offs waiting for the next paint
        self.doubleClicked.connect(lambda index: self.activatedRelease.emit(index.row()))

    def hold_until_painted(self, event: threading.Event) -> None:
        """Set ``event`` once the viewport has painted (at the latest after 200 ms)."""
        self._held.append(event)
        self.viewport().update()
        QTimer.singleShot(200, self._release_held)

    def _release_held(self) -> None:
        held, self._held = self._held, []
        for event in held:
            event.set()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._held:
            self._release_held()

    def proxy(self) -> ReleaseProxy:
        model = self.model()
        assert isinstance(model, ReleaseProxy)
        return model

    def _ids_for_rows(self, first: int, last: int) -> list[int]:
        proxy = self.proxy()
        return [proxy.row_at(r).iid for r in range(first, last + 1)]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and index.column() == Column.CHECK
        ):
            proxy = self.proxy()
            model = proxy.release_model()
            row = index.row()
            iid = proxy.row_at(row).iid
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if shift and self._anchor is not None and self._anchor[0] < proxy.rowCount():
                anchor_row, state = self._anchor
                first, last = sorted((anchor_row, row))
                model.set_checked(self._ids_for_rows(first, last), state)
            else:
                state = not model.is_checked(iid)
                model.set_checked([iid], state)
                self._anchor = (row, state)
            self.setCurrentIndex(index)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.column() == Column.CHECK:
            self.mousePressEvent(event)  # a quick second click toggles again, not "open"
            return
        super().mouseDoubleClickEvent(event)

    def selected_proxy_rows(self) -> list[int]:
        selection = self.selectionModel()
        if selection is None:
            return []
        rows = sorted({i.row() for i in selection.selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            rows = self.selected_proxy_rows()
            if rows:
                proxy = self.proxy()
                model = proxy.release_model()
                ids = [proxy.row_at(r).iid for r in rows]
                model.toggle(ids)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activatedRelease.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


# ---- the welcome page --------------------------------------------------------------------------


class WelcomePage(QWidget):
    """First start: sign in, use a token, or explore the demo collection."""

    signInRequested = Signal()
    tokenRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(logo)
        title = QLabel(self.tr("Discogs QR Export"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(title)
        blurb = QLabel(
            self.tr(
                "Pick records from your Discogs collection and save a batch file for QR Factory 3:"
                " one QR sticker per record."
            ),
            self,
        )
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(blurb)
        column.addSpacing(10)
        self.sign_in_button = self._big_button(
            icon("sign-in"), self.tr("Sign in with Discogs"), self.signInRequested
        )
        self.token_button = self._big_button(
            icon("token"), self.tr("Use a personal access token"), self.tokenRequested
        )
        self.demo_button = self._big_button(
            icon("demo"), self.tr("Explore the demo collection"), self.demoRequested
        )
        for button in (self.sign_in_button, self.token_button, self.demo_button):
            column.addWidget(button)
        self.sign_in_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(460)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row.addWidget(holder, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def _big_button(self, button_icon: Any, text: str, signal: Any) -> QPushButton:
        button = QPushButton(button_icon, text, self)
        button.setIconSize(QSize(22, 22))
        button.setMinimumHeight(max(44, self.fontMetrics().height() * 2 + 8))
        button.setAccessibleName(text)
        button.clicked.connect(signal.emit)
        return button


# ---- the window --------------------------------------------------------------------------------


class MainWindow(QMainWindow):
    """Welcome page or collection browser; loads folders in workers; hosts the preview hook."""

    sourceChanged = Signal()
    loadFinished = Signal(int)  # folder id, after the last page (or on failure/cancel)

    def __init__(
        self,
        source: CollectionSource | None = None,
        *,
        demo: bool = False,
        credentials: Credentials | None = None,
        source_factory: Callable[[Credentials], CollectionSource] = source_for,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Discogs QR Export"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(800, 480)
        self.source_factory = source_factory
        self.runner = JobRunner(self)
        self.source: CollectionSource | None = None
        self.is_demo = False
        self.credentials: Credentials | None = None
        self._note_fields: dict[int, str] = {}
        self._folder_id: int | None = None
        self._folder_total = 0
        self._load_job: FolderLoadJob | CachedRowsJob | None = None
        self._folders_job: FoldersJob | None = None
        self._last_page = 0
        self._load_pages = 0
        self._wait_left = 0.0
        self._wait_reason = ""
        self._closing = False
        self.preview_panel: PreviewPanel | None = None
        self._pending_folder: int | None = None
        self._format_counts: dict[str, int] = {}
        self._verify_job: Any = None
        self._account_slot: Callable[[], None] | None = None
        self._columns_fitted = False
        self.library: Library | None = None
        self.history: ExportHistory | None = None
        self.app_settings = Settings.load()
        self._refresh_job: RefreshJob | None = None
        self._refresh_after_cached = False  # refresh once the cached rows are shown
        self._refreshed_at: datetime | None = None  # last successful refresh in this session
        self._offline_since: datetime | None = None
        self._session_restored = False

        self.model = ReleaseModel(self)
        self.proxy = ReleaseProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_actions()
        self._build_ui()
        self._build_menus()
        self._wire()
        self._restore_state()
        heap.settle()  # the modules and widgets made so far live as long as the window
        if source is not None:
            self.set_source(source, demo=demo, credentials=credentials)
        else:
            self.show_welcome()

    # ---- construction -------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcut: QKeySequence | str | None = None,
        icon_name: str = "",
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        self.refresh_action = self._action(
            tr("&Refresh"),
            self.reload,
            "F5",
            "refresh",
            tr("Bring the collection up to date with Discogs (F5)"),
        )
        self.full_refresh_action = self._action(
            tr("&Full refresh"),
            self.full_refresh,
            "Ctrl+F5",
            "",
            tr("Read the whole collection from Discogs again"),
        )
        self.settings_action = self._action(
            tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences
        )
        self.cancel_action = self._action(
            tr("&Cancel loading"), self.cancel_load, "Esc", "cancel", tr("Stop loading")
        )
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.cancel_action.setEnabled(False)
        self.preview_action = self._action(
            tr("Preview checked…"),
            self.open_preview,
            "Ctrl+P",
            "preview",
            tr("Preview and export the checked releases"),
        )
        find = QKeySequence.StandardKey.Find
        self.find_action = self._action(tr("&Find"), self.focus_search, find)
        self.check_all_action = self._action(
            tr("Check &all shown"),
            self.check_all_visible,
            QKeySequence.StandardKey.SelectAll,
            "check-all",
            tr("Check every release shown (Ctrl+A)"),
        )
        self.check_none_action = self._action(
            tr("Check &none"),
            self.check_none_visible,
            "Ctrl+Shift+A",
            "check-none",
            tr("Uncheck every release shown (Ctrl+Shift+A)"),
        )
        self.invert_action = self._action(
            tr("&Invert checks"),
            self.invert_visible,
            "Ctrl+I",
            "check-invert",
            tr("Invert the checks of the releases shown (Ctrl+I)"),
        )
        self.clear_filters_action = self._action(
            tr("C&lear filters"), self.clear_filters, "Ctrl+Shift+L"
        )
        self.folders_focus_action = self._action(
            tr("Go to &folders"), lambda: self.sidebar.setFocus(), "Alt+1"
        )
        self.table_focus_action = self._action(
            tr("Go to &releases"), lambda: self.table.setFocus(), "Alt+2"
        )
        self.open_release_action = self._action(
            tr("&Open release page"), self.open_current_release, "Ctrl+O"
        )
        self.sign_in_action = self._action(
            tr("&Sign in…"), self.sign_in, None, "sign-in", tr("Sign in with Discogs")
        )
        self.token_action = self._action(tr("Use a personal access &token…"), self.sign_in_token)
        self.sign_out_action = self._action(
            tr("Sign &out"), self.sign_out, None, "sign-out", tr("Forget the saved sign-in")
        )
        self.demo_action = self._action(tr("Open the &demo collection"), self.open_demo)
        self.quit_action = self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.about_action = self._action(tr("&About Discogs QR Export"), self.show_about)

    def _build_ui(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
        self.toolbar.addAction(self.refresh_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.identity_label = QLabel(self.toolbar)
        self.identity_label.setAccessibleName(self.tr("Account"))
        self.identity_label.setContentsMargins(0, 0, 8, 0)
        self.toolbar.addWidget(self.identity_label)
        self.account_button = QToolButton(self.toolbar)
        self.account_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.account_button.setAccessibleName(self.tr("Account"))
        self.toolbar.addWidget(self.account_button)
        self.addToolBar(self.toolbar)

        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.stack)
        self.stack.addWidget(self.welcome)

        browser = QWidget(self.stack)
        outer = QVBoxLayout(browser)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, browser)
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
        self.check_all_button = self._tool_button(self.check_all_action, self.tr("All"))
        self.check_none_button = self._tool_button(self.check_none_action, self.tr("None"))
        self.invert_button = self._tool_button(self.invert_action, self.tr("Invert"))
        for button in (self.check_all_button, self.check_none_button, self.invert_button):
            row.addWidget(button)
        row.addSpacing(8)
        self.counts_label = QLabel(right)
        self.counts_label.setAccessibleName(self.tr("Counts"))
        self.counts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counts_label.setMinimumWidth(120)
        row.addWidget(self.counts_label, 1)
        # The filter bar's "only not yet exported" box lives in this row (the bar is full).
        row.addWidget(self.filter_bar.not_exported)
        row.addSpacing(8)
        self.preview_button = QPushButton(icon("preview"), self.tr("Preview checked…"), right)
        self.preview_button.setAccessibleName(self.tr("Preview checked releases"))
        self.preview_button.setToolTip(self.tr("Preview and export the checked releases (Ctrl+P)"))
        self.preview_button.clicked.connect(self.open_preview)
        row.addWidget(self.preview_button)
        right_layout.addLayout(row)

        self.table = ReleaseTable(right)
        self.table.setModel(self.proxy)
        right_layout.addWidget(self.table, 1)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 900])
        self.tabs = QTabWidget(browser)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Releases and preview"))
        self.tabs.addTab(self.splitter, self.tr("Releases"))
        outer.addWidget(self.tabs, 1)
        self.stack.addWidget(browser)
        self.browser = browser
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.banner = Banner(central)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._apply_default_columns()

        status = self.statusBar()
        self.status_label = QLabel(status)
        self.status_label.setAccessibleName(self.tr("Loading status"))
        status.addWidget(self.status_label, 1)
        self.progress = QProgressBar(status)
        self.progress.setAccessibleName(self.tr("Loading progress"))
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        status.addPermanentWidget(self.progress)
        self.cancel_button = QToolButton(status)
        self.cancel_button.setDefaultAction(self.cancel_action)
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel loading"))
        self.cancel_button.hide()
        status.addPermanentWidget(self.cancel_button)

        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(0)
        self._counts_timer.timeout.connect(self._update_counts)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick_wait)

    def _tool_button(self, action: QAction, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setText(text)
        button.setAccessibleName(action.text().replace("&", ""))
        button.setAutoRaise(True)
        return button

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.preview_action)
        file_menu.addAction(self.refresh_action)
        file_menu.addAction(self.cancel_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        for action in (
            self.find_action,
            self.clear_filters_action,
            None,
            self.check_all_action,
            self.check_none_action,
            self.invert_action,
            None,
            self.settings_action,
        ):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.folders_focus_action)
        view_menu.addAction(self.table_focus_action)
        view_menu.addAction(self.open_release_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.full_refresh_action)
        view_menu.addSeparator()
        self.columns_menu = view_menu.addMenu(self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns_menu(self.columns_menu))
        account_menu = menu_bar.addMenu(self.tr("&Account"))
        for action in (self.sign_in_action, self.token_action, self.sign_out_action):
            account_menu.addAction(action)
        account_menu.addSeparator()
        account_menu.addAction(self.demo_action)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _wire(self) -> None:
        self.welcome.signInRequested.connect(self.sign_in)
        self.welcome.tokenRequested.connect(self.sign_in_token)
        self.welcome.demoRequested.connect(self.open_demo)
        self.sidebar.folderSelected.connect(self.load_folder)
        self.filter_bar.filterChanged.connect(self.proxy.set_record_filter)
        self.filter_bar.notExportedChanged.connect(self._not_exported_toggled)
        self.proxy.shownChanged.connect(self._schedule_counts)
        self.model.checksChanged.connect(self._schedule_counts)
        self.table.check_header.toggled.connect(self._header_toggled)
        self.table.check_header.customContextMenuRequested.connect(self._header_menu)
        self.table.activatedRelease.connect(self.open_release)

    def _apply_default_columns(self) -> None:
        header = self.table.check_header
        header.setSectionResizeMode(Column.CHECK, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.CHECK, 32)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        for column in Column:
            header.setSectionHidden(column, column in HIDDEN_BY_DEFAULT)

    # ---- window state -------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = window_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = settings.value("table/header")
        if isinstance(header, QByteArray) and self.table.check_header.restoreState(header):
            self._columns_fitted = True
            header_view = self.table.check_header
            header_view.setSectionHidden(Column.CHECK, False)
            header_view.setSectionResizeMode(Column.CHECK, QHeaderView.ResizeMode.Fixed)
            if header_view.visualIndex(Column.CHECK) != 0:
                header_view.moveSection(header_view.visualIndex(Column.CHECK), 0)
        header_view = self.table.check_header
        column = header_view.sortIndicatorSection()
        if 0 < column < len(Column):
            self.proxy.sort(column, header_view.sortIndicatorOrder())
        else:
            header_view.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def save_state(self) -> None:
        settings = window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("table/header", self.table.check_header.saveState())
        if self._folder_id is not None and self.source is not None and not self.is_demo:
            settings.setValue("collection/last_folder", self._folder_id)
        settings.sync()

    def _last_folder(self) -> int:
        value = window_settings().value("collection/last_folder", ALL_FOLDER_ID)
        try:
            return int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return ALL_FOLDER_ID

    # ---- sources and accounts -----------------------------------------------------------
    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self._update_identity()
        self._update_enabled()

    def set_source(
        self,
        source: CollectionSource,
        *,
        demo: bool = False,
        credentials: Credentials | None = None,
        keep_checks: bool = False,
    ) -> None:
        """Show ``source``'s collection: folders first, then the last (or All) folder."""
        self.save_session()
        self.cancel_load()
        self._cancel_refresh()
        if self._folders_job is not None:
            self._folders_job.cancel()
            self._folders_job = None
        self.banner.dismiss()
        if not keep_checks:
            self.model.clear_checks()
        self.source = source
        self.is_demo = demo
        self.credentials = credentials
        self._refreshed_at = None
        self._offline_since = None
        self._session_restored = False
        self._open_library_and_history()
        self.model.clear()
        self._folder_id = None
        self.sidebar.set_folders([])
        self.stack.setCurrentWidget(self.browser)
        self._update_identity()
        self._update_enabled()
        self.sourceChanged.emit()
        self.load_folders()

    def _open_library_and_history(self) -> None:
        """The local library (signed-in accounts only) and the export history of the account."""
        if self.library is not None:
            with contextlib.suppress(Exception):
                self.library.cache.close()
        self.library = None
        source = self.source
        if source is None:
            self.history = None
            return
        account = "demo"
        if not self.is_demo:
            username = self.credentials.username if self.credentials else None
            try:
                self.library = open_library(source, username=username or None)
            except (AppError, OSError, ValueError) as exc:
                log.warning("local library unavailable: %s", exc)
                self.library = None
            account = username or (self.library.cache.path.stem if self.library else "default")
        self.history = ExportHistory(account)
        self.filter_bar.set_last_export(self.history.last_export_time())
        self._apply_not_exported()
        if self.preview_panel is not None:
            self.preview_panel.history = self.history
        if self.library is not None:
            notice = self.library.take_notice()
            if notice is not None:
                self.banner.show_message(notice.message, kind="info")

    def load_folders(self, then_folder: int | None = None) -> None:
        if self.source is None:
            return
        library = self.library
        cached = library.cached_folders() if library is not None else []
        if library is not None and cached:
            self._note_fields = library.note_fields()
            folders = [Folder(f.id, f.name, f.count) for f in cached]
            self._show_folders(folders, then_folder)
            return
        job = FoldersJob(self.source)
        self._folders_job = job
        job.succeeded.connect(self._folders_loaded)
        job.failed.connect(self._job_failed)
        self._pending_folder = then_folder
        self._set_status(self.tr("Reading folders…"), busy=True)
        self.runner.start(job)

    @Slot(int, object)
    def _folders_loaded(self, job_id: int, result: FolderList) -> None:
        if self._folders_job is None or job_id != self._folders_job.id:
            return
        self._folders_job = None
        self._note_fields = dict(result.note_fields)
        self._show_folders(result.folders, self._pending_folder)

    def _show_folders(self, folders: list[Folder], wanted: int | None) -> None:
        """Fill the sidebar, restore the session once, and open the wanted (or last) folder."""
        self.model.set_folder_names({f.id: f.name for f in folders})
        session = self._take_session()
        self._schedule_draft_offer()
        if wanted is None and session is not None:
            with contextlib.suppress(TypeError, ValueError):
                wanted = int(session.get("folder", ALL_FOLDER_ID))
        if wanted is None:
            wanted = ALL_FOLDER_ID if self.is_demo else self._last_folder()
        if not any(f.id == wanted for f in folders):
            wanted = ALL_FOLDER_ID
        self.sidebar.set_folders(folders, select=wanted)
        self._set_status("")
        current = self.sidebar.current_folder_id()
        if current is not None:
            self.load_folder(current)

    def resume_unverified(self, creds: Credentials) -> None:
        """Check stored credentials without a username (e.g. DISCOGS_TOKEN) in a worker."""
        from ..services import account
        from .workers import CallJob

        job = CallJob(lambda _token: account.sign_in_with_token(creds.token))
        self._verify_job = job
        job.succeeded.connect(self._verified)
        job.failed.connect(self._verify_failed)
        self._set_status(self.tr("Checking the Discogs sign-in…"))
        self.runner.start(job)

    @Slot(int, object)
    def _verified(self, job_id: int, creds: Credentials) -> None:
        if self._verify_job is not None and job_id == self._verify_job.id:
            self._verify_job = None
            self._set_status("")
            self.signed_in(creds)

    @Slot(int, object)
    def _verify_failed(self, job_id: int, error: AppError) -> None:
        if self._verify_job is not None and job_id == self._verify_job.id:
            self._verify_job = None
            self._set_status("")
            self.show_error(error)

    def open_demo(self) -> None:
        from ..services.source import DemoSource

        try:
            source = DemoSource()
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Demo collection"), exc.message)
            return
        self.set_source(source, demo=True)

    def sign_in(self) -> None:
        self._run_sign_in("oauth")

    def sign_in_token(self) -> None:
        self._run_sign_in("token")

    def _run_sign_in(self, mode: str) -> None:
        from .dialogs.sign_in import SignInDialog

        dialog = SignInDialog(self, mode=mode)
        if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.credentials is None:
            return
        self.signed_in(dialog.credentials)

    def signed_in(self, creds: Credentials) -> None:
        """Switch to ``creds``' collection; same account → keep checks and resume."""
        same = (
            self.credentials is not None
            and self.credentials.username == creds.username
            and not self.is_demo
        )
        try:
            source = self.source_factory(creds)
        except (ImportError, AppError) as exc:
            self.show_error(AppError(ErrorKind.DATA, str(exc)))
            return
        folder = self._folder_id if same else None
        self.set_source(source, credentials=creds, keep_checks=same)
        if folder is not None:
            self._pending_folder = folder

    def sign_out(self) -> None:
        from ..services import account

        answer = QMessageBox.question(
            self,
            self.tr("Sign out"),
            self.tr("Forget the saved Discogs sign-in on this computer?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            account.sign_out()
        except AppError as exc:
            self.show_error(exc)
            return
        self.forget_account()

    def forget_account(self) -> None:
        """Back to the welcome page, with nothing loaded."""
        self.cancel_load()
        self.runner.cancel_all()
        self.source = None
        self.credentials = None
        self.is_demo = False
        self.model.clear_checks()
        self.model.clear()
        self.sidebar.set_folders([])
        self.banner.dismiss()
        self.show_welcome()

    def _update_identity(self) -> None:
        if self._account_slot is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.account_button.clicked.disconnect(self._account_slot)
        if self.source is not None and not self.is_demo:
            name = self.credentials.username if self.credentials else self.source.username
            self.identity_label.setText(self.tr("Signed in as %1").replace("%1", name))
            self.account_button.setText(self.tr("Sign out"))
            self.account_button.setIcon(icon("sign-out"))
            self._account_slot = self.sign_out
        elif self.is_demo:
            self.identity_label.setText(self.tr("Demo collection"))
            self.account_button.setText(self.tr("Sign in…"))
            self.account_button.setIcon(icon("sign-in"))
            self._account_slot = self.sign_in
        else:
            self.identity_label.setText("")
            self.account_button.setText(self.tr("Sign in…"))
            self.account_button.setIcon(icon("sign-in"))
            self._account_slot = self.sign_in
        self.account_button.clicked.connect(self._account_slot)
        self.account_button.setAccessibleName(self.account_button.text())
        self.sign_out_action.setEnabled(self.source is not None and not self.is_demo)

    def _update_enabled(self) -> None:
        browsing = self.stack.currentWidget() is self.browser
        for action in (
            self.refresh_action,
            self.full_refresh_action,
            self.check_all_action,
            self.check_none_action,
            self.invert_action,
            self.find_action,
            self.clear_filters_action,
            self.open_release_action,
        ):
            action.setEnabled(browsing)
        self._update_preview_enabled()

    # ---- loading ------------------------------------------------------------------------
    @Slot(int)
    def load_folder(self, folder_id: int, *, start_page: int = 1) -> None:
        """Load ``folder_id`` in a worker, cancelling any load in progress."""
        if self.source is None:
            return
        self.cancel_load(quiet=True)
        library = self.library
        if library is not None:
            start_page = 1  # the library reads a folder whole, so pages land in the cache
        if start_page == 1:
            self.model.clear()
            self._last_page = 0
            self._format_counts = {}
        self._folder_id = folder_id
        folder = self.sidebar.folder(folder_id)
        self._folder_total = folder.count if folder else 0
        self._schedule_counts()
        if library is not None and library.is_cached(folder_id):
            self._show_cached(folder_id, then_refresh=True)
            return
        if library is not None:
            self._cancel_refresh()  # one writer at a time; a cancelled refresh changes nothing
            job: FolderLoadJob = LibraryLoadJob(library, folder_id)
        else:
            job = FolderLoadJob(self.source, folder_id, start_page=start_page)
        self._load_job = job
        job.page.connect(self._page_loaded)
        job.waiting.connect(self._waiting)
        job.succeeded.connect(self._load_succeeded)
        job.failed.connect(self._job_failed)
        job.cancelled.connect(self._load_cancelled)
        self.cancel_action.setEnabled(True)
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._set_status(self.tr("Loading…"))
        self.runner.start(job)

    def reload(self) -> None:
        """F5: an incremental refresh of the library, or reading the folder again."""
        if self.source is None:
            return
        self.banner.dismiss()
        if self._folder_id is None:
            self.load_folders()
        elif self.library is not None and self.library.is_cached(self._folder_id):
            self.refresh()
        else:
            self.load_folder(self._folder_id)

    def full_refresh(self) -> None:
        """Read every cached folder again (View → Full refresh)."""
        if self.library is None:
            self.reload()
            return
        self.banner.dismiss()
        self.refresh(full=True)

    # ---- the local library --------------------------------------------------------------
    def _show_cached(self, folder_id: int, *, then_refresh: bool = False) -> None:
        """Read a cached folder's rows in a worker and show them (the rows shown now stay until
        then); with ``then_refresh``, start an incremental refresh once they are shown."""
        library = self.library
        assert library is not None
        if self._load_job is not None:
            self._load_job.cancel()
        column, order = self.model.sort_state()
        sort = (column, order == Qt.SortOrder.DescendingOrder) if column >= 0 else None
        job = CachedRowsJob(library, folder_id, sort)
        self._load_job = job
        self._refresh_after_cached = then_refresh
        job.succeeded.connect(self._cached_loaded)
        job.failed.connect(self._job_failed)
        job.cancelled.connect(self._load_cancelled)
        self.runner.start(job)

    @Slot(int, object)
    def _cached_loaded(self, job_id: int, cached: CachedRows) -> None:
        if self._load_job is None or job_id != self._load_job.id:
            return
        self._load_job = None
        if cached.folder_id != self._folder_id:
            return
        rows = cached.rows
        self.model.set_rows(rows, sorted_by=cached.sort)
        heap.settle()
        self._format_counts = count_formats(rows)
        self._folder_total = len(rows)
        self._refresh_formats()
        self._schedule_counts()
        self._set_status(self._updated_text(refreshing=self._refresh_job is not None))
        self.loadFinished.emit(cached.folder_id)
        if self._refresh_after_cached and self._refresh_job is None:
            self._refresh_after_cached = False
            if not self._recently_refreshed():
                self.refresh()

    def _recently_refreshed(self) -> bool:
        at = self._refreshed_at
        return at is not None and (datetime.now(UTC) - at).total_seconds() < 60

    def _updated_text(self, refreshing: bool = False) -> str:
        library = self.library
        when: datetime | None = None
        if library is not None:
            when = library.data_time()
            if self._folder_id is not None:
                synced = library.last_synced(self._folder_id)
                if synced is not None and (when is None or synced > when):
                    when = synced
        text = self.tr("updated %1").replace("%1", age_text(when)) if when else ""
        if refreshing:
            text = (text + " · " if text else "") + self.tr("refreshing…")
        return text

    def refresh(self, full: bool = False) -> None:
        """Bring the library up to date in a worker; the shown rows stay until it is done."""
        library = self.library
        if library is None or self._closing:
            return
        if self._refresh_job is not None:
            if not full:
                return
            self._cancel_refresh()
        job = RefreshJob(library, full=full)
        self._refresh_job = job
        job.succeeded.connect(self._refresh_succeeded)
        job.failed.connect(self._refresh_failed)
        job.cancelled.connect(self._refresh_cancelled)
        job.waiting.connect(self._waiting)
        self._set_status(self._updated_text(refreshing=True))
        self.cancel_action.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.runner.start(job)

    def is_refreshing(self) -> bool:
        return self._refresh_job is not None

    def _cancel_refresh(self) -> None:
        job = self._refresh_job
        if job is not None:
            job.cancel()
            self._refresh_job = None
            if self._load_job is None:
                self._end_progress()

    @Slot(int, object)
    def _refresh_succeeded(self, job_id: int, result: RefreshResult) -> None:
        if self._refresh_job is None or job_id != self._refresh_job.id:
            return
        self._refresh_job = None
        self._refreshed_at = datetime.now(UTC)
        if self._offline_since is not None:
            self._offline_since = None
            self.banner.dismiss()
        if self._load_job is None:
            self._end_progress()
        library = self.library
        if library is None:
            return
        self._note_fields = library.note_fields()
        folders = [Folder(f.id, f.name, f.count) for f in library.cached_folders()]
        current = self._folder_id
        if folders:
            self.model.set_folder_names({f.id: f.name for f in folders})
            self.sidebar.blockSignals(True)
            try:
                self.sidebar.set_folders(folders, select=current)
            finally:
                self.sidebar.blockSignals(False)
        changed = result.full or result.added or result.removed or result.moved
        reading = isinstance(self._load_job, CachedRowsJob)  # may have read the old rows
        if (
            changed
            and current is not None
            and (self._load_job is None or reading)
            and library.is_cached(current)
        ):
            self._show_cached(current)  # (a read under way is cancelled and started again)
        self._set_status(self.tr("updated %1").replace("%1", self.tr("just now")))

    @Slot(int, object)
    def _refresh_failed(self, job_id: int, error: AppError) -> None:
        if self._refresh_job is None or job_id != self._refresh_job.id:
            return
        self._refresh_job = None
        if self._load_job is None:
            self._end_progress()
        if error.kind == ErrorKind.NETWORK:
            self.show_offline()
            return
        self._set_status(self._updated_text())
        self.show_error(error)

    @Slot(int)
    def _refresh_cancelled(self, job_id: int) -> None:
        if self._refresh_job is not None and job_id == self._refresh_job.id:
            self._refresh_job = None
            if self._load_job is None:
                self._end_progress()
            self._set_status(self._updated_text())

    def show_offline(self) -> None:
        """Discogs cannot be reached: the cached rows stay; say how old they are."""
        library = self.library
        when = library.data_time() if library is not None else None
        if when is None and library is not None and self._folder_id is not None:
            when = library.last_synced(self._folder_id)
        self._offline_since = datetime.now(UTC)
        stamp = (
            when.astimezone().strftime("%Y-%m-%d %H:%M")
            if when is not None
            else self.tr("an earlier session")
        )
        text = self.tr("Offline — data from %1").replace("%1", stamp)
        self._set_status(self._updated_text())
        self.banner.show_message(text, kind="info", actions=[(self.tr("Retry"), self.reload)])

    def cancel_load(self, quiet: bool = False) -> None:
        job = self._load_job
        if not quiet and isinstance(job, CachedRowsJob):
            job = None  # reading the cache takes a moment; Cancel means the refresh
        if job is None:
            if not quiet and self._refresh_job is not None:
                self._cancel_refresh()
            return
        job.cancel()
        self._load_job = None
        self._end_progress()
        if not quiet:
            self._set_status(
                self.tr("Loading cancelled: %1 of %2 releases loaded.")
                .replace("%1", _n(self.model.total_count()))
                .replace("%2", _n(self._folder_total))
            )
            if self._folder_id is not None:
                self.loadFinished.emit(self._folder_id)

    def is_loading(self) -> bool:
        return self._load_job is not None

    @Slot(int, object)
    def _page_loaded(self, job_id: int, page: PageRows) -> None:
        if self._load_job is None or job_id != self._load_job.id:
            page.handled.set()
            return
        self._wait_timer.stop()
        self._last_page = page.page
        self._folder_total = page.total
        self.model.add_rows(page.rows)
        count_formats(page.rows, self._format_counts)
        loaded = self.model.total_count()
        self._set_progress(min(loaded, page.total), max(1, page.total))
        self._set_status(
            self.tr("Loaded %1 of %2").replace("%1", _n(loaded)).replace("%2", _n(page.total))
        )
        if page.page == 1 or page.page == page.pages or page.page % 10 == 0:
            self._refresh_formats()
        heap.settle()
        # The worker waits (GIL released) until the new rows are painted: painting calls data()
        # thousands of times, and each call needs the GIL that a parsing worker would hold. The
        # pending item layout runs first, so that the rows cost one paint, not two.
        if self._will_paint():
            self.table.executeDelayedItemsLayout()
            self.table.hold_until_painted(page.handled)
        else:
            page.handled.set()

    def _will_paint(self) -> bool:
        """Whether the table is on screen, so that new rows get painted soon (a minimised or
        hidden window gets no paint events: the loader must not wait for one)."""
        handle = self.windowHandle()
        return (
            self.table.viewport().isVisible()
            and not self.isMinimized()
            and (handle is None or handle.isExposed())
            and not self.table.viewport().visibleRegion().isEmpty()
        )

    @Slot(int, float, str)
    def _waiting(self, job_id: int, seconds: float, reason: str) -> None:
        if self._load_job is None or job_id != self._load_job.id:
            return
        self._wait_left = seconds
        self._wait_reason = reason
        self._tick_wait(first=True)
        self._wait_timer.start()

    def _tick_wait(self, first: bool = False) -> None:
        if not first:
            self._wait_left -= 1
        if self._wait_left <= 0 or self._load_job is None:
            self._wait_timer.stop()
            return
        seconds = max(1, round(self._wait_left))
        if "rate" in self._wait_reason.lower() or not self._wait_reason:
            text = self.tr("Waiting %1 s for the Discogs rate limit")
        elif "retry" in self._wait_reason.lower():
            text = self.tr("Discogs did not answer properly; trying again in %1 s")
        else:
            text = self.tr("Waiting %1 s: %2").replace("%2", self._wait_reason)
        self._set_status(text.replace("%1", str(seconds)))

    @Slot(int, object)
    def _load_succeeded(self, job_id: int, _count: int) -> None:
        if self._load_job is None or job_id != self._load_job.id:
            return
        self._load_job = None
        self._end_progress()
        self._refresh_formats()
        loaded = self.model.total_count()
        self._folder_total = max(self._folder_total, loaded) if loaded else self._folder_total
        self._set_status(self.tr("%1 releases loaded.").replace("%1", _n(loaded)))
        self._schedule_counts()
        if self._folder_id is not None:
            self.loadFinished.emit(self._folder_id)

    @Slot(int)
    def _load_cancelled(self, job_id: int) -> None:
        if self._load_job is not None and job_id == self._load_job.id:
            self._load_job = None
            self._end_progress()

    @Slot(int, object)
    def _job_failed(self, job_id: int, error: AppError) -> None:
        load = self._load_job is not None and job_id == self._load_job.id
        folders = self._folders_job is not None and job_id == self._folders_job.id
        if not (load or folders):
            return
        if load:
            self._load_job = None
            self._end_progress()
        else:
            self._folders_job = None
        self._set_status("")
        self.show_error(error, resume=load)
        if load and self._folder_id is not None:
            self.loadFinished.emit(self._folder_id)

    def show_error(self, error: AppError, *, resume: bool = False) -> None:
        """The non-blocking banner; an auth error offers to sign in again (checks are kept)."""
        actions: list[tuple[str, Callable[[], None]]] = []
        if error.kind == ErrorKind.AUTH and not self.is_demo:
            text = self.tr(
                "Discogs did not accept the saved sign-in (%1). Sign in again to continue; your "
                "checked releases are kept."
            ).replace("%1", error.message)
            actions.append((self.tr("Sign in again"), self.sign_in))
        else:
            text = error.message
            if error.kind == ErrorKind.RATE:
                text = self.tr("%1 Try again in a minute.").replace("%1", error.message)
        if resume and self._last_page and self._folder_id is not None:
            folder_id, next_page = self._folder_id, self._last_page + 1
            actions.insert(
                0,
                (self.tr("Retry"), lambda: self._retry(folder_id, next_page)),
            )
        elif self.source is not None:
            actions.insert(0, (self.tr("Retry"), self.reload))
        self.banner.show_message(text, kind="error", actions=actions)

    def _retry(self, folder_id: int, start_page: int) -> None:
        self.banner.dismiss()
        self.load_folder(folder_id, start_page=start_page)

    def _end_progress(self) -> None:
        self._wait_timer.stop()
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_action.setEnabled(False)

    def _set_status(self, text: str, busy: bool = False) -> None:
        self.status_label.setText(text)

    def _set_progress(self, value: int, maximum: int) -> None:
        bar = self.progress
        bar.setUpdatesEnabled(False)  # setValue() would repaint at once; let it coalesce instead
        bar.setRange(0, maximum)
        bar.setValue(value)
        bar.setUpdatesEnabled(True)

    def _refresh_formats(self) -> None:
        counts = self._format_counts
        if not counts and self.model.total_count():
            count_formats(self.model.all_rows(), counts)
        self.filter_bar.set_format_choices(sorted(counts, key=lambda n: (-counts[n], fold(n))))

    # ---- counts and checks --------------------------------------------------------------
    def _schedule_counts(self) -> None:
        if not self._counts_timer.isActive():
            self._counts_timer.start()

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        checked = self.model.checked_count()
        in_folder = max(self._folder_total, self.model.total_count())
        text = (
            self.tr("%1 shown · %2 selected · %3 in folder")
            .replace("%1", _n(shown))
            .replace("%2", _n(checked))
            .replace("%3", _n(in_folder))
        )
        hidden = checked - self.proxy.visible_checked_count()
        if hidden > 0:
            text += " " + self.tr("(%1 selected not shown)").replace("%1", _n(hidden))
        self.counts_label.setText(text)
        self.counts_label.setToolTip(text)
        self.table.check_header.set_check_state(self.proxy.header_check_state())
        self._update_preview_enabled()

    def counts_text(self) -> str:
        self._counts_timer.stop()
        self._update_counts()
        return self.counts_label.text()

    def _update_preview_enabled(self) -> None:
        count = self.model.checked_count()
        text = self.tr("Preview %n checked…", "", count) if count else self.tr("Preview checked…")
        self.preview_button.setText(text)
        self.preview_action.setText(text)
        enabled = count > 0 and self.stack.currentWidget() is self.browser
        self.preview_button.setEnabled(enabled)
        self.preview_action.setEnabled(enabled)

    def _header_toggled(self) -> None:
        if self.proxy.header_check_state() == Qt.CheckState.Checked:
            self.check_none_visible()
        else:
            self.check_all_visible()

    def check_all_visible(self) -> None:
        if self.filter_bar.search.hasFocus() and self.sender() is self.check_all_action:
            self.filter_bar.search.selectAll()  # Ctrl+A in the search field selects its text
            return
        self.model.set_checked(self.proxy.visible_instance_ids(), True)

    def check_none_visible(self) -> None:
        self.model.set_checked(self.proxy.visible_instance_ids(), False)

    def invert_visible(self) -> None:
        ids = self.proxy.visible_instance_ids()
        on = [i for i in ids if not self.model.is_checked(i)]
        off = [i for i in ids if self.model.is_checked(i)]
        self.model.set_checked(off, False)
        self.model.set_checked(on, True)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    # ---- columns ------------------------------------------------------------------------
    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        menu.exec(self.table.check_header.mapToGlobal(pos))

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.check_header
        for column in Column:
            if column == Column.CHECK:
                continue
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(
                lambda on, c=column: self.table.check_header.setSectionHidden(c, not on)
            )
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.triggered.connect(self.reset_columns)

    def fit_columns(self) -> None:
        """Share the table's width between the shown columns (first start, Reset columns)."""
        header = self.table.check_header
        metrics = self.table.fontMetrics()
        pad = 24
        fixed = {
            Column.YEAR: metrics.horizontalAdvance("0000") + pad,
            Column.ADDED: metrics.horizontalAdvance("0000-00-00") + pad,
            Column.EXPORTED: metrics.horizontalAdvance("0000-00-00") + pad,
            Column.RATING: metrics.horizontalAdvance("★★★★★") + pad,
        }
        scrollbar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = self.table.viewport().width() - header.sectionSize(Column.CHECK) - scrollbar
        for column, width in fixed.items():
            header.resizeSection(column, width)
            if not header.isSectionHidden(column):
                available -= width
        flexible = [c for c in DEFAULT_WIDTHS if c not in fixed and not header.isSectionHidden(c)]
        total = sum(DEFAULT_WIDTHS[c] for c in flexible)
        if available <= 0 or not total:
            return
        scale = max(0.5, available / total)
        for column in flexible:
            header.resizeSection(column, max(48, int(DEFAULT_WIDTHS[column] * scale)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._columns_fitted:
            self._columns_fitted = True
            QTimer.singleShot(0, self.fit_columns)

    def reset_columns(self) -> None:
        header = self.table.check_header
        for logical in range(header.count()):
            visual = header.visualIndex(logical)
            if visual != logical:
                header.moveSection(visual, logical)
        self._apply_default_columns()
        self.fit_columns()

    # ---- release pages ------------------------------------------------------------------
    def open_release(self, proxy_row: int) -> None:
        if 0 <= proxy_row < self.proxy.rowCount():
            inst = self.proxy.instance_at(proxy_row)
            QDesktopServices.openUrl(QUrl(RELEASE_URL.format(release_id=inst.release_id)))

    def open_current_release(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_release(index.row())

    def show_about(self) -> None:
        from .dialogs.about import AboutDialog

        AboutDialog(self).exec()

    # ---- the preview panel's interface --------------------------------------------------
    def checked_instances_in_view_order(self) -> list[Instance]:
        """Checked instances: those shown, in table order, then checked ones hidden by the
        filter or in other folders (in model order, then in the order they were checked)."""
        checked = self.model.checked_ids()
        result = [r.inst for r in self.model.rows() if r.iid in checked]
        seen = {inst.instance_id for inst in result}
        for row in self.model.all_rows():
            if row.iid in checked and row.iid not in seen:
                result.append(row.inst)
                seen.add(row.iid)
        for iid in checked - seen:
            inst = self.model.checked_instance(iid)
            if inst is not None:
                result.append(inst)
        return result

    def folder_names(self) -> dict[int, str]:
        return self.model.folder_names()

    def note_fields(self) -> dict[int, str]:
        return dict(self._note_fields)

    def current_folder(self) -> Folder | None:
        if self._folder_id is None:
            return None
        return self.sidebar.folder(self._folder_id)

    def settings(self) -> QSettings:
        """The window-state settings (QSettings, INI file in the config folder)."""
        return window_settings()

    def open_preview(self) -> None:
        """Open the preview/export panel for the checked releases."""
        instances = self.checked_instances_in_view_order()
        if not instances:
            self._set_status(self.tr("Check some releases first."))
            return
        panel = self._preview_panel()
        folder = self.current_folder()
        panel.set_instances(
            instances,
            self.folder_names(),
            self.note_fields(),
            folder.name if folder is not None else "",
        )
        self._show_preview_tab(panel, len(instances))

    def _preview_panel(self) -> PreviewPanel:
        """The preview tab's panel, made on first use."""
        panel = self.preview_panel
        if panel is None:
            panel = PreviewPanel(self.tabs, settings=self.app_settings, history=self.history)
            panel.saved.connect(self._export_saved)
            self.tabs.addTab(panel, self.tr("Preview"))
            self.preview_panel = panel
        panel.history = self.history
        return panel

    def _show_preview_tab(self, panel: PreviewPanel, rows: int) -> None:
        index = self.tabs.indexOf(panel)
        self.tabs.setTabText(index, self.tr("Preview (%1)").replace("%1", _n(rows)))
        self.tabs.setCurrentIndex(index)

    def show_releases(self) -> None:
        self.tabs.setCurrentIndex(0)

    # ---- export history -----------------------------------------------------------------
    @Slot(str, list)
    def _export_saved(self, _path: str, _ids: list) -> None:
        """The panel recorded an export: refresh the marks and the "since last export" preset."""
        if self.history is not None:
            self.filter_bar.set_last_export(self.history.last_export_time())
        self._apply_not_exported()
        self._clear_preview_draft()

    def _not_exported_toggled(self, _on: bool) -> None:
        self._apply_not_exported()

    def _apply_not_exported(self) -> None:
        history = self.history
        self.model.set_export_times(history.export_times() if history is not None else {})
        on = self.filter_bar.only_not_exported()
        exported = self.history.exported_ids() if self.history is not None and on else set()
        self.proxy.set_hidden_ids(exported)
        self._schedule_counts()

    def exported_ids(self) -> set[int]:
        return self.history.exported_ids() if self.history is not None else set()

    # ---- session (per account) ----------------------------------------------------------
    def _session_key(self) -> str:
        return "session"

    def session_state(self) -> dict[str, Any]:
        column, order = self.proxy.sort_state()
        return {
            "folder": self._folder_id if self._folder_id is not None else ALL_FOLDER_ID,
            "sort_column": int(column),
            "sort_order": int(order.value),
            "filters": self.filter_bar.state(),
            "checked": sorted(self.model.checked_ids()),
        }

    def save_session(self) -> None:
        """Remember folder, sort, filters and checks for this account (or the demo)."""
        self._store_preview_draft()
        if self.source is None:
            return
        with self._state_cache() as cache:
            if cache is None:
                return
            try:
                cache.set_state(self._session_key(), self.session_state())
            except Exception as exc:  # a session that cannot be saved must not stop closing
                log.warning("session not saved: %s", exc)

    @contextlib.contextmanager
    def _state_cache(self) -> Iterator[Cache | None]:
        """Where the session is kept: the account's library, or the demo's own small file."""
        if self.library is not None:
            yield self.library.cache
            return
        cache: Cache | None = None
        if self.is_demo and self.source is not None:
            try:
                cache = Cache.for_demo()
            except Exception as exc:  # no session is better than no window
                log.warning("demo session store unavailable: %s", exc)
        try:
            yield cache
        finally:
            if cache is not None:
                with contextlib.suppress(Exception):
                    cache.close()

    def _take_session(self) -> dict[str, Any] | None:
        """The saved session, once per source (applied on the first folder list)."""
        if self._session_restored:
            return None
        self._session_restored = True
        with self._state_cache() as cache:
            if cache is None:
                return None
            try:
                state = cache.get_state(self._session_key())
            except Exception as exc:
                log.warning("session unreadable: %s", exc)
                return None
        if not isinstance(state, dict):
            return None
        filters = state.get("filters")
        if not isinstance(filters, dict):  # sessions saved before the whole bar was kept
            filters = {"text": state.get("filter_text")}
        self.filter_bar.restore(filters)
        column, order = state.get("sort_column"), state.get("sort_order")
        if isinstance(column, int) and 0 < column < len(Column) and isinstance(order, int):
            sort_order = Qt.SortOrder(order)
            self.table.check_header.setSortIndicator(column, sort_order)
            self.proxy.sort(column, sort_order)
        checked = state.get("checked")
        if isinstance(checked, list):
            self.model.set_checked([int(i) for i in checked if isinstance(i, int)], True)
        return state

    # ---- unsaved preview, kept per account between runs ---------------------------------
    def preview_draft_store(self) -> Any:
        """Where this account's unsaved preview is kept (a ``DraftStore``), or None."""
        from .preview_draft import DraftStore

        if self.library is not None:
            return DraftStore(self.library.cache)
        if self.is_demo and self.source is not None:
            return DraftStore.for_demo()
        return None

    def _store_preview_draft(self) -> None:
        """On close or account switch: keep the preview's unsaved rows for the next start.

        A clean (or no) preview leaves a kept draft alone: it may not have been answered yet.
        """
        panel = self.preview_panel
        if panel is None or not panel.has_unsaved_changes():
            return
        store = self.preview_draft_store()
        if store is not None:
            store.save(panel.draft())  # None (every row deleted) deletes it

    def _clear_preview_draft(self) -> None:
        """The preview was saved: nothing is left to restore."""
        store = self.preview_draft_store()
        if store is not None:
            store.clear()

    def _schedule_draft_offer(self) -> None:
        """Once per source, after its first folder list: ask about a kept draft, from the event
        loop (the window is shown by then)."""
        source = self.source
        if source is None or getattr(self, "_draft_offered_for", None) is source:
            return
        self._draft_offered_for = source

        def offer() -> None:
            if self.source is source:
                self.offer_draft_restore()

        QTimer.singleShot(0, self, offer)

    def offer_draft_restore(self) -> str | None:
        """If a preview was left unsaved, ask to restore it: "restore", "discard" or None
        (nothing kept, or "Not now": the draft stays for the next start)."""
        from .preview_model import draft_info

        if self._closing or self.source is None:
            return None
        panel = self.preview_panel
        if panel is not None and panel.has_unsaved_changes():
            return None  # the rows on screen are newer; they are kept on close
        store = self.preview_draft_store()
        draft = store.load() if store is not None else None
        if draft is None:
            return None
        info = draft_info(draft)
        if info is None or not info.rows:
            store.clear()  # unusable (logged): never ask about it again
            return None
        choice = self._ask_restore_draft(info.rows, info.edited_at)
        if self._closing:
            return None
        if choice == "restore":
            self.restore_preview_draft(draft)
        elif choice == "discard":
            store.clear()
        return choice

    def _ask_restore_draft(self, rows: int, edited_at: datetime | None) -> str | None:
        """ "restore", "discard" or None ("Not now"). A seam for tests."""
        box = QMessageBox(self)
        box.setObjectName("restoreDraftBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved preview"))
        box.setText(self.tr("Restore the preview you did not save?"))
        count = self.tr("1 row") if rows == 1 else self.tr("%1 rows").replace("%1", _n(rows))
        if edited_at is not None:
            count = self.tr("%1, edited %2").replace("%1", count).replace("%2", age_text(edited_at))
        box.setInformativeText(count)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is restore:
            return "restore"
        if clicked is discard:
            return "discard"
        return None

    def restore_preview_draft(self, draft: Any) -> None:
        """Show a kept draft in the preview tab. Its instances come from the release model, or
        (read in a worker) from the local library or the demo collection; gone ones are left
        out."""
        from .preview_draft import find_instances
        from .preview_model import draft_info
        from .workers import CallJob

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
        library, source = self.library, self.source
        if not missing or (library is None and not self.is_demo):
            self._show_preview_draft(draft, found)
            return
        job = CallJob(
            lambda token: find_instances(missing, library=library, source=source, cancel=token)
        )
        self._draft_job: Any = job
        self._draft_pending = (draft, found)
        job.succeeded.connect(self._draft_instances_found)
        job.failed.connect(self._draft_instances_failed)
        self._set_status(self.tr("Restoring the unsaved preview…"), busy=True)
        self.runner.start(job)

    @Slot(int, object)
    def _draft_instances_found(self, job_id: int, more: object) -> None:
        pending = self._take_draft_job(job_id)
        if pending is not None:
            draft, found = pending
            if isinstance(more, dict):
                found = {**more, **found}
            self._show_preview_draft(draft, found)

    @Slot(int, object)
    def _draft_instances_failed(self, job_id: int, error: AppError) -> None:
        pending = self._take_draft_job(job_id)
        if pending is not None:
            log.warning("preview draft: looking up its releases failed: %s", error.message)
            self._show_preview_draft(*pending)

    def _take_draft_job(self, job_id: int) -> tuple[Any, dict[int, Instance]] | None:
        """The draft and the instances found so far, when ``job_id`` is the current lookup."""
        job = getattr(self, "_draft_job", None)
        if job is None or job_id != job.id or self._closing:
            return None
        self._draft_job = None
        self._set_status("")
        return self._draft_pending

    def _show_preview_draft(self, draft: Any, found: dict[int, Instance]) -> int:
        """Load ``draft`` into the preview tab (made if needed); returns the rows restored."""
        from .preview_model import draft_info

        info = draft_info(draft)
        total = info.rows if info is not None else 0
        panel = self.preview_panel
        made = panel is None
        restored = 0
        if found:
            panel = self._preview_panel()
            restored = panel.load_draft(
                draft, found, self.folder_names() or None, self.note_fields() or None
            )
        store = self.preview_draft_store()
        if store is not None:
            store.clear()  # the rows live in the panel now (and are kept again on close)
        if not restored:
            if made and panel is not None:
                self.tabs.removeTab(self.tabs.indexOf(panel))
                panel.deleteLater()
                self.preview_panel = None
            self.banner.show_message(
                self.tr(
                    "The unsaved preview could not be restored: its releases are no longer in "
                    "this collection."
                ),
                kind="info",
            )
            return 0
        self._show_preview_tab(panel, restored)
        if restored < total:
            panel.banner.show_message(
                self.tr("%1 of %2 rows restored; the others are no longer in your collection.")
                .replace("%1", _n(restored))
                .replace("%2", _n(total)),
                kind="info",
            )
        return restored

    # ---- settings -----------------------------------------------------------------------
    def open_settings(self) -> None:
        from .dialogs.settings import SettingsDialog

        cache = self.library.cache if self.library is not None else None
        dialog = SettingsDialog(self, settings=self.app_settings, cache=cache)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted and dialog.cleared:
            self._refreshed_at = None
            self.reload_from_scratch()

    def reload_from_scratch(self) -> None:
        """After the cache was cleared: read the folders and the current folder again."""
        if self.source is None:
            return
        self.cancel_load(quiet=True)
        self._cancel_refresh()
        folder = self._folder_id
        self.model.clear()
        self.load_folders(then_folder=folder)

    # ---- shutdown -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.save_state()
        self.save_session()
        self._load_job = None
        self._folders_job = None
        self._refresh_job = None
        self.table._release_held()  # a loader waiting for a paint must not delay the join
        self.runner.shutdown()  # cancels every job (refresh included) and joins its thread
        if self.library is not None:
            with contextlib.suppress(Exception):
                self.library.cache.close()
        heap.release()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            for action in self.findChildren(QAction):
                action.setIcon(action.icon())  # re-render recoloured SVG icons
        super().changeEvent(event)


def count_formats(rows: Iterable[Row], counts: dict[str, int] | None = None) -> dict[str, int]:
    """Add how many of ``rows`` have each format name (the format filter's choices)."""
    counts = {} if counts is None else counts
    for row in rows:
        for name in row.format_names:
            counts[name] = counts.get(name, 0) + 1
    return counts


def age_text(when: datetime, now: datetime | None = None) -> str:
    """ "just now", "5 min ago", "3 h ago" or the date, for the status bar."""
    tr = QCoreApplication.translate
    moment = now or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    minutes = int((moment - when).total_seconds() // 60)
    if minutes < 1:
        return tr("MainWindow", "just now")
    if minutes < 60:
        return tr("MainWindow", "%1 min ago").replace("%1", str(minutes))
    if minutes < 24 * 60:
        return tr("MainWindow", "%1 h ago").replace("%1", str(minutes // 60))
    return tr("MainWindow", "on %1").replace("%1", when.astimezone().strftime("%Y-%m-%d"))


def _n(value: int) -> str:
    return QLocale().toString(int(value))  # the default locale (a QLocale is cheap to copy)
