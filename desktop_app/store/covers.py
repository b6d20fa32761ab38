"""The cover cache on disk: one file per image address in the app's cache folder, capped in size
(the least recently used dropped first).

Files are named by a hash of the address (no address is written anywhere), written atomically,
and touched when read so that the ones in use stay. Safe to use from several threads.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from pathlib import Path

from . import paths

FOLDER = "covers"
DEFAULT_CAP_MB = 200
#: A read refreshes a file's time at most this often (a read is not a write every time).
TOUCH_SECONDS = 3600.0
#: When over the cap, files are dropped until the cache is this share of it.
TRIM_TO = 0.9
SUFFIX = ".img"


def cover_key(url: str) -> str:
    return hashlib.blake2b(url.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename, so a reader never sees half an image (no
    flush to disk: a cache that loses its last files in a power cut just fetches them again)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


class CoverStore:
    """Image bytes by address, at most ``cap_bytes`` on disk."""

    def __init__(self, folder: Path | None = None, cap_bytes: int = DEFAULT_CAP_MB << 20) -> None:
        self.folder = folder if folder is not None else paths.cache_dir() / FOLDER
        self.cap_bytes = max(0, int(cap_bytes))
        self._lock = threading.Lock()
        self._size: int | None = None  # bytes on disk, counted once then kept up to date

    def _path(self, url: str) -> Path:
        key = cover_key(url)
        return self.folder / key[:2] / (key + SUFFIX)

    def get(self, url: str) -> bytes | None:
        """The cached bytes of ``url``, or None."""
        path = self._path(url)
        try:
            data = path.read_bytes()
            if time.time() - path.stat().st_mtime > TOUCH_SECONDS:
                os.utime(path)
        except OSError:
            return None
        return data

    def put(self, url: str, data: bytes) -> None:
        """Keep ``data`` for ``url`` (nothing when the cap is 0); drop the oldest past the cap."""
        if not self.cap_bytes or len(data) > self.cap_bytes:
            return
        path = self._path(url)
        try:
            old = path.stat().st_size
        except OSError:
            old = 0
        try:
            _write(path, data)
        except OSError:
            return  # a cache that cannot be written is a cache that misses
        with self._lock:
            if self._size is not None:
                self._size += len(data) - old
        if self.size() > self.cap_bytes:
            self.trim(int(self.cap_bytes * TRIM_TO))

    def drop(self, url: str) -> None:
        """Forget the bytes kept for ``url``."""
        path = self._path(url)
        try:
            size = path.stat().st_size
            path.unlink()
        except OSError:
            return
        with self._lock:
            if self._size is not None:
                self._size -= size

    def size(self) -> int:
        """Bytes on disk."""
        with self._lock:
            if self._size is None:
                self._size = sum(size for _path, size, _mtime in self._files())
            return self._size

    def trim(self, target: int) -> int:
        """Drop the least recently used files until at most ``target`` bytes are left; the
        number of files dropped."""
        with self._lock:
            files = sorted(self._files(), key=lambda f: f[2])
            total = sum(size for _path, size, _mtime in files)
            dropped = 0
            for path, size, _mtime in files:
                if total <= target:
                    break
                with contextlib.suppress(OSError):
                    path.unlink()
                    total -= size
                    dropped += 1
            self._size = total
        return dropped

    def clear(self) -> None:
        """Drop every cached cover."""
        self.trim(0)

    def _files(self) -> list[tuple[Path, int, float]]:
        found: list[tuple[Path, int, float]] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob("*/*" + SUFFIX):
            with contextlib.suppress(OSError):
                stat = path.stat()
                found.append((path, stat.st_size, stat.st_mtime))
        return found
