"""Covers: the ``thumb`` image of each record, from the disk cache or else from the collection's
source (Discogs' image servers through the gateway, or the demo's bundled pictures).

Qt-free: the GUI decodes and scales the bytes in its workers. Nothing here logs an address.
"""

from __future__ import annotations

from ..core.cancel import NEVER, CancelToken
from ..store.covers import DEFAULT_CAP_MB, CoverStore
from .source import CollectionSource, fetch_cover

__all__ = ["DEFAULT_CAP_MB", "Covers", "clear_cover_cache", "cover_cache_size"]


class Covers:
    """The covers of one collection source, cached on disk up to ``cap_mb`` megabytes."""

    def __init__(
        self,
        source: CollectionSource,
        cap_mb: int = DEFAULT_CAP_MB,
        store: CoverStore | None = None,
    ) -> None:
        self.source = source
        self.store = store if store is not None else CoverStore(cap_bytes=max(0, cap_mb) << 20)

    def cached(self, url: str) -> bytes | None:
        """The bytes kept on disk for ``url`` (no network), or None."""
        return self.store.get(url) if url else None

    def fetch(self, url: str, cancel: CancelToken = NEVER) -> bytes:
        """The bytes of ``url``: from the disk cache, else from the source (then kept).
        Raises ``AppError`` (network, data) or ``Cancelled``."""
        data = self.cached(url)
        if data is not None:
            return data
        data = fetch_cover(self.source, url, cancel)
        self.store.put(url, data)
        return data

    def forget(self, url: str) -> None:
        """Drop a cached image that turned out not to be one."""
        self.store.drop(url)


def cover_cache_size() -> int:
    """Bytes the cover cache takes on disk."""
    return CoverStore().size()


def clear_cover_cache() -> None:
    CoverStore().clear()
