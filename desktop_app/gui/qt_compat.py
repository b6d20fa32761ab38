"""Workarounds for bugs in the Qt binding, applied once when the GUI package is imported."""

from __future__ import annotations

import sys

_pinned = False
#: The binding release with the bug (pyproject.toml excludes it; this guards other installs).
BROKEN_PREFIX = "6.12.0"


def pin_bool_refcounts() -> None:
    """Work around PySide6 6.12 reference-count bugs on Python < 3.12.

    ``SignalInstance.emit()`` returns ``True`` without a new reference, and some void methods
    (``changePersistentIndexList``, row insertion in a model) return ``None`` the same way, so
    each call lowers the count of ``True``/``None`` until the interpreter aborts ("bool_dealloc",
    "none_dealloc"). Python 3.12 made these objects immortal; this gives them the same
    effectively endless count. Safe to call more than once."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import PySide6

    if not PySide6.__version__.startswith(BROKEN_PREFIX):
        return
    import ctypes

    for value in (True, False, None):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
    _pinned = True
