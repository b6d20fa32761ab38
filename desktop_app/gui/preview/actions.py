"""The preview panel's actions (undo, redo, row commands, template, Save As) and their texts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from ...services.settings import Settings
from ..icons import icon
from ..widgets import Banner
from .model import MergeResult


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo key, and Ctrl+Y and Ctrl+Shift+Z on every system (no repeats)."""
    keys = [
        QKeySequence(QKeySequence.StandardKey.Redo),
        QKeySequence("Ctrl+Y"),
        QKeySequence("Ctrl+Shift+Z"),
    ]
    texts = dict.fromkeys(k.toString() for k in keys if not k.isEmpty())
    return [QKeySequence(t) for t in texts]


class PreviewActions(QObject):
    """Every action of one preview panel; shortcuts work while the panel has the focus."""

    def __init__(self, panel: QWidget, stack: QUndoStack) -> None:
        super().__init__(panel)
        # Own actions (not QUndoStack.createUndoAction): a fixed, short label in the toolbar and
        # the command's description in the tooltip.
        self.undo = self._make(
            panel,
            QCoreApplication.translate("PreviewPanel", "&Undo"),
            QKeySequence.StandardKey.Undo,
        )
        self.undo.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: self.undo.setToolTip(
                QCoreApplication.translate("PreviewPanel", "Undo %1").replace("%1", text)
            )
        )
        self.undo.setEnabled(False)
        self.redo = self._make(panel, QCoreApplication.translate("PreviewPanel", "&Redo"))
        self.redo.setShortcuts(redo_keys())
        self.redo.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.redoTextChanged.connect(
            lambda text: self.redo.setToolTip(
                QCoreApplication.translate("PreviewPanel", "Redo %1").replace("%1", text)
            )
        )
        self.redo.setEnabled(False)
        self.delete = self._make(
            panel,
            QCoreApplication.translate("PreviewPanel", "&Delete rows"),
            QKeySequence.StandardKey.Delete,
        )
        self.delete.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]
        )
        self.delete.setToolTip(
            QCoreApplication.translate("PreviewPanel", "Leave the selected rows out of this file")
        )
        self.duplicate = self._make(
            panel, QCoreApplication.translate("PreviewPanel", "D&uplicate"), "Ctrl+D"
        )
        self.duplicate.setToolTip(
            QCoreApplication.translate("PreviewPanel", "Add a copy of the selected rows")
        )
        self.reset = QAction(QCoreApplication.translate("PreviewPanel", "&Reset row"), panel)
        self.reset.setToolTip(
            QCoreApplication.translate(
                "PreviewPanel", "Build the selected rows again from the template"
            )
        )
        self.copy = self._make(
            panel,
            QCoreApplication.translate("PreviewPanel", "&Copy as CSV"),
            QKeySequence.StandardKey.Copy,
        )
        self.template = QAction(QCoreApplication.translate("PreviewPanel", "&Template…"), panel)
        self.template.setToolTip(
            QCoreApplication.translate("PreviewPanel", "Caption, file name and column defaults")
        )
        self.save = self._make(
            panel,
            QCoreApplication.translate("PreviewPanel", "&Save As…"),
            QKeySequence.StandardKey.Save,
        )
        self.save.setIcon(icon("preview"))

    def file_options(self, settings: Settings, save: Callable[[], None]) -> QMenu:
        """The "File options" menu (BOM, line ends): shows ``settings`` and changes them,
        calling ``save`` after each change."""
        parent = self.parent()
        assert isinstance(parent, QWidget)
        menu = QMenu(QCoreApplication.translate("PreviewPanel", "File options"), parent)
        self.bom = menu.addAction(
            QCoreApplication.translate("PreviewPanel", "Start with a BOM (for Excel)")
        )
        self.bom.setCheckable(True)
        self.bom.setChecked(settings.bom)
        self.lf = menu.addAction(
            QCoreApplication.translate("PreviewPanel", "Unix line ends (LF, not CRLF)")
        )
        self.lf.setCheckable(True)
        self.lf.setChecked(settings.line_end == "lf")

        def set_bom(on: bool) -> None:
            settings.bom = on
            save()

        def set_lf(on: bool) -> None:
            settings.line_end = "lf" if on else "crlf"
            save()

        self.bom.toggled.connect(set_bom)
        self.lf.toggled.connect(set_lf)
        return menu

    @staticmethod
    def _make(
        panel: QWidget, text: str, key: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, panel)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        panel.addAction(action)
        return action

    def row_actions(self) -> list[QAction]:
        """The actions that need selected rows."""
        return [self.delete, self.duplicate, self.reset, self.copy]


