"""The local library against the loopback fake Discogs server, through the real gateway."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from typing import Any

import pytest

from desktop_app.core.cancel import NEVER, CancelToken
from desktop_app.core.errors import AppError, Cancelled, ErrorKind
from desktop_app.services.library import Library, open_library
from desktop_app.services.source import DemoSource, Page
from desktop_app.store.cache import SCHEMA_VERSION, Cache
from tests.fakes.dataset import generated_collection, make_item
from tests.fakes.server import FakeDiscogs
from tests.fakes.sources import discogs_source


def served(sizes: dict[str, int], username: str = "collector", seed: int = 11) -> FakeDiscogs:
    srv = FakeDiscogs(generated_collection(sizes, username=username, seed=seed), rate_limit=100_000)
    srv.enforce_rate_limit = False
    return srv.start()


@pytest.fixture
def srv() -> Iterator[FakeDiscogs]:
    server = served({"Uncategorized": 150, "Jazz": 180, "Rock": 70})
    try:
        yield server
    finally:
        server.stop()


def loaded(srv: FakeDiscogs) -> Library:
    lib = open_library(discogs_source(srv))
    lib.load_folder_fully(0, NEVER)
    return lib


def additions(n: int, folder_id: int = 1, first: int = 980_000_000) -> list[dict[str, Any]]:
    return [
        make_item(
            first + k,
            6000 + k,
            folder_id,
            title=f"Fresh {k}",
            date_added=f"2032-03-04T09:{k // 60:02d}:{k % 60:02d}",
        )
        for k in range(n)
    ]


def ids(lib: Library, folder_id: int = 0) -> list[int]:
    return [i.instance_id for i in lib.cached_instances(folder_id)]


def server_ids(srv: FakeDiscogs, folder_id: int = 0) -> set[int]:
    return {it["instance_id"] for it in srv.items if folder_id in (0, it["folder_id"])}


def test_first_load_then_reopen_without_collection_requests(srv: FakeDiscogs) -> None:
    lib = open_library(discogs_source(srv))
    pages: list[Page] = []
    got = lib.load_folder_fully(0, NEVER, on_page=pages.append)
    assert [p.page for p in pages] == [1, 2, 3, 4]
    assert {i.instance_id for i in got} == server_ids(srv)
    assert lib.note_fields()[1] == "Media Condition"
    srv.reset_log()
    again = open_library(discogs_source(srv))
    assert set(ids(again)) == server_ids(srv)
    jazz = next(f for f in again.cached_folders() if f.name == "Jazz")
    assert set(ids(again, jazz.id)) == server_ids(srv, jazz.id) and jazz.count == 180
    assert again.is_cached(jazz.id)
    assert srv.count("/collection") == 0


@pytest.mark.slow
def test_incremental_refresh_of_10000_uses_at_most_3_requests() -> None:
    server = served({"Uncategorized": 4000, "Jazz": 6000}, seed=3)
    try:
        lib = open_library(discogs_source(server))
        server.reset_log()
        lib.load_folder_fully(0, NEVER)
        assert server.count("/collection") == 2 + 100  # folders, fields, 100 pages
        server.add_instances(additions(20))
        server.reset_log()
        start = time.perf_counter()
        result = lib.refresh(NEVER)
        elapsed = time.perf_counter() - start
        assert server.count("/collection") == result.requests <= 3
        assert (result.added, result.removed, result.moved) == (20, 0, 0)
        assert len(ids(lib)) == 10_020
        assert set(ids(lib, 1)) == server_ids(server, 1)
        print(f"incremental refresh of 10,020: {result.requests} requests, {elapsed:.2f} s")
    finally:
        server.stop()


def test_additions_removals_and_moves(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    jazz = next(f["id"] for f in srv.folders if f["name"] == "Jazz")
    rock = next(f["id"] for f in srv.folders if f["name"] == "Rock")
    in_jazz = sorted(server_ids(srv, jazz))
    srv.remove_instance(in_jazz[0])
    srv.move_instance(in_jazz[1], rock)
    srv.add_instances(additions(3, folder_id=rock))
    srv.reset_log()
    result = lib.refresh(NEVER)
    assert (result.added, result.removed, result.moved) == (3, 1, 1)
    assert set(result.repaired_folders) == {jazz, rock}
    # folders, fields, one All page, then Jazz (2 pages) and Rock (1 page) in full, and one
    # look-up of where the removed record went
    assert srv.count("/collection") == result.requests == 3 + 2 + 1 + 1
    for fid in (0, 1, jazz, rock):
        assert set(ids(lib, fid)) == server_ids(srv, fid)
    assert {f.id: f.count for f in lib.cached_folders()} == {
        0: len(srv.items),
        **{f["id"]: f["count"] for f in srv.folders},
    }


def test_cancel_after_first_page_leaves_cache_intact(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    before = ids(lib)
    srv.add_instances(additions(150))
    srv.remove_instance(before[5])
    token = CancelToken()
    with pytest.raises(Cancelled):
        lib.refresh(token, progress=lambda done, total: token.cancel())
    assert ids(lib) == before
    assert not lib.offline


def test_server_errors_mid_refresh_leave_cache_intact(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    before = ids(lib)
    synced = lib.data_time()
    srv.add_instances(additions(150))
    srv.fault_path_contains = "/releases"
    srv.fail_ratio_5xx = 1.0
    with pytest.raises(AppError) as err:
        lib.refresh(NEVER)
    assert err.value.kind == ErrorKind.NETWORK
    assert ids(lib) == before and lib.data_time() == synced
    srv.fail_ratio_5xx = 0.0
    result = lib.refresh(NEVER)
    assert result.added == 150 and set(ids(lib)) == server_ids(srv)


def test_offline_start_opens_from_cache(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    expected = ids(lib)
    srv.stop()
    offline = open_library(discogs_source(srv), username=srv.username)
    assert ids(offline) == expected and offline.cached_folders()
    with pytest.raises(AppError) as err:
        offline.refresh(NEVER)
    assert err.value.kind == ErrorKind.NETWORK
    assert offline.offline and offline.data_time() is not None
    assert ids(offline) == expected


def test_corrupted_database_is_moved_aside_and_fetched_again(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    path = lib.cache.path
    lib.cache.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"\x00\xffnot sqlite" * 4096)
    again = open_library(discogs_source(srv))
    notice = again.take_notice()
    assert notice is not None and notice.kind == "damaged"
    assert "moved aside" in notice.message
    assert again.cached_folders() == [] and not again.is_cached(0)
    srv.reset_log()
    again.load_folder_fully(0, NEVER)
    assert set(ids(again)) == server_ids(srv) and srv.count("/releases") == 4


def test_future_schema_is_moved_aside(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    lib.cache.close()
    conn = sqlite3.connect(lib.cache.path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    again = open_library(discogs_source(srv))
    notice = again.take_notice()
    assert notice is not None and notice.kind == "newer"
    assert again.cached_instances(0) == []
    assert len(list(lib.cache.path.parent.glob(lib.cache.path.name + ".corrupt-*"))) == 1


def test_two_accounts_and_the_demo_are_kept_apart(srv: FakeDiscogs) -> None:
    other = served({"Uncategorized": 30}, username="someone-else", seed=99)
    try:
        mine = loaded(srv)
        theirs = loaded(other)
        assert mine.cache.path != theirs.cache.path
        assert set(ids(mine)) == server_ids(srv)
        assert set(ids(theirs)) == server_ids(other)
        assert not set(ids(mine)) & set(ids(theirs))
        mine.cache.set_state("last_folder", 1)
        assert theirs.cache.get_state("last_folder") is None
    finally:
        other.stop()
    demo = open_library(DemoSource()) if _has_demo() else None
    if demo is not None:
        assert demo.cache.path not in (mine.cache.path, theirs.cache.path)
        assert demo.cached_instances(0) == []


def _has_demo() -> bool:
    try:
        DemoSource()
    except AppError:
        return False
    return True


def test_same_user_on_another_server_is_another_library(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    twin = served({"Uncategorized": 5}, username=srv.username, seed=5)
    try:
        other = open_library(discogs_source(twin))
        assert other.cache.path != lib.cache.path
        assert other.cached_instances(0) == []
        assert Cache.for_account(srv.username, api_url=srv.url).path == lib.cache.path
    finally:
        twin.stop()


def test_the_dropdown_options_are_kept_from_the_same_reply(srv: FakeDiscogs) -> None:
    lib = loaded(srv)
    assert srv.count("/collection/fields") == 1
    options = lib.note_fields().options
    assert options[1][:2] == ("Mint (M)", "Near Mint (NM or M-)")
    assert options[2][:2] == ("Generic", "No Cover") and 3 not in options  # Notes is text
    # a dropdown made on Discogs: a refresh brings its options with the names (one request)
    srv.reset_log()
    grade = srv.add_field("Grade", "dropdown", ["Z", "A"])
    lib.refresh(NEVER)
    assert srv.count("/collection/fields") == 1
    assert lib.note_fields()[grade] == "Grade"
    assert lib.note_fields().options[grade] == ("Z", "A")
    srv.reset_log()
    again = open_library(discogs_source(srv))  # the next start reads them from the library
    assert again.note_fields().options == lib.note_fields().options
    assert srv.count("/collection") == 0


def test_a_library_without_options_reads_its_fields_as_before(tmp_path) -> None:
    cache = Cache(tmp_path / "old.sqlite3")
    cache.set_note_fields({1: "Media Condition", 7: "Shelf"})  # how it was kept before
    assert cache.note_fields() == {1: "Media Condition", 7: "Shelf"}
    assert cache.note_fields().options == {}
    cache.set_state("field_options", "not a mapping")  # damaged: no options, no error
    assert cache.note_fields() == {1: "Media Condition", 7: "Shelf"}
    assert cache.note_fields().options == {}
    cache.close()
