"""Where Discogs is and who we say we are: the one home of the URLs, environment names and the
User-Agent. Every module that talks to Discogs or links to it reads these from here.

This module imports nothing but the standard library and the package version, so the services
(and through them the GUI) may read it without pulling in ``requests``.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
from urllib.parse import urlsplit

from .. import DIST_NAME, __version__

#: Environment variables the app reads.
API_URL_ENV = "DISCOGS_API_URL"  # the API (tests point it at the loopback fake server)
WEB_URL_ENV = "DISCOGS_WEB_URL"  # the web site: release pages and the OAuth authorize page
TOKEN_ENV = "DISCOGS_TOKEN"  # a personal access token, used instead of the saved sign-in
CONSUMER_KEY_ENV = "DISCOGS_CONSUMER_KEY"  # the Discogs application's key, for OAuth
CONSUMER_SECRET_ENV = "DISCOGS_CONSUMER_SECRET"
BACKOFF_ENV = "DISCOGS_QR_BACKOFF_BASE"  # seconds; tests make it tiny
TIMEOUT_ENV = "DISCOGS_QR_TIMEOUT"  # "read" or "connect,read" seconds

DEFAULT_API_URL = "https://api.discogs.com"
DEFAULT_WEB_URL = "https://www.discogs.com"
DEVELOPER_SETTINGS_URL = f"{DEFAULT_WEB_URL}/settings/developers"
APPLICATIONS_SETTINGS_URL = f"{DEFAULT_WEB_URL}/settings/applications"

#: The generated module a packaged build may carry with the app's consumer key (never committed).
BUILTIN_CONSUMER_MODULE = "desktop_app.discogs._builtin_consumer"

_PRODUCT = "DiscogsQRExport"


def _env_url(name: str, default: str) -> str:
    return (os.environ.get(name, "").strip() or default).rstrip("/")


def api_url() -> str:
    """``DISCOGS_API_URL``, or the real API; never with a trailing slash."""
    return _env_url(API_URL_ENV, DEFAULT_API_URL)


def web_url() -> str:
    """``DISCOGS_WEB_URL``, or the real site; never with a trailing slash."""
    return _env_url(WEB_URL_ENV, DEFAULT_WEB_URL)


#: Where Discogs keeps its images (``thumb`` and ``cover_image`` in every collection item).
IMAGE_HOSTS = frozenset({"i.discogs.com", "img.discogs.com", "st.discogs.com"})


def image_url_allowed(url: str, api: str | None = None) -> bool:
    """Whether a cover may be fetched from ``url``: an https address on Discogs' image hosts,
    or any address on the host of the API in use (``api``; a Discogs-compatible test server)."""
    try:
        parts = urlsplit(url)
        api_parts = urlsplit(api or api_url())
    except ValueError:
        return False
    if parts.hostname and (parts.hostname, parts.scheme) == (
        api_parts.hostname,
        api_parts.scheme,
    ):
        return True
    return parts.scheme == "https" and (parts.hostname or "") in IMAGE_HOSTS


def release_url(release_id: int) -> str:
    """The page of one release on the Discogs web site (honours ``DISCOGS_WEB_URL``)."""
    return f"{web_url()}/release/{int(release_id)}"


def _project_url() -> str:
    try:
        meta = importlib.metadata.metadata(DIST_NAME)
    except importlib.metadata.PackageNotFoundError:
        return ""
    for entry in meta.get_all("Project-URL") or []:
        _, _, url = entry.partition(",")
        if url.strip().startswith("http"):
            return url.strip()
    home = meta.get("Home-page") or ""
    return home if home.startswith("http") else ""


def user_agent() -> str:
    """The one User-Agent: ``DiscogsQRExport/<version>``, ``+<project url>`` when declared."""
    url = _project_url()
    return f"{_PRODUCT}/{__version__}" + (f" +{url}" if url else "")


def env_token() -> str:
    """``DISCOGS_TOKEN``, stripped ("" when not set)."""
    return os.environ.get(TOKEN_ENV, "").strip()


def consumer_from_env() -> tuple[str, str] | None:
    """``(key, secret)`` from DISCOGS_CONSUMER_KEY / DISCOGS_CONSUMER_SECRET, if both are set."""
    key = os.environ.get(CONSUMER_KEY_ENV, "").strip()
    secret = os.environ.get(CONSUMER_SECRET_ENV, "").strip()
    return (key, secret) if key and secret else None


def builtin_consumer() -> tuple[str, str] | None:
    """The consumer key/secret a packaged build was given at build time, if any."""
    try:
        module = importlib.import_module(BUILTIN_CONSUMER_MODULE)
    except ImportError:
        return None
    key = str(getattr(module, "CONSUMER_KEY", "") or "").strip()
    secret = str(getattr(module, "CONSUMER_SECRET", "") or "").strip()
    return (key, secret) if key and secret else None
