"""``discogs-qr login`` / ``logout`` against the fake Discogs server, in-process."""

from __future__ import annotations

import argparse
import io
import os
import re
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs, urlsplit

import keyring
import pytest
import requests
from keyring.backends import fail

from desktop_app import cli
from desktop_app.cli import account as cli_account
from desktop_app.services import account
from desktop_app.store import secrets
from desktop_app.store.secrets import SecretStore
from tests.fakes.server import FakeDiscogs

URL_RE = re.compile(r"(http://127\.0\.0\.1:\d+/oauth/authorize\?oauth_token=[\w-]+)")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDiscogs]:
    with FakeDiscogs() as server:
        monkeypatch.setenv("DISCOGS_API_URL", server.url)
        monkeypatch.setenv("DISCOGS_WEB_URL", server.url)
        yield server


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCOGS_QR_BACKOFF_BASE", "0.01")


@pytest.fixture(autouse=True)
def clean_session() -> Iterator[None]:
    SecretStore("session").delete()
    yield
    SecretStore("session").delete()


@pytest.fixture
def err() -> io.StringIO:
    """stderr as a buffer other threads (the 'user') can read while login runs."""
    return io.StringIO()


@pytest.fixture
def out() -> io.StringIO:
    return io.StringIO()


@pytest.fixture
def no_browser_opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    return opened


def login_args(**values: object) -> argparse.Namespace:
    defaults: dict[str, object] = {
        "token": None,
        "consumer_key": None,
        "consumer_secret": None,
        "no_browser": False,
        "store_unencrypted": False,
    }
    defaults.update(values)
    return argparse.Namespace(**defaults)


class TypedStdin:
    """A stdin whose lines are produced by ``source`` when login asks for them (blocking)."""

    def __init__(self, source: Callable[[], str]) -> None:
        self.source = source
        self.calls = 0

    def readline(self) -> str:
        self.calls += 1
        return self.source()


def wait_for_url(err: io.StringIO, timeout: float = 5) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        match = URL_RE.search(err.getvalue())
        if match:
            return match.group(1)
        time.sleep(0.01)
    raise AssertionError(f"no authorize URL printed: {err.getvalue()!r}")


def login(
    args: argparse.Namespace, out: io.StringIO, err: io.StringIO, stdin: TypedStdin | None = None
) -> int:
    return cli_account.login_command(
        args,
        stdin=stdin or TypedStdin(lambda: ""),
        stdout=out,
        stderr=err,  # type: ignore[arg-type]
    )


def listeners() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "oauth-loopback" and t.is_alive()}


def token_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["oauth_token"][0]


def run_cli(argv: list[str]) -> int:
    return cli.main(argv)


# ---- personal token ---------------------------------------------------------------------------


def test_token_login_then_logout(fake: FakeDiscogs, out: io.StringIO, err: io.StringIO) -> None:
    assert login(login_args(token="good-token"), out, err) == 0
    assert out.getvalue().strip() == f"Signed in as {fake.username}"
    creds = account.stored_credentials()
    assert creds is not None and creds.kind == "token" and creds.token == "good-token"
    assert creds.username == fake.username
    assert SecretStore("keyring").load() == creds
    # the stored sign-in works against the collection without DISCOGS_TOKEN
    response = requests.get(
        f"{fake.url}/users/{creds.username}/collection/folders",
        auth=creds.auth(),
        headers={"User-Agent": "test"},
        timeout=5,
    )
    assert response.status_code == 200
    assert cli_account.logout_command(argparse.Namespace(), stdout=out, stderr=err) == 0
    assert account.stored_credentials() is None
    assert SecretStore("keyring").load() is None


def test_cli_login_then_folders_without_env(fake: FakeDiscogs, capsys) -> None:
    assert run_cli(["login", "--token", "good-token"]) == 0
    assert f"Signed in as {fake.username}" in capsys.readouterr().out
    assert "DISCOGS_TOKEN" not in os.environ
    assert run_cli(["folders"]) == 0
    listing = capsys.readouterr().out
    assert any(folder["name"] in listing for folder in fake.folders if folder["id"] > 1)
    assert run_cli(["logout"]) == 0
    capsys.readouterr()
    assert run_cli(["folders"]) != 0  # signed out: no credentials any more


def test_bad_token_exits_3_and_stores_nothing(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, memory_keyring
) -> None:
    assert login(login_args(token="bad-token"), out, err) == 3
    assert "Error:" in err.getvalue()
    assert out.getvalue() == ""
    assert memory_keyring.store == {}


def test_unreachable_server_is_not_an_auth_failure(out: io.StringIO, err: io.StringIO) -> None:
    code = login(login_args(token="good-token"), out, err)  # conftest: nothing listens
    assert code not in (0, 3)
    assert "Error:" in err.getvalue()


