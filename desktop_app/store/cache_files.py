"""Where each account's library file lives, and damaged copies moved aside (a few kept)."""

from __future__ import annotations

import contextlib
import hashlib
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from ..core.errors import AppError, ErrorKind
from ..core.i18n import Errors
from ..discogs import config
from . import paths

API_URL_ENV = config.API_URL_ENV
DEFAULT_API_HOST = urlsplit(config.DEFAULT_API_URL).netloc
DEMO_KEY = "demo@local"  # "@" never occurs in a Discogs username, so no account can collide
FILE_PREFIX = "library-"
FILE_SUFFIX = ".sqlite3"
KEEP_CORRUPT = 2  # damaged copies kept per account for diagnosis; older ones are deleted

DAMAGED_MESSAGE = Errors.tr(
    "The local library was damaged and has been moved aside; fetching again."
)
NEWER_MESSAGE = Errors.tr(
    "The local library was written by a newer version of the app and has been moved aside; "
    "fetching again."
)
MISMATCH_MESSAGE = Errors.tr(
    "The local library did not have the tables this version of the app needs and has been "
    "moved aside; fetching again."
)


# ---- account keys --------------------------------------------------------------------------
def account_key(username: str, api_url: str | None = None) -> str:
    """``username`` (lower case), plus ``@host[:port]`` when the API is not the real Discogs."""
    name = username.strip().lower()
    if not name:
        raise AppError(ErrorKind.USAGE, Errors.tr("No account is signed in."))
    if api_url is None:
        api_url = config.api_url()
    host = (urlsplit(api_url).netloc or api_url).lower().rsplit("@", 1)[-1]
    if host and host != DEFAULT_API_HOST:
        return f"{name}@{host}"
    return name


def safe_key(key: str) -> str:
    """A file-name-safe form of an account key; a hash is added when characters were replaced."""
    safe = re.sub(r"[^a-z0-9._@-]", "_", key.lower())
    if safe != key or safe.strip(".") != safe:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
        safe = f"{safe.strip('.')}-{digest}"
    return safe


def cache_path(key: str) -> Path:
    return paths.cache_dir() / f"{FILE_PREFIX}{safe_key(key)}{FILE_SUFFIX}"


def db_files(path: Path) -> list[Path]:
    """The database and its write-ahead log and shared-memory files."""
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def corrupt_files(path: Path) -> list[Path]:
    """Every file of the copies of ``path`` moved aside, oldest first."""
    return sorted(path.parent.glob(f"{path.name}*.corrupt-*"))


def move_aside(path: Path, *, keep: int = KEEP_CORRUPT) -> Path | None:
    """Rename the database files to ``<name>.corrupt-<time>``; keep only the newest ``keep``
    such copies. Returns where the database went (None: there was none, or it was deleted)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    moved_to: Path | None = None
    for file in db_files(path):
        if not file.exists():
            continue
        target = file.with_name(f"{file.name}.corrupt-{stamp}")
        try:
            file.replace(target)
        except OSError:
            with contextlib.suppress(OSError):
                file.unlink()
            continue
        if file == path:
            moved_to = target
    prune_corrupt(path, keep)
    return moved_to


def prune_corrupt(path: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` moved-aside copies of ``path`` (with their logs)."""
    mains = [p for p in corrupt_files(path) if p.name.startswith(f"{path.name}.corrupt-")]
    for old in mains[: max(0, len(mains) - keep)]:
        stamp = old.name.rsplit(".corrupt-", 1)[1]
        for file in db_files(path):
            with contextlib.suppress(OSError):
                file.with_name(f"{file.name}.corrupt-{stamp}").unlink()
