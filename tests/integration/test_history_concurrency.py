"""Command-line runs at the same time on one profile: every export stays in the history."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.services.history import history_for

ROOT = Path(__file__).resolve().parents[2]

#: Each run is made ready (Python started, the app imported) and then waits for the gate, so
#: the runs read and write the history at the same moment.
GATED = (
    "import os, sys, time\n"
    "from pathlib import Path\n"
    "from desktop_app.__main__ import main\n"
    "import desktop_app.cli.export, desktop_app.cli.stickers, desktop_app.services.history\n"
    "gate = Path(sys.argv[1])\n"
    "gate.with_name(f'ready-{os.getpid()}').touch()\n"
    "while not gate.exists():\n"
    "    time.sleep(0.002)\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


def _start(gate: Path, args: list[str], cwd: Path) -> subprocess.Popen[str]:
    env = dict(os.environ)  # the test's own profile (DISCOGS_QR_HOME from conftest)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.Popen(
        [sys.executable, "-c", GATED, str(gate), *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_parallel_exports_and_a_stickers_run_each_keep_their_entry(tmp_path: Path) -> None:
    history = history_for(None, demo=True)
    history.record([1, 2, 3], "earlier.csv")  # a history the runs all read before writing
    gate = tmp_path / "go"
    runs = [
        ["export", "--demo", "--folder", folder, "-o", f"{n}.csv"]
        for n, folder in enumerate(["Jazz", "Rock & Pop", "Electronic", "0", "Box Sets", "0"])
    ]
    runs.append(["stickers", "--demo", "--folder", "Box Sets", "-o", "sheet.pdf"])
    procs = [_start(gate, args, tmp_path) for args in runs]
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("ready-*"))) < len(runs) and time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            break  # one ended early: its error is reported below
        time.sleep(0.02)
    gate.touch()
    results = [(p.wait(timeout=60), p.communicate()[1]) for p in procs]
    assert [code for code, _ in results] == [0] * len(runs), results
    entries = history.entries()
    assert len(entries) == 1 + len(runs)
    names = sorted(Path(e.path).name for e in entries)
    assert names == sorted(["earlier.csv", "sheet.pdf", *(f"{n}.csv" for n in range(6))])
    assert {e.kind for e in entries if e.path != "earlier.csv"} == {"csv", "pdf"}
