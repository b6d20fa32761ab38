"""The export preview panel: the editable rows, their problems, the template and Save As.

Works as a dock, a tab or a window of its own. The main window calls :meth:`set_instances` with
the checked records in table order; :attr:`saved` reports each written file. Rows changed since
they were built or saved can be kept as a draft (:meth:`draft`) and shown again
(:meth:`load_draft`) on the next start.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDrag,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.csvio import write_csv
from ..core.qrfactory import COLUMN_INDEX, COLUMNS, DEFAULT_VISIBLE, ExportOptions, safe_file_name
from ..core.release import Instance
from ..store.history import ExportHistory, exported_count
from ..store.settings import Settings
from .icons import icon
from .preview_delegates import PreviewDelegate
from .preview_model import BOTTOM_TEXT_COL, PreviewModel
from .widgets import Banner

#: The columns shown first, in this order; the rest of DEFAULT_VISIBLE follows.
PREFERRED_ORDER = ("FileName", "BottomText", "Content")
MAX_CAPTION_LINES = 4


def default_columns() -> list[str]:
    return [*PREFERRED_ORDER, *(c for c in DEFAULT_VISIBLE if c not in PREFERRED_ORDER)]


def default_file_name(folder_label: str, moment: datetime) -> str:
    """``discogs-qr-<folder>-YYYYMMDD-HHMMSS.csv``."""
    folder = safe_file_name(folder_label, "collection")
    return f"discogs-qr-{folder}-{moment:%Y%m%d-%H%M%S}.csv"


class PreviewView(QTableView):
    """The preview table: rows are dragged as a whole, and the model itself moves them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(PreviewDelegate(self))
        self.setAccessibleName(self.tr("Rows to export"))
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.last_drag_result: Qt.DropAction | None = None

    def selected_rows(self) -> list[int]:
        model = self.selectionModel()
        if model is None:
            return []
        rows = {i.row() for i in model.selectedIndexes()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def drag_mime(self) -> QMimeData | None:
        """What a drag of the selected rows carries (None when nothing is selected)."""
        model = self.model()
        rows = self.selected_rows()
        if not rows or not isinstance(model, PreviewModel):
            return None
        return model.mime_for_rows(rows)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the selected rows. The drop (here or elsewhere) never removes source rows:

        a move within this table is done by the model's ``dropMimeData``; anything dropped in
        another program is a copy of the rows as CSV text.
        """
        mime = self.drag_mime()
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(icon("preview").pixmap(24, 24))
        drag.setHotSpot(QPoint(-8, -8))
        self.last_drag_result = drag.exec(
            Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction
        )


class PreviewPanel(QWidget):
    """Editable preview of the CSV, with undo, template editing and Save As."""

    #: A CSV was written: its path and the instance ids it holds (in file order).
    saved = Signal(str, list)

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
        self.history = history
        self.tz = tz
        self.folder_label = ""
        self.last_saved_path: Path | None = None
        self.model = PreviewModel(self)
        self.undo_stack = self.model.undo_stack

        self.view = PreviewView(self)
        self.view.setModel(self.model)
        self.banner = Banner(self)
        self._title = QLabel(self)
        self._title.setObjectName("previewTitle")
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._problems = QLabel(self)
        self._problems.setObjectName("previewProblems")
        self._problems.setTextFormat(Qt.TextFormat.RichText)
        self._problems.linkActivated.connect(lambda _link: self.go_to_first_problem())

        self._make_actions()
        self._toolbar = self._make_toolbar()

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 0)
        top.addWidget(self._title, 1)
        top.addWidget(self._problems)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self._toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)

        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self._columns_menu.exec(header.mapToGlobal(pos))
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_status)
        self.model.rowsEdited.connect(self._refresh_timer.start)
        self.model.modelReset.connect(self._fit_rows)
        self.model.dataChanged.connect(self._on_data_changed)

        self._arrange_columns(self._saved_columns())
        self._fit_rows()
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
    def _make_actions(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # Own actions (not QUndoStack.createUndoAction): a fixed, short label in the toolbar and
        # the command's description in the tooltip.
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_action.setToolTip(self.tr("Undo %1").replace("%1", text))
        )
        self.undo_action.setEnabled(False)
        self.redo_action = QAction(self.tr("&Redo"), self)
        redo_keys = [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        self.redo_action.setShortcuts(list(dict.fromkeys(k.toString() for k in redo_keys)))
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_action.setToolTip(self.tr("Redo %1").replace("%1", text))
        )
        self.redo_action.setEnabled(False)
        self.delete_action = QAction(self.tr("&Delete rows"), self)
        self.delete_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]
        )
        self.delete_action.setToolTip(self.tr("Leave the selected rows out of this file"))
        self.delete_action.triggered.connect(self.delete_selected)
        self.duplicate_action = QAction(self.tr("D&uplicate"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.setToolTip(self.tr("Add a copy of the selected rows"))
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.reset_action = QAction(self.tr("&Reset row"), self)
        self.reset_action.setToolTip(self.tr("Build the selected rows again from the template"))
        self.reset_action.triggered.connect(self.reset_selected)
        self.copy_action = QAction(self.tr("&Copy as CSV"), self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.triggered.connect(self.copy_selected)
        self.template_action = QAction(self.tr("&Template…"), self)
        self.template_action.setToolTip(self.tr("Caption, file name and column defaults"))
        self.template_action.triggered.connect(self.open_template_editor)
        self.save_action = QAction(icon("preview"), self.tr("&Save As…"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save)
        for action in (
            self.undo_action,
            self.redo_action,
            self.delete_action,
            self.duplicate_action,
            self.copy_action,
            self.save_action,
        ):
            action.setShortcutContext(scope)
            self.addAction(action)

        self._columns_menu = QMenu(self.tr("Columns"), self)
        self._column_actions: dict[str, QAction] = {}
        for name in COLUMNS:
            action = self._columns_menu.addAction(name)
            action.setCheckable(True)
            action.toggled.connect(lambda on, n=name: self._show_column(n, on))
            self._column_actions[name] = action
        self._columns_menu.addSeparator()
        self._columns_menu.addAction(self.tr("Show all"), self._show_all_columns)
        self._columns_menu.addAction(self.tr("Default columns"), self._default_columns)

        self._options_menu = QMenu(self.tr("File options"), self)
        self.bom_action = self._options_menu.addAction(self.tr("Start with a BOM (for Excel)"))
        self.bom_action.setCheckable(True)
        self.bom_action.setChecked(self.settings.bom)
        self.bom_action.toggled.connect(self._set_bom)
        self.lf_action = self._options_menu.addAction(self.tr("Unix line ends (LF, not CRLF)"))
        self.lf_action.setCheckable(True)
        self.lf_action.setChecked(self.settings.line_end == "lf")
        self.lf_action.toggled.connect(self._set_lf)

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Preview"), self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        for action in (self.undo_action, self.redo_action):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.delete_action, self.duplicate_action, self.reset_action):
            bar.addAction(action)
        bar.addSeparator()
        for menu in (self._columns_menu, self._options_menu):
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
        bar.addWidget(self.save_button)
        return bar

    # ---- content ------------------------------------------------------------------------
    def set_instances(
        self,
        instances: Sequence[Instance],
        folder_names: Mapping[int, str],
        note_fields: Mapping[int, str],
        folder_label: str,
    ) -> None:
        """Show rows for ``instances`` (in this order) built with the saved template."""
        self.folder_label = folder_label
        self.banner.dismiss()
        self.model.set_instances(
            instances,
            self.settings.export_options(),
            folder_names=folder_names,
            note_fields=note_fields,
            tz=self.tz,
        )
        self._refresh_status()

    def rows(self) -> list[list[str]]:
        return self.model.rows()

    # ---- unsaved rows -------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """Rows edited, moved, deleted or copied since they were built or last saved."""
        return self.model.is_modified()

    def draft(self) -> dict[str, Any] | None:
        """The rows as they are when they have unsaved changes (None otherwise, or when no row
        is left): JSON-ready, for :meth:`load_draft` on the next start."""
        if not self.has_unsaved_changes() or not self.model.rowCount():
            return None
        draft = self.model.draft()
        draft["folder_label"] = self.folder_label
        return draft

    def load_draft(
        self,
        draft: Any,
        instances_by_id: Mapping[int, Instance],
        folder_names: Mapping[int, str] | None = None,
        note_fields: Mapping[int, str] | None = None,
    ) -> int:
        """Show the rows of a :meth:`draft`; returns how many were restored (0: the panel is
        unchanged). Rows of instances not in ``instances_by_id`` are left out."""
        restored = self.model.load_draft(
            draft,
            instances_by_id,
            folder_names=folder_names,
            note_fields=note_fields,
            tz=self.tz,
        )
        if not restored:
            return 0
        label = draft.get("folder_label") if isinstance(draft, Mapping) else None
        self.folder_label = label if isinstance(label, str) else ""
        self.banner.dismiss()
        self._refresh_status()
        return restored

    def _refresh_status(self) -> None:
        count = self.model.rowCount()
        title = self._rows_text(count)
        if self.folder_label:
            title = self.tr("%1 from “%2”").replace("%1", title).replace("%2", self.folder_label)
        if self.history is not None and count:
            before = exported_count(self.model.instance_ids(), self.history.exported_ids())
            if before:
                title += " · " + self.tr("%1 exported before").replace("%1", str(before))
        self._title.setText(title)
        issues = self.model.issues()
        if issues:
            text = (
                self.tr("1 problem")
                if len(issues) == 1
                else self.tr("%1 problems").replace("%1", str(len(issues)))
            )
            self._problems.setText(f'<a href="#problem">⚠ {text}</a>')
            self._problems.setToolTip(self._issue_text(*issues[0]))
            self._problems.show()
        else:
            self._problems.clear()
            self._problems.hide()
        self.save_button.setEnabled(count > 0)
        self._update_actions()

    def _rows_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 row")
        return self.tr("%1 rows").replace("%1", str(count))

    def _update_actions(self) -> None:
        has_rows = bool(self.view.selected_rows()) and self.model.rowCount() > 0
        for action in (
            self.delete_action,
            self.duplicate_action,
            self.reset_action,
            self.copy_action,
        ):
            action.setEnabled(has_rows)

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: object = ()) -> None:
        if top.column() <= BOTTOM_TEXT_COL <= bottom.column():
            self._fit_rows()

    def _fit_rows(self) -> None:
        """One row height for all: enough for the longest caption (up to a few lines)."""
        lines = 1
        for row in self.model.rows():
            lines = max(lines, row[BOTTOM_TEXT_COL].count("\n") + 1)
            if lines >= MAX_CAPTION_LINES:
                lines = MAX_CAPTION_LINES
                break
        height = self.view.fontMetrics().lineSpacing() * lines + 10
        header = self.view.verticalHeader()
        if header.defaultSectionSize() != height:
            header.setDefaultSectionSize(height)

    def _issue_text(self, row: int, col: int, message: str) -> str:
        return (
            self.tr("Row %1, %2: %3")
            .replace("%1", str(row + 1))
            .replace("%2", COLUMNS[col])
            .replace("%3", message)
        )

    def go_to_first_problem(self) -> bool:
        found = self.model.first_issue()
        if not found:
            return False
        row, col, _message = found
        self._show_column(COLUMNS[col], True)
        index = self.model.index(row, col)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    # ---- columns ------------------------------------------------------------------------
    def _saved_columns(self) -> list[str]:
        wanted = [c for c in self.settings.preview_columns if c in COLUMN_INDEX]
        return wanted or default_columns()

    def _arrange_columns(self, visible: Sequence[str]) -> None:
        header = self.view.horizontalHeader()
        order = [*visible, *(c for c in COLUMNS if c not in visible)]
        for visual, name in enumerate(order):
            header.moveSection(header.visualIndex(COLUMN_INDEX[name]), visual)
        for name in COLUMNS:
            shown = name in visible
            self.view.setColumnHidden(COLUMN_INDEX[name], not shown)
            action = self._column_actions[name]
            action.blockSignals(True)
            action.setChecked(shown)
            action.blockSignals(False)
        self._size_columns()

    def _size_columns(self) -> None:
        metrics = self.view.fontMetrics()
        widths = {"BottomText": 46, "Content": 36, "FileName": 16, "IconPath": 24}
        for name in COLUMNS:
            chars = widths.get(name, max(8, len(name) + 2))
            self.view.setColumnWidth(COLUMN_INDEX[name], metrics.averageCharWidth() * chars)

    def visible_columns(self) -> list[str]:
        header = self.view.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [COLUMNS[i] for i in logical if not header.isSectionHidden(i)]

    def _show_column(self, name: str, shown: bool) -> None:
        col = COLUMN_INDEX[name]
        if self.view.isColumnHidden(col) == (not shown):
            return
        self.view.setColumnHidden(col, not shown)
        action = self._column_actions[name]
        action.blockSignals(True)
        action.setChecked(shown)
        action.blockSignals(False)
        self._remember_columns()

    def _show_all_columns(self) -> None:
        shown = self.visible_columns()
        self._arrange_columns([*shown, *(c for c in COLUMNS if c not in shown)])
        self._remember_columns()

    def _default_columns(self) -> None:
        self._arrange_columns(default_columns())
        self.settings.preview_columns = []
        self._save_settings()

    def _remember_columns(self) -> None:
        self.settings.preview_columns = self.visible_columns()
        self._save_settings()

    # ---- file options -------------------------------------------------------------------
    def _set_bom(self, on: bool) -> None:
        self.settings.bom = on
        self._save_settings()

    def _set_lf(self, on: bool) -> None:
        self.settings.line_end = "lf" if on else "crlf"
        self._save_settings()

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
        for action in (self.undo_action, self.redo_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (
            self.copy_action,
            self.duplicate_action,
            self.reset_action,
            self.delete_action,
        ):
            menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # ---- template -----------------------------------------------------------------------
    def open_template_editor(self) -> None:
        from .dialogs.template_editor import TemplateEditorDialog

        row = self.view.currentIndex().row()
        instances = self.model.instances()
        sample = instances[row] if 0 <= row < len(instances) else (instances or [None])[0]
        dialog = TemplateEditorDialog(
            self,
            settings=self.settings,
            note_fields=self.model.note_fields,
            folder_names=self.model.folder_names,
            sample=sample,
            tz=self.tz,
        )
        if dialog.exec() == TemplateEditorDialog.DialogCode.Accepted:
            self.apply_template(dialog.options())

    def apply_template(self, options: ExportOptions) -> None:
        """Store ``options`` in the settings and offer to rebuild the rows with them."""
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
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Apply the new template?"))
        box.setText(self.tr("Rebuild the preview rows with the new template?"))
        box.setInformativeText(
            self.tr("Some cells were edited by hand. You can keep them or start again.")
        )
        keep = box.addButton(self.tr("Keep my edited cells"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(
            self.tr("Replace everything"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("Don’t rebuild"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return "keep"
        if clicked is replace:
            return "replace"
        return None

    # ---- saving -------------------------------------------------------------------------
    def _now(self) -> datetime:
        return datetime.now().astimezone(self.tz)

    def default_save_path(self) -> Path:
        folder = Path(self.settings.last_save_dir) if self.settings.last_save_dir else None
        if folder is None or not folder.is_dir():
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            folder = Path(documents) if documents else Path.home()
        return folder / default_file_name(self.folder_label or "collection", self._now())

    def _ask_save_path(self, default: Path) -> str:
        """The native Save As dialog (a seam for tests); "" when cancelled."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save QR Factory CSV"),
            str(default),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        return path

    def _open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def save(self) -> Path | None:
        """Ask where, write the CSV atomically, record it; None when nothing was written."""
        if self.view.state() == QAbstractItemView.State.EditingState:
            self.view.setFocus()  # commits the open editor first
        if not self.model.rowCount():
            self.banner.show_message(self.tr("There are no rows to save."), kind="info")
            return None
        problem = self.model.first_issue()
        if problem:
            self.go_to_first_problem()
            self.banner.show_message(
                self.tr("Fix this cell before saving — %1").replace(
                    "%1", self._issue_text(*problem)
                ),
                kind="error",
            )
            return None
        chosen = self._ask_save_path(self.default_save_path())
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        rows = self.model.rows()
        ids = self.model.instance_ids()
        try:
            write_csv(path, rows, line_end=self.settings.line_terminator, bom=self.settings.bom)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.banner.show_message(
                self.tr(
                    "Could not save “%1”: %2. Nothing was written and your rows are unchanged; "
                    "choose another folder."
                )
                .replace("%1", str(path))
                .replace("%2", reason),
                kind="error",
                actions=[(self.tr("Save As…"), self.save)],
            )
            return None
        self.last_saved_path = path
        self.model.mark_saved()
        self.settings.last_save_dir = str(path.parent)
        self._save_settings()
        note = ""
        if self.history is not None:
            try:
                self.history.record(ids, path)
            except OSError:
                note = " " + self.tr("(The export history could not be updated.)")
        self.banner.show_message(
            self.tr("Saved %1 to “%2”.")
            .replace("%1", self._rows_text(len(rows)))
            .replace("%2", path.name)
            + note,
            kind="info",
            actions=[(self.tr("Show in folder"), lambda: self._open_folder(path.parent))],
        )
        self._refresh_status()
        self.saved.emit(str(path), ids)
        return path
