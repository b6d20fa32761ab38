"""The signed-in account: where the credentials come from, signing in and out (GUI and CLI)."""

from __future__ import annotations

import argparse
import os
import queue
import sys
import threading
import webbrowser
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TextIO

from ..core.errors import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    AppError,
    Cancelled,
    ErrorKind,
    exit_code,
)
from ..discogs.auth import (
    DEVELOPER_SETTINGS_URL,
    MISSING_CONSUMER_MESSAGE,
    TOKEN_ENV,
    Credentials,
    OAuthFlow,
    consumer_from_env,
    credentials_from_env,
    parse_verifier,
    with_identity,
)
from ..store.secrets import (
    MODES,
    SecretStore,
    default_store,
    delete_everywhere,
    secure_backend_available,
    unencrypted_file_path,
)

#: Builds something with ``get_json(path)`` that sends requests signed with the credentials.
GatewayFactory = Callable[[Credentials], Any]

# The CLI's exit codes (see desktop_app.cli): 1 I/O, 2 usage, 3 auth, 4 network/API, 130 Ctrl-C.


# ---- credentials ---------------------------------------------------------------------------


def stored_credentials() -> Credentials | None:
    """DISCOGS_TOKEN first, then this session, the keyring and the opted-in unencrypted file."""
    creds = credentials_from_env()
    if creds is not None:
        return creds
    candidates = [SecretStore("session")]
    if secure_backend_available():
        candidates.append(SecretStore("keyring"))
    if unencrypted_file_path().exists():
        candidates.append(SecretStore("file"))
    for store in candidates:
        creds = store.load()
        if creds is not None:
            return creds
    return None


def stored_consumer() -> tuple[str, str] | None:
    """The consumer key/secret from the environment or from the last OAuth sign-in."""
    env = consumer_from_env()
    if env:
        return env
    creds = stored_credentials()
    if creds and creds.kind == "oauth" and creds.consumer_key and creds.consumer_secret:
        return creds.consumer_key, creds.consumer_secret
    return None


def remember(creds: Credentials, store: SecretStore | None = None) -> SecretStore:
    """Save ``creds`` in ``store`` (default: :func:`default_store`) and nowhere else."""
    store = store or default_store()
    store.save(creds)
    for mode in MODES:
        if mode != store.mode:
            SecretStore(mode).delete()
    return store


def verify(creds: Credentials, gateway_factory: GatewayFactory | None = None) -> Credentials:
    """Check ``creds`` with ``GET /oauth/identity``; return them with the username filled in."""
    if gateway_factory is None:
        gateway_factory = _default_gateway_factory()
    if gateway_factory is None:
        return with_identity(creds)
    identity = gateway_factory(creds).get_json("/oauth/identity")
    username = identity.get("username") if isinstance(identity, dict) else None
    if not isinstance(username, str) or not username:
        raise AppError(ErrorKind.DATA, "Discogs sent an unexpected answer about the account.")
    return replace(creds, username=username)


def _default_gateway_factory() -> GatewayFactory | None:
    try:
        from ..discogs.gateway import Gateway
    except ImportError:
        return None
    return lambda creds: Gateway(auth=creds.auth())


def sign_in_with_token(token: str, gateway_factory: GatewayFactory | None = None) -> Credentials:
    """Verify a personal access token; the credentials come back with the username (not saved)."""
    token = (token or "").strip()
    if not token:
        raise AppError(ErrorKind.AUTH, "Enter a Discogs personal access token.")
    return verify(Credentials("token", token), gateway_factory)


def sign_out() -> None:
    """Forget the saved sign-in everywhere (keyring, unencrypted file, session)."""
    delete_everywhere()


# ---- CLI -------------------------------------------------------------------------------------


exit_code_for = exit_code


def _cli_store(args: argparse.Namespace, err: TextIO) -> SecretStore:
    store = default_store()
    if store.mode == "keyring":
        return store
    if getattr(args, "store_unencrypted", False):
        print(
            "Warning: no secure keyring is available; the sign-in is saved UNENCRYPTED in "
            f"{unencrypted_file_path()} (readable only by you). `discogs-qr logout` deletes it.",
            file=err,
        )
        return SecretStore("file")
    if store.mode == "file":
        print(
            f"No secure keyring is available; using the unencrypted file {unencrypted_file_path()} "
            "you chose earlier.",
            file=err,
        )
        return store
    print(
        "No secure keyring is available, so the sign-in is kept for this run only. Use "
        "--store-unencrypted to save it in a file readable only by you, or set "
        f"{TOKEN_ENV} instead.",
        file=err,
    )
    return store


