"""Discogs QR Export: turn a Discogs collection into a QR Factory 3 batch CSV."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

APP_NAME = "Discogs QR Export"
APP_ID = "discogs-qr-export"
DIST_NAME = "discogs-qr-export"


def _read_version() -> str:
    """The version lives in pyproject.toml only; read it from metadata or the source tree."""
    try:
        return importlib.metadata.version(DIST_NAME)
    except importlib.metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
    except OSError:
        match = None
    return match.group(1) if match else "0+unknown"


__version__ = _read_version()
