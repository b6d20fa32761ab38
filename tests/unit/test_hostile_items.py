"""Hostile collection items (property-based): never a crash, bad entries counted and named,
every usable one stored, shown and exported."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.collection import Page, entry_name, instances_from_items, unreadable_entries
from desktop_app.core.csvio import csv_bytes, read_csv_text
from desktop_app.core.qrfactory import COLUMN_INDEX, ExportOptions, build_rows
from desktop_app.store.cache import Cache, rows_from_items

NASTY = [
    "\ud800",
    "\udfff",
    "\u202e",
    "\u2066",
    "\u200f",
    "\x00",
    "\r",
    "\r\n",
    "\x1b[31m",
    "\ufeff",
]
HUGE = "x" * 1_000_000

text = st.one_of(
    st.text(max_size=20),
    st.lists(st.sampled_from(NASTY) | st.text(max_size=3), max_size=6).map("".join),
    st.just(HUGE),
    st.just(" Prince (2) "),
)
scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    text,
)
junk = st.recursive(
    scalar,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
an_id = st.one_of(st.integers(min_value=1, max_value=2**40), st.integers().map(str), junk)


def maybe(key: str, value: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(st.just({}), value.map(lambda v: {key: v}))


def merged(*parts: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.tuples(*parts).map(lambda ds: {k: v for d in ds for k, v in d.items()})


artist = merged(maybe("name", text | junk), maybe("anv", text | junk), maybe("join", text | junk))
fmt = merged(
    maybe("name", text | junk),
    maybe("qty", st.integers().map(str) | junk),
    maybe("descriptions", st.lists(text | junk, max_size=3) | junk),
    maybe("text", text),
)
info = merged(
    maybe("id", an_id),
    maybe("title", text | junk),
    maybe("year", st.integers() | junk),
    maybe("artists", st.lists(artist | junk, max_size=3) | junk),
    maybe("labels", st.lists(merged(maybe("name", text), maybe("catno", text | junk)), max_size=2)),
    maybe("formats", st.lists(fmt | junk, max_size=2) | junk),
    maybe("genres", st.lists(text | junk, max_size=2) | junk),
    maybe("styles", junk),
    maybe("thumb", text | junk),
    maybe("master_id", junk),
)
item = st.one_of(
    merged(
        maybe("id", an_id),
        maybe("instance_id", an_id),
        maybe("folder_id", an_id),
        maybe("date_added", text | st.just("2021-02-03T04:05:06-08:00") | junk),
        maybe("rating", junk),
        maybe(
            "notes", st.lists(merged(maybe("field_id", junk), maybe("value", text | junk))) | junk
        ),
        maybe("basic_information", info | junk),
    ),
    junk,
)


def usable(entry: Any) -> bool:
    """Independently of the app: does the entry carry an instance id and a release id?"""
    if not isinstance(entry, dict):
        return False
    basic = entry.get("basic_information")
    basic = basic if isinstance(basic, dict) else {}
    try:
        ids = [int(entry["instance_id"]), int(entry.get("id") or basic.get("id"))]
    except (KeyError, TypeError, ValueError, OverflowError):
        return False
    return all(-(2**63) <= i < 2**63 for i in ids)  # within what SQLite can store


def printable(name: str) -> bool:
    return len(name) < 200 and not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in name)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(item, max_size=6))
@example([{"instance_id": float("inf"), "id": 1}])
@example([{"instance_id": 1, "id": 1, "rating": float("inf"), "folder_id": float("-inf")}])
@example([{"instance_id": 2, "id": 2, "basic_information": {"year": float("nan"), "title": HUGE}}])
@example([{"instance_id": "3", "id": "4", "notes": [{"field_id": 1e308 * 10, "value": "\ud800"}]}])
def test_hostile_items_never_crash_and_bad_ones_are_counted_and_named(items: list[Any]) -> None:
    instances, skipped = instances_from_items(items)
    assert len(instances) == sum(usable(i) for i in items)
    assert skipped == len(items) - len(instances)
    names = unreadable_entries(items)
    assert len(names) == skipped and all(printable(n) for n in names)
    page = Page(0, 1, 1, len(items), instances, items, skipped)
    assert page.skipped_names == names
    rows = build_rows(instances, ExportOptions(neutralise_formulas=True))
    data = csv_bytes(rows)  # encodable: no lone surrogate reaches the bytes
    parsed = read_csv_text(data.decode("utf-8"))
    assert len(parsed) == len(instances) + 1
    for row, inst in zip(parsed[1:], instances, strict=True):
        assert row[COLUMN_INDEX["Content"]].endswith(f"/release/{inst.release_id}")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(item, max_size=5))
def test_hostile_items_are_stored_and_read_back(items: list[Any]) -> None:
    rows, skipped = rows_from_items(items)
    assert len(rows) == sum(usable(i) for i in items) and skipped == len(items) - len(rows)
    with tempfile.TemporaryDirectory() as folder:
        cache = Cache(Path(folder) / "library.sqlite3")
        try:
            cache.store_rows(rows)
            assert {i.instance_id for i in cache.instances(0)} == {r[0] for r in rows}
        finally:
            cache.close()


def test_entry_names_show_ids_and_a_safe_title() -> None:
    assert entry_name({"id": 5, "basic_information": {"title": "A\u202eB\x00" + HUGE}}).startswith(
        "release 5, “A B"
    )
    assert entry_name([1]) == "an entry that is not an object (list)"
    assert entry_name({}) == "an entry without ids or title"
