"""The ``--self-test`` used by packaged builds, run from source and against broken resources."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from desktop_app import selftest
from desktop_app.resources import resources_root


@pytest.fixture
def bundle_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of ``resources/`` that the app finds as if it were frozen (``sys._MEIPASS``)."""
    root = tmp_path / "bundle"
    shutil.copytree(resources_root(), root / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    assert resources_root() == root / "resources"
    return root / "resources"


def test_self_test_passes_from_source(capsys: pytest.CaptureFixture[str]) -> None:
    home_before = os.environ.get("DISCOGS_QR_HOME")
    assert selftest.main() == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[-1] == "self-test ok"
    assert "FAILED" not in out + err
    demo = json.loads((resources_root() / "demo" / "collection.json").read_text("utf-8"))
    assert f"{len(demo['releases'])} rows" in out
    assert os.environ.get("DISCOGS_QR_HOME") == home_before  # restored after the run


def test_a_corrupted_demo_file_fails(
    bundle_resources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (bundle_resources / "demo" / "collection.json").write_text('{"releases": [', "utf-8")
    assert selftest.main() == 1
    out, err = capsys.readouterr()
    assert "self-test ok" not in out
    assert "self-test FAILED: demo export" in err
    assert "demo/collection.json" in err  # the resources check names the file


def test_a_demo_entry_without_a_release_id_fails(
    bundle_resources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bundle_resources / "demo" / "collection.json"
    data = json.loads(path.read_text("utf-8"))
    data["releases"].append(
        {"instance_id": 999_999_999, "folder_id": 1, "basic_information": {"title": "No id"}}
    )
    path.write_text(json.dumps(data), "utf-8")
    assert selftest.main() == 1
    _out, err = capsys.readouterr()
    assert "1 of" in err and "could not be read" in err


def test_a_broken_icon_fails(bundle_resources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (bundle_resources / "icons" / "app.svg").write_text("<svg><unclosed", "utf-8")
    assert selftest.main() == 1
    _out, err = capsys.readouterr()
    assert "self-test FAILED: resources: icons/app.svg" in err


def test_missing_resources_fail(bundle_resources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(bundle_resources / "demo")
    assert selftest.main() == 1
    _out, err = capsys.readouterr()
    assert "demo/collection.json is missing" in err


def test_exported_urls_are_checked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.core import qrfactory

    original = qrfactory.build_rows

    def wrong_urls(*args: object, **kwargs: object) -> list[list[str]]:
        rows = original(*args, **kwargs)  # type: ignore[arg-type]
        rows[3][qrfactory.COLUMN_INDEX["Content"]] = "https://example.com/release/1"
        return rows

    monkeypatch.setattr(qrfactory, "build_rows", wrong_urls)
    assert selftest.main() == 1
    _out, err = capsys.readouterr()
    assert "line 5: Content 'https://example.com/release/1' is not a release URL" in err


def test_the_sticker_check_draws_and_decodes(capsys: pytest.CaptureFixture[str]) -> None:
    assert selftest.check_sticker().startswith("drawn and decoded")


def test_a_missing_record_icon_fails_the_sticker_check(
    bundle_resources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (bundle_resources / "stickers" / "record.svg").unlink()
    assert selftest.main() == 1
    _out, err = capsys.readouterr()
    assert "self-test FAILED: sticker: the bundled record icon cannot be loaded" in err
