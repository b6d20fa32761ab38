"""Links to Discogs pages, honouring ``DISCOGS_WEB_URL`` (for the GUI, which has no ``discogs``)."""

from __future__ import annotations

import os

WEB_URL_ENV = "DISCOGS_WEB_URL"
DEFAULT_WEB_URL = "https://www.discogs.com"


def web_url() -> str:
    """The Discogs web site's base URL, without a trailing slash."""
    return (os.environ.get(WEB_URL_ENV) or DEFAULT_WEB_URL).rstrip("/")


def release_url(release_id: int) -> str:
    """The page of one release on the Discogs web site."""
    return f"{web_url()}/release/{int(release_id)}"
