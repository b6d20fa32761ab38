"""``python -m desktop_app`` as a real process against the loopback fake Discogs server."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def srv() -> Iterator[FakeDiscogs]:
    with FakeDiscogs(generated_collection({"Crate": 250, "Other": 20})) as server:
        yield server


@pytest.fixture
def work(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def env_for(srv: FakeDiscogs, token: str = "good-token") -> dict[str, str]:
    env = dict(os.environ)  # keeps the isolated DISCOGS_QR_HOME from conftest
    env.update(
        DISCOGS_API_URL=srv.url,
        DISCOGS_TOKEN=token,
        DISCOGS_QR_BACKOFF_BASE="0.01",
        PYTHONPATH=str(ROOT),
    )
    env.pop("QT_QPA_PLATFORM", None)
    return env


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_export_in_a_process_never_imports_qt(srv: FakeDiscogs, work: Path) -> None:
    script = (
        "import sys\n"
        "from desktop_app.__main__ import main\n"
        "code = main(['export', '--folder', 'Crate', '-o', 'out.csv'])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:' + ','.join(qt))\n"
        "sys.exit(code)\n"
    )
    done = run(["-c", script], env_for(srv), work)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "QT:"
    with open(work / "out.csv", encoding="utf-8", newline="") as handle:
        assert len(list(csv.reader(handle))) == 1 + 250
    assert srv.count() == 3 + 3
    assert "Wrote 250 rows" in done.stderr


def test_python_m_desktop_app_folders_and_version(srv: FakeDiscogs, work: Path) -> None:
    done = run(["-m", "desktop_app", "folders"], env_for(srv), work)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "0\tAll\t270"
    assert lines[2].endswith("\tCrate\t250")
    done = run(["-m", "desktop_app", "--version"], env_for(srv), work)
    assert done.returncode == 0 and done.stdout.startswith("discogs-qr ")


def test_bad_token_in_a_process(srv: FakeDiscogs, work: Path) -> None:
    (work / "keep.csv").write_bytes(b"old\r\n")
    done = run(["-m", "desktop_app", "export", "-o", "keep.csv"], env_for(srv, "nope"), work)
    assert done.returncode == 3
    assert (work / "keep.csv").read_bytes() == b"old\r\n"
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_130_and_leaves_no_file(srv: FakeDiscogs, work: Path) -> None:
    srv.slow_paths = {"/releases": 20.0}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "export", "-o", "out.csv"],
        env=env_for(srv),
        cwd=work,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A shell that starts the suite in the background makes it ignore Ctrl-C, and a child
        # would inherit that: give it the default, as a terminal would.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 20
        while srv.count("/releases") < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert srv.count("/releases") == 1
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert "Interrupted; no file was written." in err
    assert "Traceback" not in err
    assert list(work.iterdir()) == []
