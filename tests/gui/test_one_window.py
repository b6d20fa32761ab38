"""One window per profile: a second start hands over to the running window; a lock left by a
copy that crashed is taken over; the command line runs beside the window."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSysInfo, Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QWidget

from desktop_app.gui.single_instance import RAISE, Claim, SingleInstance, server_name
from tests.gui.processes import (
    Processes,
    lock_file,
    lock_pid,
    processes,
    run,
    wait_line,
    wait_owner,
)

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="signals of a POSIX system")
SECOND_START = "Discogs QR Export is already open; its window was brought to the front."


@pytest.fixture
def procs(tmp_path: Path) -> Iterator[Processes]:
    with processes(tmp_path / "stderr.txt") as started:
        yield started


@unix_only
def test_a_second_start_brings_the_first_window_to_the_front_and_exits(procs, tmp_path):
    first = procs.app()
    wait_owner(first)
    second = run(["-m", "desktop_app", "--demo"], procs.log, timeout=15)
    assert second.returncode == 0
    assert second.stdout.strip() == SECOND_START  # said once the first window answered
    assert first.poll() is None and lock_pid() == first.pid
    # The command line takes no lock: it runs beside the window.
    cli = run(["-m", "desktop_app", "folders", "--demo"], procs.log, timeout=15)
    assert cli.returncode == 0 and cli.stdout.strip()
    first.send_signal(signal.SIGTERM)
    assert first.wait(timeout=10) == 0
    assert not lock_file().exists()


@unix_only
def test_a_lock_left_by_a_killed_copy_is_taken_over(procs):
    crashed = procs.app()
    wait_owner(crashed)
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(timeout=10)
    assert lock_file().exists() and lock_pid() == crashed.pid  # left behind
    again = procs.app()
    wait_owner(again)  # took the stale lock (and the crashed copy's socket name)
    second = run(["-m", "desktop_app", "--demo"], procs.log, timeout=15)
    assert (second.returncode, second.stdout.strip()) == (0, SECOND_START)
    assert again.poll() is None
    again.send_signal(signal.SIGTERM)
    assert again.wait(timeout=10) == 0


def test_the_server_name_is_per_profile_and_short(tmp_path):
    names = {server_name(tmp_path / f"profile-{i}" / ("x" * 120)) for i in range(3)}
    assert len(names) == 3
    assert all(len(name) <= 32 for name in names)  # macOS socket paths hold 104 bytes
    assert server_name(tmp_path / "a" / ".." / "b") == server_name(tmp_path / "b")


def test_a_raise_message_unminimises_and_raises_the_window(qtbot, tmp_path):
    instance = SingleInstance(tmp_path)
    assert instance.claim() is Claim.OWNED
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowMinimized))
    instance.set_window(window)
    client = QLocalSocket()
    client.connectToServer(instance.name)
    assert client.waitForConnected(1000)
    client.write(RAISE)
    try:
        qtbot.waitUntil(lambda: instance.raised == 1, timeout=3000)
        qtbot.waitUntil(lambda: client.bytesAvailable() > 0, timeout=3000)
        assert bytes(client.readAll().data()) == b"raised\n"
        assert not window.windowState() & Qt.WindowState.WindowMinimized
        assert window.isVisible()
    finally:
        client.abort()
        instance.release()
    assert not (tmp_path / "window.lock").exists()


def test_a_raise_before_the_window_exists_waits_for_it(qtbot, tmp_path):
    instance = SingleInstance(tmp_path)
    assert instance.claim() is Claim.OWNED
    client = QLocalSocket()
    client.connectToServer(instance.name)
    assert client.waitForConnected(1000)
    client.write(RAISE)
    try:
        qtbot.waitUntil(lambda: client.bytesAvailable() > 0, timeout=3000)
        assert instance.raised == 0
        window = QWidget()
        qtbot.addWidget(window)
        instance.set_window(window)
        assert instance.raised == 1 and window.isVisible()
    finally:
        client.abort()
        instance.release()


@unix_only
def test_a_live_copy_that_does_not_answer_keeps_its_lock(procs, tmp_path):
    holder = procs.start(
        [
            "-c",
            "import sys, time; from PySide6.QtCore import QLockFile; "
            f"lock = QLockFile({str(tmp_path / 'window.lock')!r}); "
            "print('locked' if lock.tryLock(0) else 'busy', flush=True); time.sleep(60)",
        ]
    )
    wait_line(holder, "locked")
    instance = SingleInstance(tmp_path)
    assert instance.claim(connect_seconds=0.3) is Claim.NO_ANSWER
    assert instance.holder_pid() == holder.pid
    assert (tmp_path / "window.lock").exists()  # a live owner's lock is never removed


def test_a_lock_whose_process_id_was_reused_is_taken_over(tmp_path):
    # A crashed copy's lock naming a process id that is now another live process of the same
    # name (here: this one): not stale by its id, yet nothing holds the file any more.
    host = QSysInfo.machineHostName()
    app = Path(sys.executable).resolve().name
    (tmp_path / "window.lock").write_text(f"{os.getpid()}\n{app}\n{host}\n", encoding="utf-8")
    assert not QLockFile(str(tmp_path / "window.lock")).tryLock(0)
    instance = SingleInstance(tmp_path)
    try:
        assert instance.claim(connect_seconds=0.3) is Claim.OWNED
        assert instance.lock.isLocked()
    finally:
        instance.release()
