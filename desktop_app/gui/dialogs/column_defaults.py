"""The template editor's "Column defaults" tab: one editor per QR Factory column, each with a
plain-words explanation of what QR Factory 3 does with it (tooltip, and a line under the field)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.qrfactory import COLUMNS

#: Columns edited on the editor's first tab; every other column is in this form.
TEXT_COLUMNS = ("BottomText", "FileName", "Content", "IconPath")
#: The width of the explanation under each field, in pixels (two columns fit the dialog).
NOTE_WIDTH = 220

#: What each column means, in plain words (translated when shown, context "ColumnHelp").
COLUMN_HELP: dict[str, str] = {
    "Type": QT_TRANSLATE_NOOP(
        "ColumnHelp", "What the code holds. URL: the code opens a web page (the record on Discogs)."
    ),
    "OutputSize": QT_TRANSLATE_NOOP("ColumnHelp", "Width and height of each QR image, in pixels."),
    "FileType": QT_TRANSLATE_NOOP(
        "ColumnHelp", "The image format QR Factory writes. SVG, PDF and EPS stay sharp at any size."
    ),
    "ColorSpace": QT_TRANSLATE_NOOP(
        "ColumnHelp", "RGB for screens and home printers; CMYK for a print shop."
    ),
    "RotationAngle": QT_TRANSLATE_NOOP("ColumnHelp", "Turns the whole code by this many degrees."),
    "ReliabilityLevel": QT_TRANSLATE_NOOP(
        "ColumnHelp",
        "Error correction: how much of the code may be covered or scratched and still scan "
        "(Low about 7 %, Medium 15 %, Quartile 25 %, High 30 %). An icon in the middle covers "
        "part of the code, so keep it High.",
    ),
    "UseAutoReliabilityLevel": QT_TRANSLATE_NOOP(
        "ColumnHelp",
        "Yes lets QR Factory choose the error correction itself; No always uses ReliabilityLevel.",
    ),
    "PixelRoundness": QT_TRANSLATE_NOOP(
        "ColumnHelp",
        "How round the code's small squares (its “pixels”) are drawn: 0.0 sharp squares, "
        "1.0 round dots, in between squares with rounded corners.",
    ),
    "PixelColorType": QT_TRANSLATE_NOOP(
        "ColumnHelp",
        "Solid: every pixel in PixelColorStart. Gradient: pixels blend from PixelColorStart "
        "to PixelColorEnd.",
    ),
    "BackgroundColorType": QT_TRANSLATE_NOOP(
        "ColumnHelp",
        "How the background is filled: one colour (Solid), a gradient, or nothing (Transparent).",
    ),
    "BackgroundColor": QT_TRANSLATE_NOOP(
        "ColumnHelp",
        "The colour behind the code. Keep it much lighter than the pixels, or phones may not "
        "read the code.",
    ),
    "PixelColorStart": QT_TRANSLATE_NOOP(
        "ColumnHelp", "The pixels' colour (where a gradient starts)."
    ),
    "PixelColorEnd": QT_TRANSLATE_NOOP(
        "ColumnHelp", "Where a gradient ends; only used when PixelColorType is Gradient."
    ),
    "GradientAngle": QT_TRANSLATE_NOOP("ColumnHelp", "The direction of the gradient, in degrees."),
    "IconLockToSquares": QT_TRANSLATE_NOOP(
        "ColumnHelp",
        "Yes fits the middle icon to the code's grid of pixels, so it covers whole pixels and "
        "cuts none in half; No places it at its exact size.",
    ),
    "IconSizePercent": QT_TRANSLATE_NOOP(
        "ColumnHelp",
        "How big the middle icon is, in percent. A bigger icon hides more of the code.",
    ),
    "IconBorderType": QT_TRANSLATE_NOOP(
        "ColumnHelp", "The shape of the blank frame around the icon, or None for no frame."
    ),
    "IconBorderPercent": QT_TRANSLATE_NOOP(
        "ColumnHelp", "How wide the frame around the icon is, in percent."
    ),
    "IconBorderSquareCornerSize": QT_TRANSLATE_NOOP(
        "ColumnHelp", "How rounded a square frame's corners are (0 = sharp)."
    ),
    "IconBorderColor": QT_TRANSLATE_NOOP("ColumnHelp", "The colour of the frame around the icon."),
    "BottomTextSize": QT_TRANSLATE_NOOP("ColumnHelp", "The caption's size, in points."),
    "BottomTextColor": QT_TRANSLATE_NOOP("ColumnHelp", "The caption's colour."),
    "BottomTextFont": QT_TRANSLATE_NOOP(
        "ColumnHelp",
        "The caption's font, by name. It must be installed on the Mac that runs QR Factory.",
    ),
    "BottomTextFontStyle": QT_TRANSLATE_NOOP(
        "ColumnHelp", "The caption font's style: Regular, Bold, Italic or Bold Italic."
    ),
    "SafeZonePercent": QT_TRANSLATE_NOOP(
        "ColumnHelp",
        "The quiet zone: an empty margin around the code, in percent of its size. Scanners "
        "need it to find the code, so do not make it 0.",
    ),
    "SafeZoneColor": "The colour of that margin; keep it as light as the background.",
}


def column_help(column: str) -> str:
    """The translated explanation of ``column`` ("" for a column without one)."""
    text = COLUMN_HELP.get(column, "")
    return QCoreApplication.translate("ColumnHelp", text) if text else ""


class ColumnDefaults(QScrollArea):
    """Every column not on the first tab, in two columns of labelled, explained editors."""

    #: A value was changed by the user.
    changed = Signal()

    def __init__(
        self, parent: QWidget | None, *, make_editor: Callable[[str, QWidget], QWidget]
    ) -> None:
        """``make_editor(column, parent)`` makes the value editor of a column (the dialog
        passes the preview's, so both edit a column the same way)."""
        super().__init__(parent)
        self._make_editor = make_editor
        self.setWidgetResizable(True)
        inner = QWidget(self)
        outer = QVBoxLayout(inner)
        self.description = QLabel(
            self.tr(
                "These values go into every row, for QR Factory 3 to draw each code with. A "
                "cell edited by hand in the preview keeps its own value. Hover over a name for "
                "what it means."
            ),
            inner,
        )
        self.description.setWordWrap(True)
        outer.addWidget(self.description)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        forms = [QFormLayout(), QFormLayout()]
        for form in forms:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            columns.addLayout(form, 1)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        listed = [c for c in COLUMNS if c not in TEXT_COLUMNS]
        half = (len(listed) + 1) // 2
        for i, column in enumerate(listed):
            self._add_row(forms[0 if i < half else 1], column, inner)
        self.setWidget(inner)

    def _add_row(self, form: QFormLayout, column: str, parent: QWidget) -> None:
        editor = self._make_editor(column, parent)
        editor.setAccessibleName(column)
        editor.setMinimumWidth(150)
        label = QLabel(f"{column}:", parent)
        label.setBuddy(editor)
        explanation = column_help(column)
        for widget in (label, editor):
            widget.setToolTip(explanation)
        editor.setAccessibleDescription(explanation)
        field = QWidget(parent)
        box = QVBoxLayout(field)
        box.setContentsMargins(0, 0, 0, 4)
        box.addWidget(editor)
        note = QLabel(explanation, field)
        note.setWordWrap(True)
        note.setFixedWidth(NOTE_WIDTH)
        note.setMinimumHeight(note.heightForWidth(NOTE_WIDTH))
        note.setEnabled(False)  # the palette's quieter text
        box.addWidget(note)
        form.addRow(label, field)
        self.editors[column] = editor
        self.labels[column] = note
        if isinstance(editor, QComboBox):
            editor.currentTextChanged.connect(self.changed)
        else:
            editor.textChanged.connect(self.changed)  # type: ignore[attr-defined]
