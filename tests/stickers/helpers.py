"""Helpers for the sticker tests: rows, PDF rasterising (pypdfium2) and decoding (zxing-cpp)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pypdfium2
import zxingcpp
from PySide6.QtGui import QImage

from desktop_app.core.qrfactory import COLUMN_INDEX, COLUMNS, DEFAULTS
from desktop_app.stickers.layouts import SheetLayout

MM_PER_INCH = 25.4


def make_row(i: int, **values: str) -> list[str]:
    row = [DEFAULTS[c] for c in COLUMNS]
    row[COLUMN_INDEX["Content"]] = f"https://www.discogs.com/release/{1000 + i * 7919}"
    row[COLUMN_INDEX["BottomText"]] = f"Artist {i} – Title number {i} [{1970 + i % 50}]\nRock"
    row[COLUMN_INDEX["FileName"]] = f"r{i}"
    for key, value in values.items():
        row[COLUMN_INDEX[key]] = value
    return row


def make_rows(count: int, **values: str) -> list[list[str]]:
    return [make_row(i, **values) for i in range(count)]


def content(row: Sequence[str]) -> str:
    return row[COLUMN_INDEX["Content"]]


def pdf_pages(path: Path, dpi: float) -> list[QImage]:
    """Every page of the PDF as an 8-bit grey image at ``dpi``."""
    doc = pypdfium2.PdfDocument(str(path))
    pages = []
    try:
        for page in doc:
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_Grayscale8,
            ).copy()
            pages.append(image)
            page.close()
    finally:
        doc.close()
    return pages


def pdf_page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return [
            (w / 72 * MM_PER_INCH, h / 72 * MM_PER_INCH)
            for w, h in (doc.get_page_size(i) for i in range(len(doc)))
        ]
    finally:
        doc.close()


def decode_page(image: QImage, dpi: float) -> list[tuple[str, float, float]]:
    """``(text, centre x mm, centre y mm)`` of every QR code on the page."""
    found = []
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        pos = result.position
        corners = (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
        x = sum(c.x for c in corners) / 4 / dpi * MM_PER_INCH
        y = sum(c.y for c in corners) / 4 / dpi * MM_PER_INCH
        found.append((result.text, x, y))
    return found


def slot_at(layout: SheetLayout, x: float, y: float) -> int | None:
    for slot in range(layout.per_page):
        lx, ly, w, h = layout.label_rect(slot)
        if lx <= x <= lx + w and ly <= y <= ly + h:
            return slot
    return None


def decoded_in_order(path: Path, layout: SheetLayout, dpi: float = 300) -> list[tuple]:
    """``(page, slot, text)`` of every code in the PDF, sorted by page then slot."""
    out = []
    for page_no, image in enumerate(pdf_pages(path, dpi)):
        for text, x, y in decode_page(image, dpi):
            out.append((page_no, slot_at(layout, x, y), text))
    return sorted(out, key=lambda t: (t[0], -1 if t[1] is None else t[1]))


def gray_rows(image: QImage) -> list[bytes]:
    """The pixel rows of an 8-bit grey image."""
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    w = image.width()
    return [data[y * stride : y * stride + w] for y in range(image.height())]
