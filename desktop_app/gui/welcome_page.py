"""The welcome page: sign in with Discogs, use a personal access token, or explore the demo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..services.links import DEVELOPER_SETTINGS_URL
from .icons import app_icon, icon


class WelcomePage(QWidget):
    """First start: sign in, use a token, or explore the demo collection."""

    signInRequested = Signal()
    tokenRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, token_first: bool = False) -> None:
        """``token_first``: this build carries no Discogs application key, so the personal
        token (steps and a button to the Discogs page that makes one) leads."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(logo)
        title = QLabel(self.tr("Discogs QR Export"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(title)
        blurb = QLabel(
            self.tr(
                "Pick records from your Discogs collection and print a QR sticker for each: on"
                " label sheets, a label printer or as images, or as a batch file for QR Factory 3."
            ),
            self,
        )
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(blurb)
        column.addSpacing(10)
        self.sign_in_button = self._big_button(
            icon("sign-in"), self.tr("Sign in with Discogs"), self.signInRequested
        )
        self.token_button = self._big_button(
            icon("token"), self.tr("Use a personal access token"), self.tokenRequested
        )
        self.demo_button = self._big_button(
            icon("demo"), self.tr("Explore the demo collection"), self.demoRequested
        )
        self.steps: QLabel | None = None
        self.developer_button: QPushButton | None = None
        if token_first:
            column.addWidget(self.token_button)
            self.steps = QLabel(
                self.tr(
                    "<ol><li>Open the Discogs developer settings (sign in there if asked).</li>"
                    "<li>Click <b>Generate new token</b> and copy it.</li>"
                    "<li>Click <b>Use a personal access token</b> above and paste it.</li></ol>"
                ),
                self,
            )
            self.steps.setWordWrap(True)
            column.addWidget(self.steps)
            self.developer_button = QPushButton(self.tr("Open the developer settings"), self)
            self.developer_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl(DEVELOPER_SETTINGS_URL))
            )
            column.addWidget(self.developer_button)
            column.addWidget(self.sign_in_button)
            self.token_button.setDefault(True)
        else:
            column.addWidget(self.sign_in_button)
            column.addWidget(self.token_button)
            self.sign_in_button.setDefault(True)
        column.addWidget(self.demo_button)
        row = QHBoxLayout()
        row.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(460)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row.addWidget(holder, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def _big_button(self, button_icon: Any, text: str, signal: Any) -> QPushButton:
        button = QPushButton(button_icon, text, self)
        button.setIconSize(QSize(22, 22))
        button.setMinimumHeight(max(44, self.fontMetrics().height() * 2 + 8))
        button.setAccessibleName(text)
        button.clicked.connect(signal.emit)
        return button
