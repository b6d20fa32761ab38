"""Save As for the preview panel: checks, the file dialog, one call to ``services.export``."""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QStandardPaths, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QWidget

from ...core.errors import AppError
from ...services.export import default_file_name, save_export
from ...services.history import ExportHistory
from ...services.settings import Settings
from ..i18n import error_text
from ..widgets import Banner
from .actions import rows_text
from .header import PreviewHeader
from .model import PreviewModel


class SavePanel(Protocol):
    """What Save As needs of the panel it saves (the preview panel is one)."""

    settings: Settings
    model: PreviewModel
    view: QAbstractItemView
    banner: Banner
    header: PreviewHeader
    saved: SignalInstance
    tz: tzinfo | None

    @property
    def history(self) -> ExportHistory | None: ...

    def folder_names_of_rows(self) -> list[str]: ...

    def go_to_first_problem(self) -> Any: ...

    def _ask_save_path(self, default: Path) -> str: ...

    def save(self) -> Path | None: ...

    def note_saved(self, path: Path, exported_before: set[int] | None) -> None: ...


class PreviewSaver(QObject):
    """Writes a panel's rows: the file name rule, the atomic write and the history record are
    ``services.export``'s (the same as the CLI's); this part asks and reports."""

    def __init__(self, parent: QWidget, panel: SavePanel) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.panel = panel

    # ---- seams for tests ----------------------------------------------------------------
    def now(self) -> datetime:
        return datetime.now().astimezone(self.panel.tz)

    def ask_save_path(self, default: Path) -> str:
        """The native Save As dialog; "" when cancelled."""
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Save QR Factory CSV"),
            str(default),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        return path

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ---- the flow -----------------------------------------------------------------------
    def default_save_path(self) -> Path:
        """The last folder saved to (else Documents) and the name from the rows' folders."""
        settings = self.panel.settings
        folder = Path(settings.last_save_dir) if settings.last_save_dir else None
        if folder is None or not folder.is_dir():
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            folder = Path(documents) if documents else Path.home()
        return folder / default_file_name(self.panel.folder_names_of_rows(), self.now())

    def can_save(self) -> bool:
        panel = self.panel
        if panel.view.state() == QAbstractItemView.State.EditingState:
            panel.view.setFocus()  # commits the open editor first
        if not panel.model.rowCount():
            panel.banner.show_message(self.tr("There are no rows to save."), kind="info")
            return False
        problem = panel.model.first_issue()
        if problem:
            panel.go_to_first_problem()
            panel.banner.show_message(
                self.tr("Fix this cell before saving — %1").replace(
                    "%1", panel.header.issue_text(*problem)
                ),
                kind="error",
            )
            return False
        return True

    def save(self) -> Path | None:
        """Ask where, write the CSV atomically, record it; the path written, or None when
        nothing was written (cancelled, a problem cell, or a failed write)."""
        if not self.can_save():
            return None
        chosen = self.panel._ask_save_path(self.default_save_path())
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        panel = self.panel
        rows, ids = panel.model.rows(), panel.model.instance_ids()
        history = panel.history
        before = history.exported_ids() if history is not None else None
        try:
            result = save_export(
                path,
                rows,
                ids,
                history=history,
                bom=panel.settings.bom,
                line_end=panel.settings.line_end,
            )
        except AppError as error:
            panel.banner.show_message(
                self.tr(
                    "Could not save: %1 Nothing was written and your rows are unchanged."
                ).replace("%1", error_text(error)),
                kind="error",
                actions=[(self.tr("Save As…"), panel.save)],
            )
            return None
        panel.note_saved(result.path, before)
        note = ""
        if history is not None and not result.history_recorded:
            note = " " + self.tr("(The export history could not be updated.)")
        folder = result.path.parent
        panel.banner.show_message(
            self.tr("Saved %1 to “%2”.")
            .replace("%1", rows_text(result.rows))
            .replace("%2", result.path.name)
            + note,
            kind="info",
            actions=[(self.tr("Show in folder"), lambda: self.open_folder(folder))],
        )
        panel.saved.emit(str(result.path), ids)
        return result.path
