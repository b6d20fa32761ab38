"""OAuth 1.0a sign-in: the loopback callback listener, pasted codes and the full flow against the
fake Discogs server (the test plays the browser)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from desktop_app.core.cancel import CancelToken
from desktop_app.core.errors import AppError, Cancelled, ErrorKind
from desktop_app.discogs.auth import Credentials
from desktop_app.discogs.gateway import Gateway
from desktop_app.discogs.loopback import DEFAULT_CALLBACK_TIMEOUT, LoopbackListener
from desktop_app.discogs.oauth import OAuthFlow, parse_verifier
from tests.fakes.server import FakeDiscogs

SUCCESS_TITLE = "Signed in — you can close this tab"


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCOGS_QR_BACKOFF_BASE", "0.01")


@pytest.fixture
def browser() -> Iterator[requests.Session]:
    """The test's 'browser': no proxies from the environment, never follows redirects by itself."""
    session = requests.Session()
    session.trust_env = False
    yield session
    session.close()


@pytest.fixture
def listener() -> Iterator[LoopbackListener]:
    with LoopbackListener("req-token") as value:
        yield value


def visit(browser: requests.Session, url: str, **params: str) -> requests.Response:
    return browser.get(url, params=params or None, timeout=5, allow_redirects=False)


# ---- the loopback listener ------------------------------------------------------------------


def test_listener_binds_loopback_only_on_an_ephemeral_port(listener: LoopbackListener) -> None:
    host, port = listener._server.socket.getsockname()[:2]
    assert host == "127.0.0.1"
    assert port > 0
    assert listener.address == ("127.0.0.1", port)
    split = urlsplit(listener.url)
    assert split.scheme == "http" and split.hostname == "127.0.0.1" and split.port == port
    assert split.path.startswith("/callback/") and len(split.path) > len("/callback/") + 30
    with LoopbackListener() as other:
        assert other.path != listener.path  # unguessable, different every time


def _other_local_addresses() -> list[str]:
    found = {"127.0.0.2"}  # the rest of 127/8 is loopback too on Linux
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # UDP connect sends nothing; it only picks a route
            found.add(probe.getsockname()[0])
    except OSError:
        pass
    found.discard("127.0.0.1")
    found.discard("0.0.0.0")
    return sorted(found)


def test_listener_is_unreachable_on_other_interfaces(listener: LoopbackListener) -> None:
    for address in _other_local_addresses():
        with (
            pytest.raises(OSError),
            socket.create_connection((address, listener.port), timeout=0.5),
        ):
            pass


def test_right_token_is_accepted_once_then_listener_closes(
    listener: LoopbackListener, browser: requests.Session
) -> None:
    response = visit(browser, listener.url, oauth_token="req-token", oauth_verifier="v123")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert SUCCESS_TITLE in response.content.decode("utf-8")
    result = listener.wait(timeout=2)
    assert (result.status, result.oauth_token, result.verifier) == ("ok", "req-token", "v123")
    # a replay is refused: either answered 410 or the listener has already closed
    try:
        replay = visit(browser, listener.url, oauth_token="req-token", oauth_verifier="v999")
    except requests.ConnectionError:
        pass
    else:
        assert replay.status_code == 410
    deadline = time.monotonic() + 2
    while not listener.closed and time.monotonic() < deadline:
        time.sleep(0.02)
    assert listener.closed
    with pytest.raises(requests.ConnectionError):
        visit(browser, listener.url, oauth_token="req-token", oauth_verifier="v999")
    assert listener.result is not None and listener.result.verifier == "v123"


def test_forged_token_is_rejected_and_the_real_one_still_works(
    listener: LoopbackListener, browser: requests.Session
) -> None:
    forged = visit(browser, listener.url, oauth_token="forged", oauth_verifier="evil")
    assert forged.status_code == 400
    assert "Sign-in failed" in forged.text
    assert visit(browser, listener.url, oauth_verifier="evil").status_code == 400
    assert visit(browser, listener.url, oauth_token="req-token").status_code == 400  # no verifier
    assert listener.result is None and not listener.closed
    ok = visit(browser, listener.url, oauth_token="req-token", oauth_verifier="good")
    assert ok.status_code == 200
    assert listener.wait(timeout=2).verifier == "good"


