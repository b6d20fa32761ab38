"""Edit → Settings…: the local library (size, clear) and the CSV file options."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.library import LibraryCache, cache_size, clear_cache
from ...services.settings import Settings

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.cache = cache
        self.cleared = False
        layout = QVBoxLayout(self)

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

        csv = QGroupBox(self.tr("CSV files"), self)
        form = QFormLayout(csv)
        self.bom_check = QCheckBox(self.tr("Start with a byte order mark (BOM)"), csv)
        self.bom_check.setChecked(settings.bom)
        self.lf_check = QCheckBox(self.tr("Unix line ends (LF instead of CRLF)"), csv)
        self.lf_check.setChecked(settings.line_end == "lf")
        form.addRow(self.bom_check)
        form.addRow(self.lf_check)
        layout.addWidget(csv)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_size()

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
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
        super().accept()
