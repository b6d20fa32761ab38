"""The gateway's background priority: the rule (half the rate limit) and yielding to the
user's requests, against the loopback fake server."""

from __future__ import annotations

import threading

from desktop_app.core.cancel import CancelToken
from desktop_app.core.errors import Cancelled
from desktop_app.discogs.auth import TokenAuth
from desktop_app.discogs.collection import DiscogsSource
from desktop_app.discogs.gateway import BACKGROUND, Gateway, background_budget
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
from tests.unit.test_gateway import max_in_any_window

IDENTITY = "/oauth/identity"


def gateway(server: FakeDiscogs, **kwargs: object) -> Gateway:
    kwargs.setdefault("backoff_base", 0.01)
    return Gateway(server.url, auth=TokenAuth("good-token"), **kwargs)  # type: ignore[arg-type]


def test_background_budget_is_half_the_limit() -> None:
    assert background_budget(60) == 30
    assert background_budget(25) == 12
    assert background_budget(3) == 1
    assert background_budget(1) == 1  # a background request can always go eventually


def test_background_requests_keep_the_window_at_half_the_limit() -> None:
    with FakeDiscogs(generated_collection({"A": 3}), rate_limit=6, window_seconds=1.0) as srv:
        gw = gateway(srv, window_seconds=1.0, margin_seconds=0.02)
        for _ in range(7):
            gw.get_json(IDENTITY, priority=BACKGROUND)
        assert max_in_any_window([r.time for r in srv.requests], 1.0) <= 3
        # the user's requests still have the rest of the window at once
        srv.reset_log()
        for _ in range(2):
            gw.get_json(IDENTITY)
        assert srv.count(IDENTITY) == 2


def test_a_background_request_waits_while_user_work_is_under_way() -> None:
    with FakeDiscogs(generated_collection({"A": 3})) as srv:
        gw = gateway(srv)
        gw.yield_seconds = 0.05
        sent = threading.Event()
        token = CancelToken()

        def background() -> None:
            try:
                gw.get_json(IDENTITY, cancel=token, priority=BACKGROUND)
                sent.set()
            except Cancelled:
                pass

        with gw.user_work():
            worker = threading.Thread(target=background)
            worker.start()
            for _ in range(3):
                gw.get_json(IDENTITY)  # the user's requests go first
            assert not sent.wait(0.3)
            assert srv.count(IDENTITY) == 3
        assert sent.wait(5)  # once the user's work is over, it goes
        worker.join(5)
        assert srv.count(IDENTITY) == 4


def test_the_background_view_of_a_source_shares_the_gateway() -> None:
    with FakeDiscogs(generated_collection({"A": 3})) as srv:
        source = DiscogsSource(gateway(srv), "collector")
        quiet = source.background()
        assert quiet.gateway is source.gateway and quiet.username == "collector"
        assert quiet.priority == BACKGROUND and source.priority != BACKGROUND
