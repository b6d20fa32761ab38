"""The core's fast paths give exactly what the plain code gave: folding, search text, local
dates, format texts and facets, parsed dates, artist text."""

from __future__ import annotations

import random
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core import filters, release
from desktop_app.core.artists import Artist, artist_text, strip_suffix
from desktop_app.core.errors import AppError
from desktop_app.core.filters import fold, format_facets, local_date, search_text
from desktop_app.core.release import (
    Format,
    Instance,
    Label,
    PerTuple,
    format_display,
    format_size,
    parse_date,
    share_zone,
)
from tests.fakes.dataset import adversarial_items, generated_collection


# ---- references: the plain versions ---------------------------------------------------------
def reference_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def reference_search_text(inst: Instance) -> str:
    parts = [inst.artist(), inst.artist(use_anv=True), inst.title]
    for lab in inst.labels:
        parts.append(lab.name)
        parts.append(lab.catno)
    parts.extend(value for _, value in inst.notes)  # the collection fields' values
    return reference_fold(" \u0001 ".join(parts))


def reference_facets(inst: Instance) -> frozenset[str]:
    size = format_size(inst.formats)
    facets = {reference_fold(size)} if size else set()
    for fmt in inst.formats:
        facets.add(reference_fold(fmt.name))
        facets.update(reference_fold(d) for d in fmt.descriptions)
    return frozenset(f for f in facets if f)


def sample_instances() -> list[Instance]:
    items = adversarial_items() + generated_collection({"A": 400}, seed=11).items
    out = []
    for item in items:
        try:
            out.append(Instance.from_item(item))
        except AppError:  # unusable items are not what is tested here
            continue
    return out


AWKWARD = (
    "aAzZ09 .,-'&()\t\x01"
    "éÉñÅøØæßẞİıﬁǄ"
    "\u0301\u0308\u0327\u0345\u1dc0\U0001d167"  # combining marks (one above the BMP)
    "´¨ᾳΐ"  # decompose to a space or letter plus marks
    "ㄱㅏ가각"  # Hangul jamo and syllables (NFC composes jamo again)
    "日本語Ωω①²"
)
awkward_text = st.text(alphabet=AWKWARD, max_size=20)
any_text = st.text(max_size=30)


# ---- fold ------------------------------------------------------------------------------------
def test_fold_of_every_ascii_character() -> None:
    text = "".join(map(chr, range(128)))
    assert fold(text) == reference_fold(text)
    for ch in text:
        assert fold(ch) == reference_fold(ch)


@settings(max_examples=500, deadline=None)
@given(st.one_of(awkward_text, any_text))
@example("Björk ÉTÉ")
@example("Straße İstanbul")
@example("ᄀ\u0301ᅡ")  # a mark between two jamo: removed, then NFC joins them
def test_fold_equals_the_plain_version(text: str) -> None:
    assert fold(text) == reference_fold(text)


def test_combining_pattern_covers_exactly_the_combining_characters() -> None:
    pattern = filters._combining_marks()
    found = []
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if (pattern.fullmatch(ch) is not None) != bool(unicodedata.combining(ch)):
            found.append(hex(code))
    assert found == []
    assert not any(
        unicodedata.combining(chr(c)) for c in range(filters.COMBINING_LIMIT, sys.maxunicode + 1)
    )


# ---- search text -----------------------------------------------------------------------------
def test_search_text_equals_the_plain_version() -> None:
    for inst in sample_instances():
        assert search_text(inst) == reference_search_text(inst)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(awkward_text, awkward_text), min_size=0, max_size=3),
    awkward_text,
    st.lists(st.tuples(awkward_text, awkward_text), max_size=2),
)
def test_search_text_equals_the_plain_version_for_any_text(
    artists: list[tuple[str, str]], title: str, labels: list[tuple[str, str]]
) -> None:
    inst = Instance(
        1,
        1,
        1,
        None,
        title,
        None,
        artists=tuple(Artist(name, anv, "&") for name, anv in artists),
        labels=tuple(Label(name, catno) for name, catno in labels),
    )
    assert search_text(inst) == reference_search_text(inst)


# ---- local dates -----------------------------------------------------------------------------
@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Switch the process's local time zone (TZ + time.tzset); restored afterwards."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available here")

    def use(name: str) -> None:
        if "/" in name and not (Path("/usr/share/zoneinfo") / name).exists():
            pytest.skip(f"no zone data for {name}")
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


