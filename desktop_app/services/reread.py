"""The background pass: after each start, the whole collection is read again, page by page, so
that collection field values edited on Discogs since the last read are seen.

It reads the All folder (one walk of ``ceil(n / 100)`` pages: the fewest that cover every
instance, and each item names its folder, so folder membership stays right) at background
priority: its requests yield to the user's and keep to half the rate limit (see
``Gateway.request``). Each page is merged into the library in place (:meth:`Cache.merge_rows`:
an instance written since the page was asked for keeps the newer data), together with the page
reached, so a pass that is stopped resumes at the next start without reading a page twice.

Removals are left to the refresh (a page read by a pass is never a reason to delete).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..core.cancel import NEVER, CancelToken
from ..core.errors import AppError, ErrorKind
from ..core.release import Instance
from .library import REREAD_PASS_KEY, Library, page_rows, parse_time
from .source import ALL_FOLDER_ID, CollectionSource

log = logging.getLogger(__name__)

#: The pass under way: ``{"page": next page to read, "started": ISO time it began}``.
PASS_KEY = REREAD_PASS_KEY

#: Called with the instances of a page whose stored data changed (new, edited or moved).
ChangedCallback = Callable[[list[Instance]], None]


@dataclass(frozen=True, slots=True)
class RereadResult:
    pages: int  # pages read by this call
    changed: int  # instances whose data changed
    finished: bool  # the whole collection has been read (False: stopped, resumes next time)


def background_source(source: CollectionSource) -> CollectionSource | None:
    """``source`` read at background priority, or None when it cannot be (the demo)."""
    make = getattr(source, "background", None)
    return make() if callable(make) else None


def reread_due(library: Library | None) -> bool:
    """Whether a pass should run now: a signed-in library (not the demo) holding instances
    read before now, or with a pass left unfinished."""
    if library is None or background_source(library.source) is None:
        return False
    if _pass_state(library) is not None:
        return True
    return library.cache.instance_count() > 0


def reread_page(library: Library) -> int:
    """The page the pass goes on from (1: from the start)."""
    state = _pass_state(library)
    return int(state["page"]) if state is not None else 1


def reread(
    library: Library,
    cancel: CancelToken = NEVER,
    on_changed: ChangedCallback | None = None,
    on_page: Callable[[int], None] | None = None,
) -> RereadResult:
    """Read the whole collection again (from where a stopped pass left it), merging each page
    into the library (``on_page`` is told each page number merged). Cancelling stops it
    between or during requests; a page that arrived is merged, and what was merged stays."""
    source = background_source(library.source)
    if source is None:
        return RereadResult(0, 0, True)
    cache = library.cache
    state = _pass_state(library)
    if state is None:
        state = {"page": 1, "started": datetime.now(UTC).isoformat()}
        cache.set_state(PASS_KEY, state)
    start = int(state["page"])
    pages = source.iter_pages(ALL_FOLDER_ID, cancel, start_page=start)
    read = changed = 0
    try:
        while True:
            mark = cache.write_mark()  # taken before the page is asked for
            try:
                page = next(pages, None)
            except AppError as exc:
                if exc.kind == ErrorKind.DATA and read == 0 and start > 1:
                    page = None  # the collection shrank below the page reached: done
                else:
                    raise
            if page is None:
                break
            rows, _skipped = page_rows(page)
            last = page.page >= page.pages
            state = {**state, "page": page.page + 1}
            ids = set(cache.merge_rows(rows, mark, state=(PASS_KEY, state)))
            read += 1
            if on_page is not None:
                on_page(page.page)
            if ids:
                changed += len(ids)
                if on_changed is not None:
                    on_changed([i for i in page.instances if i.instance_id in ids])
            if last:
                break
    finally:
        close = getattr(pages, "close", None)
        if close is not None:
            close()
    started = parse_time(state.get("started")) or datetime.now(UTC)
    cache.set_state(PASS_KEY, None)
    library.note_whole_read(ALL_FOLDER_ID, started)
    log.info("collection read again: %d pages, %d changed", read, changed)
    return RereadResult(read, changed, True)


def _pass_state(library: Library) -> dict[str, Any] | None:
    raw = library.cache.get_state(PASS_KEY)
    if not isinstance(raw, dict):
        return None
    page = raw.get("page")
    started = parse_time(raw.get("started"))
    if not isinstance(page, int) or page < 1 or started is None:
        return None
    cleared = library.cache.sync_time("cleared")
    if cleared is not None and started < cleared:
        return None  # the library was cleared since: its pages before this one are gone
    return raw
