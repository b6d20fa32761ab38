"""The export preview model: rows, cell edits and their editors, drag and drop, undo/redo."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox

from desktop_app.core.csvio import read_csv_text
from desktop_app.core.qrfactory import COLUMN_INDEX, COLUMNS, ExportOptions, build_rows
from desktop_app.gui.preview.delegates import ColorEditor, MultiLineEditor, PreviewDelegate
from desktop_app.gui.preview.model import (
    BOTTOM_TEXT_COL,
    CSV_MIME,
    ROWS_MIME,
    TEXT_MIME,
    PreviewModel,
    Role,
)
from desktop_app.gui.preview.panel import PreviewView
from desktop_app.services.source import DemoSource

FN = COLUMN_INDEX["FileName"]
BT = COLUMN_INDEX["BottomText"]


@pytest.fixture(scope="module")
def demo() -> tuple[list, dict[int, str], dict[int, str]]:
    source = DemoSource()
    instances = [i for page in source.iter_pages(0) for i in page.instances]
    names = {f.id: f.name for f in source.folders()}
    return instances, names, source.note_fields()


@pytest.fixture
def model(qapp, demo) -> PreviewModel:
    instances, names, notes = demo
    m = PreviewModel()
    m.set_instances(instances[:12], folder_names=names, note_fields=notes, tz=UTC)
    return m


@pytest.fixture
def tested(model: PreviewModel, qtlog) -> Iterator[PreviewModel]:
    """The model with Qt's model tester attached; any complaint fails the test at the end."""
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    yield model
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert not failures, failures
    del tester


def snapshot(model: PreviewModel) -> tuple[list[list[str]], list[int], list[set[int]]]:
    edited = [set(model.row_object(r).edited) for r in range(model.rowCount())]
    return model.rows(), model.instance_ids(), edited


def test_rows_are_built_by_core_in_the_given_order(model: PreviewModel, demo) -> None:
    instances, names, notes = demo
    expected = build_rows(instances[:12], folder_names=names, note_fields=notes, tz=UTC)
    assert model.rows() == expected
    assert model.instance_ids() == [i.instance_id for i in instances[:12]]
    assert model.columnCount() == 30
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(30)] == list(COLUMNS)
    assert model.index(0, BT).data(Role.INSTANCE_ID) == instances[0].instance_id
    assert "\n" in model.index(0, BT).data()
    assert all(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable for c in range(30))


def test_model_tester_through_every_operation(tested: PreviewModel) -> None:
    model = tested
    start = snapshot(model)
    model.edit_cell(0, "FileName", "first")
    model.edit_cell(1, "BottomText", "two\nlines")
    model.move_rows([0, 1], 6)
    model.move_rows([3, 7, 9], 1)
    model.move_rows([10, 11], 0)
    model.moveRows(QModelIndex(), 2, 3, QModelIndex(), 12)
    model.delete_rows([0, 4, 5])
    model.duplicate_rows([1, 2])
    model.reset_rows([0, 3])
    model.rebuild(ExportOptions().with_values(BottomText="{title}"), keep_edits=True)
    model.removeRows(2, 2)
    after = snapshot(model)
    while model.undo_stack.canUndo():
        model.undo_stack.undo()
    assert snapshot(model) == start
    while model.undo_stack.canRedo():
        model.undo_stack.redo()
    assert snapshot(model) == after


def _expected_move(order: list[int], rows: list[int], dest: int) -> list[int]:
    moved = [order[r] for r in sorted(set(rows))]
    before = [x for i, x in enumerate(order[:dest]) if i not in rows]
    after = [x for i, x in enumerate(order[dest:], start=dest) if i not in rows]
    return before + moved + after


