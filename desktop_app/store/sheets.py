"""The label sheets in the printer: partly used sheets kept per layout (Qt-free).

Collectors print a few stickers at a time and put a half-used sheet back in the printer. After
each sheet that is printed or saved, the labels used on its last page are kept here, so the next
print starts at the first free label. Several partial sheets can be kept (newest first).

Kept in ``paths.data_dir()/sticker-sheets.json``, written atomically. The window and the command
line may both print: :func:`update` reads the file fresh, applies the change and writes it back
under the file's lock (``store.locks``), so one never loses the other's sheets. A damaged file
is moved aside (``.bad``) and the list starts empty: losing it only loses the marks of used labels.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..core.csvio import atomic_write_bytes
from . import paths
from .locks import file_lock

log = logging.getLogger(__name__)

FORMAT = "discogs-qr-sheets/1"
FILE_NAME = "sticker-sheets.json"
KEEP_PER_LAYOUT = 6  # the oldest partial sheets of a layout beyond this are forgotten
MAX_LABELS = 10_000


@dataclass(frozen=True, slots=True)
class KeptSheet:
    """One partly used sheet: its layout (by name), how many labels it has, which are used
    (1-based label numbers) and when it was last printed on."""

    id: str
    layout: str
    per_page: int
    used: frozenset[int]
    when: datetime

    @property
    def free(self) -> int:
        return self.per_page - len(self.used)

    def free_labels(self) -> list[int]:
        return [n for n in range(1, self.per_page + 1) if n not in self.used]

    def first_free(self) -> int | None:
        free = self.free_labels()
        return free[0] if free else None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "layout": self.layout,
            "labels": self.per_page,
            "used": sorted(self.used),
            "when": self.when.isoformat(),
        }

    @classmethod
    def from_json(cls, data: Any) -> KeptSheet | None:
        """The sheet, or None when ``data`` is not a usable one."""
        if not isinstance(data, dict):
            return None
        try:
            sid = data["id"]
            layout = data["layout"]
            per_page = data["labels"]
            used_raw = data["used"]
            when = datetime.fromisoformat(str(data["when"]))
        except (KeyError, TypeError, ValueError):
            return None
        if not (isinstance(sid, str) and sid and isinstance(layout, str) and layout):
            return None
        if isinstance(per_page, bool) or not isinstance(per_page, int):
            return None
        if not 1 <= per_page <= MAX_LABELS or not isinstance(used_raw, list):
            return None
        if any(isinstance(n, bool) or not isinstance(n, int) for n in used_raw):
            return None
        used = frozenset(n for n in used_raw if 1 <= n <= per_page)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return cls(sid, layout, per_page, used, when)


def sheets_path() -> Path:
    return paths.data_dir() / FILE_NAME


def new_id() -> str:
    return secrets.token_hex(6)


def load(path: Path | None = None) -> list[KeptSheet]:
    """Every kept sheet that still has a free label, newest first."""
    path = path or sheets_path()
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("sheet list %s unreadable (%s); starting afresh", path, exc)
        _move_aside(path)
        return []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        log.warning("sheet list %s has an unknown format; starting afresh", path)
        _move_aside(path)
        return []
    found = (KeptSheet.from_json(item) for item in data.get("sheets") or [])
    return _tidy(s for s in found if s is not None)


def _tidy(sheets: Iterable[KeptSheet]) -> list[KeptSheet]:
    """Newest first, one entry per id, no full sheets, at most KEEP_PER_LAYOUT per layout."""
    out: list[KeptSheet] = []
    seen: set[str] = set()
    per_layout: dict[str, int] = {}
    for sheet in sorted(sheets, key=lambda s: s.when, reverse=True):
        if sheet.id in seen or sheet.free <= 0:
            continue
        seen.add(sheet.id)
        count = per_layout.get(sheet.layout, 0)
        if count >= KEEP_PER_LAYOUT:
            continue
        per_layout[sheet.layout] = count + 1
        out.append(sheet)
    return out


def save(sheets: Iterable[KeptSheet], path: Path | None = None) -> list[KeptSheet]:
    """Write ``sheets`` (tidied) atomically; raises ``OSError`` when it cannot be written."""
    path = path or sheets_path()
    kept = _tidy(sheets)
    document = {"format": FORMAT, "sheets": [s.to_json() for s in kept]}
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))
    return kept


def update(
    change: Callable[[list[KeptSheet]], list[KeptSheet]], path: Path | None = None
) -> list[KeptSheet]:
    """Read the file fresh, apply ``change`` to its sheets and write the result, holding the
    file's lock throughout: another window or command changing it at the same time waits."""
    path = path or sheets_path()
    with file_lock(path):
        return save(change(load(path)), path)


def _move_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.replace(path.with_name(path.name + ".bad"))
