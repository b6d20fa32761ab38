"""Where settings, cache, data and logs live. ``DISCOGS_QR_HOME`` moves them all (tests use it)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from .. import APP_ID

HOME_ENV = "DISCOGS_QR_HOME"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser() / kind
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
    if kind == "cache":
        return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))
    if kind == "log":
        return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Settings (settings.json, window state)."""
    return _ensure(_base("config"))


def cache_dir() -> Path:
    """The local library database and other things that can be rebuilt."""
    return _ensure(_base("cache"))


def data_dir() -> Path:
    """Things that cannot be rebuilt: export history, the opt-in unencrypted credentials file."""
    return _ensure(_base("data"))


def log_dir() -> Path:
    """The log file and crash reports (platformdirs' user log folder)."""
    return _ensure(_base("log"))
