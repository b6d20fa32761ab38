"""The Stickers dialog: layout, first label and used slots, calibration, marks, caption font;
Save PDF…, Print…, Save images… and a test page. Every code is decoded before anything is
written (services.stickers does that); errors show in the dialog, never as a crash."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import AppError
from ...core.qrfactory import COLUMN_INDEX
from ...services import stickers as service
from ...services.export import default_file_name
from ...services.sticker_drawing import (
    CaptionStyle,
    CodeStyle,
    SheetOptions,
    page_count,
    prepare_printer,
)
from ..i18n import error_text
from ..i18n import text as translated
from ..texts import age_text, number
from ..widgets import ContentScroll, fit_when_shown
from .job import StickerJob
from .layout_editor import LayoutEditor
from .preview import SheetMap, StickerPreview

SETTINGS_GROUP = "stickers"
SAVE_DIR_KEY = "save_dir"


class StickersDialog(QDialog):
    """Make sticker sheets, print them, or save images, from the preview's rows.

    Saving a PDF or images runs in a :class:`StickerJob`; ``jobFinished(ok)`` tells when it ends.
    """

    jobFinished = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None,
        rows: Sequence[Sequence[str]],
        instance_ids: Sequence[int],
        history: Any = None,
        settings: QSettings | None = None,
        folder_names: Sequence[str] = (),
        current_row: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stickers"))
        self.rows = [[str(v) for v in row] for row in rows]
        self.instance_ids = list(instance_ids)
        self.history = history
        self.settings = settings
        self.folder_names = list(folder_names)
        self.last_result: service.StickerResult | None = None
        self.job: StickerJob | None = None
        self._done_text = ""
        self.stop_marking: QPushButton | None = None
        self._stop_action: QAction | None = None
        self._job_sheet = False  # the running job makes a sheet (the sheet in the printer moves)
        self._sheets: dict[str, service.KeptSheet] = {}
        self._layout_name = ""
        self._applying = False
        self._wide_width = 0
        self._build()
        self.reload_sheets()
        self._restore()
        self._layout_chosen()
        self._caption_changed()
        self._update()
        if 0 <= current_row < len(self.rows):
            self.row_choice.setCurrentIndex(current_row)  # the row the preview was on
        margins = self.layout().contentsMargins()
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        self._wide_width = (
            self.scroll.widget().minimumSizeHint().width() + margins.left() + margins.right() + bar
        )
        self.resize(self.sizeHint())

    # ---- fitting the screen -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self._reflow(self.width())
            fit_when_shown(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow(event.size().width())

    def _reflow(self, width: int) -> None:
        """The two columns side by side when they fit, else one above the other (scrolled):
        the sticker and the sheet map first, the settings below them."""
        wide = width >= self._wide_width
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.BottomToTop
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    # ---- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.scroll = ContentScroll(self)
        content = QWidget(self.scroll)
        # side by side when the screen has room, one above the other when it has not
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.columns.addLayout(left, 3)
        self.layout_editor = LayoutEditor(self)
        box = QGroupBox(self.tr("Label sheet"))
        QVBoxLayout(box).addWidget(self.layout_editor)
        left.addWidget(box)

        sheet = QGroupBox(self.tr("This sheet"))
        form = QFormLayout(sheet)
        self.sheet_choice = QComboBox()
        self.sheet_choice.setAccessibleName(self.tr("Sheet in the printer"))
        self.sheet_choice.setMinimumContentsLength(20)  # "L7120-25, 13 free, 5 min ago"
        self.sheet_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sheet_choice.setToolTip(
            self.tr("A sheet printed on before: printing goes on at its first free label")
        )
        self.fresh_button = QPushButton(self.tr("Fres&h sheet"))
        self.fresh_button.setAccessibleName(self.tr("Start a fresh sheet"))
        self.fresh_button.setToolTip(self.tr("Print from the first label of a new sheet"))
        self.start = QSpinBox()
        self.start.setRange(1, 10000)
        self.start.setAccessibleName(self.tr("Start at label"))
        form.addRow(self.tr("Start &at label:"), self.start)
        self.offset_x = self._offset_box(self.tr("Printer offset to the right"))
        self.offset_y = self._offset_box(self.tr("Printer offset down"))
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("x")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("y")))
        offsets.addWidget(self.offset_y)
        offsets.addStretch(1)
        form.addRow(self.tr("Printer offset:"), offsets)
        self.marks = QComboBox()
        self.marks.addItem(self.tr("None"), "none")
        self.marks.addItem(self.tr("Label outlines"), "outlines")
        self.marks.addItem(self.tr("Cut marks"), "cutmarks")
        form.addRow(self.tr("&Marks:"), self.marks)
        self.font_choice = QFontComboBox()
        self.font_choice.setEditable(False)
        self.font_choice.setMinimumContentsLength(8)
        self.font_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.use_row_font = QComboBox()
        self.use_row_font.addItem(self.tr("The rows' font (BottomTextFont)"), False)
        self.use_row_font.addItem(self.tr("This font:"), True)
        fonts = QHBoxLayout()
        fonts.addWidget(self.use_row_font)
        fonts.addWidget(self.font_choice, 1)
        form.addRow(self.tr("Caption font:"), fonts)
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(0.0, 72.0)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSpecialValueText(self.tr("Fit the label"))
        self.font_size.setSuffix(self.tr(" pt"))
        form.addRow(self.tr("Caption &size:"), self.font_size)
        self._build_code_options(form)
        self.image_format = QComboBox()
        self.image_format.addItem(self.tr("PNG pictures"), "png")
        self.image_format.addItem(self.tr("SVG drawings"), "svg")
        form.addRow(self.tr("Ima&ges as:"), self.image_format)
        left.addWidget(sheet)
        self.reminder = QLabel(
            self.tr(
                "Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the "
                "print dialog, or the stickers will miss the labels."
            )
        )
        self.reminder.setWordWrap(True)
        left.addWidget(self.reminder)
        left.addStretch(1)

        right = QVBoxLayout()
        self.columns.addLayout(right, 2)
        self.row_choice = QComboBox()
        self.row_choice.setAccessibleName(self.tr("Sticker shown"))
        self.row_choice.setMinimumContentsLength(12)
        self.row_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for position, row in enumerate(self.rows, start=1):
            self.row_choice.addItem(_row_title(position, row))
        shown = QLabel(self.tr("Stic&ker:"))
        shown.setBuddy(self.row_choice)
        chooser = QHBoxLayout()
        chooser.addWidget(shown)
        chooser.addWidget(self.row_choice, 1)
        right.addLayout(chooser)
        self.preview = StickerPreview(self)
        self.preview.set_row(self.rows[0] if self.rows else None)
        right.addWidget(self.preview, 2)
        sheet_label = QLabel(self.tr("Sh&eet in the printer:"))
        sheet_label.setBuddy(self.sheet_choice)
        right.addWidget(sheet_label)
        in_printer = QHBoxLayout()
        in_printer.addWidget(self.sheet_choice, 1)
        in_printer.addWidget(self.fresh_button)
        self.forget_button = QPushButton(self.tr("Forget"))
        self.forget_button.setAccessibleName(self.tr("Forget this sheet"))
        self.forget_button.setToolTip(self.tr("This sheet is used up or thrown away"))
        in_printer.addWidget(self.forget_button)
        right.addLayout(in_printer)
        self.map_hint = QLabel(
            self.tr(
                "Click the labels already used. Right-click a free label to print the sticker "
                "shown above on it."
            )
        )
        self.map_hint.setWordWrap(True)
        right.addWidget(self.map_hint)
        self.sheet_map = SheetMap(self)
        right.addWidget(self.sheet_map, 3)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Stickers status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        outer.addWidget(self.status)
        self._stop_row = QHBoxLayout()
        outer.addLayout(self._stop_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What will be printed"))
        outer.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.test_button = QPushButton(self.tr("&Test page…"))
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.images_button = QPushButton(self.tr("Save &images…"))
        for button in (self.test_button, self.images_button, self.print_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.pdf_button.setDefault(True)

        self.test_button.clicked.connect(self.ask_test_page)
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        self.print_button.clicked.connect(self.ask_print)
        self.images_button.clicked.connect(self.ask_save_images)
        self.layout_editor.layoutChanged.connect(self._layout_chosen)
        self.layout_editor.message.connect(self.show_message)
        self.sheet_map.skippedChanged.connect(self._update)
        self.sheet_map.placeRequested.connect(self._place)
        self.start.valueChanged.connect(self._update)
        self.sheet_choice.activated.connect(self._sheet_chosen)
        self.fresh_button.clicked.connect(self.fresh_sheet)
        self.forget_button.clicked.connect(self.forget_sheet)
        self.row_choice.currentIndexChanged.connect(self._row_chosen)
        self.font_choice.currentFontChanged.connect(self._caption_changed)
        self.use_row_font.currentIndexChanged.connect(self._caption_changed)
        self.font_size.valueChanged.connect(self._caption_changed)

    def add_stop(self, action: QAction) -> QPushButton:
        """A button for ``action`` (the window's "Stop marking"), shown while it is enabled:
        the marks a saved sheet starts can be stopped without closing the dialog."""
        button = QPushButton(action.text(), self)
        button.setObjectName("stickersStopMarking")
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        self._stop_row.addWidget(button)
        self._stop_row.addStretch(1)
        self.stop_marking = button
        self._stop_action = action
        action.changed.connect(self._sync_stop)  # a method: disconnected with the dialog
        self._sync_stop()
        return button

    def _sync_stop(self) -> None:
        if self.stop_marking is not None and self._stop_action is not None:
            self.stop_marking.setVisible(self._stop_action.isEnabled())

    def _build_code_options(self, form: QFormLayout) -> None:
        """The caption fit, the centre icon and the link form (scan margin)."""
        self.caption_fit = QComboBox()
        self.caption_fit.addItem(self.tr("One size for the whole sheet"), "sheet")
        self.caption_fit.addItem(self.tr("Each label its own size"), "label")
        form.addRow(self.tr("Caption &fit:"), self.caption_fit)
        self.icon = QCheckBox(self.tr("Record icon in the middle (a smaller code, less margin)"))
        form.addRow(self.tr("Code:"), self.icon)
        self.link_form = QComboBox()
        self.link_form.addItem(self.tr("As the rows say"), "as-is")
        self.link_form.addItem(self.tr("Shorter: discogs.com/… without www"), "short")
        self.link_form.addItem(
            self.tr("Smallest code: in capitals, HTTPS://DISCOGS.COM/RELEASE/…"), "upper"
        )
        form.addRow(self.tr("&Links printed:"), self.link_form)
        self.caption_fit.currentIndexChanged.connect(self._caption_changed)
        self.icon.toggled.connect(self._caption_changed)
        self.link_form.currentIndexChanged.connect(self._caption_changed)

    def code_style(self) -> CodeStyle:
        return CodeStyle(icon=self.icon.isChecked(), url_form=self.link_form.currentData())

    def _offset_box(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setAccessibleName(name)
        box.setRange(-20.0, 20.0)
        box.setDecimals(1)
        box.setSingleStep(0.1)
        box.setSuffix(self.tr(" mm"))
        return box

    # ---- state ------------------------------------------------------------------------------

    def caption_style(self) -> CaptionStyle:
        family = self.font_choice.currentFont().family() if self.use_row_font.currentData() else ""
        fit = self.caption_fit.currentData() or "sheet"
        return CaptionStyle(family=family, size_pt=self.font_size.value(), fit=fit)

    def options(self) -> SheetOptions:
        return SheetOptions(
            layout=self.layout_editor.layout(),
            start=self.start.value(),
            skip=self.sheet_map.skipped(),
            offset_x=self.offset_x.value(),
            offset_y=self.offset_y.value(),
            marks=self.marks.currentData(),
            caption=self.caption_style(),
            code=self.code_style(),
        )

    # ---- the sheet in the printer -----------------------------------------------------------

    def reload_sheets(self, select: str = "") -> None:
        """Fill the sheet chooser: a fresh sheet, then the partly used sheets kept (newest
        first) whose layout is known here; ``select`` is the id to show."""
        self._sheets = {}
        self.sheet_choice.blockSignals(True)
        self.sheet_choice.clear()
        self.sheet_choice.addItem(self.tr("A fresh sheet"), "")
        for kept in service.kept_sheets():
            layout = self.layout_editor.known(kept.layout)
            if layout is None or layout.per_page != kept.per_page:
                continue
            self._sheets[kept.id] = kept
            text = (
                self.tr("%1, %2 free, %3")
                .replace("%1", kept.layout)
                .replace("%2", number(kept.free))
                .replace("%3", age_text(kept.when))
            )
            self.sheet_choice.addItem(text, kept.id)
        self.sheet_choice.setCurrentIndex(max(0, self.sheet_choice.findData(select)))
        self.sheet_choice.blockSignals(False)

    def current_sheet(self) -> service.KeptSheet | None:
        """The kept sheet printed on next, or None for a fresh sheet."""
        return self._sheets.get(self.sheet_choice.currentData() or "")

    def choose_sheet(self, sheet_id: str) -> None:
        """Print on the kept sheet ``sheet_id`` ("" for a fresh one): its layout, its first free
        label and its used labels greyed on the map."""
        self.sheet_choice.setCurrentIndex(max(0, self.sheet_choice.findData(sheet_id)))
        self._apply_sheet()

    def fresh_sheet(self) -> None:
        self.choose_sheet("")

    def forget_sheet(self) -> None:
        """Drop the chosen kept sheet from the list and go on with a fresh sheet."""
        kept = self.current_sheet()
        if kept is None:
            return
        try:
            service.forget_sheet(kept.id)
        except AppError as exc:
            self.show_message(exc.message, True)
            return
        self.reload_sheets()
        self.fresh_sheet()

    def _sheet_chosen(self, _index: int) -> None:
        self._apply_sheet()

    def _apply_sheet(self) -> None:
        kept = self.current_sheet()
        self._applying = True
        try:
            if kept is not None and self.layout_editor.layout().name != kept.layout:
                self.layout_editor.select(kept.layout)
            layout = self.layout_editor.layout()
            self._layout_name = layout.name
            start, skip = service.sheet_start(kept) if kept is not None else (1, frozenset())
            self.start.setMaximum(max(1, layout.per_page))
            self.start.setValue(start)
            self.sheet_map.set_sheet_layout(layout)
            self.sheet_map.set_skipped(sorted(skip))
            self.forget_button.setEnabled(kept is not None)
        finally:
            self._applying = False
        self._update()

    def _layout_chosen(self) -> None:
        """Another layout: the newest partly used sheet of it, else a fresh sheet."""
        layout = self.layout_editor.layout()
        if self._applying or layout.name == self._layout_name:
            self._update()
            return
        kept = self.current_sheet()
        if kept is None or kept.layout != layout.name:
            newest = next((k for k in self._sheets.values() if k.layout == layout.name), None)
            self.choose_sheet(newest.id if newest is not None else "")
        else:
            self._apply_sheet()

    def _row_chosen(self, index: int) -> None:
        self.preview.set_row(self.rows[index] if 0 <= index < len(self.rows) else None)

    def _caption_changed(self) -> None:
        self.font_choice.setEnabled(bool(self.use_row_font.currentData()))
        self.preview.set_caption_style(self.caption_style(), self.code_style())

    def _update(self) -> None:
        layout = self.layout_editor.layout()
        self.start.setMaximum(max(1, layout.per_page))
        self.sheet_map.set_sheet_layout(layout)
        self.sheet_map.set_start(self.start.value())
        self.preview.set_sheet_layout(layout)
        options = self.options()
        problems = options.problems()
        usable = not problems and self.job is None
        for button in (self.pdf_button, self.print_button, self.test_button):
            button.setEnabled(usable and (button is self.test_button or bool(self.rows)))
        self.images_button.setEnabled(bool(self.rows) and self.job is None)
        if problems:
            self.summary.setText(self.tr("Not usable: %1.").replace("%1", translated(problems[0])))
            return
        pages = page_count(len(self.rows), options)
        first = next((n for n in range(1, layout.per_page + 1) if self.sheet_map.is_free(n)), 1)
        self.summary.setText(
            self.tr("%1 stickers on %2 page(s), from label %3.")
            .replace("%1", number(len(self.rows)))
            .replace("%2", str(pages))
            .replace("%3", str(first))
        )

    def show_message(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setStyleSheet("color: #B00020;" if error else "")
        self.status.setProperty("error", error)

    def _restore(self) -> None:
        s = self.settings
        if s is None:
            return
        s.beginGroup(SETTINGS_GROUP)
        try:
            self.layout_editor.select(str(s.value("layout", "")))
            self.offset_x.setValue(_float(s.value("offset_x", 0.0)))
            self.offset_y.setValue(_float(s.value("offset_y", 0.0)))
            self.marks.setCurrentIndex(max(0, self.marks.findData(s.value("marks", "none"))))
            self.font_size.setValue(_float(s.value("font_size", 0.0)))
            family = str(s.value("font", ""))
            if family:
                self.font_choice.setCurrentFont(QFont(family))
                self.use_row_font.setCurrentIndex(1)
        finally:
            s.endGroup()

    def _remember(self) -> None:
        s = self.settings
        if s is None:
            return
        options = self.options()
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("layout", self.layout_editor.choice.currentData())
        s.setValue("offset_x", options.offset_x)
        s.setValue("offset_y", options.offset_y)
        s.setValue("marks", options.marks)
        s.setValue("font_size", options.caption.size_pt)
        s.setValue("font", options.caption.family)
        s.endGroup()

    # ---- actions (the ask_* methods open native dialogs; the others do the work) ------------

    def _default_name(self, suffix: str) -> str:
        return default_file_name(self.folder_names or "stickers", datetime.now(), suffix)

    def save_folder(self) -> Path:
        """The folder saved to last (from these settings), else Documents."""
        folder = ""
        if self.settings is not None:
            folder = str(self.settings.value(f"{SETTINGS_GROUP}/{SAVE_DIR_KEY}", "") or "")
        if folder and Path(folder).is_dir():
            return Path(folder)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def _remember_folder(self, folder: Path) -> None:
        if self.settings is not None:
            self.settings.setValue(f"{SETTINGS_GROUP}/{SAVE_DIR_KEY}", str(folder))

    def _ask_pdf_path(self, title: str, name: str) -> str:
        path, _f = QFileDialog.getSaveFileName(
            self, title, str(self.save_folder() / name), self.tr("PDF (*.pdf)")
        )
        if path:
            self._remember_folder(Path(path).parent)
        return path

    def ask_save_pdf(self) -> None:
        path = self._ask_pdf_path(self.tr("Save stickers as PDF"), self._default_name(".pdf"))
        remove = self.ask_missing_glyphs() if path else None
        if remove is not None:
            self.save_pdf_to(path, remove)

    def save_pdf_to(self, path: str | Path, remove_missing_glyphs: bool = False) -> bool:
        """Start checking and writing the PDF (in the background); False if a job runs."""
        rows, ids, options, history = self.rows, self.instance_ids, self.options(), self.history
        sheet = self._sheet_id()
        remove = remove_missing_glyphs
        return self._start(
            lambda: service.make_sheet_pdf(
                Path(path), rows, ids, options, history, sheet=sheet, remove_missing_glyphs=remove
            ),
            self.tr("Saved %1 stickers on %2 page(s) to %3; every code decoded."),
            makes_sheet=True,
        )

    def _printer_for(self, options: SheetOptions) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, options.layout)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print stickers"))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_print(self) -> None:
        remove = self.ask_missing_glyphs()
        if remove is None:
            return
        printer = self._printer_for(self.options())
        if printer is not None:
            self.print_to(printer, remove)

    def print_to(self, printer: QPrinter, remove_missing_glyphs: bool = False) -> bool:
        options = self.options()
        prepare_printer(printer, options.layout)
        sheet = self._sheet_id()
        return self._run(
            lambda: service.print_sheet(
                printer,
                self.rows,
                self.instance_ids,
                options,
                self.history,
                sheet=sheet,
                remove_missing_glyphs=remove_missing_glyphs,
            ),
            self.tr("Sent %1 stickers on %2 page(s) to %3; every code decoded."),
        )

    # ---- one sticker on a chosen label (a damaged one printed again) --------------------------

    def _place(self, label: int, how: str) -> None:
        if how == "print":
            self.ask_print_here(label)
        else:
            self.ask_save_here(label)

    def _one_here(self, label: int) -> tuple[list[list[str]], list[int], SheetOptions]:
        """The shown row alone, on label ``label`` of the sheet in the printer."""
        index = max(0, self.row_choice.currentIndex())
        ids = self.instance_ids[index : index + 1]
        return [self.rows[index]], ids, replace(self.options(), start=label, skip=frozenset())

    def ask_print_here(self, label: int) -> None:
        rows, _ids, options = self._one_here(label)
        if not rows:
            return
        printer = self._printer_for(options)
        if printer is not None:
            self.print_here_to(printer, label)

    def print_here_to(self, printer: QPrinter, label: int) -> bool:
        """Print the shown sticker on label ``label`` (the others stay as they are)."""
        if not self.rows:
            return False
        rows, ids, options = self._one_here(label)
        used, sheet = self.sheet_map.used(), self._sheet_id()
        prepare_printer(printer, options.layout)
        return self._run(
            lambda: service.print_sheet(
                printer, rows, ids, options, self.history, sheet=sheet, used_before=used
            ),
            self.tr("Sent the sticker to label %4 on %3; its code decoded."),
            label,
        )

    def ask_save_here(self, label: int) -> None:
        if not self.rows:
            return
        path = self._ask_pdf_path(self.tr("Save the sticker as PDF"), self._default_name(".pdf"))
        if path:
            self.save_here_to(path, label)

    def save_here_to(self, path: str | Path, label: int) -> bool:
        """Save the shown sticker alone on label ``label`` of a PDF page (in the background)."""
        if not self.rows:
            return False
        rows, ids, options = self._one_here(label)
        used, sheet, history = self.sheet_map.used(), self._sheet_id(), self.history
        return self._start(
            lambda: service.make_sheet_pdf(
                Path(path), rows, ids, options, history, sheet=sheet, used_before=used
            ),
            self.tr("Saved the sticker on label %4 to %3; its code decoded.").replace(
                "%4", str(label)
            ),
            makes_sheet=True,
        )

    def _sheet_id(self) -> str | None:
        kept = self.current_sheet()
        return kept.id if kept is not None else None

    def ask_save_images(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save sticker images in"), str(self.save_folder())
        )
        remove = self.ask_missing_glyphs() if folder else None
        if remove is not None:
            self._remember_folder(Path(folder))
            self.save_images_to(folder, self.image_format.currentData(), remove)

    def save_images_to(
        self, folder: str | Path, fmt: str = "png", remove_missing_glyphs: bool = False
    ) -> bool:
        """Start checking and writing the images (in the background); False if a job runs."""
        rows, ids, history, caption = (
            self.rows,
            self.instance_ids,
            self.history,
            self.caption_style(),
        )
        remove = remove_missing_glyphs
        return self._start(
            lambda: service.make_images(
                Path(folder), rows, ids, fmt, history, caption=caption, remove_missing_glyphs=remove
            ),
            self.tr("Saved %1 images in %3; every code decoded."),
        )

    def ask_missing_glyphs(self) -> bool | None:
        """Before saving: when captions have characters no installed font has, ask whether to
        save anyway (False), remove the characters (True) or cancel (None)."""
        problems = service.missing_glyphs(self.rows, self.caption_style())
        if not problems:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Characters no font has"))
        box.setText(
            self.tr(
                "%1 caption(s) have characters that no installed font can print: they would "
                "print as empty boxes."
            ).replace("%1", f"{len(problems):,}")
        )
        box.setDetailedText("\n".join(p.message() for p in problems))
        box.setInformativeText(
            "\n".join(p.message() for p in problems[:3]) + ("\n…" if len(problems) > 3 else "")
        )
        keep = box.addButton(self.tr("Save &anyway"), QMessageBox.ButtonRole.AcceptRole)
        remove = box.addButton(
            self.tr("&Remove the characters"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(remove)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is keep:
            return False
        if clicked is remove:
            return True
        return None

    def ask_test_page(self) -> None:
        path = self._ask_pdf_path(self.tr("Save a test page"), "test-page.pdf")
        if path:
            self.save_test_page_to(path)

    def save_test_page_to(self, path: str | Path) -> bool:
        try:
            target = service.write_test_page(Path(path), self.options())
        except AppError as exc:
            self.show_message(error_text(exc), True)
            return False
        self.show_message(
            self.tr(
                "Saved the test page to %1. Print it at 100 % on plain paper, hold it "
                "against a label sheet, and set the offset."
            ).replace("%1", str(target))
        )
        return True

    def _run(self, work, done_text: str, label: int = 0) -> bool:
        """Run ``work`` here (printing talks to the printer dialog's objects)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = work()
        except AppError as exc:
            self.show_message(error_text(exc), True)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._succeeded(result, done_text.replace("%4", str(label)), makes_sheet=True)
        return True

    def _start(self, work, done_text: str, makes_sheet: bool = False) -> bool:
        if self.job is not None:
            return False
        self.job = StickerJob(work, self)
        self._done_text = done_text
        self._job_sheet = makes_sheet
        # a bound method of the dialog: delivered in the GUI thread (a lambda would run in the job)
        self.job.done.connect(self._job_done)
        self._set_busy(True)
        self.show_message(
            self.tr("Checking every code and drawing %1 stickers…").replace(
                "%1", number(len(self.rows))
            )
        )
        self.job.start()
        return True

    def _job_done(self, result: object, error: object) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        self._set_busy(False)
        if isinstance(error, AppError):
            self.show_message(error_text(error), True)
        else:
            self._succeeded(result, self._done_text, self._job_sheet)
        self.jobFinished.emit(error is None)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.pdf_button, self.print_button, self.images_button, self.test_button):
            button.setEnabled(not busy)
        if not busy:
            self._update()

    def _succeeded(self, result, done_text: str, makes_sheet: bool = False) -> None:
        self.last_result = result
        self._remember()
        text = (
            done_text.replace("%1", number(result.stickers))
            .replace("%2", str(result.pages))
            .replace("%3", str(result.path))
        )
        if self.history is not None and not result.history_recorded:
            text += " " + self.tr("The export history could not be updated.")
        if makes_sheet:
            text += " " + self._sheet_text(result)
            # the sheet left in the printer is the one printed on next
            self.reload_sheets()
            self.choose_sheet(result.sheet.id if result.sheet is not None else "")
        if result.warnings:
            text += " " + self.tr("%1 code(s) scan with little margin: %2").replace(
                "%1", f"{len(result.warnings):,}"
            ).replace("%2", result.warnings[0])
        self.show_message(text)

    def _sheet_text(self, result) -> str:
        used = self.tr("Used labels %1.").replace("%1", service.label_ranges(result.labels))
        kept = result.sheet
        if kept is None:
            full = self.tr("No label is left free: the next print starts a fresh sheet.")
            return f"{used} {full}"
        left = self.tr(
            "%1 labels stay free on the sheet in the printer; the next print starts at label %2."
        )
        return f"{used} " + left.replace("%1", number(kept.free)).replace(
            "%2", str(kept.first_free())
        )

    def done(self, code: int) -> None:
        """Closing waits for a running job: a file is never left half made."""
        if self.job is not None:
            self.job.wait()
            QGuiApplication.processEvents()
        super().done(code)


def _row_title(number: int, row: Sequence[str]) -> str:
    """``3. Artist – Title`` from the row's caption (else its file name)."""
    caption = row[COLUMN_INDEX["BottomText"]] if len(row) > COLUMN_INDEX["BottomText"] else ""
    first = caption.strip().splitlines()[0] if caption.strip() else ""
    if not first and len(row) > COLUMN_INDEX["FileName"]:
        first = row[COLUMN_INDEX["FileName"]]
    return f"{number}. {first}" if first else str(number)


def _float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
