"""Scan margin of the demo collection's sticker sheets on Avery L7120-25, decoded the way a
worn print and a phone see them. Prints one row per case, as the table in docs/scan-margin.md:

- the QR module size (mm) of every sticker;
- zbar on each label cropped from a 100 dpi render, and from a 200 dpi render shrunk to half
  (zbar through pyzbar, or the libzbar shared library; skipped, and said so, when neither is
  installed: it is not a dependency);
- zxing-cpp on a "phone photo" of each page: rendered at 200 dpi, Gaussian blur sigma 1 px,
  noise (sigma 8 grey levels), turned 7 degrees, shrunk to half, saved as JPEG quality 40;
- zxing-cpp on each page at 200 dpi blurred by sigma 2 px.

The sheets are the PDF the service writes (check included), rendered by pdfium. Everything is
pure Python and Qt: the blur is a separable Gaussian over whole rows (``map`` over integer
lists), the noise comes from ``random`` with a fixed seed, so the figures repeat.

.venv/bin/python -m tests.bench.bench_scan_margin [--icon] [--link-form upper] [--pages N]
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import math
import operator
import os
import random
import sys
import tempfile
import time
from itertools import repeat
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ["DISCOGS_QR_HOME"] = tempfile.mkdtemp(prefix="bench-scan-margin-")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.services import stickers as service  # noqa: E402

LAYOUT = "L7120-25"


# ---- images (8-bit grey, as bytes rows) ----------------------------------------------------


def render_pages(pdf: Path, dpi: float) -> list:
    """Every page of ``pdf`` as a Grayscale8 QImage at ``dpi`` (pdfium)."""
    import pypdfium2
    from PySide6.QtGui import QImage

    doc = pypdfium2.PdfDocument(str(pdf))
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


def to_rows(image) -> list[bytes]:
    data = bytes(image.constBits())
    stride, w = image.bytesPerLine(), image.width()
    return [data[y * stride : y * stride + w] for y in range(image.height())]


def from_rows(rows: list[bytes]):
    from PySide6.QtGui import QImage

    h, w = len(rows), len(rows[0])
    return QImage(b"".join(rows), w, h, w, QImage.Format.Format_Grayscale8).copy()


def _kernel(sigma: float) -> list[int]:
    """Integer Gaussian weights (sum 4096) of radius 3 sigma."""
    radius = max(1, math.ceil(3 * sigma))
    raw = [math.exp(-(k * k) / (2 * sigma * sigma)) for k in range(-radius, radius + 1)]
    total = sum(raw)
    weights = [round(4096 * v / total) for v in raw]
    weights[radius] += 4096 - sum(weights)
    return weights


def _blur_line(values: list[int], weights: list[int]) -> list[int]:
    radius = len(weights) // 2
    n = len(values)
    padded = [values[0]] * radius + values + [values[-1]] * radius
    acc = [0] * n
    for k, weight in enumerate(weights):
        acc = list(map(operator.add, acc, map(operator.mul, repeat(weight), padded[k : k + n])))
    return [v >> 12 for v in acc]


def gaussian_blur(rows: list[bytes], sigma: float) -> list[bytes]:
    """A separable Gaussian blur of ``sigma`` pixels (edges repeated)."""
    weights = _kernel(sigma)
    across = [_blur_line(list(row), weights) for row in rows]
    columns = [_blur_line(list(col), weights) for col in zip(*across, strict=True)]
    return [bytes(row) for row in zip(*columns, strict=True)]


def add_noise(rows: list[bytes], sigma: float, seed: int) -> list[bytes]:
    """Gaussian noise of ``sigma`` grey levels on every pixel (a fixed seed: repeatable)."""
    rng = random.Random(seed)
    table = [128 + max(-128, min(127, round(rng.gauss(0, sigma)))) for _ in range(4096)]
    clamp = [max(0, min(255, v - 128)) for v in range(512)]  # pixel + noise + 128 -> pixel
    out = []
    for row in rows:
        start = rng.randrange(4096)
        noise = (table * (len(row) // 4096 + 2))[start : start + len(row)]
        out.append(bytes(map(clamp.__getitem__, map(operator.add, row, noise))))
    return out


def phone_photo(page, seed: int):
    """Blur sigma 1, noise, 7 degrees, half size, JPEG quality 40: what a phone sends."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
    from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter, QTransform

    rows = add_noise(gaussian_blur(to_rows(page), 1.0), 8.0, seed)
    blurred = from_rows(rows)
    w, h = page.width() // 2, page.height() // 2
    turned = QImage(w, h, QImage.Format.Format_RGB32)
    turned.fill(QColor("#E8E8E8"))  # the table under the sheet
    p = QPainter(turned)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    transform = QTransform()
    transform.translate(w / 2, h / 2)
    transform.rotate(7)
    transform.scale(0.5, 0.5)
    transform.translate(-page.width() / 2, -page.height() / 2)
    p.setTransform(transform)
    p.drawImage(QPointF(0, 0), blurred)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(40)
    if not writer.write(turned):
        raise OSError(f"JPEG: {writer.errorString()}")
    buffer.close()
    photo = QImage.fromData(data, "JPEG")
    return photo.convertToFormat(QImage.Format.Format_Grayscale8)


