"""The export history, for the GUI and the CLI (the GUI reaches ``store`` only through here)."""

from __future__ import annotations

from ..store.history import (
    ExportEntry,
    ExportHistory,
    added_since,
    exported_count,
    not_yet_exported,
    since_last_export_range,
)

__all__ = [
    "ExportEntry",
    "ExportHistory",
    "added_since",
    "exported_count",
    "not_yet_exported",
    "since_last_export_range",
]
