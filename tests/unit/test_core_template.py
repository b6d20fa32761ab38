"""Templates: placeholders, escapes and validation with positions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.template import PLACEHOLDERS, parse_template, validate_template

REFERENCE_PLACEHOLDERS = {
    "artist",
    "title",
    "year",
    "discogs_folder",
    "format_name",
    "format_size",
    "format_descriptions",
    "label",
    "catno",
    "release_id",
    "instance_id",
    "date_added",
    "rating",
}


def test_every_placeholder_of_the_reference_is_known() -> None:
    assert set(PLACEHOLDERS) >= REFERENCE_PLACEHOLDERS
    for name in PLACEHOLDERS:
        assert parse_template("{" + name + "}").ok


def test_render_literals_escapes_and_line_breaks() -> None:
    tmpl = parse_template("{artist} – {title} {{live}}\n[{year}]")
    assert tmpl.ok
    assert tmpl.placeholders == ("artist", "title", "year")
    assert tmpl.render({"artist": "A", "title": "T", "year": "1999"}) == "A – T {live}\n[1999]"


def test_missing_context_renders_empty() -> None:
    assert parse_template("x{title}y").render({}) == "xy"


@pytest.mark.parametrize(
    ("text", "position", "fragment"),
    [
        ("{artst}", 0, "Unknown placeholder {artst}"),
        ("ab {title", 3, "never closed"),
        ("ab title}", 8, "without a matching"),
        ("{}", 0, "Empty placeholder"),
        ("{title}{", 7, "never closed"),
        ("{ti\ntle}", 0, "never closed"),
        ("{note:}", 0, "needs a note field"),
    ],
)
def test_issues_have_positions(text: str, position: int, fragment: str) -> None:
    issues = validate_template(text)
    assert issues, text
    assert issues[0].position == position
    assert fragment in issues[0].message
    assert str(issues[0]).startswith(f"Column {position + 1}:")


def test_unknown_placeholder_suggests_a_close_one() -> None:
    (issue,) = validate_template("{artsit}")
    assert "Did you mean {artist}?" in issue.message


def test_note_fields_are_checked_when_known() -> None:
    assert parse_template("{note:Media Condition}", ["Media Condition"]).ok
    assert parse_template("{NOTE: media condition }", ["Media Condition"]).placeholders == (
        "note:media condition",
    )
    (issue,) = validate_template("{note:Grade}", ["Media Condition"])
    assert "Grade" in issue.message


def test_several_issues_are_all_reported() -> None:
    assert [i.position for i in validate_template("{a} } {b")] == [0, 4, 6]


@given(st.text(max_size=60))
def test_any_text_parses_without_raising(text: str) -> None:
    tmpl = parse_template(text)
    tmpl.render({name: "x" for name in PLACEHOLDERS})


@given(st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=40))
def test_text_without_braces_renders_as_itself(text: str) -> None:
    tmpl = parse_template(text)
    assert tmpl.ok
    assert tmpl.render({}) == text
