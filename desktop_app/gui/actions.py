"""The window's commands as QActions, and the menus that show them.

The actions are made here with their texts, shortcuts, icons and tips; the window connects
them to the parts that do the work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from .icons import icon

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class Actions(QObject):
    """Every command of the main window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

        self.refresh = self._make(
            self.tr("&Refresh"),
            "F5",
            "refresh",
            self.tr("Bring the collection up to date with Discogs (F5)"),
        )
        self.full_refresh = self._make(
            self.tr("&Full refresh"),
            "Ctrl+F5",
            "",
            self.tr("Read the whole collection from Discogs again"),
        )
        self.settings = self._make(self.tr("&Settings…"), QKeySequence.StandardKey.Preferences)
        self.cancel = self._make(
            self.tr("&Cancel loading"), "Esc", "cancel", self.tr("Stop loading")
        )
        self.cancel.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.cancel.setEnabled(False)
        self.preview = self._make(
            self.tr("Preview checked…"),
            "Ctrl+P",
            "preview",
            self.tr("Preview and export the checked releases"),
        )
        self.find = self._make(self.tr("&Find"), QKeySequence.StandardKey.Find)
        self.check_all = self._make(
            self.tr("Check &all shown"),
            QKeySequence.StandardKey.SelectAll,
            "check-all",
            self.tr("Check every release shown (Ctrl+A)"),
        )
        self.check_none = self._make(
            self.tr("Check &none"),
            "Ctrl+Shift+A",
            "check-none",
            self.tr("Uncheck every release shown (Ctrl+Shift+A)"),
        )
        self.invert = self._make(
            self.tr("&Invert checks"),
            "Ctrl+I",
            "check-invert",
            self.tr("Invert the checks of the releases shown (Ctrl+I)"),
        )
        self.clear_filters = self._make(self.tr("C&lear filters"), "Ctrl+Shift+L")
        self.folders_focus = self._make(self.tr("Go to &folders"), "Alt+1")
        self.table_focus = self._make(self.tr("Go to &releases"), "Alt+2")
        self.open_release = self._make(self.tr("&Open release page"), "Ctrl+O")
        self.sign_in = self._make(
            self.tr("&Sign in…"), None, "sign-in", self.tr("Sign in with Discogs")
        )
        self.token = self._make(self.tr("Use a personal access &token…"))
        self.sign_out = self._make(
            self.tr("Sign &out"), None, "sign-out", self.tr("Forget the saved sign-in")
        )
        self.demo = self._make(self.tr("Open the &demo collection"))
        self.quit = self._make(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.show_log = self._make(self.tr("Show &log folder"))
        self.about = self._make(self.tr("&About Discogs QR Export"))
        self.show_covers = self._make(
            self.tr("Show co&vers"), None, "", self.tr("Show each record's cover in the table")
        )
        self.show_covers.setCheckable(True)
        self.large_covers = self._make(
            self.tr("&Larger covers"), None, "", self.tr("Taller rows with larger covers")
        )
        self.large_covers.setCheckable(True)
        #: Enabled only while the collection browser is shown.
        self.browsing = (
            self.refresh,
            self.full_refresh,
            self.check_all,
            self.check_none,
            self.invert,
            self.find,
            self.clear_filters,
            self.open_release,
        )

    def _make(
        self, text: str, shortcut: Shortcut = None, icon_name: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(text, self._window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self._window.addAction(action)
        return action

    @staticmethod
    def connect(action: QAction, slot: Callable[[], object]) -> None:
        """Run ``slot()`` when ``action`` is triggered (the checked flag is not passed on)."""
        action.triggered.connect(lambda _checked=False: slot())

    def set_browsing(self, browsing: bool) -> None:
        for action in self.browsing:
            action.setEnabled(browsing)

    def build_menus(self, bar: QMenuBar, fill_columns: Callable[[QMenu], None]) -> None:

        file_menu = bar.addMenu(self.tr("&File"))
        _add(file_menu, self.preview, self.refresh, self.cancel, None, self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        _add(
            edit_menu,
            self.find,
            self.clear_filters,
            None,
            self.check_all,
            self.check_none,
            self.invert,
            None,
            self.settings,
        )
        view_menu = bar.addMenu(self.tr("&View"))
        _add(
            view_menu,
            self.folders_focus,
            self.table_focus,
            self.open_release,
            None,
            self.refresh,
            self.full_refresh,
            None,
        )
        _add(view_menu, self.show_covers, self.large_covers, None)
        self.columns_menu = view_menu.addMenu(self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(lambda: fill_columns(self.columns_menu))
        account_menu = bar.addMenu(self.tr("&Account"))
        _add(account_menu, self.sign_in, self.token, self.sign_out, None, self.demo)
        help_menu = bar.addMenu(self.tr("&Help"))
        _add(help_menu, self.show_log, None, self.about)


def _add(menu: QMenu, *actions: QAction | None) -> None:
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
