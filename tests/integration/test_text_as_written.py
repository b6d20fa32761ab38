"""Text reaches the library and the CSV as Discogs wrote it; a lone surrogate is replaced.

A lone surrogate (``"\\ud800"``) is valid JSON but cannot be encoded as UTF-8: it used to stop the
whole export (``UnicodeEncodeError``) and the library load of its page. A carriage return inside a
title or a note used to become a line feed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core.cancel import NEVER
from desktop_app.core.csvio import csv_text, read_csv, read_csv_text, write_csv
from desktop_app.core.qrfactory import COLUMN_INDEX, ExportOptions, build_rows
from desktop_app.core.release import Instance
from desktop_app.services.library import open_library
from desktop_app.store.cache import Cache, rows_from_items
from tests.fakes.dataset import generated_collection, make_item
from tests.fakes.server import FakeDiscogs
from tests.integration.test_library_sync import discogs_source

BT = COLUMN_INDEX["BottomText"]
LONE = "\ud800"
FFFD = "\ufffd"


def surrogate_items() -> list[dict]:
    return [
        make_item(
            900_000_001,
            77,
            1,
            title=f"Bad {LONE}title",
            artists=[f"Art{LONE}ist"],
            notes={3: f"note {LONE}"},
        ),
        make_item(900_000_002, 78, 1, title="Good", artists=["Fine"]),
    ]


def test_a_lone_surrogate_is_replaced_and_the_record_kept() -> None:
    bad = Instance.from_item(surrogate_items()[0])
    assert bad.title == f"Bad {FFFD}title"
    assert bad.artist() == f"Art{FFFD}ist"
    assert bad.note_values() == {3: f"note {FFFD}"}
    rows, skipped = rows_from_items(surrogate_items())
    assert (len(rows), skipped) == (2, 0)


def test_library_with_a_lone_surrogate_loads_completely(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "lib.sqlite3")
    rows, _ = rows_from_items(surrogate_items())
    cache.store_rows(rows)
    titles = sorted(i.title for i in cache.instances(0))
    assert titles == [f"Bad {FFFD}title", "Good"]
    raw = cache.raw_item(900_000_001)
    assert raw is not None and raw["basic_information"]["title"] == f"Bad {FFFD}title"


def test_library_load_through_the_fake_server_is_complete() -> None:
    collection = generated_collection({"Uncategorized": 150}, seed=3)
    collection.items.extend(surrogate_items())
    srv = FakeDiscogs(collection, rate_limit=100_000).start()
    srv.enforce_rate_limit = False
    try:
        lib = open_library(discogs_source(srv))
        loaded = lib.load_folder_fully(0, NEVER)
        assert len(loaded) == 152
        assert len(lib.cached_instances(0)) == 152
        assert lib.is_cached(0)
    finally:
        srv.stop()


def test_export_with_a_lone_surrogate_succeeds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    collection = generated_collection({"Uncategorized": 5}, seed=4)
    collection.items.extend(surrogate_items())
    srv = FakeDiscogs(collection).start()
    try:
        monkeypatch.setenv("DISCOGS_API_URL", srv.url)
        monkeypatch.setenv("DISCOGS_TOKEN", "good-token")
        out = tmp_path / "out.csv"
        assert cli.main(["export", "--folder", "0", "--output", str(out)]) == 0
    finally:
        srv.stop()
    rows = read_csv(out)[1:]
    assert len(rows) == 7
    assert any(f"Art{FFFD}ist – Bad {FFFD}title" in row[BT] for row in rows)


def test_write_csv_never_fails_on_a_lone_surrogate(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [[f"a{LONE}b"]], header=None)
    assert read_csv(path) == [[f"a{FFFD}b"]]


@pytest.mark.parametrize("line_end", ["\r\n", "\n"])
def test_carriage_returns_in_title_and_note_reach_the_csv_as_written(line_end: str) -> None:
    item = make_item(
        900_000_010, 90, 1, title="Side A\rSide B", artists=["X"], notes={3: "VG+\r\nseam\rsplit"}
    )
    inst = Instance.from_item(item)
    assert inst.title == "Side A\rSide B"
    options = ExportOptions().with_values(BottomText="{title}|{notes}")
    rows = build_rows([inst], options, note_fields={3: "Notes"})
    assert rows[0][BT] == "Side A\rSide B|VG+\r\nseam\rsplit"
    parsed = read_csv_text(csv_text(rows, line_end=line_end))
    assert parsed[1][BT] == "Side A\rSide B|VG+\r\nseam\rsplit"
