"""Small text helpers shared by the window's parts: numbers and dates in the locale of the
window's language (``QLocale()``, set by ``gui.i18n.install``), ages. The CSV keeps its own fixed
formats (``core``)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def number(value: int) -> str:
    """``value`` with the locale's digit grouping (a QLocale is cheap to copy)."""
    return QLocale().toString(int(value))


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (``dd.MM.yyyy``, ``M/d/yyyy``);
    ISO ``yyyy-MM-dd`` for the C locale."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_text(day: date) -> str:
    """A calendar day as the window's locale writes it."""
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def datetime_text(moment: datetime) -> str:
    """A local date and time (minutes) as the window's locale writes it."""
    local = moment.astimezone()
    locale = QLocale()
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if locale.language() == QLocale.Language.C:
        time = f"{local.hour:02d}:{local.minute:02d}"
    return f"{date_text(local.date())} {time}"


def age_text(when: datetime, now: datetime | None = None) -> str:
    """ "just now", "5 min ago", "3 h ago" or the date, for the status bar."""
    moment = now or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    minutes = int((moment - when).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("MainWindow", "just now")
    if minutes < 60:
        return QCoreApplication.translate("MainWindow", "%1 min ago").replace("%1", str(minutes))
    if minutes < 24 * 60:
        return QCoreApplication.translate("MainWindow", "%1 h ago").replace(
            "%1", str(minutes // 60)
        )
    return QCoreApplication.translate("MainWindow", "on %1").replace(
        "%1", date_text(when.astimezone().date())
    )
