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


def test_queued_writes_keep_what_the_collector_wrote_meanwhile(srv: FakeDiscogs, capsys) -> None:
    """Writes that failed (5xx) stay queued; the collector then types values into three of those
    records on Discogs; the next run reads them first, keeps them and says so."""
    srv.rate_limit = 100_000
    field_id = srv.add_field("QR")
    crate = [it["instance_id"] for it in srv.items if it["folder_id"] == _folder(srv, "Crate")]
    srv.field_write_status = 503
    code = cli.main(["export", "--folder", "Crate", "-o", "a.csv", "--mark-printed", "QR"])
    assert code != 0 and srv.field_writes == []
    capsys.readouterr()
    typed = {crate[3]: "box 1", crate[11]: "shelf 4, left", crate[20]: "lent to Sam"}
    for iid, value in typed.items():
        srv.set_field_value(iid, field_id, value)
    srv.field_write_status = None
    assert cli.main(["export", "--folder", "Other", "-o", "b.csv", "--mark-printed", "QR"]) == 0
    mark = f"QR {date.today().isoformat()}"
    for iid in crate:
        assert srv.field_value(iid, field_id) == typed.get(iid, mark)
    written = {i for i, _f, _v in srv.field_writes}
    assert not written & set(typed) and len(written) == 27 + 10
    err = capsys.readouterr().err
    assert "Marked 37 of 40 records" in err
    assert "kept 3 values you wrote: " in err
    assert all(f"“{value}”" in err for value in typed.values())
    assert "about" in err or "a few seconds" in err  # the time it takes, said before it starts
    # the kept values left the queue: the next run neither writes nor asks about them
    srv.reset_log()
    assert cli.main(["export", "--folder", "Other", "-o", "c.csv", "--mark-printed", "QR"]) == 0
    assert len(srv.field_writes) == 37 and "kept" not in capsys.readouterr().err


def test_replace_value_replaces_exactly_that_value(srv: FakeDiscogs, capsys) -> None:
    srv.rate_limit = 100_000
    field_id = srv.add_field("QR")
    other = [it["instance_id"] for it in srv.items if it["folder_id"] == _folder(srv, "Other")]
    srv.set_field_value(other[0], field_id, "box 1")
    srv.set_field_value(other[1], field_id, "box 2")
    args = ["export", "--folder", "Other", "-o", "a.csv", "--mark-printed", "QR"]
    assert cli.main([*args, "--replace-value", "box 1"]) == 0
    assert srv.field_value(other[0], field_id) == f"QR {date.today().isoformat()}"
    assert srv.field_value(other[1], field_id) == "box 2"
    assert "kept 1 value you wrote: “box 2”" in capsys.readouterr().err


def _folder(srv: FakeDiscogs, name: str) -> int:
    return next(f["id"] for f in srv.folders if f["name"] == name)