# ---- decoders -------------------------------------------------------------------------------


def zxing_texts(image) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


class Zbar:
    """zbar through pyzbar, or straight through the libzbar shared library (ctypes)."""

    def __init__(self) -> None:
        self.how = ""
        self._pyzbar = None
        self._lib = None
        try:
            from pyzbar import pyzbar  # type: ignore[import-not-found]

            self._pyzbar = pyzbar
            self.how = "pyzbar"
            return
        except ImportError:
            pass
        name = ctypes.util.find_library("zbar")
        if name:
            try:
                lib = ctypes.CDLL(name)
            except OSError:
                return
            lib.zbar_image_scanner_create.restype = ctypes.c_void_p
            lib.zbar_image_create.restype = ctypes.c_void_p
            lib.zbar_image_first_symbol.restype = ctypes.c_void_p
            lib.zbar_image_first_symbol.argtypes = [ctypes.c_void_p]
            lib.zbar_symbol_next.restype = ctypes.c_void_p
            lib.zbar_symbol_next.argtypes = [ctypes.c_void_p]
            lib.zbar_symbol_get_data.restype = ctypes.c_char_p
            lib.zbar_symbol_get_data.argtypes = [ctypes.c_void_p]
            lib.zbar_image_scanner_set_config.argtypes = [
                ctypes.c_void_p,
                ctypes.c_int,
                ctypes.c_int,
                ctypes.c_int,
            ]
            lib.zbar_image_set_format.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
            lib.zbar_image_set_size.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_uint]
            lib.zbar_image_set_data.argtypes = [
                ctypes.c_void_p,
                ctypes.c_void_p,
                ctypes.c_ulong,
                ctypes.c_void_p,
            ]
            lib.zbar_scan_image.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
            lib.zbar_image_destroy.argtypes = [ctypes.c_void_p]
            lib.zbar_image_scanner_destroy.argtypes = [ctypes.c_void_p]
            self._lib = lib
            self.how = f"libzbar ({name})"

    @property
    def available(self) -> bool:
        return bool(self.how)

    def texts(self, image) -> list[str]:
        rows = to_rows(image)
        w, h = image.width(), image.height()
        data = b"".join(rows)
        if self._pyzbar is not None:
            found = self._pyzbar.decode((data, w, h))
            return [s.data.decode("utf-8", "replace") for s in found if s.type == "QRCODE"]
        lib = self._lib
        scanner = lib.zbar_image_scanner_create()
        lib.zbar_image_scanner_set_config(scanner, 0, 0, 1)  # all symbologies, enable
        zimage = lib.zbar_image_create()
        fourcc = ord("Y") | ord("8") << 8 | ord("0") << 16 | ord("0") << 24
        lib.zbar_image_set_format(zimage, fourcc)
        lib.zbar_image_set_size(zimage, w, h)
        buffer = ctypes.create_string_buffer(data, len(data))
        lib.zbar_image_set_data(zimage, buffer, len(data), None)
        lib.zbar_scan_image(scanner, zimage)
        out = []
        symbol = lib.zbar_image_first_symbol(zimage)
        while symbol:
            out.append(lib.zbar_symbol_get_data(symbol).decode("utf-8", "replace"))
            symbol = lib.zbar_symbol_next(symbol)
        lib.zbar_image_destroy(zimage)
        lib.zbar_image_scanner_destroy(scanner)
        return out


# ---- the sheets ------------------------------------------------------------------------------


def demo_rows() -> list[list[str]]:
    from desktop_app.core.qrfactory import build_rows
    from desktop_app.services.source import ALL_FOLDER_ID, DemoSource

    source = DemoSource()
    instances = [i for page in source.iter_pages(ALL_FOLDER_ID) for i in page.instances]
    names = {f.id: f.name for f in source.folders()}
    return build_rows(instances, folder_names=names, note_fields=source.note_fields())


def crop_label(page, layout, slot: int, dpi: float, margin_mm: float = 1.0):
    x, y, w, h = layout.label_rect(slot)
    px = dpi / 25.4
    return page.copy(
        round((x - margin_mm) * px),
        round((y - margin_mm) * px),
        round((w + 2 * margin_mm) * px),
        round((h + 2 * margin_mm) * px),
    )


