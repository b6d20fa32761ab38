"""The release table: a check column with a tri-state header box, range clicks, Space to toggle,
column widths that fit the window, a columns menu, and its own saved header state."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPoint,
    QRect,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QTableView,
    QWidget,
)

from ...services.links import release_url
from ..covers import CoverLoader
from ..texts import date_text
from ..workers import PageRows
from .check_header import CheckHeader
from .field_header import FieldHeader, fixed_columns_state
from .frozen_checks import FrozenChecks
from .release_keys import column_title
from .release_model import Column
from .release_proxy import ReleaseProxy

DEFAULT_WIDTHS = {
    Column.ARTIST: 200,
    Column.TITLE: 240,
    Column.YEAR: 56,
    Column.LABEL: 150,
    Column.CATNO: 110,
    Column.FORMAT: 170,
    Column.FOLDER: 120,
    Column.ADDED: 96,
    Column.RATING: 70,
    Column.EXPORTED: 96,
}
HIDDEN_BY_DEFAULT = (Column.FOLDER, Column.RATING)
HEADER_KEY = "table/header"
#: Row heights with covers (the cover is the row less a small margin) and without.
COVER_ROW = 44
LARGE_COVER_ROW = 72
COVER_MARGIN = 4


class ReleaseTable(QTableView):
    """The table: click the check column to toggle (shift-click for a range), Space toggles."""

    activatedRelease = Signal(int)  # proxy row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_header = CheckHeader(self)
        self.setHorizontalHeader(self.check_header)
        self.setAccessibleName(self.tr("Releases"))
        self.setAccessibleDescription(
            self.tr(
                "The first column ticks a release for the preview, the CSV and the stickers; "
                "Space ticks the current row."
            )
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        self.setSortingEnabled(True)
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.check_header
        header.setStretchLastSection(True)  # no empty strip right of the last column
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setMinimumSectionSize(28)
        self._anchor: tuple[int, bool] | None = None  # (proxy row, checked) of the last click
        self._held: list[threading.Event] = []  # loader hand-offs waiting for the next paint
        self._held_longer: list[threading.Event] = []  # … for the paint after the next
        self.doubleClicked.connect(lambda index: self.activatedRelease.emit(index.row()))
        self.activatedRelease.connect(self.open_release)
        self.frozen = FrozenChecks(self, self.check_header, self.toggle_check_at)
        self.field_header = FieldHeader(self, self.frozen)
        self._empty_text = ""
        self._columns_fitted = False
        self._covers: CoverLoader | None = None
        self._large_covers = False
        header.customContextMenuRequested.connect(self.show_header_menu)
        header.setSectionHidden(Column.COVER, True)

    def hold_until_painted(self, event: threading.Event, paints: int = 1) -> None:
        """Set ``event`` once the viewport has painted ``paints`` times (at the latest after
        200 ms)."""
        (self._held if paints <= 1 else self._held_longer).append(event)
        self.viewport().update()
        # Each hand-off has its own time limit: a timer left by an earlier page must not let
        # this page's worker go before its rows are painted.
        QTimer.singleShot(200, self, lambda: event.set())

    def hold_page(self, page: PageRows) -> None:
        """A loader's page is in the model: let its worker wait (GIL released) until the rows
        are painted — painting calls data() thousands of times, each needing the GIL that a
        parsing worker would hold. The pending item layout runs first, so the rows cost one
        paint, not two. A table that cannot paint now (hidden, minimised) lets it go at once."""
        window = self.window()
        handle = window.windowHandle()
        viewport = self.viewport()
        if (
            viewport.isVisible()
            and not window.isMinimized()
            and (handle is None or handle.isExposed())
            and not viewport.visibleRegion().isEmpty()
        ):
            width = viewport.width()
            self.executeDelayedItemsLayout()
            # A scroll bar that appears with these rows narrows the viewport (its queued
            # show runs now) and the stretched last column is repainted once more: the worker
            # then waits for that second paint too.
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            self.hold_until_painted(page.handled, paints=2 if viewport.width() != width else 1)
        else:
            page.handled.set()

    def open_release(self, proxy_row: int) -> None:
        """The release page on Discogs, in the browser."""
        proxy = self.proxy()
        if 0 <= proxy_row < proxy.rowCount():
            url = release_url(proxy.instance_at(proxy_row).release_id)
            QDesktopServices.openUrl(QUrl(url))

    def open_current_release(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.open_release(index.row())

    def release_held(self) -> None:
        held, self._held = self._held, []
        for event in held:
            event.set()

    def set_empty_text(self, text: str) -> None:
        """What the table says while it shows no row (no match, an empty folder)."""
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text if self.model() is not None and not self.model().rowCount() else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.empty_text()
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(16, 24, -16, -16)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), text)
            painter.end()
        if self._held:
            self.release_held()
        if self._held_longer:
            self._held, self._held_longer = self._held_longer, []

    def enter_from_above(self) -> None:
        """Down from the search field: into the table, on its first row (or where it was)."""
        if self.model() is None or not self.model().rowCount():
            return
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.currentIndex().isValid():
            self.setCurrentIndex(self.model().index(0, Column.ARTIST))

    # ---- covers -------------------------------------------------------------------------
    def set_covers(self, loader: CoverLoader | None, *, large: bool = False) -> None:
        """Show the cover column with ``loader``'s pictures at the row height (a little larger
        with ``large``), or no cover column and compact rows (None)."""
        if self._covers is not None and self._covers is not loader:
            self._covers.arrived.disconnect(self._covers_arrived)
        if loader is not None and loader is not self._covers:
            loader.arrived.connect(self._covers_arrived)
        self._covers, self._large_covers = loader, large
        compact = self.fontMetrics().height() + 10
        height = (
            compact if loader is None else max(compact, LARGE_COVER_ROW if large else COVER_ROW)
        )
        for view in (self, self.frozen):
            view.verticalHeader().setDefaultSectionSize(height)
        header = self.check_header
        header.setSectionHidden(Column.COVER, loader is None)
        if loader is not None:
            header.setSectionResizeMode(Column.COVER, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(Column.COVER, height)
            if header.visualIndex(Column.COVER) != 1:
                header.moveSection(header.visualIndex(Column.COVER), 1)
        self._apply_covers()

    def covers_shown(self) -> bool:
        return self._covers is not None

    def _apply_covers(self) -> None:
        model = self.model()
        source = model.release_model() if isinstance(model, ReleaseProxy) else None
        if source is None:
            return
        loader = self._covers
        source.covers = loader
        if loader is not None:
            ratio = self.devicePixelRatioF()
            loader.set_ratio(ratio)
            edge = self.verticalHeader().defaultSectionSize() - COVER_MARGIN
            source.cover_edge = max(1, round(edge * ratio))
        self.viewport().update()

    def _covers_arrived(self) -> None:
        """Repaint the cover column's cells on screen (the model asks the loader again)."""
        if self.model() is None or self.check_header.isSectionHidden(Column.COVER):
            return
        left = self.columnViewportPosition(Column.COVER)
        width = self.columnWidth(Column.COVER)
        self.viewport().update(QRect(left, 0, width, self.viewport().height()))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            self._apply_covers()
            self.frozen.attach()
            source = self.field_header.model()
            if source is not None:
                source.fieldsChanged.connect(self.field_header.fields_changed)
                self.field_header.fields_changed()

    def set_check_state(self, state: Qt.CheckState) -> None:
        """The header's tri-state box (also on the check column kept in view)."""
        self.check_header.set_check_state(state)
        self.frozen.check_header.set_check_state(state)

    def proxy(self) -> ReleaseProxy:
        model = self.model()
        assert isinstance(model, ReleaseProxy)
        return model

    def _ids_for_rows(self, first: int, last: int) -> list[int]:
        proxy = self.proxy()
        return [proxy.row_at(r).iid for r in range(first, last + 1)]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and index.column() == Column.CHECK
        ):
            self.toggle_check_at(index, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        super().mousePressEvent(event)

    def toggle_check_at(self, index: QModelIndex, shift: bool = False) -> None:
        """A click on a check box: toggle it, or with ``shift`` set the range from the last
        click to the state of that click."""
        proxy = self.proxy()
        model = proxy.release_model()
        row = index.row()
        iid = proxy.row_at(row).iid
        if shift and self._anchor is not None and self._anchor[0] < proxy.rowCount():
            anchor_row, state = self._anchor
            first, last = sorted((anchor_row, row))
            model.set_checked(self._ids_for_rows(first, last), state)
        else:
            state = not model.is_checked(iid)
            model.set_checked([iid], state)
            self._anchor = (row, state)
        self.setCurrentIndex(index)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.column() == Column.CHECK:
            self.mousePressEvent(event)  # a quick second click toggles again, not "open"
            return
        super().mouseDoubleClickEvent(event)

    def selected_proxy_rows(self) -> list[int]:
        selection = self.selectionModel()
        if selection is None:
            return []
        rows = sorted({i.row() for i in selection.selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            rows = self.selected_proxy_rows()
            if rows:
                proxy = self.proxy()
                model = proxy.release_model()
                ids = [proxy.row_at(r).iid for r in rows]
                model.toggle(ids)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activatedRelease.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- columns ------------------------------------------------------------------------
    def apply_default_columns(self) -> None:
        header = self.check_header
        header.setSectionResizeMode(Column.CHECK, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.CHECK, 32)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        for column in Column:
            header.setSectionHidden(column, column in HIDDEN_BY_DEFAULT)
        header.setSectionHidden(Column.COVER, self._covers is None)
        header.setSectionResizeMode(Column.COVER, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.COVER, self.verticalHeader().defaultSectionSize())
        if header.visualIndex(Column.COVER) != 1:
            header.moveSection(header.visualIndex(Column.COVER), 1)

    def restore_state(self, settings: QSettings) -> None:
        """The saved header (order, widths, hidden columns, sort); the check column stays first."""
        header = self.check_header
        state = settings.value(HEADER_KEY)
        if isinstance(state, QByteArray) and header.restoreState(state):
            self._columns_fitted = True
            header.setSectionHidden(Column.CHECK, False)
            header.setSectionResizeMode(Column.CHECK, QHeaderView.ResizeMode.Fixed)
            if header.visualIndex(Column.CHECK) != 0:
                header.moveSection(header.visualIndex(Column.CHECK), 0)
            if header.visualIndex(Column.COVER) != 1:  # (a state saved before covers)
                header.moveSection(header.visualIndex(Column.COVER), 1)
            header.setSectionHidden(Column.COVER, self._covers is None)
            if self._covers is not None:
                header.resizeSection(Column.COVER, self.verticalHeader().defaultSectionSize())
        column = header.sortIndicatorSection()
        if 0 < column < len(Column):
            self.proxy().sort(column, header.sortIndicatorOrder())
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

        self.field_header.restore(settings)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(HEADER_KEY, fixed_columns_state(self.check_header))
        self.field_header.save(settings)

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the rows and show it in the header (a restored session)."""
        if 0 < column < self.proxy().columnCount():
            self.check_header.setSortIndicator(column, order)
            self.proxy().sort(column, order)

    def show_header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self.fill_columns_menu(menu)
        menu.exec(self.check_header.mapToGlobal(pos))

    def fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        header = self.check_header
        model = self.proxy()
        for column in Column:
            if column in (Column.CHECK, Column.COVER):  # (covers: View → Show covers)
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        fields = self.field_header.model()
        if fields is not None and len(fields.field_columns):
            menu.addSection(self.tr("Collection fields"))
            shown = self.field_header.shown_ids()
            for fid, name in fields.field_columns.items():
                action = menu.addAction(name)
                action.setCheckable(True)
                action.setChecked(fid in shown)
                action.toggled.connect(lambda on, f=fid: self.field_header.set_shown(f, on))
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.triggered.connect(self.reset_columns)

    def fit_columns(self) -> None:
        """Share the table's width between the shown columns (first start, Reset columns)."""
        header = self.check_header
        metrics = self.fontMetrics()
        titles = header.fontMetrics()
        pad = 24
        day = date_text(date(2000, 12, 28))  # the widest day in the window's locale
        samples = {Column.YEAR: "0000", Column.ADDED: day, Column.EXPORTED: day}
        samples[Column.RATING] = "★★★★★"
        fixed = {  # the cells' text, or the column's title when that is wider (German …)
            column: max(
                metrics.horizontalAdvance(sample),
                titles.horizontalAdvance(column_title(column)) + 8,
            )
            + pad
            for column, sample in samples.items()
        }
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = self.viewport().width() - header.sectionSize(Column.CHECK) - scrollbar
        if not header.isSectionHidden(Column.COVER):
            available -= header.sectionSize(Column.COVER)
        for column, width in fixed.items():
            header.resizeSection(column, width)
            if not header.isSectionHidden(column):
                available -= width
        flexible = [c for c in DEFAULT_WIDTHS if c not in fixed and not header.isSectionHidden(c)]
        total = sum(DEFAULT_WIDTHS[c] for c in flexible)
        if available <= 0 or not total:
            return
        scale = max(0.5, available / total)
        widths = {c: max(48, int(DEFAULT_WIDTHS[c] * scale)) for c in flexible}
        # what the floors above added comes off the widest columns, so the last one stays in view
        excess = sum(widths.values()) - available
        for column in sorted(widths, key=widths.__getitem__, reverse=True):
            if excess <= 0:
                break
            cut = min(excess, widths[column] - 48)
            widths[column] -= cut
            excess -= cut
        for column, width in widths.items():
            header.resizeSection(column, width)

    def reset_columns(self) -> None:
        header = self.check_header
        for logical in range(header.count()):
            visual = header.visualIndex(logical)
            if visual != logical:
                header.moveSection(visual, logical)
        self.apply_default_columns()
        self.field_header.reset()
        self.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._columns_fitted:
            self._columns_fitted = True
            QTimer.singleShot(0, self.fit_columns)