def cli_login(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """``discogs-qr login [--token T | --consumer-key K --consumer-secret S] [--no-browser]
    [--store-unencrypted]``. The streams default to the process's own."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    source = stdin or sys.stdin
    try:
        token = getattr(args, "token", None)
        creds = sign_in_with_token(token) if token else _cli_oauth(args, source, err)
        store = remember(creds, _cli_store(args, err))
    except KeyboardInterrupt:
        print("Sign-in cancelled.", file=err)
        return EXIT_INTERRUPTED
    except Cancelled:
        print("Sign-in cancelled.", file=err)
        return EXIT_INTERRUPTED
    except AppError as exc:
        print(f"Error: {exc.message}", file=err)
        return exit_code_for(exc)
    where = {"keyring": "the system keyring", "file": "the unencrypted file"}.get(store.mode)
    print(f"Signed in as {creds.username}", file=out)
    if where:
        print(f"The sign-in is saved in {where}.", file=err)
    if os.environ.get(TOKEN_ENV, "").strip():
        print(f"Note: {TOKEN_ENV} is set and is used instead while it is.", file=err)
    return EXIT_OK


def _cli_oauth(args: argparse.Namespace, stdin: TextIO | None, err: TextIO) -> Credentials:
    key = (getattr(args, "consumer_key", None) or "").strip()
    secret = (getattr(args, "consumer_secret", None) or "").strip()
    if not (key and secret):
        consumer = stored_consumer()
        if consumer and not key and not secret:
            key, secret = consumer
        elif consumer and key and not secret and consumer[0] == key:
            secret = consumer[1]
    if not (key and secret):
        raise AppError(ErrorKind.USAGE, MISSING_CONSUMER_MESSAGE)
    flow = OAuthFlow(key, secret)
    try:
        return _run_flow(flow, args, stdin, err)
    finally:
        flow.cancel()


def _run_flow(
    flow: OAuthFlow, args: argparse.Namespace, stdin: TextIO | None, err: TextIO
) -> Credentials:
    url = flow.start(use_loopback=True)
    print("Open this address in a browser and allow access:", file=err)
    print(f"  {url}", file=err)
    if not getattr(args, "no_browser", False):
        try:
            opened = webbrowser.open(url)
        except Exception:
            opened = False
        if not opened:
            print("(Could not open a browser; open the address yourself.)", file=err)
    if flow.uses_loopback:
        print(
            "Waiting for the browser… If it cannot come back here, paste the code Discogs shows "
            "(or the whole address the browser ends on) and press Enter.",
            file=err,
        )
    else:
        print("Then paste the code Discogs shows and press Enter.", file=err)
    err.flush()

    events: queue.Queue[tuple[str, Any]] = queue.Queue()

    def from_callback() -> None:
        try:
            events.put(("verifier", flow.wait_for_callback()))
        except AppError as exc:
            events.put(("error", exc))

    finished = threading.Event()  # set when sign-in ends, so the reader stops asking

    def from_stdin() -> None:
        while not finished.is_set():
            try:
                line = stdin.readline() if stdin is not None else ""
            except Exception:  # closed or unreadable stdin: only the browser can answer
                line = ""
            if not line:
                events.put(("eof", None))
                return
            if line.strip() and not finished.is_set():
                events.put(("pasted", line))

    if flow.uses_loopback:
        threading.Thread(target=from_callback, name="login-callback", daemon=True).start()
    threading.Thread(target=from_stdin, name="login-stdin", daemon=True).start()

    try:
        while True:
            try:
                kind, value = events.get(timeout=0.2)
            except queue.Empty:
                continue
            if kind == "error":
                raise value
            if kind == "eof":
                if flow.uses_loopback:
                    continue  # nothing to read: keep waiting for the browser
                raise AppError(ErrorKind.AUTH, "No code was entered, so you are not signed in.")
            if kind == "pasted":
                try:
                    parse_verifier(value, flow.request_token)
                except AppError as exc:
                    print(f"{exc.message} Try again:", file=err)
                    err.flush()
                    continue
            return flow.complete(value)
    finally:
        finished.set()


def cli_logout(
    args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """``discogs-qr logout``: forget the saved sign-in."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        sign_out()
    except AppError as exc:
        print(f"Error: {exc.message}", file=err)
        return exit_code_for(exc)
    print("Signed out; the saved Discogs sign-in was deleted.", file=out)
    print(
        "To revoke the app's access on Discogs too, visit "
        f"{DEVELOPER_SETTINGS_URL.replace('developers', 'applications')}.",
        file=err,
    )
    if os.environ.get(TOKEN_ENV, "").strip():
        print(f"Note: {TOKEN_ENV} is still set and will keep being used.", file=err)
    return EXIT_OK
