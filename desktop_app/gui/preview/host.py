"""The preview tab beside the release table: made on first use, its title following its rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...core.draft import draft_info
from ...core.release import Instance
from ...services.history import ExportHistory
from ...services.settings import Settings
from ..covers import CoverLoader
from ..icons import icon
from ..texts import number
from .panel import PreviewPanel

#: The edge of the current record's cover beside its sticker, in logical pixels.
COVER_EDGE = 120


class PreviewHost(QObject):
    """Owns the preview panel in the window's tabs."""

    saved = Signal(str, list)  # path, instance ids (a saved export)
    message = Signal(str)  # for the window's banner (the preview tab is not there)
    changed = Signal()  # the rows changed (an edit, move, undo, save…): the draft to keep

    def __init__(self, tabs: QTabWidget, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.tabs = tabs
        self.settings = settings
        self.history: ExportHistory | None = None
        self.panel: PreviewPanel | None = None
        self.sticker_preview: Any = None
        self.marks_stop: QAction | None = None  # "Stop marking", offered in the Stickers dialog
        self.covers: CoverLoader | None = None
        self.cover_label: QLabel | None = None

    def set_covers(self, covers: CoverLoader | None) -> None:
        """Show the current record's cover beside its sticker (None: no covers)."""
        if self.covers is not None and self.covers is not covers:
            self.covers.arrived.disconnect(self._show_cover)
        if covers is not None and covers is not self.covers:
            covers.arrived.connect(self._show_cover)
        self.covers = covers
        self._show_cover()

    def set_history(self, history: ExportHistory | None) -> None:
        self.history = history
        if self.panel is not None:
            self.panel.history = history

    def ensure(self) -> PreviewPanel:
        """The panel, made (and its tab added) on first use."""
        panel = self.panel
        if panel is None:
            panel = PreviewPanel(self.tabs, settings=self.settings, history=self.history)
            panel.saved.connect(self.saved)
            panel.rowCountChanged.connect(self._update_title)
            panel.model.rowsEdited.connect(self.changed)
            panel.undo_stack.cleanChanged.connect(self.changed)
            self._add_stickers(panel)
            self.tabs.addTab(panel, self.tr("Preview"))
            self.panel = panel
        panel.history = self.history
        return panel

    def _add_stickers(self, panel: PreviewPanel) -> None:
        """ "Stickers…" beside Save As…, and the current row's sticker drawn beside the rows."""
        from ..stickers import StickerPreview

        action = QAction(icon("preview"), self.tr("Stickers…"), panel)
        action.setToolTip(self.tr("Print sticker sheets, or save them as a PDF or images"))
        action.triggered.connect(self.open_stickers)
        panel.add_tool_action(action)
        side = QWidget(panel)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        cover = QLabel(side)
        cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cover.setFixedHeight(COVER_EDGE + 8)
        cover.setAccessibleName(self.tr("Cover of the current row"))
        column.addWidget(cover)
        sticker = StickerPreview(side)
        sticker.setAccessibleName(self.tr("Sticker of the current row"))
        column.addWidget(sticker, 1)
        panel.set_side_widget(side)
        self.sticker_preview = sticker
        self.cover_label = cover
        panel.currentRowChanged.connect(self._show_sticker)
        panel.rowCountChanged.connect(self._show_sticker)
        panel.model.dataChanged.connect(self._show_sticker)  # an edit shows at once
        self._show_sticker()

    def _show_sticker(self, *_args: object) -> None:
        if self.panel is not None and self.sticker_preview is not None:
            self.sticker_preview.set_row(self.panel.current_row_cells() or None)
        self._show_cover()

    def _show_cover(self) -> None:
        label, covers, panel = self.cover_label, self.covers, self.panel
        if label is None or panel is None:
            return
        inst = panel.view.current_instance() if covers is not None else None
        label.setVisible(inst is not None)
        if inst is None or covers is None:
            return
        edge = round(COVER_EDGE * covers.ratio)
        pixmap = covers.image(inst.thumb, edge, now=True) or covers.placeholder(edge)
        label.setPixmap(pixmap)
        label.setToolTip(inst.title)

    def open_stickers(self) -> None:
        """The Stickers dialog for the preview's rows (as they are now, edits included)."""
        from ..stickers import StickersDialog
        from ..window_state import window_settings

        panel = self.panel
        if panel is None or not panel.saver.can_save():
            return
        ids = panel.model.instance_ids()
        dialog = StickersDialog(
            panel,
            panel.rows(),
            ids,
            history=self.history,
            settings=window_settings(),
            folder_names=panel.folder_names_of_rows(),
            current_row=panel.view.currentIndex().row(),
        )
        if self.marks_stop is not None:
            dialog.add_stop(self.marks_stop)
        history = self.history
        before = [history.exported_ids() if history is not None else None]

        def finished(ok: bool) -> None:
            if not ok:
                return
            # like a saved CSV: the header counts what was exported before this sheet
            panel.note_exported(before[0])
            before[0] = history.exported_ids() if history is not None else None
            self.saved.emit("", ids)

        dialog.jobFinished.connect(finished)
        dialog.exec()
        dialog.deleteLater()

    def _update_title(self, *_args: object) -> None:
        panel = self.panel
        if panel is not None:
            index = self.tabs.indexOf(panel)
            rows = panel.model.rowCount()
            self.tabs.setTabText(index, self.tr("Preview (%1)").replace("%1", number(rows)))

    def show(self) -> None:
        panel = self.ensure()
        self._update_title()
        self.tabs.setCurrentIndex(self.tabs.indexOf(panel))

    def open(
        self,
        instances: Sequence[Instance],
        folder_names: Mapping[int, str],
        note_fields: Mapping[int, str],
        note: str = "",
    ) -> PreviewPanel:
        """Show ``instances`` in the preview tab, with ``note`` (e.g. an incomplete folder);
        the preview is named after the folders its rows come from."""
        panel = self.ensure()
        panel.update_instances(list(instances), dict(folder_names), dict(note_fields), note=note)
        self.show()
        return panel

    def show_draft(
        self,
        draft: Any,
        found: dict[int, Instance],
        folder_names: Mapping[int, str],
        note_fields: Mapping[int, str],
    ) -> int:
        """Restore a kept draft and say what could not be restored; returns the rows."""
        info = draft_info(draft)
        total = info.rows if info is not None else 0
        made = self.panel is None
        restored = 0
        if found:
            restored = self.ensure().load_draft(
                draft, found, dict(folder_names) or None, dict(note_fields) or None
            )
        if restored:
            self.show()
        elif made and self.panel is not None:  # made for this: not needed after all
            self.tabs.removeTab(self.tabs.indexOf(self.panel))
            self.panel.deleteLater()
            self.panel = None
        if not restored:
            self.message.emit(
                self.tr(
                    "The unsaved preview could not be restored: its releases are no longer in "
                    "this collection."
                )
            )
        elif restored < total and self.panel is not None:
            self.panel.banner.show_message(
                self.tr("%1 of %2 rows restored; the others are no longer in your collection.")
                .replace("%1", number(restored))
                .replace("%2", number(total)),
                kind="info",
            )
        return restored

    def has_unsaved_changes(self) -> bool:
        return self.panel is not None and self.panel.has_unsaved_changes()

    def draft(self) -> dict[str, Any] | None:
        return self.panel.draft() if self.panel is not None else None
