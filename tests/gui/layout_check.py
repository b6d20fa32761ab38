"""Open the real window on the demo at a size, save a screenshot, and list what is clipped.

Run as ``python -m tests.gui.layout_check WIDTH HEIGHT OUT.png [LANG]`` (a fresh process, so that
``QT_SCALE_FACTOR`` applies); prints one JSON object: the problems found (a label, check box or
button narrower than its size hint, two of them overlapping, the search hint cut, a column
that should be visible outside the table) and what was measured.
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
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
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
            if isinstance(widget.parent(), QComboBox):
                continue  # an editable combo's own line edit
            shown.append((f"{type(widget).__name__} {widget.accessibleName()!r}", widget))
    for i, (name_a, a) in enumerate(shown):
        for name_b, b in shown[i + 1 :]:
            if a.parent() is b.parent() and global_rect(a).intersects(global_rect(b)):
                found.append(f"{name_a} overlaps {name_b}")
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


def main(argv: list[str]) -> int:
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