# ---- OAuth ------------------------------------------------------------------------------------


def test_oauth_login_with_a_pasted_code(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, no_browser_opened: list[str], monkeypatch
) -> None:
    def user_types() -> str:
        url = wait_for_url(err)
        return fake.issue_verifier(token_of(url)) + "\n"  # approved in some other browser

    stdin = TypedStdin(user_types)
    args = login_args(consumer_key="ck", consumer_secret="cs", no_browser=True)
    assert login(args, out, err, stdin) == 0
    assert no_browser_opened == []
    assert out.getvalue().strip() == f"Signed in as {fake.username}"
    creds = account.stored_credentials()
    assert creds is not None and creds.kind == "oauth" and creds.username == fake.username
    assert (creds.consumer_key, creds.consumer_secret) == ("ck", "cs")


def test_oauth_login_with_the_browser_callback(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    def browser_open(url: str, *args: object, **kwargs: object) -> bool:
        def approve() -> None:
            session = requests.Session()
            session.trust_env = False
            session.get(url + "&approve=1", timeout=5)  # follows the 302 to the loopback

        threading.Thread(target=approve, daemon=True).start()
        return True

    monkeypatch.setattr("webbrowser.open", browser_open)
    never = threading.Event()
    stdin = TypedStdin(lambda: never.wait(10) and "")
    monkeypatch.setenv("DISCOGS_CONSUMER_KEY", "ck")
    monkeypatch.setenv("DISCOGS_CONSUMER_SECRET", "cs")
    assert login(login_args(), out, err, stdin) == 0
    never.set()
    assert out.getvalue().strip() == f"Signed in as {fake.username}"
    assert account.stored_credentials().kind == "oauth"


def test_bad_paste_is_asked_again(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, no_browser_opened, monkeypatch
) -> None:
    lines = iter(["this is not it\n", "\n", "PASTE"])

    def user_types() -> str:
        line = next(lines)
        if line == "PASTE":
            url = wait_for_url(err)
            verifier = fake.issue_verifier(token_of(url))
            return f"http://127.0.0.1:1/callback/x?oauth_token={token_of(url)}&oauth_verifier={verifier}\n"
        return line

    stdin = TypedStdin(user_types)
    assert login(login_args(consumer_key="ck", consumer_secret="cs"), out, err, stdin) == 0
    assert "does not look like a Discogs sign-in code" in err.getvalue()
    assert len(no_browser_opened) == 1


def test_wrong_pasted_code_exits_3(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, no_browser_opened, monkeypatch
) -> None:
    stdin = TypedStdin(lambda: "wrongcode\n")
    assert login(login_args(consumer_key="ck", consumer_secret="cs"), out, err, stdin) == 3
    assert "did not accept the code" in err.getvalue()
    assert account.stored_credentials() is None
    # the stdin reader stops once sign-in has ended, even though "typing" never ends
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and any(
        t.name == "login-stdin" for t in threading.enumerate()
    ):
        time.sleep(0.02)
    assert not any(t.name == "login-stdin" for t in threading.enumerate())


def test_missing_consumer_key_exits_2(out: io.StringIO, err: io.StringIO) -> None:
    assert login(login_args(), out, err) == 2
    assert "https://www.discogs.com/settings/developers" in err.getvalue()


def test_consumer_key_is_reused_from_the_last_oauth_sign_in(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, no_browser_opened, monkeypatch
) -> None:
    fake_creds = account.Credentials("oauth", "at", "ats", "ck", "cs", "someone")
    account.remember(fake_creds)
    stdin = TypedStdin(lambda: fake.issue_verifier(token_of(wait_for_url(err))))
    assert login(login_args(no_browser=True), out, err, stdin) == 0
    assert account.stored_credentials().username == fake.username


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_130_and_closes_the_listener(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, no_browser_opened, monkeypatch
) -> None:
    # Python's own Ctrl-C handler, even when the suite was started with SIGINT ignored (as a
    # shell does for a background job).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    never = threading.Event()
    stdin = TypedStdin(lambda: never.wait(10) and "")
    before = listeners()
    timer = threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT))
    timer.start()
    try:
        started = time.monotonic()
        assert login(login_args(consumer_key="ck", consumer_secret="cs"), out, err, stdin) == 130
        assert time.monotonic() - started < 2
    finally:
        timer.cancel()
        never.set()
        signal.signal(signal.SIGINT, previous)
    assert "cancelled" in err.getvalue()
    time.sleep(0.1)
    assert listeners() <= before  # the callback server was shut down
    assert account.stored_credentials() is None


