"""The GUI and the CLI share one export path (file name and history), the Discogs link honours
DISCOGS_WEB_URL, and the CLI's own fixes (output encoding, formula protection, caption cap)."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core.template import MAX_TEMPLATE_LENGTH
from desktop_app.services import links
from desktop_app.services.account import Credentials
from desktop_app.services.export import (
    collect,
    default_file_name,
    export_rows,
    folder_by_id_or_name,
    save_export,
)
from desktop_app.services.history import history_for
from desktop_app.services.source import source_for
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs

FOLDER = "Rock & Pop — Café"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeDiscogs]:
    collection = generated_collection({FOLDER: 7, "Jazz": 3}, username="collector")
    with FakeDiscogs(collection, rate_limit=1000) as srv:
        monkeypatch.setenv("DISCOGS_API_URL", srv.url)
        monkeypatch.setenv("DISCOGS_TOKEN", "good-token")
        monkeypatch.setenv("DISCOGS_QR_BACKOFF_BASE", "0.01")
        work = tmp_path / "work"
        work.mkdir()
        monkeypatch.chdir(work)
        yield srv


def _stamp(name: str) -> datetime:
    match = re.search(r"-(\d{8}-\d{6})\.csv$", name)
    assert match, name
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")


def test_cli_and_gui_path_give_the_same_file_name_and_history(
    server: FakeDiscogs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["export", "--folder", FOLDER]) == 0
    capsys.readouterr()
    (written,) = Path.cwd().glob("*.csv")
    assert written.name.startswith("discogs-qr-rock-pop-cafe-")
    cli_entries = history_for(server.username).entries()
    assert len(cli_entries) == 1

    # the GUI's path: rows of the same folder saved through the same service
    source = source_for(Credentials("token", "good-token", username=server.username))
    try:
        folders = source.folders()
        folder = folder_by_id_or_name(folders, FOLDER)
        instances, _ = collect(source, folder.id)
        rows = export_rows(instances, folder_names={f.id: f.name for f in folders})
    finally:
        source.gateway.close()
    gui_name = default_file_name([folder.name] * len(rows), _stamp(written.name))
    assert gui_name == written.name
    target = tmp_path / "gui" / gui_name
    target.parent.mkdir()
    ids = [inst.instance_id for inst in instances]
    saved = save_export(target, rows, ids, history=history_for(server.username))
    assert saved.history_recorded
    assert target.read_bytes() == written.read_bytes()
    entries = history_for(server.username).entries()
    assert len(entries) == 2
    assert sorted(entries[0].instance_ids) == sorted(entries[1].instance_ids) == sorted(ids)
    assert {Path(e.path).name for e in entries} == {written.name}


def test_cli_export_records_the_history(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert history_for(None, demo=True).entries() == []
    assert cli.main(["export", "--demo", "--folder", "Jazz", "-o", "jazz.csv"]) == 0
    capsys.readouterr()
    (entry,) = history_for(None, demo=True).entries()
    assert Path(entry.path).name == "jazz.csv"
    with open(tmp_path / "jazz.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(entry.instance_ids) == len(rows) - 1 > 0


def test_the_release_link_honours_discogs_web_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISCOGS_WEB_URL", raising=False)
    assert links.release_url(42) == "https://www.discogs.com/release/42"
    monkeypatch.setenv("DISCOGS_WEB_URL", "http://127.0.0.1:8123/")
    assert links.release_url(42) == "http://127.0.0.1:8123/release/42"


# ---- CLI fixes ----------------------------------------------------------------------------------


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        cwd=ROOT,
        capture_output=True,
        env=environ,
        timeout=120,
        encoding="ascii",
        errors="strict",
    )


def test_folders_on_an_ascii_terminal_replaces_what_it_cannot_show() -> None:
    done = _run("folders", "--demo", PYTHONIOENCODING="ascii", LC_ALL="C")
    assert done.returncode == 0, done.stderr
    assert "\tAll\t" in done.stdout
    assert "?" in done.stdout  # the demo has folder names with accents
    assert "Error" not in done.stderr


def test_export_errors_on_an_ascii_terminal_are_still_one_line(tmp_path: Path) -> None:
    done = _run("export", "--demo", "--folder", "Café ?", PYTHONIOENCODING="ascii", LC_ALL="C")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "UnicodeEncodeError" not in done.stderr


def test_protect_formulas_flag(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["export", "--demo", "--bottom-text", "=1+{title}", "-o"]
    assert cli.main([*args, "plain.csv"]) == 0
    assert cli.main([*args, "safe.csv", "--protect-formulas"]) == 0
    capsys.readouterr()
    assert ",=1+" in (tmp_path / "plain.csv").read_text("utf-8").replace('"', "")
    safe = (tmp_path / "safe.csv").read_text("utf-8").replace('"', "")
    assert ",'=1+" in safe and ",=1+" not in safe


def test_a_huge_caption_template_is_refused(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    caption = "{title} " * (120_000 // 8)
    assert cli.main(["export", "--demo", "--bottom-text", caption, "-o", "big.csv"]) == 2
    err = capsys.readouterr().err
    assert f"--bottom-text is {len(caption):,} characters; at most {MAX_TEMPLATE_LENGTH:,}." in err
    assert not (tmp_path / "big.csv").exists()


def test_help_lists_the_app_options_and_explains_lf(capsys) -> None:
    assert cli.main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "--demo" in text and "--self-test" in text
    assert cli.main(["export", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert re.search(r"--lf [a-z]", text)
    assert "--protect-formulas" in text