@pytest.mark.parametrize("seed", [7, 8])
def test_moving_any_selection_anywhere_matches_the_expected_order(
    model: PreviewModel, seed: int
) -> None:
    rng = random.Random(seed)
    for _ in range(100):
        order = model.instance_ids()
        rows = rng.sample(range(len(order)), rng.randint(1, 5))
        dest = rng.randint(0, len(order))
        expected = _expected_move(order, rows, dest)
        model.move_rows(rows, dest)
        assert model.instance_ids() == expected
        if expected != order:
            model.undo_stack.undo()
            assert model.instance_ids() == order
            model.undo_stack.redo()
            assert model.instance_ids() == expected


def test_qt_move_rows_api_moves_a_block(model: PreviewModel) -> None:
    ids = model.instance_ids()
    assert model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 5)
    assert model.instance_ids() == ids[2:5] + ids[0:2] + ids[5:]
    assert not model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 1)  # onto itself
    assert not model.moveRows(QModelIndex(), 11, 3, QModelIndex(), 0)  # out of range


# ---- editing each kind of cell ----------------------------------------------------------
def test_text_edit_marks_the_cell_as_edited_and_undo_clears_it(model: PreviewModel) -> None:
    index = model.index(2, FN)
    assert model.setData(index, "my_record", Qt.ItemDataRole.EditRole)
    assert model.cell(2, "FileName") == "my_record"
    assert index.data(Role.EDITED) is True
    font = index.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert "Edited by you" in index.data(Qt.ItemDataRole.ToolTipRole)
    model.undo_stack.undo()
    assert index.data(Role.EDITED) is False
    assert not model.setData(index, "x", Qt.ItemDataRole.DisplayRole)


def test_invalid_cells_are_marked_and_explained(model: PreviewModel) -> None:
    colour = model.index(1, COLUMN_INDEX["BottomTextColor"])
    assert colour.data(Qt.ItemDataRole.BackgroundRole) is None
    model.setData(colour, "#12")
    assert colour.data(Role.ISSUE)
    assert colour.data(Qt.ItemDataRole.BackgroundRole) is not None
    decoration = colour.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(decoration, QIcon) and not decoration.isNull()
    assert "not a colour" in colour.data(Qt.ItemDataRole.ToolTipRole)
    model.edit_cell(4, "OutputSize", "huge")
    model.edit_cell(5, "ReliabilityLevel", "Extreme")
    model.edit_cell(6, "FileName", model.cell(3, "FileName"))
    found = {(r, COLUMNS[c]) for r, c, _m in model.issues()}
    assert found == {
        (1, "BottomTextColor"),
        (4, "OutputSize"),
        (5, "ReliabilityLevel"),
        (6, "FileName"),
    }
    assert "row 4" in model.issue(6, FN)
    assert model.first_issue()[:2] == (1, COLUMN_INDEX["BottomTextColor"])
    model.edit_cell(6, "FileName", "unique_name")
    assert model.issue(6, FN) is None


@pytest.fixture
def view(qtbot, model: PreviewModel) -> PreviewView:
    v = PreviewView()
    v.setModel(model)
    v.resize(1000, 600)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_bottom_text_editor_keeps_the_line_break(qtbot, view: PreviewView) -> None:
    model = view.model()
    index = model.index(0, BT)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(MultiLineEditor)
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, "Line one")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(editor, "Line two")
    assert model.cell(0, "BottomText") != "Line one\nLine two"  # Shift+Enter did not commit
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.cell(0, "BottomText") == "Line one\nLine two")


def test_colour_editor_picks_and_normalises(qtbot, view: PreviewView, monkeypatch) -> None:
    model = view.model()
    monkeypatch.setattr(ColorEditor, "ask_color", lambda self, initial: QColor("#336699"))
    index = model.index(0, COLUMN_INDEX["PixelColorStart"])
    view.setColumnHidden(index.column(), False)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(ColorEditor)
    assert editor is not None and editor.text() == "#000000"
    editor.choose()
    qtbot.waitUntil(lambda: model.cell(0, "PixelColorStart") == "#336699")
    delegate = PreviewDelegate()
    typed = ColorEditor()
    typed.setText(" #aabbcc ")
    delegate.setModelData(typed, model, model.index(1, COLUMN_INDEX["SafeZoneColor"]))
    assert model.cell(1, "SafeZoneColor") == "#AABBCC"


