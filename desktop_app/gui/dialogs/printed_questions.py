"""The questions before the "printed" mark is written to Discogs: consent to the first write,
and whether to replace values the user wrote in the chosen field (default: skip those)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..texts import number


def _clicked(box: QMessageBox) -> object:
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked


def _box(parent: QWidget, name: str, icon: QMessageBox.Icon, text: str, info: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(QCoreApplication.translate("PrintedQuestions", "Mark as printed on Discogs"))
    box.setText(text)
    box.setInformativeText(info)
    return box


def ask_first_write(parent: QWidget, field: str, count: int) -> bool:
    """Asked once, before anything is ever written: True to write the marks."""
    text = QCoreApplication.translate(
        "PrintedQuestions",
        "Write today's date into your Discogs field “%1” for the %2 exported records?",
    )
    info = QCoreApplication.translate(
        "PrintedQuestions",
        "This changes your collection on Discogs. Each record's field is read first, and a "
        "value you wrote yourself is kept unless you choose to replace it. Up to about 60 "
        "marks go at once; more go at the Discogs rate limit, about one a second. You can "
        "stop them at any time, and turn this off in Settings.",
    )
    text = text.replace("%1", field).replace("%2", number(count))
    box = _box(parent, "printedFirstWriteBox", QMessageBox.Icon.Question, text, info)
    write = box.addButton(
        QCoreApplication.translate("PrintedQuestions", "Write"), QMessageBox.ButtonRole.AcceptRole
    )
    no = box.addButton(
        QCoreApplication.translate("PrintedQuestions", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(write)
    box.setEscapeButton(no)
    return _clicked(box) is write


def ask_overwrite(parent: QWidget, field: str, kept: dict[int, str]) -> str:
    """Records hold a value this app did not write (as just read from Discogs): "replace"
    writes the mark over exactly those values, "skip" (the default) keeps them and leaves
    those records unmarked, "later" keeps the marks queued and asks again another time."""
    text = QCoreApplication.translate(
        "PrintedQuestions", "%1 of the records have something else in “%2” on Discogs."
    )
    text = text.replace("%1", number(len(kept))).replace("%2", field)
    values = list(dict.fromkeys(kept.values()))
    sample = "; ".join(f"“{v}”" for v in values[:5])
    if len(values) > 5:
        sample += " " + QCoreApplication.translate("PrintedQuestions", "and %1 more").replace(
            "%1", number(len(values) - 5)
        )
    info = QCoreApplication.translate(
        "PrintedQuestions",
        "They hold: %1. Replace writes the mark over exactly these values; Skip keeps them; "
        "Don't mark now keeps these marks queued for later.",
    ).replace("%1", sample)
    box = _box(parent, "printedOverwriteBox", QMessageBox.Icon.Warning, text, info)
    skip = box.addButton(
        QCoreApplication.translate("PrintedQuestions", "Skip those"),
        QMessageBox.ButtonRole.RejectRole,
    )
    replace = box.addButton(
        QCoreApplication.translate("PrintedQuestions", "Replace them"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    later = box.addButton(
        QCoreApplication.translate("PrintedQuestions", "Don't mark now"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.setDefaultButton(skip)
    box.setEscapeButton(skip)
    clicked = _clicked(box)
    if clicked is replace:
        return "replace"
    return "later" if clicked is later else "skip"
