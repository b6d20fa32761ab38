"""Sticker widgets: the live sticker preview and the Stickers dialog (sheets, printing, images)."""

from .dialog import StickersDialog
from .preview import SheetMap, StickerPreview

__all__ = ["SheetMap", "StickerPreview", "StickersDialog"]
