"""The GUI entry point: QApplication, icon, palette that follows the system, main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, __version__
from ..core.errors import AppError

log = logging.getLogger(__name__)
ORGANIZATION = "Discogs QR Export"


def create_application(
    argv: Sequence[str] | None = None, *, language: str | None = None
) -> QApplication:
    """The QApplication (reused when one exists), named and iconed, in ``language`` (else the
    saved or the system's); palette left to the system."""
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    from .icons import app_icon

    app.setWindowIcon(app_icon())
    _install_translations(app, language)
    return app


def _install_translations(app: QApplication, requested: str | None) -> None:
    """The app's and Qt's own strings (dialog buttons…) in the chosen language."""
    from ..services.settings import Settings
    from . import i18n

    i18n.install(i18n.choose(requested, Settings.load().language), app)


def initial_window(*, demo: bool = False):  # type: ignore[no-untyped-def]
    """The main window on the demo, the stored account's collection, or the welcome page."""
    from ..services.source import source_for
    from .main_window import MainWindow

    if demo:
        from ..services.source import DemoSource

        return MainWindow(DemoSource(), demo=True)
    creds = None
    try:
        from ..services import account

        creds = account.stored_credentials()
    except (ImportError, AppError) as exc:
        log.warning("stored sign-in unavailable: %s", exc)
    if creds is not None and creds.username:
        try:
            return MainWindow(source_for(creds), credentials=creds)
        except (ImportError, AppError) as exc:
            log.warning("cannot open the stored account: %s", exc)
    if creds is not None:  # a token without a known username: verify it on the welcome page
        window = MainWindow()
        window.account.verify(creds)
        return window
    return demo_window()


def demo_window():  # type: ignore[no-untyped-def]
    """No account: the demo collection, with a dismissable invitation to sign in."""
    from ..services.source import DemoSource
    from .main_window import MainWindow

    try:
        window = MainWindow(DemoSource(), demo=True)
    except AppError as exc:  # no demo in this build: the welcome page
        log.warning("demo collection unavailable: %s", exc)
        return MainWindow()
    window.invite_sign_in()
    return window


def main(argv: Sequence[str] | None = None, *, demo: bool = False) -> int:
    """Run the app; ``--demo`` (or ``demo=True``) opens the bundled demo collection.

    One window per profile: when another copy has it, that window comes to the front and this
    start ends (0). SIGTERM, SIGHUP and the session manager end the app as Quit does."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--demo" in args:
        demo = True
        args.remove("--demo")
    from .i18n import split_lang_argument

    language, args = split_lang_argument(args)
    app = create_application([sys.argv[0] if sys.argv else APP_ID, *args], language=language)
    from . import crash
    from .single_instance import Claim, SingleInstance

    crash.install(app)  # log file; uncaught exceptions in any thread → a dialog, app goes on
    instance = SingleInstance(parent=app)
    claim = instance.claim()
    if claim is Claim.HANDED_OVER:
        print(
            QCoreApplication.translate(
                "app", "Discogs QR Export is already open; its window was brought to the front."
            )
        )
        return 0
    if claim is Claim.NO_ANSWER:
        print(
            QCoreApplication.translate(
                "app",
                "Discogs QR Export is already open (process %1) but does not answer. "
                "Close it, or end that process, and start again.",
            ).replace("%1", str(instance.holder_pid())),
            file=sys.stderr,
        )
        return 1
    try:
        window = initial_window(demo=demo)
        instance.set_window(window)
        window.show()
        code = run_window(app, window)
    finally:
        instance.release()  # (before a restart: the new start takes the lock)
    if getattr(window, "restart_requested", False):
        restart(demo=window.account.demo, qt_args=args)
    return code


def run_window(app: QApplication, window) -> int:  # type: ignore[no-untyped-def]
    """The event loop of ``window``, ended by Quit, SIGTERM, SIGHUP or the session manager."""
    from . import session_end

    ending = session_end.install(
        app, lambda: session_end.quit_like_quit(window), save=getattr(window, "save_now", None)
    )
    try:
        return int(app.exec())
    finally:
        ending.uninstall()


def restart_command(*, demo: bool, qt_args: Sequence[str] = ()) -> tuple[str, list[str]]:
    """The program and arguments that start this app again (a bundle, or ``python -m``)."""
    if getattr(sys, "frozen", False):
        program, arguments = sys.executable, []
    else:
        program, arguments = sys.executable, ["-m", "desktop_app"]
    return program, [*arguments, *(["--demo"] if demo else []), *qt_args]


def restart(*, demo: bool, qt_args: Sequence[str] = ()) -> bool:
    """Start the app again (a new language is read at start); the window has saved its state,
    session and draft as it closed. ``--lang`` is left out: the saved choice applies."""
    from PySide6.QtCore import QProcess

    program, arguments = restart_command(demo=demo, qt_args=qt_args)
    started = QProcess.startDetached(program, arguments)
    ok = bool(started[0] if isinstance(started, tuple) else started)
    if not ok:
        log.warning("the app could not start again (%s %s)", program, arguments)
    return ok


if __name__ == "__main__":
    raise SystemExit(main())
