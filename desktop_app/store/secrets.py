"""Where the sign-in credentials are kept: the system keyring, this session only, or (only when
the user opts in) a clearly labelled unencrypted file.

The keyring holds the JSON of :meth:`Credentials.to_dict` (for OAuth this includes the consumer key
and secret) and, in a second entry, the consumer key and secret the user entered. Signing out
deletes the credentials from every place; the consumer key stays, so the next sign-in is one click.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from pathlib import Path
from typing import Literal

import keyring
import keyring.backend
import keyring.errors

from ..core.csvio import atomic_write_bytes
from ..core.errors import AppError, ErrorKind
from ..core.i18n import Errors
from ..core.redact import register_secret
from ..discogs.auth import Credentials
from . import paths

log = logging.getLogger(__name__)

SERVICE = "discogs-qr-export"
ENTRY = "credentials"
FILE_NAME = "credentials-UNENCRYPTED.json"
CONSUMER_ENTRY = "consumer"
CONSUMER_FILE_NAME = "consumer-UNENCRYPTED.json"
FILE_WARNING = (
    "UNENCRYPTED Discogs credentials for Discogs QR Export. Anyone who can read this file can "
    "use your Discogs account. Sign out in the app to delete it."
)

StoreMode = Literal["keyring", "session", "file"]
MODES: tuple[StoreMode, ...] = ("keyring", "session", "file")

_session_lock = threading.Lock()
_session: dict[str, object] = {}


def _backend_is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_backend_is_secure(child) for child in backend.backends)
    try:
        priority = float(backend.priority)
    except Exception:  # a backend whose priority cannot be determined is not trusted
        return False
    return priority >= 1


def secure_backend_available() -> bool:
    """True when the current keyring backend stores secrets somewhere safe (not fail/null/plain)."""
    try:
        return _backend_is_secure(keyring.get_keyring())
    except Exception as exc:  # keyring discovery itself failed
        log.info("keyring unavailable: %s", exc)
        return False


def unencrypted_file_path() -> Path:
    return paths.data_dir() / FILE_NAME


def _parse(text: str | None) -> Credentials | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        log.warning("stored credentials are not valid JSON; ignoring them")
        return None
    if isinstance(data, dict) and isinstance(data.get("credentials"), dict):
        data = data["credentials"]  # the unencrypted file wraps them with a warning
    if not isinstance(data, dict):
        return None
    creds = Credentials.from_dict(data)
    if creds.kind not in ("token", "oauth") or not creds.token:
        return None
    _never_log(creds)
    return creds


def _never_log(creds: Credentials) -> None:
    """Make the values of ``creds`` redacted from every log line and crash report."""
    register_secret(creds.token, creds.token_secret, creds.consumer_secret)


class SecretStore:
    """Load, save and delete the credentials in one place (``mode``)."""

    def __init__(self, mode: StoreMode = "keyring") -> None:
        if mode not in MODES:
            raise ValueError(f"unknown secret store mode {mode!r}")
        self.mode: StoreMode = mode

    def __repr__(self) -> str:
        return f"SecretStore({self.mode!r})"

    @property
    def is_secure(self) -> bool:
        """False only for the unencrypted file (the session keeps nothing on disk)."""
        return self.mode != "file"

    @property
    def persistent(self) -> bool:
        """Whether the credentials survive the app quitting."""
        return self.mode != "session"

    def load(self) -> Credentials | None:
        if self.mode == "session":
            with _session_lock:
                found = _session.get(ENTRY)
            return found if isinstance(found, Credentials) else None
        if self.mode == "file":
            try:
                return _parse(unencrypted_file_path().read_text("utf-8"))
            except FileNotFoundError:
                return None
            except OSError as exc:
                log.warning("cannot read the credentials file: %s", exc)
                return None
        return _parse(_keyring_get(ENTRY))

    def save(self, creds: Credentials) -> None:
        _never_log(creds)
        if self.mode == "session":
            with _session_lock:
                _session[ENTRY] = creds
            return
        if self.mode == "file":
            payload = {"WARNING": FILE_WARNING, "credentials": creds.to_dict()}
            data = json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8")
            try:
                atomic_write_bytes(unencrypted_file_path(), data, mode=0o600)
            except OSError as exc:
                raise AppError(
                    ErrorKind.IO,
                    Errors.tr("Could not save the credentials file: {reason}.").args(
                        reason=exc.strerror or exc
                    ),
                ) from exc
            return
        try:
            keyring.set_password(SERVICE, ENTRY, json.dumps(creds.to_dict()))
        except Exception as exc:
            raise AppError(
                ErrorKind.IO,
                Errors.tr("Could not save the sign-in to the system keyring; it may be locked."),
                detail=str(exc),
            ) from exc

    def delete(self) -> None:
        """Forget the credentials kept in this place; missing entries are not an error."""
        if self.mode == "session":
            with _session_lock:
                _session.pop(ENTRY, None)
            return
        if self.mode == "file":
            with contextlib.suppress(FileNotFoundError):
                os.unlink(unencrypted_file_path())
            return
        _keyring_delete(ENTRY)


_WHERE = {
    "keyring": "Your sign-in is kept in the system keyring.",
    "session": (
        "No system keyring is available, so your sign-in is kept for this session only: you "
        "will be asked to sign in again next time. To stay signed in, install a keyring service "
        "or choose to keep it in an unencrypted file readable only by your user account."
    ),
    "file": (
        "Your sign-in is kept UNENCRYPTED in {path} (readable only by your user account). "
        "Sign out to delete it."
    ),
}


def where_kept(store: SecretStore) -> str:
    """One sentence for the user: where the sign-in is (or is not) kept by ``store``."""
    return _WHERE[store.mode].format(path=unencrypted_file_path())


def default_store() -> SecretStore:
    """The keyring when a secure one exists; else the file if the user opted into it; else the
    session only."""
    if secure_backend_available():
        return SecretStore("keyring")
    if unencrypted_file_path().exists():
        return SecretStore("file")
    return SecretStore("session")


def delete_everywhere() -> None:
    """Sign out: remove the credentials from the keyring, the file and the session."""
    for mode in MODES:
        SecretStore(mode).delete()


# ---- the keyring, quietly ---------------------------------------------------------------------


def _keyring_get(entry: str) -> str | None:
    if not secure_backend_available():
        return None  # nothing to read, and nothing to warn about
    try:
        return keyring.get_password(SERVICE, entry)
    except Exception as exc:  # locked keyring, D-Bus gone…
        log.info("cannot read the keyring: %s", exc)
        return None


def _keyring_delete(entry: str) -> None:
    if not secure_backend_available():
        return
    try:
        keyring.delete_password(SERVICE, entry)
    except keyring.errors.PasswordDeleteError:
        pass
    except Exception as exc:
        log.info("cannot delete from the keyring: %s", exc)


# ---- the consumer key and secret the user entered ----------------------------------------------


def consumer_file_path() -> Path:
    return paths.data_dir() / CONSUMER_FILE_NAME


def _parse_consumer(text: str | None) -> tuple[str, str] | None:
    try:
        data = json.loads(text or "")
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    key, secret = str(data.get("consumer_key", "")), str(data.get("consumer_secret", ""))
    return (key, secret) if key and secret else None


def load_consumer() -> tuple[str, str] | None:
    """The consumer key/secret saved by :func:`save_consumer` (session, keyring, then file)."""
    with _session_lock:
        found = _session.get(CONSUMER_ENTRY)
    if isinstance(found, tuple):
        return found
    from_keyring = _parse_consumer(_keyring_get(CONSUMER_ENTRY))
    if from_keyring:
        return from_keyring
    try:
        return _parse_consumer(consumer_file_path().read_text("utf-8"))
    except OSError:
        return None


def save_consumer(key: str, secret: str, mode: StoreMode) -> None:
    """Keep the application's consumer key/secret in ``mode`` (beside the credentials)."""
    payload = {"consumer_key": key, "consumer_secret": secret}
    if mode == "session":
        with _session_lock:
            _session[CONSUMER_ENTRY] = (key, secret)
        return
    if mode == "file":
        payload = {"WARNING": FILE_WARNING, **payload}
        data = json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8")
        try:
            atomic_write_bytes(consumer_file_path(), data, mode=0o600)
        except OSError as exc:
            log.warning("cannot save the consumer key file: %s", exc.strerror or exc)
        return
    try:
        keyring.set_password(SERVICE, CONSUMER_ENTRY, json.dumps(payload))
    except Exception as exc:
        log.info("cannot save the consumer key in the keyring: %s", exc)


def delete_consumer() -> None:
    """Forget the saved consumer key/secret everywhere."""
    with _session_lock:
        _session.pop(CONSUMER_ENTRY, None)
    _keyring_delete(CONSUMER_ENTRY)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(consumer_file_path())
