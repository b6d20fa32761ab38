"""Every command under a plain C locale (``LC_ALL=C``, no UTF-8 mode, no locale coercion): what
the terminal cannot show is replaced by a plain stand-in, nothing fails, the exit code is the
command's own."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs

ROOT = Path(__file__).resolve().parents[2]
C_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}


@pytest.fixture(scope="module")
def srv() -> Iterator[FakeDiscogs]:
    folders = {"Électro “Live” – 2⅝×": 3, "Jazz": 2}
    with FakeDiscogs(generated_collection(folders), rate_limit=100_000) as server:
        yield server


def _run(srv: FakeDiscogs, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING", "PYTHONUTF8"))
    }
    env.update(C_LOCALE)
    env.update(
        DISCOGS_API_URL=srv.url,
        DISCOGS_TOKEN="good-token",
        DISCOGS_QR_HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT),
    )
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=120,
    )


def _ascii(data: bytes) -> str:
    return data.decode("ascii")  # raises if anything but ASCII reached the terminal


def test_folders_replaces_what_the_terminal_cannot_show(srv, tmp_path) -> None:
    done = _run(srv, tmp_path, "folders")
    assert done.returncode == 0, done.stderr
    assert '\tElectro "Live" - 2 5/8x\t3' in _ascii(done.stdout)
    assert _ascii(done.stderr) == ""


def test_layouts_and_demo_folders(srv, tmp_path) -> None:
    done = _run(srv, tmp_path, "layouts")
    assert done.returncode == 0, done.stderr
    assert "round 35x35 mm\tpage 210x297 mm\tAvery L7120-25 - A4" in _ascii(done.stdout)
    done = _run(srv, tmp_path, "folders", "--demo")
    assert done.returncode == 0, done.stderr
    assert "\tAll\t" in _ascii(done.stdout)


def test_export_to_standard_output_is_utf8_and_its_summary_plain(srv, tmp_path) -> None:
    folder = next(f["id"] for f in srv.folders if f["name"].startswith("Électro"))
    template = "{discogs_folder} {title}"
    done = _run(
        srv, tmp_path, "export", "--folder", str(folder), "--bottom-text", template, "-o", "-"
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode("utf-8").splitlines()  # the CSV: UTF-8 bytes, whatever the locale
    assert len(lines) == 1 + 3 and "Électro “Live” – 2⅝×" in lines[1]
    assert _ascii(done.stderr).startswith("Wrote 3 rows to standard output")


def test_help_and_usage_errors(srv, tmp_path) -> None:
    for args in (["--help"], ["stickers", "--help"], ["images", "--help"], ["export", "--help"]):
        done = _run(srv, tmp_path, *args)
        assert done.returncode == 0, (args, done.stderr)
        assert "usage: discogs-qr" in _ascii(done.stdout)
    done = _run(srv, tmp_path, "stickers", "--skip", "x")
    assert done.returncode == 2
    assert 'argument --skip: "x" is not a label number or range' in _ascii(done.stderr)
    done = _run(srv, tmp_path, "export", "--folder", "Nope", "-o", "x.csv")
    assert done.returncode == 2
    err = _ascii(done.stderr)
    assert 'There is no folder "Nope"' in err and '"Electro "Live" - 2 5/8x"' in err
    assert err.count("\n") == 1
