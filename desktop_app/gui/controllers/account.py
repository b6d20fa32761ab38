"""The account shown: a signed-in Discogs account, the demo collection, or none.

Signing in asks the user (a dialog the window shows); this controller turns the result into a
collection source, verifies stored credentials that lack a username in a worker, and signs out
through :mod:`desktop_app.services.account`. It reports by signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ...core.errors import AppError, ErrorKind
from ...services import account
from ...services.account import Credentials
from ...services.source import CollectionSource, DemoSource, source_for
from ..workers import CallJob, JobRunner
from .jobs import JobSlot

SourceFactory = Callable[[Credentials], CollectionSource]


class AccountController(QObject):
    """Which collection is shown, and whose."""

    #: source, demo, credentials (or None), keep the checks (the same account again)
    sourceChanged = Signal(object, bool, object, bool)
    signedOut = Signal()
    aboutToChange = Signal()  # the account shown is about to change (keep its session now)
    failed = Signal(object)  # AppError
    status = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        source_factory: SourceFactory = source_for,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source_factory = source_factory
        self.source: CollectionSource | None = None
        self.demo = False
        self.credentials: Credentials | None = None
        self._verify = JobSlot(runner, self)

    # ---- what is shown ------------------------------------------------------------------
    def username(self) -> str:
        if self.demo or self.source is None:
            return ""
        if self.credentials is not None and self.credentials.username:
            return self.credentials.username
        return str(getattr(self.source, "username", "") or "")

    def signed_in(self) -> bool:
        return self.source is not None and not self.demo

    def identity_text(self) -> str:
        if self.signed_in():
            return self.tr("Signed in as %1").replace("%1", self.username())
        if self.demo:
            return self.tr("Demo collection")
        return ""

    def show(
        self,
        source: CollectionSource,
        *,
        demo: bool = False,
        credentials: Credentials | None = None,
        keep_checks: bool = False,
    ) -> None:
        """Show ``source`` (the window's starting source, or one made here)."""
        self.aboutToChange.emit()
        self.source, self.demo, self.credentials = source, demo, credentials
        self.sourceChanged.emit(source, demo, credentials, keep_checks)

    # ---- changing it --------------------------------------------------------------------
    def open_demo(self) -> None:
        try:
            source = DemoSource()
        except AppError as exc:
            self.failed.emit(exc)
            return
        self.show(source, demo=True)

    def use_credentials(self, creds: Credentials) -> None:
        """Signed in (a dialog, or verified stored credentials): show that account's collection;
        the same account again keeps the checks."""
        same = self.signed_in() and self.username() == creds.username
        try:
            source = self.source_factory(creds)
        except (ImportError, AppError) as exc:
            self.failed.emit(AppError(ErrorKind.DATA, str(exc)))
            return
        self.show(source, credentials=creds, keep_checks=same)

    def verify(self, creds: Credentials) -> None:
        """Check stored credentials without a username (e.g. DISCOGS_TOKEN) in a worker."""
        self.status.emit(self.tr("Checking the Discogs sign-in…"))
        self._verify.start(
            CallJob(lambda _token: account.verify_stored(creds)),
            succeeded=self._verified,
            failed=self._verify_failed,
        )

    def _verified(self, creds: Credentials) -> None:
        self.status.emit("")
        self.use_credentials(creds)

    def _verify_failed(self, error: AppError) -> None:
        self.status.emit("")
        self.failed.emit(error)

    def sign_out(self) -> bool:
        """Forget the saved sign-in (the caller asked the user); False when it failed."""
        try:
            account.sign_out()
        except AppError as exc:
            self.failed.emit(exc)
            return False
        self.forget()
        return True

    def forget(self) -> None:
        """Nothing shown any more (back to the welcome page)."""
        self._verify.cancel()
        self.aboutToChange.emit()
        self.source, self.demo, self.credentials = None, False, None
        self.signedOut.emit()
