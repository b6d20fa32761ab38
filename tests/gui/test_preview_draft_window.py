"""Unsaved preview rows survive closing the window: kept per account, offered back on start."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.preview.model import PreviewModel
from desktop_app.services.drafts import DRAFT_KEY, DraftStore
from desktop_app.services.library import clear_cache
from desktop_app.services.source import ALL_FOLDER_ID, DemoSource
from desktop_app.store.cache import Cache
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
from tests.gui.helpers import CREDS, discogs_source, idle


class Answers(list):
    """Every restore question asked, as (rows, edited time); ``answer`` is what is replied."""

    answer: str | None = None


@pytest.fixture
def answers(monkeypatch) -> Answers:
    asked = Answers()

    def ask(self: MainWindow, rows: int, edited_at: Any) -> str | None:
        asked.append((rows, edited_at))
        return asked.answer

    monkeypatch.setattr(MainWindow, "_ask_restore_draft", ask)
    return asked


def snapshot(model: PreviewModel) -> tuple[list[list[str]], list[int], list[set[int]]]:
    edited = [set(model.row_object(r).edited) for r in range(model.rowCount())]
    return model.rows(), model.instance_ids(), edited


def demo_window(qtbot, make_window) -> MainWindow:
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(
        lambda: window.model.rowCount() > 6 and not window.loader.is_loading(), timeout=10_000
    )
    return window


def work_on_preview(window: MainWindow, count: int = 6) -> tuple[Any, ...]:
    """Check ``count`` releases, preview them, edit, move, delete and copy rows."""
    window.model.set_checked([window.model.row(i).iid for i in range(count)], True)
    window.open_preview()
    panel = window.preview.panel
    model = panel.model
    model.edit_cell(0, "BottomText", "Restored\ncaption")
    model.edit_cell(2, "FileName", "my_file")
    model.move_rows([count - 1], 0)
    model.delete_rows([3])
    model.duplicate_rows([1])
    assert panel.has_unsaved_changes()
    return snapshot(model)


def demo_draft() -> Any:
    store = DraftStore.for_demo()
    assert store is not None
    return store.load()


def test_demo_preview_is_restored_after_asking(qtbot, make_window, answers) -> None:
    first = demo_window(qtbot, make_window)
    assert answers == []  # nothing kept yet: nothing asked
    expected = work_on_preview(first)
    label = first.preview.panel.folder_label
    first.close()
    assert demo_draft() is not None

    answers.answer = "restore"
    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: again.preview.panel is not None, timeout=10_000)
    panel = again.preview.panel
    assert len(answers) == 1 and answers[0][0] == len(expected[0])
    assert answers[0][1] is not None
    tester = QAbstractItemModelTester(
        panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    assert snapshot(panel.model) == expected
    assert panel.folder_label == label
    assert panel.has_unsaved_changes()
    assert again.tabs.currentWidget() is panel
    assert str(len(expected[0])) in again.tabs.tabText(again.tabs.indexOf(panel))
    # The draft is shown, not offered twice, and stays kept until the rows are saved.
    kept = demo_draft()
    assert kept is not None and len(kept["rows"]) == len(expected[0])
    panel.model.edit_cell(1, "Content", "https://example.com/x")
    panel.model.undo_stack.undo()
    assert snapshot(panel.model) == expected
    del tester
    qtbot.waitUntil(lambda: not again.loader.is_loading(), timeout=10_000)
    again.close()
    assert demo_draft() is not None


def test_discard_deletes_the_draft(qtbot, make_window, answers) -> None:
    first = demo_window(qtbot, make_window)
    work_on_preview(first)
    first.close()
    answers.answer = "discard"
    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=10_000)
    assert demo_draft() is None
    assert again.preview.panel is None
    qtbot.waitUntil(lambda: not again.loader.is_loading(), timeout=10_000)
    again.close()
    answers.answer = "restore"
    third = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(
        lambda: third.model.rowCount() > 0 and not third.loader.is_loading(), timeout=10_000
    )
    qtbot.wait(50)
    assert len(answers) == 1  # nothing left to offer


def test_not_now_keeps_the_draft_for_the_next_start(qtbot, make_window, answers) -> None:
    first = demo_window(qtbot, make_window)
    expected = work_on_preview(first)
    first.close()
    answers.answer = None
    again = demo_window(qtbot, make_window)
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=10_000)
    assert again.preview.panel is None
    again.close()
    answers.answer = "restore"
    third = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: third.preview.panel is not None, timeout=10_000)
    assert snapshot(third.preview.panel.model) == expected


def test_after_a_save_no_draft_is_offered(qtbot, make_window, answers, tmp_path) -> None:
    first = demo_window(qtbot, make_window)
    work_on_preview(first)
    panel = first.preview.panel
    first.save_session()  # e.g. an account switch: the draft is kept …
    assert demo_draft() is not None
    target = tmp_path / "saved.csv"
    panel._ask_save_path = lambda _default: str(target)  # type: ignore[method-assign]
    assert panel.save() == target
    assert demo_draft() is None  # … and gone once the rows are saved
    assert not panel.has_unsaved_changes()
    first.close()
    assert demo_draft() is None
    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(
        lambda: again.model.rowCount() > 0 and not again.loader.is_loading(), timeout=10_000
    )
    qtbot.wait(50)
    assert answers == []
    assert again.preview.panel is None


def test_undo_back_to_the_built_rows_keeps_no_draft(qtbot, make_window, answers) -> None:
    first = demo_window(qtbot, make_window)
    work_on_preview(first)
    stack = first.preview.panel.undo_stack
    while stack.canUndo():
        stack.undo()
    first.close()
    assert demo_draft() is None


@pytest.mark.parametrize(
    "bad",
    ["garbage", 12, [1, 2], {"version": 1, "rows": "x"}, {"version": 1, "rows": []}],
)
def test_malformed_draft_is_ignored_and_dropped(qtbot, make_window, answers, bad) -> None:
    Cache.for_demo().set_state(DRAFT_KEY, bad)
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(
        lambda: window.model.rowCount() > 0 and not window.loader.is_loading(), timeout=10_000
    )
    qtbot.wait(50)
    assert answers == []
    assert window.preview.panel is None
    assert demo_draft() is None


def test_draft_of_releases_gone_from_the_collection(qtbot, make_window, answers) -> None:
    first = demo_window(qtbot, make_window)
    work_on_preview(first)
    first.close()
    draft = demo_draft()
    for i, row in enumerate(draft["rows"]):
        row["instance_id"] = 900_000_000 + i  # none of these exist
    draft["rows"][0]["cells"] = ["broken"]
    Cache.for_demo().set_state(DRAFT_KEY, draft)
    answers.answer = "restore"
    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: "could not be restored" in again.banner.text(), timeout=10_000)
    assert again.preview.panel is None
    assert demo_draft() is None


def test_some_rows_gone_are_left_out_and_said(qtbot, make_window, answers) -> None:
    first = demo_window(qtbot, make_window)
    expected = work_on_preview(first)
    first.close()
    draft = demo_draft()
    draft["rows"][0]["instance_id"] = 900_000_001
    Cache.for_demo().set_state(DRAFT_KEY, draft)
    answers.answer = "restore"
    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: again.preview.panel is not None, timeout=10_000)
    panel = again.preview.panel
    assert panel.model.rows() == expected[0][1:]
    assert "rows restored" in panel.banner.text()


def test_the_real_question_box(qtbot, make_window) -> None:
    first = demo_window(qtbot, make_window)
    expected = work_on_preview(first)
    first.close()
    seen: dict[str, str] = {}
    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["text"] = box.text()
            seen["info"] = box.informativeText()
            seen["buttons"] = ",".join(b.text() for b in box.buttons())
            restore = next(b for b in box.buttons() if b.text() == "Restore")
            restore.click()
            return
        tries[0] += 1
        if tries[0] < 500:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: again.preview.panel is not None, timeout=10_000)
    assert seen["text"] == "Restore the preview you did not save?"
    assert seen["info"] == f"{len(expected[0])} rows, edited just now"
    assert {"Restore", "Discard"} <= set(seen["buttons"].split(","))
    assert snapshot(again.preview.panel.model) == expected


# ---- a signed-in account (its local library) --------------------------------------------------
@pytest.fixture
def server():
    collection = generated_collection({"Main": 60, "Small": 20}, username="collector")
    srv = FakeDiscogs(collection, rate_limit=100000)
    srv.start()
    yield srv
    srv.stop()


def test_account_preview_is_restored_from_the_local_library(
    qtbot, make_window, server, answers
) -> None:
    first = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: first.model.rowCount() == 80 and idle(first), timeout=15_000)
    assert first.loader.library is not None and first.loader.library.is_cached(ALL_FOLDER_ID)
    expected = work_on_preview(first, count=8)
    path = first.loader.library.cache.path
    first.close()
    assert Cache(path).get_state(DRAFT_KEY) is not None
    assert demo_draft() is None  # each account keeps its own

    answers.answer = "restore"
    again = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: again.preview.panel is not None, timeout=10_000)
    panel = again.preview.panel
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert snapshot(panel.model) == expected
    assert answers[0][0] == len(expected[0])
    qtbot.waitUntil(lambda: idle(again), timeout=15_000)
    assert again.loader.library.cache.get_state(DRAFT_KEY) is not None  # kept until saved
    # The demo on the same computer has nothing to offer.
    demo = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(
        lambda: demo.model.rowCount() > 0 and not demo.loader.is_loading(), timeout=10_000
    )
    qtbot.wait(50)
    assert len(answers) == 1


def test_a_preview_kept_before_the_local_library_was_cleared_is_restored_whole(
    qtbot, make_window, server, answers
) -> None:
    """Settings → Clear cache empties the local library, not the kept preview: restoring it
    at the next start reads its records again instead of dropping its rows."""
    first = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: first.model.rowCount() == 80 and idle(first), timeout=15_000)
    expected = work_on_preview(first, count=8)
    path = first.loader.library.cache.path
    first.close()
    cleared = Cache(path)
    clear_cache(cleared)  # what Settings → Clear cache does
    cleared.close()

    answers.answer = "restore"
    again = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: bool(answers) and idle(again), timeout=15_000)
    qtbot.waitUntil(lambda: again.preview.panel is not None, timeout=10_000)
    assert snapshot(again.preview.panel.model) == expected
    draft = again.loader.library.cache.get_state(DRAFT_KEY)
    assert draft is not None and len(draft["rows"]) == len(expected[0])


def test_an_unsaved_preview_that_cannot_be_kept_is_said_and_tried_again(
    qtbot, make_window, answers, monkeypatch
) -> None:
    window = demo_window(qtbot, make_window)
    work_on_preview(window)
    monkeypatch.setattr(DraftStore, "save", lambda self, draft: False)  # e.g. a full disk
    window.save_now()
    assert "could not be kept" in window.banner.text()
    monkeypatch.undo()
    window.save_now()  # the next save tries again, without waiting for another change
    assert demo_draft() is not None
