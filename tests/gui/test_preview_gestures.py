"""Editing gestures in the preview: Enter commits, Shift/Ctrl+Enter breaks a caption line, a
drag from a selected row moves the rows, Ctrl+Y and Ctrl+Shift+Z redo."""

from __future__ import annotations

from datetime import UTC

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QDrag, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.core.qrfactory import COLUMN_INDEX
from desktop_app.gui.preview.delegates import MultiLineEditor
from desktop_app.gui.preview.panel import PreviewPanel
from desktop_app.services.settings import Settings
from tests.gui.preview_helpers import demo_data

FN = COLUMN_INDEX["FileName"]
BT = COLUMN_INDEX["BottomText"]


@pytest.fixture
def panel(qtbot) -> PreviewPanel:
    instances, names, notes = demo_data()
    p = PreviewPanel(settings=Settings(), tz=UTC)
    qtbot.addWidget(p)
    p.update_instances(instances, names, notes)
    p.resize(1280, 800)
    p.show()
    with qtbot.waitActive(p):
        p.activateWindow()
    return p


def open_editor(panel: PreviewPanel, row: int, col: int) -> None:
    index = panel.model.index(row, col)
    panel.view.setFocus()
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)


def test_enter_commits_a_text_cell(panel: PreviewPanel, qtbot) -> None:
    open_editor(panel, 0, FN)
    editor = panel.view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    QTest.keyClicks(editor, "renamed")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.cell(0, FN) == "renamed")
    assert panel.view.state() != panel.view.State.EditingState


@pytest.mark.parametrize(
    "modifier", [Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier]
)
def test_enter_commits_the_caption_and_shift_or_ctrl_enter_breaks_the_line(
    panel: PreviewPanel, qtbot, modifier
) -> None:
    open_editor(panel, 0, BT)
    editor = panel.view.findChild(MultiLineEditor)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    QTest.keyClicks(editor, "Line one")
    QTest.keyClick(editor, Qt.Key.Key_Return, modifier)
    QTest.keyClicks(editor, "Line two")
    assert editor.toPlainText() == "Line one\nLine two"  # shown in the editor
    assert editor.blockCount() == 2
    assert panel.model.cell(0, BT) != "Line one\nLine two"  # not committed yet
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.cell(0, BT) == "Line one\nLine two")


def test_caption_editor_is_tall_enough_for_several_lines(panel: PreviewPanel) -> None:
    open_editor(panel, 0, BT)
    editor = panel.view.findChild(MultiLineEditor)
    assert editor is not None
    assert editor.height() >= 3 * editor.fontMetrics().lineSpacing()


def select_rows(panel: PreviewPanel, rows: list[int]) -> None:
    selection = QItemSelection()
    for r in rows:
        selection.select(panel.model.index(r, 0), panel.model.index(r, 29))
    panel.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def gesture(viewport, start: QPoint, end: QPoint) -> None:
    """Press at ``start``, move to ``end`` in a few steps, release."""
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 6
    for step in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * step / steps)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def drag(panel: PreviewPanel, row: int, col: int, rows_down: int) -> None:
    view = panel.view
    start = view.visualRect(panel.model.index(row, col)).center()
    end = view.visualRect(panel.model.index(row + rows_down, col)).center()
    gesture(view.viewport(), start, end)


def catch_drags(panel: PreviewPanel, monkeypatch, drop_at: int | None) -> list[list[int]]:
    """Replace the platform drag (its own event loop cannot run offscreen) by a drop of the
    same payload before row ``drop_at`` (None: dropped elsewhere); returns the rows selected
    at each drag start."""
    dragged: list[list[int]] = []

    def fake_exec(drag: QDrag, *args: object) -> Qt.DropAction:
        rows = sorted({i.row() for i in panel.view.selectionModel().selectedIndexes()})
        dragged.append(rows)
        if drop_at is None:
            return Qt.DropAction.IgnoreAction
        mime = drag.mimeData()
        panel.model.dropMimeData(mime, Qt.DropAction.MoveAction, drop_at, 0, QModelIndex())
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    return dragged


