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
    "DEMO_ACCOUNT",
    "ExportEntry",
    "ExportHistory",
    "added_since",
    "exported_count",
    "history_for",
    "not_yet_exported",
    "since_last_export_range",
]


DEMO_ACCOUNT = "demo"


def history_for(username: str | None, *, demo: bool = False) -> ExportHistory:
    """The export history the GUI and the CLI share for an account (or for the demo)."""
    return ExportHistory(DEMO_ACCOUNT if demo else (username or "").strip() or "default")
