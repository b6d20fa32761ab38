"""``discogs-qr login`` / ``logout``: the account use cases of :mod:`desktop_app.services.account`
with the command line's prompts and messages."""

from __future__ import annotations

import argparse
import getpass
import queue
import sys
import threading
import webbrowser
from collections.abc import Callable
from typing import Any, TextIO

from ..core.cancel import CancelToken
from ..core.errors import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    AppError,
    Cancelled,
    ErrorKind,
    exit_code,
)
from ..services import account

#: ``--token`` given without a value: ask for it without echo.
ASK = "\0ask"
CMDLINE_TOKEN_NOTE = (
    "Note: a token typed on the command line can be seen by other users (ps) and stays in the "
    "shell history. Next time run `discogs-qr login --token` and paste it when asked."
)

#: Reads a secret without echo: ``(prompt, stream for the prompt) -> text``.
AskSecret = Callable[[str, TextIO], str]


def register(sub: Any) -> None:
    login = sub.add_parser(
        "login",
        help="sign in (OAuth in a browser, or a personal token)",
        description="Sign in to Discogs and keep the sign-in in the system keyring.",
    )
    login.add_argument(
        "--token",
        nargs="?",
        const=ASK,
        metavar="TOKEN",
        help="sign in with a personal access token; without TOKEN it is asked for without "
        "echo ('-' reads it from standard input)",
    )
    login.add_argument("--consumer-key", metavar="KEY", help="the Discogs application's key")
    login.add_argument("--consumer-secret", metavar="SECRET", help="… and its secret")
    login.add_argument("--no-browser", action="store_true", help="print the address only")
    login.add_argument(
        "--store-unencrypted",
        action="store_true",
        help="without a system keyring, save the sign-in in a file readable only by you",
    )
    login.set_defaults(handler=lambda args, _cancel: login_command(args))
    logout = sub.add_parser("logout", help="forget the saved sign-in")
    logout.set_defaults(handler=lambda args, _cancel: logout_command(args))


def _ask_secret(prompt: str, stream: TextIO) -> str:
    return getpass.getpass(prompt, stream=stream)


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):
        return False


def login_command(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    ask_secret: AskSecret = _ask_secret,
) -> int:
    """``discogs-qr login``. The streams default to the process's own."""
    out, err, source = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    try:
        token = _token_to_use(args, source, err, ask_secret)
        if token is not None:
            creds = account.sign_in_with_token(token)
        else:
            creds = _oauth(args, source, err)
        return _keep(creds, args, out, err)
    except (KeyboardInterrupt, EOFError, Cancelled):
        print("\nSign-in cancelled; nothing was saved.", file=err)
        return EXIT_INTERRUPTED
    except AppError as exc:
        print(f"Error: {exc.message}", file=err)
        return exit_code(exc)


def _token_to_use(
    args: argparse.Namespace, stdin: TextIO, err: TextIO, ask_secret: AskSecret
) -> str | None:
    """The personal token to sign in with, or None for OAuth."""
    token = getattr(args, "token", None)
    if token is None:
        wants_oauth = getattr(args, "consumer_key", None) or account.stored_consumer()
        if wants_oauth or not _is_terminal(stdin):
            return None  # OAuth (without a consumer key it explains what is missing)
        print(
            "This build has no Discogs application key, so sign in with a personal access "
            f"token: open {account.DEVELOPER_SETTINGS_URL}, click “Generate new token”, "
            "copy it and paste it here (it is not shown).",
            file=err,
        )
        token = ASK
    if token == "-":
        return stdin.readline().strip()
    if token == ASK:
        if not _is_terminal(stdin):
            return stdin.readline().strip()
        return ask_secret("Personal access token: ", err).strip()
    print(CMDLINE_TOKEN_NOTE, file=err)
    return str(token)


def _keep(creds: account.Credentials, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Save the verified sign-in and say plainly where it is (or that it is not saved)."""
    store = account.choose_store(unencrypted_file=getattr(args, "store_unencrypted", False))
    if not store.persistent:
        print(
            f"The sign-in works (Discogs account {creds.username}), but it was NOT saved: no "
            "secure system keyring is available on this computer, so the next command will not "
            "be signed in. Run `discogs-qr login --store-unencrypted` to save it in a file "
            f"readable only by you ({account.unencrypted_file_path()}), or set "
            f"{account.TOKEN_ENV} for each command.",
            file=err,
        )
        return EXIT_FAILED
    was_file = account.unencrypted_file_path().exists()
    result = account.finish_sign_in(creds, store)
    print(f"Signed in as {creds.username}", file=out)
    fresh = "" if was_file or result.saved_in != "file" else "No secure keyring is available. "
    logout = " (`discogs-qr logout`)" if result.saved_in == "file" else ""
    print(f"{fresh}{result.where_kept}{logout}", file=err)
    if account.token_in_environment():
        print(f"Note: {account.TOKEN_ENV} is set and is used instead while it is.", file=err)
    return EXIT_OK


def _oauth(args: argparse.Namespace, stdin: TextIO | None, err: TextIO) -> account.Credentials:
    flow = account.new_oauth_flow(
        getattr(args, "consumer_key", None) or "", getattr(args, "consumer_secret", None) or ""
    )
    try:
        return _run_flow(flow, args, stdin, err)
    finally:
        flow.cancel()


def _run_flow(
    flow: account.OAuthFlow, args: argparse.Namespace, stdin: TextIO | None, err: TextIO
) -> account.Credentials:
    url = account.start_oauth(flow)
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
    return _first_answer(flow, stdin, err)


def _first_answer(
    flow: account.OAuthFlow, stdin: TextIO | None, err: TextIO
) -> account.Credentials:
    """Whichever comes first: the browser's callback, or a valid code typed on stdin."""
    events: queue.Queue[tuple[str, Any]] = queue.Queue()
    finished = threading.Event()  # set when sign-in ends, so the reader stops asking
    cancel = CancelToken()

    def from_callback() -> None:
        try:
            events.put(("done", account.wait_for_browser(flow, cancel)))
        except (AppError, Cancelled) as exc:
            events.put(("error", exc))

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
            if kind == "done":
                return value  # type: ignore[no-any-return]
            if kind == "error":
                raise value
            if kind == "eof":
                if flow.uses_loopback:
                    continue  # nothing to read: keep waiting for the browser
                raise AppError(ErrorKind.AUTH, "No code was entered, so you are not signed in.")
            try:
                account.check_code(flow, value)
            except AppError as exc:
                print(f"{exc.message} Try again:", file=err)
                err.flush()
                continue
            return account.complete_with_code(flow, value)
    finally:
        finished.set()
        cancel.cancel()


def logout_command(
    args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """``discogs-qr logout``: forget the saved sign-in (the application key is kept)."""
    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        account.sign_out()
    except AppError as exc:
        print(f"Error: {exc.message}", file=err)
        return exit_code(exc)
    print("Signed out; the saved Discogs sign-in was deleted.", file=out)
    print(
        f"To revoke the app's access on Discogs too, visit {account.APPLICATIONS_SETTINGS_URL}.",
        file=err,
    )
    if account.token_in_environment():
        print(f"Note: {account.TOKEN_ENV} is still set and will keep being used.", file=err)
    return EXIT_OK
