"""Covers for the release table (and the preview's sticker pane): decoded thumbnails kept in
memory, fetched, decoded and scaled off the GUI thread, the rows on screen first.

A view asks :meth:`CoverLoader.image` for the covers it paints; what is not in memory yet joins
this paint's wish list. Right after the paint the list becomes the queue, in paint (view)
order, replacing the one before: rows scrolled past during a fast scroll are dropped before
they are fetched. Up to four workers (started as covers are first wanted, ended with the window)
read the bytes through ``services.covers`` (the disk cache, else the one HTTP place), and
decode and scale them once with ``QImageReader``; the GUI thread only turns the finished image
into a pixmap. A cover that cannot be had (offline, refused, not an image, too large) is drawn
as a quiet placeholder and asked for again only after a while.
"""

from __future__ import annotations

import html
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPainter, QPalette, QPixmap

from ..core.cancel import CancelToken
from ..core.errors import AppError
from ..services.covers import Covers
from .workers import Job, JobRunner

log = logging.getLogger(__name__)

#: Downloads at a time.
WORKERS = 4
#: Decoded covers kept in memory (at 40 px and a device pixel ratio of 2, about 25 KB each).
MEMORY_ITEMS = 3000
#: A cover that could not be had is asked for again after this long.
RETRY_SECONDS = 600.0
#: How long an idle worker waits between looks at its cancel token.
IDLE_WAIT = 0.25
#: An image with more pixels than this is refused before it is decoded.
MAX_PIXELS = 4096 * 4096
#: The edge of the larger cover in a tooltip, in logical pixels (Discogs' thumbs are 150 px).
TIP_EDGE = 150
#: Covers that arrive within this long are shown in one repaint.
ARRIVAL_BATCH_MS = 40

Key = tuple[str, int]  # (address, edge in device pixels)


