"""Before the window opens: Qt's arguments reach Qt, and no display is said plainly (no abort)."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from desktop_app import __main__ as entry
from desktop_app.display import (
    NO_DISPLAY_MESSAGE,
    display_problem,
    split_gui_arguments,
)

ROOT = Path(__file__).resolve().parents[2]


def test_qt_options_mean_the_window() -> None:
    assert split_gui_arguments([]) == (False, [])
    assert split_gui_arguments(["-style", "fusion"]) == (False, ["-style", "fusion"])
    assert split_gui_arguments(["--demo", "-platform", "offscreen", "-reverse"]) == (
        True,
        ["-platform", "offscreen", "-reverse"],
    )
    assert split_gui_arguments(["-style=fusion"]) == (False, ["-style=fusion"])
    assert split_gui_arguments(["folders"]) is None
    assert split_gui_arguments(["--help"]) is None
    assert split_gui_arguments(["-style"]) is None  # the value is missing: argparse explains
    assert split_gui_arguments(["export", "-style", "x"]) is None


def test_no_display_on_linux_is_reported() -> None:
    assert display_problem((), {}, "linux") == NO_DISPLAY_MESSAGE
    assert "discogs-qr --help" in NO_DISPLAY_MESSAGE
    assert display_problem((), {"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem(["-platform", "offscreen"], {}, "linux") is None
    assert display_problem((), {}, "win32") is None
    assert display_problem((), {}, "darwin") is None


def test_a_missing_xcb_library_is_named() -> None:
    env = {"DISPLAY": ":0"}
    missing = display_problem((), env, "linux", find_library=lambda name: None)
    assert missing is not None and "libxcb-cursor" in missing and "libxcb-cursor0" in missing
    assert display_problem((), env, "linux", find_library=lambda name: "lib.so") is None
    wayland = {"WAYLAND_DISPLAY": "wayland-0"}
    assert display_problem((), wayland, "linux", find_library=lambda name: None) is None


def test_qt_arguments_reach_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[list[str], bool]] = []
    module = types.ModuleType("desktop_app.gui.app")
    module.main = lambda argv=None, *, demo=False: calls.append((argv, demo)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop_app.gui.app", module)
    assert entry.main(["-style", "fusion", "--demo"]) == 0
    assert calls == [(["-style", "fusion"], True)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display servers are Linux's")
def test_without_a_display_the_app_exits_with_a_message_not_an_abort() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "No display was found" in done.stderr
    assert "Aborted" not in done.stderr and "xcb" not in done.stderr
