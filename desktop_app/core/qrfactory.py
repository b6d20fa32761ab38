"""The QR Factory 3 batch CSV: its 30 columns, their defaults, row building and validation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import tzinfo

from .i18n import Errors
from .release import Instance
from .template import Template, TemplateIssue, parse_template

WEB_RELEASE_URL = "https://www.discogs.com/release/{release_id}"

COLUMNS: tuple[str, ...] = (
    "Type",
    "OutputSize",
    "FileType",
    "ColorSpace",
    "RotationAngle",
    "ReliabilityLevel",
    "UseAutoReliabilityLevel",
    "PixelRoundness",
    "PixelColorType",
    "BackgroundColorType",
    "BackgroundColor",
    "PixelColorStart",
    "PixelColorEnd",
    "GradientAngle",
    "IconPath",
    "IconLockToSquares",
    "IconSizePercent",
    "IconBorderType",
    "IconBorderPercent",
    "IconBorderSquareCornerSize",
    "IconBorderColor",
    "BottomText",
    "BottomTextSize",
    "BottomTextColor",
    "BottomTextFont",
    "BottomTextFontStyle",
    "SafeZonePercent",
    "SafeZoneColor",
    "Content",
    "FileName",
)
COLUMN_INDEX: dict[str, int] = {name: i for i, name in enumerate(COLUMNS)}
TEMPLATE_COLUMNS = ("BottomText", "Content", "FileName")

DEFAULT_BOTTOM_TEXT = "{artist} – {title} [{year}]\n{discogs_folder}"
DEFAULT_FILE_NAME = "{release_id}"

DEFAULTS: dict[str, str] = {
    "Type": "URL",
    "OutputSize": "1024",
    "FileType": "PNG",
    "ColorSpace": "RGB",
    "RotationAngle": "0",
    "ReliabilityLevel": "High",
    "UseAutoReliabilityLevel": "Yes",
    "PixelRoundness": "0.0",
    "PixelColorType": "Solid",
    "BackgroundColorType": "Solid",
    "BackgroundColor": "#FFFFFF",
    "PixelColorStart": "#000000",
    "PixelColorEnd": "#000000",
    "GradientAngle": "0",
    "IconPath": "Discogs_record_icon.svg",
    "IconLockToSquares": "Yes",
    "IconSizePercent": "100",
    "IconBorderType": "Square",
    "IconBorderPercent": "20",
    "IconBorderSquareCornerSize": "20",
    "IconBorderColor": "#FFFFFF",
    "BottomText": DEFAULT_BOTTOM_TEXT,
    "BottomTextSize": "31",
    "BottomTextColor": "#000000",
    "BottomTextFont": "Roboto",
    "BottomTextFontStyle": "Bold",
    "SafeZonePercent": "5",
    "SafeZoneColor": "#FFFFFF",
    "Content": WEB_RELEASE_URL,
    "FileName": DEFAULT_FILE_NAME,
}

#: Columns whose value is one of a fixed set (the preview offers a combo box).
ENUMERATIONS: dict[str, tuple[str, ...]] = {
    "Type": ("URL", "Text"),
    "FileType": ("PNG", "JPG", "PDF", "SVG", "EPS", "TIFF"),
    "ColorSpace": ("RGB", "CMYK"),
    "ReliabilityLevel": ("Low", "Medium", "Quartile", "High"),
    "UseAutoReliabilityLevel": ("Yes", "No"),
    "PixelColorType": ("Solid", "Gradient"),
    "BackgroundColorType": ("Solid", "Gradient", "Transparent"),
    "IconLockToSquares": ("Yes", "No"),
    "IconBorderType": ("Square", "Circle", "None"),
    "BottomTextFontStyle": ("Regular", "Bold", "Italic", "Bold Italic"),
}
COLOR_COLUMNS = frozenset(
    {
        "BackgroundColor",
        "PixelColorStart",
        "PixelColorEnd",
        "IconBorderColor",
        "BottomTextColor",
        "SafeZoneColor",
    }
)
#: Numeric columns: (minimum, maximum, allows a fraction).
NUMBERS: dict[str, tuple[float, float, bool]] = {
    "OutputSize": (16, 10000, False),
    "RotationAngle": (-360, 360, False),
    "PixelRoundness": (0.0, 1.0, True),
    "GradientAngle": (-360, 360, False),
    "IconSizePercent": (0, 100, False),
    "IconBorderPercent": (0, 100, False),
    "IconBorderSquareCornerSize": (0, 100, False),
    "BottomTextSize": (1, 500, False),
    "SafeZonePercent": (0, 100, False),
}
#: Shown in the preview by default; the rest are one click away.
DEFAULT_VISIBLE = ("BottomText", "Content", "FileName", "IconPath", "BottomTextSize", "FileType")

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)
MAX_FILE_NAME = 120
_SAFE_CHARS = re.compile(r"[A-Za-z0-9._-]+")
_UNDERSCORES = re.compile(r"_{2,}")
FORMULA_START = ("=", "+", "-", "@")

Row = list[str]


@dataclass(frozen=True)
class ExportOptions:
    """How rows are built: templates for BottomText/Content/FileName and fixed column values."""

    values: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULTS))
    use_anv: bool = False
    unknown_year: str = "unknown"
    neutralise_formulas: bool = False

    def value(self, column: str) -> str:
        return self.values.get(column, DEFAULTS[column])

    def with_values(self, **changes: str) -> ExportOptions:
        merged = dict(DEFAULTS)
        merged.update(self.values)
        merged.update(changes)
        return replace(self, values=merged)

    def templates(self, note_fields: Iterable[str] = ()) -> dict[str, Template]:
        fields = list(note_fields)
        return {col: parse_template(self.value(col), fields) for col in TEMPLATE_COLUMNS}

    def issues(self, note_fields: Iterable[str] = ()) -> dict[str, list[TemplateIssue]]:
        found = {c: list(t.issues) for c, t in self.templates(note_fields).items()}
        return {c: i for c, i in found.items() if i}


@dataclass(frozen=True, slots=True)
class _Env:
    folder_names: Mapping[int, str]
    use_anv: bool
    unknown_year: str
    tz: tzinfo | None


def _date_added(inst: Instance, env: _Env) -> str:
    if inst.date_added is None:
        return ""
    return inst.date_added.astimezone(env.tz).date().isoformat()


#: How each placeholder is worked out; only the ones a template uses are computed.
_PLACEHOLDER_TEXT: dict[str, Callable[[Instance, _Env], str]] = {
    "artist": lambda i, e: i.artist(use_anv=e.use_anv),
    "title": lambda i, e: i.title,
    "year": lambda i, e: str(i.year) if i.year else e.unknown_year,
    "discogs_folder": lambda i, e: e.folder_names.get(i.folder_id, ""),
    "format_name": lambda i, e: i.format_name,
    "format_size": lambda i, e: i.format_size,
    "format_descriptions": lambda i, e: i.format_descriptions,
    "format": lambda i, e: i.format_display,
    "label": lambda i, e: i.label,
    "catno": lambda i, e: i.catno,
    "release_id": lambda i, e: str(i.release_id),
    "instance_id": lambda i, e: str(i.instance_id),
    "date_added": _date_added,
    "rating": lambda i, e: str(i.rating),
    "genres": lambda i, e: ", ".join(i.genres),
    "styles": lambda i, e: ", ".join(i.styles),
}


def placeholder_context(
    inst: Instance,
    *,
    folder_names: Mapping[int, str] | None = None,
    note_fields: Mapping[int, str] | None = None,
    use_anv: bool = False,
    unknown_year: str = "unknown",
    tz: tzinfo | None = None,
    names: Iterable[str] | None = None,
) -> dict[str, str]:
    """The text placeholders stand for, for one instance: all of them, or just ``names``."""
    env = _Env(folder_names or {}, use_anv, unknown_year, tz)
    return _context(inst, env, note_fields or {}, None if names is None else frozenset(names))


def _context(
    inst: Instance, env: _Env, note_fields: Mapping[int, str], names: frozenset[str] | None
) -> dict[str, str]:
    if names is None:
        ctx = {name: text(inst, env) for name, text in _PLACEHOLDER_TEXT.items()}
    else:
        ctx = {name: _PLACEHOLDER_TEXT[name](inst, env) for name in names & _SIMPLE}
    if names is None or not names.isdisjoint(_NOTE_NAMES) or any(n[:5] == "note:" for n in names):
        ctx.update(_note_context(inst, note_fields))
    return ctx


_SIMPLE = frozenset(_PLACEHOLDER_TEXT)
_NOTE_NAMES = frozenset({"notes"})


def _note_context(inst: Instance, note_fields: Mapping[int, str]) -> dict[str, str]:
    ctx: dict[str, str] = {}
    named = []
    for field_id, value in inst.notes:
        name = note_fields.get(field_id, f"Field {field_id}")
        ctx[f"note:{name.casefold()}"] = value.strip()
        if value.strip():
            named.append(value.strip())
    ctx["notes"] = " · ".join(named)  # line breaks kept as written (see core/text.py)
    return ctx


def safe_file_name(text: str, fallback: str) -> str:
    """Keep ``[A-Za-z0-9._-]`` only: accents folded, other runs become ``_``."""
    if text.isdecimal() and text.isascii() and len(text) <= MAX_FILE_NAME:
        return text  # the common case (release ids)
    if _SAFE_CHARS.fullmatch(text):
        name = text.strip("._ ")  # already safe characters: nothing to fold or replace
    else:
        folded = unicodedata.normalize("NFKD", text)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
        name = _UNSAFE.sub("_", folded).strip("._ ")
    name = _UNDERSCORES.sub("_", name)[:MAX_FILE_NAME].rstrip("._")
    if not name or not name.strip("_-"):
        name = fallback
    return guard_reserved_name(name)


def guard_reserved_name(name: str) -> str:
    """``con.txt`` → ``con_.txt``: Windows reserves CON, PRN, AUX, NUL, COM1-9 and LPT1-9 in any
    case and with any extension, so the part before the first dot gets a ``_``."""
    stem, dot, rest = name.partition(".")
    if stem.upper() in _WINDOWS_RESERVED:
        return f"{stem}_{dot}{rest}"
    return name


def build_rows(
    instances: Sequence[Instance],
    options: ExportOptions | None = None,
    *,
    folder_names: Mapping[int, str] | None = None,
    note_fields: Mapping[int, str] | None = None,
    tz: tzinfo | None = None,
) -> list[Row]:
    """One row per instance, in the given order, with unique, file-system-safe FileNames."""
    options = options or ExportOptions()
    templates = options.templates((note_fields or {}).values())
    fixed = [options.value(col) for col in COLUMNS]
    env = _Env(folder_names or {}, options.use_anv, options.unknown_year, tz)
    notes = note_fields or {}
    wants_notes = any(n not in _SIMPLE for t in templates.values() for n in t.placeholders)
    # Each template as a format pattern plus the placeholder names that fill it, in order.
    renders = [(COLUMN_INDEX[col], t.pattern, t.placeholders) for col, t in templates.items()]
    neutral = options.neutralise_formulas
    rows: list[Row] = []
    if wants_notes:
        simple = [
            (name, _PLACEHOLDER_TEXT[name])
            for name in {n for t in templates.values() for n in t.placeholders}
            if name in _SIMPLE
        ]
        for inst in instances:
            ctx = {name: text(inst, env) for name, text in simple}
            ctx.update(_note_context(inst, notes))
            get = ctx.get
            row = list(fixed)
            for index, pattern, names in renders:
                row[index] = pattern.format(*[get(name, "") for name in names])
            rows.append(row)
    else:
        # No note placeholders: each template is filled straight from the instance.
        direct = [
            (index, pattern.format, [_PLACEHOLDER_TEXT[n] for n in names])
            for index, pattern, names in renders
        ]
        for inst in instances:
            row = fixed.copy()
            for index, fill, texts in direct:
                row[index] = fill(*[text(inst, env) for text in texts])
            rows.append(row)
    if neutral:
        rows[:] = [[neutralise(cell) for cell in row] for row in rows]
    assign_file_names(rows, instances)
    return rows


def build_row(inst: Instance, options: ExportOptions | None = None, **kwargs: object) -> Row:
    """The row for one instance (its FileName made safe but not de-duplicated)."""
    return build_rows([inst], options, **kwargs)[0]  # type: ignore[arg-type]


def assign_file_names(rows: Sequence[Row], instances: Sequence[Instance]) -> None:
    """Make every FileName safe and unique (case-insensitively, for macOS and Windows).

    Of several copies of one release the copy with the lowest instance id keeps the plain name and
    the others get ``-<instance_id>``: the same names whatever the order of the rows.
    """
    col = COLUMN_INDEX["FileName"]
    wanted = [
        safe_file_name(row[col], str(inst.release_id))
        for row, inst in zip(rows, instances, strict=True)
    ]
    keys = [name.casefold() for name in wanted]
    first_copy: dict[str, int] = {}
    for key, inst in zip(keys, instances, strict=True):
        seen = first_copy.get(key)
        if seen is None or inst.instance_id < seen:
            first_copy[key] = inst.instance_id
    used: set[str] = set()
    for row, name, key, inst in zip(rows, wanted, keys, instances, strict=True):
        if first_copy[key] == inst.instance_id:
            if key not in used:  # the usual case: the name is free
                used.add(key)
                row[col] = name
                continue
            row[col] = unique_name(name, used)
        else:
            row[col] = unique_name(f"{name}-{inst.instance_id}", used)


def unique_name(candidate: str, used: set[str]) -> str:
    """``candidate``, or ``candidate-2``, ``-3``… — whichever is free; records it in ``used``."""
    name, counter = candidate, 2
    while name.casefold() in used:
        name = f"{candidate}-{counter}"
        counter += 1
    used.add(name.casefold())
    return name


def neutralise(cell: str) -> str:
    """Prefix a cell a spreadsheet would read as a formula with an apostrophe."""
    if cell.startswith(FORMULA_START) and not _is_number(cell):
        return "'" + cell
    return cell


@dataclass(frozen=True, slots=True)
class CellIssue:
    column: str
    message: str


def validate_cell(column: str, value: str) -> str | None:
    """A human explanation of what is wrong with ``value`` in ``column``, or None."""
    if column in COLOR_COLUMNS:
        if not _COLOR.match(value.strip()):
            return Errors.tr("“{value}” is not a colour like #1A2B3C.").args(value=value)
    elif column in NUMBERS:
        low, high, fraction = NUMBERS[column]
        if not _is_number(value) or (not fraction and "." in value.strip()):
            if fraction:
                return Errors.tr("“{value}” is not a number.").args(value=value)
            return Errors.tr("“{value}” is not a whole number.").args(value=value)
        if not low <= float(value) <= high:
            return Errors.tr("{value} is outside {low:g}–{high:g}.").args(
                value=value, low=low, high=high
            )
    elif column in ENUMERATIONS:
        if value not in ENUMERATIONS[column]:
            return Errors.tr("“{value}” is not one of {choices}.").args(
                value=value, choices=", ".join(ENUMERATIONS[column])
            )
    elif column == "Content":
        if not value.strip():
            return Errors.tr("Content is empty: the QR code would encode nothing.")
    elif column == "FileName":
        if not value.strip():
            return Errors.tr("FileName is empty.")
        if _UNSAFE.search(value):
            return Errors.tr("FileName may only hold letters A–Z, digits, “.”, “_” and “-”.")
    return None


def validate_row(row: Sequence[str]) -> list[CellIssue]:
    issues = []
    for column, value in zip(COLUMNS, row, strict=True):
        message = validate_cell(column, value)
        if message:
            issues.append(CellIssue(column, message))
    return issues


def duplicate_file_names(rows: Sequence[Sequence[str]]) -> dict[int, str]:
    """Row index → message, for every row whose FileName repeats an earlier one."""
    col = COLUMN_INDEX["FileName"]
    seen: dict[str, int] = {}
    dupes: dict[int, str] = {}
    for i, row in enumerate(rows):
        key = row[col].casefold()
        if key in seen:
            dupes[i] = f"FileName “{row[col]}” is already used by row {seen[key] + 1}."
        else:
            seen[key] = i
    return dupes


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return value.strip().lower() not in {"nan", "inf", "-inf", "+inf", "infinity"}
