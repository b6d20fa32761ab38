"""natural_sort_text: the same strings as the table's per-character sort_text, in C speed."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core.filters import fold, natural_key, natural_sort_text


# ---- the reference: release_model.sort_text as it was, one character at a time ---------------
def reference_sort_text(text: str) -> str:
    out: list[str] = []
    piece: list[str] = []
    digits: list[str] = []
    folded = fold(text).strip()
    for ch in folded:
        if ch.isdecimal():
            if piece:
                out.append("\x02" + "".join(piece))
                piece = []
            digits.append(ch)
        else:
            if digits:
                out.append(_reference_number("".join(digits)))
                digits = []
            piece.append(ch if ch >= "\x03" else "\x03")
    if piece:
        out.append("\x02" + "".join(piece))
    if digits:
        out.append(_reference_number("".join(digits)))
    return "".join(out)


def _reference_number(digits: str) -> str:
    text = str(int(digits))
    return "\x01" + chr(0x30 + len(text)) + text


def _sign(a: object, b: object) -> int:
    return (a > b) - (a < b)  # type: ignore[operator]


# Characters that make the difference: digits of several scripts, combining marks, ligatures,
# characters that case-fold or decompose to several, controls (also below \x03), spaces.
AWKWARD = (
    "0123456789aAzZ .-_/()"
    "٠١٢٣٩۰۹०९๐๙０９𝟎𝟗"  # Arabic-Indic, Extended Arabic-Indic, Devanagari, Thai, fullwidth, math
    "²³¹①፩፲ↂ"  # digits that are not decimal (superscripts, circled, Ethiopic, Roman numeral)
    "éÉèñÑüÜÅåøØæÆßẞİıﬁﬀǄǅǆ"
    "\u0301\u0308\u0327\u20dd"  # combining marks
    "日本語한국어Ωω"
    "\x00\x01\x02\x03\t\n\x1f\x7f\u00a0\u2028\u3000"
)
awkward_text = st.text(alphabet=AWKWARD, max_size=24)
any_text = st.text(max_size=40)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Vol. 2",
        "Vol. 10",
        "Vol 007",
        "007",
        "0",
        "000",
        "a1b22c333",
        "12 Inch 7",
        "Björk – Homogenic",
        "ÉTÉ 2",
        "坂本龍一 1",
        "٣٤ apples",
        "x²",
        "①②",
        "a\x00b\x01c\x02d",
        "  Vol.\t3  ",
        "ﬁ1",
    ],
)
def test_equals_the_reference(text: str) -> None:
    assert natural_sort_text(text) == reference_sort_text(text)


@settings(max_examples=600, deadline=None)
@given(st.one_of(awkward_text, any_text))
@example("")
@example("\x00")
@example("1\x002")
@example("٠٠٧")
def test_equals_the_reference_for_any_text(text: str) -> None:
    assert natural_sort_text(text) == reference_sort_text(text)


def _applicable(text: str) -> bool:
    """natural_key and these strings agree unless a word holds characters below \\x03."""
    return not re.search("[\x00-\x02]", fold(text))


@settings(max_examples=600, deadline=None)
@given(st.one_of(awkward_text, any_text), st.one_of(awkward_text, any_text))
@example("Vol. 2", "Vol. 10")
@example("a", "a1")
@example("a b", "a1")
@example("007", "7")
@example("1a", "a1")
def test_orders_as_natural_key(a: str, b: str) -> None:
    if not (_applicable(a) and _applicable(b)):
        return
    assert _sign(natural_sort_text(a), natural_sort_text(b)) == _sign(
        natural_key(a), natural_key(b)
    )


def test_natural_order_examples() -> None:
    titles = ["Vol. 10", "vol. 2", "Vol. 1", "Été", "ete 2", "Alpha", "10cc", "2Pac", ""]
    expected = ["", "2Pac", "10cc", "Alpha", "Été", "ete 2", "Vol. 1", "vol. 2", "Vol. 10"]
    assert sorted(titles, key=natural_sort_text) == expected
    assert natural_sort_text("Vol 007") == natural_sort_text("vol 7")
    assert natural_sort_text("   ") == ""


def test_digits_of_other_scripts_read_as_numbers() -> None:
    assert natural_sort_text("٣٤") == natural_sort_text("34") == "\x01\x3234"
    assert natural_sort_text("x ٠٠٧") == natural_sort_text("x 7")


def test_long_numbers_do_not_hit_the_int_digit_limit() -> None:
    digits = "9" * (sys.get_int_max_str_digits() + 10)
    assert natural_sort_text(digits) == "\x01" + chr(0x30 + len(digits)) + digits
    assert natural_sort_text("0" * 5000 + "12") == natural_sort_text("12")


def test_regex_digits_are_exactly_the_decimal_characters() -> None:
    """``\\d`` (what natural_sort_text splits on) and ``str.isdecimal`` (what the per-character
    version tested) accept the same characters, across all of Unicode."""
    digit = re.compile(r"\d")
    differ = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if (digit.match(chr(code)) is not None) != chr(code).isdecimal()
    ]
    assert differ == []


def test_natural_key_reads_non_decimal_digits_as_words() -> None:
    # "፩" (Ethiopic one) is a digit to str.isdigit but not a decimal: int() refuses it
    assert natural_key("፩ 2") == ((1, "፩ "), (0, 2))
