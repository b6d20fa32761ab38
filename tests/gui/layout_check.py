"""Open the real window on the demo at a size, save a screenshot, and list what is clipped.

Run as ``python -m tests.gui.layout_check WIDTH HEIGHT OUT.png [LANG]`` (a fresh process, so that
``QT_SCALE_FACTOR`` applies); prints one JSON object: the problems found (a label, check box or
button narrower than its size hint, two of them overlapping, the search hint cut, a column
that should be visible outside the table) and what was measured.

``python -m tests.gui.layout_check --dialogs SCREEN_WIDTH SCREEN_HEIGHT OUT_DIR [LANG]`` opens the
Stickers dialog, the sign-in dialog, Settings and the template editor on a screen of that many
device pixels (the offscreen platform's screen; ``QT_SCALE_FACTOR`` divides it) and reports,
per dialog, what is clipped or cut off: the checks above, number boxes too narrow for their
digits, a control outside the dialog (not scrolled to), and a dialog that opens outside the
screen's available geometry. ``--restore SCREEN_WIDTH SCREEN_HEIGHT OUT.png`` saves the main
window at 1800×1140 and opens it again on such a screen.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)


def settle(app: QApplication, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def clipped(widget: QWidget) -> bool:
    """Narrower than it needs to show its text whole (elided or cut)."""
    return widget.sizeHint().width() > widget.width() + 1


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def problems_of(window: QWidget) -> tuple[list[str], dict[str, object]]:
    from desktop_app.gui.collection.release_model import Column

    found = widget_problems(window)
    search = window.filter_bar.search  # type: ignore[attr-defined]
    hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
    if hint + 48 > search.width():
        found.append(f"search hint cut: needs {hint + 48}, has {search.width()}")
    table = window.table  # type: ignore[attr-defined]
    header = table.horizontalHeader()
    for column in (Column.ADDED, Column.EXPORTED):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if header.isSectionHidden(column) or right > table.viewport().width():
            found.append(f"column {column.name} not in view ({right} > {table.viewport().width()})")
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        needs = header.fontMetrics().horizontalAdvance(title) + 8
        if needs > header.sectionSize(column):
            found.append(
                f"column title {title!r} cut: needs {needs}, has {header.sectionSize(column)}"
            )
    measured = {"counts": window.browser.counts_label.text()}  # type: ignore[attr-defined]
    return found, measured


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area of ``window`` (it may lie outside the view: it is scrolled to)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def widget_problems(window: QWidget) -> list[str]:
    """Labels, buttons, fields and number boxes narrower or lower than they need, overlapping,
    or cut off by the window's edge."""
    found: list[str] = []
    shown: list[tuple[str, QWidget]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text() if hasattr(widget, "text") else ""
        if not text or widget.parent() is None or type(widget).__name__ == "QMenu":
            continue
        if widget.width() <= 0 or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue  # wraps instead of being cut
        name = f"{type(widget).__name__} {text!r}"
        shown.append((name, widget))
        if clipped(widget):
            found.append(f"{name} clipped: needs {widget.sizeHint().width()}, has {widget.width()}")
    for widget in window.findChildren(QLineEdit) + window.findChildren(QComboBox):
        if widget.isVisibleTo(window) and widget.width() > 0 and widget.window() is window:
            if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
                continue  # an editable combo's or a number box's own line edit
            shown.append((f"{type(widget).__name__} {widget.accessibleName()!r}", widget))
    for box in window.findChildren(QAbstractSpinBox):
        if box.isVisibleTo(window) and box.width() > 0 and box.window() is window:
            name = f"{type(box).__name__} {box.accessibleName() or box.text()!r}"
            shown.append((name, box))
            if clipped(box):
                found.append(
                    f"{name} clips its digits: needs {box.sizeHint().width()}, has {box.width()}"
                )
    for view in window.findChildren(QAbstractScrollArea):
        if isinstance(view, QScrollArea | QHeaderView) or not view.isVisibleTo(window):
            continue
        if view.width() <= 0:
            continue
        if view.window() is window and isinstance(view, QPlainTextEdit | QAbstractItemView):
            shown.append((f"{type(view).__name__} {view.accessibleName()!r}", view))
    for name, widget in shown:
        need = widget.minimumSizeHint().height()
        if widget.height() + 1 < need:
            found.append(f"{name} squeezed: needs {need} px high, has {widget.height()}")
    for i, (name_a, a) in enumerate(shown):
        for name_b, b in shown[i + 1 :]:
            if a.parent() is b.parent() and global_rect(a).intersects(global_rect(b)):
                found.append(f"{name_a} overlaps {name_b}")
    inside = window.rect()
    for name, widget in shown:
        if not _scrolled(widget, window) and not inside.contains(global_rect(widget)):
            found.append(
                f"{name} cut off: at {global_rect(widget).getRect()}, "
                f"window {inside.size().toTuple()}"
            )
    return found


def on_screen(window: QWidget) -> list[str]:
    """The window's frame inside the available geometry of its screen."""
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if room.contains(frame):
        return []
    return [f"opens outside the screen: frame {frame.getRect()}, available {room.getRect()}"]


def use_screen(width: int, height: int) -> None:
    """The offscreen platform with one screen of ``width`` × ``height`` device pixels."""
    import tempfile

    config = {"screens": [{"name": "check", "x": 0, "y": 0, "width": width, "height": height}]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(config, handle)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={handle.name}"


def make_dialogs() -> dict[str, QWidget]:
    """One of each dialog checked, as the app opens them (the Stickers dialog with a partly
    used sheet in the printer)."""
    from desktop_app.gui.dialogs.settings import SettingsDialog
    from desktop_app.gui.dialogs.sign_in import SignInDialog
    from desktop_app.gui.dialogs.template_editor import TemplateEditorDialog
    from desktop_app.gui.stickers import StickersDialog
    from desktop_app.services.settings import Settings
    from desktop_app.store import sheets
    from tests.stickers.helpers import make_rows

    kept = sheets.KeptSheet("a1", "L7120-25", 35, frozenset(range(1, 23)), _when())
    sheets.save([kept])
    rows = make_rows(12)
    return {
        "stickers": StickersDialog(None, rows, list(range(len(rows)))),
        "sign-in": SignInDialog(None, mode="oauth"),
        "settings": SettingsDialog(None, settings=Settings()),
        "template": TemplateEditorDialog(None, settings=Settings()),
    }


def _when():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def check_dialogs(width: int, height: int, out: str, language: str = "en") -> int:
    from pathlib import Path

    use_screen(width, height)
    from desktop_app.gui.app import create_application

    app = create_application(["layout-check"], language=language)
    report: dict[str, object] = {}
    sizes: dict[str, object] = {}
    for name, dialog in make_dialogs().items():
        dialog.show()
        settle(app, 0.3)
        report[name] = widget_problems(dialog) + on_screen(dialog)
        sizes[name] = list(dialog.frameGeometry().getRect())
        dialog.grab().save(str(Path(out) / f"{name}.png"))
        dialog.close()
        dialog.deleteLater()
        settle(app, 0.05)
    screen = app.primaryScreen().availableGeometry()
    print(json.dumps({"problems": report, "sizes": sizes, "screen": list(screen.getRect())}))
    return 0


def check_restore(width: int, height: int, out: str) -> int:
    use_screen(width, height)
    from desktop_app.gui.app import create_application
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services.source import DemoSource

    app = create_application(["layout-check"])
    first = MainWindow(DemoSource(), demo=True)
    first.resize(1800, 1140)
    first.show()
    settle(app, 0.3)
    first.save_state()
    first.close()
    again = MainWindow(DemoSource(), demo=True)
    again.show()
    settle(app, 0.5)
    problems = on_screen(again)
    again.grab().save(out)
    print(json.dumps({"problems": problems, "frame": list(again.frameGeometry().getRect())}))
    again.close()
    return 0


def main(argv: list[str]) -> int:
    if argv[0] == "--dialogs":
        return check_dialogs(int(argv[1]), int(argv[2]), argv[3], *argv[4:5])
    if argv[0] == "--restore":
        return check_restore(int(argv[1]), int(argv[2]), argv[3])
    width, height, out = int(argv[0]), int(argv[1]), argv[2]
    language = argv[3] if len(argv) > 3 else "en"
    from desktop_app.gui.app import create_application
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services.source import DemoSource

    app = create_application(["layout-check"], language=language)
    window = MainWindow(DemoSource(), demo=True)
    window.invite_sign_in()
    window.resize(width, height)
    window.show()
    settle(app)
    window.model.set_checked([window.model.row(i).iid for i in range(12)], True)
    window.filter_bar.search.setText("a")
    window.filter_bar.flush()
    settle(app, 0.3)
    problems, measured = problems_of(window)
    window.grab().save(out)
    print(json.dumps({"problems": problems, **measured}))
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