def _transitions(start: int, end: int, step: int = 6 * 3600) -> list[int]:
    """UTC seconds near which the local offset changes (found every ``step`` seconds)."""
    out = []
    previous = datetime.fromtimestamp(start, UTC).astimezone().utcoffset()
    for second in range(start + step, end, step):
        offset = datetime.fromtimestamp(second, UTC).astimezone().utcoffset()
        if offset != previous:
            out.append(second)
        previous = offset
    return out


def _moments() -> Iterator[datetime]:
    rng = random.Random(4)
    zones = [timezone(timedelta(minutes=m)) for m in (0, -480, -210, 60, 345, 600, 840)]
    start, end = 946_684_800, 1_924_992_000  # 2000 … 2031
    for center in _transitions(start, end):
        for second in range(center - 40 * 3600, center + 16 * 3600, 7 * 60 + 1):
            yield datetime.fromtimestamp(second, rng.choice(zones))
    for _ in range(3000):
        second = rng.randrange(-2_000_000_000, 4_000_000_000)
        moment = datetime.fromtimestamp(second, rng.choice(zones))
        yield moment.replace(microsecond=rng.choice((0, 1, 500_000, 999_999)))
    for text in ("0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59-01:00", "1969-12-31T23:59:59Z"):
        parsed = parse_date(text)
        assert parsed is not None
        yield parsed


@pytest.mark.parametrize(
    "zone",
    [
        "UTC0",
        "EST5EDT,M3.2.0,M11.1.0",  # POSIX rules: needs no zone files
        "<+0545>-5:45",
        "America/New_York",
        "Europe/London",
        "America/Santiago",  # changes at midnight
        "Australia/Lord_Howe",  # half-hour daylight saving
        "Pacific/Apia",  # skipped 30 December 2011
    ],
)
def test_local_date_equals_astimezone(local_zone: Callable[[str], None], zone: str) -> None:
    local_zone(zone)
    checked = 0
    for moment in _moments():
        try:
            expected: date | type[Exception] = moment.astimezone().date()
        except (OverflowError, OSError, ValueError) as exc:
            expected = type(exc)
        if isinstance(expected, date):
            assert local_date(moment) == expected, moment
        else:
            with pytest.raises(expected):
                local_date(moment)
        checked += 1
    assert checked > 3000


def test_local_date_follows_a_change_of_zone(local_zone: Callable[[str], None]) -> None:
    moment = datetime(2024, 5, 1, 22, 30, tzinfo=UTC)
    local_zone("UTC0")
    assert local_date(moment) == date(2024, 5, 1)
    local_zone("JST-9")
    assert local_date(moment) == date(2024, 5, 2)
    local_zone("PST8")
    assert local_date(moment) == date(2024, 5, 1)
    assert local_date(datetime(2024, 5, 1, 5, tzinfo=UTC)) == date(2024, 4, 30)


def test_local_date_with_a_zone_or_a_naive_moment_is_astimezone() -> None:
    tokyo = timezone(timedelta(hours=9))
    moment = datetime(2024, 5, 1, 22, 30, tzinfo=UTC)
    assert local_date(moment, tokyo) == date(2024, 5, 2)
    naive = datetime(2024, 5, 1, 12, 0)
    assert local_date(naive) == naive.astimezone().date()


# ---- formats ---------------------------------------------------------------------------------
def test_format_texts_and_facets_equal_the_plain_versions() -> None:
    for inst in sample_instances():
        assert inst.format_size == format_size(inst.formats)
        assert inst.format_display == format_display(inst.formats)
        assert format_facets(inst) == reference_facets(inst)
        assert format_facets(inst) == reference_facets(inst)  # remembered: the same answer


def test_equal_formats_are_one_tuple_and_equal_facets_one_set() -> None:
    def item(iid: int, formats: list[dict[str, object]]) -> dict[str, object]:
        return {"id": iid, "instance_id": iid, "basic_information": {"formats": formats}}

    vinyl = [{"name": "Vinyl", "qty": "2", "descriptions": ["LP", "Album"]}]
    a, b = Instance.from_item(item(1, vinyl)), Instance.from_item(item(2, vinyl))
    assert a.formats is b.formats
    assert a.formats == (Format("Vinyl", 2, ("LP", "Album")),)
    c = Instance(3, 3, 1, None, "", None, formats=(Format("vinyl", 2, ("lp", "album")),))
    assert format_facets(c) == format_facets(a)
    assert format_facets(c) is format_facets(a)


