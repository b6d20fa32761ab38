"""Fixtures shared by the window tests."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop_app.gui import workers
from desktop_app.gui.main_window import MainWindow
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs


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


@pytest.fixture
def server() -> Iterator[FakeDiscogs]:
    """A fake Discogs with 50 records in two folders, for the reprint and printed-mark tests
    (modules may define their own ``server``)."""
    srv = FakeDiscogs(generated_collection({"Main": 40, "Small": 10}, username="collector"))
    srv.rate_limit = 100_000
    srv.start()
    yield srv
    srv.stop()
