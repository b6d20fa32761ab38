"""Cell editors for the export preview: the right kind of editor for each QR Factory column.

BottomText gets a multi-line editor (Enter commits, Shift+Enter or Ctrl+Enter makes a new line),
colour columns a hex field with a colour-picker button, fixed choices a combo box and numbers a
spin box.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...core.qrfactory import COLOR_COLUMNS, COLUMNS, ENUMERATIONS, NUMBERS

_Index = QModelIndex | QPersistentModelIndex


def format_number(value: float, fraction: bool) -> str:
    """A spin box value as the CSV writes it: ``31``, ``0.0``, ``0.25``."""
    if not fraction:
        return str(round(value))
    text = f"{value:.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def swatch(color: QColor, size: int = 14) -> QIcon:
    """A small square filled with ``color`` (a null icon for an invalid colour)."""
    if not color.isValid():
        return QIcon()
    pixmap = QPixmap(size, size)
    pixmap.fill(color)
    painter = QPainter(pixmap)
    painter.setPen(QColor(128, 128, 128))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


class MultiLineEditor(QPlainTextEdit):
    """A caption editor: Enter commits, like every other cell; Shift+Enter or Ctrl+Enter
    (also ⌘+Enter, Alt+Enter) inserts a line break."""

    commitRequested = Signal()

    #: Any of these held with Enter makes a new line instead of committing.
    NEW_LINE_MODIFIERS = (
        Qt.KeyboardModifier.ShiftModifier
        | Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.MetaModifier
        | Qt.KeyboardModifier.AltModifier
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(self.tr("Bottom text"))
        self.setToolTip(self.tr("Enter finishes editing; Shift+Enter starts a new line."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & self.NEW_LINE_MODIFIERS:
                self.insertPlainText("\n")
            else:
                self.commitRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ColorEditor(QLineEdit):
    """A ``#RRGGBB`` field with a swatch button that opens the colour picker."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("#RRGGBB")
        self._action = QAction(self)
        self._action.setToolTip(self.tr("Choose a colour…"))
        self._action.triggered.connect(self.choose)
        self.addAction(self._action, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(self.refresh_swatch)
        self.refresh_swatch()

    def refresh_swatch(self) -> None:
        self._action.setIcon(swatch(QColor(self.text().strip())))

    def ask_color(self, initial: QColor) -> QColor:
        """The colour picker (a seam for tests); an invalid colour means "cancelled"."""
        return QColorDialog.getColor(initial, self, self.tr("Choose a colour"))

    def choose(self) -> None:
        current = QColor(self.text().strip())
        color = self.ask_color(current if current.isValid() else QColor("#000000"))
        if color.isValid():
            self.setText(color.name(QColor.NameFormat.HexRgb).upper())
            self.picked.emit()


def column_of(index: _Index) -> str:
    return COLUMNS[index.column()] if 0 <= index.column() < len(COLUMNS) else ""


def create_value_editor(column: str, parent: QWidget | None) -> QWidget:
    """The editor widget for one column (shared by the preview and the template defaults form)."""
    if column == "BottomText":
        return MultiLineEditor(parent)
    if column in COLOR_COLUMNS:
        return ColorEditor(parent)
    if column in ENUMERATIONS:
        combo = QComboBox(parent)
        combo.addItems(list(ENUMERATIONS[column]))
        return combo
    if column in NUMBERS:
        low, high, fraction = NUMBERS[column]
        if fraction:
            spin = QDoubleSpinBox(parent)
            spin.setDecimals(2)
            spin.setSingleStep(0.05)
        else:
            spin = QSpinBox(parent)
        spin.setRange(low, high)  # type: ignore[arg-type]
        spin.setKeyboardTracking(False)
        return spin
    return QLineEdit(parent)


def set_editor_value(editor: QWidget, column: str, value: str) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value)
        editor.selectAll()
    elif isinstance(editor, QComboBox):
        found = editor.findText(value)
        if found < 0:  # keep an unexpected value visible rather than silently replacing it
            editor.insertItem(0, value)
            found = 0
        editor.setCurrentIndex(found)
    elif isinstance(editor, QDoubleSpinBox):
        try:
            editor.setValue(float(value))
        except ValueError:
            editor.setValue(editor.minimum())
    elif isinstance(editor, QSpinBox):
        try:
            editor.setValue(round(float(value)))
        except ValueError:
            editor.setValue(editor.minimum())
    elif isinstance(editor, QLineEdit):
        editor.setText(value)
        if isinstance(editor, ColorEditor):
            editor.refresh_swatch()


def editor_value(editor: QWidget, column: str) -> str:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QComboBox):
        return editor.currentText()
    if isinstance(editor, QDoubleSpinBox):
        return format_number(editor.value(), True)
    if isinstance(editor, QSpinBox):
        return format_number(editor.value(), False)
    if isinstance(editor, QLineEdit):
        text = editor.text()
        return text.strip().upper() if column in COLOR_COLUMNS else text
    return ""


class PreviewDelegate(QStyledItemDelegate):
    """Chooses the editor by column and keeps BottomText's line breaks."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = column_of(index)
        editor = create_value_editor(column, parent)
        editor.setAccessibleName(column)
        if isinstance(editor, MultiLineEditor):
            editor.commitRequested.connect(lambda e=editor: self._commit_and_close(e))
        elif isinstance(editor, ColorEditor):
            editor.picked.connect(lambda e=editor: self._commit_and_close(e))
        elif isinstance(editor, QComboBox):
            editor.activated.connect(lambda _i, e=editor: self._commit_and_close(e))
        return editor

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        set_editor_value(editor, column_of(index), "" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        model.setData(index, editor_value(editor, column_of(index)), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, QPlainTextEdit):
            lines = max(4, str(index.data(Qt.ItemDataRole.EditRole) or "").count("\n") + 2)
            height = editor.fontMetrics().lineSpacing() * lines + 12
            rect.setHeight(max(rect.height(), height))
            rect.setWidth(max(rect.width(), 320))
            parent = editor.parentWidget()
            if parent is not None and rect.bottom() > parent.height():
                rect.moveBottom(max(rect.height() - 1, parent.height() - 1))
        editor.setGeometry(rect)
