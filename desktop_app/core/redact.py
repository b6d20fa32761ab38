"""Remove secrets from text before it is logged, shown or copied (no I/O, no Qt).

Two layers: patterns that catch credentials by their shape wherever they appear (``token=…``,
``oauth_token_secret=…``, ``Authorization: …`` headers, JSON ``"token": "…"`` fields), and the
exact values of the credentials in use, registered with :func:`register_secret` when they are
loaded or saved, so they are removed even where no pattern would see them.
"""

from __future__ import annotations

import re
import threading

MASK = "[REDACTED]"
_MIN_SECRET = 6  # shorter values would mask ordinary words

_NAMES = (
    r"(?:oauth_)?token(?:_secret)?|oauth_(?:signature|verifier|nonce|consumer_key)"
    r"|(?:consumer_|client_|resource_owner_)?secret|(?:consumer|client|resource_owner)_key"
    r"|access_token|password"
    r"|api_?key|authorization"
)
_PATTERNS = [
    # an HTTP header: Authorization: Discogs token=…, Authorization: OAuth …  (to the line end)
    re.compile(r"(?i)(\bauthorization\s*:\s*)(?!['\"])[^\r\n]+"),
    # "token": "…", 'token_secret': '…'
    re.compile(rf"(?i)(['\"](?:{_NAMES})['\"]\s*:\s*['\"])[^'\"]*"),
    # token=…, oauth_token_secret=…, ?token=…&, oauth_signature="…"
    re.compile(rf"(?i)(\b(?:{_NAMES})\s*=\s*['\"]?)[^\s&,'\"]+"),
]

_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(*values: str | None) -> None:
    """Remember values that must never be written out (short or empty ones are ignored)."""
    with _lock:
        for value in values:
            if value and len(value) >= _MIN_SECRET:
                _secrets.add(value)


def forget_secrets() -> None:
    """Forget the registered values (after signing out; tests)."""
    with _lock:
        _secrets.clear()


def redact(text: str) -> str:
    """``text`` with every registered secret and every credential-shaped value masked."""
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for value in known:
        if value in text:
            text = text.replace(value, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text
