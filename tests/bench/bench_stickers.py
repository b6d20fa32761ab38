"""1,000 stickers with two-line captions on Avery L7120-25, to PDF, decode check included
(full resolution, then the scan-margin render at 150 dpi blurred; goal: < 3 s more than the CSV
export of the same rows, file < 5 MB). Prints the CSV export's time and the difference, the
time per sticker for encoding, checking and drawing separately, and verifies the file by
decoding every code on every page.

.venv/bin/python -m tests.bench.bench_stickers [--stickers 1000] [--no-verify]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ["DISCOGS_QR_HOME"] = tempfile.mkdtemp(prefix="bench-stickers-")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.qrfactory import COLUMN_INDEX, COLUMNS, DEFAULTS  # noqa: E402
from desktop_app.services import stickers as service  # noqa: E402


def _rows(count: int, icon: str = "") -> list[list[str]]:
    rows = []
    for i in range(count):
        row = [DEFAULTS[c] for c in COLUMNS]
        row[COLUMN_INDEX["Content"]] = f"https://www.discogs.com/release/{1_000_000 + i * 7919}"
        row[COLUMN_INDEX["BottomText"]] = (
            f"Artist number {i} – A rather long record title [{1960 + i % 60}]\nRock & Pop"
        )
        row[COLUMN_INDEX["FileName"]] = str(1_000_000 + i * 7919)
        if icon:
            row[COLUMN_INDEX["IconPath"]] = icon
        rows.append(row)
    return rows


def _verify(path: Path, expected: list[str]) -> int:
    import pypdfium2
    import zxingcpp

    from desktop_app.stickers.layouts import PRESETS

    layout = PRESETS["L7120-25"]
    found = []
    doc = pypdfium2.PdfDocument(str(path))
    for number, page in enumerate(doc):
        bitmap = page.render(scale=300 / 72, grayscale=True)
        pixels = memoryview(bitmap.buffer).cast("B", (bitmap.height, bitmap.stride))
        for result in zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode):
            p = result.position
            x = (p.top_left.x + p.bottom_right.x) / 2 / 300 * 25.4
            y = (p.top_left.y + p.bottom_right.y) / 2 / 300 * 25.4
            col = int((x - layout.left) // layout.h_pitch)
            row = int((y - layout.top) // layout.v_pitch)
            found.append((number, row * layout.cols + col, result.text))
    doc.close()
    texts = [t for _, _, t in sorted(found)]
    if texts != expected:
        print(f"  VERIFY FAILED: {len(texts)} codes read, order or text differs")
    return len(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stickers", type=int, default=1000)
    parser.add_argument("--no-verify", action="store_true")
    args = parser.parse_args(argv)
    service.ensure_qt()
    from desktop_app.stickers import qr
    from desktop_app.stickers.check import check_rows
    from desktop_app.stickers.layouts import PRESETS
    from desktop_app.stickers.sheet import SheetOptions, write_pdf

    n = args.stickers
    rows = _rows(n)
    layout = PRESETS["L7120-25"]
    options = SheetOptions(layout)
    out = Path(tempfile.mkdtemp(prefix="bench-stickers-out-"))

    # the whole service call, as the GUI and the CLI make it (check, then PDF, atomic write)
    qr._matrix.cache_clear()
    started = time.perf_counter()
    result = service.make_sheet_pdf(out / "sheet.pdf", rows, list(range(n)), options)
    total = time.perf_counter() - started
    size = (out / "sheet.pdf").stat().st_size

    # the CSV export of the same rows, as the GUI and the CLI save it
    from desktop_app.services.export import save_export

    started = time.perf_counter()
    save_export(out / "rows.csv", rows, list(range(n)))
    csv_time = time.perf_counter() - started

    # the parts, each from a cold encoder cache where it matters
    qr._matrix.cache_clear()
    t = time.perf_counter()
    from desktop_app.stickers.painter import StickerPainter

    prepare = StickerPainter().prepare  # the symbols the sheet prints (no icon: level M)
    for row in rows:
        qr.qr_matrix(prepare(qr.spec_from_row(row)))
    encode = time.perf_counter() - t
    t = time.perf_counter()
    warnings: list = []
    failures = check_rows(
        rows, layout.label_width, layout.label_height, layout.round, warnings=warnings
    )
    check = time.perf_counter() - t  # encodings cached: render + decode, sharp and degraded
    t = time.perf_counter()
    write_pdf(out / "again.pdf", rows, options)
    draw = time.perf_counter() - t

    print(f"{n:,} stickers, L7120-25, two-line captions, {result.pages} pages")
    extra = total - csv_time
    print(
        f"  total (service: check + margin check + PDF + atomic write): {total:.2f} s; "
        f"CSV export of the same rows: {csv_time:.2f} s; difference {extra:.2f} s   "
        f"goal < 3 s more   {'OK' if extra < 3 else 'over'}"
    )
    print(
        f"  PDF size: {size / 1e6:.2f} MB   goal < 5 MB   {'OK' if size < 5e6 else 'over'}; "
        f"{size / n / 1000:.2f} kB per sticker"
    )
    print(
        f"  per sticker: encode (segno) {encode / n * 1000:.2f} ms, "
        f"check (300 dpi + 150 dpi blurred, zxing decodes) {check / n * 1000:.2f} ms, "
        f"draw to PDF {draw / n * 1000:.2f} ms"
    )
    print(f"  check failures: {len(failures)}, scan-margin warnings: {len(warnings)}")

    # a raster icon is embedded once, however many stickers use it
    from PySide6.QtGui import QColor, QImage

    icon = QImage(96, 96, QImage.Format.Format_RGB32)
    icon.fill(QColor("#202020"))
    icon_path = out / "icon.png"
    icon.save(str(icon_path))
    from desktop_app.stickers.qr import CodeStyle

    with_icon = SheetOptions(layout, code=CodeStyle(icon=True))
    write_pdf(out / "png-icon.pdf", _rows(100, str(icon_path)), with_icon)
    images = (out / "png-icon.pdf").read_bytes().count(b"/Subtype /Image")
    print(f"  100 stickers with a PNG icon: {images} image object(s) in the PDF (goal 1)")

    if not args.no_verify:
        t = time.perf_counter()
        count = _verify(out / "sheet.pdf", [r[COLUMN_INDEX["Content"]] for r in rows])
        print(
            f"  verify: {count:,} of {n:,} codes decoded from the PDF pages in order "
            f"({time.perf_counter() - t:.1f} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
