"""Pacing a folder load to the window: each page's worker waits until its own rows are painted,
the counts are painted with the rows, and a busy worker gives the GIL back quickly."""

from __future__ import annotations

import sys
import threading

from desktop_app.core.release import Instance
from desktop_app.gui.collection.release_model import ReleaseModel, make_rows
from desktop_app.gui.collection.release_proxy import ReleaseProxy
from desktop_app.gui.collection.release_table import ReleaseTable
from desktop_app.gui.workers import JobRunner, PageRows
from desktop_app.services.source import DemoSource
from tests.fakes.dataset import generated_collection


def test_an_earlier_hand_off_timer_does_not_release_a_later_page(qtbot):
    table = ReleaseTable()  # never shown: it never paints, so only the time limits release
    qtbot.addWidget(table)
    first, second = threading.Event(), threading.Event()
    table.hold_until_painted(first)
    qtbot.wait(150)
    table.hold_until_painted(second)
    qtbot.waitUntil(first.is_set, timeout=2000)
    assert not second.is_set()  # its own 200 ms are not over yet
    qtbot.waitUntil(second.is_set, timeout=2000)


def test_a_page_brings_the_counts_up_to_date_before_it_is_painted(qtbot, make_window):
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: window.loader.is_complete() and window.model.rowCount() > 0)
    items = generated_collection({"Main": 30}, seed=9).items
    rows = make_rows([Instance.from_item(item) for item in items])
    before = window.browser.counts_label.text()
    window.model.add_rows(rows)
    page = PageRows(folder_id=0, page=2, pages=3, total=300, rows=rows)
    window.loader.pageAdded.emit(page)  # no event processed in between
    assert window.browser.counts_label.text() != before
    qtbot.waitUntil(page.handled.is_set, timeout=2000)


def test_the_job_runner_shortens_the_gil_switch_interval(qtbot):
    saved = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        runner = JobRunner()
        assert sys.getswitchinterval() <= JobRunner.SWITCH_INTERVAL
        runner.deleteLater()
    finally:
        sys.setswitchinterval(saved)


def test_a_hand_off_can_wait_for_the_second_paint(qtbot):
    table = ReleaseTable()
    qtbot.addWidget(table)
    proxy = ReleaseProxy(table)
    proxy.setSourceModel(ReleaseModel(table))
    table.setModel(proxy)
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    once, twice = threading.Event(), threading.Event()
    table.hold_until_painted(once)
    table.hold_until_painted(twice, paints=2)
    qtbot.waitUntil(once.is_set, timeout=2000)  # the first paint
    assert not twice.is_set()
    table.viewport().update()
    qtbot.waitUntil(twice.is_set, timeout=2000)


def test_the_window_imports_what_the_first_request_needs(tmp_path):
    """A worker thread that imports discogs_client holds the GIL for ~100 ms while the window
    tries to paint: the window imports it while it is being made."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.gui.main_window import MainWindow\n"
        "before = 'discogs_client' in sys.modules\n"
        "window = MainWindow()\n"
        "print(before, 'discogs_client' in sys.modules, 'requests_oauthlib' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DISCOGS_QR_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True"]
