"""The saved-draft format of the export preview: unsaved rows kept between runs, as JSON.

A draft holds the rows as they are (order, copies, cells, the cells their template gives, which
columns were edited by hand), what they were built with (export options, folder names, note
fields) and the instances the preview was asked for. :func:`draft_document` writes one,
:func:`draft_info` checks its outer shape and :func:`draft_rows` reads its rows back. No Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .qrfactory import COLUMNS, DEFAULTS, ExportOptions

log = logging.getLogger(__name__)

#: The draft format written by :func:`draft_document`; other versions are not read.
DRAFT_VERSION = 1


@dataclass(frozen=True, slots=True)
class DraftInfo:
    """What a stored draft holds, read without building rows (for the restore question)."""

    rows: int
    edited_at: datetime | None
    instance_ids: list[int]
    folder_label: str = ""


@dataclass(slots=True)
class DraftRow:
    """One row of a draft: its instance, cells, template cells (None: build again), edits."""

    instance_id: int
    cells: list[str]
    template: list[str] | None
    edited: set[int] = field(default_factory=set)


def draft_document(
    rows: Iterable[DraftRow],
    options: ExportOptions,
    *,
    folder_names: Mapping[int, str],
    note_fields: Mapping[int, str],
    edited_at: datetime | None,
    folder_label: str = "",
    requested: Iterable[int] | None = None,
) -> dict[str, Any]:
    """The JSON-ready draft of ``rows``. ``requested`` are the instances the preview was asked
    for (their rows may have been deleted since)."""
    changed = edited_at or datetime.now(UTC)
    document: dict[str, Any] = {
        "version": DRAFT_VERSION,
        "edited_at": changed.isoformat(),
        "columns": list(COLUMNS),
        "options": {
            "values": {k: options.value(k) for k in DEFAULTS},
            "use_anv": options.use_anv,
            "unknown_year": options.unknown_year,
            "neutralise_formulas": options.neutralise_formulas,
        },
        "folder_names": {str(k): v for k, v in folder_names.items()},
        "note_fields": {str(k): v for k, v in note_fields.items()},
        "folder_label": folder_label,
        "rows": [
            {
                "instance_id": r.instance_id,
                "cells": list(r.cells),
                "template": list(r.template if r.template is not None else r.cells),
                "edited": sorted(r.edited),
            }
            for r in rows
        ],
    }
    if requested is not None:
        document["requested"] = sorted(set(requested))
    return document


def draft_info(draft: Any) -> DraftInfo | None:
    """Check a draft's shape; None (and a log warning) when it cannot be used at all.

    Only the outer shape is checked here; single bad rows are left out by :func:`draft_rows`.
    """
    if draft is None:
        return None
    if not isinstance(draft, Mapping):
        log.warning("preview draft ignored: not an object (%s)", type(draft).__name__)
        return None
    if draft.get("version") != DRAFT_VERSION:
        log.warning("preview draft ignored: unknown version %r", draft.get("version"))
        return None
    if draft.get("columns", list(COLUMNS)) != list(COLUMNS):
        log.warning("preview draft ignored: made for other columns")
        return None
    rows = draft.get("rows")
    if not isinstance(rows, list):
        log.warning("preview draft ignored: no row list")
        return None
    ids = [
        r["instance_id"]
        for r in rows
        if isinstance(r, Mapping) and type(r.get("instance_id")) is int
    ]
    label = draft.get("folder_label")
    return DraftInfo(
        rows=len(rows),
        edited_at=_parse_time(draft.get("edited_at")),
        instance_ids=ids,
        folder_label=label if isinstance(label, str) else "",
    )


def draft_rows(draft: Mapping[str, Any]) -> tuple[list[DraftRow], int]:
    """The usable rows of a checked draft (see :func:`draft_info`) and how many were malformed."""
    rows: list[DraftRow] = []
    bad = 0
    for entry in draft.get("rows", []):
        row = _row_from(entry)
        if row is None:
            bad += 1
        else:
            rows.append(row)
    return rows, bad


def draft_options(draft: Mapping[str, Any]) -> ExportOptions:
    """Export options kept in a draft; anything missing or of the wrong type is the default."""
    value = draft.get("options")
    default = ExportOptions()
    if not isinstance(value, Mapping):
        return default
    values = dict(DEFAULTS)
    given = value.get("values")
    if isinstance(given, Mapping):
        values.update({k: v for k, v in given.items() if k in DEFAULTS and isinstance(v, str)})
    use_anv = value.get("use_anv")
    unknown_year = value.get("unknown_year")
    neutralise = value.get("neutralise_formulas")
    return ExportOptions(
        values=values,
        use_anv=use_anv if isinstance(use_anv, bool) else default.use_anv,
        unknown_year=unknown_year if isinstance(unknown_year, str) else default.unknown_year,
        neutralise_formulas=(
            neutralise if isinstance(neutralise, bool) else default.neutralise_formulas
        ),
    )


def draft_names(draft: Mapping[str, Any], key: str) -> dict[int, str]:
    """``folder_names`` or ``note_fields`` of a draft: ``{"12": "name"}`` back to ``{12: …}``."""
    value = draft.get(key)
    if not isinstance(value, Mapping):
        return {}
    out: dict[int, str] = {}
    for name_key, name in value.items():
        try:
            number = int(name_key)
        except (TypeError, ValueError):
            continue
        if isinstance(name, str):
            out[number] = name
    return out


def draft_requested(draft: Mapping[str, Any]) -> set[int] | None:
    """The instances the preview was asked for, None when the draft does not say."""
    value = draft.get("requested")
    if not isinstance(value, list):
        return None
    return {v for v in value if type(v) is int}


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _cell_list(value: Any) -> list[str] | None:
    ok = isinstance(value, list) and len(value) == len(COLUMNS)
    return list(value) if ok and all(isinstance(v, str) for v in value) else None


def _row_from(entry: Any) -> DraftRow | None:
    if not isinstance(entry, Mapping):
        return None
    iid = entry.get("instance_id")
    cells = _cell_list(entry.get("cells"))
    if type(iid) is not int or cells is None:
        return None
    marks = entry.get("edited")
    edited = (
        {c for c in marks if type(c) is int and 0 <= c < len(COLUMNS)}
        if isinstance(marks, list)
        else set()
    )
    return DraftRow(iid, cells, _cell_list(entry.get("template")), edited)
