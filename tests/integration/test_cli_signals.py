"""``discogs-qr stickers`` stopped by a signal, as a real process on a large fake collection:
the old PDF stays, no temporary file is left, the exit code says which signal, the encoding
workers go with it, and the process ends (its pipes close) instead of running on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="POSIX, /proc")

ROOT = Path(__file__).resolve().parents[2]
STICKERS = 1200  # enough for the encoding pool and a PDF that takes a moment to write
OLD = b"%PDF-1.4 the previous sheets\n"
WAIT = 60.0  # a bound for things that happen within a second or two


@pytest.fixture(scope="module")
def srv() -> Iterator[FakeDiscogs]:
    # several runs read the folder within a minute: a limit that none of them comes near
    with FakeDiscogs(generated_collection({"Crate": STICKERS}), rate_limit=100_000) as server:
        yield server


def _env(srv: FakeDiscogs, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DISCOGS_API_URL=srv.url,
        DISCOGS_TOKEN="good-token",
        DISCOGS_QR_HOME=str(home),
        PYTHONPATH=str(ROOT),
    )
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _children(pid: int, marker: str) -> list[int]:
    """The processes whose parent is ``pid`` and whose command line holds ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid and marker in cmdline:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _until(condition: Callable[[], object], what: str) -> object:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.01)
    raise AssertionError(f"never saw {what}")


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


class Run:
    """``discogs-qr stickers --folder Crate -o x.pdf`` over an existing x.pdf."""

    def __init__(self, srv: FakeDiscogs, tmp_path: Path) -> None:
        self.folder = tmp_path / "out"
        self.folder.mkdir(parents=True)
        self.target = self.folder / "x.pdf"
        self.target.write_bytes(OLD)
        self.workers: list[int] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "stickers", "--folder", "Crate", "-o", "x.pdf"],
            env=_env(srv, tmp_path / "home"),
            cwd=self.folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own process group, as a terminal's foreground job
            # A shell that starts the suite in the background makes it ignore Ctrl-C, and a child
            # would inherit that: give it the default, as a terminal would.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )

    def wait_for_workers(self) -> None:
        self.workers = self._until(
            lambda: _children(self.proc.pid, "spawn_main"), "the encoding workers start"
        )

    def wait_for_temporary(self) -> None:
        self._until(lambda: _temporaries(self.folder), "the PDF's temporary file")

    def _until(self, condition: Callable[[], list], what: str) -> list:
        def seen_or_ended() -> object:
            return condition() or self.proc.poll() is not None

        _until(seen_or_ended, what)
        found = condition()
        if not found:
            raise AssertionError(f"the run ended before {what}: {self.finish()}")
        return found

    def finish(self) -> tuple[int, str]:
        try:
            _, err = self.proc.communicate(timeout=WAIT)  # also waits for the workers' pipes
        except subprocess.TimeoutExpired:
            err = "(still running)"
        return self.proc.returncode, err

    def close(self) -> None:
        for pid in [self.proc.pid, *self.workers, *_children(self.proc.pid, "")]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        self.proc.wait(timeout=WAIT)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def run(srv: FakeDiscogs, tmp_path: Path) -> Iterator[Callable[[], Run]]:
    runs: list[Run] = []

    def start() -> Run:
        runs.append(Run(srv, tmp_path / str(len(runs))))
        return runs[-1]

    yield start
    for each in runs:
        each.close()


def _assert_stopped(job: Run, code: int, err: str, expected: int, words: str) -> None:
    assert code == expected, err
    assert words in err, err
    assert "Traceback" not in err
    assert job.target.read_bytes() == OLD
    assert _temporaries(job.folder) == []
    _until(lambda: not any(_alive(pid) for pid in job.workers), "the workers end")


def test_sigterm_while_the_pdf_is_written_keeps_the_old_file_and_no_temporary(run) -> None:
    job = run()
    job.wait_for_temporary()
    job.proc.send_signal(signal.SIGTERM)
    code, err = job.finish()
    _assert_stopped(job, code, err, 143, "Stopped by SIGTERM; no file was written.")


def test_sigterm_while_the_codes_are_encoded_ends_the_workers_too(run) -> None:
    job = run()
    job.wait_for_workers()
    job.proc.send_signal(signal.SIGTERM)
    code, err = job.finish()
    _assert_stopped(job, code, err, 143, "Stopped by SIGTERM; no file was written.")


def test_ctrl_c_while_the_codes_are_encoded_stops_the_run(run) -> None:
    job = run()
    job.wait_for_workers()
    os.killpg(job.proc.pid, signal.SIGINT)  # Ctrl-C: the whole foreground group
    code, err = job.finish()
    _assert_stopped(job, code, err, 130, "Interrupted; no file was written.")


def test_sigint_while_the_pdf_is_written_keeps_the_old_file(run) -> None:
    job = run()
    job.wait_for_temporary()
    job.proc.send_signal(signal.SIGINT)
    code, err = job.finish()
    _assert_stopped(job, code, err, 130, "Interrupted; no file was written.")
