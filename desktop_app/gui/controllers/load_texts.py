"""The loader's status words: how much of a folder is loaded, how old the data is, what a
refresh has read."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ...services.library import Library
from ..texts import age_text, number


def loaded_text(loaded: int, total: int) -> str:
    """ "Loaded 600 of 3,000"."""
    return (
        QCoreApplication.translate("LoaderController", "Loaded %1 of %2")
        .replace("%1", number(loaded))
        .replace("%2", number(total))
    )


def stopped_text(what: str, loaded: int, total: int) -> str:
    """ "Loading cancelled: 600 of 3,000 releases loaded. Refresh (F5) loads the rest."."""
    return (
        QCoreApplication.translate(
            "LoaderController", "%1: %2 of %3 releases loaded. Refresh (F5) loads the rest."
        )
        .replace("%1", what)
        .replace("%2", number(loaded))
        .replace("%3", number(total))
    )


def incomplete_text(folder_name: str, loaded: int, total: int) -> str:
    """ "“Jazz” is not completely loaded: 600 of 3,000 loaded."."""
    return (
        QCoreApplication.translate(
            "LoaderController", "“%1” is not completely loaded: %2 of %3 loaded."
        )
        .replace("%1", folder_name)
        .replace("%2", number(loaded))
        .replace("%3", number(total))
    )


def refresh_progress_text(done: int, total: int) -> str:
    if total:
        return (
            QCoreApplication.translate("LoaderController", "Refreshing: %1 of %2 read")
            .replace("%1", number(done))
            .replace("%2", number(total))
        )
    return QCoreApplication.translate("LoaderController", "Refreshing: %1 read").replace(
        "%1", number(done)
    )


def data_time(library: Library | None, folder_id: int | None) -> datetime | None:
    """When the data shown was last brought up to date with Discogs."""
    if library is None:
        return None
    when = library.data_time()
    if folder_id is not None:
        synced = library.last_synced(folder_id)
        if synced is not None and (when is None or synced > when):
            when = synced
    return when


def updated_text(when: datetime | None, refreshing: bool = False) -> str:
    """ "updated 5 min ago · refreshing…"."""
    text = (
        QCoreApplication.translate("LoaderController", "updated %1").replace("%1", age_text(when))
        if when
        else ""
    )
    if refreshing:
        text = (text + " · " if text else "") + QCoreApplication.translate(
            "LoaderController", "refreshing…"
        )
    return text
