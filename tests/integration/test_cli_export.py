"""``discogs-qr folders`` / ``export`` in-process against the loopback fake Discogs server."""

from __future__ import annotations

import csv
import io
import math
import re
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app import cli
from tests.fakes.dataset import (
    DEMO_FOLDERS,
    FakeCollection,
    adversarial_collection,
    generated_collection,
    load_demo_collection,
)
from tests.fakes.server import FakeDiscogs
from tests.fakes.shelves import shelved_collection

HEADER = [
    "Type",
    "OutputSize",
    "FileType",
    "ColorSpace",
    "RotationAngle",
    "ReliabilityLevel",
    "UseAutoReliabilityLevel",
    "PixelRoundness",
    "PixelColorType",
    "BackgroundColorType",
    "BackgroundColor",
    "PixelColorStart",
    "PixelColorEnd",
    "GradientAngle",
    "IconPath",
    "IconLockToSquares",
    "IconSizePercent",
    "IconBorderType",
    "IconBorderPercent",
    "IconBorderSquareCornerSize",
    "IconBorderColor",
    "BottomText",
    "BottomTextSize",
    "BottomTextColor",
    "BottomTextFont",
    "BottomTextFontStyle",
    "SafeZonePercent",
    "SafeZoneColor",
    "Content",
    "FileName",
]
FIXED = {
    "Type": "URL",
    "OutputSize": "1024",
    "FileType": "PNG",
    "ColorSpace": "RGB",
    "RotationAngle": "0",
    "ReliabilityLevel": "High",
    "UseAutoReliabilityLevel": "Yes",
    "PixelRoundness": "0.0",
    "PixelColorType": "Solid",
    "BackgroundColorType": "Solid",
    "BackgroundColor": "#FFFFFF",
    "PixelColorStart": "#000000",
    "PixelColorEnd": "#000000",
    "GradientAngle": "0",
    "IconPath": "Discogs_record_icon.svg",
    "IconLockToSquares": "Yes",
    "IconSizePercent": "100",
    "IconBorderType": "Square",
    "IconBorderPercent": "20",
    "IconBorderSquareCornerSize": "20",
    "IconBorderColor": "#FFFFFF",
    "BottomTextSize": "31",
    "BottomTextColor": "#000000",
    "BottomTextFont": "Roboto",
    "BottomTextFontStyle": "Bold",
    "SafeZonePercent": "5",
    "SafeZoneColor": "#FFFFFF",
}

Server = Callable[..., FakeDiscogs]


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Callable[..., FakeDiscogs]]:
    """Start a fake serving a collection; point the CLI at it with a good token; cwd = tmp."""
    servers: list[FakeDiscogs] = []

    def start(collection: FakeCollection | None = None, **knobs: Any) -> FakeDiscogs:
        srv = FakeDiscogs(collection or adversarial_collection(), **knobs).start()
        servers.append(srv)
        monkeypatch.setenv("DISCOGS_API_URL", srv.url)
        monkeypatch.setenv("DISCOGS_TOKEN", "good-token")
        return srv

    monkeypatch.setenv("DISCOGS_QR_BACKOFF_BASE", "0.01")
    work = tmp_path / "work"  # the settings home is elsewhere in tmp_path
    work.mkdir()
    monkeypatch.chdir(work)
    yield start
    for srv in servers:
        srv.stop()


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        header = next(reader)
        assert header == HEADER
        return [dict(zip(header, row, strict=True)) for row in reader]


def one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# ---- independent expectations (from the item JSON and the format description) -----------------


def expected_artist(artists: list[dict[str, Any]]) -> str:
    text = ""
    for n, artist in enumerate(artists):
        name = re.sub(r" \(\d+\)$", "", artist["name"].strip())
        text += name
        if n < len(artists) - 1:
            join = artist.get("join", "").strip()
            text += ", " if join in ("", ",") else f" {join} "
    return text.strip()


def expected_rows(collection: FakeCollection) -> dict[str, dict[str, str]]:
    """FileName → expected row, for the All folder with the default templates."""
    names = {int(f["id"]): f["name"] for f in collection.folders}
    first_copy: dict[int, int] = {}
    for item in collection.items:
        rid = int(item["id"])
        first_copy[rid] = min(first_copy.get(rid, item["instance_id"]), item["instance_id"])
    out = {}
    for item in collection.items:
        info = item["basic_information"]
        year = info["year"] or "unknown"
        rid = int(item["id"])
        file_name = str(rid)
        if item["instance_id"] != first_copy[rid]:
            file_name = f"{rid}-{item['instance_id']}"
        row = dict(FIXED)
        row["BottomText"] = (
            f"{expected_artist(info['artists'])} – {info['title'].strip()} [{year}]\n"
            f"{names[item['folder_id']]}"
        )
        row["Content"] = f"https://www.discogs.com/release/{rid}"
        row["FileName"] = file_name
        out[file_name] = row
    return out


