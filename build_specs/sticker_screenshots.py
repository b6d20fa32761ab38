"""Render the first sheet of every sticker layout preset to resources/screenshots/ (PNG).

.venv/bin/python build_specs/sticker_screenshots.py [--dpi 100]

The demo collection fills the sheets, with label outlines so the layout shows. The screenshots
folder stays out of the bundle (see discogs_qr.spec).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=float, default=100.0)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    args = parser.parse_args(argv)

    from PySide6.QtGui import QColor, QImage, QPainter

    from desktop_app.services.export import collect, export_rows
    from desktop_app.services.source import ALL_FOLDER_ID, source_for
    from desktop_app.services.stickers import ensure_qt
    from desktop_app.stickers.layouts import PRESETS
    from desktop_app.stickers.qr import spec_from_row
    from desktop_app.stickers.sheet import SheetOptions, paint_sheets

    ensure_qt()
    source = source_for(None, True)
    folders = source.folders()
    instances, _stats = collect(source, ALL_FOLDER_ID)
    rows = export_rows(instances, folder_names={f.id: f.name for f in folders})
    args.out.mkdir(parents=True, exist_ok=True)
    for name, layout in PRESETS.items():
        dpi = args.dpi if layout.per_page > 1 else args.dpi * 3
        px = dpi / 25.4
        image = QImage(
            round(layout.page_width * px),
            round(layout.page_height * px),
            QImage.Format.Format_RGB32,
        )
        image.fill(QColor("white"))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        specs = [spec_from_row(r) for r in rows[: layout.per_page]]
        paint_sheets(p, dpi, lambda: None, specs, SheetOptions(layout, marks="outlines"))
        p.end()
        target = args.out / f"stickers-{name}.png"
        image.save(str(target))
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
