"""Instances as rows of the library database, and back (no connection handling here)."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ..core.artists import Artist
from ..core.errors import AppError
from ..core.release import Format, Instance, Label, share_zone
from ..core.text import utf8


# ---- encoding an instance as a row ----------------------------------------------------------
def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def instance_row(inst: Instance, item: Mapping[str, Any] | None) -> tuple[Any, ...]:
    """The ``instances`` row for ``inst``; ``item``, the API item it was built from, is stored
    compressed (None: no raw item is kept)."""
    blob = _pack_item(item) if item else None
    first_label = inst.labels[0] if inst.labels else None
    return (
        inst.instance_id,
        inst.release_id,
        inst.folder_id,
        inst.date_added.isoformat() if inst.date_added else None,
        int(inst.date_added.timestamp()) if inst.date_added else None,
        inst.title,
        inst.year,
        inst.artist(),
        first_label.name if first_label else "",
        inst.catno,
        inst.format_display,
        inst.rating,
        inst.thumb,
        inst.master_id,
        _dumps([[a.name, a.anv, a.join] for a in inst.artists]),
        _dumps([[lab.name, lab.catno] for lab in inst.labels]),
        _dumps([[f.name, f.qty, list(f.descriptions), f.text] for f in inst.formats]),
        _dumps([[fid, value] for fid, value in inst.notes]),
        _dumps(list(inst.genres)),
        _dumps(list(inst.styles)),
        blob,
    )


def _pack_item(item: Mapping[str, Any]) -> bytes:
    return zlib.compress(utf8(_dumps(item)), 1)


def _unpack_item(blob: bytes | None) -> dict[str, Any] | None:
    """The API item stored by :func:`instance_row`; None if none was stored or it is unreadable."""
    if not blob:
        return None
    try:
        parsed = json.loads(zlib.decompress(blob))
    except (zlib.error, ValueError):
        return None
    return parsed if isinstance(parsed, dict) else None


def rows_from_items(items: Iterable[Mapping[str, Any]]) -> tuple[list[tuple[Any, ...]], int]:
    """Rows for the usable items, and how many were skipped."""
    rows = []
    skipped = 0
    for item in items:
        try:
            rows.append(instance_row(Instance.from_item(item), item))
        except AppError:
            skipped += 1
    return rows, skipped


def _decode_rows(rows: Iterable[Sequence[Any]]) -> list[Instance]:
    """Instances from ``_READ_COLUMNS`` rows. The JSON of artists, labels, formats… repeats a
    lot across a collection, so each distinct text is decoded once (and its objects shared)."""
    loads = json.loads
    from_iso = datetime.fromisoformat
    artists: dict[str, tuple[Artist, ...]] = {}
    labels: dict[str, tuple[Label, ...]] = {}
    formats: dict[str, tuple[Format, ...]] = {}
    notes: dict[str, tuple[tuple[int, str], ...]] = {}
    genres: dict[str, tuple[str, ...]] = {}
    styles: dict[str, tuple[str, ...]] = {}
    out: list[Instance] = []
    append = out.append
    for row in rows:
        (iid, rid, fid, date, title, year, rating, thumb, mid, arts_j, labs_j, fmts_j, notes_j,
         genres_j, styles_j, *_) = row  # fmt: skip
        arts = artists.get(arts_j)
        if arts is None:
            arts = artists[arts_j] = tuple(Artist(a[0], a[1], a[2]) for a in loads(arts_j))
        labs = labels.get(labs_j)
        if labs is None:
            labs = labels[labs_j] = tuple(Label(v[0], v[1]) for v in loads(labs_j))
        fmts = formats.get(fmts_j)
        if fmts is None:
            fmts = formats[fmts_j] = tuple(
                Format(f[0], f[1], tuple(f[2]), f[3]) for f in loads(fmts_j)
            )
        nts = notes.get(notes_j)
        if nts is None:
            nts = notes[notes_j] = tuple((n[0], n[1]) for n in loads(notes_j))
        gen = genres.get(genres_j)
        if gen is None:
            gen = genres[genres_j] = tuple(loads(genres_j))
        sty = styles.get(styles_j)
        if sty is None:
            sty = styles[styles_j] = tuple(loads(styles_j))
        append(
            Instance(
                iid,
                rid,
                fid,
                share_zone(from_iso(date)) if date else None,
                title,
                year,
                arts,
                labs,
                fmts,
                rating,
                nts,
                gen,
                sty,
                thumb,
                mid,
            )
        )
    return out


_NO_DATE = -(1 << 62)  # sorts instances without a date first, as SQL sorts NULL
_READ_COLUMNS = (
    "instance_id, release_id, folder_id, date_added, title, year, rating, thumb, master_id,"
    " artists_j, labels_j, formats_j, notes_j, genres_j, styles_j"
)
_READ_COUNT = len(_READ_COLUMNS.split(","))  # the index of a column selected after these


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
