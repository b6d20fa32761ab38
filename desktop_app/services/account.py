"""The signed-in account: the sign-in use cases the GUI and the CLI share (no presentation).

Where credentials come from (``DISCOGS_TOKEN``, this session, the keyring, an opted-in file),
checking them with Discogs, the OAuth flow (start, wait for the browser or take a pasted code,
complete), keeping the result, and signing out. The GUI reaches ``discogs`` and ``store`` for
sign-in only through here; the CLI adds its printing and prompts on top (``desktop_app.cli``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..core.cancel import NEVER, CancelToken
from ..core.errors import AppError, ErrorKind
from ..core.i18n import Errors
from ..discogs import config
from ..discogs.auth import Credentials, credentials_from_env
from ..discogs.loopback import DEFAULT_CALLBACK_TIMEOUT
from ..discogs.oauth import MISSING_CONSUMER_MESSAGE, OAuthFlow, parse_verifier
from ..store import secrets
from ..store.secrets import MODES, SecretStore, StoreMode

__all__ = [
    "APPLICATIONS_SETTINGS_URL",
    "DEVELOPER_SETTINGS_URL",
    "MISSING_CONSUMER_MESSAGE",
    "TOKEN_ENV",
    "Credentials",
    "OAuthFlow",
    "SecretStore",
    "SignInResult",
    "check_code",
    "choose_store",
    "complete_with_code",
    "environment_consumer",
    "finish_sign_in",
    "has_builtin_consumer",
    "keyring_available",
    "lead_with_token",
    "new_oauth_flow",
    "remember",
    "sign_in_with_token",
    "sign_out",
    "start_oauth",
    "stored_consumer",
    "stored_credentials",
    "token_in_environment",
    "unencrypted_file_path",
    "user_consumer",
    "verify",
    "verify_stored",
    "wait_for_browser",
]

#: Builds something with ``get_json(path)`` that sends requests signed with the credentials.
GatewayFactory = Callable[[Credentials], Any]

TOKEN_ENV = config.TOKEN_ENV
DEVELOPER_SETTINGS_URL = config.DEVELOPER_SETTINGS_URL
APPLICATIONS_SETTINGS_URL = config.APPLICATIONS_SETTINGS_URL
#: How long a sign-in waits for the browser to come back (request tokens expire after ~15 min).
CALLBACK_TIMEOUT = DEFAULT_CALLBACK_TIMEOUT


# ---- where the sign-in is kept ---------------------------------------------------------------


def keyring_available() -> bool:
    """True when a secure system keyring can keep the sign-in."""
    return secrets.secure_backend_available()


def unencrypted_file_path() -> Path:
    """The file that keeps the sign-in when the user opts into it (no keyring)."""
    return secrets.unencrypted_file_path()


def choose_store(*, unencrypted_file: bool = False) -> SecretStore:
    """Where a new sign-in goes: the keyring when there is one; else the unencrypted file when
    asked for (or chosen before); else this session only."""
    if keyring_available():
        return SecretStore("keyring")
    if unencrypted_file:
        return SecretStore("file")
    return secrets.default_store()


def token_in_environment() -> bool:
    """True while ``DISCOGS_TOKEN`` is set (it is used instead of the saved sign-in)."""
    return bool(config.env_token())


def stored_credentials() -> Credentials | None:
    """DISCOGS_TOKEN first, then this session, the keyring and the opted-in unencrypted file."""
    creds = credentials_from_env()
    if creds is not None:
        return creds
    candidates = [SecretStore("session")]
    if keyring_available():
        candidates.append(SecretStore("keyring"))
    if secrets.unencrypted_file_path().exists():
        candidates.append(SecretStore("file"))
    for store in candidates:
        creds = store.load()
        if creds is not None:
            return creds
    return None


def remember(creds: Credentials, store: SecretStore | None = None) -> SecretStore:
    """Save ``creds`` in ``store`` (default: :func:`choose_store`) and nowhere else."""
    store = store or choose_store()
    store.save(creds)
    for mode in MODES:
        if mode != store.mode:
            SecretStore(mode).delete()
    return store


def sign_out() -> None:
    """Forget the saved sign-in everywhere (keyring, unencrypted file, session). The consumer
    key and secret the user entered are kept, so signing in again is one click."""
    consumer = user_consumer()
    mode = secrets.default_store().mode
    secrets.delete_everywhere()
    if consumer and not secrets.load_consumer():
        secrets.save_consumer(*consumer, mode=mode)


# ---- the application's consumer key -----------------------------------------------------------


def has_builtin_consumer() -> bool:
    """True when this build carries the Discogs application's consumer key: "Sign in with
    Discogs" then needs nothing from the user. Without one, lead with the personal token."""
    return config.builtin_consumer() is not None


def lead_with_token() -> bool:
    """True when signing in by OAuth would first need the user to register an application (no
    key built in, none entered): the welcome page then leads with the personal-token steps and
    a button opening :data:`DEVELOPER_SETTINGS_URL`."""
    return not has_builtin_consumer() and user_consumer() is None


def environment_consumer() -> tuple[str, str] | None:
    """The consumer key/secret from DISCOGS_CONSUMER_KEY/SECRET, when both are set."""
    return config.consumer_from_env()


