"""The filter bar: text search (debounced), date-added range with presets, format."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.fields import FieldMatch, exact_pattern
from ...core.filters import RecordFilter, date_preset, fold
from ...services.history import since_last_export_range
from ..icons import icon
from ..texts import date_format, number
from .field_filter import (
    choose_field_value,
    chosen_field_value,
    field_value_combo,
    fill_field_values,
)

SEARCH_DELAY_MS = 150
PRESETS = ("all", "last7", "last30", "this_year")


class FilterBar(QWidget):
    """Emits :attr:`filterChanged` with a :class:`RecordFilter` whenever a control changes."""

    filterChanged = Signal(object)  # RecordFilter
    notExportedChanged = Signal(bool)  # "Only not yet exported" toggled
    changedOnlyChanged = Signal(bool)  # "Changed since exported" toggled
    downFromSearch = Signal()  # Down in the search field: go on into the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._last_export: datetime | None = None
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        rows.addLayout(layout)
        self.range_row = QWidget(self)  # the export state, and a custom date range
        range_layout = QHBoxLayout(self.range_row)
        range_layout.setContentsMargins(0, 0, 0, 0)
        range_layout.setSpacing(6)
        rows.addWidget(self.range_row)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search artist, title, label, cat#"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setToolTip(
            self.tr(
                "Search artists, titles, labels, catalogue numbers and collection fields (Ctrl+F)"
            )
        )
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(hint + 64)  # the whole hint, the icon and the clear button
        self.search.setMaximumWidth(560)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.search, 3)

        added = QLabel(self.tr("Added:"), self)
        layout.addWidget(added)
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Date added preset"))
        for key, text in (
            ("all", self.tr("Any time")),
            ("last7", self.tr("Last 7 days")),
            ("last30", self.tr("Last 30 days")),
            ("this_year", self.tr("This year")),
            ("since_last", self.tr("Since last export")),
            ("custom", self.tr("Custom range")),
        ):
            self.preset.addItem(text, key)
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        added.setBuddy(self.preset)
        layout.addWidget(self.preset)

        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("from"), self)
        self.from_check.setAccessibleName(self.tr("Filter by earliest date added"))
        self.from_date = self._date_edit(today.addDays(-30), self.tr("Earliest date added"))
        self.to_check = QCheckBox(self.tr("to"), self)
        self.to_check.setAccessibleName(self.tr("Filter by latest date added"))
        self.to_date = self._date_edit(today, self.tr("Latest date added"))

        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        self.format.setToolTip(self.tr("Show only one format"))
        self.format.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.format.setMinimumContentsLength(8)
        self.format.addItem(self.tr("All formats"), "")
        self.format.setMaximumWidth(240)
        layout.addWidget(self.format)
        self.field_value = field_value_combo(self)
        layout.addWidget(self.field_value)
        self.not_exported = QCheckBox(self.tr("Only not yet exported"), self)
        self.not_exported.setAccessibleName(self.tr("Only not yet exported"))
        self.not_exported.setToolTip(self.tr("Hide releases that were in a saved CSV before"))
        self.not_exported.toggled.connect(self.notExportedChanged.emit)
        range_layout.addWidget(self.not_exported)
        self._add_changed_box(range_layout)
        range_layout.addSpacing(12)
        for widget in (self.from_check, self.from_date, self.to_check, self.to_date):
            range_layout.addWidget(widget)
        range_layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.flush)
        self.search.installEventFilter(self)
        self.preset.activated.connect(self._preset_chosen)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self._range_edited)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self._range_edited)
        self.format.currentIndexChanged.connect(self._emit)
        self.field_value.currentIndexChanged.connect(self._emit)
        self.preset.currentIndexChanged.connect(self._sync_range_shown)
        self._sync_enabled()
        self._sync_range_shown()

    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())  # the window's locale (ISO for the C locale)
        edit.calendarWidget().setFirstDayOfWeek(QLocale().firstDayOfWeek())
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        return edit

    # ---- state --------------------------------------------------------------------------
    def record_filter(self) -> RecordFilter:
        return RecordFilter(
            text=self.search.text().strip(),
            added_from=self.from_date.date().toPython() if self.from_check.isChecked() else None,
            added_to=self.to_date.date().toPython() if self.to_check.isChecked() else None,
            format_name=str(self.format.currentData() or ""),
            where=self._field_match(),
        )

    def _field_match(self) -> tuple[FieldMatch, ...]:
        chosen = chosen_field_value(self.field_value)
        return () if chosen is None else (FieldMatch(chosen[0], exact_pattern(chosen[1])),)

    def state(self) -> dict[str, Any]:
        """Everything the bar filters on, for the next start. A date preset is kept by name,
        so that "last 7 days" is the last 7 days then too."""
        key = str(self.preset.currentData() or "all")
        state: dict[str, Any] = {
            "text": self.search.text(),
            "format": str(self.format.currentData() or ""),
            "not_exported": self.not_exported.isChecked(),
            "changed_only": self.changed_only.isChecked(),
            "preset": key,
        }
        chosen = chosen_field_value(self.field_value)
        if chosen is not None:
            state["field"] = list(chosen)
        if key == "custom":
            state["from"] = self.from_date.date().toPython().isoformat()
            state["to"] = self.to_date.date().toPython().isoformat()
            state["from_on"] = self.from_check.isChecked()
            state["to_on"] = self.to_check.isChecked()
        return state

    def restore(self, state: dict[str, Any]) -> None:
        """Apply a :meth:`state` (unknown or malformed parts are ignored; what it does not set
        is reset), then filter once."""
        self._updating = True
        try:
            self._reset_controls()
            text = state.get("text")
            if isinstance(text, str):
                self.search.setText(text)
            name = state.get("format")
            if isinstance(name, str) and name:
                index = self.format.findData(name)
                if index < 0:
                    self.format.addItem(name, name)
                    index = self.format.count() - 1
                self.format.setCurrentIndex(index)
            self._restore_field(state.get("field"))
            key = state.get("preset")
            if key == "custom":
                for check, edit, part in (
                    (self.from_check, self.from_date, "from"),
                    (self.to_check, self.to_date, "to"),
                ):
                    with contextlib.suppress(TypeError, ValueError):
                        edit.setDate(QDate(date.fromisoformat(str(state.get(part)))))
                    check.setChecked(state.get(f"{part}_on") is True)
                self.preset.setCurrentIndex(self._matching_preset())
            elif isinstance(key, str) and key != "all" and self.preset.findData(key) >= 0:
                self._set_range_controls(*self._preset_range(key, date.today()))
                self.preset.setCurrentIndex(self.preset.findData(key))
        finally:
            self._updating = False
        self._sync_enabled()
        self.not_exported.setChecked(state.get("not_exported") is True)
        self.changed_only.setChecked(state.get("changed_only") is True)
        self.flush()

    def set_format_choices(self, counts: Mapping[str, int]) -> None:
        """Offer the format names with their counts (name → rows), most common first; keeps
        the current choice when still offered."""
        current = str(self.format.currentData() or "")
        self.format.blockSignals(True)
        self.format.clear()
        self.format.addItem(self.tr("All formats"), "")
        for name in sorted(counts, key=lambda n: (-counts[n], fold(n))):
            label = self.tr("%1 (%2)").replace("%1", name).replace("%2", number(counts[name]))
            self.format.addItem(label, name)
        index = self.format.findData(current) if current else 0
        if index < 0:  # keep a choice the folder does not have, so the filter stays visible
            self.format.addItem(current, current)
            index = self.format.count() - 1
        self.format.setCurrentIndex(index)
        self.format.blockSignals(False)

    def set_field_choices(
        self, fields: Mapping[int, str], counts: Mapping[int, Mapping[str, int]]
    ) -> None:
        """Offer each value of the fields with few distinct values (conditions, a shelf: not
        free-text notes) as "Field: value (rows)", in shelf order; keeps the current choice."""
        fill_field_values(self.field_value, fields, counts)

    def _restore_field(self, value: object) -> None:
        if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int)):
            return
        choose_field_value(self.field_value, value[0], str(value[1]))

    def only_not_exported(self) -> bool:
        return self.not_exported.isChecked()

    # ---- "changed since exported" (a reprint batch) ----------------------------------------
    def _add_changed_box(self, layout: QHBoxLayout) -> None:
        self.changed_only = QCheckBox(self.tr("Changed since exported"), self)
        self.changed_only.setAccessibleName(self.tr("Changed since exported"))
        self.changed_only.setToolTip(
            self.tr("Show only exported releases whose sticker would now read differently")
        )
        self.changed_only.toggled.connect(self.changedOnlyChanged.emit)
        layout.addWidget(self.changed_only)

    def only_changed(self) -> bool:
        return self.changed_only.isChecked()

    def set_last_export(self, when: datetime | None) -> None:
        """The time of the last saved CSV, for the "Since last export" preset."""
        self._last_export = when
        index = self.preset.findData("since_last")
        model = self.preset.model()
        item = model.item(index) if hasattr(model, "item") else None
        if item is not None:
            item.setEnabled(when is not None)
            tip = "" if when is not None else self.tr("Nothing was exported yet")
            item.setToolTip(tip)

    def _preset_range(self, name: str, today: date) -> tuple[date | None, date | None]:
        if name == "since_last":
            return since_last_export_range(self._last_export, today)
        return date_preset(name, today)

    def apply_preset(self, name: str, today: date | None = None) -> None:
        low, high = self._preset_range(name, today or date.today())
        self._updating = True
        try:
            self._set_range_controls(low, high)
            self.preset.setCurrentIndex(max(0, self.preset.findData(name)))
        finally:
            self._updating = False
        self._sync_enabled()
        self._emit()

    def set_date_range(self, low: date | None, high: date | None) -> None:
        self._updating = True
        try:
            self._set_range_controls(low, high)
        finally:
            self._updating = False
        self._range_edited()

    def _set_range_controls(self, low: date | None, high: date | None) -> None:
        """Tick and fill the from/to controls for ``low``..``high`` (None: open end)."""
        self.from_check.setChecked(low is not None)
        self.to_check.setChecked(high is not None)
        if low is not None:
            self.from_date.setDate(QDate(low))
        if high is not None:
            self.to_date.setDate(QDate(high))

    def clear(self) -> None:
        self._updating = True
        try:
            self._reset_controls()
            self.not_exported.setChecked(False)
            self.changed_only.setChecked(False)
        finally:
            self._updating = False
        self._sync_enabled()
        self.flush()

    def _reset_controls(self) -> None:
        """Search, dates, preset and format back to "everything" (the caller emits)."""
        self.search.clear()
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.preset.setCurrentIndex(0)
        self.format.setCurrentIndex(0)
        self.field_value.setCurrentIndex(0)

    def flush(self) -> None:
        """Apply a pending search now instead of after the debounce delay."""
        self._timer.stop()
        self._emit()

    # ---- slots --------------------------------------------------------------------------
    def _preset_chosen(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key == "custom":
            self.from_check.setChecked(True)
            self.from_date.setFocus()
            return
        self.apply_preset(str(key))

    def _range_edited(self, *args: object) -> None:
        self._sync_enabled()
        if self._updating:
            return
        self.preset.setCurrentIndex(self._matching_preset())
        self._emit()

    def _matching_preset(self) -> int:
        low = self.from_date.date().toPython() if self.from_check.isChecked() else None
        high = self.to_date.date().toPython() if self.to_check.isChecked() else None
        for key in PRESETS:
            if date_preset(key, date.today()) == (low, high):
                return self.preset.findData(key)
        since = self._preset_range("since_last", date.today())
        if self._last_export is not None and (low, high) != (None, None) and since == (low, high):
            return self.preset.findData("since_last")
        return self.preset.findData("custom")

    def _sync_enabled(self) -> None:
        self.from_date.setEnabled(self.from_check.isChecked())
        self.to_date.setEnabled(self.to_check.isChecked())

    def _sync_range_shown(self) -> None:
        """The from/to controls take room only for a custom range (a preset says it all)."""
        custom = self.preset.currentData() == "custom"
        for widget in (self.from_check, self.from_date, self.to_check, self.to_date):
            widget.setVisible(custom)

    def _emit(self) -> None:
        if self._updating:
            return
        self._timer.stop()
        self.filterChanged.emit(self.record_filter())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.flush()
            self.downFromSearch.emit()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: object) -> None:  # Esc in the bar clears the search
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            self.flush()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
