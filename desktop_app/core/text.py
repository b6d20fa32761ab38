"""Text as Discogs wrote it, made safe to store and encode. The one place text is repaired.

Where the app changes text on purpose (everything else reaches the CSV as written, including a
carriage return or a line break inside a title or a note):

* **Lone surrogates** (``"\\ud800"``: valid JSON, not encodable as UTF-8) are replaced by
  U+FFFD REPLACEMENT CHARACTER when a collection item is read (:func:`clean_text`, used by
  :mod:`.release` and :mod:`.artists`) and again when bytes are written (:func:`utf8`), so one bad
  character never stops a load or an export; the record is kept.
* **Leading and trailing whitespace** of the fields of an item (title, artist, label, …) is
  removed when the item is read; whitespace inside is kept.
* **Artist names** lose the Discogs disambiguation suffix (``Prince (2)`` → ``Prince``) and are
  joined as the site shows them (:mod:`.artists`).
* **File names** are made safe for macOS and Windows and unique (``qrfactory.safe_file_name``).
* **Formula protection** (an export option, off by default) puts ``'`` before a cell starting
  with ``= + - @`` (``qrfactory.neutralise``).
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (the same object when none)."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(REPLACEMENT, text)


def utf8(text: str) -> bytes:
    """``text`` as UTF-8; a lone surrogate (which strict UTF-8 refuses) becomes U+FFFD."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return clean_text(text).encode("utf-8")
