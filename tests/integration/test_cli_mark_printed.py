"""``discogs-qr export --mark-printed FIELD`` against the loopback fake Discogs server."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core.errors import EXIT_AUTH, EXIT_USAGE
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs


@pytest.fixture
def srv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeDiscogs]:
    server = FakeDiscogs(generated_collection({"Crate": 30, "Other": 10}, seed=4)).start()
    monkeypatch.setenv("DISCOGS_API_URL", server.url)
    monkeypatch.setenv("DISCOGS_TOKEN", "good-token")
    monkeypatch.setenv("DISCOGS_QR_BACKOFF_BASE", "0.01")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    yield server
    server.stop()


def exported_release_ids(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [row["Content"].rsplit("/", 1)[1] for row in csv.DictReader(handle)]


def test_export_marks_the_exported_records(srv: FakeDiscogs, capsys) -> None:
    field_id = srv.add_field("QR")
    crate = next(f["id"] for f in srv.folders if f["name"] == "Crate")
    assert cli.main(["export", "--folder", "Crate", "-o", "out.csv", "--mark-printed", "qr"]) == 0
    assert len(exported_release_ids(Path("out.csv"))) == 30
    mark = f"QR {date.today().isoformat()}"
    for item in srv.items:
        value = srv.field_value(item["instance_id"], field_id)
        assert value == (mark if item["folder_id"] == crate else None)
    assert 429 not in [r.status for r in srv.requests]
    assert "Marked 30 of 30 records as printed on Discogs." in capsys.readouterr().err


def test_an_unknown_field_keeps_the_csv_and_says_which_fields_exist(srv, capsys) -> None:
    srv.add_field("Shelf")
    code = cli.main(["export", "-o", "out.csv", "--mark-printed", "QR"])
    assert code == EXIT_USAGE
    assert Path("out.csv").exists()
    err = capsys.readouterr().err
    assert "“Shelf”" in err and "“Media Condition”" not in err


def test_a_revoked_token_midway_keeps_the_rest_for_the_next_run(srv, capsys) -> None:
    field_id = srv.add_field("QR")
    srv.collection_successes = 0
    srv.revoke_after = 10  # a few listing requests, then some writes
    code = cli.main(["export", "--folder", "Crate", "-o", "out.csv", "--mark-printed", "QR"])
    assert code == EXIT_AUTH
    done = len(srv.field_writes)
    assert 0 < done < 30
    assert "stopped" in capsys.readouterr().err
    srv.unrevoke()
    assert cli.main(["export", "--folder", "Other", "-o", "o2.csv", "--mark-printed", "QR"]) == 0
    marked = {i for i, f, _v in srv.field_writes if f == field_id}
    assert len(marked) == len(srv.field_writes) == 40  # the rest of Crate once, then Other


def test_a_sticker_sheet_marks_its_records_too(srv: FakeDiscogs, capsys) -> None:
    field_id = srv.add_field("QR")
    small = next(f["id"] for f in srv.folders if f["name"] == "Other")
    args = ["stickers", "--folder", "Other", "-o", "sheet.pdf", "--mark-printed", "QR"]
    assert cli.main(args) == 0
    assert Path("sheet.pdf").stat().st_size > 1000
    marked = {i for i, f, _v in srv.field_writes if f == field_id}
    assert marked == {it["instance_id"] for it in srv.items if it["folder_id"] == small}
    assert "Marked 10 of 10" in capsys.readouterr().err
