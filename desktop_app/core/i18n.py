"""Texts made below the GUI that the window shows in the user's language.

The layers under ``gui`` have no Qt, so they cannot translate. They mark a text instead::

    ERRORS = Context("Errors")
    raise AppError(ErrorKind.USAGE, ERRORS.tr("There is no folder “{name}”.").args(name=name))

``Context.tr`` makes a :class:`Message` (context, English source, parameters); ``pyside6-lupdate``
reads these calls as it reads ``self.tr`` (the receiver's name is the context), so the text lands
in the ``.ts`` files. The GUI translates a Message with ``QCoreApplication.translate`` (see
``gui/i18n.py``); the CLI and the logs use ``str(message)``, the English text, so scripts stay
stable. Parameters are ``{name}`` fields filled after translating (never translated themselves:
titles, folder and field names are the user's data); a plural count is ``%n``, and an English
source writes the plural as ``record(s)``, which :meth:`Message.english` settles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

_PLURAL = re.compile(r"\((s|es)\)")


@dataclass(frozen=True)
class Message:
    """A text to show a person: the English ``source`` of ``context`` and its parameters."""

    context: str
    source: str
    disambiguation: str | None = None
    n: int = -1
    params: Mapping[str, object] = field(default_factory=dict)

    def args(self, **params: object) -> Message:
        """The same message with ``{name}`` parameters filled in."""
        return replace(self, params={**self.params, **params})

    def fill(self, template: str, render: Callable[[Message], str] | None = None) -> str:
        """``template`` (the source or its translation) with the parameters put in; a parameter
        that is a Message itself is written by ``render`` (English when None)."""
        text = template.replace("%n", str(self.n)) if self.n >= 0 else template
        if not self.params:
            return text
        show = render or Message.english
        values = {k: show(v) if isinstance(v, Message) else v for k, v in self.params.items()}
        return text.format_map(_Params(values))

    def english_source(self) -> str:
        """The source with its plurals settled: ``record(s)`` is ``record`` or ``records``."""
        if self.n < 0:
            return self.source
        return _PLURAL.sub("" if self.n == 1 else r"\1", self.source)

    def english(self) -> str:
        """The English text."""
        return self.fill(self.english_source())

    def __str__(self) -> str:
        return self.english()


class _Params(dict):  # type: ignore[type-arg]
    """Format parameters; a field the text names but nobody gave stays as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Context:
    """A translation context (``ERRORS = Context("Errors")``); its ``tr`` marks a text."""

    name: str

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> Message:
        return Message(self.name, source, disambiguation or None, n)


def plain(text: str) -> Message:
    """A text that is not translated (already a person's words, or the user's data)."""
    return Message("", text)


#: The contexts the layers below the GUI use (the variable name is what lupdate sees).
Errors = Context("Errors")
Summaries = Context("Summaries")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark a constant text of ``context`` for lupdate; the GUI translates it where shown."""
    return source
