"""Choose a sheet layout: a preset, a saved layout, or custom geometry, named and saved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...core.errors import AppError
from ...services import stickers as service
from ...services.sticker_drawing import DEFAULT_LAYOUT, PRESETS, SheetLayout
from ..i18n import error_text
from ..i18n import text as translated

CUSTOM = "__custom__"


class LayoutEditor(QWidget):
    """Emits ``layoutChanged`` with the current layout; ``problem`` says why it is unusable."""

    layoutChanged = Signal()
    message = Signal(str, bool)  # text, is_error

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        form = QFormLayout(self)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Label sheet"))
        form.addRow(self.tr("&Labels:"), self.choice)
        self.fields: dict[str, QDoubleSpinBox] = {}
        # two lengths a row (across, then down): half as tall as one a row
        pairs = (
            (self.tr("Page width × height:"), "page_width", "page_height"),
            (self.tr("Label width × height:"), "label_width", "label_height"),
            (self.tr("Pitch across × down:"), "h_pitch", "v_pitch"),
            (self.tr("Left × top margin:"), "left", "top"),
        )
        names = {
            "page_width": self.tr("Page width"),
            "page_height": self.tr("Page height"),
            "label_width": self.tr("Label width"),
            "label_height": self.tr("Label height"),
            "h_pitch": self.tr("Horizontal pitch"),
            "v_pitch": self.tr("Vertical pitch"),
            "left": self.tr("Left margin"),
            "top": self.tr("Top margin"),
        }
        for text, across, down in pairs:
            row = QHBoxLayout()
            for key in (across, down):
                box = QDoubleSpinBox()
                box.setRange(0.0, 2000.0)
                box.setDecimals(2)
                box.setSingleStep(0.5)
                box.setSuffix(self.tr(" mm"))
                box.setAccessibleName(names[key])
                box.valueChanged.connect(self._edited)
                self.fields[key] = box
                row.addWidget(box, 1)
            form.addRow(text, row)
        self.rows = QSpinBox()
        self.rows.setRange(1, 100)
        self.cols = QSpinBox()
        self.cols.setRange(1, 100)
        self.rows.setAccessibleName(self.tr("Rows of labels"))
        self.cols.setAccessibleName(self.tr("Columns of labels"))
        grid = QHBoxLayout()
        grid.addWidget(self.rows, 1)
        grid.addWidget(self.cols, 1)
        form.addRow(self.tr("Rows × columns:"), grid)
        self.round = QCheckBox(self.tr("Round labels"))
        form.addRow("", self.round)
        for widget in (self.rows, self.cols):
            widget.valueChanged.connect(self._edited)
        self.round.toggled.connect(self._edited)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name to save this layout as"))
        self.name.setAccessibleName(self.tr("Name to save this layout as"))
        self.save_button = QPushButton(self.tr("Save layout"))
        self.delete_button = QPushButton(self.tr("Delete"))
        named = QHBoxLayout()
        named.addWidget(self.name, 1)
        named.addWidget(self.save_button)
        named.addWidget(self.delete_button)
        form.addRow(self.tr("Saved as:"), named)
        self.save_button.clicked.connect(self.save_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.reload(DEFAULT_LAYOUT)

    # ---- choices ----------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        """Fill the chooser with the presets, the saved layouts and "Custom"."""
        self._loading = True
        self.choice.clear()
        for name, layout in PRESETS.items():
            self.choice.addItem(translated(layout.title), name)
        self._saved = service.saved_layouts()
        for name in sorted(self._saved, key=str.casefold):
            self.choice.addItem(self.tr("Saved: %1").replace("%1", name), name)
        self.choice.addItem(self.tr("Custom…"), CUSTOM)
        self._loading = False
        index = self.choice.findData(select) if select else -1
        self.choice.setCurrentIndex(max(0, index))
        self._chosen()

    def _layout_named(self, name: str) -> SheetLayout | None:
        return PRESETS.get(name) or self._saved.get(name)

    def known(self, name: str) -> SheetLayout | None:
        """The preset or saved layout called ``name``, or None."""
        return self._layout_named(name)

    def _chosen(self) -> None:
        if self._loading:
            return
        name = self.choice.currentData()
        layout = self._layout_named(name)
        if layout is not None:
            self._show(layout)
        saved = name in self._saved
        self.delete_button.setEnabled(saved)
        self.name.setText(name if saved else "")
        self.layoutChanged.emit()

    def _show(self, layout: SheetLayout) -> None:
        self._loading = True
        for key, box in self.fields.items():
            box.setValue(getattr(layout, key))
        self.rows.setValue(layout.rows)
        self.cols.setValue(layout.cols)
        self.round.setChecked(layout.round)
        self._loading = False

    def _edited(self) -> None:
        if self._loading:
            return
        name = self.choice.currentData()
        current = self._layout_named(name)
        if current is not None and current != self._from_fields(current.name, current.title):
            self._loading = True
            self.choice.setCurrentIndex(self.choice.findData(CUSTOM))
            self._loading = False
            self.delete_button.setEnabled(False)
        self.layoutChanged.emit()

    # ---- the layout -------------------------------------------------------------------------

    def _from_fields(self, name: str, title: str) -> SheetLayout:
        values = {key: box.value() for key, box in self.fields.items()}
        return SheetLayout(
            name=name,
            title=title,
            rows=self.rows.value(),
            cols=self.cols.value(),
            round=self.round.isChecked(),
            **values,
        )

    def layout(self) -> SheetLayout:
        name = self.choice.currentData()
        known = self._layout_named(name)
        if known is not None:
            return known
        return self._from_fields("custom", self.tr("Custom layout"))

    def problem(self) -> str:
        issues = self.layout().problems()
        return translated(issues[0]) if issues else ""

    def select(self, name: str) -> bool:
        index = self.choice.findData(name)
        if index < 0:
            return False
        self.choice.setCurrentIndex(index)
        return True

    def save_current(self) -> None:
        name = self.name.text().strip()
        try:
            saved = service.save_layout(self.layout().renamed(name))
        except AppError as exc:
            self.message.emit(error_text(exc), True)
            return
        self.reload(saved.name)
        self.message.emit(self.tr("Saved the layout “%1”.").replace("%1", saved.name), False)

    def delete_current(self) -> None:
        name = self.choice.currentData()
        try:
            service.delete_layout(name)
        except AppError as exc:
            self.message.emit(error_text(exc), True)
            return
        self.reload(DEFAULT_LAYOUT)
