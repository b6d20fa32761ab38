"""Cover images for the fake Discogs: a distinct small PNG per address, made in pure Python,
and the faults a real image server shows (slow, refused, broken, oversized, huge dimensions)."""

from __future__ import annotations

import hashlib
import struct
import zlib

#: Where Discogs' items point their ``thumb`` and ``cover_image``; the fake serves them itself.
DISCOGS_IMAGES = "https://i.discogs.com/"
EDGE = 150

#: What a fault in ``FakeDiscogs.image_faults`` (address part → fault) answers.
BROKEN = "broken"  # 200 with bytes that are no image
HUGE = "huge"  # 200 with a 20 MB body
GIANT = "giant"  # 200 with a valid PNG header claiming 40,000 × 40,000 pixels
EMPTY = "empty"  # 200 with an empty body
FORBIDDEN = "403"  # the image server's "too many requests"
MISSING = "404"
FAULTS = (BROKEN, HUGE, GIANT, EMPTY, FORBIDDEN, MISSING)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png(width: int, height: int, rows: bytes) -> bytes:
    """An 8-bit RGB PNG of ``rows`` (each row: a filter byte and width × 3 bytes)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows, 6))
        + _chunk(b"IEND", b"")
    )


def colour_of(name: str) -> tuple[int, int, int]:
    """The main colour of the picture at ``name`` (tests compare decoded pixels with it)."""
    digest = hashlib.blake2b(name.encode(), digest_size=3).digest()
    return digest[0], digest[1], digest[2]


def cover_png(name: str, edge: int = EDGE) -> bytes:
    """A square picture in the colour of ``name`` with a darker band across its lower third."""
    r, g, b = colour_of(name)
    plain = b"\x00" + bytes((r, g, b)) * edge
    band = b"\x00" + bytes((r // 3, g // 3, b // 3)) * edge
    rows = b"".join(band if edge * 2 // 3 <= y < edge * 5 // 6 else plain for y in range(edge))
    return png(edge, edge, rows)


def giant_png() -> bytes:
    """A PNG whose header claims 40,000 × 40,000 pixels (a decoder must refuse it unread)."""
    header = struct.pack(">IIBBBBB", 40_000, 40_000, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", b"") + _chunk(b"IEND", b"")
    )


def fault_body(fault: str) -> tuple[int, bytes]:
    """(status, body) for a fault of :data:`FAULTS`."""
    if fault == BROKEN:
        return 200, b"\xff\xd8\xff\xe0 this is not really a JPEG " * 40
    if fault == HUGE:
        return 200, b"\x89PNG\r\n\x1a\n" + b"\0" * (20 * 1024 * 1024)
    if fault == GIANT:
        return 200, giant_png()
    if fault == EMPTY:
        return 200, b""
    if fault == FORBIDDEN:
        return 403, b"Forbidden"
    return 404, b"Not Found"
