"""Edit → Settings…: the window's language, the local library (size, clear), the CSV file
options and the collection field that marks printed records on Discogs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from ...services import printed
from ...services.covers import clear_cover_cache, cover_cache_size
from ...services.library import Library, LibraryCache, cache_size, clear_cache
from ...services.settings import Settings
from .. import i18n
from ..widgets import ContentScroll, ScreenFit

log = logging.getLogger(__name__)


class SettingsDialog(ScreenFit, QDialog):
    """Shows the cache size with "Clear cache", and the CSV options (BOM, LF line ends).

    CSV options are written to ``settings`` (and saved) when the dialog is accepted;
    :attr:`cleared` tells the caller that the cache was emptied.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: Settings,
        cache: LibraryCache | None = None,
        library: Library | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.cache = cache
        self.library = library
        self.cleared = False
        self.covers_cleared = False
        self.language_changed = False
        outer = QVBoxLayout(self)
        content = QWidget(self)
        layout = QVBoxLayout(content)  # the groups scroll when the screen is small
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._language_box())

        library = QGroupBox(self.tr("Local library"), self)
        row = QHBoxLayout(library)
        self.size_label = QLabel(library)
        self.size_label.setAccessibleName(self.tr("Cache size"))
        row.addWidget(self.size_label, 1)
        self.clear_button = QPushButton(self.tr("Clear cache…"), library)
        self.clear_button.setAccessibleName(self.tr("Clear cache"))
        self.clear_button.clicked.connect(self.clear_cache)
        row.addWidget(self.clear_button)
        layout.addWidget(library)
        layout.addWidget(self._covers_box())

        csv = QGroupBox(self.tr("CSV files"), self)
        form = QFormLayout(csv)
        self.bom_check = QCheckBox(self.tr("Start with a byte order mark (BOM)"), csv)
        self.bom_check.setChecked(settings.bom)
        self.lf_check = QCheckBox(self.tr("Unix line ends (LF instead of CRLF)"), csv)
        self.lf_check.setChecked(settings.line_end == "lf")
        form.addRow(self.bom_check)
        form.addRow(self.lf_check)
        layout.addWidget(csv)
        layout.addWidget(self._printed_box())
        outer.addWidget(ContentScroll(self, content), 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._update_size()

    # ---- covers -------------------------------------------------------------------------
    def _covers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Covers"), self)
        form = QFormLayout(box)
        self.covers_check = QCheckBox(self.tr("Show covers (downloaded from Discogs)"), box)
        self.covers_check.setChecked(self.settings.covers)
        self.covers_check.setToolTip(
            self.tr("Off: no cover is downloaded; the table shows text only")
        )
        form.addRow(self.covers_check)
        self.cover_cap = QSpinBox(box)
        self.cover_cap.setRange(0, 10_000)
        self.cover_cap.setSingleStep(50)
        self.cover_cap.setSuffix(" MB")
        self.cover_cap.setValue(max(0, self.settings.cover_cache_mb))
        self.cover_cap.setAccessibleName(self.tr("Cover cache limit"))
        self.cover_cap.setToolTip(
            self.tr("At most this much disk space for covers; the oldest are dropped first")
        )
        form.addRow(self.tr("Keep at most"), self.cover_cap)
        row = QHBoxLayout()
        self.cover_size_label = QLabel(box)
        self.cover_size_label.setAccessibleName(self.tr("Cover cache size"))
        row.addWidget(self.cover_size_label, 1)
        self.clear_covers_button = QPushButton(self.tr("Clear cover cache"), box)
        self.clear_covers_button.clicked.connect(self.clear_cover_cache)
        row.addWidget(self.clear_covers_button)
        form.addRow(row)
        self._update_cover_size()
        return box

    def _update_cover_size(self) -> None:
        size = QLocale().formattedDataSize(cover_cache_size())
        self.cover_size_label.setText(
            self.tr("Covers kept on this computer: %1").replace("%1", size)
        )

    def clear_cover_cache(self) -> None:
        clear_cover_cache()
        self.covers_cleared = True
        self._update_cover_size()

    # ---- the window's language ---------------------------------------------------------------
    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"), self)
        form = QFormLayout(box)
        self.language = QComboBox(box)
        self.language.setAccessibleName(self.tr("Language of the window"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("System language (%1)").replace("%1", system), "")
        for code, name in i18n.LANGUAGES.items():  # each in its own name
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.language.setToolTip(self.tr("The app starts again in the new language"))
        form.addRow(self.tr("&Language:"), self.language)
        return box

    # ---- the "printed" mark on Discogs (opt-in) --------------------------------------------
    def _printed_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("On Discogs"), self)
        form = QFormLayout(box)
        self.printed_field = QComboBox(box)
        self.printed_field.setAccessibleName(self.tr("Mark printed records in"))
        self.printed_field.setToolTip(
            self.tr(
                "After a CSV or sticker sheet is made, write e.g. “QR 2026-12-05” into this "
                "collection field of each exported record, so every computer knows it is printed"
            )
        )
        self.printed_field.addItem(self.tr("Off"), None)
        library = self.library
        chosen = printed.printed_field(library) if library is not None else None
        fields = printed.text_fields(library.note_fields()) if library is not None else {}
        for fid, name in fields.items():
            self.printed_field.addItem(name, fid)
        if chosen is not None:
            index = self.printed_field.findData(chosen[0])
            self.printed_field.setCurrentIndex(max(0, index))
        self.printed_field.setEnabled(bool(fields))
        form.addRow(self.tr("Mark printed records in"), self.printed_field)
        return box

    def _save_printed_field(self) -> None:
        if self.library is None or not self.printed_field.isEnabled():
            return
        fid = self.printed_field.currentData()
        name = self.printed_field.currentText() if fid is not None else ""
        try:
            printed.set_printed_field(self.library, fid, name)
        except Exception as exc:  # the library may be closed or damaged: keep the dialog's
            log.warning("printed field not saved: %s", exc)  # other settings

    def _update_size(self) -> None:
        if self.cache is None:
            self.size_label.setText(self.tr("No local library for this collection."))
            self.clear_button.setEnabled(False)
            return
        size = QLocale().formattedDataSize(cache_size(self.cache))
        self.size_label.setText(self.tr("Cached collection data: %1").replace("%1", size))
        self.clear_button.setEnabled(True)

    def _confirm_clear(self) -> bool:
        """Ask before clearing (a seam for tests)."""
        answer = QMessageBox.question(
            self,
            self.tr("Clear cache"),
            self.tr(
                "Delete the locally cached collection? It is read from Discogs again the next "
                "time a folder is opened. Your export history is kept."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def clear_cache(self) -> None:
        if self.cache is None or not self._confirm_clear():
            return
        clear_cache(self.cache)
        self.cleared = True
        self._update_size()

    def accept(self) -> None:
        self.settings.bom = self.bom_check.isChecked()
        self.settings.line_end = "lf" if self.lf_check.isChecked() else "crlf"
        self.settings.covers = self.covers_check.isChecked()
        self.settings.cover_cache_mb = self.cover_cap.value()
        language = str(self.language.currentData() or "")
        self.language_changed = language != self.settings.language
        self.settings.language = language
        self._save_printed_field()
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
        super().accept()
