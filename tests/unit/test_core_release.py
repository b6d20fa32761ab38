"""Instances, artist text and format facts built from Discogs collection items."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.core.artists import Artist, artist_text, join_token, strip_suffix
from desktop_app.core.errors import AppError, ErrorKind
from desktop_app.core.release import Format, Instance, format_size, parse_date


def item(**info: object) -> dict:
    base = {
        "id": 10,
        "instance_id": 100,
        "folder_id": 1,
        "rating": 3,
        "date_added": "2020-02-29T23:30:00-08:00",
        "basic_information": {
            "id": 10,
            "title": "Title",
            "year": 1999,
            "artists": [{"name": "A", "anv": "", "join": ""}],
            "labels": [{"name": "Lab", "catno": "CAT 1"}],
            "formats": [{"name": "Vinyl", "qty": "1", "descriptions": ["LP", "Album"]}],
        },
    }
    base["basic_information"].update(info)
    return base


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Prince (2)", "Prince"), ("Nirvana (13)", "Nirvana"), ("(2)", "(2)"), ("A (B)", "A (B)")],
)
def test_strip_suffix(name: str, expected: str) -> None:
    assert strip_suffix(name) == expected


@pytest.mark.parametrize(
    ("token", "shown"),
    [(",", ", "), ("", ", "), ("&", " & "), ("Feat.", " Feat. "), ("Vs.", " Vs. "), ("/", " / ")],
)
def test_join_tokens(token: str, shown: str) -> None:
    assert join_token(token) == shown


def test_artist_text_joins_strips_and_uses_anv() -> None:
    artists = [
        Artist("Prince (2)", "The Artist", ","),
        Artist("Sheila E.", "", "Feat."),
        Artist("Miles Davis (3)", "Miles", ""),
    ]
    assert artist_text(artists) == "Prince, Sheila E. Feat. Miles Davis"
    assert artist_text(artists, use_anv=True) == "The Artist, Sheila E. Feat. Miles"
    assert artist_text([Artist("Various")]) == "Various"
    assert artist_text([]) == ""


def test_instance_from_item_reads_everything() -> None:
    inst = Instance.from_item(
        item(
            artists=[
                {"name": "Simon (4)", "anv": "", "join": "&"},
                {"name": "Garfunkel", "anv": "", "join": ""},
            ]
        )
    )
    assert (inst.instance_id, inst.release_id, inst.folder_id, inst.rating) == (100, 10, 1, 3)
    assert inst.artist() == "Simon & Garfunkel"
    assert inst.year == 1999
    assert inst.date_added == datetime(2020, 3, 1, 7, 30, tzinfo=UTC)
    assert inst.date_added.utcoffset() == timedelta(hours=-8)
    assert (inst.label, inst.catno, inst.format_name, inst.format_size) == (
        "Lab",
        "CAT 1",
        "Vinyl",
        '12"',
    )
    assert inst.format_display == "Vinyl, LP, Album"


def test_year_zero_and_missing_fields_are_unknown_not_errors() -> None:
    inst = Instance.from_item(
        {"id": 5, "instance_id": 6, "basic_information": {"year": 0, "labels": None}}
    )
    assert inst.year is None
    assert inst.title == "" and inst.labels == () and inst.date_added is None


@pytest.mark.parametrize("bad", [{}, {"id": 1}, {"instance_id": "x", "id": 1}, "text", None])
def test_unusable_items_raise_a_data_error(bad: object) -> None:
    with pytest.raises(AppError) as err:
        Instance.from_item(bad)  # type: ignore[arg-type]
    assert err.value.kind is ErrorKind.DATA


def test_catno_none_counts_as_empty_and_label_suffix_removed() -> None:
    inst = Instance.from_item(
        item(labels=[{"name": "Columbia (2)", "catno": "none"}, {"name": "CBS", "catno": "S 123"}])
    )
    assert inst.label == "Columbia"
    assert inst.catno == "S 123"


@pytest.mark.parametrize(
    ("formats", "size"),
    [
        ([Format("Vinyl", 1, ('7"', "Single"))], '7"'),
        ([Format("Vinyl", 1, ('10"', "EP"))], '10"'),
        ([Format("Vinyl", 2, ("LP", "Album"))], '12"'),
        ([Format("Vinyl", 1, ('12"', "33 ⅓ RPM"))], '12"'),
        ([Format("Box Set", 1, ()), Format("Vinyl", 5, ("LP",))], '12"'),
        ([Format("CD", 1, ("Album",))], ""),
        ([Format("Vinyl", 1, ("EP",))], ""),
        ([], ""),
    ],
)
def test_format_size(formats: list[Format], size: str) -> None:
    assert format_size(formats) == size


def test_box_set_display_and_descriptions() -> None:
    inst = Instance.from_item(
        item(
            formats=[
                {"name": "Box Set", "qty": "1", "descriptions": ["Compilation"]},
                {"name": "Vinyl", "qty": "5", "descriptions": ["LP", "Compilation"]},
            ]
        )
    )
    assert inst.format_display == "Box Set, Compilation + 5 × Vinyl, LP, Compilation"
    assert inst.format_descriptions == "Compilation, LP"
    assert inst.format_name == "Box Set"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-03-05T14:22:31-08:00", datetime(2019, 3, 5, 22, 22, 31, tzinfo=UTC)),
        ("2019-03-05T14:22:31Z", datetime(2019, 3, 5, 14, 22, 31, tzinfo=UTC)),
        ("2019-03-05T14:22:31", datetime(2019, 3, 5, 14, 22, 31, tzinfo=UTC)),
        ("garbage", None),
        ("", None),
        (None, None),
        (12, None),
    ],
)
def test_parse_date(text: object, expected: datetime | None) -> None:
    assert parse_date(text) == expected


def test_dates_are_aware() -> None:
    parsed = parse_date("2021-07-01T00:00:00-07:00")
    assert parsed is not None and parsed.tzinfo is not None
    assert parsed.astimezone(UTC).hour == 7
