"""RFC 4180 writing, reading back, encodings and atomic saves."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import csvio
from desktop_app.core.csvio import atomic_write_bytes, csv_text, quote_field, read_csv, write_csv
from desktop_app.core.qrfactory import COLUMNS

REFERENCE = Path("/work/shared/reference/example.csv")


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        ("plain", "plain"),
        ("a,b", '"a,b"'),
        ('say "hi"', '"say ""hi"""'),
        ("line\nbreak", '"line\nbreak"'),
        ("cr\rhere", '"cr\rhere"'),
        ("", ""),
        (" padded ", " padded "),
    ],
)
def test_quote_field(value: str, quoted: str) -> None:
    assert quote_field(value) == quoted


def test_header_crlf_and_inner_line_breaks() -> None:
    text = csv_text([["a", "x\ny", 'q"'], ["1", "2", "3"]], header=["A", "B", "C"])
    assert text == 'A,B,C\r\na,"x\ny","q"""\r\n1,2,3\r\n'


def test_lf_and_bom_options() -> None:
    text = csv_text([["a"]], header=["H"], line_end="\n", bom=True)
    assert text == "\ufeffH\na\n"
    with pytest.raises(ValueError):
        csv_text([], line_end="\r")


def test_default_header_is_the_thirty_columns() -> None:
    first = csv_text([]).split("\r\n")[0]
    assert first.split(",") == list(COLUMNS)
    assert len(COLUMNS) == 30


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference files not beside the project")
def test_matches_pythons_csv_module_on_the_reference_example() -> None:
    rows = read_csv(REFERENCE)
    assert rows[0] == list(COLUMNS)
    assert csv_text(rows[1:]).encode("utf-8") == REFERENCE.read_bytes()


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=300)
@given(st.lists(st.lists(cell, min_size=3, max_size=3), max_size=6), st.booleans(), st.booleans())
def test_any_text_survives_a_write_read_round_trip(
    rows: list[list[str]], bom: bool, lf: bool
) -> None:
    text = csv_text(rows, header=["a", "b", "c"], bom=bom, line_end="\n" if lf else "\r\n")
    back = csvio.read_csv_text(text)
    assert back == [["a", "b", "c"], *rows]
    # an independent parser agrees
    body = text.removeprefix("\ufeff")
    assert list(csv.reader(io.StringIO(body, newline=""))) == [["a", "b", "c"], *rows]


@settings(max_examples=300)
@given(st.lists(st.lists(cell, min_size=2, max_size=4), max_size=5), st.booleans())
def test_fast_writer_matches_rfc4180_quoting_rule(rows: list[list[str]], lf: bool) -> None:
    """Every field is quoted exactly when it holds a comma, a quote, CR or LF."""
    end = "\n" if lf else "\r\n"
    expected = "".join(",".join(quote_field(c) for c in row) + end for row in rows)
    assert csv_text(rows, header=None, line_end=end) == expected


def test_lone_carriage_return_is_quoted_with_lf_line_ends() -> None:
    assert csv_text([["a\rb", "c"]], header=None, line_end="\n") == '"a\rb",c\n'


def test_write_csv_is_utf8_and_reads_back(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    rows = [["日本語 🎵", "שלום, עולם", 'He said "no"\nthen left']]
    write_csv(target, rows, header=["x", "y", "z"])
    raw = target.read_bytes()
    assert raw.startswith(b"x,y,z\r\n")
    assert "日本語 🎵".encode() in raw
    assert read_csv(target) == [["x", "y", "z"], *rows]
    write_csv(target, rows, header=["x", "y", "z"], bom=True)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfx,y,z")
    assert read_csv(target)[0] == ["x", "y", "z"]


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "file.csv"
    atomic_write_bytes(target, b"old")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.csv"]


def test_atomic_write_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "file.csv"
    target.write_bytes(b"precious")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_bytes(target, b"partial")
    assert target.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.csv"]


def test_atomic_write_interrupted_while_writing_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "file.csv"
    target.write_bytes(b"precious")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, b"x" * 100_000)
    assert target.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["file.csv"]


def test_atomic_write_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        atomic_write_bytes(tmp_path / "nope" / "x.csv", b"data")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_atomic_write_keeps_existing_permissions_and_uses_umask_for_new(tmp_path: Path) -> None:
    existing = tmp_path / "existing.csv"
    existing.write_bytes(b"a")
    existing.chmod(0o640)
    atomic_write_bytes(existing, b"b")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    fresh = atomic_write_bytes(tmp_path / "fresh.csv", b"c")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~csvio._UMASK
