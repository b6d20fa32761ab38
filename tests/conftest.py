"""Test setup shared by every test: headless Qt, isolated folders, an in-memory keyring."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

# Must be set before any Qt module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import keyring
import keyring.backend
import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        import keyring.errors

        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Fresh settings, cache, data and keyring for every test; never the developer's own."""
    home = tmp_path / "discogs-qr-home"
    monkeypatch.setenv("DISCOGS_QR_HOME", str(home))
    for name in ("DISCOGS_TOKEN", "DISCOGS_CONSUMER_KEY", "DISCOGS_CONSUMER_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISCOGS_API_URL", "http://127.0.0.1:9")  # nothing listens: no real calls
    monkeypatch.setenv("DISCOGS_WEB_URL", "http://127.0.0.1:9")
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield home
    finally:
        keyring.set_keyring(previous)
        gc.unfreeze()  # the window freezes long-lived rows (gui/heap.py); tests start afresh


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp: object) -> object:
    """A QApplication before any test runs, whatever the order (the tests run in parallel, in
    any order): a service that draws makes a plain QGuiApplication when there is none, and no
    widget can be made in a process that has one."""
    return qapp
