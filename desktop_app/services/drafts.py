"""The unsaved preview kept between runs: one JSON value in the account's cache state.

The window stores the preview panel's draft (the ``core.draft`` format) under :data:`DRAFT_KEY`
when it closes with unsaved preview rows, offers it back on the next start and deletes it after a
save or a "Discard". Reading and writing never raise: a draft that cannot be kept is only logged.

The demo collection has no local library in the window; its draft goes to the demo's own cache
file (opened for each read or write and closed again).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from ..core.cancel import NEVER, CancelToken
from ..core.release import Instance
from ..store.cache import Cache
from .library import Library
from .source import ALL_FOLDER_ID, CollectionSource, DemoSource

log = logging.getLogger(__name__)

#: The key of the draft in :meth:`Cache.get_state` / :meth:`Cache.set_state`.
DRAFT_KEY = "preview_draft"


class StateStore(Protocol):
    """What a draft needs of a cache: JSON state by key (``None`` deletes)."""

    def get_state(self, key: str, default: Any = None) -> Any: ...

    def set_state(self, key: str, value: Any) -> None: ...

    def close(self) -> None: ...


class DraftStore:
    """Read, write and delete the preview draft of one account."""

    def __init__(self, cache: StateStore, *, close_after: bool = False) -> None:
        self.cache = cache
        self.close_after = close_after

    @classmethod
    def for_demo(cls) -> DraftStore | None:
        """The demo collection's store (its own cache file), or None when it cannot be opened."""
        try:
            return cls(Cache.for_demo(), close_after=True)
        except Exception as exc:  # no draft is better than no window
            log.warning("preview draft store for the demo unavailable: %s", exc)
            return None

    def _done(self) -> None:
        if self.close_after:
            try:
                self.cache.close()
            except Exception as exc:
                log.debug("closing the draft store: %s", exc)

    def load(self) -> Any:
        """The stored draft as saved (not checked), or None."""
        try:
            return self.cache.get_state(DRAFT_KEY)
        except Exception as exc:
            log.warning("preview draft unreadable: %s", exc)
            return None
        finally:
            self._done()

    def save(self, draft: Mapping[str, Any] | None) -> bool:
        """Keep ``draft`` (``None`` deletes it); False when that failed."""
        try:
            self.cache.set_state(DRAFT_KEY, dict(draft) if draft is not None else None)
        except Exception as exc:  # e.g. a full disk; closing must go on
            log.warning("preview draft not saved: %s", exc)
            return False
        finally:
            self._done()
        return True

    def clear(self) -> bool:
        return self.save(None)


def find_instances(
    wanted: Iterable[int],
    *,
    library: Library | None = None,
    source: CollectionSource | None = None,
    cancel: CancelToken = NEVER,
) -> dict[int, Instance]:
    """The instances of ``wanted`` ids that can be found without the network: in the local
    library's cache, else (the bundled demo) in the demo collection itself. Ids found nowhere
    are left out (gone since). Reads the cache: call it from a worker."""
    ids = set(wanted)
    found: dict[int, Instance] = {}
    missing = set(ids)
    if missing and library is not None:
        cancel.check()
        for inst in library.cached_instances(ALL_FOLDER_ID):
            if inst.instance_id in missing:
                found[inst.instance_id] = inst
        missing = ids - found.keys()
    if missing and isinstance(source, DemoSource):
        for page in source.iter_pages(ALL_FOLDER_ID, cancel):
            for inst in page.instances:
                if inst.instance_id in missing:
                    found[inst.instance_id] = inst
    return found