# ---- where the sign-in is kept ----------------------------------------------------------------


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_without_a_keyring_login_says_plainly_that_nothing_was_saved(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, no_keyring, isolated_home
) -> None:
    assert login(login_args(token="good-token"), out, err) == 1
    assert "Signed in as" not in out.getvalue()
    message = " ".join(err.getvalue().split())
    assert "NOT saved" in message and "no secure system keyring" in message
    assert "--store-unencrypted" in message and "DISCOGS_TOKEN" in message
    assert not secrets.unencrypted_file_path().exists()
    assert account.stored_credentials() is None


def test_login_and_logout_print_no_keyring_warnings(
    fake: FakeDiscogs, no_keyring, capfd: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["login", "--token", "good-token", "--store-unencrypted"]) == 0
    assert run_cli(["logout"]) == 0
    captured = capfd.readouterr()
    for text in (captured.out, captured.err):
        assert "keyring:" not in text.lower() and "No recommended backend" not in text
        assert "cannot delete" not in text and "cannot read" not in text


def test_a_token_is_asked_for_without_echo_when_not_given(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    class Terminal(TypedStdin):
        def isatty(self) -> bool:
            return True

    def ask(prompt: str, stream: object) -> str:
        asked.append(prompt)
        return "good-token"

    stdin = Terminal(lambda: "")
    args = login_args(token=cli_account.ASK)
    assert cli_account.login_command(args, stdin=stdin, stdout=out, stderr=err, ask_secret=ask) == 0
    assert asked == ["Personal access token: "] and stdin.calls == 0
    assert out.getvalue().strip() == f"Signed in as {fake.username}"
    assert "good-token" not in out.getvalue() + err.getvalue()
    assert cli_account.CMDLINE_TOKEN_NOTE not in err.getvalue()


def test_without_an_application_key_a_terminal_login_asks_for_a_token(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO
) -> None:
    class Terminal(TypedStdin):
        def isatty(self) -> bool:
            return True

    code = cli_account.login_command(
        login_args(),
        stdin=Terminal(lambda: ""),
        stdout=out,
        stderr=err,
        ask_secret=lambda prompt, stream: "good-token",
    )
    assert code == 0
    assert "https://www.discogs.com/settings/developers" in err.getvalue()
    assert account.stored_credentials().token == "good-token"


def test_token_on_the_command_line_is_discouraged(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO
) -> None:
    assert login(login_args(token="good-token"), out, err) == 0
    assert cli_account.CMDLINE_TOKEN_NOTE in err.getvalue()


def test_token_from_standard_input(fake: FakeDiscogs, out: io.StringIO, err: io.StringIO) -> None:
    assert login(login_args(token="-"), out, err, TypedStdin(lambda: "good-token\n")) == 0
    assert account.stored_credentials().token == "good-token"


def test_sign_out_keeps_the_application_key_entered(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, no_browser_opened
) -> None:
    stdin = TypedStdin(lambda: fake.issue_verifier(token_of(wait_for_url(err))) + "\n")
    args = login_args(consumer_key="ck", consumer_secret="cs", no_browser=True)
    assert login(args, out, err, stdin) == 0
    assert cli_account.logout_command(argparse.Namespace(), stdout=out, stderr=err) == 0
    assert account.stored_credentials() is None
    assert account.stored_consumer() == ("ck", "cs")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_store_unencrypted_writes_a_private_file_that_logout_deletes(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, no_keyring
) -> None:
    assert login(login_args(token="good-token", store_unencrypted=True), out, err) == 0
    path = secrets.unencrypted_file_path()
    assert "UNENCRYPTED" in err.getvalue()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    SecretStore("session").delete()  # a new process: only the file remains
    assert account.stored_credentials().token == "good-token"
    assert cli_account.logout_command(argparse.Namespace(), stdout=out, stderr=err) == 0
    assert not path.exists()
    assert account.stored_credentials() is None


def test_login_says_where_the_sign_in_is_kept(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, memory_keyring
) -> None:
    assert login(login_args(token="good-token"), out, err) == 0
    assert secrets.where_kept(SecretStore("keyring")) in err.getvalue()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_login_to_a_file_says_where_the_file_is(
    fake: FakeDiscogs, out: io.StringIO, err: io.StringIO, no_keyring
) -> None:
    assert login(login_args(token="good-token", store_unencrypted=True), out, err) == 0
    said = err.getvalue()
    assert secrets.where_kept(SecretStore("file")) in said
    assert str(secrets.unencrypted_file_path()) in said and "discogs-qr logout" in said
    assert cli_account.logout_command(argparse.Namespace(), stdout=out, stderr=err) == 0
