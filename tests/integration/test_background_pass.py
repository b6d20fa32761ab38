"""The background pass against the fake server: it reads the whole collection again, merges
without replacing newer data, keeps to half the rate limit and resumes where it stopped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from desktop_app.core.cancel import NEVER, CancelToken
from desktop_app.core.errors import Cancelled
from desktop_app.core.release import Instance
from desktop_app.services.library import Library, open_library
from desktop_app.services.reread import PASS_KEY, reread, reread_due, reread_page
from desktop_app.services.source import DemoSource
from desktop_app.store.cache import instance_row
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
from tests.fakes.sources import discogs_source
from tests.unit.test_gateway import max_in_any_window

FIELD = 1  # "Media Condition"


@pytest.fixture
def srv() -> Iterator[FakeDiscogs]:
    server = FakeDiscogs(
        generated_collection({"A": 250, "B": 150}, username="collector", seed=3),
        rate_limit=100_000,
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


def loaded(srv: FakeDiscogs, **gateway: object) -> Library:
    lib = open_library(discogs_source(srv, **gateway))
    lib.load_folder_fully(0, NEVER)
    srv.reset_log()
    return lib


def pass_pages(srv: FakeDiscogs) -> list[int]:
    """The All pages the pass asked for, in order."""
    return [
        int(r.query["page"])
        for r in srv.requests
        if r.path.endswith("/folders/0/releases") and r.query.get("sort_order") == "asc"
    ]


def newest_first(srv: FakeDiscogs) -> list[int]:
    return [it["instance_id"] for it in sorted(srv.items, key=lambda it: it["date_added"])]


def notes(lib: Library, instance_id: int) -> dict[int, str]:
    inst = next(i for i in lib.cached_instances(0) if i.instance_id == instance_id)
    return dict(inst.notes)


def test_an_edit_made_during_the_pass_is_merged(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    assert reread_due(lib)
    target = newest_first(srv)[350]  # on page 4 of 4
    srv.before_page = lambda folder, page: (
        srv.set_field_value(target, FIELD, "Edited on Discogs") if page == 2 else None
    )
    changed: list[Instance] = []
    result = reread(lib, NEVER, on_changed=changed.extend)
    assert result.finished and result.pages == 4
    assert pass_pages(srv) == [1, 2, 3, 4]
    assert [i.instance_id for i in changed] == [target]
    assert notes(lib, target)[FIELD] == "Edited on Discogs"
    assert lib.fields_read_at() is not None
    assert lib.cache.get_state(PASS_KEY) is None


def test_a_write_made_while_a_page_was_on_its_way_is_not_replaced(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    target = newest_first(srv)[10]  # on page 1
    srv.set_field_value(target, FIELD, "Old value")  # what the page will carry

    def written_meanwhile(folder: int, page: int) -> None:
        # the app writes its own newer value after the page was asked for
        item = dict(lib.cache.raw_item(target) or {})
        item["notes"] = [{"field_id": FIELD, "value": "Newer, written by the app"}]
        lib.cache.store_rows([instance_row(Instance.from_item(item), item)])

    srv.before_page = lambda folder, page: written_meanwhile(folder, page) if page == 1 else None
    reread(lib, NEVER)
    assert notes(lib, target)[FIELD] == "Newer, written by the app"
    # the next pass reads it again, and then the server's value is the newer one
    srv.before_page = None
    reread(lib, NEVER)
    assert notes(lib, target)[FIELD] == "Old value"


def test_a_stopped_pass_resumes_at_the_page_reached(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    token = CancelToken()
    with pytest.raises(Cancelled):
        reread(lib, token, on_page=lambda page: token.cancel() if page == 2 else None)
    assert pass_pages(srv) == [1, 2]
    lib.close()
    again = open_library(discogs_source(srv))  # the next start
    assert reread_due(again) and reread_page(again) == 3
    target = newest_first(srv)[0]
    srv.set_field_value(target, FIELD, "Not seen: its page was read before")
    result = reread(again, NEVER)
    assert result.finished and result.pages == 2
    assert pass_pages(srv) == [1, 2, 3, 4]  # no page read twice
    assert notes(again, target).get(FIELD) != "Not seen: its page was read before"
    assert reread_page(again) == 1  # the next pass starts over


def test_the_pass_keeps_to_half_the_rate_limit() -> None:
    collection = generated_collection({"A": 400}, username="collector", seed=4)
    with FakeDiscogs(collection, rate_limit=5, window_seconds=1.0) as srv:
        lib = loaded(srv, window_seconds=1.0, margin_seconds=0.02)
        srv.reset_rate_window()
        reread(lib, NEVER)
        times = [r.time for r in srv.requests]
        assert pass_pages(srv) == [1, 2, 3, 4]
        assert 429 not in [r.status for r in srv.requests]
        assert max_in_any_window(times, 1.0) <= 2  # half of 5, never the user's reserve of 4


def test_the_demo_and_an_empty_library_have_no_pass(srv: FakeDiscogs) -> None:
    assert not reread_due(open_library(DemoSource()))
    assert not reread_due(open_library(discogs_source(srv)))  # nothing read before


def test_a_refresh_keeps_what_was_written_while_it_ran(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    target = newest_first(srv)[-1]  # on the first page a refresh reads (newest first)
    srv.set_field_value(target, FIELD, "What the page carries")

    def written_meanwhile(folder: int, page: int) -> None:
        item = dict(lib.cache.raw_item(target) or {})
        item["notes"] = [{"field_id": FIELD, "value": "Written by the app meanwhile"}]
        lib.cache.store_rows([instance_row(Instance.from_item(item), item)])

    srv.before_page = written_meanwhile
    lib.refresh(NEVER)
    assert notes(lib, target)[FIELD] == "Written by the app meanwhile"
    assert target in {i.instance_id for i in lib.cached_instances(0)}


def test_clearing_the_library_forgets_what_was_known_of_its_data(srv: FakeDiscogs) -> None:
    """Settings → Clear cache: the field values' age and a stopped pass's page describe the
    data that is gone. A pass under way during the clear does not count as a whole read."""
    from desktop_app.services.library import clear_cache

    lib = loaded(srv)
    token = CancelToken()
    with pytest.raises(Cancelled):
        reread(lib, token, on_page=lambda page: token.cancel() if page == 2 else None)
    lib.note_whole_read(0, datetime.now(UTC))
    assert reread_page(lib) == 3 and lib.fields_read_at(0) is not None
    started = datetime.now(UTC)  # a pass (elsewhere) started before the clear ...
    clear_cache(lib.cache)
    assert lib.cached_instances(0) == []
    assert lib.fields_read_at(0) is None  # no "fields read 1 min ago" over an empty library
    assert reread_page(lib) == 1  # the pages before 3 are gone too: start over
    lib.note_whole_read(0, started)  # ... and ended after it: not a whole read
    assert lib.fields_read_at(0) is None
    result = reread(lib, NEVER)
    assert result.finished and len(lib.cached_instances(0)) == 400
    assert lib.fields_read_at(0) is not None
