"""The Qt Linguist files: complete for the languages done, built into their .qm files, and every
translation keeps the placeholders and accelerators of its source. Marked messages below the GUI."""

from __future__ import annotations

import pickle
import re
import sys
from pathlib import Path

import pytest

from desktop_app.core import i18n
from desktop_app.core.errors import AppError, Cancelled, ErrorKind
from desktop_app.core.i18n import Errors, plain

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_specs"))
import update_translations as ut  # noqa: E402

#: Languages whose .ts files are set up but not translated yet. Translating one means: fill
#: its .ts (Qt Linguist, or ``update_translations.py --todo/--fill``) and take it off this list.
NOT_YET_TRANSLATED: tuple[str, ...] = ()

#: German texts that may equal their English source (names, units, words German shares).
SAME_IN_GERMAN = {
    "%1 (%2)",
    "%1: %2 (%3)",
    "Discogs QR Export",
    "Format",
    "Label",
    "Cover",
    "Genres",
    "Status",
    "Problem: %1",
    "Version %1",
    "Consumer Key",
    "Consumer Secret",
    "PDF (*.pdf)",
    " mm",
    " pt",
    "x",
    "y",
}


def finished(language: str) -> list[pytest.param]:
    marks = (
        [pytest.mark.xfail(reason="not translated yet", strict=True)]
        if language in NOT_YET_TRANSLATED
        else []
    )
    return pytest.param(language, marks=marks)


@pytest.mark.parametrize("language", [finished(lang) for lang in ut.LANGUAGES])
def test_lupdate_over_todays_code_finds_no_text_without_a_translation(language: str) -> None:
    assert ut.missing_in(language) == []


@pytest.mark.parametrize("language", [finished(lang) for lang in ut.LANGUAGES])
def test_no_message_is_unfinished(language: str) -> None:
    messages = ut.messages(ut.ts_path(language))
    assert messages
    assert [key for key, m in messages.items() if ut.unfinished(m)] == []


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_each_qm_is_built_from_its_ts(language: str) -> None:
    assert ut.qm_is_current(language), "run build_specs/update_translations.py"


_PERCENT = re.compile(r"%L?(\d|n)")
_FIELD = re.compile(r"(?<!\{)\{(?!\{)[^{}]*\}")


def marks(text: str) -> tuple[list[str], list[str], int, int, list[str]]:
    """What a translation must keep: %1 %n, {name} fields, single & accelerators, && and tags."""
    singles = len(re.findall(r"(?<!&)&(?!&)", text))
    return (
        sorted(set(_PERCENT.findall(text))),
        sorted(_FIELD.findall(text.replace("{{", "").replace("}}", ""))),
        singles,
        text.count("&&"),
        sorted(re.findall(r"</?[a-z]+", text)),
    )


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_translations_keep_placeholders_accelerators_and_tags(language: str) -> None:
    wrong = []
    for (context, source, _), message in ut.messages(ut.ts_path(language)).items():
        if ut.unfinished(message):
            continue
        forms = [f.text or "" for f in message.iter("numerusform")] or [
            message.findtext("translation") or ""
        ]
        for form in forms:
            if marks(form) != marks(source):
                wrong.append(f"{context}: {source!r} → {form!r}")
    assert wrong == []


def test_the_check_sees_a_lost_placeholder_and_accelerator() -> None:
    assert marks("&Speichern %1") == marks("&Save %1")
    assert marks("Speichern %1") != marks("&Save %1")
    assert marks("&Speichern") != marks("&Save %1")
    assert marks("Ordner „{name}“") != marks("Folder “{folder}”")
    assert marks("Leer „{{}}“") == marks("Empty “{{}}”")


def test_only_a_few_german_texts_equal_their_source() -> None:
    same = {
        source
        for (_, source, _), m in ut.messages(ut.ts_path("de")).items()
        if (m.findtext("translation") or "") == source
    }
    assert same <= SAME_IN_GERMAN


def test_every_context_of_the_marks_is_named_as_its_variable() -> None:
    """lupdate takes the context of ``Errors.tr(...)`` from the name ``Errors``."""
    contexts = {k: v for k, v in vars(i18n).items() if isinstance(v, i18n.Context)}
    assert contexts and all(name == context.name for name, context in contexts.items())


def test_a_message_is_its_english_text_for_the_cli_and_logs() -> None:
    message = Errors.tr("Saved %n row(s) to {path}.", None, 2).args(path="a{b}.csv")
    assert message == "Saved 2 rows to a{b}.csv."
    assert str(Errors.tr("%n row(s)", None, 1)) == "1 row"
    assert (message.context, message.source) == ("Errors", "Saved %n row(s) to {path}.")
    assert pickle.loads(pickle.dumps(message)).params == {"path": "a{b}.csv"}
    nested = Errors.tr("Wait {time}.").args(time=Errors.tr("%n second(s)", None, 5))
    assert nested == "Wait 5 seconds."
    assert Errors.tr("Empty “{{}}”.") == "Empty “{}”."
    assert plain("{not a field}") == "{not a field}"
    assert message.fill("Kaputt {path") == "Kaputt {path"  # a broken translation never raises


def test_errors_keep_english_messages_and_carry_the_marked_text() -> None:
    error = AppError(ErrorKind.IO, Errors.tr("Printing failed: {reason}.").args(reason="jam"))
    assert error.message == str(error) == "Printing failed: jam."
    assert error.text.source == "Printing failed: {reason}."
    assert AppError(ErrorKind.IO, "plain {text}").message == "plain {text}"
    assert Cancelled().message == "Cancelled."
    assert Cancelled().text.context == "Errors"


def test_every_text_has_the_context_the_code_translates_it_in() -> None:
    """A text lupdate finds outside a class (``tr = self.tr`` then ``tr("…")``) lands in an
    empty context that the running app never asks for."""
    contexts = {context for context, _, _ in ut.messages(ut.ts_path("de"))}
    assert "" not in contexts
