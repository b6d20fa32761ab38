"""Pause Python's cyclic garbage collector around work that makes many small objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Building tens of thousands of small objects is much faster without the cyclic collector
    (it would walk the heap again and again); it is switched back on afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
