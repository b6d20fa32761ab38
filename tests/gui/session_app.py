"""The window on the demo, doing a collector's work, for tests that end the process abruptly.

``python -m tests.gui.session_app work``: ticks the first three records, previews them, edits a
cell, then prints "ready" and runs until it is ended (as the app runs: SIGTERM and SIGHUP end it
as Quit does). ``restore``: answers "Restore" to the kept draft, prints "ready" once it is shown.
Uses the profile of ``DISCOGS_QR_HOME``, like the app.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from desktop_app.gui.app import create_application, run_window
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.source import DemoSource

EDITED = "Edited before\nthe end"
TICKS = 3


def main(mode: str) -> int:
    app = create_application([sys.argv[0]])
    if mode == "restore":
        MainWindow._ask_restore_draft = lambda self, rows, when: "restore"  # type: ignore[method-assign]
    window = MainWindow(DemoSource(), demo=True)
    window.show()

    def ready() -> bool:
        return window.model.rowCount() > TICKS and not window.loader.is_loading()

    def work() -> None:
        if not ready():
            QTimer.singleShot(20, work)
            return
        if mode == "restore":
            if window.preview.panel is None:
                QTimer.singleShot(20, work)
                return
        else:
            window.model.set_checked([window.model.row(i).iid for i in range(TICKS)], True)
            window.open_preview()
            assert window.preview.panel is not None
            window.preview.panel.model.edit_cell(0, "BottomText", EDITED)
        print("ready", flush=True)

    QTimer.singleShot(0, work)
    return run_window(app, window)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "work"))
