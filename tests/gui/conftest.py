"""Fixtures shared by the window tests."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop_app.gui import workers
from desktop_app.gui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot: Any) -> Iterator[Callable[..., MainWindow]]:
    """Make shown 1024×640 main windows; on teardown close them all and check that every
    worker thread has ended."""
    windows: list[MainWindow] = []

    def make(*args: Any, **kwargs: Any) -> MainWindow:
        window = MainWindow(*args, **kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1024, 640)
        window.show()
        return window

    yield make
    for window in windows:
        window.close()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and workers.running_threads():
        time.sleep(0.05)
    assert workers.running_threads() == 0
