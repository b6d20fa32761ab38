"""One image per row (PNG or SVG), named by its FileName, drawn by the same sticker painter."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ..core.qrfactory import COLUMN_INDEX, guard_reserved_name
from .painter import StickerPainter
from .qr import StickerSpec

FORMATS = ("png", "svg")
IMAGE_WIDTH_MM = 50.0
IMAGE_HEIGHT_MM = 62.0  # room for a two-line caption under the code
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def image_size_mm(spec: StickerSpec) -> tuple[float, float]:
    return IMAGE_WIDTH_MM, IMAGE_HEIGHT_MM if spec.caption.strip() else IMAGE_WIDTH_MM


def pixel_width(row: Sequence[str]) -> int:
    """OutputSize of the row (64…8192 px, 1024 when unreadable)."""
    try:
        value = int(float(row[COLUMN_INDEX["OutputSize"]]))
    except (ValueError, IndexError, TypeError):
        value = 1024
    return min(8192, max(64, value))


def name_key(name: str) -> str:
    """Names that are one file on some system compare equal: case-insensitively (Windows, macOS)
    and Unicode-normalised (macOS stores decomposed names), the same on every system."""
    return unicodedata.normalize("NFC", name).casefold()


def file_names(
    rows: Sequence[Sequence[str]], suffix: str, instance_ids: Sequence[int] | None = None
) -> list[str]:
    """Safe file names from FileName, with ``suffix``, unique by :func:`name_key`
    (see :func:`unique_file_names`)."""
    return unique_file_names(rows, suffix, instance_ids)[0]


def unique_file_names(
    rows: Sequence[Sequence[str]], suffix: str, instance_ids: Sequence[int] | None = None
) -> tuple[list[str], list[int]]:
    """Safe file names from FileName, with ``suffix``, unique by :func:`name_key`, and the
    (0-based) rows whose name was changed to keep it apart. A name that another row already has
    (differing only by case, say) gets ``-<instance id>`` (with ``instance_ids``, one per row),
    else ``-2``, ``-3`` …; Windows' reserved names are guarded."""
    if instance_ids is not None and len(instance_ids) != len(rows):
        instance_ids = None
    out, changed, seen = [], [], set()
    index = COLUMN_INDEX["FileName"]
    for number, row in enumerate(rows, start=1):
        cell = unicodedata.normalize("NFC", str(row[index]) if index < len(row) else "")
        base = _UNSAFE.sub("-", cell.strip()).strip(".-")
        base = guard_reserved_name(base[:120] or f"sticker-{number}")
        name = base
        if name_key(name) in seen:
            changed.append(number - 1)
            if instance_ids is not None:
                name = f"{base}-{instance_ids[number - 1]}"
        k = 2
        while name_key(name) in seen:
            name, k = f"{base}-{k}", k + 1
        seen.add(name_key(name))
        out.append(f"{name}.{suffix}")
    return out, changed


def png_bytes(painter: StickerPainter, spec: StickerSpec, width_px: int) -> bytes:
    w_mm, h_mm = image_size_mm(spec)
    scale = width_px / w_mm
    image = QImage(width_px, round(h_mm * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(round(scale * 1000))
    image.setDotsPerMeterY(round(scale * 1000))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    p.scale(scale, scale)
    painter.paint(p, QRectF(0, 0, w_mm, h_mm), spec, False)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the PNG image could not be encoded")
    buffer.close()
    return bytes(data.data())


def svg_bytes(painter: StickerPainter, spec: StickerSpec, title: str = "") -> bytes:
    """A vector SVG, 1 user unit = 0.1 mm."""
    w_mm, h_mm = image_size_mm(spec)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(w_mm * 10), round(h_mm * 10)))
    generator.setViewBox(QRectF(0, 0, w_mm * 10, h_mm * 10))
    generator.setResolution(254)  # 10 units per mm
    generator.setTitle(title or spec.file_name)
    p = QPainter(generator)
    p.scale(10, 10)
    p.fillRect(QRectF(0, 0, w_mm, h_mm), QColor("white"))
    painter.paint(p, QRectF(0, 0, w_mm, h_mm), spec, False)
    p.end()
    buffer.close()
    return bytes(data.data())