def user_consumer() -> tuple[str, str] | None:
    """The consumer key/secret the user gave: the environment, the ones entered in a sign-in,
    or the last OAuth sign-in's (never the build's own)."""
    found = config.consumer_from_env() or secrets.load_consumer()
    if found:
        return found
    creds = stored_credentials()
    if creds and creds.kind == "oauth" and creds.consumer_key and creds.consumer_secret:
        consumer = (creds.consumer_key, creds.consumer_secret)
        return None if consumer == config.builtin_consumer() else consumer
    return None


def stored_consumer() -> tuple[str, str] | None:
    """The consumer key/secret to sign in with: :func:`user_consumer`, else the build's own."""
    return user_consumer() or config.builtin_consumer()


# ---- checking credentials -----------------------------------------------------------------------


def verify(creds: Credentials, gateway_factory: GatewayFactory | None = None) -> Credentials:
    """Check ``creds`` with ``GET /oauth/identity``; return them with the username filled in."""
    if gateway_factory is None:
        from ..discogs.gateway import Gateway

        def gateway_factory(c: Credentials) -> Any:
            return Gateway(auth=c.auth())

    gateway = gateway_factory(creds)
    try:
        identity = gateway.get_json("/oauth/identity")
    finally:
        close = getattr(gateway, "close", None)
        if callable(close):
            close()
    username = identity.get("username") if isinstance(identity, dict) else None
    if not isinstance(username, str) or not username:
        raise AppError(
            ErrorKind.DATA, Errors.tr("Discogs sent an unexpected answer about the account.")
        )
    return replace(creds, username=username)


def sign_in_with_token(token: str, gateway_factory: GatewayFactory | None = None) -> Credentials:
    """Verify a personal access token; the credentials come back with the username (not saved)."""
    token = (token or "").strip()
    if not token:
        raise AppError(ErrorKind.AUTH, Errors.tr("Enter a Discogs personal access token."))
    return verify(Credentials("token", token), gateway_factory)


def verify_stored(creds: Credentials, gateway_factory: GatewayFactory | None = None) -> Credentials:
    """Stored credentials without a username (e.g. DISCOGS_TOKEN) checked with Discogs."""
    return verify(creds, gateway_factory)


# ---- OAuth ------------------------------------------------------------------------------------


def new_oauth_flow(
    consumer_key: str = "", consumer_secret: str = "", **flow_options: Any
) -> OAuthFlow:
    """An OAuth flow for the given consumer key/secret; missing ones come from
    :func:`stored_consumer` (a key given alone takes the stored secret only when they match).
    AppError(USAGE) when there is none."""
    key, secret = (consumer_key or "").strip(), (consumer_secret or "").strip()
    if not (key and secret):
        consumer = stored_consumer()
        if consumer and not key and not secret:
            key, secret = consumer
        elif consumer and key and not secret and consumer[0] == key:
            secret = consumer[1]
    if not (key and secret):
        raise AppError(ErrorKind.USAGE, MISSING_CONSUMER_MESSAGE)
    return OAuthFlow(key, secret, **flow_options)


def start_oauth(flow: OAuthFlow, *, use_loopback: bool = True) -> str:
    """Ask Discogs for a request token; return the address to open in a browser (network)."""
    return flow.start(use_loopback=use_loopback)


def wait_for_browser(
    flow: OAuthFlow, cancel: CancelToken = NEVER, timeout: float | None = CALLBACK_TIMEOUT
) -> Credentials:
    """Wait for the loopback callback, then exchange the verifier: verified credentials."""
    verifier = flow.wait_for_callback(timeout, cancel)
    return flow.complete(verifier, cancel)


def check_code(flow: OAuthFlow, text: str) -> None:
    """Raise AppError(AUTH) with a message when ``text`` is not a code or address to use."""
    parse_verifier(text, flow.request_token)


def complete_with_code(flow: OAuthFlow, text: str, cancel: CancelToken = NEVER) -> Credentials:
    """Exchange a pasted code (or the whole address the browser ended on): credentials."""
    return flow.complete(text, cancel)


# ---- keeping the result -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignInResult:
    """A finished sign-in: the credentials and where they were kept."""

    credentials: Credentials
    store: SecretStore

    @property
    def persistent(self) -> bool:
        """False when the sign-in is kept for this session (this run of the CLI) only."""
        return self.store.persistent

    @property
    def saved_in(self) -> str:
        """ "keyring", "file" or "session"."""
        return self.store.mode

    @property
    def where_kept(self) -> str:
        """One sentence for the user: where the sign-in is (or is not) kept."""
        return secrets.where_kept(self.store)


def finish_sign_in(creds: Credentials, store: SecretStore | None = None) -> SignInResult:
    """Keep verified credentials (and the consumer key the user entered) in ``store``."""
    kept = remember(creds, store)
    if creds.kind == "oauth" and creds.consumer_key and creds.consumer_secret:
        consumer = (creds.consumer_key, creds.consumer_secret)
        if consumer != config.builtin_consumer():
            mode: StoreMode = kept.mode
            secrets.save_consumer(*consumer, mode=mode)
    return SignInResult(creds, kept)
