"""The welcome page: sign in with Discogs, use a personal access token, or explore the demo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .icons import app_icon, icon


class WelcomePage(QWidget):
    """First start: sign in, use a token, or explore the demo collection."""

    signInRequested = Signal()
    tokenRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
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
                "Pick records from your Discogs collection and save a batch file for QR Factory 3:"
                " one QR sticker per record."
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
        for button in (self.sign_in_button, self.token_button, self.demo_button):
            column.addWidget(button)
        self.sign_in_button.setDefault(True)
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
