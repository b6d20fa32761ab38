"""Atomic saves under trouble: links, read-only files, signals, kills, full disks, lost folders."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core import csvio
from desktop_app.core.csvio import (
    STALE_SECONDS,
    SaveError,
    atomic_write_bytes,
    remove_stale_temporaries,
    write_csv,
)
from desktop_app.core.errors import AppError
from desktop_app.services.export import save_csv

ROOT = Path(__file__).resolve().parents[2]


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "export.csv"
    real.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert atomic_write_bytes(link, b"new") == link
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert temporaries(tmp_path) == [] and temporaries(real_dir) == []


def test_a_dangling_symlink_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "target.csv")
    write_csv(link, [["a"]], header=None)
    assert link.is_symlink()
    assert (tmp_path / "target.csv").read_bytes() == b"a\r\n"


def test_a_read_only_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    target = tmp_path / "locked.csv"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(SaveError) as caught:
        atomic_write_bytes(target, b"new")
    assert caught.value.errno == errno.EACCES
    assert (
        str(caught.value)
        == f"{target} was not saved: the file is read-only; it was left as it was."
    )
    assert target.read_bytes() == b"old"
    assert temporaries(tmp_path) == []
    with pytest.raises(AppError, match="read-only"):
        save_csv(target, [["x"]])


def _fail_fsync(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(csvio.os, "fsync", fsync)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full; the previous file is unchanged"),
        (errno.EIO, "stopped answering; the previous file is unchanged"),
        (errno.EROFS, "read-only; the previous file is unchanged"),
    ],
)
def test_a_failing_disk_keeps_the_old_file_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    _fail_fsync(monkeypatch, code)
    with pytest.raises(SaveError) as caught:
        write_csv(target, [["new"]])
    assert caught.value.errno == code and words in str(caught.value)
    assert target.read_bytes() == b"old"
    assert temporaries(tmp_path) == []
    with pytest.raises(AppError) as app_error:
        save_csv(target, [["new"]])
    assert words in app_error.value.message


def test_a_read_only_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    def mkstemp(**_: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(csvio.tempfile, "mkstemp", mkstemp)
    with pytest.raises(SaveError, match="no permission to write in that folder"):
        write_csv(target, [["new"]])
    assert target.read_bytes() == b"old"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_real_read_only_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "out.csv").write_bytes(b"old")
    folder.chmod(0o555)
    try:
        with pytest.raises(SaveError, match="no permission"):
            write_csv(folder / "out.csv", [["new"]])
        assert (folder / "out.csv").read_bytes() == b"old"
    finally:
        folder.chmod(0o755)


def test_a_folder_that_vanishes_mid_save_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "out.csv"
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        real_fsync(fd)
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()

    monkeypatch.setattr(csvio.os, "fsync", fsync)
    with pytest.raises(SaveError, match="the folder no longer exists"):
        write_csv(target, [["new"]])
    assert not folder.exists()


def test_stale_temporaries_of_a_killed_save_are_removed_by_the_next(tmp_path: Path) -> None:
    old = time.time() - STALE_SECONDS - 60
    stale = tmp_path / ".out.csv.ab12cd_9.tmp"
    fresh = tmp_path / ".out.csv.zz99yy00.tmp"  # may be a save running right now
    other = [tmp_path / ".hidden.tmp", tmp_path / "out.csv.ab12cd34.tmp", tmp_path / "keep.txt"]
    for path in [stale, fresh, *other]:
        path.write_bytes(b"x" * 100)
    os.utime(stale, (old, old))
    for path in other:
        os.utime(path, (old, old))
    write_csv(tmp_path / "another.csv", [["a"]])
    assert not stale.exists()
    assert fresh.exists() and all(p.exists() for p in other)
    assert remove_stale_temporaries(tmp_path, age=0) == 1  # now the fresh one too
    assert not fresh.exists()


_SLOW_SAVE = textwrap.dedent(
    """
    import os, sys, time
    from desktop_app.core import csvio
    real = os.fsync
    def fsync(fd):
        real(fd)
        print("writing", flush=True)
        time.sleep(60)
    csvio.os.fsync = fsync
    csvio.atomic_write_bytes(sys.argv[1], b"new" * 100000)
    """
)


@contextlib.contextmanager
def saving_slowly(target: Path) -> Iterator[subprocess.Popen[str]]:
    """A process caught in the middle of saving ``target`` (its temporary file written)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_SAVE, str(target)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()


def test_sigterm_during_a_save_removes_its_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    with saving_slowly(target) as proc:
        assert len(temporaries(tmp_path)) == 1
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == -signal.SIGTERM  # ended as SIGTERM ends a process
    assert temporaries(tmp_path) == []
    assert target.read_bytes() == b"old"


def test_sigkill_leaves_a_temporary_that_the_next_save_removes(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with saving_slowly(target) as proc:
        proc.kill()
        proc.wait(timeout=30)
    (left,) = temporaries(tmp_path)
    old = time.time() - STALE_SECONDS - 1
    os.utime(tmp_path / left, (old, old))
    write_csv(target, [["a"]], header=None)
    assert temporaries(tmp_path) == []
    assert target.read_bytes() == b"a\r\n"


def test_the_signal_handlers_are_only_borrowed_for_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = signal.getsignal(signal.SIGTERM)
    seen: list[object] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        seen.append(signal.getsignal(signal.SIGTERM))
        real_fsync(fd)

    monkeypatch.setattr(csvio.os, "fsync", fsync)
    write_csv(tmp_path / "a.csv", [["a"]])
    assert seen and seen[0] is not before  # during the save: the cleanup handler
    assert signal.getsignal(signal.SIGTERM) is before  # after it: as it was (Qt idles in C++)


def test_after_a_signal_in_the_command_line_no_file_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    stopped: list[int] = []
    with csvio.signals_handled(stopped.append):
        with pytest.raises(csvio.Interrupted) as caught:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the handler raises at once
        assert caught.value.signum == signal.SIGTERM and stopped == [signal.SIGTERM]
        with pytest.raises(csvio.Interrupted):
            atomic_write_bytes(target, b"new")
        assert csvio.interrupted_by() == signal.SIGTERM and csvio.saved_files() == []
    assert target.read_bytes() == b"old"
    assert temporaries(tmp_path) == []
    assert csvio.interrupted_by() == 0  # the handlers and the state are back as they were


def test_a_signal_while_a_file_is_filled_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def fill(name: str) -> None:
        Path(name).write_bytes(b"half")
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)

    with csvio.signals_handled(), pytest.raises(KeyboardInterrupt):
        csvio.atomic_write(target, fill)
    assert target.read_bytes() == b"old"
    assert temporaries(tmp_path) == []


def test_a_link_in_a_folder_of_generated_files_is_replaced_not_written_through(
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"precious")
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "Abc.png").symlink_to(elsewhere)
    atomic_write_bytes(folder / "Abc.png", b"png", follow_links=False)
    assert not (folder / "Abc.png").is_symlink()
    assert (folder / "Abc.png").read_bytes() == b"png"
    assert elsewhere.read_bytes() == b"precious"


def test_inside_deferred_work_a_signal_stops_it_only_where_it_checks(tmp_path: Path) -> None:
    steps: list[str] = []
    with csvio.signals_handled(), pytest.raises(csvio.Interrupted), csvio.signals_deferred():
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(100):  # the handler has run by now, and raised nothing
            time.sleep(0.001)
        steps.append("drawing went on")
        assert csvio.interrupted_by() == signal.SIGINT
        try:
            csvio.check_interrupted()
        finally:
            steps.append("stopped at the check")
    assert steps == ["drawing went on", "stopped at the check"]
