"""Stickers without QR Factory: QR codes (segno), one sticker painter for preview, PDF, printer
and images, sheet layouts as data, and the decode check (zxing-cpp). Qt painter, no widgets."""
