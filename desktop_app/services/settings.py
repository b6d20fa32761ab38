"""The app's typed settings and where window state is kept (the GUI's door to ``store``)."""

from __future__ import annotations

from pathlib import Path

from ..store import paths
from ..store.settings import Settings, settings_path

__all__ = ["Settings", "profile_folder", "settings_path", "window_settings_path"]

WINDOW_SETTINGS_FILE = "window.ini"


def window_settings_path() -> Path:
    """The INI file that keeps Qt's window state (geometry, splitter, header, last folder)."""
    return paths.config_dir() / WINDOW_SETTINGS_FILE


def profile_folder() -> Path:
    """The profile's own folder (settings, window state, the one-window lock)."""
    return paths.config_dir()