def test_other_paths_are_404(listener: LoopbackListener, browser: requests.Session) -> None:
    base = listener.url.rsplit("/callback/", 1)[0]
    for path in ("/", "/callback/", "/callback/guess", listener.path + "x", "/favicon.ico"):
        response = visit(browser, base + path, oauth_token="req-token", oauth_verifier="v")
        assert response.status_code == 404, path
    assert listener.result is None


def test_callback_before_the_token_is_known_is_rejected(browser: requests.Session) -> None:
    with LoopbackListener() as fresh:
        assert visit(browser, fresh.url, oauth_token="t", oauth_verifier="v").status_code == 400
        fresh.expect("t")
        assert visit(browser, fresh.url, oauth_token="t", oauth_verifier="v").status_code == 200


def test_denial_is_reported(listener: LoopbackListener, browser: requests.Session) -> None:
    assert visit(browser, listener.url, denied="someone-else").status_code == 400
    response = visit(browser, listener.url, denied="req-token")
    assert response.status_code == 200
    assert "Not signed in" in response.text
    assert listener.wait(timeout=2).status == "denied"


def test_wait_times_out_with_a_clear_error(listener: LoopbackListener) -> None:
    started = time.monotonic()
    with pytest.raises(AppError) as info:
        listener.wait(timeout=0.1)
    assert time.monotonic() - started < 1
    assert info.value.kind is ErrorKind.AUTH
    assert "No answer came from the browser" in info.value.message
    assert DEFAULT_CALLBACK_TIMEOUT == 15 * 60


def test_cancel_wakes_the_wait_quickly(listener: LoopbackListener) -> None:
    token = CancelToken()
    threading.Timer(0.2, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        listener.wait(timeout=30, cancel=token)
    assert time.monotonic() - started < 1


def test_close_is_idempotent_and_wakes_waiters(listener: LoopbackListener) -> None:
    threading.Timer(0.1, listener.close).start()
    with pytest.raises(Cancelled):
        listener.wait(timeout=30)
    listener.close()
    listener.close()
    assert listener.closed


def test_concurrent_callbacks_accept_exactly_one(
    listener: LoopbackListener, browser: requests.Session
) -> None:
    statuses: list[int] = []
    lock = threading.Lock()

    def hit(i: int) -> None:
        session = requests.Session()
        session.trust_env = False
        try:
            response = visit(session, listener.url, oauth_token="req-token", oauth_verifier=f"v{i}")
            code = response.status_code
        except requests.ConnectionError:
            code = 0  # closed after the winner
        with lock:
            statuses.append(code)

    threads = [threading.Thread(target=hit, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert statuses.count(200) == 1
    assert set(statuses) <= {200, 410, 0}


# ---- pasted codes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "AbC123xyz",
        "  AbC123xyz\n",
        '"AbC123xyz"',
        "http://127.0.0.1:5555/callback/xyz?oauth_token=req&oauth_verifier=AbC123xyz",
        "https://www.discogs.com/x#oauth_token=req&oauth_verifier=AbC123xyz",
        "oauth_token=req&oauth_verifier=AbC123xyz",
    ],
)
def test_parse_verifier_accepts_codes_and_addresses(text: str) -> None:
    assert parse_verifier(text, "req") == "AbC123xyz"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "Paste the code"),
        ("   ", "Paste the code"),
        ("not a code at all", "does not look like"),
        ("http://127.0.0.1:5555/callback/xyz?oauth_token=req", "does not look like"),
        ("http://x/cb?oauth_token=other&oauth_verifier=abc", "different sign-in"),
        ("http://x/cb?denied=req", "not granted"),
    ],
)
def test_parse_verifier_rejects_clearly(text: str, needle: str) -> None:
    with pytest.raises(AppError) as info:
        parse_verifier(text, "req")
    assert info.value.kind is ErrorKind.AUTH
    assert needle in info.value.message


def test_flow_needs_a_consumer_key() -> None:
    with pytest.raises(AppError) as info:
        OAuthFlow(None, None)
    assert info.value.kind is ErrorKind.USAGE
    assert "https://www.discogs.com/settings/developers" in info.value.message


def test_flow_reads_the_consumer_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCOGS_CONSUMER_KEY", "env-ck")
    monkeypatch.setenv("DISCOGS_CONSUMER_SECRET", "env-cs")
    flow = OAuthFlow(None, None)
    assert (flow.consumer_key, flow.consumer_secret) == ("env-ck", "env-cs")
    assert flow.api_url == "http://127.0.0.1:9"  # DISCOGS_API_URL from conftest