def count_text(count: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with %1 replaced by the count (both already translated)."""
    return one if count == 1 else many.replace("%1", str(count))


def rows_text(count: int) -> str:
    return count_text(
        count,
        QCoreApplication.translate("PreviewPanel", "1 row"),
        QCoreApplication.translate("PreviewPanel", "%1 rows"),
    )


class MergeBanner(QObject):
    """Keeps the banner of the last Preview-again true to the rows: it goes when Undo takes the
    merge back and comes again when Redo repeats it (unless another message took its place)."""

    def __init__(self, banner: Banner, stack: QUndoStack) -> None:
        super().__init__(banner)
        self.banner = banner
        self.stack = stack
        self._merge: tuple[QUndoCommand, int, str] | None = None  # its command, place, text
        self._showing = ""  # the banner text that stands for it (a later "nothing changed")
        self._applied = False
        stack.indexChanged.connect(self._index_changed)

    def shown(self, result: MergeResult, text: str) -> None:
        """``text`` is shown for a merge; one that changed rows is the stack's last command."""
        if not result.changed:  # nothing to undo; true until the merge before it is undone
            self._showing = text
            return
        at = self.stack.index() - 1
        command = self.stack.command(at) if at >= 0 else None
        self._merge = (command, at, text) if command is not None else None
        self._showing, self._applied = text, True

    def forget(self) -> None:
        self._merge = None

    def _index_changed(self, index: int) -> None:
        if self._merge is None:
            return
        command, at, text = self._merge
        try:
            gone = at >= self.stack.count() or self.stack.command(at) is not command
        except RuntimeError:  # the stack clears itself as the panel goes away
            gone = True
        if gone:
            self._merge = None  # no longer on the stack (undone, then other changes made)
            return
        applied = index > at
        if applied == self._applied:
            return
        self._applied = applied
        if not applied:
            if not self.banner.isHidden() and self.banner.text() == self._showing:
                self.banner.dismiss()
        elif self.banner.isHidden():
            self.banner.show_message(text, kind="info")
            self._showing = text


def merge_message(result: MergeResult) -> str:
    """What pressing Preview again did, in a sentence ("Added 1 row; your edits are kept.")."""
    parts = []
    if result.added:
        parts.append(
            count_text(
                result.added,
                QCoreApplication.translate("PreviewPanel", "Added 1 row"),
                QCoreApplication.translate("PreviewPanel", "Added %1 rows"),
            )
        )
    if result.removed:
        parts.append(
            count_text(
                result.removed,
                QCoreApplication.translate(
                    "PreviewPanel", "removed 1 unedited row of a record no longer checked"
                ),
                QCoreApplication.translate(
                    "PreviewPanel", "removed %1 unedited rows of records no longer checked"
                ),
            )
        )
    if result.kept_edited:
        parts.append(
            count_text(
                result.kept_edited,
                QCoreApplication.translate(
                    "PreviewPanel", "kept 1 edited row of a record no longer checked"
                ),
                QCoreApplication.translate(
                    "PreviewPanel", "kept %1 edited rows of records no longer checked"
                ),
            )
        )
    if result.kept_deleted:
        parts.append(
            count_text(
                result.kept_deleted,
                QCoreApplication.translate("PreviewPanel", "1 row you deleted stays out"),
                QCoreApplication.translate("PreviewPanel", "%1 rows you deleted stay out"),
            )
        )
    if not parts:
        return QCoreApplication.translate(
            "PreviewPanel", "The preview already holds these records; nothing changed."
        )
    if result.edited_rows and not result.kept_edited:
        parts.append(QCoreApplication.translate("PreviewPanel", "your edits are kept"))
    text = "; ".join(parts)
    if result.changed:
        text += ". " + QCoreApplication.translate(
            "PreviewPanel", "Undo puts the preview back as it was"
        )
    return text[0].upper() + text[1:] + "."
