"""Before the window opens: which arguments are Qt's, and is there a display to open it on?

Qt aborts the whole process (exit 134) when it finds no display or cannot load its platform
plugin; this module looks first, without importing Qt, so the app can say what is wrong instead.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping, Sequence

#: Qt's own command-line options that take a value (``-style fusion`` or ``-style=fusion``).
QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "-style",
        "-stylesheet",
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-qmljsdebugger",
        "-session",
        "-display",
        "-geometry",
        "-qwindowgeometry",
        "-qwindowicon",
        "-qwindowtitle",
        "-title",
        "-name",
    }
)
#: Qt's own options without a value.
QT_FLAGS = frozenset({"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"})
#: Platforms that need no display server.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"})

NO_DISPLAY_MESSAGE = (
    "No display was found (DISPLAY and WAYLAND_DISPLAY are not set), so the app window cannot "
    "open here, for example over SSH. The command line works without one: run "
    "`discogs-qr --help` to see the commands, e.g. `discogs-qr folders --demo` or "
    "`discogs-qr export --folder NAME`."
)
MISSING_LIBRARY_MESSAGE = (
    "The app window cannot open: Qt's X11 platform plugin needs the system library {library}, "
    "which is not installed (on Debian/Ubuntu: sudo apt install {package}). The command line "
    "works without it: run `discogs-qr --help` to see the commands."
)
#: Libraries Qt 6's xcb plugin loads besides the X libraries every desktop has.
XCB_LIBRARIES = (("xcb-cursor", "libxcb-cursor0"),)


def split_gui_arguments(args: Sequence[str]) -> tuple[bool, list[str]] | None:
    """``(demo, qt_arguments)`` when ``args`` only hold ``--demo`` and Qt's options (the window
    is meant); None when they hold anything else (a command for the CLI, --help …)."""
    demo = False
    qt: list[str] = []
    items = list(args)
    i = 0
    while i < len(items):
        arg = items[i]
        name = arg.split("=", 1)[0]
        if arg == "--demo":
            demo = True
        elif name == "--lang" or name in QT_OPTIONS_WITH_VALUE:  # --lang: for gui.app.main
            qt.append(arg)
            if "=" not in arg:
                if i + 1 >= len(items):
                    return None
                qt.append(items[i + 1])
                i += 1
        elif arg in QT_FLAGS:
            qt.append(arg)
        else:
            return None
        i += 1
    return demo, qt


def _platform_from(qt_args: Sequence[str], env: Mapping[str, str]) -> str:
    for i, arg in enumerate(qt_args):
        if arg == "-platform" and i + 1 < len(qt_args):
            return qt_args[i + 1]
        if arg.startswith("-platform="):
            return arg.split("=", 1)[1]
    return env.get("QT_QPA_PLATFORM", "")


def display_problem(
    qt_args: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
) -> str | None:
    """Why the window cannot open here (a sentence for the user), or None when it can."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None  # Windows and macOS always have their own platform plugin
    wanted = _platform_from(qt_args, env).split(":", 1)[0].strip().lower()
    if wanted in HEADLESS_PLATFORMS:
        return None
    has_x11 = bool(env.get("DISPLAY", "").strip())
    has_wayland = bool(env.get("WAYLAND_DISPLAY", "").strip())
    if not has_x11 and not has_wayland:
        return NO_DISPLAY_MESSAGE
    uses_xcb = wanted == "xcb" or (not wanted and not has_wayland)
    if uses_xcb:
        for library, package in XCB_LIBRARIES:
            if not find_library(library):
                return MISSING_LIBRARY_MESSAGE.format(library=f"lib{library}", package=package)
    return None