def test_unreachable_discogs_is_a_network_error() -> None:
    flow = OAuthFlow("ck", "cs")  # conftest points the API at a closed port
    with pytest.raises(AppError) as info:
        flow.start()
    assert info.value.kind is ErrorKind.NETWORK
    assert flow.listener is None  # the listener of the failed attempt is closed


def test_credentials_are_what_the_store_expects() -> None:
    creds = Credentials("oauth", "t", "s", "ck", "cs", "ann")
    assert Credentials.from_dict(creds.to_dict()) == creds


# ---- the whole flow against the fake Discogs ------------------------------------------------


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDiscogs]:
    with FakeDiscogs() as server:
        monkeypatch.setenv("DISCOGS_API_URL", server.url)
        monkeypatch.setenv("DISCOGS_WEB_URL", server.url)
        yield server


def approve(browser: requests.Session, authorize_url: str) -> requests.Response:
    """The user clicks "Authorize" on the fake's page; returns the redirect to the callback."""
    page = visit(browser, authorize_url)
    assert page.status_code == 200 and "approve" in page.text
    response = visit(browser, authorize_url + "&approve=1")
    assert response.status_code == 302
    return response


def token_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["oauth_token"][0]


def test_full_flow_with_the_loopback_callback(fake: FakeDiscogs, browser: requests.Session) -> None:
    flow = OAuthFlow("ck", "cs")
    url = flow.start()
    assert url.startswith(f"{fake.url}/oauth/authorize?oauth_token=")
    assert flow.uses_loopback and flow.callback_url.startswith("http://127.0.0.1:")
    redirect = approve(browser, url)
    location = redirect.headers["Location"]
    assert location.startswith(flow.callback_url + "?")
    page = visit(browser, location)
    assert page.status_code == 200 and SUCCESS_TITLE in page.text
    verifier = flow.wait_for_callback(timeout=5)
    creds = flow.complete(verifier)
    assert creds.kind == "oauth" and creds.username == fake.username
    assert (creds.consumer_key, creds.consumer_secret) == ("ck", "cs")
    assert creds.token.startswith("at-") and creds.token_secret
    assert flow.listener is not None and flow.listener.closed
    assert flow.complete(verifier) is creds  # a second completion is harmless
    # every request carried the app's User-Agent
    oauth_calls = [
        r for r in fake.requests if r.path.startswith("/oauth/") and "authorize" not in r.path
    ]
    assert [r.path for r in oauth_calls] == [
        "/oauth/request_token",
        "/oauth/access_token",
        "/oauth/identity",
    ]
    assert all(r.headers.get("User-Agent", "").startswith("DiscogsQRExport/") for r in oauth_calls)
    # the credentials work against the collection endpoints
    gateway = Gateway(auth=creds.auth())
    folders = gateway.get_json(f"/users/{creds.username}/collection/folders")["folders"]
    assert {f["name"] for f in folders} >= {f["name"] for f in fake.folders}


def test_forged_callback_then_the_real_one(fake: FakeDiscogs, browser: requests.Session) -> None:
    flow = OAuthFlow("ck", "cs")
    approve_url = flow.start()
    forged = visit(browser, flow.callback_url, oauth_token="rt-forged", oauth_verifier="evil")
    assert forged.status_code == 400
    location = approve(browser, approve_url).headers["Location"]
    assert visit(browser, location).status_code == 200
    creds = flow.complete(flow.wait_for_callback(timeout=5))
    assert creds.username == fake.username
    # a replay of the real callback after success is refused
    try:
        replay = visit(browser, location)
    except requests.ConnectionError:
        pass
    else:
        assert replay.status_code == 410


def test_denial_is_a_clear_auth_error(fake: FakeDiscogs, browser: requests.Session) -> None:
    flow = OAuthFlow("ck", "cs")
    url = flow.start()
    denied = visit(browser, url + "&deny=1")
    assert denied.status_code == 302
    assert visit(browser, denied.headers["Location"]).status_code == 200
    with pytest.raises(AppError) as info:
        flow.wait_for_callback(timeout=5)
    assert info.value.kind is ErrorKind.AUTH
    assert "not granted" in info.value.message


def test_waiting_for_the_browser_times_out(fake: FakeDiscogs) -> None:
    flow = OAuthFlow("ck", "cs")
    flow.start()
    with pytest.raises(AppError) as info:
        flow.wait_for_callback(timeout=0.2)
    assert info.value.kind is ErrorKind.AUTH
    assert "start the sign-in again" in info.value.message
    flow.cancel()


