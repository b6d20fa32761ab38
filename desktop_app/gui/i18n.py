"""The window's language: which ones there are, the translators to install, marked messages.

The app's texts are Qt Linguist files, ``resources/translations/discogs_qr_<code>.ts`` (kept by
``build_specs/update_translations.py``), loaded as the ``.qm`` files built from them; Qt's own
words (standard buttons, file and print dialogs) come from Qt's ``qtbase_<code>.qm``. The
language is chosen once, before the window is made: ``--lang CODE``, else Settings → Language,
else the system's. ``QLocale.setDefault`` makes dates and numbers follow it too.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.errors import AppError
from ..core.i18n import Message
from ..resources import resource_path

log = logging.getLogger(__name__)

#: The languages of the window, each in its own name (the order of Settings → Language).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
    "ja": "日本語",
    "ko": "한국어",
    "pt_BR": "Português (Brasil)",
    "ru": "Русский",
}
#: The languages with a translation file (English is the source).
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
CATALOG = "discogs_qr"

_installed: list[QTranslator] = []
_language = "en"


def translations_dir() -> str:
    return str(resource_path("translations"))


def normalise(code: str | None) -> str | None:
    """``de``, ``de_AT``, ``de-DE`` → ``de``; ``pt-BR``, ``pt`` → ``pt_BR``; unknown → None."""
    if not code:
        return None
    code = code.strip().replace("-", "_")
    if code in LANGUAGES:
        return code
    language = code.split("_", 1)[0].lower()
    if language == "pt":
        return "pt_BR"
    return language if language in LANGUAGES else None


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages the window speaks, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = normalise(name)
        if code is not None:
            return code
    return "en"


def choose(requested: str | None, saved: str | None) -> str:
    """The language to use: ``--lang``, else the saved choice, else the system's."""
    return normalise(requested) or normalise(saved) or system_language()


def locale_for(code: str) -> QLocale:
    """The locale of ``code``; English keeps the system's country (dates as it writes them), and
    the C locale (ISO dates, plain numbers) of a system that sets none."""
    if code == "en":
        system = QLocale.system()
        if system.language() in (QLocale.Language.English, QLocale.Language.C):
            return system
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if code == "pt_BR":
        return QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)
    return QLocale(code)


def install(code: str, app: QCoreApplication | None = None) -> str:
    """Load the app's and Qt's translations for ``code`` (replacing earlier ones) and make its
    locale the default; returns the language in use (English when none could be loaded)."""
    global _language
    app = app or QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _language = code if code in LANGUAGES else "en"
    QLocale.setDefault(locale_for(_language))
    if _language == "en":
        return _language
    ours = QTranslator(app)
    if ours.load(f"{CATALOG}_{_language}", translations_dir()):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s in %s", _language, translations_dir())
    qt = QTranslator(app)
    if qt.load(f"qtbase_{_language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return _language


def language() -> str:
    """The code of the window's language."""
    return _language


def text(message: Message | str) -> str:
    """A marked message in the window's language, its parameters filled in."""
    if not isinstance(message, Message):
        return message  # a plain text (the user's data, or words already translated)
    if not message.context:
        return message.fill(message.source, text)
    translated = QCoreApplication.translate(
        message.context, message.source, message.disambiguation, message.n
    )
    untranslated = (
        message.source.replace("%n", str(message.n)) if message.n >= 0 else message.source
    )
    if translated == untranslated:  # not translated: English, its plurals settled
        translated = message.english_source()
    return message.fill(translated, text)


def error_text(error: AppError) -> str:
    """The sentence of ``error`` in the window's language."""
    return text(error.text)


def split_lang_argument(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """``(code, the other arguments)`` from ``--lang CODE`` / ``--lang=CODE`` among ``args``."""
    rest: list[str] = []
    code: str | None = None
    items = list(args)
    i = 0
    while i < len(items):
        arg = items[i]
        if arg == "--lang" and i + 1 < len(items):
            code = items[i + 1]
            i += 2
            continue
        if arg.startswith("--lang="):
            code = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        i += 1
    return code, rest
