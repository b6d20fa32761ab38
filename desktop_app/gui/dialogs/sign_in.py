"""Sign in to Discogs: OAuth in the browser (loopback callback or pasted code), or a personal
access token. Every network step runs in a worker thread; the dialog never blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.cancel import CancelToken
from ...core.errors import AppError, ErrorKind
from ...services import account
from ...services.account import DEVELOPER_SETTINGS_URL, Credentials, OAuthFlow, SecretStore
from ..i18n import error_text
from ..widgets import ContentScroll, ScreenFit
from ..workers import CallJob, Job, JobRunner

CALLBACK_TIMEOUT = account.CALLBACK_TIMEOUT


class SignInDialog(ScreenFit, QDialog):
    """Result: :attr:`credentials` (verified, with username) saved in :attr:`store`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        mode: str = "oauth",
        flow_factory: Callable[[str, str], OAuthFlow] = account.new_oauth_flow,
        token_check: Callable[[str], Credentials] = account.sign_in_with_token,
        open_browser: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Discogs"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(600)
        self.credentials: Credentials | None = None
        self.store: SecretStore | None = None
        self._flow_factory = flow_factory
        self._token_check = token_check
        self._open_browser = open_browser or (lambda url: QDesktopServices.openUrl(QUrl(url)))
        self._flow: OAuthFlow | None = None
        self._jobs: dict[str, Job] = {}
        self._callbacks: dict[int, Callable[[Any], None]] = {}  # job id → what to do with it
        self.runner = JobRunner(self)

        layout = QVBoxLayout(self)
        body = QWidget(self)  # scrolls when the screen is too small for it
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sign-in method"))
        self.tabs.addTab(self._oauth_page(), self.tr("Sign in with Discogs"))
        self.tabs.addTab(self._token_page(), self.tr("Personal access token"))
        self.tabs.setCurrentIndex(1 if mode == "token" else 0)
        body_layout.addWidget(self.tabs)

        self.storage_box = self._storage_box()
        body_layout.addWidget(self.storage_box)
        layout.addWidget(ContentScroll(self, body), 1)

        status_row = QHBoxLayout()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        status_row.addWidget(self.busy)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sign-in status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row.addWidget(self.status, 1)
        layout.addLayout(status_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # ---- pages --------------------------------------------------------------------------
    def _oauth_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        builtin = account.has_builtin_consumer()
        if builtin:
            text = self.tr(
                "Discogs opens in the browser and asks you to allow access; this window then "
                "continues by itself."
            )
        else:
            text = self.tr(
                "Discogs asks each desktop app for its own key. Register an application at "
                '<a href="%1">Discogs → Settings → Developers</a> (any name; the callback URL can '
                "stay empty), then copy its consumer key and secret here."
            ).replace("%1", DEVELOPER_SETTINGS_URL)
        layout.addWidget(_intro_label(text, page))
        self.key_box = QGroupBox(self.tr("Your own application key"), page)
        self.key_box.setCheckable(builtin)  # optional when the build carries a key
        form = QFormLayout(self.key_box)
        consumer = account.user_consumer() or ("", "")
        self.key_box.setChecked(not builtin or bool(consumer[0]))
        self.key_edit = QLineEdit(consumer[0], self.key_box)
        self.key_edit.setAccessibleName(self.tr("Consumer key"))
        self.secret_edit = QLineEdit(consumer[1], self.key_box)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Consumer secret"))
        form.addRow(self.tr("Consumer &key:"), self.key_edit)
        form.addRow(self.tr("Consumer &secret:"), self.secret_edit)
        layout.addWidget(self.key_box)

        self.open_button = QPushButton(self.tr("&Open Discogs in the browser"), page)
        self.open_button.setAccessibleName(self.tr("Open Discogs in the browser"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.start_oauth)
        layout.addWidget(self.open_button)

        self.url_row = QWidget(page)
        url_layout = QHBoxLayout(self.url_row)
        url_layout.setContentsMargins(0, 0, 0, 0)
        self.url_edit = QLineEdit(self.url_row)
        self.url_edit.setReadOnly(True)
        self.url_edit.setAccessibleName(self.tr("Address to open in a browser"))
        url_layout.addWidget(self.url_edit, 1)
        self.copy_button = QPushButton(self.tr("&Copy"), self.url_row)
        self.copy_button.setAccessibleName(self.tr("Copy the address"))
        self.copy_button.clicked.connect(self._copy_url)
        url_layout.addWidget(self.copy_button)
        self.url_row.hide()
        layout.addWidget(self.url_row)

        self.paste_row = QWidget(page)
        paste_layout = QHBoxLayout(self.paste_row)
        paste_layout.setContentsMargins(0, 0, 0, 0)
        self.code_edit = QLineEdit(self.paste_row)
        self.code_edit.setPlaceholderText(
            self.tr("If the browser cannot come back here, paste the code or address")
        )
        self.code_edit.setAccessibleName(self.tr("Code from Discogs"))
        self.code_edit.returnPressed.connect(self.submit_code)
        paste_layout.addWidget(self.code_edit, 1)
        self.code_button = QPushButton(self.tr("C&ontinue"), self.paste_row)
        self.code_button.setAccessibleName(self.tr("Continue with the pasted code"))
        self.code_button.clicked.connect(self.submit_code)
        paste_layout.addWidget(self.code_button)
        self.paste_row.hide()
        layout.addWidget(self.paste_row)
        layout.addStretch(1)
        return page

    def _token_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = _intro_label(
            self.tr(
                '<ol><li>Open <a href="%1">Discogs → Settings → Developers</a> (sign in to '
                "Discogs there if asked).</li><li>Click <b>Generate new token</b>.</li>"
                "<li>Copy the token, paste it below and click <b>Sign in</b>.</li></ol>"
                "The token gives this app access to your collection until you revoke it there."
            ).replace("%1", DEVELOPER_SETTINGS_URL),
            page,
        )
        layout.addWidget(intro)
        self.developer_button = QPushButton(self.tr("Open the &developer settings"), page)
        self.developer_button.setAccessibleName(self.tr("Open the Discogs developer settings"))
        self.developer_button.clicked.connect(lambda: self._open_browser(DEVELOPER_SETTINGS_URL))
        layout.addWidget(self.developer_button)
        row = QHBoxLayout()
        self.token_edit = QLineEdit(page)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("Personal access token"))
        self.token_edit.setAccessibleName(self.tr("Personal access token"))
        self.token_edit.returnPressed.connect(self.submit_token)
        row.addWidget(self.token_edit, 1)
        self.token_button = QPushButton(self.tr("&Sign in"), page)
        self.token_button.setAccessibleName(self.tr("Sign in with the token"))
        self.token_button.clicked.connect(self.submit_token)
        row.addWidget(self.token_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _storage_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where to keep the sign-in"), self)
        layout = QVBoxLayout(box)
        self.session_radio = QRadioButton(
            self.tr("For this session only (sign in again next time)")
        )
        self.file_radio = QRadioButton(
            self.tr("In an UNENCRYPTED file on this computer, readable by your user account:")
        )
        path = account.unencrypted_file_path()
        path_label = QLabel(str(path), box)
        path_label.setWordWrap(True)
        path_label.setIndent(24)
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.session_radio.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.session_radio)
        group.addButton(self.file_radio)
        note = QLabel(self.tr("No secure keyring is available on this computer."), box)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.session_radio)
        layout.addWidget(self.file_radio)
        layout.addWidget(path_label)
        self.file_radio.setToolTip(path.as_posix())
        box.setVisible(not account.keyring_available())
        return box

    def chosen_store(self) -> SecretStore:
        if account.keyring_available():
            return SecretStore("keyring")
        return SecretStore("file" if self.file_radio.isChecked() else "session")

    # ---- OAuth --------------------------------------------------------------------------
    @Slot()
    def start_oauth(self) -> None:
        key, secret = self.key_edit.text().strip(), self.secret_edit.text().strip()
        own_key = not self.key_box.isCheckable() or self.key_box.isChecked()
        if not own_key:
            key = secret = ""  # the build's own key
        elif not key or not secret:
            self._show_status(self.tr("Enter the consumer key and secret first."), error=True)
            return
        self._stop_flow()
        try:
            flow = self._flow_factory(key, secret)
        except AppError as exc:
            self._show_status(error_text(exc), error=True)
            return
        self._flow = flow
        self._run("start", lambda _t: account.start_oauth(flow), self._oauth_started)
        self._show_status(self.tr("Asking Discogs for a sign-in address…"), busy=True)

    def _oauth_started(self, url: str) -> None:
        flow = self._flow
        if flow is None:
            return
        self.url_edit.setText(url)
        self.url_edit.setCursorPosition(0)
        self.url_row.show()
        self.paste_row.show()
        self._open_browser(url)
        if flow.uses_loopback:
            self._show_status(
                self.tr("Allow access in the browser; this window continues by itself."),
                busy=True,
            )

            def wait(token: CancelToken) -> Credentials:
                return account.wait_for_browser(flow, token, CALLBACK_TIMEOUT)

            self._run("callback", wait, self._signed_in)
        else:
            self._show_status(self.tr("Allow access in the browser, then paste the code here."))
            self.code_edit.setFocus()

    @Slot()
    def submit_code(self) -> None:
        flow = self._flow
        if flow is None:
            return
        text = self.code_edit.text()
        try:
            account.check_code(flow, text)
        except AppError as exc:
            self._show_status(error_text(exc), error=True)
            return
        callback = self._jobs.pop("callback", None)
        if callback is not None:
            callback.cancel()
        self._run(
            "code", lambda token: account.complete_with_code(flow, text, token), self._signed_in
        )
        self._show_status(self.tr("Checking the code…"), busy=True)

    def _copy_url(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.url_edit.text())
        self._show_status(self.tr("Address copied."))

    # ---- token --------------------------------------------------------------------------
    @Slot()
    def submit_token(self) -> None:
        token = self.token_edit.text().strip()
        if not token:
            self._show_status(self.tr("Paste a personal access token first."), error=True)
            return
        check = self._token_check
        self._run("token", lambda _t: check(token), self._signed_in)
        self._show_status(self.tr("Checking the token with Discogs…"), busy=True)

    # ---- common -------------------------------------------------------------------------
    def _run(self, name: str, work: Callable[[CancelToken], Any], done: Callable[[Any], None]):
        old = self._jobs.pop(name, None)
        if old is not None:
            old.cancel()
        job = CallJob(work)
        self._jobs[name] = job
        job.succeeded.connect(self._job_succeeded)
        job.failed.connect(self._job_failed)
        job.setProperty("step", name)
        self._callbacks[job.id] = done
        self.runner.start(job)
        return job

    @Slot(int, object)
    def _job_succeeded(self, job_id: int, result: Any) -> None:
        done = self._callbacks.pop(job_id, None)
        if done is None or not any(j.id == job_id for j in self._jobs.values()):
            return
        self._jobs = {k: j for k, j in self._jobs.items() if j.id != job_id}
        self.busy.hide()
        done(result)

    @Slot(int, object)
    def _job_failed(self, job_id: int, error: AppError) -> None:
        self._callbacks.pop(job_id, None)
        if not any(j.id == job_id for j in self._jobs.values()):
            return
        self._jobs = {k: j for k, j in self._jobs.items() if j.id != job_id}
        if error.kind == ErrorKind.CANCELLED:
            return
        self._show_status(error_text(error), error=True)

    def _signed_in(self, creds: Credentials) -> None:
        store = self.chosen_store()
        try:
            account.finish_sign_in(creds, store)
        except AppError as exc:
            self._show_status(error_text(exc), error=True)
            return
        self.credentials = creds
        self.store = store
        self._show_status(self.tr("Signed in as %1.").replace("%1", creds.username))
        self.accept()

    def _show_status(self, text: str, *, busy: bool = False, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        self.busy.setVisible(busy)
        font = self.status.font()
        font.setBold(error)
        self.status.setFont(font)

    def status_text(self) -> str:
        return self.status.text()

    def _stop_flow(self) -> None:
        for job in self._jobs.values():
            job.cancel()
        self._jobs.clear()
        if self._flow is not None:
            self._flow.cancel()
            self._flow = None

    def done(self, result: int) -> None:
        self._stop_flow()
        self.runner.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_flow()
        self.runner.shutdown()
        super().closeEvent(event)


def _intro_label(text: str, parent: QWidget) -> QLabel:
    """A page's wrapped rich-text introduction with working links."""
    intro = QLabel(text, parent)
    intro.setWordWrap(True)
    intro.setOpenExternalLinks(True)
    intro.setTextFormat(Qt.TextFormat.RichText)
    intro.setMinimumHeight(intro.fontMetrics().lineSpacing() * 4)  # wrapped text, 3-4 lines
    return intro
