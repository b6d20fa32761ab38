"""Draw ``resources/demo/covers/``: one small made-up cover per demo record, named as the
record's ``thumb`` address ends, so the demo shows covers with no network.

Deterministic (the same pictures each run): ``python -m tests.fakes.make_demo_covers``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
EDGE = 120
QUALITY = 70


def _palette(seed: bytes) -> tuple[QColor, QColor, QColor]:
    hue = seed[0] * 360 // 256
    base = QColor.fromHsv(hue, 90 + seed[1] % 120, 120 + seed[2] % 100)
    accent = QColor.fromHsv((hue + 150 + seed[3] % 60) % 360, 160, 230)
    ink = QColor(250, 250, 245) if base.lightness() < 150 else QColor(25, 25, 30)
    return base, accent, ink


def draw_cover(release_id: int, title: str) -> QImage:
    """A simple sleeve: a field of colour, a pattern chosen by the id, the title's initials."""
    seed = hashlib.blake2b(str(release_id).encode(), digest_size=8).digest()
    base, accent, ink = _palette(seed)
    image = QImage(EDGE, EDGE, QImage.Format.Format_RGB32)
    image.fill(base)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    kind = seed[4] % 4
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(accent)
    if kind == 0:  # a record half out of its sleeve
        painter.drawEllipse(QPointF(EDGE * 0.62, EDGE * 0.5), EDGE * 0.34, EDGE * 0.34)
        painter.setBrush(base)
        painter.drawEllipse(QPointF(EDGE * 0.62, EDGE * 0.5), EDGE * 0.06, EDGE * 0.06)
    elif kind == 1:  # stripes
        for i in range(0, EDGE, 18):
            painter.drawRect(QRectF(0, i, EDGE, 7))
    elif kind == 2:  # rings
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(accent, 5))
        for r in (14, 28, 42):
            painter.drawEllipse(QPointF(EDGE / 2, EDGE / 2), r, r)
        painter.setPen(Qt.PenStyle.NoPen)
    else:  # a block
        painter.drawRect(QRectF(EDGE * 0.12, EDGE * 0.12, EDGE * 0.5, EDGE * 0.5))
    words = [w for w in title.split() if w[:1].isalnum()]
    initials = "".join(w[0] for w in words[:2]).upper() or "♪"
    font = QFont("DejaVu Sans")
    font.setPixelSize(30)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(
        QRectF(8, EDGE - 44, EDGE - 16, 38),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
        initials,
    )
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    app = QGuiApplication.instance() or QGuiApplication([])
    data = json.loads((DEMO / "collection.json").read_text("utf-8"))
    folder = DEMO / "covers"
    folder.mkdir(exist_ok=True)
    made: set[str] = set()
    for item in data["releases"]:
        info = item.get("basic_information") or {}
        url = str(info.get("thumb") or "")
        name = url.rpartition("/")[2]
        if not name or name in made:
            continue
        made.add(name)
        image = draw_cover(int(info.get("id") or 0), str(info.get("title") or ""))
        image.save(str(folder / name), "JPEG", QUALITY)
    for stale in folder.iterdir():
        if stale.name not in made:
            stale.unlink()
    del app
    print(f"{len(made)} covers in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
