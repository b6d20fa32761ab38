"""Nothing is clipped at the default size, at 1024×700 and at 1.5× scale; Down from the search
enters the table; a search without result says so; the tick column stays in view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.collection.release_model import Column
from desktop_app.services.source import DemoSource
from tests.gui.helpers import idle

ROOT = Path(__file__).resolve().parents[2]


def _layout_check(tmp_path: Path, scale: str, *args: object) -> dict:
    """Run tests.gui.layout_check in a fresh process (so that QT_SCALE_FACTOR applies)."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, DISCOGS_QR_HOME=str(tmp_path / "home")
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.layout_check", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


#: The languages of the window other than English (German and Russian are the longest).
OTHER_LANGUAGES = ["de", "es", "fr", "it", "ja", "ko", "pt_BR", "ru"]
WINDOW_SIZES = [
    *((1200, 760, "1", "en"), (1024, 700, "1", "en"), (1200, 760, "1.5", "en")),
    *((1200, 760, "1.5", lang) for lang in OTHER_LANGUAGES),
    *((1024, 700, "1", lang) for lang in OTHER_LANGUAGES),
]


@pytest.mark.parametrize(("width", "height", "scale", "language"), WINDOW_SIZES)
def test_nothing_is_clipped(tmp_path, width, height, scale, language) -> None:
    shot = tmp_path / f"window-{width}x{height}@{scale}.png"
    report = _layout_check(tmp_path, scale, width, height, shot, language)
    assert report["problems"] == []
    assert "12" in report["counts"]
    if language == "en":
        assert "12 selected" in report["counts"]
    assert shot.stat().st_size > 10_000


# Screens in device pixels: 1024×700 at 1× and at 1.5× (683×467 left), and 1200×760 at 1.5×.
@pytest.mark.parametrize(
    ("width", "height", "scale", "language"),
    [
        *((1024, 700, "1", "en"), (1800, 1140, "1.5", "en"), (1024, 700, "1.5", "en")),
        *((1024, 700, "1.5", lang) for lang in OTHER_LANGUAGES),
    ],
)
def test_the_dialogs_open_inside_the_screen_with_nothing_cut(
    tmp_path, width, height, scale, language
):
    report = _layout_check(tmp_path, scale, "--dialogs", width, height, tmp_path, language)
    assert set(report["problems"]) == {"stickers", "sign-in", "settings", "template"}
    assert report["problems"] == {name: [] for name in report["problems"]}
    for name in report["problems"]:
        assert (tmp_path / f"{name}.png").stat().st_size > 5_000


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_the_window_kept_on_a_bigger_screen_opens_inside_a_smaller_one(tmp_path, scale):
    report = _layout_check(tmp_path, scale, "--restore", 1600, 1000, tmp_path / "w.png")
    assert report["problems"] == []


def test_the_layout_check_sees_a_clipped_label(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from tests.gui.layout_check import clipped

    label = QLabel("a label much longer than the room it gets")
    qtbot.addWidget(label)
    label.resize(40, 20)
    assert clipped(label)
    label.resize(label.sizeHint())
    assert not clipped(label)


def demo(qtbot, make_window):
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and idle(window), timeout=10_000)
    return window


def test_down_from_the_search_enters_the_table(qtbot, make_window) -> None:
    window = demo(qtbot, make_window)
    window.filter_bar.search.setFocus()
    qtbot.keyClicks(window.filter_bar.search, "a")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    assert window.table.currentIndex().row() == 0
    assert window.model.rowCount() < window.model.total_count()  # the search was applied


def test_a_search_without_result_says_so(qtbot, make_window) -> None:
    window = demo(qtbot, make_window)
    assert window.table.empty_text() == ""
    window.filter_bar.search.setText("no such record anywhere")
    window.filter_bar.flush()
    window.counts_text()
    assert window.model.rowCount() == 0
    assert "No release matches" in window.table.empty_text()
    window.filter_bar.search.clear()
    window.filter_bar.flush()
    window.counts_text()
    assert window.table.empty_text() == ""


def test_an_empty_folder_says_so(qtbot, make_window) -> None:
    window = demo(qtbot, make_window)
    empty = next(f for f in window.sidebar.folders() if f.count == 0)
    with qtbot.waitSignal(window.loadFinished, timeout=5000):
        window.sidebar.select_folder(empty.id)
    window.counts_text()
    assert window.table.empty_text() == "This folder is empty."


def test_the_tick_column_stays_in_view_when_the_table_scrolls_sideways(qtbot, make_window):
    window = demo(qtbot, make_window)
    table = window.table
    table.check_header.resizeSection(Column.TITLE, 1500)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() > 300, timeout=5000)
    assert not table.frozen.isVisible()
    table.horizontalScrollBar().setValue(300)
    assert table.frozen.isVisible()
    assert table.frozen.geometry().left() <= table.frameWidth()
    # A click on the kept column ticks the row under it.
    row = 2
    rect = table.frozen.visualRect(table.frozen.model().index(row, Column.CHECK))
    iid = window.proxy.row_at(row).iid
    qtbot.mouseClick(table.frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.model.is_checked(iid)
    table.horizontalScrollBar().setValue(0)
    assert not table.frozen.isVisible()
