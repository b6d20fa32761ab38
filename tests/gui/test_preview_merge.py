"""Pressing Preview again never throws edits away; the preview says what it holds.

Issue 13 items 2 and 4, and the cousins of a silent loss of an edit (a new template, Reset, a
draft restored onto an edited preview): each keeps the edits or asks, and Undo takes it back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel

from desktop_app.core.qrfactory import COLUMN_INDEX, ExportOptions
from desktop_app.gui.preview.panel import PreviewPanel
from desktop_app.services.history import ExportHistory
from desktop_app.services.settings import Settings
from tests.gui.preview_helpers import demo_data

FN = COLUMN_INDEX["FileName"]
BT = COLUMN_INDEX["BottomText"]


@pytest.fixture(scope="module")
def demo() -> tuple[list, dict[int, str], dict[int, str]]:
    return demo_data()


@pytest.fixture
def panel(qtbot, demo) -> Iterator[PreviewPanel]:
    p = PreviewPanel(settings=Settings(), history=ExportHistory("demo"), tz=UTC)
    qtbot.addWidget(p)
    tester = QAbstractItemModelTester(p.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    yield p
    del tester


def of_folder(demo, name: str) -> list:
    instances, names, _notes = demo
    return [i for i in instances if names[i.folder_id] == name]


def show(panel: PreviewPanel, demo, instances: list):
    _all, names, notes = demo
    return panel.update_instances(instances, names, notes)


# ---- item 2: Preview again ------------------------------------------------------------------
def test_preview_again_adds_rows_and_keeps_edits(panel: PreviewPanel, demo) -> None:
    instances = demo[0]
    assert show(panel, demo, instances[:5]) is None  # the first build
    assert not panel.undo_action.isEnabled()
    panel.model.edit_cell(1, "BottomText", "my caption")
    panel.model.move_rows([4], 0)
    order = panel.model.instance_ids()
    depth = panel.undo_stack.count()

    result = show(panel, demo, instances[:6])

    assert result is not None and result.added == 1 and result.removed == 0
    assert panel.model.instance_ids() == [*order, instances[5].instance_id]  # appended
    assert panel.model.cell(order.index(instances[1].instance_id), BT) == "my caption"
    assert panel.undo_stack.count() == depth + 1  # one command
    assert panel.undo_action.isEnabled()
    assert panel.banner.isVisibleTo(panel)
    assert panel.banner.text().startswith("Added 1 row; your edits are kept.")
    panel.undo_stack.undo()
    assert panel.model.instance_ids() == order
    assert panel.model.cell(order.index(instances[1].instance_id), BT) == "my caption"
    panel.undo_stack.redo()
    assert panel.model.instance_ids() == [*order, instances[5].instance_id]


def test_unchecked_rows_leave_unless_edited(panel: PreviewPanel, demo) -> None:
    instances = demo[0]
    ids = [i.instance_id for i in instances]
    show(panel, demo, instances[:5])
    panel.model.edit_cell(0, "FileName", "keep_me")
    before = panel.rows()

    result = show(panel, demo, instances[2:7])

    assert (result.added, result.removed, result.kept_edited) == (2, 1, 1)
    assert panel.model.instance_ids() == [ids[0], *ids[2:7]]
    assert panel.model.cell(0, FN) == "keep_me"
    text = panel.banner.text()
    assert "Added 2 rows" in text and "removed 1 unedited row" in text
    assert "kept 1 edited row of a record no longer checked" in text
    panel.undo_action.trigger()
    assert panel.rows() == before


def test_rows_deleted_by_hand_stay_deleted(panel: PreviewPanel, demo) -> None:
    instances = demo[0]
    show(panel, demo, instances[:5])
    panel.model.delete_rows([2])
    result = show(panel, demo, instances[:6])
    assert result.kept_deleted == 1 and result.added == 1
    assert instances[2].instance_id not in panel.model.instance_ids()
    assert "1 row you deleted stays out" in panel.banner.text()


def test_all_rows_deleted_then_preview_adds_only_new_ones(panel: PreviewPanel, demo) -> None:
    instances = demo[0]
    show(panel, demo, instances[:3])
    panel.model.delete_rows(range(3))
    show(panel, demo, instances[:4])
    assert panel.model.instance_ids() == [instances[3].instance_id]
    panel.undo_stack.undo()
    panel.undo_stack.undo()
    assert panel.model.instance_ids() == [i.instance_id for i in instances[:3]]


@pytest.mark.parametrize(
    ("again", "kept_edited", "banner"),
    [
        (4, 0, "The preview already holds these records; nothing changed."),
        (3, 1, "Kept 1 edited row of a record no longer checked."),
    ],
)
def test_a_merge_that_changes_no_row_adds_no_undo_step(
    panel: PreviewPanel, demo, again: int, kept_edited: int, banner: str
) -> None:
    instances = demo[0]
    show(panel, demo, instances[:4])
    panel.model.edit_cell(3, "FileName", "mine")
    depth = panel.undo_stack.count()
    result = show(panel, demo, instances[:again])
    assert not result.changed and result.kept_edited == kept_edited
    assert panel.undo_stack.count() == depth
    assert panel.banner.text() == banner
    assert panel.model.cell(3, FN) == "mine"
    show(panel, demo, instances[:4])  # ticked again: its edited row is still the one
    assert panel.model.instance_ids() == [i.instance_id for i in instances[:4]]


def test_the_old_set_instances_name_merges_too(panel: PreviewPanel, demo) -> None:
    instances, names, notes = demo
    panel.set_instances(instances[:2], names, notes, "ignored")
    panel.model.edit_cell(0, "FileName", "mine")
    panel.set_instances(instances[:3], names, notes, "ignored")
    assert panel.model.rowCount() == 3 and panel.model.cell(0, FN) == "mine"


# ---- item 4: what the preview holds ---------------------------------------------------------
def test_header_and_file_name_name_the_rows_folders(panel: PreviewPanel, demo) -> None:
    moment = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    panel.saver.now = lambda: moment  # type: ignore[method-assign]
    rock = of_folder(demo, "Rock & Pop")[:3]
    show(panel, demo, rock)
    assert panel.header.title.text() == "3 rows from “Rock & Pop”"
    assert panel.default_save_path().name == "discogs-qr-rock-pop-20240102-030405.csv"
    jazz = of_folder(demo, "Jazz")[:1]
    show(panel, demo, [*rock, *jazz])
    assert panel.header.title.text() == "4 rows from several folders"
    assert panel.default_save_path().name == "discogs-qr-several-folders-20240102-030405.csv"
    panel.model.delete_rows([3])
    panel._refresh_status()
    assert panel.header.title.text() == "3 rows from “Rock & Pop”"


def test_row_count_signal_follows_every_change(panel: PreviewPanel, demo, qtbot) -> None:
    counts: list[int] = []
    panel.rowCountChanged.connect(counts.append)
    show(panel, demo, demo[0][:6])
    panel.model.delete_rows([0])
    panel.model.duplicate_rows([1, 2])
    panel.undo_stack.undo()
    panel.undo_stack.undo()
    show(panel, demo, demo[0][:8])
    assert counts == [6, 5, 7, 5, 6, 8]
    assert panel.row_count() == 8


def test_right_after_a_save_nothing_counts_as_exported_before(
    panel: PreviewPanel, demo, tmp_path: Path
) -> None:
    jazz = of_folder(demo, "Jazz")[:6]
    panel.history.record([jazz[0].instance_id], tmp_path / "old.csv")
    show(panel, demo, jazz)
    assert panel.header.title.text() == "6 rows from “Jazz” · 1 exported before"
    panel._ask_save_path = lambda _d: str(tmp_path / "new.csv")  # type: ignore[method-assign]
    assert panel.save() == tmp_path / "new.csv"
    assert panel.history.exported_ids() >= {i.instance_id for i in jazz}
    assert panel.header.title.text() == "6 rows from “Jazz” · 1 exported before"
    panel.history = ExportHistory("demo")  # another account's history: counted afresh
    panel._refresh_status()
    assert panel.header.title.text() == "6 rows from “Jazz” · 6 exported before"


# ---- cousins: a template, Reset, a draft over an edited preview --------------------------------
def test_replacing_edits_with_a_new_template_can_be_undone(panel: PreviewPanel, demo) -> None:
    show(panel, demo, demo[0][:3])
    panel.model.edit_cell(0, "BottomText", "mine")
    asked: list[bool] = []
    panel._ask_rebuild = lambda: asked.append(True) or "replace"  # type: ignore[method-assign]
    panel.apply_template(ExportOptions().with_values(BottomText="{title}"))
    assert asked == [True]  # edited cells: asked first
    assert panel.model.cell(0, BT) == demo[0][0].title
    panel.undo_action.trigger()
    assert panel.model.cell(0, BT) == "mine" and panel.model.is_edited(0, BT)


def test_reset_of_an_edited_row_can_be_undone(panel: PreviewPanel, demo) -> None:
    show(panel, demo, demo[0][:3])
    panel.model.edit_cell(1, "FileName", "mine")
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    panel.view.selectionModel().select(panel.model.index(1, 0), flags)
    assert panel.reset_action.isEnabled()
    panel.reset_action.trigger()
    assert panel.model.cell(1, FN) != "mine"
    panel.undo_action.trigger()
    assert panel.model.cell(1, FN) == "mine" and panel.model.is_edited(1, FN)


def test_a_draft_restored_onto_an_edited_preview_can_be_undone(
    panel: PreviewPanel, demo, qtbot
) -> None:
    instances = demo[0]
    by_id = {i.instance_id: i for i in instances}
    other = PreviewPanel(settings=Settings(), tz=UTC)
    qtbot.addWidget(other)
    show(other, demo, instances[10:14])
    other.model.edit_cell(0, "FileName", "from_the_draft")
    draft = other.draft()
    show(panel, demo, instances[:3])
    panel.model.edit_cell(0, "FileName", "on_screen")
    on_screen = panel.rows()
    assert panel.load_draft(draft, by_id) == 4
    assert panel.model.cell(0, FN) == "from_the_draft"
    assert panel.undo_action.isEnabled()
    panel.undo_action.trigger()
    assert panel.rows() == on_screen and panel.model.is_edited(0, FN)
    panel.redo_action.trigger()
    assert panel.model.cell(0, FN) == "from_the_draft"


def test_a_draft_keeps_rows_deleted_by_hand_deleted(qtbot, demo) -> None:
    instances = demo[0]
    by_id = {i.instance_id: i for i in instances}
    first = PreviewPanel(settings=Settings(), tz=UTC)
    qtbot.addWidget(first)
    show(first, demo, instances[:4])
    first.model.delete_rows([1])
    again = PreviewPanel(settings=Settings(), tz=UTC)
    qtbot.addWidget(again)
    assert again.load_draft(first.draft(), by_id) == 3
    show(again, demo, instances[:4])
    assert again.model.instance_ids() == first.model.instance_ids()


# ---- places for the stickers ------------------------------------------------------------------
def test_current_row_signal_and_the_toolbar_slot(panel: PreviewPanel, demo, qtbot) -> None:
    show(panel, demo, demo[0][:3])
    seen: list[list[str]] = []
    panel.currentRowChanged.connect(seen.append)
    panel.view.setCurrentIndex(panel.model.index(2, FN))
    assert seen[-1] == panel.rows()[2]
    panel.model.edit_cell(2, "FileName", "changed")
    assert seen[-1][FN] == "changed"
    assert panel.current_row_cells() == panel.rows()[2]
    action = QAction("Stickers…", panel)
    panel.add_tool_action(action)
    toolbar_actions = panel._toolbar.actions()
    assert toolbar_actions.index(action) == toolbar_actions.index(panel._save_slot) - 1
    side = QLabel("sticker")
    panel.set_side_widget(side)
    assert panel.splitter.widget(1) is side
    panel.set_side_widget(None)
    assert panel.splitter.count() == 1


def test_a_record_given_twice_gets_one_row(panel: PreviewPanel, demo) -> None:
    instances = demo[0]
    show(panel, demo, instances[:2])
    result = show(panel, demo, [instances[2], instances[2], *instances[:2]])
    assert result.added == 1
    assert panel.model.instance_ids().count(instances[2].instance_id) == 1


def test_a_note_shares_the_banner_with_the_merge(panel: PreviewPanel, demo) -> None:
    instances, names, notes = demo
    assert panel.update_instances(instances[:2], names, notes, note="2 of 9 loaded.") is None
    assert panel.banner.text() == "2 of 9 loaded."
    panel.update_instances(instances[:3], names, notes, note="3 of 9 loaded.")
    assert panel.banner.text().startswith("Added 1 row.")
    assert panel.banner.text().endswith(" 3 of 9 loaded.")
    panel.update_instances(instances[:3], names, notes)
    assert "nothing changed" in panel.banner.text()


# ---- the merge's banner follows Undo and Redo ------------------------------------------------
def test_the_merge_banner_goes_with_undo_and_comes_back_with_redo(
    panel: PreviewPanel, demo
) -> None:
    instances = demo[0]
    show(panel, demo, instances[:5])
    panel.model.edit_cell(1, "BottomText", "my caption")
    show(panel, demo, instances[:6])
    said = panel.banner.text()
    assert said.startswith("Added 1 row; your edits are kept.")
    panel.model.edit_cell(0, "BottomText", "later edit")
    panel.undo_action.trigger()  # the later edit: the merge still holds
    assert panel.banner.isVisibleTo(panel) and panel.banner.text() == said
    panel.undo_action.trigger()  # the merge: its row is gone, and so is what it said
    assert panel.model.rowCount() == 5
    assert not panel.banner.isVisibleTo(panel)
    panel.redo_action.trigger()
    assert panel.model.rowCount() == 6
    assert panel.banner.isVisibleTo(panel) and panel.banner.text() == said
    panel.redo_action.trigger()  # the later edit again: nothing to say
    panel.undo_stack.undo()
    panel.undo_stack.undo()
    assert not panel.banner.isVisibleTo(panel)
    panel.model.edit_cell(0, "FileName", "new work")  # the merge can no longer be redone
    panel.undo_stack.undo()
    panel.undo_stack.redo()
    assert not panel.banner.isVisibleTo(panel)


def test_undo_of_the_merge_leaves_another_message_and_ends_nothing_changed(
    panel: PreviewPanel, demo
) -> None:
    instances = demo[0]
    show(panel, demo, instances[:3])
    show(panel, demo, instances[:4])
    panel.banner.show_message("Saved 4 rows to “a.csv”.", kind="info")
    panel.undo_stack.undo()
    assert panel.banner.isVisibleTo(panel) and panel.banner.text().startswith("Saved 4 rows")
    panel.undo_stack.redo()
    assert panel.banner.text().startswith("Saved 4 rows")  # not replaced
    show(panel, demo, instances[:4])  # asked again for the same records
    assert "nothing changed" in panel.banner.text()
    panel.undo_stack.undo()  # no longer true: the fourth row left
    assert panel.model.rowCount() == 3
    assert not panel.banner.isVisibleTo(panel)
