"""The app (or a test script) run as a process of its own, on the test's isolated profile."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket

from desktop_app.gui.single_instance import LOCK_NAME, server_name
from desktop_app.store import paths

ROOT = Path(__file__).resolve().parents[2]


def env() -> dict[str, str]:
    """This test's environment (its DISCOGS_QR_HOME, offscreen Qt), with this tree first."""
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), out.get("PYTHONPATH")) if p)
    out["QT_QPA_PLATFORM"] = "offscreen"
    return out


def start(args: Sequence[str], log: Path) -> subprocess.Popen[str]:
    """``python ARGS`` in the background; stderr goes to ``log``."""
    with log.open("a", encoding="utf-8") as err:
        return subprocess.Popen(
            [sys.executable, *args],
            cwd=ROOT,
            env=env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )


def run(args: Sequence[str], log: Path, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    with log.open("a", encoding="utf-8") as err:
        return subprocess.run(
            [sys.executable, *args],
            cwd=ROOT,
            env=env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            timeout=timeout,
        )


def wait_line(proc: subprocess.Popen[str], wanted: str, timeout: float = 20) -> None:
    """Read ``proc``'s output until a line says ``wanted`` (fails when it ends first)."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.1)
        if ready:
            line = proc.stdout.readline()
            if line.strip() == wanted:
                return
            if not line and proc.poll() is not None:
                break
    raise AssertionError(f"no {wanted!r} from the process (exit {proc.poll()})")


def lock_file() -> Path:
    return paths.config_dir() / LOCK_NAME


def lock_pid() -> int:
    try:
        return int(lock_file().read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        return 0


def answers() -> bool:
    """True when a window of this profile accepts a connection."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(paths.config_dir()))
    try:
        return socket.waitForConnected(100)
    finally:
        socket.abort()


def wait_owner(proc: subprocess.Popen[str], timeout: float = 20) -> None:
    """Until ``proc`` holds the profile's lock and answers on its server."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the app ended early (exit {proc.returncode})")
        if lock_pid() == proc.pid and answers():
            return
        time.sleep(0.05)
    raise AssertionError("the app never took the profile")


class Processes:
    """The processes a test started; :meth:`close` kills what is left (a fixture's teardown)."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.started: list[subprocess.Popen[str]] = []

    def app(self) -> subprocess.Popen[str]:
        """``python -m desktop_app --demo``."""
        return self.start(["-m", "desktop_app", "--demo"])

    def start(self, args: Sequence[str]) -> subprocess.Popen[str]:
        proc = start(args, self.log)
        self.started.append(proc)
        return proc

    def close(self) -> None:
        for proc in self.started:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
            if proc.stdout is not None:
                proc.stdout.close()


@contextmanager
def processes(log: Path) -> Iterator[Processes]:
    """Processes that are gone afterwards, whatever happens."""
    procs = Processes(log)
    try:
        yield procs
    finally:
        procs.close()
