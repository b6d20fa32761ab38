"""The export history, for the GUI and the CLI (the GUI reaches ``store`` only through here)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import tzinfo

from ..core.printed import changed_ids, row_fingerprints
from ..core.qrfactory import ExportOptions, build_rows
from ..core.release import Instance
from ..store.history import (
    ExportEntry,
    ExportHistory,
    added_since,
    exported_count,
    not_yet_exported,
    since_last_export_range,
)

__all__ = [
    "DEMO_ACCOUNT",
    "ExportEntry",
    "ExportHistory",
    "added_since",
    "changed_since_export",
    "exported_count",
    "history_for",
    "not_yet_exported",
    "since_last_export_range",
]


DEMO_ACCOUNT = "demo"


def history_for(username: str | None, *, demo: bool = False) -> ExportHistory:
    """The export history the GUI and the CLI share for an account (or for the demo)."""
    return ExportHistory(DEMO_ACCOUNT if demo else (username or "").strip() or "default")


def changed_since_export(
    history: ExportHistory | None,
    instances: Iterable[Instance],
    options: ExportOptions | None = None,
    folder_names: Mapping[int, str] | None = None,
    note_fields: Mapping[int, str] | None = None,
    *,
    tz: tzinfo | None = None,
) -> set[int]:
    """Instance ids whose sticker would now read differently from the one exported last.

    Rows are built only for the instances with a recorded fingerprint (usually a small part of
    the collection), with the current template and options."""
    printed = history.fingerprints() if history is not None else {}
    if not printed:
        return set()
    chosen = [inst for inst in instances if inst.instance_id in printed]
    if not chosen:
        return set()
    rows = build_rows(chosen, options, folder_names=folder_names, note_fields=note_fields, tz=tz)
    current = dict(zip((i.instance_id for i in chosen), row_fingerprints(rows), strict=True))
    return changed_ids(printed, current)
