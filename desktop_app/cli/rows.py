"""From the command line's options to rows: the steps ``export`` shares with any command that
builds rows from a folder (the sticker commands, for example)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from ..core.cancel import CancelToken
from ..core.fields import sort_instances
from ..core.qrfactory import ExportOptions, Row
from ..core.release import Instance
from ..services.export import (
    CollectStats,
    collect,
    export_rows,
    folder_by_id_or_name,
    left_out_text,
)
from ..services.history import ExportHistory, history_for, select_by_history
from ..services.source import CollectionSource, Folder
from .common import Progress, close_source, open_source, requests_made
from .options import check_templates, record_filter, sort_key


@dataclass(frozen=True, slots=True)
class Selection:
    """The rows of the records the options chose, with where they came from."""

    folder: Folder
    instances: list[Instance]  # in row order
    rows: list[Row]
    stats: CollectStats
    requests: int  # HTTP requests made (0 for the demo collection)
    history: ExportHistory  # the account's export history (the GUI's too)


def select_rows(args: argparse.Namespace, options: ExportOptions, cancel: CancelToken) -> Selection:
    """Read ``args.folder`` (``--demo`` or the signed-in account), keep what the selection
    options choose and build the rows with ``options``. Progress goes to stderr on a terminal."""
    source = open_source(args.demo, cancel)
    try:
        folders = source.folders(cancel)
        folder = folder_by_id_or_name(folders, args.folder)
        note_fields = source.note_fields(cancel)
        check_templates(options, note_fields)
        progress = Progress(sys.stderr)
        progress.label = folder.name
        try:
            instances, stats = collect(
                source, folder.id, cancel, progress=progress.update, on_wait=progress.waiting
            )
        finally:
            progress.clear()
        chosen = record_filter(args, note_fields)
        if chosen.active:
            instances = chosen.apply(instances)
        folder_names = {f.id: f.name for f in folders}
        history = history_for(getattr(source, "username", None), demo=args.demo)
        if getattr(args, "not_exported", False) or getattr(args, "changed", False):
            instances = select_by_history(
                instances,
                history,
                not_exported=bool(getattr(args, "not_exported", False)),
                changed=bool(getattr(args, "changed", False)),
                printed_field=_printed_field(source, args.demo),
                options=options,
                folder_names=folder_names,
                note_fields=note_fields,
            )
        key = sort_key(args, note_fields, folder_names)
        if key is not None:
            instances = sort_instances(instances, key, descending=bool(args.descending))
        rows = export_rows(instances, options, folder_names, note_fields)
        cancel.check()
        return Selection(folder, instances, rows, stats, requests_made(source), history)
    finally:
        close_source(source)


def _printed_field(source: CollectionSource, demo: bool) -> int | None:
    """The collection field the window reads the "printed" marks from (None: none chosen)."""
    if demo:
        return None
    from ..services import printed
    from ..services.library import library_or_none

    library = library_or_none(source, getattr(source, "username", None))
    if library is None:
        return None
    try:
        chosen = printed.printed_field(library)
    finally:
        library.close()
    return chosen[0] if chosen is not None else None


def left_out_note(stats: CollectStats) -> str:
    """ "; 2 unreadable entries left out: …" for a summary line ("" when none were)."""
    text = left_out_text(stats.skipped, stats.skipped_names)
    return f"; {text}" if text else ""
