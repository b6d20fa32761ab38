"""Uncaught exceptions in the GUI thread, a Qt slot or a worker thread show the crash dialog."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import logs
from desktop_app.core.redact import forget_secrets, register_secret
from desktop_app.gui import crash

TOKEN = "personalTOKEN123456"


@pytest.fixture
def handler(qapp: QApplication, isolated_home: Path) -> Iterator[crash.CrashHandler]:
    logs.shutdown_logging()
    previous_thread = threading.excepthook
    h = crash.CrashHandler()
    h.install()
    try:
        yield h
    finally:
        h.uninstall()
        threading.excepthook = previous_thread
        if h.dialog is not None:
            h.dialog.close()
            h.dialog.deleteLater()
        logs.shutdown_logging()
        forget_secrets()


def fail(message: str = f"worker broke with token={TOKEN}") -> None:
    raise ValueError(message)


def test_gui_thread_exception_shows_a_dialog_with_a_redacted_report(
    qtbot: Any, handler: crash.CrashHandler, isolated_home: Path
) -> None:
    try:
        fail()
    except ValueError:
        sys.excepthook(*sys.exc_info())  # what Python does with an uncaught exception
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    assert dialog is not None
    text = dialog.report.toPlainText()
    assert "ValueError: worker broke" in text and "Where: the main thread" in text
    assert TOKEN not in text
    dialog.copy_report()
    assert QGuiApplication.clipboard().text() == text
    (saved,) = (isolated_home / "log").glob("crash-*.txt")
    assert TOKEN not in saved.read_text("utf-8")
    assert QApplication.instance() is not None  # the app goes on


def test_worker_thread_exception_reaches_the_gui_thread(
    qtbot: Any, handler: crash.CrashHandler
) -> None:
    register_secret(TOKEN)
    worker = threading.Thread(target=fail, args=(f"raw {TOKEN}",), name="LoaderWorker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    assert handler.dialog is not None
    text = handler.dialog.report.toPlainText()
    assert "Where: thread LoaderWorker" in text and TOKEN not in text


class Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_qt_slot_is_reported_and_the_loop_goes_on(
    qtbot: Any, handler: crash.CrashHandler
) -> None:
    emitter = Emitter()
    emitter.fire.connect(lambda: fail("slot failed"))
    emitter.fire.emit()
    qtbot.waitUntil(lambda: len(handler.reports) == 1)
    assert "ValueError: slot failed" in handler.reports[0]
    emitter.fire.emit()  # still connected, still running: a second crash is counted
    qtbot.waitUntil(lambda: len(handler.reports) == 2)
    assert handler.dialog is not None and handler.dialog.count == 2
    assert "2 errors" in handler.dialog.more.text()


def test_keyboard_interrupt_goes_to_the_previous_hook(handler: crash.CrashHandler) -> None:
    calls: list[type[BaseException]] = []
    handler._previous_sys = lambda t, e, tb: calls.append(t)
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert calls == [KeyboardInterrupt] and handler.reports == []


def test_install_is_a_child_of_the_app(qapp: QApplication, isolated_home: Path) -> None:
    previous_sys, previous_thread = sys.excepthook, threading.excepthook
    try:
        installed = crash.install(qapp)
        assert installed.parent() is qapp
        assert sys.excepthook == installed._sys_hook
        assert (isolated_home / "log").is_dir()
    finally:
        sys.excepthook, threading.excepthook = previous_sys, previous_thread
        installed.setParent(None)
        installed.deleteLater()
        logs.shutdown_logging()


def test_main_installs_the_crash_handler_and_the_log_file(
    qapp: QApplication, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop_app.gui import app as app_module

    previous_sys, previous_thread = sys.excepthook, threading.excepthook
    shown: list[QWidget] = []

    def window(**_: object) -> QWidget:
        widget = QWidget()
        shown.append(widget)
        return widget

    monkeypatch.setattr(app_module, "initial_window", window)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    try:
        assert app_module.main([]) == 0
        assert sys.excepthook != previous_sys and threading.excepthook != previous_thread
        handlers = [c for c in qapp.children() if isinstance(c, crash.CrashHandler)]
        assert handlers and sys.excepthook == handlers[-1]._sys_hook
        assert (isolated_home / "log").is_dir()
    finally:
        sys.excepthook, threading.excepthook = previous_sys, previous_thread
        for handler in [c for c in qapp.children() if isinstance(c, crash.CrashHandler)]:
            handler.setParent(None)
            handler.deleteLater()
        for widget in shown:
            widget.close()
            widget.deleteLater()
        logs.shutdown_logging()
