"""Typed user settings in one JSON file in the config folder (shared by the GUI and the CLI).

Window geometry and other Qt-only state are kept by the GUI with ``QSettings`` in the same folder.
A damaged settings file never stops the app: it is moved aside and defaults are used.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ..core.csvio import atomic_write_bytes
from ..core.qrfactory import DEFAULTS, ExportOptions
from . import paths
from .locks import file_lock

log = logging.getLogger(__name__)
FILE_NAME = "settings.json"


@dataclass
class Settings:
    column_values: dict[str, str] = field(default_factory=lambda: dict(DEFAULTS))
    use_anv: bool = False
    unknown_year: str = "unknown"
    neutralise_formulas: bool = False
    bom: bool = False
    line_end: str = "crlf"  # "crlf" or "lf"
    last_save_dir: str = ""
    last_folder_id: int = 0
    preview_columns: list[str] = field(default_factory=list)  # empty: the default set
    covers: bool = True  # show covers in the table (False: nothing is downloaded)
    cover_cache_mb: int = 200  # the cover cache's cap on disk
    large_covers: bool = False  # taller rows with larger covers
    language: str = ""  # the window's language ("de", "pt_BR"…); empty: the system's

    def export_options(self) -> ExportOptions:
        values = dict(DEFAULTS)
        values.update({k: v for k, v in self.column_values.items() if k in DEFAULTS})
        return ExportOptions(
            values=values,
            use_anv=self.use_anv,
            unknown_year=self.unknown_year,
            neutralise_formulas=self.neutralise_formulas,
        )

    def set_export_options(self, options: ExportOptions) -> None:
        self.column_values = {k: options.value(k) for k in DEFAULTS}
        self.use_anv = options.use_anv
        self.unknown_year = options.unknown_year
        self.neutralise_formulas = options.neutralise_formulas

    @property
    def line_terminator(self) -> str:
        return "\n" if self.line_end == "lf" else "\r\n"

    # ---- persistence --------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        settings = cls()
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            default = getattr(settings, f.name)
            if isinstance(default, dict) and isinstance(value, dict):
                merged = dict(default)
                merged.update({str(k): str(v) for k, v in value.items()})
                setattr(settings, f.name, merged)
            elif type(value) is type(default):
                setattr(settings, f.name, value)
        return settings

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            _move_aside(path)
            return cls()
        if not isinstance(data, dict):
            _move_aside(path)
            return cls()
        settings = cls.from_dict(data)
        settings._as_read = asdict(settings)
        return settings

    def save(self, path: Path | None = None) -> None:
        """Write the settings changed since they were loaded (or last saved) into the file as
        it is now, under its lock: a setting another window or command saved meanwhile, and
        keys this version does not know, stay as they are."""
        path = path or settings_path()
        mine = asdict(self)
        before: dict[str, Any] = getattr(self, "_as_read", {})
        with file_lock(path):
            current = _read_dict(path)
            merged = dict(current) if current is not None else {}
            for key, value in mine.items():
                if key not in merged or before.get(key, _UNSET) != value:
                    merged[key] = value
            text = json.dumps(merged, ensure_ascii=False, indent=2, sort_keys=True)
            atomic_write_bytes(path, text.encode("utf-8"))
        fresh = Settings.from_dict(merged)
        for key in mine:  # what others saved is this copy's now too
            setattr(self, key, getattr(fresh, key))
        self._as_read = asdict(self)


_UNSET = object()


def _read_dict(path: Path) -> dict[str, Any] | None:
    """The settings file as saved now (None: missing or unreadable)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def _move_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.replace(path.with_name(path.name + ".bad"))
