"""A command-line export while the window is open on the same profile: the window keeps its
ticks, preview and draft, and sees the command line's export; its own export adds to it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from desktop_app.gui.main_window import MainWindow
from desktop_app.services.drafts import DraftStore
from desktop_app.services.history import history_for
from desktop_app.services.source import DemoSource

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def answers(monkeypatch) -> list[int]:
    """Every "restore the unsaved preview?" question (its row count); the reply is restore."""
    asked: list[int] = []

    def ask(self: MainWindow, rows: int, _edited_at: Any) -> str | None:
        asked.append(rows)
        return "restore"

    monkeypatch.setattr(MainWindow, "_ask_restore_draft", ask)
    return asked


def cli_export(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)  # the test's own profile (DISCOGS_QR_HOME from conftest)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "export", "--demo", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_cli_export_beside_the_window_is_kept_and_keeps_the_window_work(
    qtbot, make_window, answers, tmp_path: Path
) -> None:
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(
        lambda: window.model.rowCount() > 6 and not window.loader.is_loading(), timeout=10_000
    )
    ticked = [window.model.row(i).iid for i in range(4)]
    window.model.set_checked(ticked, True)
    window.open_preview()
    qtbot.waitUntil(lambda: window.preview.panel is not None, timeout=5_000)
    panel = window.preview.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=5_000)
    panel.model.edit_cell(0, "BottomText", "Kept\ncaption")
    assert window.history is not None and window.history.exported_ids() == set()

    done = cli_export(tmp_path, "--folder", "Jazz", "-o", "cli.csv")
    assert done.returncode == 0, done.stderr
    (cli_entry,) = history_for(None, demo=True).entries()
    assert Path(cli_entry.path).name == "cli.csv"

    # back in the window, the history is read again: the CLI's export is marked
    window.activateWindow()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert window.isActiveWindow()
    shown = next(i for i in cli_entry.instance_ids if window.model.row_of(i) >= 0)
    assert window.model.export_time(shown) is not None
    assert window.history.is_exported(shown)
    # its own work is as it was
    assert window.model.checked_count() == 4
    assert panel.model.instance_ids() == ticked
    assert "Kept\ncaption" in panel.model.rows()[0]

    # the window's own export is added to the CLI's, not written over it
    panel._ask_save_path = lambda _default: str(tmp_path / "window.csv")  # type: ignore[method-assign]
    assert panel.save() == tmp_path / "window.csv"
    names = sorted(Path(e.path).name for e in history_for(None, demo=True).entries())
    assert names == ["cli.csv", "window.csv"]

    # an unsaved edit after that is kept as a draft; the ticks come back on the next start
    panel.model.edit_cell(1, "BottomText", "Draft\nedit")
    qtbot.waitUntil(lambda: not window.loader.is_loading(), timeout=10_000)
    window.close()
    store = DraftStore.for_demo()
    assert store is not None and store.load() is not None
    again = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: again.preview.panel is not None, timeout=10_000)
    assert answers == [4]
    assert any("Draft\nedit" in row for row in again.preview.panel.model.rows())
    qtbot.waitUntil(lambda: not again.loader.is_loading(), timeout=10_000)
    assert again.model.checked_count() == 4
    assert again.history is not None and len(again.history.entries()) == 2
