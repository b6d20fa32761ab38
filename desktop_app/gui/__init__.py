"""Qt user interface."""

from .qt_compat import pin_bool_refcounts

pin_bool_refcounts()
