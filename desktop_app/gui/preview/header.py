"""The preview's header line: how many rows, from which folders, exported before, problems."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...core.qrfactory import COLUMNS
from ...services.export import SEVERAL_FOLDERS
from ..i18n import text as translated
from .actions import count_text, rows_text


class PreviewHeader(QWidget):
    """“110 rows from “Jazz” · 3 exported before” and a “⚠ 2 problems” link."""

    #: The problems link was clicked.
    problemClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("previewTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.problems = QLabel(self)
        self.problems.setObjectName("previewProblems")
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.linkActivated.connect(lambda _link: self.problemClicked.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.problems)

    def issue_text(self, row: int, col: int, message: str) -> str:
        return (
            self.tr("Row %1, %2: %3")
            .replace("%1", str(row + 1))
            .replace("%2", COLUMNS[col])
            .replace("%3", translated(message))
        )

    def show_status(
        self, rows: int, folder_label: str, before: int, issues: Sequence[tuple[int, int, str]]
    ) -> None:
        """``folder_label`` as ``services.export.folders_label`` gives it."""
        title = rows_text(rows)
        if folder_label == SEVERAL_FOLDERS:
            title = self.tr("%1 from several folders").replace("%1", title)
        elif folder_label:
            title = self.tr("%1 from “%2”").replace("%1", title).replace("%2", folder_label)
        if before:
            title += " · " + self.tr("%1 exported before").replace("%1", str(before))
        self.title.setText(title)
        if issues:
            text = count_text(len(issues), self.tr("1 problem"), self.tr("%1 problems"))
            self.problems.setText(f'<a href="#problem">⚠ {text}</a>')
            self.problems.setToolTip(self.issue_text(*issues[0]))
            self.problems.show()
        else:
            self.problems.clear()
            self.problems.hide()