# ---- sizes and request counts -----------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 99, 100, 101, 2500])
def test_export_folder_sizes_with_minimal_requests(
    serve: Server, capsys: pytest.CaptureFixture[str], size: int
) -> None:
    srv = serve(generated_collection({"Crate": size}, seed=size))
    assert cli.main(["export", "--folder", "crate", "--output", "out.csv"]) == 0
    rows = read_rows(Path("out.csv"))
    assert len(rows) == size
    assert len({r["FileName"] for r in rows}) == size
    pages = max(1, math.ceil(size / 100))
    assert srv.count() == pages + 3  # identity, folders, note fields + pages
    assert srv.count("/releases") == pages
    assert 429 not in [r.status for r in srv.requests]
    err = capsys.readouterr().err
    assert f"Wrote {size:,} rows to out.csv ({pages + 3} requests" in err


def test_folders_lists_id_name_count(serve: Server, capsys: pytest.CaptureFixture[str]) -> None:
    srv = serve(adversarial_collection())
    assert cli.main(["folders"]) == 0
    lines = capsys.readouterr().out.splitlines()
    parsed = [line.split("\t") for line in lines]
    assert parsed[0] == ["0", "All", str(len(adversarial_collection().items))]
    names = [p[1] for p in parsed[1:]]
    assert names == [f["name"] for f in DEMO_FOLDERS]
    assert all(len(p) == 3 and p[2].isdigit() for p in parsed)
    assert srv.count() == 2  # identity + folders


# ---- the adversarial dataset, read back field by field -------------------------------------------


def test_adversarial_dataset_round_trip(serve: Server) -> None:
    collection = adversarial_collection()
    serve(collection)
    assert cli.main(["export", "--output", "all.csv"]) == 0
    raw = Path("all.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") >= len(collection.items) + 1
    rows = read_rows(Path("all.csv"))
    expected = expected_rows(collection)
    assert len(rows) == len(expected)
    got = {r["FileName"]: r for r in rows}
    assert set(got) == set(expected)
    for name, want in expected.items():
        for column in HEADER:
            assert got[name][column] == want[column], (name, column)


def test_duplicate_release_gets_distinct_file_names(serve: Server) -> None:
    serve(adversarial_collection())
    assert cli.main(["export", "--search", "Kind Of Blurred", "-o", "dupes.csv"]) == 0
    rows = read_rows(Path("dupes.csv"))
    copies = sorted(
        it["instance_id"] for it in adversarial_collection().items if it["id"] == 9_100_026
    )
    assert len(rows) == 3
    assert {r["Content"] for r in rows} == {"https://www.discogs.com/release/9100026"}
    assert {r["FileName"] for r in rows} == {
        "9100026",
        f"9100026-{copies[1]}",
        f"9100026-{copies[2]}",
    }


# ---- faults ----------------------------------------------------------------------------------


def test_429_bursts_are_survived(serve: Server) -> None:
    srv = serve(generated_collection({"Crate": 450}))
    srv.fail_next_429 = 3
    assert cli.main(["export", "-o", "out.csv"]) == 0
    assert len(read_rows(Path("out.csv"))) == 450
    statuses = [r.status for r in srv.requests]
    assert statuses.count(429) == 3
    assert statuses.count(200) == 5 + 3


def test_twenty_percent_server_errors(serve: Server) -> None:
    srv = serve(generated_collection({"Crate": 2500}))
    srv.fail_ratio_5xx = 0.2
    assert cli.main(["export", "-o", "out.csv"]) == 0
    rows = read_rows(Path("out.csv"))
    assert len(rows) == 2500 == len({r["FileName"] for r in rows})
    failures = [r for r in srv.requests if r.status >= 500]
    assert failures  # the seeded fake did fail some
    assert srv.count() == 28 + len(failures)


