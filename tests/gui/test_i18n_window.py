"""The window in another language: translators, locale, choosing the language, accessible names
of every focusable control, and no English left in German (pytest-qt)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolButton,
    QWidget,
)

from desktop_app.core.errors import AppError, ErrorKind
from desktop_app.core.i18n import Errors
from desktop_app.gui import i18n
from desktop_app.gui.app import restart_command
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.texts import date_text, number
from desktop_app.services.settings import Settings
from desktop_app.services.source import DemoSource
from tests.gui.helpers import idle

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_specs"))
import update_translations  # noqa: E402

#: Words that are the same in German (names, formats, units) and may show in English.
ALLOWED = {"PDF", "CSV", "Discogs", "QR Factory", "OK", "x", "y", "mm", "pt"}


@pytest.fixture
def language() -> Iterator[object]:
    """``language("de")`` installs a language; the test ends in English with the C locale."""
    previous = QLocale()
    yield i18n.install
    i18n.install("en")
    QLocale.setDefault(previous)


def test_german_is_installed_with_its_locale(qtbot, language) -> None:
    assert language("de") == "de"
    assert QCoreApplication.translate("Actions", "&Refresh") == "&Aktualisieren"
    assert number(3000) == "3.000"
    from datetime import date

    assert date_text(date(2026, 3, 7)) == "07.03.2026"
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday
    # Qt's own words (standard buttons, file dialogs) from qtbase_de.qm
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    language("en")
    assert QCoreApplication.translate("Actions", "&Refresh") == "&Refresh"
    QLocale.setDefault(QLocale("en_US"))
    assert number(3000) == "3,000"
    assert date_text(date(2026, 3, 7)) == "3/7/2026"


def test_marked_messages_are_translated_for_the_window_and_english_elsewhere(
    qtbot, language
) -> None:
    error = AppError(
        ErrorKind.USAGE,
        Errors.tr("There is no folder “{name}”; the folders are: {choices}.").args(
            name="Jazz", choices="0 “All”"
        ),
    )
    assert error.message == "There is no folder “Jazz”; the folders are: 0 “All”."
    language("de")
    assert i18n.error_text(error) == "Es gibt keinen Ordner „Jazz“; die Ordner sind: 0 “All”."
    assert error.message.startswith("There is no folder")  # the CLI's words stay English
    plural = Errors.tr("%n minute(s)", None, 3)
    assert i18n.text(plural) == "3 Minuten"
    assert i18n.text(Errors.tr("%n minute(s)", None, 1)) == "1 Minute"
    language("en")
    assert i18n.text(plural) == "3 minutes"  # English settles "(s)" itself


def test_the_language_is_chosen_by_lang_then_settings_then_system(monkeypatch) -> None:
    assert i18n.choose("de", "fr") == "de"
    assert i18n.choose(None, "pt-BR") == "pt_BR"
    assert i18n.choose("xx", "ja") == "ja"
    assert i18n.system_language(QLocale("de_AT")) == "de"
    monkeypatch.setattr(i18n, "system_language", lambda: "ko")
    assert i18n.choose(None, "") == "ko"
    assert i18n.split_lang_argument(["--lang", "de", "-style", "fusion"]) == (
        "de",
        ["-style", "fusion"],
    )
    assert i18n.split_lang_argument(["--lang=ru"]) == ("ru", [])
    from desktop_app.display import split_gui_arguments

    assert split_gui_arguments(["--demo", "--lang", "ja"]) == (True, ["--lang", "ja"])


def test_lang_is_in_the_command_line_help(capsys) -> None:
    from desktop_app.cli import main

    assert main(["--help"]) == 0
    assert "--lang" in capsys.readouterr().out


def test_settings_lists_each_language_in_its_own_name_and_saves_the_choice(qtbot) -> None:
    from desktop_app.gui.dialogs.settings import SettingsDialog

    settings = Settings()
    dialog = SettingsDialog(settings=settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(1, dialog.language.count())]
    assert names == [
        "English",
        "Deutsch",
        "Español",
        "Français",
        "Italiano",
        "日本語",
        "한국어",
        "Português (Brasil)",
        "Русский",
    ]
    assert dialog.language.currentData() == ""  # the system's
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert dialog.language_changed
    assert Settings.load().language == "de"


def demo(qtbot, make_window) -> MainWindow:
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and idle(window), timeout=10_000)
    return window


def test_a_new_language_restarts_the_app_with_nothing_lost(qtbot, make_window) -> None:
    window = demo(qtbot, make_window)
    ticked = [window.model.row(i).iid for i in range(3)]
    window.model.set_checked(ticked, True)
    window._ask_restart = lambda: False  # type: ignore[method-assign]
    assert not window.offer_restart()
    assert window.isVisible() and not window.restart_requested
    window._ask_restart = lambda: True  # type: ignore[method-assign]
    assert window.offer_restart()
    assert window.restart_requested and not window.isVisible()
    again = demo(qtbot, make_window)
    assert set(ticked) <= set(again.model.checked_ids())
    program, args = restart_command(demo=True, qt_args=["-style", "fusion"])
    assert program == sys.executable
    assert args == ["-m", "desktop_app", "--demo", "-style", "fusion"]


def test_the_calendar_starts_the_week_where_the_locale_does(qtbot, make_window, language) -> None:
    language("de")
    window = demo(qtbot, make_window)
    calendar = window.filter_bar.from_date.calendarWidget()
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert window.filter_bar.from_date.displayFormat() == "dd.MM.yyyy"
    language("en")
    window = demo(qtbot, make_window)
    assert window.filter_bar.from_date.calendarWidget().firstDayOfWeek() == (
        QLocale().firstDayOfWeek()
    )
    QLocale.setDefault(QLocale("en_US"))
    window = demo(qtbot, make_window)
    calendar = window.filter_bar.from_date.calendarWidget()
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    assert window.filter_bar.from_date.displayFormat() == "M/d/yyyy"


def test_german_numbers_and_dates_in_the_window(qtbot, make_window, language) -> None:
    language("de")
    window = demo(qtbot, make_window)
    counts = window.counts_text()
    assert counts == "110 sichtbar · 0 markiert · 110 im Ordner"
    day = window.model.index(0, 8).data()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", day), day


# ---- walking every window and dialog ----------------------------------------------------------


def open_everything(qtbot, make_window) -> list[QWidget]:
    """The main window on the demo (with the preview open) and every dialog that opens
    without a server: Settings, sign-in (both ways), template editor, Stickers, crash, About."""
    from desktop_app.gui.crash import CrashDialog
    from desktop_app.gui.dialogs.about import AboutDialog
    from desktop_app.gui.dialogs.settings import SettingsDialog
    from desktop_app.gui.dialogs.sign_in import SignInDialog
    from desktop_app.gui.dialogs.template_editor import TemplateEditorDialog
    from desktop_app.gui.stickers import StickersDialog
    from tests.stickers.helpers import make_rows

    window = demo(qtbot, make_window)
    window.invite_sign_in()
    window.model.set_checked([window.model.row(i).iid for i in range(3)], True)
    window.open_preview()
    qtbot.waitUntil(lambda: window.preview.panel is not None, timeout=5000)
    dialogs: list[QWidget] = [
        SettingsDialog(window, settings=Settings()),
        SignInDialog(mode="oauth"),
        SignInDialog(mode="token"),
        TemplateEditorDialog(window, settings=Settings()),
        StickersDialog(None, make_rows(3), [1, 2, 3]),
        CrashDialog("Traceback (most recent call last): …"),
        AboutDialog(window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    welcome = make_window()  # no account: the welcome page
    return [window, welcome, *dialogs]


def focusable(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = widget.parent()
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo or spin box: the box has the name
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        yield widget


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says: the accessible name, else the text or the form's label."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def test_every_focusable_control_has_an_accessible_name(qtbot, make_window) -> None:
    missing = [
        f"{type(top).__name__}: {type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for top in open_everything(qtbot, make_window)
        for w in focusable(top)
        if not accessible_name(w)
    ]
    assert missing == []


def test_the_controls_whose_purpose_is_not_obvious_are_described(qtbot, make_window) -> None:
    window, _welcome, *dialogs = open_everything(qtbot, make_window)
    stickers = next(d for d in dialogs if type(d).__name__ == "StickersDialog")
    dismiss = window.banner.findChildren(QToolButton)[0]
    for widget in (window.table, stickers.preview, stickers.sheet_map, dismiss):
        assert widget.accessibleDescription(), widget


def test_tabbing_through_the_filter_bar_goes_left_to_right(qtbot, make_window) -> None:
    window = demo(qtbot, make_window)
    bar = window.filter_bar
    window.activateWindow()
    bar.search.setFocus()
    qtbot.waitUntil(bar.search.hasFocus, timeout=2000)
    seen = [bar.search]
    for _ in range(12):
        widget = QCoreApplication.instance().focusWidget()  # type: ignore[union-attr]
        nxt = widget.nextInFocusChain()
        while nxt is not None and not (
            nxt.isVisible() and nxt.isEnabled() and nxt.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            nxt = nxt.nextInFocusChain()
        if nxt is None or not bar.isAncestorOf(nxt):
            break
        if isinstance(nxt.parent(), QComboBox | QAbstractSpinBox):
            nxt = nxt.parent()
        nxt.setFocus(Qt.FocusReason.TabFocusReason)
        if nxt in seen:
            break
        seen.append(nxt)
    assert len(seen) >= 3
    rows = {}
    for widget in seen:
        top = widget.mapTo(bar, widget.rect().topLeft())
        rows.setdefault(round(top.y() / 20), []).append(top.x())
    for xs in rows.values():
        assert xs == sorted(xs), seen


def english_sources() -> list[re.Pattern[str]]:
    """A pattern for each English source German translates differently (placeholders match
    any text; sources without three letters of their own are left out)."""
    patterns = []
    for message in update_translations.messages(update_translations.ts_path("de")).values():
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in message.iter("numerusform")] or [
            message.findtext("translation") or ""
        ]
        if source in forms:
            continue
        words = source.replace("&", "")
        if len(re.sub(r"%\d|%n|\{[^}]*\}|[^A-Za-z]", "", words)) < 3 or words in ALLOWED:
            continue
        pattern = re.escape(words)
        pattern = re.sub(r"%\\?\d|%n|\\\{[^}]*\\\}", ".+?", pattern)
        patterns.append(re.compile(pattern, re.S))
    return patterns


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        name = type(widget).__name__
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model, orientation = widget.model(), widget.orientation()
            count = model.columnCount() if orientation == Qt.Orientation.Horizontal else 0
            for section in range(count):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, orientation, role)
                    texts.append(value if isinstance(value, str) else "")
        for action in QWidget.actions(widget):
            texts += [action.text(), action.toolTip(), action.statusTip()]
            if action.menu() is not None:
                texts += [a.text() for a in action.menu().actions()]
        for text in texts:
            if text:
                yield name, re.sub(r"<[^>]+>", "", text).replace("&", "").strip()


def english_left(qtbot, make_window) -> list[str]:
    patterns = english_sources()
    found = set()
    for top in open_everything(qtbot, make_window):
        for name, text in shown_texts(top):
            if text in ALLOWED:
                continue
            if any(p.fullmatch(text) for p in patterns):
                found.add(f"{type(top).__name__}/{name}: {text!r}")
    return sorted(found)


def test_nothing_is_left_in_english_in_german(qtbot, make_window, language) -> None:
    language("de")
    assert english_left(qtbot, make_window) == []


#: Texts that read the same in a language: "Consumer key" and "Consumer secret" are the names on
#: Discogs' developer page; French writes "Message" and "Options", Italian "File" and "Account".
KEPT_AS_ON_DISCOGS = ("Consumer key", "Consumer secret")
SAME_WORDS = {"fr": ("'Message'", "'Options'"), "it": ("'File'", "'Account'")}


@pytest.mark.parametrize("code", ["es", "fr", "it", "ja", "ko", "pt_BR", "ru"])
def test_nothing_is_left_in_english_in_the_other_languages(
    qtbot, make_window, language, code
) -> None:
    language(code)
    kept = (*KEPT_AS_ON_DISCOGS, *SAME_WORDS.get(code, ()))
    left = [t for t in english_left(qtbot, make_window) if not any(k in t for k in kept)]
    assert left == []


def test_the_check_for_english_sees_the_english_window(qtbot, make_window) -> None:
    found = english_left(qtbot, make_window)
    assert len(found) > 150
    assert any("'Preview (3)'" in text for text in found)  # placeholders match any text


def test_the_stickers_dialog_says_what_is_wrong_in_german(qtbot, language) -> None:
    from desktop_app.gui.stickers import StickersDialog
    from tests.stickers.helpers import make_rows

    language("de")
    dialog = StickersDialog(None, make_rows(2), [1, 2])
    qtbot.addWidget(dialog)
    dialog.layout_editor.fields["label_width"].setValue(2.0)
    assert dialog.summary.text() == (
        "Nicht verwendbar: die Etikettenbreite muss mindestens 5 mm betragen."
    )
    assert "Avery L7120-25 — A4, 35 mm rund, 35 pro Bogen" in [
        dialog.layout_editor.choice.itemText(i) for i in range(dialog.layout_editor.choice.count())
    ]


def test_a_refused_sticker_is_explained_in_german(qtbot, tmp_path, language) -> None:
    from desktop_app.gui.stickers import StickersDialog
    from tests.stickers.helpers import make_row, make_rows

    language("de")
    rows = make_rows(2)
    rows[1] = make_row(1, IconSizePercent="400", FileName="huge")
    dialog = StickersDialog(None, rows, [1, 2])
    qtbot.addWidget(dialog)
    dialog.icon.setChecked(True)  # the rows' icon is drawn (it is optional on sheets)
    with qtbot.waitSignal(dialog.jobFinished, timeout=60_000):
        dialog.save_pdf_to(tmp_path / "s.pdf")
    assert dialog.status.text().startswith(
        "1 Code ließe sich nicht scannen, daher wurde nichts geschrieben. Zeile 2 (huge): das "
        "Symbol ist zu groß (IconSizePercent 400)"
    )


def test_no_two_german_menu_entries_share_an_accelerator(qtbot, make_window, language) -> None:
    language("de")
    window = demo(qtbot, make_window)
    for menu in [window.menuBar(), *(a.menu() for a in window.menuBar().actions() if a.menu())]:
        keys = [
            m.group(1).lower()
            for a in menu.actions()
            if (m := re.search(r"(?<!&)&([^&])", a.text()))
        ]
        assert len(keys) == len(set(keys)), [a.text() for a in menu.actions()]