def test_per_tuple_remembers_tuples_only() -> None:
    calls: list[object] = []

    def size(formats: tuple[Format, ...]) -> str:
        calls.append(formats)
        return format_size(formats)

    memo = PerTuple(size, size=2)
    formats = (Format("Vinyl", 1, ('7"',)),)
    assert memo(formats) == memo(formats) == '7"'
    assert len(calls) == 1
    changing = [Format("Vinyl", 1, ("LP",))]
    assert memo(changing) == '12"'  # type: ignore[arg-type]
    changing[0] = Format("Vinyl", 1, ('10"',))
    assert memo(changing) == '10"'  # type: ignore[arg-type]
    for n in range(5):  # more tuples than it keeps: still right
        other = (Format("Vinyl", 1, (f'{n}"',)),)
        assert memo(other) == f'{n}"'
    memo.cache_clear()
    assert memo(formats) == '7"'


# ---- dates -----------------------------------------------------------------------------------
def test_parsed_dates_share_their_offset_objects() -> None:
    a = parse_date("2024-05-15T10:57:33-07:00")
    b = parse_date("2023-01-02T03:04:05.250-07:00")
    assert a is not None and b is not None
    assert a.tzinfo is b.tzinfo
    assert b == datetime.fromisoformat("2023-01-02T03:04:05.250-07:00")
    assert b.microsecond == 250_000 and b.fold == 0
    assert parse_date("2024-05-15T10:57:33Z") == datetime(2024, 5, 15, 10, 57, 33, tzinfo=UTC)


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), allow_imaginary=True
    ),
    st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1),
)
def test_parse_date_equals_fromisoformat(moment: datetime, minutes: int) -> None:
    text = moment.replace(tzinfo=timezone(timedelta(minutes=minutes))).isoformat()
    expected = datetime.fromisoformat(text)
    for _ in range(2):  # the second parse gets the shared offset object
        got = parse_date(text)
        assert got is not None
        assert got == expected
        assert (got.isoformat(), got.tzname(), got.utcoffset(), got.fold) == (
            expected.isoformat(),
            expected.tzname(),
            expected.utcoffset(),
            expected.fold,
        )


def test_share_zone_keeps_names_and_fold() -> None:
    plain = timezone(timedelta(hours=1))
    named = timezone(timedelta(hours=1), "CET")
    first = share_zone(datetime(2024, 1, 1, tzinfo=plain))
    other = share_zone(datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=1))))
    assert other.tzinfo is first.tzinfo
    with_name = share_zone(datetime(2024, 1, 3, tzinfo=named))
    assert with_name.tzname() == "CET"
    folded = share_zone(datetime(2024, 1, 4, 1, 30, fold=1, tzinfo=timezone(timedelta(hours=1))))
    assert folded.fold == 1 and folded.tzinfo is first.tzinfo
    naive = datetime(2024, 1, 5)
    assert share_zone(naive) is naive


# ---- artists ---------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(
    st.one_of(awkward_text, st.sampled_from(["Prince (2)", "Prince (2) ", " (3)", "A (x)", "(2)"])),
    st.sampled_from(["", "Anv"]),
)
def test_one_artist_text_equals_artist_text(name: str, anv: str) -> None:
    artists = (Artist.from_json({"name": name, "anv": anv}),)
    inst = Instance(1, 1, 1, None, "", None, artists=artists)
    assert inst.artist() == artist_text(artists)
    assert inst.artist(use_anv=True) == artist_text(artists, use_anv=True)


def test_strip_suffix() -> None:
    assert strip_suffix("Prince (2)") == "Prince"
    assert strip_suffix("  Prince (12)  ") == "Prince"
    assert strip_suffix("(2)") == "(2)"
    assert strip_suffix("Sunn O)))") == "Sunn O)))"
    assert strip_suffix("Prince (2)\n") == "Prince"


def test_artist_from_json_fields() -> None:
    assert Artist.from_json({"name": 5, "anv": None, "join": 0}) == Artist("5", "", "")
    assert Artist.from_json({"name": " A ", "anv": " B", "join": ", "}) == Artist("A", "B", ",")


def test_genres_and_styles_are_shared() -> None:
    def item(iid: int) -> dict[str, object]:
        info = {"genres": ["Jazz", " Funk "], "styles": [], "title": "t"}
        return {"id": iid, "instance_id": iid, "basic_information": info}

    a, b = Instance.from_item(item(1)), Instance.from_item(item(2))
    assert a.genres == ("Jazz", "Funk") and a.genres is b.genres and a.styles == ()
    assert release._names(["Rock", None, "", 7]) == ("Rock", "7")