def test_enum_and_number_editors(qapp, model: PreviewModel) -> None:
    delegate = PreviewDelegate()
    cases = [
        ("ColorSpace", QComboBox, lambda e: e.setCurrentText("CMYK"), "CMYK"),
        ("BottomTextSize", QSpinBox, lambda e: e.setValue(40), "40"),
        ("PixelRoundness", QDoubleSpinBox, lambda e: e.setValue(0.5), "0.5"),
        ("OutputSize", QSpinBox, lambda e: e.setValue(2048), "2048"),
    ]
    for column, kind, change, expected in cases:
        index = model.index(3, COLUMN_INDEX[column])
        editor = delegate.createEditor(None, None, index)
        assert isinstance(editor, kind), column
        delegate.setEditorData(editor, index)
        change(editor)
        delegate.setModelData(editor, model, index)
        assert model.cell(3, column) == expected
        assert index.data(Role.ISSUE) is None
    # an unexpected value stays visible in the combo box instead of being replaced silently
    model.edit_cell(3, "FileType", "WEBP")
    index = model.index(3, COLUMN_INDEX["FileType"])
    combo = delegate.createEditor(None, None, index)
    delegate.setEditorData(combo, index)
    assert combo.currentText() == "WEBP"


# ---- drag and drop -----------------------------------------------------------------------
def test_mime_data_carries_rows_and_csv(model: PreviewModel) -> None:
    mime = model.mimeData([model.index(3, 0), model.index(1, 5), model.index(3, 2)])
    assert set(model.mimeTypes()) <= set(mime.formats())
    payload = json.loads(bytes(mime.data(ROWS_MIME).data()))
    assert payload == {"model": model.identity, "rows": [1, 3]}
    parsed = read_csv_text(bytes(mime.data(CSV_MIME).data()).decode("utf-8"))
    assert parsed == [list(COLUMNS), model.rows()[1], model.rows()[3]]
    assert read_csv_text(mime.text()) == parsed
    assert mime.hasFormat(TEXT_MIME)


def test_drop_moves_rows_and_is_undoable(tested: PreviewModel) -> None:
    model = tested
    ids = model.instance_ids()
    mime = model.mimeData([model.index(1, 0), model.index(3, 0)])
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(mime, move, 6, 0, QModelIndex())
    assert model.dropMimeData(mime, move, 6, 0, QModelIndex())
    assert model.instance_ids() == _expected_move(ids, [1, 3], 6)
    model.undo_stack.undo()
    assert model.instance_ids() == ids
    # dropped on a row (row == -1, parent = that row): lands before it
    mime = model.mimeData([model.index(8, 0)])
    assert model.dropMimeData(mime, move, -1, -1, model.index(2, 0))
    assert model.instance_ids() == _expected_move(ids, [8], 2)
    # dropped below the last row
    before = model.instance_ids()
    mime = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(mime, move, -1, -1, QModelIndex())
    assert model.instance_ids() == before[1:] + before[:1]


def test_copy_drop_inserts_copies_with_unique_file_names(tested: PreviewModel) -> None:
    model = tested
    mime = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, 5, 0, QModelIndex())
    assert model.rowCount() == 13
    assert model.instance_ids()[5] == model.instance_ids()[0]
    assert model.cell(5, "FileName") == model.cell(0, "FileName") + "-2"
    assert not model.issues()
    model.undo_stack.undo()
    assert model.rowCount() == 12