def test_a_page_that_stays_malformed_fails_without_a_file(
    serve: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    srv = serve(generated_collection({"Crate": 250}))
    srv.malformed_pages = {(0, 2)}
    assert cli.main(["export", "-o", "out.csv"]) == 4
    assert not Path("out.csv").exists()
    assert "could not be read" in one_line_error(capsys.readouterr().err)
    assert srv.count("/releases") == 1 + 6  # page 1, then page 2 and its 5 retries


def test_a_slow_server_times_out_and_is_retried(
    serve: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    srv = serve(generated_collection({"Crate": 150}))
    monkeypatch.setenv("DISCOGS_QR_TIMEOUT", "0.4")
    srv.slow_paths = {"/releases": 3.0}

    def speed_up() -> None:  # once the first listing request is stuck, the server recovers
        deadline = time.monotonic() + 10
        while srv.count("/releases") < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        srv.slow_paths = {}

    helper = threading.Thread(target=speed_up)
    helper.start()
    assert cli.main(["export", "-o", "out.csv"]) == 0
    helper.join()
    assert len(read_rows(Path("out.csv"))) == 150
    assert srv.count("/releases") == 3  # one timed out, then pages 1 and 2


def test_bad_token_exits_3_and_leaves_the_file_alone(
    serve: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    serve(adversarial_collection())
    monkeypatch.setenv("DISCOGS_TOKEN", "bad-token")
    Path("out.csv").write_bytes(b"precious,old\r\ncontent,\xf0\x9f\x92\xbf\r\n")
    before = Path("out.csv").read_bytes()
    assert cli.main(["export", "-o", "out.csv"]) == 3
    assert Path("out.csv").read_bytes() == before
    assert "sign" in one_line_error(capsys.readouterr().err).lower()
    assert sorted(p.name for p in Path(".").iterdir()) == ["out.csv"]


def test_revoked_mid_export_exits_3_without_a_file(serve: Server) -> None:
    srv = serve(generated_collection({"Crate": 500}))
    srv.revoke_after = 4  # folders, fields, two pages… then 401
    assert cli.main(["export", "-o", "out.csv"]) == 3
    assert not Path("out.csv").exists()


def test_not_signed_in_exits_3(
    serve: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    srv = serve(adversarial_collection())
    monkeypatch.delenv("DISCOGS_TOKEN")
    assert cli.main(["export"]) == 3
    assert "not signed in" in one_line_error(capsys.readouterr().err)
    assert srv.count() == 0


def test_keyboard_interrupt_exits_130_without_a_file(
    serve: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    serve(generated_collection({"Crate": 350}))
    pages: list[int] = []

    def interrupt(self: cli.Progress, done: int, total: int) -> None:
        pages.append(done)
        if len(pages) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli.Progress, "update", interrupt)
    assert cli.main(["export", "-o", "out.csv"]) == 130
    assert list(Path(".").iterdir()) == []
    assert "Interrupted; no file was written." in capsys.readouterr().err


def test_server_unreachable_exits_4(
    serve: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    serve(adversarial_collection())
    monkeypatch.setenv("DISCOGS_API_URL", "http://127.0.0.1:9")
    assert cli.main(["export", "-o", "out.csv"]) == 4
    assert "Could not reach Discogs" in one_line_error(capsys.readouterr().err)


# ---- options ---------------------------------------------------------------------------------


def test_demo_needs_no_account_or_network(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert cli.main(["export", "--demo"]) == 0
    (written,) = list(Path(".").glob("*.csv"))
    assert re.fullmatch(r"discogs-qr-all-\d{8}-\d{6}\.csv", written.name)
    assert len(read_rows(written)) == len(load_demo_collection().items)
    assert "(0 requests" in capsys.readouterr().err


def test_stdout_output(serve: Server, capsys: pytest.CaptureFixture[str]) -> None:
    serve(adversarial_collection())
    assert cli.main(["export", "--folder", "Jazz", "--output", "-"]) == 0
    captured = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(captured.out, newline="")))
    jazz = [it for it in adversarial_collection().items if it["folder_id"] == 1_204_401]
    assert rows[0] == HEADER
    assert len(rows) == 1 + len(jazz)
    assert "standard output" in captured.err
    assert list(Path(".").iterdir()) == []


def test_bom_and_lf(serve: Server) -> None:
    serve(adversarial_collection())
    assert cli.main(["export", "--bom", "--lf", "-o", "lf.csv"]) == 0
    raw = Path("lf.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfType,OutputSize,")
    assert b"\r\n" not in raw.replace(b"Line one\r\nLine two", b"")
    with open("lf.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADER and len(rows) == 1 + len(adversarial_collection().items)


def test_date_filters_are_inclusive_local_dates(serve: Server) -> None:
    collection = adversarial_collection()
    serve(collection)
    start, end = date(2017, 3, 12), date(2020, 1, 1)
    assert cli.main(["export", "--added-from", "2017-03-12", "--added-to", "2020-01-01"]) == 0
    (written,) = list(Path(".").glob("*.csv"))
    got = {(r["Content"], r["FileName"]) for r in read_rows(written)}
    expected_instances = [
        it
        for it in collection.items
        if start <= datetime.fromisoformat(it["date_added"]).astimezone().date() <= end
    ]
    assert expected_instances
    assert len(got) == len(expected_instances)
    assert {c for c, _ in got} == {
        f"https://www.discogs.com/release/{it['id']}" for it in expected_instances
    }


def test_search_and_format_filters(serve: Server) -> None:
    collection = adversarial_collection()
    serve(collection)
    assert cli.main(["export", "--format", "cd", "-o", "cd.csv"]) == 0

    def is_cd(item: dict[str, Any]) -> bool:
        return any(
            f["name"].casefold() == "cd"
            or "cd" in [d.casefold() for d in f.get("descriptions", [])]
            for f in item["basic_information"]["formats"]
        )

    want = sorted(str(it["id"]) for it in collection.items if is_cd(it))
    got = sorted(r["Content"].rsplit("/", 1)[1] for r in read_rows(Path("cd.csv")))
    assert got == want and len(want) >= 4
    assert cli.main(["export", "--search", "PURPLE reign", "-o", "s.csv"]) == 0
    assert [r["FileName"] for r in read_rows(Path("s.csv"))] == ["9100015"]


def test_templates_and_anv(serve: Server) -> None:
    serve(adversarial_collection())
    argv = ["export", "--folder", "Jazz", "--search", "Duets", "-o", "t.csv"]
    argv += ["--bottom-text", "{artist}|{year}|{note:Media Condition}", "--file-name", "{title}"]
    assert cli.main([*argv, "--use-anv"]) == 0
    (row,) = read_rows(Path("t.csv"))
    assert row["BottomText"] == "Ella And Louis|1956|"
    assert row["FileName"] == "Duets"


def test_templates_default_to_the_saved_settings(serve: Server) -> None:
    from desktop_app.store.settings import Settings

    settings = Settings()
    settings.column_values["BottomText"] = "{catno}"
    settings.column_values["FileSize"] = "ignored"
    settings.save()
    serve(adversarial_collection())
    assert cli.main(["export", "--search", "Bleached", "-o", "t.csv"]) == 0
    (row,) = read_rows(Path("t.csv"))
    assert row["BottomText"] == "SP34"


def test_invalid_template_exits_2_with_the_position(
    serve: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    srv = serve(adversarial_collection())
    assert cli.main(["export", "--bottom-text", "{artist} {yaer}", "-o", "x.csv"]) == 2
    message = one_line_error(capsys.readouterr().err)
    assert "--bottom-text" in message and "Column 10" in message and "{yaer}" in message
    assert srv.count() == 0  # found before any request
    assert cli.main(["export", "--file-name", "{note:Nope}", "-o", "x.csv"]) == 2
    assert "Nope" in one_line_error(capsys.readouterr().err)
    assert not Path("x.csv").exists()


def test_unknown_or_ambiguous_folder_exits_2(
    serve: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    serve(adversarial_collection())
    assert cli.main(["export", "--folder", "Classical"]) == 2
    message = one_line_error(capsys.readouterr().err)
    assert "Classical" in message and "Rock & Pop" in message
    assert cli.main(["export", "--folder", "1204402", "-o", "rock.csv"]) == 0


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "--added-from", "12/31/2020"]) == 2
    assert cli.main(["export", "--added-from", "2021-01-02", "--added-to", "2021-01-01"]) == 2
    assert cli.main(["frobnicate"]) == 2
    assert cli.main([]) == 2
    assert cli.main(["version"]) == 0
    assert capsys.readouterr().out.startswith("discogs-qr ")


# ---- --sort and --where (collection fields) ---------------------------------------------------
def bottom_texts(path: Path) -> list[str]:
    return [r["BottomText"] for r in read_rows(path)]


def test_sort_by_a_collection_field_is_shelf_order(serve: Server) -> None:
    serve(shelved_collection())
    args = ["export", "--bottom-text", "{note:Shelf}-{artist}", "--sort"]
    assert cli.main([*args, "shelf", "-o", "up.csv"]) == 0
    shelves = [n.split("-")[0] for n in bottom_texts(Path("up.csv"))]
    assert shelves == ["A1", "a2", "Ä3", "A10", "B1", ""]  # natural, accents folded, empty last
    assert cli.main([*args, "Shelf", "--desc", "-o", "down.csv"]) == 0
    shelves = [n.split("-")[0] for n in bottom_texts(Path("down.csv"))]
    assert shelves == ["B1", "A10", "Ä3", "a2", "A1", ""]
    assert cli.main(["export", "--bottom-text", "{artist}", "--sort", "ARTIST", "-o", "a.csv"]) == 0
    assert bottom_texts(Path("a.csv")) == [f"Artist {c}" for c in "ABCDEF"]
    assert cli.main(["export", "--bottom-text", "{artist}", "-o", "plain.csv"]) == 0
    assert bottom_texts(Path("plain.csv")) == [f"Artist {c}" for c in "FEDCBA"]  # added order


def test_where_keeps_matching_field_values(serve: Server) -> None:
    serve(shelved_collection())
    base = ["export", "--bottom-text", "{note:Shelf}", "--sort", "Shelf"]
    assert cli.main([*base, "--where", "Shelf=a*", "-o", "a.csv"]) == 0
    assert bottom_texts(Path("a.csv")) == ["A1", "a2", "Ä3", "A10"]
    assert cli.main([*base, "--where", "shelf=A?", "--where", "Media Condition=*mint*"]) == 0
    (written,) = [p for p in Path(".").glob("discogs-qr-*.csv")]
    assert bottom_texts(written) == ["A1", "a2"]  # both must match (Ä3 is in Good)
    assert cli.main([*base, "--where", "Shelf=", "-o", "none.csv"]) == 0
    assert bottom_texts(Path("none.csv")) == [""]


def test_demo_sorts_by_shelf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["export", "--demo", "--bottom-text", "{note:Shelf}", "--sort", "Shelf", "-o", "d.csv"]
    assert cli.main([*args, "--where", "Shelf=A*"]) == 0
    shelves = bottom_texts(Path("d.csv"))
    assert "A2" in shelves and "A10" in shelves
    assert shelves.index("A2") < shelves.index("A10")
    assert all(s.startswith("A") for s in shelves)


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["--sort", "Colour"], ["Colour", "Date added", "Shelf"]),
        (["--where", "Location=A*"], ["Location", "Media Condition", "Shelf"]),
        (["--where", "Shelf"], ["FIELD=PATTERN"]),
    ],
)
def test_unknown_sort_or_field_exits_2_listing_the_choices(
    serve: Server, capsys: pytest.CaptureFixture[str], args: list[str], names: list[str]
) -> None:
    serve(shelved_collection())
    assert cli.main(["export", *args, "-o", "x.csv"]) == 2
    message = one_line_error(capsys.readouterr().err)
    assert all(name in message for name in names), message
    assert not Path("x.csv").exists()


def _with_two_unreadable(collection: FakeCollection) -> list[int]:
    """Break two items of ``collection`` (no usable release id); their instance ids."""
    broken = []
    for item in collection.items[3:5]:
        item["id"] = None
        item["basic_information"]["id"] = "not a number"
        broken.append(item["instance_id"])
    return broken


@pytest.mark.parametrize(
    ("command", "rows"), [(["export", "-o", "out.csv"], 28), (["stickers", "-o", "sheet.pdf"], 0)]
)
def test_unreadable_entries_are_named_in_the_summary(
    serve: Server, capsys: pytest.CaptureFixture[str], command: list[str], rows: int
) -> None:
    collection = generated_collection({"Crate": 30})
    first, second = _with_two_unreadable(collection)
    serve(collection)
    assert cli.main(command) == 0
    if rows:
        assert len(read_rows(Path("out.csv"))) == rows
    err = capsys.readouterr().err
    assert "; 2 unreadable entries left out: instance " in err
    assert f"instance {first}, “" in err and f"instance {second}, “" in err


def test_sort_by_a_condition_is_the_order_discogs_lists_them(serve: Server) -> None:
    serve(shelved_collection())
    args = ["export", "--bottom-text", "{note:Media Condition}", "--sort", "media condition"]
    assert cli.main([*args, "-o", "up.csv"]) == 0
    assert bottom_texts(Path("up.csv")) == ["Mint (M)"] * 3 + ["Good (G)"] * 2 + [""]
    assert cli.main([*args, "--desc", "-o", "down.csv"]) == 0
    assert bottom_texts(Path("down.csv")) == ["Good (G)"] * 2 + ["Mint (M)"] * 3 + [""]
