"""Covers in the release table, against the fake server's image host: what is seen is fetched
first and only that, at most four at a time, decoded off the GUI thread, kept on disk for the
next start (also offline), off means nothing is fetched, bad images are placeholders."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app import logs
from desktop_app.gui.collection.release_model import Column
from desktop_app.services.covers import clear_cover_cache
from desktop_app.services.source import DemoSource
from desktop_app.store.settings import Settings
from tests.fakes import images
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
from tests.gui.helpers import CREDS, discogs_source, idle

DECORATION = Qt.ItemDataRole.DecorationRole


@pytest.fixture
def big():
    srv = FakeDiscogs(generated_collection({"Main": 400}, username="collector", seed=5))
    srv.rate_limit = 100_000
    srv.start()
    yield srv
    srv.stop()


def opened(qtbot, make_window, srv, count):
    window = make_window(discogs_source(srv), credentials=CREDS)
    qtbot.waitUntil(lambda: window.model.rowCount() == count and idle(window), timeout=20_000)
    return window


def name_of(url: str) -> str:
    return url.rpartition("/")[2]


def fetched(srv: FakeDiscogs) -> list[str]:
    return [r.path for r in srv.image_log]


def shown_thumbs(window) -> list[str]:
    table = window.table
    first = max(0, table.rowAt(0))
    last = table.rowAt(table.viewport().height() - 1)
    last = window.proxy.rowCount() - 1 if last < 0 else last
    return [window.proxy.instance_at(r).thumb for r in range(first, last + 1)]


def forget_covers(window) -> None:
    """As if no cover had been seen yet: memory and disk emptied."""
    clear_cover_cache()
    window.covers.clear_memory()


def cover_at(window, row: int):
    return window.proxy.index(row, Column.COVER).data(DECORATION)


def test_visible_covers_arrive_decoded_and_only_they_are_fetched(qtbot, make_window, big):
    window = opened(qtbot, make_window, big, 400)
    QAbstractItemModelTester(window.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    thumbs = [t for t in shown_thumbs(window) if t]
    assert thumbs
    qtbot.waitUntil(lambda: window.covers.decoded >= len(thumbs), timeout=10_000)
    paths = set(fetched(big))
    assert {urlsplit(t).path for t in thumbs} <= paths
    assert len(paths) <= len(thumbs) + 4  # the rows on screen, not the folder's 400
    row = next(r for r in range(10) if window.proxy.instance_at(r).thumb)
    pixmap = cover_at(window, row)
    assert isinstance(pixmap, QPixmap) and not pixmap.isNull()
    expected = images.colour_of(name_of(window.proxy.instance_at(row).thumb))
    colour = pixmap.toImage().pixelColor(2, 2)
    assert max(abs(a - b) for a, b in zip(colour.getRgb()[:3], expected, strict=True)) <= 8


def test_rows_scrolled_past_are_not_fetched_and_four_at_most_at_once(qtbot, make_window, big):
    big.image_delay = 0.15
    window = opened(qtbot, make_window, big, 400)
    qtbot.waitUntil(lambda: window.covers.decoded >= 4, timeout=10_000)
    middle = {urlsplit(window.proxy.instance_at(r).thumb).path for r in range(150, 250)}
    for _ in range(10):  # a fast scroll to the end
        window.table.verticalScrollBar().setValue(window.table.verticalScrollBar().value() + 40)
        qtbot.wait(10)
    window.table.scrollToBottom()
    qtbot.wait(50)
    bottom = [t for t in shown_thumbs(window) if t]
    qtbot.waitUntil(lambda: {urlsplit(t).path for t in bottom} <= set(fetched(big)), timeout=15_000)
    assert big.images_in_flight_max <= 4
    assert len(middle & set(fetched(big))) <= 4  # at most those already under way


def test_bad_images_are_quiet_placeholders_asked_for_again_only_later(qtbot, make_window, big):
    window = opened(qtbot, make_window, big, 400)
    faults = (images.BROKEN, images.HUGE, images.GIANT, images.EMPTY, images.MISSING)
    rows = [r for r in range(8) if window.proxy.instance_at(r).thumb][: len(faults)]
    for row, fault in zip(rows, faults, strict=True):
        big.image_faults[name_of(window.proxy.instance_at(row).thumb)] = fault
    forget_covers(window)
    window.table.viewport().repaint()
    qtbot.waitUntil(lambda: window.covers.failures >= len(faults), timeout=10_000)
    bad = {urlsplit(window.proxy.instance_at(row).thumb).path for row in rows}

    def asked_for_bad() -> int:
        return sum(1 for r in big.image_log if r.path in bad)

    before = asked_for_bad()
    window.table.viewport().repaint()
    qtbot.wait(200)
    for row in rows:
        url = window.proxy.instance_at(row).thumb
        assert window.covers.has_failed(url, window.model.cover_edge)
        assert isinstance(cover_at(window, row), QPixmap)  # the placeholder
    assert asked_for_bad() == before  # not asked again at once


def test_a_reopened_folder_shows_cached_covers_offline(qtbot, make_window, big):
    window = opened(qtbot, make_window, big, 400)
    thumbs = [t for t in shown_thumbs(window) if t]
    qtbot.waitUntil(lambda: window.covers.decoded >= len(thumbs), timeout=10_000)
    window.close()
    big.stop()  # offline: the library and the cover cache are all there is
    again = make_window(discogs_source(big), credentials=CREDS)
    qtbot.waitUntil(lambda: again.model.rowCount() == 400, timeout=20_000)
    qtbot.waitUntil(lambda: again.covers.decoded >= len(thumbs), timeout=10_000)
    assert again.covers.failures == 0


def test_covers_off_fetch_nothing_and_the_choice_is_kept(qtbot, make_window, big):
    window = opened(qtbot, make_window, big, 400)
    qtbot.waitUntil(lambda: window.covers.decoded >= 1, timeout=10_000)
    window.actions.show_covers.setChecked(False)
    assert window.table.isColumnHidden(Column.COVER)
    assert cover_at(window, 0) is None
    window.covers.clear_memory()
    big.image_log.clear()
    window.table.viewport().repaint()
    qtbot.wait(300)
    assert not big.image_log
    assert Settings.load().covers is False
    window.close()
    again = opened(qtbot, make_window, big, 400)
    assert not again.actions.show_covers.isChecked()
    assert again.table.isColumnHidden(Column.COVER)
    qtbot.wait(300)
    assert not big.image_log


def test_larger_covers_make_taller_rows(qtbot, make_window, big):
    window = opened(qtbot, make_window, big, 400)
    small = window.table.verticalHeader().defaultSectionSize()
    assert 40 <= small <= 48
    window.actions.large_covers.setChecked(True)
    assert window.table.verticalHeader().defaultSectionSize() > small
    assert window.model.cover_edge > small
    assert Settings.load().large_covers is True


def test_the_tooltip_shows_a_larger_cover(qtbot, make_window, big):
    window = opened(qtbot, make_window, big, 400)
    row = next(r for r in range(10) if window.proxy.instance_at(r).thumb)
    index = window.proxy.index(row, Column.COVER)
    index.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(
        lambda: "data:image/png" in (index.data(Qt.ItemDataRole.ToolTipRole) or ""),
        timeout=10_000,
    )


def test_no_image_address_reaches_the_log(qtbot, make_window, big):
    logs.setup_logging()
    logging.getLogger("desktop_app").setLevel(logging.DEBUG)
    try:
        window = opened(qtbot, make_window, big, 400)
        rows = [r for r in range(6) if window.proxy.instance_at(r).thumb]
        big.image_faults = {name_of(window.proxy.instance_at(rows[0]).thumb): images.FORBIDDEN}
        forget_covers(window)
        window.table.viewport().repaint()
        qtbot.waitUntil(lambda: window.covers.failures >= 1, timeout=10_000)
        text = "\n".join(logs.recent_lines(10_000))
        assert "/images/" not in text and "R-" not in text
    finally:
        logs.shutdown_logging()


def test_the_demo_has_covers_without_network(qtbot, make_window):
    window = make_window(DemoSource(), demo=True)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.covers.decoded >= 5, timeout=10_000)
    assert window.covers.failures == 0


def test_the_preview_shows_the_current_records_cover(qtbot, make_window, big):
    window = opened(qtbot, make_window, big, 400)
    row = next(r for r in range(10) if window.proxy.instance_at(r).thumb)
    window.model.set_checked([window.proxy.instance_at(row).instance_id], True)
    window.open_preview()
    label = window.preview.cover_label
    qtbot.waitUntil(
        lambda: label.pixmap() is not None and label.pixmap().width() >= 100, timeout=10_000
    )
    assert label.isVisibleTo(window)
