"""The About box: name, version, what the app does, where the data comes from."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ... import APP_NAME, __version__
from ..icons import app_icon
from ..widgets import ScreenFit


class AboutDialog(ScreenFit, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(logo)
        text = QLabel(self)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setOpenExternalLinks(True)
        text.setWordWrap(True)
        text.setText(
            "<h3>{}</h3><p>{}</p><p>{}</p><p>{}</p>".format(
                APP_NAME,
                self.tr("Version %1").replace("%1", __version__),
                self.tr(
                    "Pick records from your Discogs collection and print a QR sticker for each, "
                    "linking to its Discogs page: label sheets, label printers, images, or a "
                    "batch CSV for QR Factory 3."
                ),
                self.tr(
                    'Data from <a href="https://www.discogs.com/">Discogs</a>. This app is not '
                    "affiliated with Discogs."
                ),
            )
        )
        text.setMinimumWidth(320)
        top.addWidget(text, 1)
        layout.addLayout(top)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def show_about(parent: QWidget) -> None:
    AboutDialog(parent).exec()
