"""The "printed" mark in the window: the Settings choice, the question before the first write,
the writes after an export with progress in the status bar, a revoked sign-in mid-way."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app.gui.collection.release_model import Column
from desktop_app.gui.dialogs.settings import SettingsDialog
from desktop_app.services import printed
from desktop_app.store.settings import Settings
from tests.gui.helpers import CREDS, discogs_source, idle

MARK = f"QR {date.today().isoformat()}"


def opened(qtbot, make_window, server):
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.rowCount() == 50 and idle(window), timeout=15_000)
    QAbstractItemModelTester(window.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return window


def export(window, ids, path, monkeypatch) -> None:
    window.model.clear_checks()
    window.model.set_checked(ids, True)
    window.open_preview()
    panel = window.preview.panel
    monkeypatch.setattr(panel, "_ask_save_path", lambda _default: str(path))
    assert panel.save() == path


def test_settings_offers_the_text_fields_and_keeps_the_choice(qtbot, make_window, server):
    qr = server.add_field("QR")
    window = opened(qtbot, make_window, server)
    library = window.loader.library
    dialog = SettingsDialog(window, settings=Settings(), cache=library.cache, library=library)
    qtbot.addWidget(dialog)
    box = dialog.printed_field
    names = [box.itemText(i) for i in range(box.count())]
    assert names[0] == "Off" and "QR" in names and "Notes" in names
    assert "Media Condition" not in names and "Sleeve Condition" not in names
    box.setCurrentIndex(box.findData(qr))
    dialog.accept()
    assert printed.printed_field(library) == (qr, "QR")
    assert window.printed.field_id() == qr


def test_an_export_marks_its_records_after_asking_once(
    qtbot, make_window, server, tmp_path, monkeypatch
):
    qr = server.add_field("QR")
    window = opened(qtbot, make_window, server)
    printed.set_printed_field(window.loader.library, qr, "QR")
    asked: list[tuple[str, int]] = []
    window.printed.ask_first = lambda name, count: asked.append((name, count)) or True
    first = [window.model.row(i).iid for i in range(3)]
    export(window, first, tmp_path / "a.csv", monkeypatch)
    qtbot.waitUntil(
        lambda: not window.printed.busy() and len(server.field_writes) == 3, timeout=10_000
    )
    assert asked == [("QR", 3)]
    assert {server.field_value(i, qr) for i in first} == {MARK}
    qtbot.waitUntil(lambda: "Marked 3 of 3" in window.status_label.text(), timeout=5_000)
    # a value the user wrote is skipped by default; no second question about the first write
    foreign = window.model.row(5).iid
    server_item = next(it for it in server.items if it["instance_id"] == foreign)
    server.remove_instance(foreign)
    server.add_instances([{**server_item, "notes": [{"field_id": qr, "value": "box 7"}]}])
    window.actions.full_refresh.trigger()
    qtbot.waitUntil(lambda: idle(window), timeout=15_000)
    overwrite: list[dict[int, str]] = []
    window.printed.ask_overwrite = lambda name, values: overwrite.append(values) or False
    second = [window.model.row(i).iid for i in range(4, 7)]
    assert foreign in second
    export(window, second, tmp_path / "b.csv", monkeypatch)
    qtbot.waitUntil(
        lambda: not window.printed.busy() and len(server.field_writes) == 5, timeout=10_000
    )
    assert len(asked) == 1 and overwrite == [{foreign: "box 7"}]
    assert server.field_value(foreign, qr) == "box 7"


def test_marks_from_discogs_count_as_exported_on_another_computer(qtbot, make_window, server):
    qr = server.add_field("QR")
    marked = server.items[0]["instance_id"]
    item = server.items[0]
    server.remove_instance(marked)
    server.add_instances([{**item, "notes": [{"field_id": qr, "value": "QR 2026-11-30"}]}])
    window = opened(qtbot, make_window, server)
    printed.set_printed_field(window.loader.library, qr, "QR")
    window.filter_bar.not_exported.setChecked(True)
    assert marked not in set(window.proxy.visible_instance_ids())
    assert window.proxy.rowCount() == 49
    window.filter_bar.not_exported.setChecked(False)
    row = next(r for r in range(window.model.rowCount()) if window.model.row(r).iid == marked)
    assert window.model.index(row, Column.EXPORTED).data() == "2026-11-30"


def test_a_revoked_sign_in_midway_stops_and_says_why(
    qtbot, make_window, server, tmp_path, monkeypatch
):
    qr = server.add_field("QR")
    window = opened(qtbot, make_window, server)
    library = window.loader.library
    printed.set_printed_field(library, qr, "QR")
    printed.give_consent(library)
    ids = [window.model.row(i).iid for i in range(6)]
    writes = printed.plan_writes(printed.cached_instances(library, ids), qr).writes
    reads = printed.estimate(library, library.source, writes).reads  # each value is read first
    server.collection_successes = 0
    server.revoke_after = reads + 2
    export(window, ids, tmp_path / "c.csv", monkeypatch)
    qtbot.waitUntil(lambda: not window.printed.busy() and window.banner.isVisible(), timeout=10_000)
    assert len(server.field_writes) == 2
    assert "Nothing was lost" in window.banner.text()
    assert "Stopped" in window.status_label.text()
    assert window.history.exported_ids() == set(ids)
    assert len(printed.pending(library)) == 4


def test_one_show_in_folder_while_the_question_is_up(
    qtbot, make_window, server, tmp_path, monkeypatch
):
    """Each Save As is a click (its handler runs in the event loop) and asks the first-write
    question in a box of its own: the banner under it shows this save's one button, none
    left from the save before."""
    qr = server.add_field("QR")
    window = opened(qtbot, make_window, server)
    printed.set_printed_field(window.loader.library, qr, "QR")
    window.model.set_checked([window.model.row(i).iid for i in range(3)], True)
    window.open_preview()
    panel = window.preview.panel
    shown: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        buttons = [
            b
            for b in window.findChildren(QPushButton)
            if b.text() == "Show in folder" and b.isVisibleTo(window)
        ]
        shown.append([b.parent().text() for b in buttons])
        box.reject()  # "Not now": asked again at the next save

    for n in range(2):
        path = tmp_path / f"{n}.csv"
        monkeypatch.setattr(panel, "_ask_save_path", lambda _default, p=path: str(p))
        QTimer.singleShot(0, answer)
        QTimer.singleShot(0, panel.save)
        qtbot.waitUntil(lambda n=n, p=path: len(shown) == n + 1 and p.exists(), timeout=5_000)
    assert shown == [["Saved 3 rows to “0.csv”."], ["Saved 3 rows to “1.csv”."]]
    assert panel.banner.action_labels() == ["Show in folder"]
    assert server.field_writes == []
