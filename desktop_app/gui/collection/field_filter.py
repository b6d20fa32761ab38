"""The filter bar's collection field value filter: one combo of "Field: value (rows)" choices
for the fields with few distinct values (conditions, a shelf), hidden while there is none."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ...core.fields import field_options, option_ranks, option_sort_key
from ..texts import number
from .field_columns import MAX_FACET_VALUES


def field_value_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(QCoreApplication.translate("FilterBar", "Collection field value"))
    combo.setToolTip(
        QCoreApplication.translate(
            "FilterBar", "Show only the releases with this value in a collection field"
        )
    )
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    combo.setMaximumWidth(200)
    combo.addItem(QCoreApplication.translate("FilterBar", "Any field value"), "")
    combo.setVisible(False)
    return combo


def _key(field_id: int, value: str) -> str:
    return f"{field_id}:{value}"


def chosen_field_value(combo: QComboBox) -> tuple[int, str] | None:
    """(field id, value) chosen, or None for any value."""
    fid, sep, value = str(combo.currentData() or "").partition(":")
    return (int(fid), value) if sep and fid.lstrip("-").isdigit() else None


def choose_field_value(combo: QComboBox, field_id: int, value: str) -> None:
    """Select a value, adding it when it is not offered (yet): the filter stays visible."""
    index = combo.findData(_key(field_id, value))
    if index < 0:
        combo.addItem(value, _key(field_id, value))
        index = combo.count() - 1
    combo.setCurrentIndex(index)
    combo.setVisible(True)


def fill_field_values(
    combo: QComboBox, fields: Mapping[int, str], counts: Mapping[int, Mapping[str, int]]
) -> None:
    """Offer the values of each field with 1..MAX_FACET_VALUES distinct ones, in field order
    and a dropdown's in the order of its options (of ``fields``, a NoteFields), others in shelf
    order (A2 before A10); keeps the current choice, without a filter change."""
    chosen = chosen_field_value(combo)
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(QCoreApplication.translate("FilterBar", "Any field value"), "")
        for fid, name in fields.items():
            values = counts.get(fid) or {}
            if not 0 < len(values) <= MAX_FACET_VALUES:
                continue
            ranks = option_ranks(field_options(fields, fid))
            for value in sorted(values, key=lambda v, r=ranks: option_sort_key(v, r) or ""):
                label = (
                    QCoreApplication.translate("FilterBar", "%1: %2 (%3)")
                    .replace("%1", name)
                    .replace("%2", value)
                )
                combo.addItem(label.replace("%3", number(values[value])), _key(fid, value))
        combo.setVisible(combo.count() > 1 or chosen is not None)
        if chosen is not None:
            choose_field_value(combo, *chosen)
    finally:
        combo.blockSignals(False)
