"""The preview panel: saving (byte-exact), cancel, errors, history, drag in the view, columns.

``tests/data/expected_demo_export.csv`` is the CSV of the bundled demo collection (folder "All",
default template, dates in UTC, CRLF, no BOM). Regenerate it only after checking a change on
purpose, then read the diff:  ``.venv/bin/python -m tests.gui.test_preview_panel --regenerate``
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QDrag, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.csvio import read_csv, read_csv_text
from desktop_app.core.qrfactory import COLUMN_INDEX, COLUMNS, ExportOptions
from desktop_app.gui.preview.model import ROWS_MIME
from desktop_app.gui.preview.panel import PreviewPanel, default_columns
from desktop_app.services.history import ExportHistory
from desktop_app.services.settings import Settings
from desktop_app.services.source import DemoSource

EXPECTED = Path(__file__).resolve().parent.parent / "data" / "expected_demo_export.csv"


def demo_data() -> tuple[list, dict[int, str], dict[int, str]]:
    source = DemoSource()
    instances = [i for page in source.iter_pages(0) for i in page.instances]
    return instances, {f.id: f.name for f in source.folders()}, source.note_fields()


def make_panel(history: ExportHistory | None = None) -> PreviewPanel:
    panel = PreviewPanel(settings=Settings(), history=history, tz=UTC)
    instances, names, notes = demo_data()
    panel.set_instances(instances, names, notes, "All")
    return panel


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for saved files (``tmp_path`` also holds the test's settings home)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def panel(qtbot) -> PreviewPanel:
    p = make_panel(ExportHistory("demo"))
    qtbot.addWidget(p)
    p.resize(1280, 800)
    return p


def stub_dialog(panel: PreviewPanel, answer: Path | str) -> list[Path]:
    asked: list[Path] = []

    def ask(default: Path) -> str:
        asked.append(default)
        return str(answer)

    panel._ask_save_path = ask  # type: ignore[method-assign]
    return asked


def test_saved_demo_file_matches_the_expected_bytes(panel: PreviewPanel, out, qtbot) -> None:
    target = out / "out.csv"
    stub_dialog(panel, target)
    with qtbot.waitSignal(panel.saved) as signal:
        assert panel.save() == target
    assert target.read_bytes() == EXPECTED.read_bytes()
    assert signal.args == [str(target), panel.model.instance_ids()]
    assert panel.history.exported_ids() == set(panel.model.instance_ids())
    assert panel.history.entries()[-1].path == str(target)
    assert panel.settings.last_save_dir == str(out)
    assert Settings.load().last_save_dir == str(out)
    assert panel.banner.isVisibleTo(panel) and "Saved 110 rows" in panel.banner.text()
    assert panel.banner.action_labels() == ["Show in folder"]
    opened: list[Path] = []
    panel.saver.open_folder = opened.append  # type: ignore[method-assign]
    panel.banner.trigger("Show in folder")
    assert opened == [out]


def test_expected_file_is_what_qr_factory_needs() -> None:
    data = EXPECTED.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 111  # header + 110 rows; record ends are CRLF
    assert data.replace(b"\r\n", b"").count(b"\n") == 110  # one LF inside each caption
    rows = read_csv(EXPECTED)
    assert rows[0] == list(COLUMNS)
    body = rows[1:]
    assert len(body) == 110
    names = [r[COLUMN_INDEX["FileName"]] for r in body]
    assert len({n.casefold() for n in names}) == len(names)
    captions = [r[COLUMN_INDEX["BottomText"]] for r in body]
    assert all(c.count("\n") == 1 for c in captions if c)
    assert any('"' in c for c in captions) and any("," in c for c in captions)
    assert any("真夜中のドア" in c for c in captions)
    assert not any("[0]" in c for c in captions)


def test_default_name_and_folder(panel: PreviewPanel, out) -> None:
    moment = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    panel.saver.now = lambda: moment  # type: ignore[method-assign]
    path = panel.default_save_path()
    assert path.name == "discogs-qr-several-folders-20240102-030405.csv"  # the demo's folders
    assert path.parent != out
    panel.settings.last_save_dir = str(out)
    assert panel.default_save_path().parent == out
    asked = stub_dialog(panel, "")
    panel.save()
    assert asked == [out / "discogs-qr-several-folders-20240102-030405.csv"]


def test_cancel_writes_nothing(panel: PreviewPanel, out, qtbot) -> None:
    panel.settings.last_save_dir = str(out)
    asked = stub_dialog(panel, "")
    with qtbot.assertNotEmitted(panel.saved):
        assert panel.save() is None
    assert len(asked) == 1
    assert list(out.iterdir()) == []
    assert panel.history.entries() == []
    assert not panel.banner.isVisibleTo(panel)


def test_unwritable_target_keeps_everything(panel: PreviewPanel, out) -> None:
    blocker = out / "not-a-folder"
    blocker.write_text("x")
    panel.model.edit_cell(0, "FileName", "kept_edit")
    rows = panel.rows()
    stub_dialog(panel, blocker / "out.csv")
    assert panel.save() is None
    assert panel.banner.kind == "error"
    assert "Could not save" in panel.banner.text() and "unchanged" in panel.banner.text()
    assert panel.rows() == rows and panel.model.undo_stack.canUndo()
    assert panel.history.entries() == []
    assert sorted(p.name for p in out.iterdir()) == ["not-a-folder"]
    # the retry action opens Save As again; this time it works
    good = out / "retry.csv"
    stub_dialog(panel, good)
    panel.banner.trigger("Save As…")
    assert good.exists() and read_csv(good)[1][COLUMN_INDEX["FileName"]] == "kept_edit"


def test_invalid_cell_blocks_save_and_names_row_and_column(panel: PreviewPanel, out) -> None:
    panel.model.edit_cell(2, "BottomTextColor", "#12")
    asked = stub_dialog(panel, out / "x.csv")
    assert panel.save() is None
    assert asked == []
    text = panel.banner.text()
    assert "Row 3" in text and "BottomTextColor" in text
    current = panel.view.currentIndex()
    assert (current.row(), current.column()) == (2, COLUMN_INDEX["BottomTextColor"])
    assert not panel.view.isColumnHidden(COLUMN_INDEX["BottomTextColor"])
    assert list(out.iterdir()) == []


def test_bom_and_lf_options(panel: PreviewPanel, out) -> None:
    panel.bom_action.setChecked(True)
    panel.lf_action.setChecked(True)
    assert Settings.load().bom and Settings.load().line_end == "lf"
    target = out / "unix"
    stub_dialog(panel, target)
    saved = panel.save()
    assert saved == out / "unix.csv"
    data = saved.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
    expected = EXPECTED.read_bytes().replace(b"\r\n", b"\n")
    assert data[3:] == expected


def test_as_window_is_a_top_level_window_of_its_parent(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    p = PreviewPanel.as_window(owner, settings=Settings())
    assert p.isWindow() and p.parent() is owner
    assert p.windowTitle() == "Export preview"


def test_empty_preview_does_not_save(qtbot, out) -> None:
    p = PreviewPanel(settings=Settings())
    qtbot.addWidget(p)
    asked = stub_dialog(p, out / "x.csv")
    assert p.save() is None and asked == []
    assert not p.save_button.isEnabled()


def test_history_marks_rows_exported_before(qtbot, out) -> None:
    history = ExportHistory("demo")
    instances, names, notes = demo_data()
    jazz = [i for i in instances if names[i.folder_id] == "Jazz"][:10]
    history.record([i.instance_id for i in jazz[:3]], out / "old.csv")
    p = PreviewPanel(settings=Settings(), history=history, tz=UTC)
    qtbot.addWidget(p)
    p.update_instances(jazz, names, notes)
    assert p.header.title.text() == "10 rows from “Jazz” · 3 exported before"


# ---- rows: drag in the view, copy, shortcuts ------------------------------------------------
def select_rows(panel: PreviewPanel, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    selection = QItemSelection()
    for r in rows:
        selection.select(panel.model.index(r, 0), panel.model.index(r, 29))
    panel.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_start_drag_payload_dropped_in_the_view_moves_rows(panel: PreviewPanel) -> None:
    ids = panel.model.instance_ids()
    select_rows(panel, [1, 2])
    mime = panel.view.drag_mime()
    assert mime is not None and mime.hasFormat(ROWS_MIME)
    assert read_csv_text(mime.text())[1:] == panel.rows()[1:3]
    assert panel.model.dropMimeData(mime, Qt.DropAction.MoveAction, 6, 0, QModelIndex())
    assert panel.model.instance_ids() == [ids[0], *ids[3:6], ids[1], ids[2], *ids[6:]]
    assert panel.model.rowCount() == len(ids)  # the view did not also remove the source rows


def test_mouse_drag_in_the_view_starts_a_row_drag(panel: PreviewPanel, qtbot, monkeypatch) -> None:
    """A real mouse gesture in the view reaches ``startDrag``; the drop itself is simulated.

    A platform drag (QDrag.exec) runs its own event loop that the offscreen platform cannot
    drive from QTest, so ``exec`` is replaced by a drop of the same payload on row 5.
    """
    panel.show()
    qtbot.waitExposed(panel)
    ids = panel.model.instance_ids()
    dropped: list[int] = []

    def fake_exec(drag: QDrag, *args: object) -> Qt.DropAction:
        ok = panel.model.dropMimeData(
            drag.mimeData(), Qt.DropAction.MoveAction, 5, 0, QModelIndex()
        )
        dropped.append(ok)
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    view = panel.view
    view.selectRow(1)
    rect = view.visualRect(panel.model.index(1, COLUMN_INDEX["FileName"]))
    start = rect.center()
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    distance = QApplication.startDragDistance() + 5
    for step in range(1, 5):
        QTest.mouseMove(viewport, start + QPoint(0, step * distance))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.waitUntil(lambda: dropped == [True])
    assert panel.model.instance_ids() == [ids[0], *ids[2:5], ids[1], *ids[5:]]
    assert view.last_drag_result == Qt.DropAction.MoveAction


def test_copy_puts_selected_rows_on_the_clipboard_as_csv(panel: PreviewPanel) -> None:
    select_rows(panel, [0, 4])
    panel.copy_selected()
    text = QGuiApplication.clipboard().text()
    assert read_csv_text(text) == [list(COLUMNS), panel.rows()[0], panel.rows()[4]]


def test_delete_duplicate_reset_actions_and_undo_shortcuts(panel: PreviewPanel, qtbot) -> None:
    panel.show()
    with qtbot.waitActive(panel):
        panel.activateWindow()
    panel.view.setFocus()
    ids = panel.model.instance_ids()
    select_rows(panel, [0, 1])
    panel.delete_action.trigger()
    assert panel.model.instance_ids() == ids[2:]
    QTest.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.instance_ids() == ids
    QTest.keyClick(
        panel.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert panel.model.instance_ids() == ids[2:]
    panel.undo_action.trigger()
    select_rows(panel, [3])
    panel.duplicate_action.trigger()
    assert panel.model.rowCount() == len(ids) + 1
    assert panel.model.instance_ids()[4] == ids[3]
    panel.model.edit_cell(3, "BottomText", "hand made")
    select_rows(panel, [3])
    panel.reset_action.trigger()
    assert panel.model.cell(3, "BottomText") != "hand made"
    assert "Reset" in panel.undo_action.toolTip()


# ---- template and columns -------------------------------------------------------------------
def test_template_change_offers_keep_or_replace(panel: PreviewPanel) -> None:
    asked: list[str] = []
    answer = {"value": "keep"}

    def ask() -> str | None:
        asked.append("asked")
        return answer["value"]

    panel._ask_rebuild = ask  # type: ignore[method-assign]
    options = ExportOptions().with_values(BottomText="{title}")
    panel.apply_template(options)  # nothing edited: rebuilt without asking
    assert asked == []
    assert panel.model.cell(0, "BottomText") == panel.model.instances()[0].title
    assert Settings.load().column_values["BottomText"] == "{title}"
    panel.model.edit_cell(0, "BottomText", "mine")
    panel.apply_template(options.with_values(BottomText="{artist}"))
    assert asked == ["asked"]
    assert panel.model.cell(0, "BottomText") == "mine"
    assert panel.model.cell(1, "BottomText") == panel.model.instances()[1].artist()
    answer["value"] = "replace"
    panel.apply_template(options.with_values(BottomText="{year}"))
    assert panel.model.cell(0, "BottomText") == str(panel.model.instances()[0].year)
    answer["value"] = None
    panel.model.edit_cell(0, "BottomText", "again")
    panel.apply_template(options.with_values(BottomText="{label}"))
    assert panel.model.cell(0, "BottomText") == "again"
    assert panel.model.cell(1, "BottomText") == str(panel.model.instances()[1].year)


def test_columns_default_and_toggle(panel: PreviewPanel) -> None:
    assert panel.visible_columns() == default_columns()
    assert panel.visible_columns()[:3] == ["FileName", "BottomText", "Content"]
    panel.columns.actions["SafeZoneColor"].setChecked(True)
    assert "SafeZoneColor" in panel.visible_columns()
    assert "SafeZoneColor" in Settings.load().preview_columns
    panel.columns.actions["FileType"].setChecked(False)
    assert "FileType" not in panel.visible_columns()
    again = PreviewPanel(settings=Settings.load())
    assert again.visible_columns() == panel.visible_columns()
    again.deleteLater()


def regenerate() -> None:
    """Write the expected file from the current code (for a deliberate change only)."""
    import tempfile

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as home:
        import os

        os.environ["DISCOGS_QR_HOME"] = home
        panel = make_panel()
        EXPECTED.parent.mkdir(parents=True, exist_ok=True)
        panel._ask_save_path = lambda default: str(EXPECTED)  # type: ignore[method-assign]
        assert panel.save() == EXPECTED
    del app
    print(f"wrote {EXPECTED}")


if __name__ == "__main__" and "--regenerate" in sys.argv:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    regenerate()
