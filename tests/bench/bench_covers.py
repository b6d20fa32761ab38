"""Covers while scrolling: a 10,000-record folder scrolled at 60 rows a second while its covers
arrive from the fake server (in its own process, as Discogs' image servers would be), then the
folder reopened in a new window from the library and the cover cache.

Run: ``.venv/bin/python -m tests.bench.bench_covers [--runs 3] [--seconds 15]``.
Goals: longest GUI stall < 50 ms while scrolling, RSS < 400 MB, the first screen of covers from
the cache in < 0.5 s after reopening.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.discogs.auth import Credentials, TokenAuth  # noqa: E402
from desktop_app.discogs.collection import DiscogsSource  # noqa: E402
from desktop_app.discogs.gateway import Gateway  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402

SERVER_SCRIPT = """
import sys
sys.path.insert(0, sys.argv[2])
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
srv = FakeDiscogs(generated_collection({"Big": int(sys.argv[1])}, seed=5), rate_limit=100_000)
srv.enforce_rate_limit = False
srv.image_delay = float(sys.argv[3])
srv.start()
print(srv.url, srv.username, flush=True)
sys.stdin.read()
print(len(srv.image_log), srv.images_in_flight_max, flush=True)
srv.stop()
"""

ROWS_PER_SECOND = 60
STEP_MS = 50


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Ticks:
    """Gaps between the ticks of a 1 ms timer on the GUI thread: its longest stall."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self._last = 0

    def start(self) -> None:
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self._last = now


def wait(app: QApplication, condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


def shown_thumbs(window: MainWindow) -> list[str]:
    table = window.table
    first = max(0, table.rowAt(0))
    last = table.rowAt(table.viewport().height() - 1)
    last = window.proxy.rowCount() - 1 if last < 0 else last
    return [window.proxy.instance_at(r).thumb for r in range(first, last + 1)]


def screen_ready(window: MainWindow) -> bool:
    edge = window.model.cover_edge
    return all(window.covers._memory.get((t, edge)) is not None for t in shown_thumbs(window) if t)


def load(app: QApplication, source: DiscogsSource, creds: Credentials) -> tuple[MainWindow, float]:
    window = MainWindow(None)
    window.resize(1280, 800)
    window.show()
    started = time.perf_counter()
    window.account.show(source, credentials=creds)
    wait(app, lambda: window.model.rowCount() >= 10_000 and not window.loader.is_loading(), 180)
    return window, started


def one_run(app: QApplication, url: str, username: str, seconds: float, count: int) -> None:
    os.environ["DISCOGS_QR_HOME"] = tempfile.mkdtemp(prefix="bench-covers-")
    gateway = Gateway(url, auth=TokenAuth("good-token"), rate_limit=100_000)
    source = DiscogsSource(gateway, username=username)
    creds = Credentials("token", "good-token", username=username)
    window, _started = load(app, source, creds)
    rows = window.model.rowCount()
    ticks = Ticks()
    scroll = window.table.verticalScrollBar()
    per_step = ROWS_PER_SECOND * STEP_MS / 1000
    position = [0.0]

    def step() -> None:
        position[0] += per_step
        scroll.setValue(int(position[0]))

    stepper = QTimer()
    stepper.setInterval(STEP_MS)
    stepper.timeout.connect(step)
    ticks.start()
    stepper.start()
    began = time.perf_counter()
    peak = rss_mb()
    while time.perf_counter() - began < seconds:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        peak = max(peak, rss_mb())
    stepper.stop()
    ticks.stop()
    wait(app, lambda: screen_ready(window), 20)
    gaps = sorted(ticks.gaps)
    p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
    print(
        f"scroll {rows:,} rows at {ROWS_PER_SECOND}/s for {seconds:.0f} s: "
        f"{window.covers.decoded:,} covers decoded, longest GUI stall {gaps[-1]:.1f} ms "
        f"(99th pct {p99:.1f} ms; goal < 50 ms), RSS peak {peak:.0f} MB (goal < 400 MB)"
    )
    window.close()
    window.deleteLater()
    app.processEvents()

    again = MainWindow(None)
    again.resize(1280, 800)
    again.show()
    started = time.perf_counter()
    again.account.show(source, credentials=creds)
    shown_rows = wait(app, lambda: bool(shown_thumbs(again)), 30)
    rows_at = time.perf_counter() - started
    ready = shown_rows and wait(app, lambda: screen_ready(again), 10)
    took = time.perf_counter() - started
    shown = sum(1 for t in shown_thumbs(again) if t)
    print(
        f"reopen: the first screen's {shown} covers from the cache in {took * 1000:.0f} ms "
        f"after the start, {(took - rows_at) * 1000:.0f} ms after its rows were shown "
        f"({rows_at * 1000:.0f} ms: the library read){'' if ready else ' (not all arrived)'} "
        "(goal < 500 ms)"
    )
    again.close()
    again.deleteLater()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--instances", type=int, default=10_000)
    parser.add_argument("--image-delay", type=float, default=0.03, help="seconds per image")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            SERVER_SCRIPT,
            str(args.instances),
            str(ROOT),
            str(args.image_delay),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url, username = server.stdout.readline().split()
        for run in range(1, args.runs + 1):
            print(f"-- run {run}")
            one_run(app, url, username, args.seconds, args.instances)
    finally:
        if server.stdin:
            server.stdin.close()
        assert server.stdout is not None
        served = server.stdout.readline().split()
        server.wait(10)
    if served:
        print(f"image server: {int(served[0]):,} images served, at most {served[1]} at once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
