"""What a sticker says, as a short fingerprint, and the "printed" mark written to Discogs.

A fingerprint is a short hash of a row's ``Content`` and ``BottomText``: two rows with the same
fingerprint make the same sticker. The export history keeps the fingerprint of each exported
row, so the table can tell which stickers would now read differently (a corrected title, a moved
folder, an edited note).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from .qrfactory import COLUMN_INDEX

_CONTENT = COLUMN_INDEX["Content"]
_BOTTOM = COLUMN_INDEX["BottomText"]
FINGERPRINT_LENGTH = 12
PRINTED_PREFIX = "QR"


def row_fingerprint(row: Sequence[str]) -> str:
    """The fingerprint of one 30-column row ("" for a row too short to be one)."""
    if len(row) <= max(_CONTENT, _BOTTOM):
        return ""
    text = f"{row[_CONTENT]}\x1f{row[_BOTTOM]}".encode()
    return hashlib.blake2b(text, digest_size=FINGERPRINT_LENGTH // 2).hexdigest()


def row_fingerprints(rows: Iterable[Sequence[str]]) -> list[str]:
    return [row_fingerprint(row) for row in rows]


def changed_ids(printed: Mapping[int, str], current: Mapping[int, str]) -> set[int]:
    """Instances whose sticker would now read differently: a recorded fingerprint that is not
    the current one. Instances without a recorded fingerprint (older history files) or without
    a current row count as unchanged."""
    return {iid for iid, old in printed.items() if old and current.get(iid, old) not in (old, "")}


def printed_value(day: date, prefix: str = PRINTED_PREFIX) -> str:
    """The short value written to the user's "printed" field, e.g. ``QR 2026-12-05``."""
    return f"{prefix} {day.isoformat()}"


def is_printed_value(value: str, prefix: str = PRINTED_PREFIX) -> bool:
    """Whether ``value`` is a mark this app writes (so it may be replaced without asking)."""
    head, _, day = value.strip().partition(" ")
    if head != prefix:
        return False
    try:
        date.fromisoformat(day.strip())
    except ValueError:
        return False
    return True


def printed_day(value: str, prefix: str = PRINTED_PREFIX) -> date | None:
    """The day in a mark this app wrote, or None."""
    if not is_printed_value(value, prefix):
        return None
    return date.fromisoformat(value.strip().partition(" ")[2].strip())