def test_foreign_or_broken_payloads_are_refused(model: PreviewModel) -> None:
    other = PreviewModel()
    other.set_instances(model.instances())
    foreign = other.mimeData([other.index(0, 0)])
    move = Qt.DropAction.MoveAction
    assert not model.canDropMimeData(foreign, move, 0, 0, QModelIndex())
    assert not model.dropMimeData(foreign, move, 0, 0, QModelIndex())
    junk = QMimeData()
    junk.setData(ROWS_MIME, b"{not json")
    assert not model.canDropMimeData(junk, move, 0, 0, QModelIndex())
    out_of_range = QMimeData()
    out_of_range.setData(
        ROWS_MIME, json.dumps({"model": model.identity, "rows": [99]}).encode("utf-8")
    )
    assert not model.dropMimeData(out_of_range, move, 0, 0, QModelIndex())
    text_only = QMimeData()
    text_only.setText("hello")
    assert not model.canDropMimeData(text_only, move, 0, 0, QModelIndex())


# ---- undo/redo of each operation -----------------------------------------------------------
OPERATIONS = {
    "edit": lambda m: m.edit_cell(2, "Content", "https://example.com/x"),
    "edit_bottom_text": lambda m: m.edit_cell(2, "BottomText", "a\r\nb"),
    "move": lambda m: m.move_rows([0, 5], 9),
    "delete": lambda m: m.delete_rows([1, 2, 7]),
    "duplicate": lambda m: m.duplicate_rows([4]),
    "reset": lambda m: m.reset_rows([0]),
    "rebuild_replace": lambda m: m.rebuild(
        ExportOptions().with_values(FileName="{catno}"), keep_edits=False
    ),
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_undo_and_redo_of_each_operation(tested: PreviewModel, name: str) -> None:
    model = tested
    model.edit_cell(0, "BottomTextFont", "Helvetica")  # an earlier edit the operation must keep
    before = snapshot(model)
    depth = model.undo_stack.index()
    OPERATIONS[name](model)
    after = snapshot(model)
    assert after != before
    while model.undo_stack.index() > depth:
        model.undo_stack.undo()
    assert snapshot(model) == before
    while model.undo_stack.canRedo():
        model.undo_stack.redo()
    assert snapshot(model) == after


def test_line_breaks_are_kept_as_written_on_edit(model: PreviewModel) -> None:
    model.edit_cell(0, "BottomText", "a\r\nb\rc")
    assert model.cell(0, "BottomText") == "a\r\nb\rc"
    model.edit_cell(1, "Content", "x\ry")
    assert model.cell(1, "Content") == "x\ry"
    assert model.rows()[0][BOTTOM_TEXT_COL] == "a\r\nb\rc"


def test_duplicate_and_reset(model: PreviewModel) -> None:
    name = model.cell(4, "FileName")
    assert model.duplicate_rows([4]) == [5]
    assert model.cell(5, "FileName") == f"{name}-2"
    assert model.is_edited(5, "FileName")
    model.edit_cell(5, "BottomText", "custom")
    model.reset_rows([5])  # back to the template, but the FileName must stay unique
    assert model.cell(5, "BottomText") == model.cell(4, "BottomText")
    assert model.cell(5, "FileName") != name
    assert not model.issues()


def test_rebuild_keeps_or_replaces_edited_cells(model: PreviewModel) -> None:
    model.edit_cell(0, "BottomText", "mine")
    options = ExportOptions().with_values(BottomText="{title}", FileName="{instance_id}")
    model.rebuild(options, keep_edits=True)
    assert model.cell(0, "BottomText") == "mine"
    assert model.cell(1, "BottomText") == model.instances()[1].title
    assert model.cell(1, "FileName") == str(model.instances()[1].instance_id)
    model.undo_stack.undo()
    model.rebuild(options, keep_edits=False)
    assert model.cell(0, "BottomText") == model.instances()[0].title
    assert not model.is_edited(0, "BottomText")
    assert model.options is options


def test_set_instances_clears_history(model: PreviewModel) -> None:
    model.edit_cell(0, "FileName", "x")
    model.set_instances(model.instances()[:3])
    assert model.rowCount() == 3
    assert not model.undo_stack.canUndo()
