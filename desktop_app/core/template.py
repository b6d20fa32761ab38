"""Caption and file-name templates: ``{artist} – {title} [{year}]``.

Syntax: ``{name}`` inserts a placeholder, ``{{`` and ``}}`` are literal braces, and
``{note:Field name}`` inserts one of the user's collection note fields. Problems are reported as
:class:`TemplateIssue` values with a position, never raised at export time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from .i18n import QT_TRANSLATE_NOOP, Errors

#: Every placeholder with a short description (shown by the template editor's picker).
PLACEHOLDERS: dict[str, str] = {
    "artist": QT_TRANSLATE_NOOP(
        "TemplateEditorDialog", "Artists as Discogs shows them (joins, no “(2)”, ANV when chosen)"
    ),
    "title": QT_TRANSLATE_NOOP("TemplateEditorDialog", "Release title"),
    "year": QT_TRANSLATE_NOOP(
        "TemplateEditorDialog", "Release year (“unknown” when Discogs has 0)"
    ),
    "discogs_folder": QT_TRANSLATE_NOOP("TemplateEditorDialog", "Collection folder name"),
    "format_name": QT_TRANSLATE_NOOP("TemplateEditorDialog", "First format name, e.g. Vinyl"),
    "format_size": QT_TRANSLATE_NOOP(
        "TemplateEditorDialog", 'Record size: 12", 10" or 7" (LP ⇒ 12")'
    ),
    "format_descriptions": QT_TRANSLATE_NOOP(
        "TemplateEditorDialog", "Format descriptions, e.g. LP, Album"
    ),
    "format": QT_TRANSLATE_NOOP("TemplateEditorDialog", "Full format, e.g. 2 × Vinyl, LP, Album"),
    "label": QT_TRANSLATE_NOOP("TemplateEditorDialog", "First label"),
    "catno": QT_TRANSLATE_NOOP("TemplateEditorDialog", "Catalogue number"),
    "release_id": QT_TRANSLATE_NOOP("TemplateEditorDialog", "Discogs release id"),
    "instance_id": QT_TRANSLATE_NOOP(
        "TemplateEditorDialog", "Collection instance id (distinct for two copies)"
    ),
    "date_added": QT_TRANSLATE_NOOP(
        "TemplateEditorDialog", "Date added to the collection (YYYY-MM-DD)"
    ),
    "rating": QT_TRANSLATE_NOOP("TemplateEditorDialog", "Your rating (0–5)"),
    "genres": QT_TRANSLATE_NOOP("TemplateEditorDialog", "Genres"),
    "styles": QT_TRANSLATE_NOOP("TemplateEditorDialog", "Styles"),
    "notes": QT_TRANSLATE_NOOP("TemplateEditorDialog", "All collection notes"),
}

NOTE_PREFIX = "note:"

#: The longest template accepted (captions, file names, content). QR Factory prints a caption
#: under a sticker: a few lines. A longer template is refused with :data:`TOO_LONG_MESSAGE`
#: (a 120 kB caption would otherwise turn 300 rows into a 62 MB file).
MAX_TEMPLATE_LENGTH = 1000
TOO_LONG_MESSAGE = Errors.tr(
    "The template is {length:,} characters long; at most {limit:,} are allowed."
)


def too_long_message(length: int) -> str:
    """The message shown (GUI and CLI) for a template over :data:`MAX_TEMPLATE_LENGTH`."""
    return TOO_LONG_MESSAGE.args(length=length, limit=MAX_TEMPLATE_LENGTH)


@dataclass(frozen=True, slots=True)
class TemplateIssue:
    position: int  # 0-based character offset in the template text
    message: str

    def __str__(self) -> str:
        return f"Column {self.position + 1}: {self.message}"


@dataclass(frozen=True)
class Template:
    text: str
    parts: tuple[str | tuple[str], ...]  # literal text, or (placeholder,)
    issues: tuple[TemplateIssue, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.issues

    @cached_property
    def placeholders(self) -> tuple[str, ...]:
        return tuple(p[0] for p in self.parts if isinstance(p, tuple))

    def render(self, context: Mapping[str, str]) -> str:
        """Render with ``context``; a placeholder missing from it renders as empty text."""
        get = context.get
        return self.pattern.format(*[get(name, "") for name in self.placeholders])

    @cached_property
    def pattern(self) -> str:
        """The template as a ``str.format`` pattern with positional fields."""
        return "".join(
            "{}" if isinstance(p, tuple) else p.replace("{", "{{").replace("}", "}}")
            for p in self.parts
        )


_UNMATCHED_CLOSE = Errors.tr("“}}” without a matching “{{” (write “}}}}” for a brace).")
_NEVER_CLOSED = Errors.tr("“{{” is never closed with “}}”.")


def parse_template(text: str, note_fields: Iterable[str] = ()) -> Template:
    """Parse ``text``; unknown placeholders, unbalanced braces and a template longer than
    :data:`MAX_TEMPLATE_LENGTH` become issues."""
    if len(text) > MAX_TEMPLATE_LENGTH:
        issue = TemplateIssue(MAX_TEMPLATE_LENGTH, too_long_message(len(text)))
        return Template(text, (), (issue,))
    known_notes = {n.casefold() for n in note_fields}
    parts: list[str | tuple[str]] = []
    issues: list[TemplateIssue] = []
    literal: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "{" and text.startswith("{{", i):
            literal.append("{")
            i += 2
        elif ch == "}" and text.startswith("}}", i):
            literal.append("}")
            i += 2
        elif ch == "}":
            issues.append(TemplateIssue(i, _UNMATCHED_CLOSE))
            i += 1
        elif ch == "{":
            end = _find_close(text, i + 1)
            if end < 0:
                issues.append(TemplateIssue(i, _NEVER_CLOSED))
                literal.append(text[i:])
                break
            name = text[i + 1 : end].strip()
            issue = _check_name(name, known_notes, i)
            if issue:
                issues.append(issue)
            else:
                if literal:
                    parts.append("".join(literal))
                    literal = []
                parts.append((_canonical(name),))
            i = end + 1
        else:
            literal.append(ch)
            i += 1
    if literal:
        parts.append("".join(literal))
    return Template(text, tuple(parts), tuple(issues))


def validate_template(text: str, note_fields: Iterable[str] = ()) -> list[TemplateIssue]:
    return list(parse_template(text, note_fields).issues)


def _find_close(text: str, start: int) -> int:
    for j in range(start, len(text)):
        if text[j] == "}":
            return j
        if text[j] in "{\n":
            return -1
    return -1


def _canonical(name: str) -> str:
    if name.casefold().startswith(NOTE_PREFIX):
        return NOTE_PREFIX + name[len(NOTE_PREFIX) :].strip().casefold()
    return name


def _check_name(name: str, known_notes: set[str], pos: int) -> TemplateIssue | None:
    if not name:
        return TemplateIssue(pos, Errors.tr("Empty placeholder “{{}}”."))
    if name.casefold().startswith(NOTE_PREFIX):
        field = name[len(NOTE_PREFIX) :].strip()
        if not field:
            return TemplateIssue(pos, Errors.tr("“{{note:…}}” needs a note field name."))
        if known_notes and field.casefold() not in known_notes:
            return TemplateIssue(
                pos, Errors.tr("No collection note field is called “{field}”.").args(field=field)
            )
        return None
    if name not in PLACEHOLDERS:
        close = [p for p in PLACEHOLDERS if p.startswith(name[:3].lower())]
        if close:
            return TemplateIssue(
                pos,
                Errors.tr("Unknown placeholder {{{name}}}. Did you mean {{{close}}}?").args(
                    name=name, close=close[0]
                ),
            )
        return TemplateIssue(pos, Errors.tr("Unknown placeholder {{{name}}}.").args(name=name))
    return None
