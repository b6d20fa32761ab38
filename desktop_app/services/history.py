"""The export history, for the GUI and the CLI (the GUI reaches ``store`` only through here).

The window's "Only not yet exported" and "Changed since exported" and the CLI's
``--not-exported`` and ``--changed`` select with the same functions: :func:`export_marks`
(what counts as exported), :func:`changed_since_export` (what would now print differently) and
:func:`hidden_by_history` (what the two choices leave out).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime, time, tzinfo

from ..core.printed import changed_ids, row_fingerprints
from ..core.qrfactory import ExportOptions, build_rows
from ..core.release import Instance
from ..store.history import (
    ExportEntry,
    ExportHistory,
    added_since,
    exported_count,
    not_yet_exported,
    since_last_export_range,
)
from .printed import printed_marks

__all__ = [
    "DEMO_ACCOUNT",
    "ExportEntry",
    "ExportHistory",
    "added_since",
    "changed_since_export",
    "export_marks",
    "exported_count",
    "hidden_by_history",
    "history_for",
    "not_yet_exported",
    "select_by_history",
    "since_last_export_range",
]


DEMO_ACCOUNT = "demo"


def history_for(username: str | None, *, demo: bool = False) -> ExportHistory:
    """The export history the GUI and the CLI share for an account (or for the demo)."""
    return ExportHistory(DEMO_ACCOUNT if demo else (username or "").strip() or "default")


def changed_since_export(
    history: ExportHistory | None,
    instances: Iterable[Instance],
    options: ExportOptions | None = None,
    folder_names: Mapping[int, str] | None = None,
    note_fields: Mapping[int, str] | None = None,
    *,
    tz: tzinfo | None = None,
) -> set[int]:
    """Instance ids whose sticker would now read differently from the one exported last.

    Only the fingerprints of ``instances`` are read, and rows are built only for those with
    one (usually a small part of the collection), with the current template and options."""
    if history is None:
        return set()
    instances = list(instances)
    printed = history.fingerprints(inst.instance_id for inst in instances)
    if not printed:
        return set()
    chosen = [inst for inst in instances if inst.instance_id in printed]
    if not chosen:
        return set()
    rows = build_rows(chosen, options, folder_names=folder_names, note_fields=note_fields, tz=tz)
    current = dict(zip((i.instance_id for i in chosen), row_fingerprints(rows), strict=True))
    return changed_ids(printed, current)


def export_marks(
    history: ExportHistory | None,
    instances: Iterable[Instance],
    printed_field: int | None = None,
    *,
    every: bool = False,
) -> dict[int, datetime]:
    """When each of ``instances`` was last exported: by this computer's history, else on the
    day it was marked printed on Discogs in ``printed_field`` (from any computer; noon, local
    time). With ``every`` the history's times of every instance are included (a table that is
    still loading shows them as rows arrive)."""
    instances = list(instances)
    times: dict[int, datetime] = {}
    if history is not None:
        times = history.export_times(None if every else [i.instance_id for i in instances])
    for iid, day in printed_marks(instances, printed_field).items():
        times.setdefault(iid, datetime.combine(day, time(12, 0)).astimezone())
    return times


def hidden_by_history(
    ids: Iterable[int],
    exported: Collection[int],
    changed: Collection[int],
    *,
    not_exported: bool,
    changed_only: bool,
) -> set[int]:
    """The ids that "Only not yet exported" / ``--not-exported`` and "Changed since exported"
    / ``--changed`` leave out, of ``ids`` (the records at hand).

    ``exported``: what :func:`export_marks` counts as exported; ``changed``: what
    :func:`changed_since_export` found. "Changed" keeps only the changed records (each was
    exported, so it wins over "not yet exported"); "not yet exported" leaves out every exported
    id (also ones not among ``ids``)."""
    if changed_only:
        return {i for i in ids if i not in changed}
    if not_exported:
        return set(exported)
    return set()


def select_by_history(
    instances: Sequence[Instance],
    history: ExportHistory | None,
    *,
    not_exported: bool = False,
    changed: bool = False,
    printed_field: int | None = None,
    options: ExportOptions | None = None,
    folder_names: Mapping[int, str] | None = None,
    note_fields: Mapping[int, str] | None = None,
    tz: tzinfo | None = None,
) -> list[Instance]:
    """``instances`` (order kept) that the two history choices keep, as the window does."""
    if not (not_exported or changed):
        return list(instances)
    exported = export_marks(history, instances, printed_field) if not_exported else {}
    found = (
        changed_since_export(history, instances, options, folder_names, note_fields, tz=tz)
        if changed
        else set()
    )
    hidden = hidden_by_history(
        (i.instance_id for i in instances),
        exported,
        found,
        not_exported=not_exported,
        changed_only=changed,
    )
    return [inst for inst in instances if inst.instance_id not in hidden]