def image_format(data: bytes) -> bytes | None:
    """The format of a cover from its first bytes (JPEG, PNG, GIF or WebP), or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return b"jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return b"png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return b"gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return b"webp"
    return None


def decode_cover(data: bytes, edge: int) -> QImage | None:
    """``data`` decoded and scaled once to fit ``edge`` × ``edge`` pixels (aspect kept), or
    None when it is not an image Qt can read (or an unreasonably large one).

    The format is named from the first bytes, never guessed by Qt: guessing asks every image
    plugin, and the SVG one makes a QObject, which in a worker thread can deadlock against
    the GUI thread (Qt's connection lock on one side, Python's on the other)."""
    fmt = image_format(data)
    if fmt is None:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    reader = QImageReader(buffer, QByteArray(fmt))
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    if not reader.canRead() or not size.isValid() or size.isEmpty():
        return None
    if size.width() * size.height() > MAX_PIXELS:
        return None
    scaled = size.scaled(QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio)
    if scaled.width() < size.width():
        reader.setScaledSize(scaled)
        reader.setQuality(100)
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > edge or image.height() > edge:
        image = image.scaled(
            edge,
            edge,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


class _Queue:
    """The addresses wanted now, in view order, and how many workers take from it; shared by
    the GUI thread and the workers. Workers are started as covers are first wanted (up to the
    limit) and wait for more until the window closes: a thread is not made and ended for
    each screen of covers."""

    def __init__(self, limit: int) -> None:
        self._cond = threading.Condition()
        self._items: list[Key] = []
        self.busy: set[Key] = set()
        self.limit = limit
        self.workers = 0

    def _more_workers(self) -> int:
        """Workers to start for what is queued now (caller holds the lock); counted at once,
        woken for the rest."""
        need = max(0, min(self.limit, len(self._items)) - self.workers)
        self.workers += need
        if self._items:
            self._cond.notify_all()
        return need

    def push_front(self, key: Key) -> int:
        with self._cond:
            if key in self.busy:
                return 0
            if key in self._items:
                self._items.remove(key)
            self._items.insert(0, key)
            return self._more_workers()

    def replace(self, keys: list[Key]) -> int:
        """The queue is ``keys`` (less those being fetched); the workers to start."""
        with self._cond:
            self._items = [k for k in keys if k not in self.busy]
            return self._more_workers()

    def clear(self) -> None:
        with self._cond:
            self._items = []

    def take(self, token: CancelToken) -> Key | None:
        """The next address (waiting for one), or None once ``token`` is cancelled."""
        with self._cond:
            while not self._items:
                if token.cancelled:
                    self.workers -= 1
                    return None
                self._cond.wait(IDLE_WAIT)
            key = self._items.pop(0)
            self.busy.add(key)
            return key

    def done(self, key: Key) -> None:
        with self._cond:
            self.busy.discard(key)

    def wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def leave(self) -> None:
        """A worker ends early (cancelled)."""
        with self._cond:
            self.workers -= 1

    def pending(self) -> int:
        with self._cond:
            return len(self._items) + len(self.busy)


class _CoverWorker(Job):
    """One download slot: takes addresses from the queue until cancelled."""

    loaded = Signal(object, object)  # key, QImage
    missing = Signal(object)  # key

    def __init__(self, queue: _Queue, covers: Callable[[], Covers | None]) -> None:
        super().__init__()
        self._queue = queue
        self._covers = covers

    def work(self) -> None:
        ended = False  # by the queue (its count already taken down)
        try:
            while not self.token.cancelled:
                key = self._queue.take(self.token)
                if key is None:
                    ended = True
                    return
                try:
                    image = self._one(key)
                finally:
                    self._queue.done(key)
                if image is None:
                    self.missing.emit(key)
                else:
                    self.loaded.emit(key, image)
        finally:
            if not ended:
                self._queue.leave()

    def _one(self, key: Key) -> QImage | None:
        covers = self._covers()
        if covers is None:
            return None
        url, edge = key
        try:
            data = covers.fetch(url, self.token)
        except AppError:
            return None
        image = decode_cover(data, edge)
        if image is None:
            covers.forget(url)  # not an image: never kept, asked again later
        return image


class CoverLoader(QObject):
    """Thumbnails by address for the views; see the module notes."""

    #: Covers became available (a repaint shows them).
    arrived = Signal()

    def __init__(self, parent: QObject | None = None, *, workers: int = WORKERS) -> None:
        super().__init__(parent)
        self._covers: Covers | None = None
        #: Device pixels per logical pixel of the screen the covers are shown on.
        self.ratio = 1.0
        self._placeholders: dict[int, QPixmap] = {}
        self._memory: OrderedDict[Key, QPixmap] = OrderedDict()
        self._failed: dict[Key, float] = {}
        self._wanted: dict[Key, None] = {}  # asked for during the current paint, in order
        self._queue = _Queue(max(1, workers))
        self._runner = JobRunner(self)
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._queue_wanted)
        self._arrival = QTimer(self)
        self._arrival.setSingleShot(True)
        self._arrival.setInterval(ARRIVAL_BATCH_MS)
        self._arrival.timeout.connect(self.arrived.emit)
        #: Counters for tests and benchmarks.
        self.decoded = 0
        self.failures = 0

    # ---- what a view calls --------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self._covers is not None

    def set_covers(self, covers: Covers | None) -> None:
        """Fetch from ``covers`` (another collection, or None: covers off, nothing fetched).
        What is in memory stays (addresses are the same whichever collection shows them)."""
        self._covers = covers
        self._failed.clear()
        self._wanted.clear()
        self._queue.clear()

    def _start_workers(self, count: int) -> None:
        """``count`` more download slots (each ends when the queue is empty)."""
        for _ in range(count):
            worker = _CoverWorker(self._queue, lambda: self._covers)
            worker.loaded.connect(self._loaded)
            worker.missing.connect(self._missing)
            self._runner.start(worker)

    def image(self, url: str, edge: int, *, now: bool = False) -> QPixmap | None:
        """The cover of ``url`` at ``edge`` device pixels if it is in memory; otherwise None,
        and it is fetched (visible rows first) unless covers are off or it failed lately.
        ``now``: asked outside a paint (a tooltip, the current record): fetched next."""
        if not url or edge <= 0:
            return None
        key = (url, edge)
        pixmap = self._memory.get(key)
        if pixmap is not None:
            self._memory.move_to_end(key)
            return pixmap
        if self._covers is None:
            return None
        failed_at = self._failed.get(key)
        if failed_at is not None:
            if time.monotonic() - failed_at < RETRY_SECONDS:
                return None
            del self._failed[key]
        if now:
            self._start_workers(self._queue.push_front(key))
            return None
        self._wanted[key] = None
        if not self._flush.isActive():
            self._flush.start()
        return None

    def placeholder(self, edge: int) -> QPixmap:
        """The quiet picture of a cover not (yet) there: a faint square with a record in it."""
        pixmap = self._placeholders.get(edge)
        if pixmap is None:
            pixmap = QPixmap(max(1, edge), max(1, edge))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            ink = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            ink.setAlphaF(0.18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawRoundedRect(QRectF(0, 0, edge, edge), edge * 0.08, edge * 0.08)
            ink.setAlphaF(0.22)
            painter.setBrush(ink)
            radius = edge * 0.3
            painter.drawEllipse(
                QRectF(edge / 2 - radius, edge / 2 - radius, 2 * radius, 2 * radius)
            )
            painter.end()
            pixmap.setDevicePixelRatio(self.ratio)
            self._placeholders[edge] = pixmap
        return pixmap

    def tooltip(self, url: str, caption: str) -> str | None:
        """A tooltip with the larger cover above ``caption`` (rich text), or the caption alone
        while the larger cover is fetched."""
        if not url or self._covers is None:
            return None
        edge = round(TIP_EDGE * self.ratio)
        pixmap = self.image(url, edge, now=True)
        text = html.escape(caption)
        if pixmap is None:
            return text
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.toImage().save(buffer, "PNG")
        width = round(pixmap.width() / self.ratio)
        height = round(pixmap.height() / self.ratio)
        source = "data:image/png;base64," + bytes(data.toBase64().data()).decode("ascii")
        return f'<img src="{source}" width="{width}" height="{height}"><br>{text}'

    def set_ratio(self, ratio: float) -> None:
        """The screen's device pixel ratio changed: pictures are made anew at its size."""
        if ratio > 0 and ratio != self.ratio:
            self.ratio = ratio
            self._memory.clear()
            self._placeholders.clear()

    def has_failed(self, url: str, edge: int) -> bool:
        return (url, edge) in self._failed

    def pending(self) -> int:
        """Covers queued or being fetched."""
        return self._queue.pending()

    def clear_memory(self) -> None:
        self._memory.clear()
        self._failed.clear()

    def shutdown(self) -> None:
        """Stop the workers and wait for them (closing the window)."""
        self._covers = None
        self._queue.clear()
        self._runner.cancel_all()
        self._queue.wake()
        self._runner.shutdown()

    # ---- workers' results ---------------------------------------------------------------
    def _queue_wanted(self) -> None:
        wanted, self._wanted = list(self._wanted), {}
        self._start_workers(self._queue.replace(wanted))

    def _loaded(self, key: Key, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.ratio)
        self._memory[key] = pixmap
        while len(self._memory) > MEMORY_ITEMS:
            self._memory.popitem(last=False)
        self.decoded += 1
        if not self._arrival.isActive():
            self._arrival.start()

    def _missing(self, key: Key) -> None:
        self._failed[key] = time.monotonic()
        self.failures += 1
        if not self._arrival.isActive():
            self._arrival.start()
