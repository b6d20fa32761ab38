"""Reprint what changed: a title corrected on Discogs marks its exported record as changed, and
"Changed since exported" selects exactly those records."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.gui.collection.release_model import Column
from desktop_app.services.source import ALL_FOLDER_ID
from desktop_app.store.history import ExportHistory
from tests.fakes.server import FakeDiscogs
from tests.gui.helpers import CREDS, discogs_source, idle


def newest(server: FakeDiscogs, n: int) -> list[int]:
    items = sorted(server.items, key=lambda it: it["date_added"], reverse=True)
    return [it["instance_id"] for it in items[:n]]


def row_of(window, instance_id: int) -> int:
    model = window.model
    return next(r for r in range(model.rowCount()) if model.row(r).iid == instance_id)


def test_a_corrected_title_shows_as_changed_and_the_filter_selects_it(
    qtbot, make_window, server, tmp_path, monkeypatch
):
    window = make_window(discogs_source(server), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.rowCount() == 50 and idle(window), timeout=15_000)
    assert window.loader.folder_id == ALL_FOLDER_ID
    QAbstractItemModelTester(window.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(window.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    edited, kept = newest(server, 2)
    window.model.set_checked([edited, kept], True)
    window.open_preview()
    panel = window.preview.panel
    target = tmp_path / "out.csv"
    monkeypatch.setattr(panel, "_ask_save_path", lambda _default: str(target))
    assert panel.save() == target
    assert set(window.history.fingerprints()) == {edited, kept}
    assert window.model.changed_ids() == frozenset()

    server.edit_release(edited, title="A Corrected Title")
    window.actions.refresh.trigger()
    qtbot.waitUntil(lambda: idle(window) and bool(window.model.changed_ids()), timeout=15_000)
    assert window.model.changed_ids() == {edited}
    cell = window.model.index(row_of(window, edited), Column.EXPORTED)
    assert "changed" in cell.data()
    other = window.model.index(row_of(window, kept), Column.EXPORTED)
    assert "changed" not in other.data()

    window.filter_bar.changed_only.setChecked(True)
    assert set(window.proxy.visible_instance_ids()) == {edited}
    window.filter_bar.changed_only.setChecked(False)
    assert window.proxy.rowCount() == 50
    # the next start reads the same history and shows the same mark
    assert set(ExportHistory(window.history.account).fingerprints()) == {edited, kept}
