"""The fault matrix of issue 16 against the loopback fake Discogs server.

Each case ends in exact data (the library holds exactly what the server holds) or a clear error
(an AppError of the right kind, the folder not marked complete). Loads go through the real
gateway, DiscogsSource and Library, as the GUI's loader and the CLI use them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from desktop_app.core.cancel import NEVER, CancelToken
from desktop_app.core.errors import AppError, Cancelled, ErrorKind
from desktop_app.services.library import Library, open_library
from tests.fakes.dataset import generated_collection, make_item
from tests.fakes.server import FakeDiscogs
from tests.integration.test_library_sync import discogs_source

HTML = "<html><body><h1>Service Unavailable</h1><p>Please try again.</p></body></html>"


@pytest.fixture
def srv() -> Iterator[FakeDiscogs]:
    server = FakeDiscogs(generated_collection({"Jazz": 260}, seed=16), rate_limit=100_000)
    server.enforce_rate_limit = False
    server.fault_path_contains = "/releases"
    server.start()
    try:
        yield server
    finally:
        server.stop()


def library(srv: FakeDiscogs, **gateway: Any) -> Library:
    gateway.setdefault("max_retries", 4)
    return open_library(discogs_source(srv, **gateway))


def server_ids(srv: FakeDiscogs) -> list[int]:
    return sorted(item["instance_id"] for item in srv.items)


def load(lib: Library) -> list[int]:
    return sorted(i.instance_id for i in lib.load_folder_fully(0, NEVER))


def assert_exact(srv: FakeDiscogs, lib: Library) -> None:
    """What was loaded, and what the library keeps, is exactly the server's collection."""
    assert sorted(i.instance_id for i in lib.cached_instances(0)) == server_ids(srv)
    assert lib.is_cached(0)


def assert_clear_failure(lib: Library, kind: ErrorKind, words: str) -> None:
    with pytest.raises(AppError) as caught:
        lib.load_folder_fully(0, NEVER)
    assert caught.value.kind == kind and words in caught.value.message
    assert not lib.is_cached(0)  # an interrupted load is never taken for a complete one


def on_page(srv: FakeDiscogs, page: int, action: Any) -> None:
    """Run ``action()`` once, just before ``page`` is served."""

    def hook(folder_id: int, number: int) -> None:
        if number == page:
            srv.before_page = None
            action()

    srv.before_page = hook


# ---- server errors ---------------------------------------------------------------------------


def test_a_5xx_burst_mid_load_gives_exact_data(srv: FakeDiscogs) -> None:
    lib = library(srv)
    on_page(srv, 2, lambda: setattr(srv, "fail_next_5xx", 3))
    assert load(lib) == server_ids(srv)
    assert_exact(srv, lib)
    assert [r.status for r in srv.requests if "/releases" in r.path].count(200) == 3


def test_5xx_that_never_ends_is_a_clear_network_error(srv: FakeDiscogs) -> None:
    srv.fail_ratio_5xx = 1.0
    assert_clear_failure(library(srv), ErrorKind.NETWORK, "Discogs is not answering properly")


@pytest.mark.parametrize("status", [200, 502])
def test_html_error_pages_are_retried(srv: FakeDiscogs, status: int) -> None:
    srv.canned_replies = [(status, HTML, "text/html")] * 2
    lib = library(srv)
    assert load(lib) == server_ids(srv)
    assert_exact(srv, lib)


def test_html_with_200_forever_is_a_clear_error(srv: FakeDiscogs) -> None:
    srv.canned_replies = [(200, HTML, "text/html")] * 50
    assert_clear_failure(library(srv), ErrorKind.NETWORK, "could not be read")


def test_truncated_json_once_is_retried(srv: FakeDiscogs) -> None:
    lib = library(srv)
    on_page(
        srv, 2, lambda: srv.canned_replies.append((200, b'{"pagination": {"pa', "application/json"))
    )
    assert load(lib) == server_ids(srv)
    assert_exact(srv, lib)


def test_truncated_json_forever_is_a_clear_error(srv: FakeDiscogs) -> None:
    srv.malformed_pages = {(0, 2)}
    assert_clear_failure(library(srv), ErrorKind.NETWORK, "could not be read")


# ---- the connection --------------------------------------------------------------------------


def burst_survived(srv: FakeDiscogs, knob: str, count: int, status: int) -> None:
    """``count`` faults (``knob``) hit just after page 1: still exactly the server's data."""
    lib = library(srv)
    on_page(srv, 2, lambda: setattr(srv, knob, count))
    assert load(lib) == server_ids(srv)
    assert_exact(srv, lib)
    assert [r.status for r in srv.requests].count(status) == count


def test_connection_resets_are_retried(srv: FakeDiscogs) -> None:
    burst_survived(srv, "reset_next", 2, status=0)  # 0: no answer, the connection was reset


def test_resets_that_never_end_are_a_clear_network_error(srv: FakeDiscogs) -> None:
    srv.reset_next = 1000
    assert_clear_failure(library(srv), ErrorKind.NETWORK, "Could not reach Discogs")


def test_read_timeouts_are_retried(srv: FakeDiscogs) -> None:
    lib = library(srv, timeout=(2.0, 0.3))
    srv.slow_paths = {"/releases": 1.0}

    def fast_again(seconds: float, reason: str) -> None:
        srv.slow_paths = {}

    assert sorted(i.instance_id for i in lib.load_folder_fully(0, NEVER, on_wait=fast_again)) == (
        server_ids(srv)
    )
    assert_exact(srv, lib)