def test_cancel_stops_the_wait_within_a_second(fake: FakeDiscogs) -> None:
    flow = OAuthFlow("ck", "cs")
    flow.start()
    threading.Timer(0.2, flow.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        flow.wait_for_callback(timeout=60)
    assert time.monotonic() - started < 1.0
    assert flow.listener is not None and flow.listener.closed
    with pytest.raises(Cancelled):
        flow.complete("abc")


@pytest.mark.parametrize("use_loopback", [True, False])
def test_pasted_code_works(fake: FakeDiscogs, use_loopback: bool) -> None:
    flow = OAuthFlow("ck", "cs")
    url = flow.start(use_loopback=use_loopback)
    assert flow.uses_loopback is use_loopback
    assert (flow.callback_url == "oob") is (not use_loopback)
    verifier = fake.issue_verifier(token_of(url))  # the user approved; Discogs shows the code
    creds = flow.complete(f"  {verifier}\n")
    assert creds.username == fake.username


def test_pasted_full_address_works(fake: FakeDiscogs, browser: requests.Session) -> None:
    flow = OAuthFlow("ck", "cs")
    url = flow.start()
    location = approve(browser, url).headers["Location"]  # the browser could not reach us
    creds = flow.complete(location)
    assert creds.username == fake.username
    assert flow.listener is not None and flow.listener.closed


def test_oob_page_code_works(fake: FakeDiscogs, browser: requests.Session) -> None:
    flow = OAuthFlow("ck", "cs")
    url = flow.start(use_loopback=False)
    page = visit(browser, url + "&approve=1")
    assert page.status_code == 200
    code = page.text.split("<code id='verifier'>", 1)[1].split("<", 1)[0]
    assert flow.complete(code).username == fake.username
    with pytest.raises(AppError):
        flow.wait_for_callback(timeout=0.1)  # no callback in paste-code mode


def test_wrong_code_is_a_clear_auth_error(fake: FakeDiscogs) -> None:
    flow = OAuthFlow("ck", "cs")
    url = flow.start()
    fake.issue_verifier(token_of(url))
    with pytest.raises(AppError) as info:
        flow.complete("wrongcode")
    assert info.value.kind is ErrorKind.AUTH
    assert "did not accept the code" in info.value.message
    flow.cancel()


def test_expired_request_token_has_a_clear_message(fake: FakeDiscogs) -> None:
    now = [1000.0]
    flow = OAuthFlow("ck", "cs", clock=lambda: now[0])
    url = flow.start()
    verifier = fake.issue_verifier(token_of(url))
    fake.request_token_ttl = 0.0  # Discogs forgets the request token
    now[0] += 16 * 60
    with pytest.raises(AppError) as info:
        flow.complete(verifier)
    assert info.value.kind is ErrorKind.AUTH
    assert "expired" in info.value.message
    assert "start again" in info.value.message
    flow.cancel()


def test_bad_consumer_key_is_an_auth_error(fake: FakeDiscogs) -> None:
    flow = OAuthFlow("wrong", "cs")
    with pytest.raises(AppError) as info:
        flow.start()
    assert info.value.kind is ErrorKind.AUTH
    assert "consumer key" in info.value.message
    assert flow.listener is None


def test_server_errors_are_retried_then_network_errors(fake: FakeDiscogs) -> None:
    fake.fail_next_5xx = 1
    flow = OAuthFlow("ck", "cs")
    assert flow.start()  # one 5xx is retried by the gateway
    flow.cancel()
    fake.fail_ratio_5xx = 1.0
    with pytest.raises(AppError) as info:
        OAuthFlow("ck", "cs").start()
    assert info.value.kind is ErrorKind.NETWORK


def test_a_given_gateway_or_session_is_used(fake: FakeDiscogs) -> None:
    gateway = Gateway(fake.url)
    flow = OAuthFlow("ck", "cs", gateway_or_session=gateway)
    flow.start(use_loopback=False)
    assert gateway.requests_made == 1
    session = requests.Session()
    session.trust_env = False
    flow = OAuthFlow("ck", "cs", gateway_or_session=session)
    url = flow.start(use_loopback=False)
    assert flow.complete(fake.issue_verifier(token_of(url))).username == fake.username
    assert gateway.requests_made == 1