@pytest.mark.parametrize("col", [FN, BT, COLUMN_INDEX["Content"]])
def test_drag_from_a_selected_row_moves_the_selected_rows(
    panel: PreviewPanel, qtbot, monkeypatch, col: int
) -> None:
    ids = panel.model.instance_ids()
    dragged = catch_drags(panel, monkeypatch, 7)
    select_rows(panel, [1, 2, 3])
    drag(panel, 2, col, 3)
    qtbot.waitUntil(lambda: bool(dragged))
    assert dragged == [[1, 2, 3]]  # the press did not start a new selection
    assert panel.model.instance_ids() == [ids[0], *ids[4:7], *ids[1:4], *ids[7:]]


def test_drag_from_an_unselected_row_selects_and_moves_it(
    panel: PreviewPanel, qtbot, monkeypatch
) -> None:
    ids = panel.model.instance_ids()
    dragged = catch_drags(panel, monkeypatch, None)
    select_rows(panel, [5])
    drag(panel, 1, FN, 3)
    qtbot.waitUntil(lambda: bool(dragged))
    assert dragged == [[1]]
    assert panel.model.instance_ids() == ids


def test_drag_from_a_selected_row_number_moves_the_rows(
    panel: PreviewPanel, qtbot, monkeypatch
) -> None:
    """The row numbers (vertical header) are where a spreadsheet user grabs a row."""
    ids = panel.model.instance_ids()
    dragged = catch_drags(panel, monkeypatch, 7)
    header = panel.view.verticalHeader()
    select_rows(panel, [1, 2])
    start = QPoint(header.width() // 2, header.sectionViewportPosition(2) + 3)
    end = QPoint(start.x(), header.sectionViewportPosition(5) + 3)
    gesture(header.viewport(), start, end)
    qtbot.waitUntil(lambda: bool(dragged))
    assert dragged == [[1, 2]]
    assert panel.model.instance_ids() == [ids[0], *ids[3:7], *ids[1:3], *ids[7:]]


def test_click_on_a_row_number_still_selects_that_row(panel: PreviewPanel) -> None:
    header = panel.view.verticalHeader()
    select_rows(panel, [1, 2])
    point = QPoint(header.width() // 2, header.sectionViewportPosition(2) + 3)
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert panel.view.selected_rows() == [2]


def test_redo_keys_on_every_system(panel: PreviewPanel) -> None:
    keys = {k.toString() for k in panel.redo_action.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys
    assert QKeySequence(QKeySequence.StandardKey.Redo).toString() in keys
    ids = panel.model.instance_ids()
    panel.view.setFocus()
    select_rows(panel, [0])
    panel.delete_action.trigger()
    QTest.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.instance_ids() == ids
    QTest.keyClick(panel.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.instance_ids() == ids[1:]
    QTest.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(
        panel.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert panel.model.instance_ids() == ids[1:]
    assert QApplication.focusWidget() is panel.view


def send_drag(target, kind, point: QPoint, mime) -> object:
    """A drag event of ``kind`` over ``target`` at ``point`` carrying ``mime``."""
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    args = (actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    if kind == "enter":
        event = QDragEnterEvent(point, *args)
    elif kind == "move":
        event = QDragMoveEvent(point, *args)
    else:
        event = QDropEvent(point.toPointF(), *args)
    event.setDropAction(Qt.DropAction.MoveAction)  # as a drag started here proposes
    QApplication.sendEvent(target, event)
    return event


def test_rows_dropped_on_the_row_numbers_move_there_with_an_indicator(
    panel: PreviewPanel,
) -> None:
    ids = panel.model.instance_ids()
    view = panel.view
    header = view.verticalHeader()
    select_rows(panel, [1, 2])
    mime = view.drag_mime()
    point = QPoint(header.width() // 2, header.sectionViewportPosition(5) + 2)
    assert send_drag(header.viewport(), "enter", point, mime).isAccepted()
    assert send_drag(header.viewport(), "move", point, mime).isAccepted()
    assert view.dropIndicatorPosition() == view.DropIndicatorPosition.AboveItem
    assert send_drag(header.viewport(), "drop", point, mime).isAccepted()
    assert panel.model.instance_ids() == [ids[0], *ids[3:5], *ids[1:3], *ids[5:]]
