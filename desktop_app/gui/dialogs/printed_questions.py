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
        "This changes your collection on Discogs, a few records per second. Values you wrote "
        "yourself in that field are kept unless you say otherwise. You can turn this off in "
        "Settings.",
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


def ask_overwrite(parent: QWidget, field: str, foreign: dict[int, str]) -> bool:
    """Some records hold a value this app did not write: True to replace it too; the default
    ("Skip those") keeps them."""
    text = QCoreApplication.translate(
        "PrintedQuestions", "%1 of the records already have something else in “%2”."
    )
    text = text.replace("%1", number(len(foreign))).replace("%2", field)
    sample = "; ".join(list(foreign.values())[:3])
    info = QCoreApplication.translate("PrintedQuestions", "For example: %1").replace("%1", sample)
    box = _box(parent, "printedOverwriteBox", QMessageBox.Icon.Warning, text, info)
    skip = box.addButton(
        QCoreApplication.translate("PrintedQuestions", "Skip those"),
        QMessageBox.ButtonRole.RejectRole,
    )
    replace = box.addButton(
        QCoreApplication.translate("PrintedQuestions", "Replace them"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(skip)
    box.setEscapeButton(skip)
    return _clicked(box) is replace
