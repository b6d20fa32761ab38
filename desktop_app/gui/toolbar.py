"""The main toolbar: Refresh on the left, who is signed in and the account button on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from .actions import Actions
from .icons import icon


class MainToolbar(QToolBar):
    """Refresh, then (right-aligned) the identity and a Sign in… / Sign out button."""

    accountClicked = Signal()

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Main toolbar"), parent)
        self.setObjectName("mainToolbar")
        self.setMovable(False)
        self.setIconSize(QSize(20, 20))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAccessibleName(self.tr("Main toolbar"))
        self.addAction(actions.refresh)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.identity_label = QLabel(self)
        self.identity_label.setAccessibleName(self.tr("Account"))
        self.identity_label.setContentsMargins(0, 0, 8, 0)
        self.addWidget(self.identity_label)
        self.account_button = QToolButton(self)
        self.account_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.account_button.clicked.connect(self.accountClicked)
        self.addWidget(self.account_button)

    def set_identity(self, text: str, signed_in: bool) -> None:
        """Who is shown; the button signs out a signed-in account, else offers to sign in."""
        self.identity_label.setText(text)
        self.account_button.setText(self.tr("Sign out") if signed_in else self.tr("Sign in…"))
        self.account_button.setIcon(icon("sign-out" if signed_in else "sign-in"))
        self.account_button.setAccessibleName(self.account_button.text())
