"""Screenshots of the main window on the demo collection in a language, for the README.

    python build_specs/window_screenshots.py de [ja …]   → resources/screenshots/main-window-de.png

Runs offscreen (no display needed) in a temporary settings folder, at 1200×760.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "screenshots"


def settle(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(languages: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DISCOGS_QR_HOME", tempfile.mkdtemp(prefix="discogs-qr-shots-"))
    sys.path.insert(0, str(ROOT))
    from desktop_app.gui import i18n
    from desktop_app.gui.app import create_application
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services.source import DemoSource

    app = create_application(["window-screenshots"], language=languages[0])
    for language in languages:
        i18n.install(language, app)
        window = MainWindow(DemoSource(), demo=True)
        window.resize(1200, 760)
        window.show()
        settle(app, 1.0)
        window.model.set_checked([window.model.row(i).iid for i in (0, 2, 3, 5, 8)], True)
        settle(app, 0.3)
        target = OUT / f"main-window-{language}.png"
        window.grab().save(str(target))
        print(target)
        window.close()
        settle(app, 0.2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["de"]))
