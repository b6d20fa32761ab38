"""Links to Discogs pages, honouring ``DISCOGS_WEB_URL`` (for the GUI, which has no ``discogs``)."""

from __future__ import annotations

from ..discogs import config

WEB_URL_ENV = config.WEB_URL_ENV
DEFAULT_WEB_URL = config.DEFAULT_WEB_URL
DEVELOPER_SETTINGS_URL = config.DEVELOPER_SETTINGS_URL


def web_url() -> str:
    """The Discogs web site's base URL, without a trailing slash."""
    return config.web_url()


def release_url(release_id: int) -> str:
    """The page of one release on the Discogs web site."""
    return config.release_url(release_id)
