"""The Stickers dialog: layout, first label and used slots, calibration, marks, caption font;
Save PDF…, Print…, Save images… and a test page. Every code is decoded before anything is
written (services.stickers does that); errors show in the dialog, never as a crash."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
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
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import AppError
from ...services import stickers as service
from ...services.export import default_file_name
from ...services.sticker_drawing import CaptionStyle, SheetOptions, page_count, prepare_printer
from ..i18n import error_text
from ..i18n import text as translated
from ..texts import number
from .job import StickerJob
from .layout_editor import LayoutEditor
from .preview import SheetMap, StickerPreview

SETTINGS_GROUP = "stickers"


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
        self._build()
        self._restore()
        self._caption_changed()
        self._update()

    # ---- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        self.layout_editor = LayoutEditor(self)
        box = QGroupBox(self.tr("Label sheet"))
        QVBoxLayout(box).addWidget(self.layout_editor)
        left.addWidget(box)

        sheet = QGroupBox(self.tr("This sheet"))
        form = QFormLayout(sheet)
        self.start = QSpinBox()
        self.start.setRange(1, 10000)
        form.addRow(self.tr("Start at &label:"), self.start)
        self.offset_x = self._offset_box()
        self.offset_y = self._offset_box()
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("x")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("y")))
        offsets.addWidget(self.offset_y)
        form.addRow(self.tr("Printer offset:"), offsets)
        self.marks = QComboBox()
        self.marks.addItem(self.tr("None"), "none")
        self.marks.addItem(self.tr("Label outlines"), "outlines")
        self.marks.addItem(self.tr("Cut marks"), "cutmarks")
        form.addRow(self.tr("&Marks:"), self.marks)
        self.font_choice = QFontComboBox()
        self.font_choice.setEditable(False)
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
        self.image_format = QComboBox()
        self.image_format.addItem(self.tr("PNG pictures"), "png")
        self.image_format.addItem(self.tr("SVG drawings"), "svg")
        form.addRow(self.tr("I&mages as:"), self.image_format)
        left.addWidget(sheet)
        self.reminder = QLabel(
            self.tr(
                "Print at 100 % (actual size): turn off “Fit to page” or “Scale to fit” in the "
                "print dialog, or the stickers will miss the labels."
            )
        )
        self.reminder.setWordWrap(True)
        left.addWidget(self.reminder)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.status)

        right = QVBoxLayout()
        outer.addLayout(right, 2)
        self.preview = StickerPreview(self)
        self.preview.set_row(self.rows[0] if self.rows else None)
        right.addWidget(QLabel(self.tr("First sticker:")))
        right.addWidget(self.preview, 2)
        right.addWidget(QLabel(self.tr("Click the labels already used:")))
        self.sheet_map = SheetMap(self)
        right.addWidget(self.sheet_map, 3)
        self.summary = QLabel()
        right.addWidget(self.summary)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.test_button = QPushButton(self.tr("&Test page…"))
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.images_button = QPushButton(self.tr("Save &images…"))
        for button in (self.test_button, self.images_button, self.print_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        self.pdf_button.setDefault(True)

        self.test_button.clicked.connect(self.ask_test_page)
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        self.print_button.clicked.connect(self.ask_print)
        self.images_button.clicked.connect(self.ask_save_images)
        self.layout_editor.layoutChanged.connect(self._update)
        self.layout_editor.message.connect(self.show_message)
        self.sheet_map.skippedChanged.connect(self._update)
        self.start.valueChanged.connect(self._update)
        self.font_choice.currentFontChanged.connect(self._caption_changed)
        self.use_row_font.currentIndexChanged.connect(self._caption_changed)
        self.font_size.valueChanged.connect(self._caption_changed)

    def _offset_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-20.0, 20.0)
        box.setDecimals(1)
        box.setSingleStep(0.1)
        box.setSuffix(self.tr(" mm"))
        return box

    # ---- state ------------------------------------------------------------------------------

    def caption_style(self) -> CaptionStyle:
        family = self.font_choice.currentFont().family() if self.use_row_font.currentData() else ""
        return CaptionStyle(family=family, size_pt=self.font_size.value())

    def options(self) -> SheetOptions:
        return SheetOptions(
            layout=self.layout_editor.layout(),
            start=self.start.value(),
            skip=self.sheet_map.skipped(),
            offset_x=self.offset_x.value(),
            offset_y=self.offset_y.value(),
            marks=self.marks.currentData(),
            caption=self.caption_style(),
        )

    def _caption_changed(self) -> None:
        self.font_choice.setEnabled(bool(self.use_row_font.currentData()))
        self.preview.set_caption_style(self.caption_style())

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
        self.summary.setText(
            self.tr("%1 stickers on %2 page(s).")
            .replace("%1", number(len(self.rows)))
            .replace("%2", str(pages))
        )

    def show_message(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
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

    def ask_save_pdf(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Save stickers as PDF"),
            self._default_name(".pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: str | Path) -> bool:
        """Start checking and writing the PDF (in the background); False if a job runs."""
        rows, ids, options, history = self.rows, self.instance_ids, self.options(), self.history
        return self._start(
            lambda: service.make_sheet_pdf(Path(path), rows, ids, options, history),
            self.tr("Saved %1 stickers on %2 page(s) to %3; every code decoded."),
        )

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.options().layout)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print stickers"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        options = self.options()
        prepare_printer(printer, options.layout)
        return self._run(
            lambda: service.print_sheet(
                printer, self.rows, self.instance_ids, options, self.history
            ),
            self.tr("Sent %1 stickers on %2 page(s) to %3; every code decoded."),
        )

    def ask_save_images(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save sticker images in"))
        if folder:
            self.save_images_to(folder, self.image_format.currentData())

    def save_images_to(self, folder: str | Path, fmt: str = "png") -> bool:
        """Start checking and writing the images (in the background); False if a job runs."""
        rows, ids, history, caption = (
            self.rows,
            self.instance_ids,
            self.history,
            self.caption_style(),
        )
        return self._start(
            lambda: service.make_images(Path(folder), rows, ids, fmt, history, caption=caption),
            self.tr("Saved %1 images in %3; every code decoded."),
        )

    def ask_test_page(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Save a test page"), "test-page.pdf", self.tr("PDF (*.pdf)")
        )
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

    def _run(self, work, done_text: str) -> bool:
        """Run ``work`` here (printing talks to the printer dialog's objects)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = work()
        except AppError as exc:
            self.show_message(error_text(exc), True)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._succeeded(result, done_text)
        return True

    def _start(self, work, done_text: str) -> bool:
        if self.job is not None:
            return False
        self.job = StickerJob(work, self)
        self._done_text = done_text
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
            self._succeeded(result, self._done_text)
        self.jobFinished.emit(error is None)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.pdf_button, self.print_button, self.images_button, self.test_button):
            button.setEnabled(not busy)
        if not busy:
            self._update()

    def _succeeded(self, result, done_text: str) -> None:
        self.last_result = result
        self._remember()
        text = (
            done_text.replace("%1", number(result.stickers))
            .replace("%2", str(result.pages))
            .replace("%3", str(result.path))
        )
        if self.history is not None and not result.history_recorded:
            text += " " + self.tr("The export history could not be updated.")
        self.show_message(text)

    def done(self, code: int) -> None:
        """Closing waits for a running job: a file is never left half made."""
        if self.job is not None:
            self.job.wait()
            QGuiApplication.processEvents()
        super().done(code)


def _float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