def _share(hits: int, total: int) -> str:
    return f"{hits}/{total} = {100 * hits / total:.0f} %" if total else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--icon", action="store_true", help="the centre icon on (level High)")
    parser.add_argument("--link-form", default="as-is", choices=("as-is", "short", "upper"))
    parser.add_argument("--pages", type=int, default=0, help="only the first N pages")
    args = parser.parse_args(argv)
    service.ensure_qt()
    from PySide6.QtCore import Qt

    from desktop_app.stickers.check import code_side
    from desktop_app.stickers.layouts import PRESETS
    from desktop_app.stickers.painter import StickerPainter
    from desktop_app.stickers.qr import qr_matrix, spec_from_row
    from desktop_app.stickers.sheet import SheetOptions, placements

    layout = PRESETS[LAYOUT]
    rows = demo_rows()
    if args.pages:
        rows = rows[: args.pages * layout.per_page]
    options = SheetOptions(layout)
    try:  # the code options exist since the scan-margin work; older code has none
        from desktop_app.stickers.qr import CodeStyle

        options = SheetOptions(layout, code=CodeStyle(icon=args.icon, url_form=args.link_form))
        painter = StickerPainter(code=options.code)
        prepare = painter.prepare
    except ImportError:
        painter = StickerPainter()

        def prepare(spec):
            return spec

    out = Path(tempfile.mkdtemp(prefix="bench-scan-margin-out-"))
    pdf = out / "sheets.pdf"
    started = time.perf_counter()
    service.make_sheet_pdf(pdf, rows, [], options)
    made = time.perf_counter() - started
    specs = [prepare(spec_from_row(row)) for row in rows]
    expected = [s.content for s in specs]
    places = placements(len(rows), options)
    modules = sorted(
        code_side(layout.label_width, layout.label_height, layout.round, s) / qr_matrix(s).total
        for s in specs
    )
    versions = sorted({(qr_matrix(s).version, qr_matrix(s).error) for s in specs})
    on_page: dict[int, list[tuple[int, str]]] = {}
    for (page, slot), text in zip(places, expected, strict=True):
        on_page.setdefault(page, []).append((slot, text))

    icon = "icon on" if any(s.has_icon for s in specs) else "no icon"
    print(
        f"Demo collection, {len(rows)} stickers on {LAYOUT} ({len(on_page)} pages, {icon}, "
        f"links {args.link_form}); PDF with the check in {made:.1f} s"
    )
    print("| case | here |")
    print("|---|---|")
    symbols = ", ".join(f"V{v} {e}" for v, e in versions)
    side = modules[0] * qr_matrix(specs[0]).total
    print(
        f"| QR module size | {modules[0]:.3f}–{modules[-1]:.3f} mm ({symbols}, "
        f"{side:.1f} mm symbol with quiet zone on a {layout.label_width:g} mm label) |"
    )

    zbar = Zbar()
    if not zbar.available:
        print("| zbar, labels cropped from a 100 dpi render | zbar not installed: skipped |")
        print("| zbar, labels from a 200 dpi render shrunk to half | zbar not installed: skipped |")
    else:
        low = render_pages(pdf, 100)
        high = render_pages(pdf, 200)
        hits_low = hits_half = total = 0
        for page, labels in on_page.items():
            for slot, text in labels:
                total += 1
                hits_low += text in zbar.texts(crop_label(low[page], layout, slot, 100))
                crop = crop_label(high[page], layout, slot, 200)
                half = crop.scaled(
                    crop.width() // 2,
                    crop.height() // 2,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                hits_half += text in zbar.texts(half)
        print(
            f"| zbar ({zbar.how}), labels cropped from a 100 dpi render | "
            f"{_share(hits_low, total)} |"
        )
        print(f"| zbar, labels from a 200 dpi render shrunk to half | {_share(hits_half, total)} |")

    pages = render_pages(pdf, 200)
    photo_hits = blur_hits = total = 0
    per_page = []
    for page, labels in on_page.items():
        wanted = [text for _, text in labels]
        photo = phone_photo(pages[page], seed=page)
        seen = zxing_texts(photo)
        hits = sum(1 for text in wanted if text in seen)
        photo_hits += hits
        per_page.append(f"{100 * hits / len(wanted):.0f}")
        blurred = from_rows(gaussian_blur(to_rows(pages[page]), 2.0))
        seen = zxing_texts(blurred)
        blur_hits += sum(1 for text in wanted if text in seen)
        total += len(wanted)
    print(
        f'| zxing-cpp, "phone photo" of each page: blur σ1, noise, 7°, half size, JPEG 40 | '
        f"{_share(photo_hits, total)} (pages: {', '.join(per_page)} %) |"
    )
    print(f"| zxing-cpp, each page at 200 dpi blurred σ2 | {_share(blur_hits, total)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
