"""What every CLI command shares: safe output, progress on stderr, opening the collection."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import sys
import unicodedata
from typing import TextIO

from ..core.cancel import CancelToken
from ..services.source import CollectionSource

#: Plain stand-ins for the typographic characters the messages use, where a terminal cannot
#: show them (a C locale, ``PYTHONIOENCODING=ascii``, an old Windows code page).
_PLAIN = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2026": "...", "\u00d7": "x", "\u2022": "*", "\u00b7": "*", "\u2192": "->",
    "\u2190": "<-", "\u00b1": "+/-", "\u2264": "<=", "\u2265": ">=", "\u2044": "/",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u00b0": " deg",
}  # fmt: skip
ERRORS = "discogs-qr-plain"


def _plain(char: str) -> str:
    """An ASCII stand-in for ``char``: the table, else the letters without accents, else "?"."""
    if char in _PLAIN:
        return _PLAIN[char]
    decomposed = unicodedata.normalize("NFKD", char)
    if "\u2044" in decomposed:  # a vulgar fraction: 2⅝ → 2 5/8
        decomposed = " " + decomposed
    kept = "".join(_PLAIN.get(c, c) for c in decomposed if not unicodedata.combining(c))
    return kept if kept and kept.isascii() and kept.isprintable() else "?"


def _replace_unshowable(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(_plain(ch) for ch in text), error.end


codecs.register_error(ERRORS, _replace_unshowable)


def make_output_safe(*streams: TextIO) -> None:
    """Print what the terminal cannot show as a plain stand-in (“ → ", é → e, else "?") instead
    of failing: ``PYTHONIOENCODING=ascii``, a C locale (whose "surrogateescape" fails on any
    character outside ASCII), a Windows console redirected to a file."""
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        with contextlib.suppress(Exception):  # a detached or closed stream stays as it is
            reconfigure(errors=ERRORS)


def add_source_options(parser: argparse.ArgumentParser) -> None:
    """``--demo``: read the bundled demo collection instead of the account's."""
    parser.add_argument(
        "--demo", action="store_true", help="use the bundled demo collection (no account)"
    )


class Progress:
    """A one-line live display on a terminal; silent when stderr is not a terminal."""

    def __init__(self, stream: TextIO, enabled: bool | None = None) -> None:
        self.stream = stream
        if enabled is None:
            isatty = getattr(stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self._width = 0
        self.label = ""

    def _show(self, text: str) -> None:
        if not self.enabled:
            return
        pad = max(0, self._width - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._width = len(text)

    def update(self, done: int, total: int) -> None:
        if total > 0:
            share = min(1.0, done / total)
            bar = "#" * round(share * 20)
            self._show(f"{self.label} [{bar:<20}] {done:,}/{total:,}")
        else:
            self._show(f"{self.label} {done:,}")

    def waiting(self, seconds: float, reason: str) -> None:
        if reason == "rate-limit":
            self._show(f"Waiting for the Discogs rate limit ({seconds:.0f} s)…")
        else:
            self._show(f"Discogs is not answering well; trying again in {seconds:.0f} s…")

    def clear(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def open_source(demo: bool, cancel: CancelToken) -> CollectionSource:
    """The demo collection, or the signed-in account's (DISCOGS_TOKEN, else the saved sign-in)."""
    from ..services import account
    from ..services.source import source_for

    source = source_for(None if demo else account.stored_credentials(), demo)
    resolve = getattr(source, "resolve_username", None)
    if callable(resolve):
        try:
            resolve(cancel)
        except BaseException:
            close_source(source)
            raise
    return source


def requests_made(source: object) -> int:
    return int(getattr(getattr(source, "gateway", None), "requests_made", 0))


def close_source(source: object) -> None:
    gateway = getattr(source, "gateway", None)
    if gateway is not None:
        gateway.close()


def write_stdout_utf8(text: str) -> None:
    """Write ``text`` (a CSV) to standard output as UTF-8, whatever the terminal's encoding."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
