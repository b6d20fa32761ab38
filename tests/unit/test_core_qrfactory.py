"""QR Factory 3 rows: defaults, templates, FileNames, validation."""

from __future__ import annotations

from datetime import UTC

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.qrfactory import (
    COLUMN_INDEX,
    COLUMNS,
    DEFAULTS,
    ExportOptions,
    build_rows,
    duplicate_file_names,
    neutralise,
    safe_file_name,
    validate_cell,
    validate_row,
)
from desktop_app.core.release import Instance

BT, FN, CT = COLUMN_INDEX["BottomText"], COLUMN_INDEX["FileName"], COLUMN_INDEX["Content"]


def inst(instance_id: int, release_id: int, **info: object) -> Instance:
    basic = {
        "title": "Nevermind",
        "year": 1991,
        "artists": [{"name": "Nirvana (2)", "anv": "Nirvana!", "join": ""}],
        "labels": [{"name": "DGC", "catno": "DGC-24425"}],
        "formats": [{"name": "Vinyl", "qty": "1", "descriptions": ["LP", "Album"]}],
    }
    basic.update(info)
    return Instance.from_item(
        {
            "id": release_id,
            "instance_id": instance_id,
            "folder_id": 7,
            "rating": 4,
            "date_added": "2021-01-01T23:30:00-08:00",
            "notes": [{"field_id": 1, "value": "VG+\r\nseam split"}],
            "basic_information": basic,
        }
    )


FOLDERS = {7: "Grunge, 90s 🎸"}
FIELDS = {1: "Media Condition"}


def test_thirty_columns_in_the_reference_order_with_defaults() -> None:
    assert len(COLUMNS) == 30 and COLUMNS[0] == "Type" and COLUMNS[-1] == "FileName"
    assert set(DEFAULTS) == set(COLUMNS)
    row = build_rows([inst(1, 367104)], folder_names=FOLDERS)[0]
    assert len(row) == 30
    assert row[BT] == "Nirvana – Nevermind [1991]\nGrunge, 90s 🎸"
    assert row[CT] == "https://www.discogs.com/release/367104"
    assert row[FN] == "367104"
    fixed = {
        c: v
        for c, v in zip(COLUMNS, row, strict=True)
        if c not in ("BottomText", "Content", "FileName")
    }
    assert fixed == {c: DEFAULTS[c] for c in fixed}


def test_year_zero_is_never_printed_as_zero() -> None:
    row = build_rows([inst(1, 2, year=0)])[0]
    assert "[unknown]" in row[BT] and "[0]" not in row[BT]
    custom = ExportOptions(unknown_year="?")
    assert "[?]" in build_rows([inst(1, 2, year=0)], custom)[0][BT]


def test_anv_option() -> None:
    options = ExportOptions(use_anv=True)
    assert build_rows([inst(1, 2)], options)[0][BT].startswith("Nirvana! – ")


def test_every_placeholder_renders() -> None:
    template = (
        "{artist}|{title}|{year}|{discogs_folder}|{format_name}|{format_size}|"
        "{format_descriptions}|{label}|{catno}|{release_id}|{instance_id}|{date_added}|"
        "{rating}|{note:Media Condition}|{format}"
    )
    options = ExportOptions().with_values(BottomText=template)
    row = build_rows([inst(5, 9)], options, folder_names=FOLDERS, note_fields=FIELDS, tz=UTC)[0]
    assert row[BT].split("|") == [
        "Nirvana",
        "Nevermind",
        "1991",
        "Grunge, 90s 🎸",
        "Vinyl",
        '12"',
        "LP, Album",
        "DGC",
        "DGC-24425",
        "9",
        "5",
        "2021-01-02",
        "4",
        "VG+\r\nseam split",
        "Vinyl, LP, Album",
    ]


def test_duplicate_release_gets_a_stable_distinct_name_whatever_the_order() -> None:
    a, b, c = inst(30, 5), inst(10, 5), inst(20, 6)
    names = [r[FN] for r in build_rows([a, b, c])]
    assert names == ["5-30", "5", "6"]
    names_reversed = [r[FN] for r in build_rows([c, b, a])]
    assert names_reversed == ["6", "5", "5-30"]


def test_file_names_unique_case_insensitively_and_safe() -> None:
    options = ExportOptions().with_values(FileName="{title}")
    rows = build_rows(
        [
            inst(1, 1, title="Abc"),
            inst(2, 2, title="ABC"),
            inst(3, 3, title="日本"),
            inst(4, 4, title="CON"),
        ],
        options,
    )
    names = [r[FN] for r in rows]
    assert names == ["Abc", "ABC-2", "3", "CON_"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Björk – Homogenic", "Bjork_Homogenic"),
        ("../../etc/passwd", "etc_passwd"),
        ("  ..hidden", "hidden"),
        ("a/b\\c:d*e?f", "a_b_c_d_e_f"),
        ("日本語", "fallback"),
        ("___", "fallback"),
        ("x" * 300, "x" * 120),
        ("lpt1.txt", "lpt1_.txt"),
    ],
)
def test_safe_file_name(text: str, expected: str) -> None:
    assert safe_file_name(text, "fallback") == expected


@given(st.text(max_size=80))
def test_safe_file_name_always_safe(text: str) -> None:
    name = safe_file_name(text, "x")
    assert name and all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in name)
    assert not name.startswith(".")


def test_formula_neutralisation_is_an_option() -> None:
    evil = inst(1, 2, title="=HYPERLINK(1)", artists=[{"name": "+Plus", "join": ""}])
    plain = build_rows([evil])[0]
    assert plain[BT].startswith("+Plus – =HYPERLINK(1)")
    safe = build_rows([evil], ExportOptions(neutralise_formulas=True))[0]
    assert safe[BT].startswith("'+Plus")
    assert neutralise("-5") == "-5" and neutralise("-x") == "'-x" and neutralise("@a") == "'@a"


@pytest.mark.parametrize(
    ("column", "value", "ok"),
    [
        ("BackgroundColor", "#A1b2C3", True),
        ("BackgroundColor", "red", False),
        ("BackgroundColor", "#FFF", False),
        ("OutputSize", "1024", True),
        ("OutputSize", "10.5", False),
        ("OutputSize", "abc", False),
        ("OutputSize", "0", False),
        ("PixelRoundness", "0.5", True),
        ("PixelRoundness", "1.5", False),
        ("PixelRoundness", "nan", False),
        ("ReliabilityLevel", "Quartile", True),
        ("ReliabilityLevel", "Ultra", False),
        ("Content", "", False),
        ("Content", "https://x", True),
        ("FileName", "", False),
        ("FileName", "a b", False),
        ("FileName", "a_b-1.2", True),
        ("BottomText", "anything\nat all", True),
    ],
)
def test_validate_cell(column: str, value: str, ok: bool) -> None:
    message = validate_cell(column, value)
    assert (message is None) == ok, message


def test_default_rows_validate_and_duplicates_are_found() -> None:
    rows = build_rows([inst(1, 2), inst(3, 4)])
    assert all(validate_row(r) == [] for r in rows)
    rows[1][FN] = rows[0][FN].upper()
    assert duplicate_file_names(rows) == {1: "FileName “2” is already used by row 1."}


def test_template_issues_are_reported_not_raised() -> None:
    options = ExportOptions().with_values(BottomText="{artist} {oops", FileName="{nope}")
    issues = options.issues()
    assert set(issues) == {"BottomText", "FileName"}
    rows = build_rows([inst(1, 2)], options)
    assert rows[0][FN] == "2"  # empty name falls back to the release id
