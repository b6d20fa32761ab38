"""The export preview panel: the editable rows, their problems, the template and Save As.

Works as a dock, a tab or a window of its own. The window calls :meth:`update_instances` with
the checked records in table order each time Preview is pressed: the first call builds the rows,
later ones merge (new records appended, edits kept; see :meth:`PreviewModel.merge_instances`).
:attr:`saved` reports each written file, :attr:`rowCountChanged` the live row count (for a tab
title) and :attr:`currentRowChanged` the cells of the row under the cursor (for a sticker
preview). Rows changed since they were built or saved can be kept as a draft (:meth:`draft`)
and shown again (:meth:`load_draft`) on the next start.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.qrfactory import COLUMNS, ExportOptions
from ...core.release import Instance
from ...services.export import folders_label
from ...services.history import ExportHistory, exported_count
from ...services.settings import Settings
from ..widgets import Banner
from .actions import MergeBanner, PreviewActions, merge_message
from .columns import PreviewColumns, default_columns
from .header import PreviewHeader
from .model import BOTTOM_TEXT_COL, MergeResult, PreviewModel
from .save import PreviewSaver
from .template import ask_rebuild, edit_template
from .view import PreviewView

__all__ = ["PreviewPanel", "PreviewView", "default_columns"]


class PreviewPanel(QWidget):
    """Editable preview of the CSV, with undo, template editing and Save As."""

    #: A CSV was written: its path and the instance ids it holds (in file order).
    saved = Signal(str, list)
    #: The number of rows changed (build, merge, delete, duplicate, undo…).
    rowCountChanged = Signal(int)
    #: The row under the cursor changed or was edited: its 30 cells ([] for none).
    currentRowChanged = Signal(list)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        history: ExportHistory | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.setWindowTitle(self.tr("Export preview"))
        self.settings = settings if settings is not None else Settings.load()
        self._history = history
        self._exported_before: set[int] | None = None  # history as it was before our last save
        self.tz = tz
        self.last_saved_path: Path | None = None
        self.model = PreviewModel(self)
        self.undo_stack = self.model.undo_stack
        self._count = 0

        self.view = PreviewView(self)
        self.view.setModel(self.model)
        self.banner = Banner(self)
        self.merge_banner = MergeBanner(self.banner, self.undo_stack)
        self.header = PreviewHeader(self)
        self.header.problemClicked.connect(self.go_to_first_problem)
        self.saver = PreviewSaver(self, self)

        self.actions_ = PreviewActions(self, self.undo_stack)
        self._connect_actions()
        self.columns = PreviewColumns(self.view, self.settings, self._save_settings, self)
        self._toolbar = self._make_toolbar()
        #: The table and, once :meth:`set_side_widget` is called, a widget beside it.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self._toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(self._update_actions)
        selection.currentRowChanged.connect(lambda *_a: self._emit_current_row())

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_status)
        self.model.rowsEdited.connect(self._refresh_timer.start)
        self.model.modelReset.connect(self.view.fit_rows)
        self.model.dataChanged.connect(self._on_data_changed)
        # Once per command (a duplicate of 3 rows is one change), not once per inserted row.
        self.undo_stack.indexChanged.connect(self._count_rows)
        self.model.modelReset.connect(self._count_rows)

        self.view.fit_rows()
        self._refresh_status()
        self._update_actions()

    @classmethod
    def as_window(
        cls,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        history: ExportHistory | None = None,
        tz: tzinfo | None = None,
    ) -> PreviewPanel:
        """A panel in a top-level window of its own (owned by ``parent``, deleted on close)."""
        panel = cls(parent, settings=settings, history=history, tz=tz)
        panel.setWindowFlag(Qt.WindowType.Window, True)
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        panel.resize(1180, 720)
        return panel

    # ---- set up -------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        a = self.actions_
        self.undo_action, self.redo_action = a.undo, a.redo
        self.delete_action, self.duplicate_action = a.delete, a.duplicate
        self.reset_action, self.copy_action = a.reset, a.copy
        self.template_action, self.save_action = a.template, a.save
        a.delete.triggered.connect(self.delete_selected)
        a.duplicate.triggered.connect(self.duplicate_selected)
        a.reset.triggered.connect(self.reset_selected)
        a.copy.triggered.connect(self.copy_selected)
        a.template.triggered.connect(self.open_template_editor)
        a.save.triggered.connect(self.save)
        self._options_menu = a.file_options(self.settings, self._save_settings)
        self.bom_action, self.lf_action = a.bom, a.lf

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Preview"), self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        bar.addActions([self.undo_action, self.redo_action])
        bar.addSeparator()
        bar.addActions([self.delete_action, self.duplicate_action, self.reset_action])
        bar.addSeparator()
        for menu in (self.columns.menu, self._options_menu):
            button = QToolButton(bar)
            button.setText(menu.title())
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            bar.addWidget(button)
        bar.addAction(self.template_action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.save_button = QPushButton(self.save_action.icon(), self.tr("Save As…"), bar)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the rows as a QR Factory 3 CSV file"))
        self.save_button.clicked.connect(self.save)
        self._save_slot = bar.addWidget(self.save_button)
        return bar

    # ---- places for other parts (stickers) ----------------------------------------------
    def add_tool_action(self, action: QAction) -> None:
        """Put ``action`` in the toolbar just before Save As… (e.g. "Stickers…")."""
        self._toolbar.insertAction(self._save_slot, action)

    def set_side_widget(self, widget: QWidget | None) -> None:
        """Show ``widget`` beside the table (e.g. a live sticker preview); None removes it."""
        while self.splitter.count() > 1:
            old = self.splitter.widget(1)
            old.hide()
            old.setParent(None)
        if widget is not None:
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 1)

    def current_row_cells(self) -> list[str]:
        """The 30 cells of the row under the cursor (the first row if none), [] when empty."""
        return self.view.current_cells()

    def _emit_current_row(self) -> None:
        self.currentRowChanged.emit(self.current_row_cells())

    # ---- content ------------------------------------------------------------------------
    def update_instances(
        self,
        instances: Sequence[Instance],
        folder_names: Mapping[int, str],
        note_fields: Mapping[int, str],
        note: str = "",
    ) -> MergeResult | None:
        """Preview pressed with ``instances`` (checked, in table order).

        The first time, rows are built with the saved template (None is returned). Afterwards
        the preview is merged, as one undoable command, and the banner says what happened:
        rows for new records are appended, unedited rows of records no longer checked leave,
        every other row keeps its place and edits. ``note`` (e.g. "600 of 3,000 loaded") is
        shown in the same banner.
        """
        result = None
        if self.model.has_content():
            result = self.model.merge_instances(
                instances, folder_names=folder_names, note_fields=note_fields
            )
        else:
            options = self.settings.export_options()
            self.model.set_instances(
                instances, options, folder_names=folder_names, note_fields=note_fields, tz=self.tz
            )
        text = " ".join(t for t in (merge_message(result) if result else "", note) if t)
        if text:
            self.banner.show_message(text, kind="info")
        else:
            self.banner.dismiss()
        if result is not None:
            self.merge_banner.shown(result, text)  # Undo of the merge takes its message away
        else:
            self.merge_banner.forget()
        self._refresh_status()
        return result

    def set_instances(
        self,
        instances: Sequence[Instance],
        folder_names: Mapping[int, str],
        note_fields: Mapping[int, str],
        _folder_label: str = "",
    ) -> MergeResult | None:
        """The former name of :meth:`update_instances` (the label argument is ignored)."""
        return self.update_instances(instances, folder_names, note_fields)

    def rows(self) -> list[list[str]]:
        return self.model.rows()

    def row_count(self) -> int:
        return self.model.rowCount()

    def _count_rows(self, *_args: Any) -> None:
        count = self.model.rowCount()
        if count != self._count:
            self._count = count
            self.rowCountChanged.emit(count)

    @property
    def history(self) -> ExportHistory | None:
        return self._history

    @history.setter
    def history(self, history: ExportHistory | None) -> None:
        if history is not self._history:
            self._exported_before = None
        self._history = history

    def folder_names_of_rows(self) -> list[str]:
        return self.model.row_folder_names()

    @property
    def folder_label(self) -> str:
        """The one folder the rows came from, "several folders", or "" (no rows, no names)."""
        return folders_label(self.folder_names_of_rows())

    # ---- unsaved rows -------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """Rows edited, moved, deleted or copied since they were built or last saved."""
        return self.model.is_modified()

    def draft(self) -> dict[str, Any] | None:
        """The rows as they are when they have unsaved changes (None otherwise, or when no row
        is left): JSON-ready, for :meth:`load_draft` on the next start."""
        if not self.has_unsaved_changes() or not self.model.rowCount():
            return None
        return self.model.draft(self.folder_label)

    def load_draft(
        self,
        draft: Any,
        instances_by_id: Mapping[int, Instance],
        folder_names: Mapping[int, str] | None = None,
        note_fields: Mapping[int, str] | None = None,
    ) -> int:
        """Show the rows of a :meth:`draft`; returns how many were restored (0: the panel is
        unchanged). Rows of instances not in ``instances_by_id`` are left out. Rows already
        in the panel are replaced by one undoable command (Undo brings them back)."""
        restored = self.model.load_draft(
            draft,
            instances_by_id,
            folder_names=folder_names,
            note_fields=note_fields,
            tz=self.tz,
        )
        if not restored:
            return 0
        self.banner.dismiss()
        self._refresh_status()
        return restored

    # ---- status -------------------------------------------------------------------------
    def _refresh_status(self) -> None:
        count = self.model.rowCount()
        issues = self.model.issues()
        self.header.show_status(count, self.folder_label, self.exported_before(), issues)
        self.save_button.setEnabled(count > 0)
        self._update_actions()

    def exported_before(self) -> int:
        """How many rows' records were exported before (before this preview's last save)."""
        if self._history is None or not self.model.rowCount():
            return 0
        ids = self.model.instance_ids()
        exported = self._exported_before
        if exported is None:
            exported = self._history.exported_ids(ids)  # reads only these rows' records
        return exported_count(ids, exported)

    def _update_actions(self) -> None:
        has_rows = bool(self.view.selected_rows()) and self.model.rowCount() > 0
        for action in self.actions_.row_actions():
            action.setEnabled(has_rows)

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: object = ()) -> None:
        if top.column() <= BOTTOM_TEXT_COL <= bottom.column():
            self.view.fit_rows()
        if top.row() <= self.view.currentIndex().row() <= bottom.row():
            self._emit_current_row()

    def go_to_first_problem(self) -> bool:
        found = self.model.first_issue()
        if not found:
            return False
        row, col, _message = found
        self.columns.show_column(COLUMNS[col], True)
        index = self.model.index(row, col)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def visible_columns(self) -> list[str]:
        return self.columns.visible()

    # ---- settings -----------------------------------------------------------------------
    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:
            self.banner.show_message(
                self.tr("Your settings could not be saved: %1").replace("%1", str(exc)),
                kind="error",
            )

    # ---- row actions --------------------------------------------------------------------
    def delete_selected(self) -> None:
        self.model.delete_rows(self.view.selected_rows())

    def duplicate_selected(self) -> None:
        new_rows = self.model.duplicate_rows(self.view.selected_rows())
        if new_rows:
            self.view.selectRow(new_rows[-1])

    def reset_selected(self) -> None:
        self.model.reset_rows(self.view.selected_rows())

    def copy_selected(self) -> None:
        rows = self.view.selected_rows()
        if rows:
            # Plain text (CSV) pastes into editors and spreadsheets alike. A Python-made QMimeData
            # on the clipboard would be freed twice when the app quits, so it is not used here.
            QGuiApplication.clipboard().setText(self.model.mime_for_rows(rows).text())

    def _row_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addActions(
            [self.copy_action, self.duplicate_action, self.reset_action, self.delete_action]
        )
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # ---- template -----------------------------------------------------------------------
    def open_template_editor(self) -> None:
        row = self.view.currentIndex().row()
        options = edit_template(self, self.model, row, self.settings, self.tz)
        if options is not None:
            self.apply_template(options)

    def apply_template(self, options: ExportOptions) -> None:
        """Store ``options`` in the settings and offer to rebuild the rows with them (an
        undoable command; edited cells are kept unless the user says to replace them)."""
        self.settings.set_export_options(options)
        self._save_settings()
        if not self.model.rowCount():
            self.model.rebuild(options, keep_edits=False)
            return
        edited = any(self.model.row_object(r).edited for r in range(self.model.rowCount()))
        choice = self._ask_rebuild() if edited else "replace"
        if choice in ("keep", "replace"):
            self.model.rebuild(options, keep_edits=choice == "keep")

    def _ask_rebuild(self) -> str | None:
        """ "keep", "replace" or None (leave the rows as they are). A seam for tests."""
        return ask_rebuild(self)

    # ---- saving -----------------------------------------------------------------------
    def default_save_path(self) -> Path:
        return self.saver.default_save_path()

    def _ask_save_path(self, default: Path) -> str:
        """The Save As dialog (a seam for tests); "" when cancelled."""
        return self.saver.ask_save_path(default)

    def save(self) -> Path | None:
        """Ask where, write the CSV atomically, record it; None when nothing was written."""
        return self.saver.save()

    def note_exported(self, exported_before: set[int] | None) -> None:
        """The rows were exported another way (a sticker sheet): the header counts what was
        exported before that."""
        self._exported_before = exported_before
        self._refresh_status()

    def note_saved(self, path: Path, exported_before: set[int] | None) -> None:
        """``path`` now holds the rows; ``exported_before`` is the history before that save."""
        self._exported_before = exported_before
        self.last_saved_path = path
        self.model.mark_saved()
        self.settings.last_save_dir = str(path.parent)
        self._save_settings()
        self._refresh_status()
