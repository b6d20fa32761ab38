"""The template editor: caption and file-name templates, column defaults, and template files.

Templates are checked while typing (problems shown with their line and column) and the current
row is rendered live. A template file (JSON, ``discogs-qr-template/1``) lets users share a look.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.csvio import atomic_write_bytes
from ...core.qrfactory import (
    COLUMNS,
    DEFAULTS,
    ExportOptions,
    placeholder_context,
    safe_file_name,
    validate_cell,
)
from ...core.release import Instance
from ...core.template import PLACEHOLDERS
from ...services.settings import Settings
from ..i18n import text as translated
from ..preview.delegates import create_value_editor, editor_value, set_editor_value
from ..widgets import ContentScroll, ScreenFit
from .column_defaults import ColumnDefaults

TEMPLATE_FORMAT = "discogs-qr-template/1"


# ---- template files (no Qt) ---------------------------------------------------------------------
def template_document(options: ExportOptions) -> dict[str, Any]:
    """The shareable JSON document for ``options``."""
    return {
        "format": TEMPLATE_FORMAT,
        "values": {c: options.value(c) for c in COLUMNS},
        "use_anv": options.use_anv,
        "unknown_year": options.unknown_year,
        "neutralise_formulas": options.neutralise_formulas,
    }


def options_from_document(data: Any) -> ExportOptions:
    """Read a template document; raises ``ValueError`` with a human message when unusable.

    Unknown columns are ignored and missing ones take the defaults, so files from older or newer
    versions still load.
    """
    if not isinstance(data, dict) or data.get("format") != TEMPLATE_FORMAT:
        raise ValueError("This is not a Discogs QR Export template file.")
    values = data.get("values")
    if not isinstance(values, dict):
        raise ValueError("The template file has no column values.")
    merged = dict(DEFAULTS)
    for key, value in values.items():
        if key in DEFAULTS and isinstance(value, str | int | float) and not isinstance(value, bool):
            merged[key] = str(value)
    use_anv = data.get("use_anv", False)
    unknown_year = data.get("unknown_year", "unknown")
    neutralise = data.get("neutralise_formulas", False)
    return ExportOptions(
        values=merged,
        use_anv=use_anv if isinstance(use_anv, bool) else False,
        unknown_year=unknown_year if isinstance(unknown_year, str) else "unknown",
        neutralise_formulas=neutralise if isinstance(neutralise, bool) else False,
    )


def read_template_file(path: str | Path) -> ExportOptions:
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise ValueError(f"The file could not be read: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValueError("The file is not valid JSON.") from exc
    return options_from_document(data)


def write_template_file(path: str | Path, options: ExportOptions) -> None:
    text = json.dumps(template_document(options), ensure_ascii=False, indent=2)
    atomic_write_bytes(path, (text + "\n").encode("utf-8"))


def line_and_column(text: str, position: int) -> tuple[int, int]:
    """1-based line and column of a 0-based offset."""
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return line, column


# ---- the dialog ----------------------------------------------------------------------------------
class TemplateEditorDialog(ScreenFit, QDialog):
    """Edit the export template; :meth:`options` holds the result after ``accept``."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        note_fields: Mapping[int, str] | None = None,
        folder_names: Mapping[int, str] | None = None,
        sample: Instance | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export template"))
        self.setObjectName("templateEditor")
        self.settings = settings if settings is not None else Settings.load()
        self.note_fields = dict(note_fields or {})
        self.folder_names = dict(folder_names or {})
        self.sample = sample
        self.tz = tz
        self._target: QWidget | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Template parts"))
        # each tab scrolls when the screen is too small for it
        self.tabs.addTab(
            ContentScroll(self, self._make_text_tab()), self.tr("Caption && file name")
        )
        self.tabs.addTab(self._make_defaults_tab(), self.tr("Column defaults"))  # scrolls itself

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.defaults_button = QPushButton(self.tr("Restore defaults"), self)
        self.defaults_button.setToolTip(self.tr("The values the app starts with"))
        self.import_button.setToolTip(self.tr("Load a template file someone shared"))
        self.export_button.setToolTip(self.tr("Save this template as a file to share"))
        self.import_button.clicked.connect(self.import_template)
        self.export_button.clicked.connect(self.export_template)
        self.defaults_button.clicked.connect(lambda: self.set_options(ExportOptions()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        bottom = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.defaults_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.set_options(self.settings.export_options())
        self.resize(900, 640)

    # ---- building -----------------------------------------------------------------------
    def _make_text_tab(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)

        fields = QGroupBox(self.tr("Templates"), page)
        form = QFormLayout(fields)
        self.bottom_text = QPlainTextEdit(fields)
        self.bottom_text.setTabChangesFocus(True)
        self.bottom_text.setAccessibleName(self.tr("Caption template"))
        line = self.bottom_text.fontMetrics().lineSpacing()
        self.bottom_text.setFixedHeight(line * 4 + 14)
        self.file_name = QLineEdit(fields)
        self.file_name.setAccessibleName(self.tr("File name template"))
        self.content = QLineEdit(fields)
        self.content.setAccessibleName(self.tr("QR content template"))
        form.addRow(self.tr("Caption (BottomText):"), self.bottom_text)
        form.addRow(self.tr("File name:"), self.file_name)
        form.addRow(self.tr("QR code content:"), self.content)
        self.messages = QLabel(fields)
        self.messages.setObjectName("templateMessages")
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.messages)
        for widget in (self.bottom_text, self.file_name, self.content):
            widget.installEventFilter(self)
        self._target = self.bottom_text

        options = QGroupBox(self.tr("Options"), page)
        opt_form = QFormLayout(options)
        self.use_anv = QCheckBox(self.tr("Use the artist name as credited on the release (ANV)"))
        self.unknown_year = QLineEdit(options)
        self.unknown_year.setAccessibleName(self.tr("Text for an unknown year"))
        self.neutralise = QCheckBox(self.tr("Protect cells starting with = + - @ for spreadsheets"))
        self.neutralise.setToolTip(
            self.tr("Adds an apostrophe; QR Factory then prints it too. Off by default.")
        )
        icon_row = QHBoxLayout()
        self.icon_path = QLineEdit(options)
        self.icon_path.setAccessibleName(self.tr("Icon file"))
        choose = QPushButton(self.tr("Choose…"), options)
        choose.clicked.connect(self.choose_icon)
        icon_row.addWidget(self.icon_path, 1)
        icon_row.addWidget(choose)
        self.icon_message = QLabel(options)
        self.icon_message.setWordWrap(True)
        opt_form.addRow(self.use_anv)
        opt_form.addRow(self.tr("Unknown year:"), self.unknown_year)
        opt_form.addRow(self.neutralise)
        opt_form.addRow(self.tr("Icon in the code:"), icon_row)
        opt_form.addRow(self.icon_message)

        picker = QGroupBox(self.tr("Placeholders"), page)
        picker_layout = QVBoxLayout(picker)
        self.placeholders = QListWidget(picker)
        self.placeholders.setAccessibleName(self.tr("Placeholders"))
        for name, description in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}}", self.placeholders)
            item.setData(Qt.ItemDataRole.UserRole, f"{{{name}}}")
            item.setToolTip(self.tr(description))
        for field_name in self.note_fields.values():
            text = f"{{note:{field_name}}}"
            item = QListWidgetItem(text, self.placeholders)
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setToolTip(self.tr("Your collection note field “%1”").replace("%1", field_name))
        self.placeholders.itemDoubleClicked.connect(self._insert_item)
        self.placeholders.currentItemChanged.connect(self._describe_placeholder)
        self.placeholder_help = QLabel(picker)
        self.placeholder_help.setWordWrap(True)
        self.placeholder_help.setMinimumHeight(line * 3)
        self.placeholder_help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholders.setCurrentRow(0)
        insert = QPushButton(self.tr("Insert"), picker)
        insert.setToolTip(self.tr("Insert at the cursor of the template you last edited"))
        insert.clicked.connect(lambda: self._insert_item(self.placeholders.currentItem()))
        picker_layout.addWidget(self.placeholders, 1)
        picker_layout.addWidget(self.placeholder_help)
        picker_layout.addWidget(insert)

        preview = QGroupBox(self.tr("Preview"), page)
        preview_form = QFormLayout(preview)
        self.sample_label = QLabel(preview)
        self.sample_label.setWordWrap(True)
        self.rendered_caption = QLabel(preview)
        self.rendered_caption.setObjectName("renderedCaption")
        self.rendered_caption.setFrameShape(QFrame.Shape.StyledPanel)
        self.rendered_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rendered_caption.setMinimumHeight(line * 3)
        self.rendered_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.rendered_caption.setWordWrap(True)
        self.rendered_file = QLabel(preview)
        self.rendered_content = QLabel(preview)
        for label in (self.rendered_file, self.rendered_content, self.rendered_caption):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        preview_form.addRow(self.tr("Record:"), self.sample_label)
        preview_form.addRow(self.tr("Caption:"), self.rendered_caption)
        preview_form.addRow(self.tr("File name:"), self.rendered_file)
        preview_form.addRow(self.tr("QR content:"), self.rendered_content)

        grid.addWidget(fields, 0, 0)
        grid.addWidget(picker, 0, 1, 3, 1)
        grid.addWidget(preview, 1, 0)
        grid.addWidget(options, 2, 0)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 2)

        self.bottom_text.textChanged.connect(self.refresh)
        for edit in (self.file_name, self.content, self.unknown_year, self.icon_path):
            edit.textChanged.connect(self.refresh)
        for box in (self.use_anv, self.neutralise):
            box.toggled.connect(self.refresh)
        return page

    def _make_defaults_tab(self) -> QWidget:
        self.defaults_form = ColumnDefaults(self, make_editor=create_value_editor)
        self.defaults_form.changed.connect(self.refresh)
        self.default_editors = self.defaults_form.editors
        return self.defaults_form

    # ---- state --------------------------------------------------------------------------
    def set_options(self, options: ExportOptions) -> None:
        """Show ``options`` in every field."""
        widgets = [self.bottom_text, self.file_name, self.content, self.icon_path]
        widgets += [self.use_anv, self.unknown_year, self.neutralise]
        widgets += list(self.default_editors.values())
        for w in widgets:
            w.blockSignals(True)
        try:
            self.bottom_text.setPlainText(options.value("BottomText"))
            self.file_name.setText(options.value("FileName"))
            self.content.setText(options.value("Content"))
            self.icon_path.setText(options.value("IconPath"))
            self.use_anv.setChecked(options.use_anv)
            self.unknown_year.setText(options.unknown_year)
            self.neutralise.setChecked(options.neutralise_formulas)
            for column, editor in self.default_editors.items():
                set_editor_value(editor, column, options.value(column))
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.refresh()

    def options(self) -> ExportOptions:
        values = dict(DEFAULTS)
        values["BottomText"] = self.bottom_text.toPlainText()
        values["FileName"] = self.file_name.text()
        values["Content"] = self.content.text()
        values["IconPath"] = self.icon_path.text().strip()
        for column, editor in self.default_editors.items():
            values[column] = editor_value(editor, column)
        return ExportOptions(
            values=values,
            use_anv=self.use_anv.isChecked(),
            unknown_year=self.unknown_year.text(),
            neutralise_formulas=self.neutralise.isChecked(),
        )

    def problems(self) -> list[str]:
        """Every problem with the current template, worded for people, with its position."""
        options = self.options()
        found = []
        for column, issues in options.issues(self.note_fields.values()).items():
            text = options.value(column)
            for issue in issues:
                line, col = line_and_column(text, issue.position)
                where = (
                    self.tr("%1, line %2, column %3").replace("%2", str(line))
                    if "\n" in text
                    else self.tr("%1, column %3")
                )
                where = where.replace("%1", column).replace("%3", str(col))
                found.append(f"{where}: {translated(issue.message)}")
        for column in self.default_editors:
            message = validate_cell(column, options.value(column))
            if message:
                found.append(f"{column}: {translated(message)}")
        return found

    def refresh(self) -> None:
        """Re-check the template and render the sample row."""
        options = self.options()
        problems = self.problems()
        self.messages.setText("\n".join(f"⚠ {p}" for p in problems))
        self.messages.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
        self.ok_button.setToolTip(self.tr("Fix the problems first") if problems else "")
        self._render_sample(options)
        self._check_icon(options.value("IconPath"))

    def _render_sample(self, options: ExportOptions) -> None:
        if self.sample is None:
            self.sample_label.setText(self.tr("(no record to show)"))
            for label in (self.rendered_caption, self.rendered_file, self.rendered_content):
                label.setText("")
            return
        inst = self.sample
        self.sample_label.setText(f"{inst.artist()} – {inst.title}")
        ctx = placeholder_context(
            inst,
            folder_names=self.folder_names,
            note_fields=self.note_fields,
            use_anv=options.use_anv,
            unknown_year=options.unknown_year,
            tz=self.tz,
        )
        templates = options.templates(self.note_fields.values())
        self.rendered_caption.setText(templates["BottomText"].render(ctx))
        name = safe_file_name(templates["FileName"].render(ctx), str(inst.release_id))
        self.rendered_file.setText(name + "." + options.value("FileType").lower())
        self.rendered_content.setText(templates["Content"].render(ctx))

    def _check_icon(self, path_text: str) -> None:
        path = Path(path_text).expanduser() if path_text else None
        if path is None:
            self.icon_message.setText(self.tr("No icon: the code is plain."))
        elif not path.is_absolute():
            self.icon_message.setText(
                self.tr(
                    "A relative path: QR Factory may look for it beside the CSV file. "
                    "Choose the file to store its full path."
                )
            )
        elif not path.is_file():
            self.icon_message.setText(
                self.tr("⚠ “%1” does not exist on this computer.").replace("%1", str(path))
            )
        else:
            self.icon_message.setText(self.tr("✓ The icon file exists."))

    def icon_problem(self) -> bool:
        return self.icon_message.text().startswith("⚠")

    # ---- placeholder picker -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._target = watched
        return super().eventFilter(watched, event)

    def _describe_placeholder(self, item: QListWidgetItem | None) -> None:
        self.placeholder_help.setText(item.toolTip() if item else "")

    def _insert_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.insert_placeholder(str(item.data(Qt.ItemDataRole.UserRole)))

    def insert_placeholder(self, text: str) -> None:
        """Insert ``text`` at the cursor of the template field last focused."""
        target = self._target or self.bottom_text
        if isinstance(target, QPlainTextEdit):
            target.insertPlainText(text)
        elif isinstance(target, QLineEdit):
            target.insert(text)
        target.setFocus()

    # ---- files --------------------------------------------------------------------------
    def _ask_icon_path(self) -> str:
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the icon"),
            self.icon_path.text(),
            self.tr("Images (*.svg *.png *.jpg *.jpeg *.pdf *.tif *.tiff);;All files (*)"),
        )
        return path

    def _ask_import_path(self) -> str:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Import template"), "", self.tr("Templates (*.json);;All files (*)")
        )
        return path

    def _ask_export_path(self) -> str:
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Export template"),
            "discogs-qr-template.json",
            self.tr("Templates (*.json)"),
        )
        return path

    def _show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Template"), text)

    def choose_icon(self) -> None:
        path = self._ask_icon_path()
        if path:
            self.icon_path.setText(path)

    def import_template(self) -> bool:
        path = self._ask_import_path()
        if not path:
            return False
        try:
            options = read_template_file(path)
        except ValueError as exc:
            self._show_error(
                self.tr("“%1” could not be imported: %2")
                .replace("%1", path)
                .replace("%2", str(exc))
            )
            return False
        self.set_options(options)
        return True

    def export_template(self) -> bool:
        path = self._ask_export_path()
        if not path:
            return False
        try:
            write_template_file(path, self.options())
        except OSError as exc:
            self._show_error(
                self.tr("“%1” could not be written: %2")
                .replace("%1", path)
                .replace("%2", exc.strerror or str(exc))
            )
            return False
        return True
