"""Credential storage: keyring, session-only and the opt-in unencrypted file."""

from __future__ import annotations

import json
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import chainer, fail, null

from desktop_app.core.errors import AppError, ErrorKind
from desktop_app.discogs.auth import Credentials
from desktop_app.services import account
from desktop_app.store import secrets
from desktop_app.store.secrets import SecretStore

OAUTH = Credentials("oauth", "at", "ats", consumer_key="ck", consumer_secret="cs", username="ann")
TOKEN = Credentials("token", "good-token", username="bob")


@pytest.fixture(autouse=True)
def clean_session() -> Iterator[None]:
    SecretStore("session").delete()
    yield
    SecretStore("session").delete()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_keyring_round_trip(memory_keyring) -> None:
    store = SecretStore("keyring")
    assert store.load() is None
    store.save(OAUTH)
    assert store.load() == OAUTH
    raw = memory_keyring.store[(secrets.SERVICE, secrets.ENTRY)]
    assert json.loads(raw) == OAUTH.to_dict()
    store.save(TOKEN)
    assert store.load() == TOKEN
    store.delete()
    assert store.load() is None
    assert memory_keyring.store == {}
    store.delete()  # deleting twice is fine


def test_memory_backend_counts_as_secure() -> None:
    assert secrets.secure_backend_available()
    assert secrets.default_store().mode == "keyring"


def test_damaged_keyring_entry_is_ignored(memory_keyring) -> None:
    memory_keyring.store[(secrets.SERVICE, secrets.ENTRY)] = "{not json"
    assert SecretStore("keyring").load() is None
    memory_keyring.store[(secrets.SERVICE, secrets.ENTRY)] = json.dumps({"kind": "oauth"})
    assert SecretStore("keyring").load() is None


class _Weak(keyring.backend.KeyringBackend):
    priority = 0.5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), _Weak()], ids=["fail", "null", "weak"]
)
def test_insecure_backends_are_detected(backend: keyring.backend.KeyringBackend) -> None:
    keyring.set_keyring(backend)  # conftest restores the previous backend
    assert not secrets.secure_backend_available()
    assert secrets.default_store().mode == "session"


def test_chainer_without_usable_backends_is_not_secure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [_Weak()])
    keyring.set_keyring(chainer.ChainerBackend())
    assert not secrets.secure_backend_available()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not secrets.secure_backend_available()


def test_fail_backend_reads_nothing_and_refuses_to_save(no_keyring) -> None:
    store = SecretStore("keyring")
    assert store.load() is None
    store.delete()
    with pytest.raises(AppError) as info:
        store.save(TOKEN)
    assert info.value.kind is ErrorKind.IO
    assert "keyring" in info.value.message


def test_session_mode_writes_nothing(isolated_home: Path, no_keyring) -> None:
    before = files_under(isolated_home)
    store = SecretStore("session")
    store.save(OAUTH)
    assert store.load() == OAUTH
    assert SecretStore("session").load() == OAUTH  # shared by the whole process
    assert files_under(isolated_home) == before
    assert not store.persistent
    store.delete()
    assert store.load() is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unencrypted_file_is_private_and_labelled(isolated_home: Path) -> None:
    store = SecretStore("file")
    store.save(OAUTH)
    path = secrets.unencrypted_file_path()
    assert path.name == "credentials-UNENCRYPTED.json"
    assert path.parent == isolated_home / "data"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text("utf-8"))
    assert "UNENCRYPTED" in data["WARNING"]
    assert store.load() == OAUTH
    assert not store.is_secure
    # rewriting keeps 0600 and leaves no temporary files behind
    store.save(TOKEN)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_default_store_prefers_keyring_then_opted_in_file(no_keyring) -> None:
    assert secrets.default_store().mode == "session"
    SecretStore("file").save(TOKEN)
    assert secrets.default_store().mode == "file"
    SecretStore("file").delete()
    assert secrets.default_store().mode == "session"


def test_sign_out_deletes_everywhere(memory_keyring) -> None:
    SecretStore("keyring").save(OAUTH)
    SecretStore("file").save(OAUTH)
    SecretStore("session").save(OAUTH)
    account.sign_out()
    assert set(memory_keyring.store) == {(secrets.SERVICE, secrets.CONSUMER_ENTRY)}
    assert "at" not in memory_keyring.store[(secrets.SERVICE, secrets.CONSUMER_ENTRY)]
    assert not secrets.unencrypted_file_path().exists()
    assert SecretStore("session").load() is None
    assert account.stored_credentials() is None
    # the application's key the user entered is kept for the next sign-in
    assert account.stored_consumer() == (OAUTH.consumer_key, OAUTH.consumer_secret)


def test_remember_keeps_one_copy(memory_keyring) -> None:
    SecretStore("file").save(OAUTH)
    store = account.remember(TOKEN)
    assert store.mode == "keyring"
    assert not secrets.unencrypted_file_path().exists()
    assert account.stored_credentials() == TOKEN
    account.remember(OAUTH, SecretStore("session"))
    assert memory_keyring.store == {}
    assert account.stored_credentials() == OAUTH


def test_stored_credentials_prefers_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    account.remember(OAUTH)
    assert account.stored_credentials() == OAUTH
    monkeypatch.setenv("DISCOGS_TOKEN", "env-token")
    assert account.stored_credentials() == Credentials("token", "env-token")


def test_stored_credentials_reads_an_opted_in_file(no_keyring) -> None:
    SecretStore("file").save(TOKEN)
    assert account.stored_credentials() == TOKEN


def test_no_keyring_means_session_only_and_the_user_is_told(
    isolated_home: Path, no_keyring
) -> None:
    store = secrets.default_store()
    assert store.mode == "session" and not store.persistent
    assert "session only" in secrets.where_kept(store)
    store.save(TOKEN)
    assert store.load() == TOKEN
    assert all(
        TOKEN.token not in p.read_text("utf-8", "replace") for p in files_under(isolated_home)
    )
    assert not secrets.unencrypted_file_path().exists()  # never a silent plain-text fallback
    with pytest.raises(AppError):
        SecretStore("keyring").save(TOKEN)  # the keyring refuses: an error, no file instead
    assert not secrets.unencrypted_file_path().exists()


def test_the_file_store_is_explicit_private_and_says_so(isolated_home: Path, no_keyring) -> None:
    store = SecretStore("file")
    store.save(OAUTH)
    path = secrets.unencrypted_file_path()
    assert "UNENCRYPTED" in secrets.where_kept(store) and str(path) in secrets.where_kept(store)
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert secrets.default_store().mode == "file"  # chosen once, remembered by the file


def test_loaded_and_saved_values_are_redacted_from_logs(memory_keyring) -> None:
    from desktop_app.core.redact import forget_secrets, redact

    forget_secrets()
    SecretStore("keyring").save(OAUTH)
    creds = SecretStore("keyring").load()
    assert creds is not None
    long = Credentials("token", "a-long-personal-token-1234", username="z")
    SecretStore("session").save(long)
    assert "a-long-personal-token-1234" not in redact("header a-long-personal-token-1234")
    forget_secrets()