def test_a_server_that_never_answers_still_cancels_at_once(srv: FakeDiscogs) -> None:
    lib = library(srv)  # 30 s read timeout: only cancelling can end this load
    srv.slow_paths = {"/releases": 3600}
    cancel = CancelToken()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            lib.load_folder_fully(0, cancel)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 10
    while srv.count("/releases") == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert srv.count("/releases") == 1  # the request is out and will never be answered
    cancel.cancel()
    worker.join(timeout=3)  # loose: the gateway notices within a quarter second
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    assert not lib.is_cached(0)


# ---- rate limiting and sign-in ---------------------------------------------------------------


@pytest.mark.parametrize("retry_after", [0.05, None])
def test_429_storms_with_and_without_retry_after(srv: FakeDiscogs, retry_after: Any) -> None:
    srv.retry_after = retry_after
    burst_survived(srv, "fail_next_429", 4, status=429)


def test_a_429_storm_that_never_ends_is_a_clear_rate_error(srv: FakeDiscogs) -> None:
    srv.fail_next_429 = 1000
    assert_clear_failure(library(srv), ErrorKind.RATE, "too frequent")


def test_a_token_revoked_mid_fetch_is_a_clear_auth_error(srv: FakeDiscogs) -> None:
    lib = library(srv)
    on_page(srv, 2, srv.revoke)  # page 2 is already being answered; page 3 is refused
    assert_clear_failure(lib, ErrorKind.AUTH, "sign in again")
    assert len(lib.cached_instances(0)) == 200  # pages 1-2 stay stored, the folder not complete


# ---- the data changing under the load --------------------------------------------------------


def test_an_item_added_and_one_removed_between_pages(srv: FakeDiscogs) -> None:
    folder = srv.folders[-1]["id"]
    first_page = sorted(srv.items, key=lambda i: (i["date_added"], i["instance_id"]))[:100]
    removed = first_page[10]["instance_id"]
    added = make_item(990_000_001, 4242, folder, title="Added meanwhile", date_added="2031-01-01")

    def change() -> None:
        srv.remove_instance(removed)
        srv.add_instances([added])

    lib = library(srv)
    on_page(srv, 2, change)
    lib.load_folder_fully(0, NEVER)
    # One in, one out: the count stays, so offset paging cannot see that an entry slid from
    # page 2 onto the page already read. The addition is there; a full refresh repairs the rest.
    cached = {i.instance_id for i in lib.cached_instances(0)}
    assert 990_000_001 in cached and len(cached) == len(server_ids(srv))
    lib.refresh(NEVER, full=True)
    assert removed not in server_ids(srv)
    assert_exact(srv, lib)


def test_fewer_items_on_each_page_than_per_page_says(srv: FakeDiscogs) -> None:
    srv.short_page_drop = 3  # pages of 97 while pagination says 100 per page and 3 pages
    served: list[int] = []

    def keep(folder_id: int, page: int) -> None:
        ordered = sorted(srv.items, key=lambda i: (i["date_added"], i["instance_id"]))
        chunk = ordered[(page - 1) * 100 : page * 100]
        served.extend(i["instance_id"] for i in chunk[: len(chunk) - 3])
        srv.before_page = keep

    srv.before_page = keep
    lib = library(srv)
    assert load(lib) == sorted(served)  # every page read: a short page is not taken as the last
    assert len(served) == 260 - 3 * 3
    assert srv.count("/releases") == 3


def test_an_item_removed_between_pages_is_noticed_and_repaired(srv: FakeDiscogs) -> None:
    first_page = sorted(srv.items, key=lambda i: (i["date_added"], i["instance_id"]))[:100]
    removed = first_page[10]["instance_id"]
    lib = library(srv)
    on_page(srv, 2, lambda: srv.remove_instance(removed))
    lib.load_folder_fully(0, NEVER)
    assert not lib.is_cached(0)  # the listing shifted: not taken as complete…
    lib.load_folder_fully(0, NEVER)  # …so the next look at the folder reads it again
    assert_exact(srv, lib)


def test_hostile_items_through_the_server_are_counted_named_and_the_rest_exported(
    tmp_path: Any,
) -> None:
    from desktop_app.core.csvio import read_csv
    from desktop_app.core.qrfactory import ExportOptions, build_rows
    from desktop_app.services.export import save_csv

    collection = generated_collection({"Jazz": 120}, seed=17)
    folder = collection.folders[-1]["id"]
    hostile: list[Any] = [
        {"instance_id": 991_000_001, "folder_id": folder, "basic_information": {"title": "No id"}},
        {"id": 5, "folder_id": folder, "basic_information": {"title": "No instance\u202e"}},
        {"instance_id": 2**70, "id": 6, "folder_id": folder},
        make_item(991_000_004, 7, folder, title="\ud800" + "y" * 1_000_000, artists=["\x1b[31m"]),
        {
            **make_item(991_000_005, 8, folder, title="Nulls"),
            "rating": None,
            "notes": "not a list",
            "basic_information": {"id": 8, "title": None, "artists": None, "formats": [True]},
        },
    ]
    for n, entry in enumerate(hostile):
        entry.setdefault("date_added", f"2030-01-0{n + 1}T00:00:00-08:00")
    collection.items.extend(hostile)
    with FakeDiscogs(collection, rate_limit=100_000) as srv:
        pages = list(discogs_source(srv, max_retries=4).iter_pages(0))
        served = len(srv.items)
    assert sum(p.skipped for p in pages) == 3
    names = [name for p in pages for name in p.skipped_names]
    assert sorted(names) == sorted(
        ["instance 991000001, “No id”", "release 5, “No instance”", f"instance {2**70}, release 6"]
    )
    instances = [i for p in pages for i in p.instances]
    assert len(instances) == served - 3 == 122
    path = save_csv(tmp_path / "out.csv", build_rows(instances, ExportOptions()))
    assert len(read_csv(path)) == len(instances) + 1
