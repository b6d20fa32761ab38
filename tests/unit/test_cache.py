"""The local library cache and the Library service, against an in-process collection source."""

from __future__ import annotations

import math
import sqlite3
import threading
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.cancel import NEVER, CancelToken
from desktop_app.core.errors import AppError, Cancelled, ErrorKind
from desktop_app.core.release import Instance
from desktop_app.services.library import Library
from desktop_app.services.source import PER_PAGE, Page, instances_from_items
from desktop_app.store import cache as cache_mod
from desktop_app.store.cache import (
    DAMAGED_MESSAGE,
    NEWER_MESSAGE,
    SCHEMA_VERSION,
    Cache,
    account_key,
    cache_path,
    instance_row,
    rows_from_items,
)
from tests.fakes.dataset import adversarial_items, generated_collection, make_item
from tests.fakes.sources import ListSource, sorted_items


def collection(size: int = 450, username: str = "collector") -> tuple[list[dict], dict[int, str]]:
    coll = generated_collection({"Uncategorized": size // 3, "Jazz": size - size // 3}, seed=7)
    return coll.items, {int(f["id"]): str(f["name"]) for f in coll.folders}


def new_items(n: int, folder_id: int, first: int = 900_000_000) -> list[dict[str, Any]]:
    return [
        make_item(
            first + k,
            5000 + k,
            folder_id,
            title=f"New {k}",
            date_added=f"2030-01-0{1 + k % 9}T10:00:{k % 60:02d}-08:00",
        )
        for k in range(n)
    ]


def snapshot(cache: Cache) -> list[tuple[int, int, str]]:
    return [(i.instance_id, i.folder_id, i.title) for i in cache.instances(0)]


# ---- account keys and files ------------------------------------------------------------------
def test_account_key_separates_users_hosts_and_demo() -> None:
    assert account_key("Collector", "https://api.discogs.com") == "collector"
    assert account_key("collector", "http://127.0.0.1:8123") == "collector@127.0.0.1:8123"
    # conftest points DISCOGS_API_URL at a loopback port: the default follows it
    assert account_key("collector").startswith("collector@127.0.0.1")
    names = {
        cache_path(account_key("a", "https://api.discogs.com")).name,
        cache_path(account_key("b", "https://api.discogs.com")).name,
        cache_path(account_key("a", "http://127.0.0.1:1")).name,
        cache_path(cache_mod.DEMO_KEY).name,
    }
    assert len(names) == 4
    for name in names:
        assert name.startswith("library-") and name.endswith(".sqlite3")
        assert ":" not in name and "/" not in name
    # characters that are replaced get a hash, so two keys never share a file
    assert cache_path("x:1").name != cache_path("x_1").name
    with pytest.raises(AppError):
        account_key("  ")


def test_fresh_cache_is_wal_and_current_schema() -> None:
    cache = Cache.for_account("collector")
    conn = sqlite3.connect(cache.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert cache.take_notice() is None
    assert cache.folders() == [] and cache.instances(0) == []


# ---- rows ↔ instances ------------------------------------------------------------------------
def test_instances_round_trip_equal_to_from_item() -> None:
    items = adversarial_items()
    cache = Cache.for_account("collector")
    rows, skipped = rows_from_items(items)
    cache.store_rows(rows)
    expected, expected_skipped = instances_from_items(items)
    assert skipped == expected_skipped
    got = {i.instance_id: i for i in cache.instances(0)}
    assert len(got) == len(expected) > 0
    for inst in expected:
        assert got[inst.instance_id] == inst
        assert got[inst.instance_id].date_added == inst.date_added


def test_stored_raw_items_are_read_back_on_demand() -> None:
    items = adversarial_items()
    cache = Cache.for_account("collector")
    cache.store_rows(rows_from_items(items)[0])
    expected, _ = instances_from_items(items)
    by_id = {int(it["instance_id"]): it for it in items if isinstance(it, dict)}
    assert expected
    for inst in expected:
        assert not hasattr(inst, "raw")  # instances keep no API JSON alive
        assert cache.raw_item(inst.instance_id) == by_id[inst.instance_id]
    assert cache.raw_item(1) is None  # not cached


def test_raw_item_is_none_when_none_or_junk_was_stored() -> None:
    items = new_items(3, 1)
    insts = [Instance.from_item(it) for it in items]
    cache = Cache.for_account("collector")
    cache.store_rows(
        [
            instance_row(insts[0], None),
            *(instance_row(i, it) for i, it in zip(insts[1:], items[1:], strict=True)),
        ]
    )
    assert cache.raw_item(insts[0].instance_id) is None
    assert cache.raw_item(insts[1].instance_id) == items[1]
    conn = sqlite3.connect(cache.path)
    with conn:
        conn.execute(
            "UPDATE instances SET item = ? WHERE instance_id = ?",
            (b"not zlib", insts[1].instance_id),
        )
        conn.execute(
            "UPDATE instances SET item = ? WHERE instance_id = ?",
            (zlib.compress(b"[1, 2]"), insts[2].instance_id),
        )
    conn.close()
    assert cache.raw_item(insts[1].instance_id) is None
    assert cache.raw_item(insts[2].instance_id) is None  # JSON, but not an object
    assert [i.instance_id for i in cache.instances(0)] == [i.instance_id for i in insts]


def test_instances_ordered_by_date_added_and_filtered_by_folder() -> None:
    items, folders = collection(300)
    cache = Cache.for_account("collector")
    cache.store_rows(rows_from_items(items)[0])
    all_ = cache.instances(0)
    keys = [(i.date_added, i.instance_id) for i in all_]
    assert keys == sorted(keys)
    jazz = next(fid for fid, name in folders.items() if name == "Jazz")
    assert {i.folder_id for i in cache.instances(jazz)} == {jazz}
    assert len(cache.instances(jazz)) == sum(1 for it in items if it["folder_id"] == jazz)
    assert cache.instance_count() == len(items)


# ---- damage ----------------------------------------------------------------------------------
def _moved_aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.corrupt-*"))


def test_garbage_file_is_moved_aside_and_a_fresh_cache_made() -> None:
    path = cache_path(account_key("collector"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database at all\n" * 200)
    cache = Cache(path)
    notice = cache.take_notice()
    assert notice is not None and notice.kind == "damaged" and notice.message == DAMAGED_MESSAGE
    assert notice.moved_to is not None and notice.moved_to.read_bytes().startswith(b"this is not")
    assert cache.take_notice() is None
    cache.set_state("k", 1)
    assert cache.get_state("k") == 1


def test_truncated_file_is_moved_aside() -> None:
    items, _ = collection(300)
    cache = Cache.for_account("collector")
    cache.store_rows(rows_from_items(items)[0])
    cache.close()
    conn = sqlite3.connect(cache.path)  # fold the WAL into the main file, then cut it
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = cache.path.read_bytes()
    cache.path.write_bytes(data[: len(data) // 3])
    reopened = Cache(cache.path)
    notice = reopened.take_notice()
    assert notice is not None and notice.kind == "damaged"
    assert reopened.instances(0) == []
    assert len(_moved_aside(cache.path)) == 1


def test_damage_found_while_running_is_recovered() -> None:
    cache = Cache.for_account("collector")
    cache.store_rows(rows_from_items(collection(30)[0])[0])
    cache.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{cache.path}{suffix}").unlink(missing_ok=True)
    cache.path.write_bytes(b"\0garbage" * 1000)
    assert cache.instances(0) == []  # next use notices, moves aside, starts empty
    notice = cache.take_notice()
    assert notice is not None and notice.kind == "damaged"
    assert cache.folders() == []


def test_newer_schema_is_moved_aside() -> None:
    path = cache_path(account_key("collector"))
    Cache(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    cache = Cache(path)
    notice = cache.take_notice()
    assert notice is not None and notice.kind == "newer" and notice.message == NEWER_MESSAGE
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert len(_moved_aside(path)) == 1


def test_only_a_few_damaged_copies_are_kept() -> None:
    path = cache_path(account_key("collector"))
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(cache_mod.KEEP_CORRUPT + 2):
        path.write_bytes(b"junk" * 500)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        Cache(path).close()
    assert len(_moved_aside(path)) == cache_mod.KEEP_CORRUPT


def test_unopenable_location_is_an_io_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(AppError) as err:
        Cache(blocker / "library.sqlite3")
    assert err.value.kind in (ErrorKind.IO,)


# ---- accounts, state, housekeeping -----------------------------------------------------------
def test_two_accounts_are_kept_apart() -> None:
    a = Cache.for_account("alice")
    b = Cache.for_account("bob")
    assert a.path != b.path
    a.store_rows(rows_from_items(new_items(3, 1))[0])
    a.set_state("last_folder", 7)
    assert b.instances(0) == [] and b.get_state("last_folder") is None
    assert len(Cache.for_account("ALICE").instances(0)) == 3


def test_session_state() -> None:
    cache = Cache.for_account("collector")
    assert cache.get_state("sort", {"col": 0}) == {"col": 0}
    cache.set_state("sort", {"col": 2, "order": "desc"})
    cache.set_state("checked", [1, 2, 3])
    reopened = Cache.for_account("collector")
    assert reopened.get_state("sort") == {"col": 2, "order": "desc"}
    assert reopened.get_state("checked") == [1, 2, 3]
    reopened.set_state("sort", None)
    assert reopened.get_state("sort") is None


def test_clear_and_size() -> None:
    cache = Cache.for_account("collector")
    empty = cache.size_bytes()
    cache.store_rows(rows_from_items(collection(300)[0])[0])
    assert cache.size_bytes() > empty > 0
    cache.clear()
    assert cache.instances(0) == []
    assert cache.size_bytes() < empty * 4
    cache.set_state("x", 1)  # still usable after clearing
    assert cache.get_state("x") == 1


def test_staged_refresh_is_invisible_to_other_threads_until_commit() -> None:
    cache = Cache.for_account("collector")
    cache.store_rows(rows_from_items(new_items(5, 1))[0])
    batch = cache.begin_refresh()
    batch.stage(rows_from_items(new_items(7, 1, first=910_000_000))[0])
    seen: list[int] = []
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            seen.append(len(cache.instances(0)))
            cache.set_state("written-meanwhile", True)  # staging holds no write lock
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=reader)
    thread.start()
    thread.join(10)
    assert not errors and seen == [5]
    batch.commit(folders=None, note_fields=None, synced=())
    assert len(cache.instances(0)) == 12
    assert cache.get_state("written-meanwhile") is True


# ---- Library ---------------------------------------------------------------------------------
def loaded_library(size: int = 450) -> tuple[Library, ListSource]:
    items, folders = collection(size)
    source = ListSource(items, folders)
    lib = Library(source, Cache.for_account("collector"))
    pages: list[Page] = []
    progress: list[tuple[int, int]] = []
    got = lib.load_folder_fully(
        0, NEVER, lambda d, t: progress.append((d, t)), on_page=pages.append
    )
    assert len(got) == size
    assert len(pages) == math.ceil(size / PER_PAGE)
    assert progress[-1] == (size, size)
    return lib, source


def test_first_load_then_reopen_without_requests() -> None:
    lib, source = loaded_library()
    assert lib.is_cached(0) and all(f.synced_at for f in lib.cached_folders())
    assert lib.note_fields() == {1: "Media Condition", 3: "Notes"}
    source.requests = 0
    reopened = Library(source, Cache.for_account("collector"))
    assert len(reopened.cached_instances(0)) == 450
    jazz = next(f for f in reopened.cached_folders() if f.name == "Jazz")
    assert len(reopened.cached_instances(jazz.id)) == jazz.count == 300
    assert source.requests == 0
    assert reopened.data_time() is not None


def test_incremental_refresh_of_additions_is_cheap() -> None:
    lib, source = loaded_library()
    source.items += new_items(20, 1)
    source.requests = 0
    result = lib.refresh(NEVER)
    assert result.requests == 3 == source.requests  # folders, note fields, one page
    assert (result.added, result.removed, result.moved) == (20, 0, 0)
    assert result.repaired_folders == ()
    assert len(lib.cached_instances(0)) == 470
    assert len(lib.cached_instances(1)) == 150 + 20


def test_refresh_with_nothing_new_reads_one_page() -> None:
    lib, source = loaded_library()
    source.requests = 0
    result = lib.refresh(NEVER)
    assert result.requests == 3 and result.added == result.removed == result.moved == 0


def test_removal_and_move_are_detected() -> None:
    lib, source = loaded_library()
    jazz = next(fid for fid, name in source.folder_names.items() if name == "Jazz")
    in_jazz = [it for it in source.items if it["folder_id"] == jazz]
    gone, mover = in_jazz[3], in_jazz[7]
    source.items.remove(gone)
    source.items[source.items.index(mover)] = {**mover, "folder_id": 1}
    before = {i.instance_id: i.folder_id for i in lib.cached_instances(0)}
    source.requests = 0
    result = lib.refresh(NEVER)
    assert (result.added, result.removed, result.moved) == (0, 1, 1)
    assert result.repaired_folders == (1, jazz)
    # folders, fields, one All page; folder 1; Jazz; where the removed one went (nowhere)
    assert result.requests == 3 + 2 + 3 + 1
    after = {i.instance_id: i.folder_id for i in lib.cached_instances(0)}
    assert gone["instance_id"] in before and gone["instance_id"] not in after
    assert before[mover["instance_id"]] == jazz and after[mover["instance_id"]] == 1
    assert lib.cache.folder_counts() == {f.id: f.count for f in lib.cached_folders() if f.id}


def test_cancelled_or_failed_refresh_leaves_cache_intact() -> None:
    lib, source = loaded_library()
    before = snapshot(lib.cache)
    source.items = source.items[50:] + new_items(150, 1)
    token = CancelToken()
    with pytest.raises(Cancelled):
        lib.refresh(token, progress=lambda d, t: token.cancel())
    assert snapshot(lib.cache) == before
    source.fail_at = source.requests + 5  # fails in the middle of the repair passes
    with pytest.raises(AppError) as err:
        lib.refresh(NEVER)
    assert err.value.kind == ErrorKind.NETWORK and lib.offline
    assert snapshot(lib.cache) == before
    assert len(lib.cached_instances(0)) == 450  # offline: the cache still answers
    source.fail_at = None
    result = lib.refresh(NEVER)
    assert not lib.offline
    assert (result.added, result.removed) == (150, 50)
    assert len(lib.cached_instances(0)) == 550


def test_full_refresh_repairs_what_counts_cannot_see() -> None:
    lib, source = loaded_library()
    jazz = next(fid for fid, name in source.folder_names.items() if name == "Jazz")
    # a move into folder 1 and a removal from it: folder 1's count does not change
    gone = next(it for it in source.items if it["folder_id"] == 1)
    mover = next(it for it in source.items if it["folder_id"] == jazz)
    source.items.remove(gone)
    source.items[source.items.index(mover)] = {**mover, "folder_id": 1, "rating": 5}
    lib.refresh(NEVER)
    source.requests = 0
    result = lib.refresh(NEVER, full=True)
    assert result.full and result.requests == source.requests == 2 + 5
    cached = {i.instance_id: i for i in lib.cached_instances(0)}
    assert gone["instance_id"] not in cached
    assert cached[mover["instance_id"]].folder_id == 1
    assert cached[mover["instance_id"]].rating == 5
    assert [i.instance_id for i in lib.cached_instances(0)] == [
        i.instance_id for i in instances_from_items(sorted_items(source.items))[0]
    ]
    assert lib.cache.sync_time("full") is not None


def test_single_folder_cache_is_repaired_by_its_own_pass() -> None:
    items, folders = collection(450)
    source = ListSource(items, folders)
    lib = Library(source, Cache.for_account("collector"))
    jazz = next(fid for fid, name in folders.items() if name == "Jazz")
    lib.load_folder_fully(jazz)
    assert lib.is_cached(jazz) and not lib.is_cached(0) and not lib.is_cached(1)
    source.items = [it for it in source.items if it["folder_id"] != jazz][:10] + [
        it for it in source.items if it["folder_id"] == jazz
    ][5:]
    source.requests = 0
    result = lib.refresh(NEVER)
    assert result.repaired_folders == (jazz,) and result.removed == 5
    assert result.requests == 2 + 3 + 5  # folders, fields, Jazz, a look-up per removed one
    assert len(lib.cached_instances(jazz)) == 295


def test_interrupted_first_load_is_not_marked_complete() -> None:
    items, folders = collection(450)
    source = ListSource(items, folders)
    lib = Library(source, Cache.for_account("collector"))
    token = CancelToken()
    pages: list[Page] = []

    def on_page(page: Page) -> None:
        pages.append(page)
        if len(pages) == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        lib.load_folder_fully(0, token, on_page=on_page)
    assert not lib.is_cached(0)
    assert len(lib.cached_instances(0)) == 200  # the pages that arrived were kept
    assert len(lib.load_folder_fully(0)) == 450 and lib.is_cached(0)


def test_offline_start_opens_from_cache() -> None:
    lib, source = loaded_library()
    source.fail_at = 0
    lib = Library(source, Cache.for_account("collector"))
    assert len(lib.cached_instances(0)) == 450
    with pytest.raises(AppError):
        lib.refresh(NEVER)
    assert lib.offline and lib.data_time() is not None
    assert isinstance(lib.last_synced(0), datetime)


def test_connections_of_finished_threads_are_closed() -> None:
    cache = Cache.for_account("collector")
    cache.store_rows(rows_from_items(new_items(2, 1))[0])
    for _ in range(5):
        worker = threading.Thread(target=lambda: cache.instances(0))
        worker.start()
        worker.join(10)
    cache.instances(0)
    assert len(cache._connections) <= 2  # this thread's, and at most the last worker's
