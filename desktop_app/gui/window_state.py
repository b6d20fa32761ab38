"""Qt-only window state (geometry, splitter, table header, last folder) in an INI file."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from ..services.settings import window_settings_path
from ..services.source import ALL_FOLDER_ID

GEOMETRY_KEY = "window/geometry"
LAST_FOLDER_KEY = "collection/last_folder"


def window_settings() -> QSettings:
    """The window-state settings (QSettings, INI file in the config folder)."""
    return QSettings(str(window_settings_path()), QSettings.Format.IniFormat)


def restore_geometry(window: QWidget, settings: QSettings) -> bool:
    """Put ``window`` where it was; False when nothing (usable) was kept."""
    geometry = settings.value(GEOMETRY_KEY)
    return (
        isinstance(geometry, QByteArray)
        and not geometry.isEmpty()
        and bool(window.restoreGeometry(geometry))
    )


def save_geometry(window: QWidget, settings: QSettings, *, last_folder: int | None) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    if last_folder is not None:
        settings.setValue(LAST_FOLDER_KEY, last_folder)


def last_folder(settings: QSettings) -> int:
    """The folder a signed-in account showed last (All when none was kept)."""
    try:
        return int(settings.value(LAST_FOLDER_KEY, ALL_FOLDER_ID))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ALL_FOLDER_ID
