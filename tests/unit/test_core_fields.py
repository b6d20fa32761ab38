"""core.fields: collection field values, natural sort keys, FIELD=PATTERN, named sorts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.core.artists import Artist
from desktop_app.core.fields import (
    COLUMN_SORT_NAMES,
    FieldMatch,
    NoteFields,
    exact_pattern,
    field_id_by_name,
    field_options,
    field_sort_key,
    field_value,
    known_first,
    parse_fields,
    parse_where,
    pattern_matches,
    sort_instances,
    sort_key_named,
)
from desktop_app.core.filters import RecordFilter, search_text
from desktop_app.core.release import Instance
from tests.fakes.dataset import DEFAULT_FIELDS

FIELDS = {1: "Media Condition", 2: "Sleeve Condition", 3: "Notes", 4: "Shelf"}


def inst(iid: int, shelf: str = "", *, artist: str = "A", year: int | None = None) -> Instance:
    notes = ((4, shelf),) if shelf else ()
    return Instance(
        iid,
        iid * 10,
        1,
        datetime(2024, 1, iid % 28 + 1, tzinfo=UTC),
        f"Title {iid}",
        year,
        artists=(Artist(artist),),
        notes=((1, "Near Mint (NM or M-)"), *notes),
    )


def test_field_value_and_empty() -> None:
    record = inst(1, "A10")
    assert field_value(record, 4) == "A10"
    assert field_value(record, 1) == "Near Mint (NM or M-)"
    assert field_value(record, 3) == ""
    assert field_sort_key(record, 3) is None


def test_shelf_order_is_natural_accent_insensitive_and_empty_last() -> None:
    shelves = ["A10", "", "a2", "B1", "Ä3", "A1"]
    records = [inst(i + 1, s) for i, s in enumerate(shelves)]
    ordered = sort_instances(records, lambda r: field_sort_key(r, 4))
    assert [field_value(r, 4) for r in ordered] == ["A1", "a2", "Ä3", "A10", "B1", ""]
    backwards = sort_instances(records, lambda r: field_sort_key(r, 4), descending=True)
    assert [field_value(r, 4) for r in backwards] == ["B1", "A10", "Ä3", "a2", "A1", ""]


def test_known_first_keeps_ties_in_order() -> None:
    assert known_first([3, 1, 2, 4], lambda v: v % 2 or None) == [3, 1, 2, 4]
    assert known_first([3, 1, 2, 4], lambda v: v % 2 or None, descending=True) == [3, 1, 2, 4]
    assert known_first(["b", "a"], lambda v: v) == ["a", "b"]


@pytest.mark.parametrize(
    ("value", "pattern", "expected"),
    [
        ("A10", "A*", True),
        ("a10", "A*", True),
        ("Ä2", "a?", True),
        ("B1", "A*", False),
        ("Near Mint (NM or M-)", "*near mint*", True),
        ("Near Mint (NM or M-)", "near", False),  # the whole value, not a part
        ("", "*", True),
        ("", "?*", False),
        ("C3", "[AB]*", False),
        ("B3", "[ab]*", True),
    ],
)
def test_pattern_matches(value: str, pattern: str, expected: bool) -> None:
    assert pattern_matches(value, pattern) is expected


def test_exact_pattern_takes_wildcards_literally() -> None:
    assert pattern_matches("Box [1]*", exact_pattern("Box [1]*"))
    assert not pattern_matches("Box 1 x", exact_pattern("Box [1]*"))
    assert not pattern_matches("A10", exact_pattern("A?0"))


def test_parse_where() -> None:
    match = parse_where("shelf=A*", FIELDS)
    assert match == FieldMatch(4, "A*")
    assert match(inst(1, "A2")) and not match(inst(2, "B2")) and not match(inst(3))
    assert parse_where(" Media  Condition =*Mint*", FIELDS) == FieldMatch(1, "*Mint*")
    assert parse_where("Shelf=", FIELDS)(inst(3))  # "=" alone: the field is empty
    with pytest.raises(ValueError, match="FIELD=PATTERN"):
        parse_where("Shelf", FIELDS)
    with pytest.raises(ValueError, match=r"“Location”.*“Shelf”"):
        parse_where("Location=A*", FIELDS)


def test_field_id_by_name_folds_case_and_accents() -> None:
    assert field_id_by_name("SHELF", FIELDS) == 4
    assert field_id_by_name("Nótes", FIELDS) == 3
    assert field_id_by_name("Shelves", FIELDS) is None


def test_sort_key_named_columns_and_fields() -> None:
    records = [
        inst(1, "A10", artist="Émile", year=1999),
        inst(2, "A2", artist="bob", year=None),
        inst(3, "", artist="Zed", year=1970),
    ]
    by_artist = sort_instances(records, sort_key_named("artist", FIELDS))
    assert [r.instance_id for r in by_artist] == [2, 1, 3]
    by_year = sort_instances(records, sort_key_named("Year", FIELDS))
    assert [r.instance_id for r in by_year] == [3, 1, 2]  # unknown year last
    by_shelf = sort_instances(records, sort_key_named("Shelf", FIELDS), descending=True)
    assert [r.instance_id for r in by_shelf] == [1, 2, 3]
    by_folder = sort_key_named("Folder", FIELDS, {1: "Jazz"})
    assert by_folder(records[0]) is not None
    assert set(COLUMN_SORT_NAMES) >= {"Artist", "Date added", "Cat#"}
    with pytest.raises(ValueError, match=r"“Date added”.*“Shelf”"):
        sort_key_named("Colour", FIELDS)


def test_search_and_record_filter_see_field_values() -> None:
    record = inst(1, "Kellerregal Ä7")
    assert "kellerregal a7" in search_text(record)
    assert RecordFilter(text="kellerregal").matches(record)
    chosen = RecordFilter(where=(FieldMatch(4, "k*"),))
    assert chosen.active
    assert chosen.apply([record, inst(2, "B1"), inst(3)]) == [record]


def conditioned(iid: int, media: str) -> Instance:
    return Instance(iid, iid * 10, 1, None, f"Title {iid}", None, notes=((1, media), (3, media)))


def test_a_dropdown_field_sorts_in_the_order_of_its_options_text_naturally() -> None:
    fields = parse_fields([*DEFAULT_FIELDS, {"id": "x"}, "junk", {"id": 9, "name": "Bad"}])
    assert dict(fields) == {1: "Media Condition", 2: "Sleeve Condition", 3: "Notes", 9: "Bad"}
    assert field_options(fields, 1)[:3] == (
        "Mint (M)",
        "Near Mint (NM or M-)",
        "Very Good Plus (VG+)",
    )
    assert field_options(fields, 3) == () and field_options(dict(fields), 1) == ()
    values = ["Good (G)", "", "Very Good Plus (VG+)", "mint (m)", "Worn 10", "Worn 9", "Poor (P)"]
    records = [conditioned(i + 1, v) for i, v in enumerate(values)]
    by_media = sort_instances(records, sort_key_named("media condition", fields))
    assert [field_value(r, 1) for r in by_media] == [
        "mint (m)",  # the options in their order (case and accents as in a search)
        "Very Good Plus (VG+)",
        "Good (G)",
        "Poor (P)",
        "Worn 9",  # then values that are none of them, naturally
        "Worn 10",
        "",  # empty last
    ]
    by_notes = sort_instances(records, sort_key_named("Notes", fields))  # a text field: A–Z
    assert [field_value(r, 3) for r in by_notes][:3] == ["Good (G)", "mint (m)", "Poor (P)"]
    assert [field_value(r, 1) for r in by_notes] == [
        field_value(r, 1) for r in sort_instances(records, lambda r: field_sort_key(r, 3))
    ]
    options = field_options(fields, 1)
    assert field_sort_key(records[2], 1, options) < field_sort_key(records[0], 1, options)


def test_note_fields_keep_their_options_when_copied_and_compare_with_them() -> None:
    fields = NoteFields({1: "Media", 3: "Notes"}, {1: ["Mint (M)", "Good (G)"], 3: [], 8: ["x"]})
    assert fields.options == {1: ("Mint (M)", "Good (G)")}  # none for a text field or no field
    assert NoteFields(fields).options == fields.options == fields.copy().options
    assert fields == {1: "Media", 3: "Notes"}
    assert fields != NoteFields({1: "Media", 3: "Notes"})
