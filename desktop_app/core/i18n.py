"""Texts made below the GUI that the window shows in the user's language.

The layers under ``gui`` have no Qt, so they cannot translate. They mark a text instead::

    ERRORS = Context("Errors")
    raise AppError(ErrorKind.USAGE, ERRORS.tr("There is no folder “{name}”.").args(name=name))

``Context.tr`` makes a :class:`Message` (context, English source, parameters); ``pyside6-lupdate``
reads these calls as it reads ``self.tr`` (the receiver's name is the context), so the text lands
in the ``.ts`` files. The GUI translates a Message with ``QCoreApplication.translate`` (see
``gui/i18n.py``); the CLI and the logs use ``str(message)``, the English text, so scripts stay
stable. A source is a ``str.format`` pattern (a brace is written ``{{``); its ``{name}``
fields are filled after translating (never translated themselves:
titles, folder and field names are the user's data); a plural count is ``%n``, and an English
source writes the plural as ``record(s)``, which :meth:`Message.english` settles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

_PLURAL = re.compile(r"\((s|es)\)")


class Message(str):
    """A text to show a person: the English ``source`` of ``context`` and its parameters.

    It is a ``str`` holding the English text, so code that only reads, compares, joins or
    prints it (the CLI, logs, tests) needs nothing new; the window translates it.
    """

    __slots__ = ("context", "disambiguation", "n", "params", "source")
    context: str
    source: str
    disambiguation: str | None
    n: int
    params: Mapping[str, object]

    def __new__(
        cls,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
        params: Mapping[str, object] | None = None,
    ) -> Message:
        params = dict(params or {})
        english = _fill(_settle_plural(source, n), n, params, None)
        self = super().__new__(cls, english)
        self.context = context
        self.source = source
        self.disambiguation = disambiguation
        self.n = n
        self.params = params
        return self

    def args(self, **params: object) -> Message:
        """The same message with ``{name}`` parameters filled in."""
        return Message(
            self.context, self.source, self.disambiguation, self.n, {**self.params, **params}
        )

    def fill(self, template: str, render: Callable[[Message], str] | None = None) -> str:
        """``template`` (the source or its translation) with the parameters put in; a parameter
        that is a Message itself is written by ``render`` (English when None)."""
        return _fill(template, self.n, self.params, render)

    def english_source(self) -> str:
        """The source with its plurals settled: ``record(s)`` is ``record`` or ``records``."""
        return _settle_plural(self.source, self.n)

    def english(self) -> str:
        """The English text."""
        return str.__str__(self)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Message, (self.context, self.source, self.disambiguation, self.n, self.params))


def _settle_plural(source: str, n: int) -> str:
    return source if n < 0 else _PLURAL.sub("" if n == 1 else r"\1", source)


def _fill(
    template: str,
    n: int,
    params: Mapping[str, object],
    render: Callable[[Message], str] | None,
) -> str:
    text = template.replace("%n", str(n)) if n >= 0 else template
    values = {
        k: (render(v) if render is not None else v.english()) if isinstance(v, Message) else v
        for k, v in params.items()
    }
    try:
        return text.format_map(_Params(values))
    except (ValueError, IndexError, AttributeError, TypeError):  # a broken translation
        return text


class _Params(dict):  # type: ignore[type-arg]
    """Format parameters; a field the text names but nobody gave stays as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def joined(parts: Sequence[str], separator: str = " ") -> Message:
    """Texts (marked messages among them) joined into one message the window translates part
    by part."""
    pattern = (
        separator.replace("{", "{{").replace("}", "}}").join(f"{{p{i}}}" for i in range(len(parts)))
    )
    return Message("", pattern, params={f"p{i}": part for i, part in enumerate(parts)})


@dataclass(frozen=True)
class Context:
    """A translation context (``ERRORS = Context("Errors")``); its ``tr`` marks a text."""

    name: str

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> Message:
        return Message(self.name, source, disambiguation or None, n)


def plain(text: str) -> Message:
    """A text that is not translated (already a person's words, or the user's data)."""
    return Message("", text.replace("{", "{{").replace("}", "}}"))


#: The contexts the layers below the GUI use (the variable name is what lupdate sees).
Errors = Context("Errors")
Layouts = Context("Layouts")  # the titles of the sticker sheet presets


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark a constant text of ``context`` for lupdate; the GUI translates it where shown."""
    return source
