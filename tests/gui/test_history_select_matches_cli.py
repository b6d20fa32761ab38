"""The command line's ``--not-exported`` and ``--changed`` choose the records the window's
"Only not yet exported" and "Changed since exported" show."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core.qrfactory import COLUMN_INDEX, build_rows
from desktop_app.services.history import history_for
from desktop_app.services.source import ALL_FOLDER_ID, DemoSource

CONTENT = COLUMN_INDEX["Content"]


def cli_contents(capsys: pytest.CaptureFixture[str], *args: str) -> Counter[str]:
    """The Content cells of ``export --demo ARGS -o -`` (nothing is recorded)."""
    capsys.readouterr()
    assert cli.main(["export", "--demo", *args, "-o", "-"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out, newline="")))[1:]
    return Counter(row[CONTENT] for row in rows)


def shown_contents(window) -> Counter[str]:
    rows = build_rows(window.proxy.visible_instances())
    return Counter(row[CONTENT] for row in rows)


def test_the_cli_history_options_choose_what_the_window_shows(
    qtbot, make_window, capsys, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    # Jazz exported with another caption (its stickers would now read differently), Box Sets
    # with today's template (unchanged)
    assert cli.main(["export", "--demo", "--folder", "Jazz", "--bottom-text", "{title}"]) == 0
    assert cli.main(["export", "--demo", "--folder", "Box Sets"]) == 0
    exported = {i for e in history_for(None, demo=True).entries() for i in e.instance_ids}
    jazz = set(history_for(None, demo=True).entries()[0].instance_ids)

    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(
        lambda: window.model.rowCount() > 6 and not window.loader.is_loading(), timeout=10_000
    )
    if window.current_folder().id != ALL_FOLDER_ID:
        with qtbot.waitSignal(window.loadFinished, timeout=10_000):
            window.sidebar.select_folder(ALL_FOLDER_ID)
    total = window.model.rowCount()

    window.filter_bar.not_exported.setChecked(True)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == total - len(exported), timeout=5_000)
    not_exported = cli_contents(capsys, "--not-exported")
    assert sum(not_exported.values()) == total - len(exported) > 0
    assert not_exported == shown_contents(window)

    window.filter_bar.not_exported.setChecked(False)
    window.filter_bar.changed_only.setChecked(True)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == len(jazz), timeout=10_000)
    assert set(window.proxy.visible_instance_ids()) == jazz
    changed = cli_contents(capsys, "--changed")
    assert changed == shown_contents(window)
    # both ticked: "changed" wins, in the window and on the command line
    window.filter_bar.not_exported.setChecked(True)
    assert set(window.proxy.visible_instance_ids()) == jazz
    assert cli_contents(capsys, "--changed", "--not-exported") == changed
    assert len(history_for(None, demo=True).entries()) == 2  # "-o -" records nothing
