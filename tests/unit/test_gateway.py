"""The gateway and the Discogs collection source against the loopback fake server."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import requests

from desktop_app.core.cancel import CancelToken
from desktop_app.core.errors import AppError, Cancelled, ErrorKind
from desktop_app.discogs.auth import Credentials, TokenAuth
from desktop_app.discogs.collection import DiscogsSource, discogs_client_for
from desktop_app.discogs.gateway import Gateway, default_user_agent, web_url
from desktop_app.services.source import DemoSource, source_for
from tests.fakes.dataset import FakeCollection, generated_collection, make_item
from tests.fakes.server import FakeDiscogs

IDENTITY = "/oauth/identity"


@pytest.fixture
def srv() -> Iterator[FakeDiscogs]:
    with FakeDiscogs(generated_collection({"Jazz": 250, "Rock": 30})) as server:
        yield server


def gateway(server: FakeDiscogs, token: str = "good-token", **kwargs: object) -> Gateway:
    kwargs.setdefault("backoff_base", 0.01)
    return Gateway(server.url, auth=TokenAuth(token), **kwargs)  # type: ignore[arg-type]


def statuses(server: FakeDiscogs) -> list[int]:
    return [r.status for r in server.requests]


def max_in_any_window(times: list[float], window: float) -> int:
    """The most requests the server received within any ``window`` seconds."""
    times = sorted(times)
    best = 0
    for i, start in enumerate(times):
        best = max(best, sum(1 for t in times[i:] if t - start < window))
    return best


# ---- basics -----------------------------------------------------------------------------------


def test_user_agent_names_the_app_and_version(srv: FakeDiscogs) -> None:
    from desktop_app import __version__

    body = gateway(srv).get_json(IDENTITY)
    assert body["username"] == "collector"
    agent = srv.requests[-1].headers["User-Agent"]
    assert agent.startswith(f"DiscogsQRExport/{__version__}")
    assert agent == default_user_agent()


def test_urls_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCOGS_API_URL", "http://127.0.0.1:5/api/")
    monkeypatch.setenv("DISCOGS_WEB_URL", "http://127.0.0.1:6/")
    gw = Gateway()
    assert gw.api_url == "http://127.0.0.1:5/api"
    assert gw.url("/users/x") == "http://127.0.0.1:5/api/users/x"
    assert gw.url("https://elsewhere.example/a") == "https://elsewhere.example/a"
    assert web_url() == "http://127.0.0.1:6"
    monkeypatch.delenv("DISCOGS_API_URL")
    monkeypatch.delenv("DISCOGS_WEB_URL")
    assert Gateway().api_url == "https://api.discogs.com"
    assert web_url() == "https://www.discogs.com"


def test_counters_match_what_the_server_saw(srv: FakeDiscogs) -> None:
    gw = gateway(srv)
    for _ in range(3):
        gw.get_json(IDENTITY)
    assert gw.requests_made == srv.count() == 3
    assert gw.retries == gw.responses_429 == 0
    assert gw.rate_limit == 60


# ---- pacing -----------------------------------------------------------------------------------


def test_pacing_never_runs_into_429_and_reports_waits() -> None:
    with FakeDiscogs(generated_collection({"A": 3}), rate_limit=4, window_seconds=1.0) as srv:
        gw = gateway(srv, window_seconds=1.0, margin_seconds=0.02)
        waits: list[tuple[float, str]] = []
        for _ in range(8):
            gw.get_json(IDENTITY, on_wait=lambda s, r: waits.append((s, r)))
        assert 429 not in statuses(srv)
        assert gw.responses_429 == 0
        # a reserve of one: at most limit - 1 in any window
        assert max_in_any_window([r.time for r in srv.requests], 1.0) <= 3
        assert waits and all(reason == "rate-limit" for _, reason in waits)
        assert gw.waited_seconds > 0.5


def test_pacing_counts_requests_made_by_other_clients_on_the_same_ip() -> None:
    with FakeDiscogs(generated_collection({"A": 3}), rate_limit=5, window_seconds=1.5) as srv:
        headers = {"User-Agent": "other-tool/1", "Authorization": "Discogs token=good-token"}
        for _ in range(3):  # another program used most of the budget just now
            assert requests.get(f"{srv.url}{IDENTITY}", headers=headers, timeout=5).ok
        gw = gateway(srv, window_seconds=1.5, margin_seconds=0.02)
        for _ in range(5):
            gw.get_json(IDENTITY)
        assert 429 not in statuses(srv)
        assert max_in_any_window([r.time for r in srv.requests], 1.5) <= 4


def test_workers_sharing_one_gateway_share_the_budget() -> None:
    with FakeDiscogs(generated_collection({"A": 3}), rate_limit=4, window_seconds=1.0) as srv:
        gw = gateway(srv, window_seconds=1.0, margin_seconds=0.02)
        errors: list[BaseException] = []

        def work() -> None:
            try:
                for _ in range(3):
                    gw.get_json(IDENTITY)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=20)
        assert not errors
        assert srv.count() == gw.requests_made == 9
        assert 429 not in statuses(srv)


# ---- 429 --------------------------------------------------------------------------------------


def test_429_with_retry_after_is_honoured(srv: FakeDiscogs) -> None:
    srv.fail_next_429 = 2
    srv.retry_after = 0.3
    gw = gateway(srv)
    waits: list[float] = []
    started = time.monotonic()
    assert gw.get_json(IDENTITY, on_wait=lambda s, r: waits.append(s))["username"] == "collector"
    assert time.monotonic() - started >= 0.6
    assert statuses(srv) == [429, 429, 200]
    assert gw.responses_429 == 2 and gw.retries == 2
    assert [w >= 0.3 for w in waits] == [True, True]


def test_429_without_retry_after_backs_off_and_retries(srv: FakeDiscogs) -> None:
    srv.fail_next_429 = 3
    gw = gateway(srv)
    assert gw.get_json(IDENTITY)["username"] == "collector"
    assert statuses(srv) == [429, 429, 429, 200]
    assert gw.responses_429 == 3


def test_429_forever_gives_up_after_bounded_retries(srv: FakeDiscogs) -> None:
    srv.fail_next_429 = 100
    gw = gateway(srv, max_retries=3)
    with pytest.raises(AppError) as info:
        gw.get_json(IDENTITY)
    assert info.value.kind is ErrorKind.RATE
    assert srv.count() == 4


def test_429_from_a_full_window_waits_for_it_to_drain() -> None:
    with FakeDiscogs(generated_collection({"A": 3}), rate_limit=3, window_seconds=1.0) as srv:
        headers = {"User-Agent": "other-tool/1", "Authorization": "Discogs token=good-token"}
        for _ in range(3):  # someone else filled the whole window
            requests.get(f"{srv.url}{IDENTITY}", headers=headers, timeout=5)
        gw = gateway(srv, window_seconds=1.0, margin_seconds=0.02)
        assert gw.get_json(IDENTITY)["username"] == "collector"
        # one refusal at most, then the gateway waited for the window instead of hammering
        assert statuses(srv)[3:].count(429) == 1
        assert statuses(srv)[-1] == 200


# ---- server errors, bad bodies, timeouts --------------------------------------------------------


def test_5xx_is_retried_then_succeeds(srv: FakeDiscogs) -> None:
    srv.fail_next_5xx = 3
    gw = gateway(srv)
    assert gw.get_json(IDENTITY)["username"] == "collector"
    assert [s >= 500 for s in statuses(srv)] == [True, True, True, False]
    assert gw.retries == 3


def test_5xx_forever_is_a_network_error_after_bounded_attempts(srv: FakeDiscogs) -> None:
    srv.fail_ratio_5xx = 1.0
    gw = gateway(srv, max_retries=3)
    with pytest.raises(AppError) as info:
        gw.get_json(IDENTITY)
    assert info.value.kind is ErrorKind.NETWORK
    assert "\n" not in info.value.message and info.value.message.endswith(".")
    assert srv.count() == 4


def test_backoff_grows_exponentially_with_jitter() -> None:
    gw = Gateway("http://127.0.0.1:9", backoff_base=1.0, backoff_cap=30.0)
    delays = [gw._backoff(n) for n in range(7)]
    for n, delay in enumerate(delays):
        ceiling = min(30.0, 2.0**n)
        assert ceiling / 2 <= delay <= ceiling


def test_backoff_base_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCOGS_QR_BACKOFF_BASE", "0.05")
    assert Gateway("http://127.0.0.1:9").backoff_base == 0.05
    monkeypatch.delenv("DISCOGS_QR_BACKOFF_BASE")
    assert Gateway("http://127.0.0.1:9").backoff_base == 1.0


def test_a_malformed_page_is_retried(srv: FakeDiscogs) -> None:
    src = DiscogsSource(gateway(srv), "collector")
    srv.malformed_pages = {(0, 1)}
    retried: list[str] = []

    def on_wait(seconds: float, reason: str) -> None:
        retried.append(reason)
        srv.malformed_pages = set()  # the next attempt gets a good page

    page = next(src.iter_pages(0, on_wait=on_wait))
    assert retried == ["retry"]
    assert len(page.instances) == 100
    assert srv.count("/releases") == 2


def test_a_page_that_stays_malformed_is_an_error(srv: FakeDiscogs) -> None:
    src = DiscogsSource(gateway(srv, max_retries=2), "collector")
    srv.malformed_pages = {(0, 2)}
    pages = src.iter_pages(0)
    assert len(next(pages).instances) == 100
    with pytest.raises(AppError) as info:
        next(pages)
    assert info.value.kind is ErrorKind.NETWORK
    assert srv.count("/releases") == 1 + 3


def test_html_error_pages_on_200_are_not_json(srv: FakeDiscogs) -> None:
    # /oauth/authorize answers an HTML page with 200: not something get_json accepts
    gw = gateway(srv, max_retries=1)
    with pytest.raises(AppError) as info:
        gw.get_json("/oauth/authorize", {"oauth_token": "nope"})
    assert info.value.kind in (ErrorKind.NETWORK, ErrorKind.DATA)
    page = gw.request("GET", "/oauth/authorize", expect_json=False, check=False)
    assert page.status_code == 400 and "<p>" in page.text


def test_a_timeout_is_retried(srv: FakeDiscogs) -> None:
    srv.slow_paths = {IDENTITY: 2.0}
    gw = gateway(srv, timeout=(1.0, 0.3))

    def on_wait(seconds: float, reason: str) -> None:
        srv.slow_paths = {}

    assert gw.get_json(IDENTITY, on_wait=on_wait)["username"] == "collector"
    assert gw.retries == 1 and srv.count(IDENTITY) == 2


def test_timeout_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCOGS_QR_TIMEOUT", "2,7")
    assert Gateway("http://127.0.0.1:9").timeout == (2.0, 7.0)
    monkeypatch.setenv("DISCOGS_QR_TIMEOUT", "0.5")
    assert Gateway("http://127.0.0.1:9").timeout == (0.5, 0.5)


def test_nothing_listening_is_a_network_error() -> None:
    gw = Gateway("http://127.0.0.1:9", auth=TokenAuth("t"), backoff_base=0.01, max_retries=2)
    with pytest.raises(AppError) as info:
        gw.get_json(IDENTITY)
    assert info.value.kind is ErrorKind.NETWORK
    assert gw.requests_made == 3


# ---- client errors ------------------------------------------------------------------------------


def test_401_is_an_auth_error_at_once(srv: FakeDiscogs) -> None:
    gw = gateway(srv, token="bad-token")
    with pytest.raises(AppError) as info:
        gw.get_json(IDENTITY)
    assert info.value.kind is ErrorKind.AUTH
    assert srv.count() == 1 and gw.retries == 0


def test_404_is_a_data_error(srv: FakeDiscogs) -> None:
    gw = gateway(srv)
    with pytest.raises(AppError) as info:
        gw.get_json("/users/someone-else/collection/folders")
    assert info.value.kind is ErrorKind.DATA
    assert srv.count() == 1


def test_transport_returns_plain_text_errors_for_oauth(srv: FakeDiscogs) -> None:
    from requests_oauthlib import OAuth1

    gw = gateway(srv)
    auth = OAuth1("wrong", client_secret="cs", callback_uri="oob", signature_method="PLAINTEXT")
    status, text = gw.transport("GET", f"{srv.url}/oauth/request_token", auth)
    assert (status, text) == (401, "Invalid consumer.")
    auth = OAuth1("ck", client_secret="cs", callback_uri="oob", signature_method="PLAINTEXT")
    status, text = gw.transport("GET", f"{srv.url}/oauth/request_token", auth)
    assert status == 200 and "oauth_token=" in text
    assert all(r.headers["User-Agent"] == gw.user_agent for r in srv.requests)


# ---- cancellation ---------------------------------------------------------------------------


def test_cancel_interrupts_a_long_retry_after_wait(srv: FakeDiscogs) -> None:
    srv.fail_next_429 = 1
    srv.retry_after = 30
    cancel = CancelToken()
    threading.Timer(0.3, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        gateway(srv).get_json(IDENTITY, cancel=cancel)
    assert time.monotonic() - started < 1.3


def test_cancel_interrupts_a_pacing_wait() -> None:
    with FakeDiscogs(generated_collection({"A": 3}), rate_limit=2, window_seconds=30) as srv:
        gw = gateway(srv, window_seconds=30)
        gw.get_json(IDENTITY)  # the budget (limit 2, reserve 1) is now used up for 30 s
        cancel = CancelToken()
        waits: list[float] = []
        threading.Timer(0.3, cancel.cancel).start()
        started = time.monotonic()
        with pytest.raises(Cancelled):
            gw.get_json(IDENTITY, cancel=cancel, on_wait=lambda s, r: waits.append(s))
        assert time.monotonic() - started < 1.3
        assert waits and waits[0] > 25
        assert srv.count() == 1


def test_a_cancelled_token_sends_nothing(srv: FakeDiscogs) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        gateway(srv).get_json(IDENTITY, cancel=cancel)
    assert srv.count() == 0


# ---- the collection source --------------------------------------------------------------------


def test_identity_goes_through_discogs_client_and_the_gateway(srv: FakeDiscogs) -> None:
    gw = gateway(srv)
    src = DiscogsSource(gw)
    assert src.identity()["username"] == "collector"
    assert src.username == "collector"
    assert gw.requests_made == srv.count(IDENTITY) == 1
    assert srv.requests[0].headers["User-Agent"] == gw.user_agent
    client = discogs_client_for(gw)
    assert client.identity().username == "collector"
    assert gw.requests_made == 2


def test_discogs_client_sees_auth_errors_as_app_errors(srv: FakeDiscogs) -> None:
    src = DiscogsSource(gateway(srv, token="bad-token"))
    with pytest.raises(AppError) as info:
        src.identity()
    assert info.value.kind is ErrorKind.AUTH


def test_folders_all_first_and_note_fields(srv: FakeDiscogs) -> None:
    src = DiscogsSource(gateway(srv), "collector")
    folders = src.folders()
    assert [(f.name, f.count) for f in folders] == [
        ("All", 280),
        ("Uncategorized", 0),
        ("Jazz", 250),
        ("Rock", 30),
    ]
    assert src.note_fields() == {1: "Media Condition", 2: "Sleeve Condition", 3: "Notes"}


def test_pages_of_100_without_per_release_requests(srv: FakeDiscogs) -> None:
    gw = gateway(srv)
    src = DiscogsSource(gw, "collector")
    jazz = next(f.id for f in src.folders() if f.name == "Jazz")
    pages = list(src.iter_pages(jazz))
    assert [(p.page, p.pages, p.total, len(p.instances)) for p in pages] == [
        (1, 3, 250, 100),
        (2, 3, 250, 100),
        (3, 3, 250, 50),
    ]
    ids = [i.instance_id for p in pages for i in p.instances]
    assert len(set(ids)) == 250
    listing = [r for r in srv.requests if r.path.endswith("/releases")]
    assert len(listing) == 3
    assert {r.query["per_page"] for r in listing} == {"100"}
    assert [r.query["page"] for r in listing] == ["1", "2", "3"]
    assert not [r for r in srv.requests if r.path.startswith(("/releases", "/masters"))]
    assert gw.requests_made == srv.count() == 4


def test_start_page_sort_and_order(srv: FakeDiscogs) -> None:
    src = DiscogsSource(gateway(srv), "collector")
    pages = list(src.iter_pages(0, sort="title", order="desc", start_page=3))
    assert [p.page for p in pages] == [3]
    assert srv.requests[-1].query == {
        "page": "3",
        "per_page": "100",
        "sort": "title",
        "sort_order": "desc",
    }
    with pytest.raises(ValueError):
        next(src.iter_pages(0, sort="price"))


def test_unreadable_items_are_skipped_and_counted() -> None:
    good = [make_item(10 + n, 100 + n, 1) for n in range(3)]
    broken = make_item(20, 200, 1)
    broken["id"] = None
    broken["basic_information"]["id"] = "not a number"
    coll = FakeCollection("collector", [{"id": 1, "name": "Uncategorized"}], [*good, broken])
    with FakeDiscogs(coll) as srv:
        src = DiscogsSource(gateway(srv), "collector")
        (page,) = list(src.iter_pages(0))
    assert page.skipped == 1
    assert sorted(i.instance_id for i in page.instances) == [10, 11, 12]
    assert len(page.items) == 4


def test_empty_folder_is_one_empty_page(srv: FakeDiscogs) -> None:
    src = DiscogsSource(gateway(srv), "collector")
    (page,) = list(src.iter_pages(1))
    assert (page.pages, page.total, page.instances) == (1, 0, [])


def test_source_for() -> None:
    assert isinstance(source_for(None, demo=True), DemoSource)
    with pytest.raises(AppError) as info:
        source_for(None, demo=False)
    assert info.value.kind is ErrorKind.AUTH
    src = source_for(Credentials("token", "t", username="me"), demo=False)
    assert isinstance(src, DiscogsSource)
    assert src.username == "me"


def test_an_exception_while_sending_does_not_block_later_requests(srv: FakeDiscogs) -> None:
    class Exploding(requests.auth.AuthBase):
        def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
            raise KeyboardInterrupt

    gw = gateway(srv)  # the limit is not known yet: nothing else may go while one is in flight
    with pytest.raises(KeyboardInterrupt):
        gw.request("GET", IDENTITY, auth=Exploding())
    done = threading.Event()
    threading.Thread(target=lambda: (gw.get_json(IDENTITY), done.set()), daemon=True).start()
    assert done.wait(5), "the failed request was left in flight and blocks the gateway"
