"""What keeping the work costs: one periodic save, a second start's hand-over, a SIGTERM's end.

    .venv/bin/python -m tests.bench.bench_autosave [--records 3000]

The window on the loopback fake Discogs with ``--records`` records, all ticked and previewed,
one cell edited: the time of the save made after a change (window state, session with the
ticks, the preview draft), in the GUI thread. Then the app as a process of its own: how long a
second start takes to hand over and exit, and how long the app takes to end after SIGTERM.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="bench-autosave-")
os.environ["DISCOGS_QR_HOME"] = _HOME
os.environ["DISCOGS_API_URL"] = "http://127.0.0.1:9"
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)

import subprocess  # noqa: E402

from PySide6.QtNetwork import QLocalSocket  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.discogs.auth import Credentials, TokenAuth  # noqa: E402
from desktop_app.discogs.collection import DiscogsSource  # noqa: E402
from desktop_app.discogs.gateway import Gateway  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402
from desktop_app.gui.single_instance import server_name  # noqa: E402
from desktop_app.store import paths  # noqa: E402
from tests.fakes.dataset import generated_collection  # noqa: E402
from tests.fakes.server import FakeDiscogs  # noqa: E402

APP = [sys.executable, "-m", "desktop_app", "--demo"]


def ms(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def wait(app: QApplication, until: Callable[[], bool], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.005)


def idle(window: MainWindow) -> bool:
    return not window.loader.is_loading() and not window.loader.is_refreshing()


def window_saves(records: int) -> None:
    app = QApplication.instance() or QApplication([])
    with FakeDiscogs(
        generated_collection({"Main": records}, username="collector"), rate_limit=100_000
    ) as srv:
        gateway = Gateway(srv.url, auth=TokenAuth("good-token"), rate_limit=100_000)
        source = DiscogsSource(gateway, username="collector")
        creds = Credentials("token", "good-token", username="collector")
        window = MainWindow(source, credentials=creds)
        window.show()
        wait(app, lambda: window.model.total_count() == records and idle(window))
        window.model.set_checked([r.iid for r in window.model.all_rows()], True)
        window.open_preview()
        wait(app, lambda: window.preview.panel is not None and window.preview.panel.row_count())
        window.preview.panel.model.edit_cell(0, "BottomText", "edited")
        print(f"{records} records ticked, {window.preview.panel.row_count()} preview rows")
        print(f"  window state        {ms(window.save_state):7.1f} ms")
        print(f"  session (ticks)     {ms(lambda: window.save_session(draft=False)):7.1f} ms")
        print(f"  session and draft   {ms(window.save_session):7.1f} ms")
        print(f"  the draft alone     {ms(window.preview.draft):7.1f} ms (rows to JSON-ready)")
        window.close()


def answers() -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(paths.config_dir()))
    try:
        return socket.waitForConnected(100)
    finally:
        socket.abort()


def processes_figures() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    quiet = {"cwd": ROOT, "env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    first = subprocess.Popen(APP, **quiet)  # type: ignore[call-overload]
    try:
        started = time.perf_counter()
        while not answers():
            time.sleep(0.02)
        print(f"app start until it holds the profile   {time.perf_counter() - started:5.2f} s")
        for when in ("while the first starts", "to a running window"):
            started = time.perf_counter()
            code = subprocess.run(APP, timeout=60, **quiet).returncode  # type: ignore[call-overload]
            took = time.perf_counter() - started
            print(f"second start {when}: exit {code}  {took:5.2f} s")
            time.sleep(1.0)
        started = time.perf_counter()
        first.send_signal(signal.SIGTERM)
        code = first.wait(timeout=30)
        print(f"SIGTERM until the app ended (exit {code})   {time.perf_counter() - started:5.2f} s")
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=3000)
    args = parser.parse_args()
    window_saves(args.records)
    processes_figures()


if __name__ == "__main__":
    main()
