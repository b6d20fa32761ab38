"""Keeping Python's cyclic garbage collector off the GUI's critical path.

A folder of 10,000 releases is a few hundred thousand Python objects (instances, rows, their
tuples) that live as long as the folder is shown. Each full collection of the cyclic garbage
collector walks every one of them while holding the GIL, so the window froze for 50–250 ms a few
times per load. :func:`settle` moves the objects that exist now to the collector's permanent
generation (``gc.freeze``) once a batch of rows is in the model: later collections skip them.
Frozen objects are still freed by reference counting when the rows are dropped; only reference
cycles among them wait for :func:`release` (called when a window closes).
"""

from __future__ import annotations

import gc


def settle() -> None:
    """A batch of long-lived objects was just made: collect the young garbage, then freeze."""
    gc.collect(1)
    gc.freeze()


def release() -> None:
    """Make frozen objects collectable again (the next full collection looks at them)."""
    gc.unfreeze()
