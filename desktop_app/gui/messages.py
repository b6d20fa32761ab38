"""The words of the window's banners for errors and for working offline."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ..core.errors import AppError, ErrorKind
from .i18n import error_text as translated
from .texts import datetime_text


def error_text(error: AppError, *, demo: bool = False) -> tuple[str, bool]:
    """The banner text for ``error`` and whether to offer signing in again (an auth error of a
    signed-in account: the checks are kept)."""
    if error.kind == ErrorKind.AUTH and not demo:
        text = QCoreApplication.translate(
            "MainWindow",
            "Discogs did not accept the saved sign-in (%1). Sign in again to continue; your "
            "checked releases are kept.",
        ).replace("%1", translated(error))
        return text, True
    if error.kind == ErrorKind.RATE:
        return QCoreApplication.translate("MainWindow", "%1 Try again in a minute.").replace(
            "%1", translated(error)
        ), False
    return translated(error), False


def offline_text(when: datetime | None) -> str:
    """Discogs cannot be reached: the rows shown stay; say how old they are."""
    stamp = (
        datetime_text(when)
        if when is not None
        else QCoreApplication.translate("MainWindow", "an earlier session")
    )
    return QCoreApplication.translate("MainWindow", "Offline — data from %1").replace("%1", stamp)


#: How many unreadable entries the banner names; the rest are counted.
NAMED_ENTRIES = 5


def unreadable_text(names: list[str]) -> str:
    """ "2 entries could not be read: instance 5, “Title”; instance 9" (a folder load's)."""
    shown = "; ".join(names[:NAMED_ENTRIES])
    more = len(names) - NAMED_ENTRIES
    if more > 0:
        shown += "; " + QCoreApplication.translate("MainWindow", "and %1 more").replace(
            "%1", str(more)
        )
    if len(names) == 1:
        return QCoreApplication.translate("MainWindow", "1 entry could not be read: %1").replace(
            "%1", shown
        )
    text = QCoreApplication.translate("MainWindow", "%1 entries could not be read: %2").replace(
        "%1", str(len(names))
    )
    return text.replace("%2", shown)
