"""Export history per account: which instances went into which CSV, and when (Qt-free).

Kept in ``paths.data_dir()/history-<account>.json`` and written atomically after each save. A
damaged file is moved aside (``.bad``) and the history starts empty: losing it only loses the
"exported" marks, never a collection. The helpers at the end serve the release table's
"exported" mark, its "only not yet exported" filter and a "since last export" date preset.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

from ..core.csvio import atomic_write_bytes
from ..core.release import Instance
from . import paths
from .cache_files import safe_key

log = logging.getLogger(__name__)

FORMAT = "discogs-qr-history/1"
FILE_PREFIX = "history-"


@dataclass(frozen=True, slots=True)
class ExportEntry:
    """One saved CSV: when, where, and the instances it held (in file order).

    ``prints`` holds, per instance (same order), the fingerprint of what was printed
    (``core.printed.row_fingerprint``); empty for entries written by older versions."""

    when: datetime
    path: str
    instance_ids: tuple[int, ...]
    prints: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "when": self.when.isoformat(),
            "path": self.path,
            "ids": list(self.instance_ids),
        }
        if self.prints:
            data["prints"] = list(self.prints)
        return data

    @classmethod
    def from_json(cls, data: Any) -> ExportEntry | None:
        """The entry, or None when ``data`` is not a usable entry."""
        if not isinstance(data, dict):
            return None
        try:
            when = datetime.fromisoformat(str(data["when"]))
            ids = tuple(int(i) for i in data.get("ids") or ())
        except (KeyError, TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        prints = data.get("prints")
        marks: tuple[str, ...] = ()
        if isinstance(prints, list) and len(prints) == len(ids):
            marks = tuple(p if isinstance(p, str) else "" for p in prints)
        return cls(when, str(data.get("path") or ""), ids, marks)


def history_path(account: str) -> Path:
    """The history file of ``account`` (an account key such as ``store.cache.account_key``)."""
    name = account.strip().lower() or "default"
    return paths.data_dir() / f"{FILE_PREFIX}{safe_key(name)}.json"


class ExportHistory:
    """The export history of one account. Reads the file once; every :meth:`record` writes it."""

    def __init__(self, account: str, path: Path | None = None) -> None:
        self.account = account
        self.path = path or history_path(account)
        self._entries: list[ExportEntry] = self._load()
        self._ids: set[int] = {i for e in self._entries for i in e.instance_ids}

    def _load(self) -> list[ExportEntry]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.warning("export history %s unreadable (%s); starting afresh", self.path, exc)
            self._move_aside()
            return []
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            log.warning("export history %s has an unknown format; starting afresh", self.path)
            self._move_aside()
            return []
        entries = [ExportEntry.from_json(e) for e in data.get("entries") or []]
        return sorted((e for e in entries if e is not None), key=lambda e: e.when)

    def _move_aside(self) -> None:
        with contextlib.suppress(OSError):
            self.path.replace(self.path.with_name(self.path.name + ".bad"))

    def record(
        self,
        instance_ids: Iterable[int],
        path: str | Path,
        when: datetime | None = None,
        prints: Sequence[str] | None = None,
    ) -> ExportEntry:
        """Add one export and write the file. ``prints``: the fingerprint of each instance's row
        (same order; ignored when the lengths differ). Raises ``OSError`` when it cannot be
        written."""
        moment = when or datetime.now(UTC)
        if moment.tzinfo is None:
            moment = moment.astimezone()
        ids = tuple(int(i) for i in instance_ids)
        marks = tuple(prints) if prints is not None and len(prints) == len(ids) else ()
        entry = ExportEntry(moment, str(path), ids, marks)
        entries = sorted([*self._entries, entry], key=lambda e: e.when)
        document = {
            "format": FORMAT,
            "account": self.account,
            "entries": [e.to_json() for e in entries],
        }
        text = json.dumps(document, ensure_ascii=False, indent=1)
        atomic_write_bytes(self.path, text.encode("utf-8"))
        self._entries = entries
        self._ids.update(entry.instance_ids)
        return entry

    def entries(self) -> list[ExportEntry]:
        """Every export, oldest first."""
        return list(self._entries)

    def exported_ids(self) -> set[int]:
        """Instance ids that were in at least one saved CSV."""
        return set(self._ids)

    def is_exported(self, instance_id: int) -> bool:
        return instance_id in self._ids

    def last_export_time(self) -> datetime | None:
        return self._entries[-1].when if self._entries else None

    def last_export_of(self, instance_id: int) -> datetime | None:
        """When ``instance_id`` was last exported, or None."""
        for entry in reversed(self._entries):
            if instance_id in entry.instance_ids:
                return entry.when
        return None

    def export_times(self) -> dict[int, datetime]:
        """When each exported instance was last exported."""
        times: dict[int, datetime] = {}
        for entry in self._entries:  # oldest first: later exports overwrite
            for iid in entry.instance_ids:
                times[iid] = entry.when
        return times

    def fingerprints(self) -> dict[int, str]:
        """The fingerprint of what was last printed for each instance (instances last exported
        by an older version, without one, are left out: they count as unchanged)."""
        prints: dict[int, str] = {}
        for entry in self._entries:  # oldest first: later exports overwrite
            if entry.prints:
                prints.update(zip(entry.instance_ids, entry.prints, strict=True))
            else:
                for iid in entry.instance_ids:
                    prints.pop(iid, None)
        return {iid: fp for iid, fp in prints.items() if fp}

    def clear(self) -> None:
        """Forget every export (the file is removed)."""
        self._entries = []
        self._ids = set()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


# ---- helpers for the release table ---------------------------------------------------------
def not_yet_exported(instances: Iterable[Instance], exported: set[int]) -> list[Instance]:
    """``instances`` (order kept) whose instance id is not in ``exported``."""
    return [inst for inst in instances if inst.instance_id not in exported]


def added_since(instances: Iterable[Instance], moment: datetime | None) -> list[Instance]:
    """Instances added to the collection after ``moment`` (all of them when it is None)."""
    if moment is None:
        return list(instances)
    return [i for i in instances if i.date_added is not None and i.date_added > moment]


def since_last_export_range(
    last_export: datetime | None, today: date, tz: tzinfo | None = None
) -> tuple[date | None, date | None]:
    """A date-filter range for "since last export": from that day (local) to ``today``.

    The range is inclusive by calendar day, so records added earlier on the day of the last
    export are included too; :func:`added_since` is exact to the second. No export yet → no limit.
    """
    if last_export is None:
        return None, None
    return last_export.astimezone(tz).date(), today


def exported_count(instance_ids: Sequence[int], exported: set[int]) -> int:
    """How many of ``instance_ids`` were exported before (for a "3 already exported" hint)."""
    return sum(1 for i in instance_ids if i in exported)
