"""Search, date range, format filters and natural sort keys."""

from __future__ import annotations

from datetime import UTC, date, timedelta, timezone

import pytest

from desktop_app.core.filters import (
    RecordFilter,
    date_preset,
    fold,
    format_choices,
    matches_format,
    natural_key,
)
from desktop_app.core.release import Instance

PACIFIC = timezone(timedelta(hours=-8))
TOKYO = timezone(timedelta(hours=9))


def inst(
    iid: int, title: str, added: str, formats: list | None = None, **extra: object
) -> Instance:
    info = {
        "title": title,
        "artists": [
            {"name": extra.get("artist", "Björk"), "anv": extra.get("anv", ""), "join": ""}
        ],
        "labels": [{"name": "One Little Indian", "catno": "TPLP 71"}],
        "formats": formats or [{"name": "Vinyl", "descriptions": ["LP"]}],
    }
    return Instance.from_item(
        {"id": iid, "instance_id": iid, "date_added": added, "basic_information": info}
    )


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Björk ÉTÉ") == "bjork ete"
    assert fold("Straße") == "strasse"
    assert fold("東京") == "東京"


def test_natural_key_orders_numbers_naturally() -> None:
    titles = ["Vol. 10", "vol. 2", "Vol. 1", "Été", "ete 2", "Alpha"]
    expected = ["Alpha", "Été", "ete 2", "Vol. 1", "vol. 2", "Vol. 10"]
    assert sorted(titles, key=natural_key) == expected
    assert natural_key("10") > natural_key("9")
    assert natural_key("1a") < natural_key("a1")  # mixed pieces compare without TypeError


def test_text_search_is_accent_insensitive_and_covers_fields() -> None:
    record = inst(1, "Homogenic", "2020-01-01T10:00:00-08:00", anv="Bjork Gudmundsdottir")
    for query in ("bjork", "HOMO", "little indian", "tplp 71", "björk homogenic", "gudmunds"):
        assert RecordFilter(text=query).matches(record), query
    assert not RecordFilter(text="björk vespertine").matches(record)


def test_date_range_is_inclusive_in_local_time() -> None:
    late = inst(1, "t", "2020-03-01T23:30:00-08:00")  # 2 March in Tokyo, 1 March in Pacific
    flt = RecordFilter(added_from=date(2020, 3, 1), added_to=date(2020, 3, 1))
    assert flt.matches(late, tz=PACIFIC)
    assert not flt.matches(late, tz=TOKYO)
    assert RecordFilter(added_from=date(2020, 3, 2)).matches(late, tz=TOKYO)
    assert not RecordFilter(added_to=date(2020, 2, 29)).matches(late, tz=PACIFIC)
    undated = Instance.from_item({"id": 1, "instance_id": 2})
    assert not flt.matches(undated) and RecordFilter().matches(undated)


def test_format_filter_matches_name_size_and_descriptions() -> None:
    seven = inst(1, "t", "", [{"name": "Vinyl", "descriptions": ['7"', "Single"]}])
    cd = inst(2, "t", "", [{"name": "CD", "descriptions": ["Album"]}])
    assert matches_format(seven, "vinyl") and matches_format(seven, '7"')
    assert matches_format(seven, "single") and not matches_format(seven, "cd")
    assert RecordFilter(format_name="CD").apply([seven, cd]) == [cd]
    assert format_choices([seven, cd, cd])[0] == "CD"


def test_filters_combine() -> None:
    a = inst(1, "Homogenic", "2020-01-01T10:00:00+00:00")
    b = inst(2, "Post", "2021-01-01T10:00:00+00:00")
    flt = RecordFilter(text="bjork", added_from=date(2020, 6, 1), format_name="vinyl")
    assert flt.apply([a, b], tz=UTC) == [b]
    assert flt.active and not RecordFilter().active


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("last7", date(2026, 11, 19), date(2026, 11, 25)),
        ("last30", date(2026, 10, 27), date(2026, 11, 25)),
        ("this_year", date(2026, 1, 1), date(2026, 11, 25)),
        ("all", None, None),
    ],
)
def test_date_presets(name: str, start: date | None, end: date | None) -> None:
    assert date_preset(name, date(2026, 11, 25)) == (start, end)


def test_unknown_preset_raises() -> None:
    with pytest.raises(ValueError):
        date_preset("yesterday", date.today())
