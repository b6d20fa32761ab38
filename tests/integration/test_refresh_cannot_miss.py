"""An incremental refresh notices moves and removals that leave folder counts unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.core.cancel import NEVER
from desktop_app.services.library import CHECKED_KEY, FULL_CHECK_EVERY, Library, open_library
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
from tests.fakes.sources import discogs_source


@pytest.fixture
def srv() -> Iterator[FakeDiscogs]:
    collection = generated_collection({"A": 250, "B": 230, "C": 40}, username="collector", seed=5)
    server = FakeDiscogs(collection, rate_limit=100_000)
    server.enforce_rate_limit = False
    server.start()
    try:
        yield server
    finally:
        server.stop()


def folder(srv: FakeDiscogs, name: str) -> int:
    return next(f["id"] for f in srv.folders if f["name"] == name)


def oldest(srv: FakeDiscogs, folder_id: int, n: int = 1) -> list[int]:
    """The oldest additions of a folder: never on the first page of a newest-first listing."""
    items = sorted(
        (it for it in srv.items if it["folder_id"] == folder_id), key=lambda it: it["date_added"]
    )
    return [it["instance_id"] for it in items[:n]]


def assert_same(lib: Library, srv: FakeDiscogs) -> None:
    cached = {i.instance_id: i.folder_id for i in lib.cached_instances(0)}
    assert cached == {it["instance_id"]: it["folder_id"] for it in srv.items}
    for f in srv.folders:
        assert {i.instance_id for i in lib.cached_instances(f["id"])} == {
            it["instance_id"] for it in srv.items if it["folder_id"] == f["id"]
        }


def loaded(srv: FakeDiscogs) -> Library:
    lib = open_library(discogs_source(srv))
    lib.load_folder_fully(0, NEVER)
    quiet = lib.refresh(NEVER)
    assert quiet.requests == 3  # nothing changed: folders, fields, one All page
    assert (quiet.added, quiet.removed, quiet.moved, quiet.edited) == (0, 0, 0, 0)
    return lib


def test_move_from_a_to_b_and_a_removal_from_b_is_seen(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    a, b = folder(srv, "A"), folder(srv, "B")
    counts_b = len(lib.cached_instances(b))
    moved = oldest(srv, a)[0]
    removed = oldest(srv, b)[0]
    srv.move_instance(moved, b)
    srv.remove_instance(removed)
    assert next(f["count"] for f in srv.folders if f["id"] == b) == counts_b  # B looks the same
    srv.reset_log()
    result = lib.refresh(NEVER)
    assert (result.removed, result.moved) == (1, 1)
    assert_same(lib, srv)
    assert srv.count("/collection/releases/") == 2  # one look-up per missing instance
    assert set(result.repaired_folders) == {a, b}


def test_a_move_balanced_by_an_addition_is_seen(srv: FakeDiscogs) -> None:
    """A loses an old record to B, gains a new one; B loses an old one: no count changes."""
    lib = loaded(srv)
    a, b = folder(srv, "A"), folder(srv, "B")
    srv.move_instance(oldest(srv, a)[0], b)
    srv.remove_instance(oldest(srv, b)[0])
    fresh = dict(srv.items[0], instance_id=990_000_001, date_added="2033-01-01T10:00:00-08:00")
    srv.add_instances([{**fresh, "folder_id": a}])
    before = {f["id"]: f["count"] for f in srv.folders}
    assert before[a] == len(lib.cached_instances(a)) and before[b] == len(lib.cached_instances(b))
    result = lib.refresh(NEVER)
    assert (result.added, result.removed, result.moved) == (1, 1, 1)
    assert_same(lib, srv)


def test_many_missing_instances_read_all_again(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    a = folder(srv, "A")
    for iid in oldest(srv, a, 30):
        srv.remove_instance(iid)
    srv.reset_log()
    result = lib.refresh(NEVER)
    assert result.removed == 30
    assert srv.count("/collection/releases/") == 0  # All read again instead of 30 look-ups
    assert_same(lib, srv)


def test_a_swap_is_caught_by_the_periodic_full_pass(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    a, b = folder(srv, "A"), folder(srv, "B")
    x, y = oldest(srv, a)[0], oldest(srv, b)[0]
    srv.move_instance(x, b)
    srv.move_instance(y, a)
    assert not lib.refresh(NEVER).full  # the last full pass is recent: counts say nothing
    stale = datetime.now(UTC) - FULL_CHECK_EVERY - timedelta(hours=1)
    lib.cache.set_state(CHECKED_KEY, stale.isoformat())
    result = lib.refresh(NEVER)
    assert result.full and result.moved == 2
    assert_same(lib, srv)
    assert not lib.refresh(NEVER).full  # checked again just now


def test_an_edited_title_on_the_first_page_counts_as_edited(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    newest = max(srv.items, key=lambda it: it["date_added"])["instance_id"]
    srv.edit_release(newest, title="Corrected")
    result = lib.refresh(NEVER)
    assert (result.added, result.removed, result.moved, result.edited) == (0, 0, 0, 1)
    assert next(i for i in lib.cached_instances(0) if i.instance_id == newest).title == "Corrected"
