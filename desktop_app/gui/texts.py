"""Small text helpers shared by the window's parts: numbers in the user's locale, ages."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale


def number(value: int) -> str:
    """``value`` with the locale's digit grouping (a QLocale is cheap to copy)."""
    return QLocale().toString(int(value))


def age_text(when: datetime, now: datetime | None = None) -> str:
    """ "just now", "5 min ago", "3 h ago" or the date, for the status bar."""
    tr = QCoreApplication.translate
    moment = now or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    minutes = int((moment - when).total_seconds() // 60)
    if minutes < 1:
        return tr("MainWindow", "just now")
    if minutes < 60:
        return tr("MainWindow", "%1 min ago").replace("%1", str(minutes))
    if minutes < 24 * 60:
        return tr("MainWindow", "%1 h ago").replace("%1", str(minutes // 60))
    return tr("MainWindow", "on %1").replace("%1", when.astimezone().strftime("%Y-%m-%d"))
