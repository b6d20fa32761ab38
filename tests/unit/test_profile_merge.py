"""What the window and command-line runs both write to a profile is merged, never replaced by
a copy read before the other wrote."""

from __future__ import annotations

from desktop_app.store.cache import Cache, rows_from_items
from tests.fakes.dataset import make_item

QR = 10


def items() -> list[dict]:
    return [make_item(800_000 + k, 9000 + k, 1, title=f"Record {k}") for k in range(4)]


def by_id(cache: Cache) -> dict[int, object]:
    return {i.instance_id: i for i in cache.instances(0)}


def test_a_refresh_keeps_rows_written_after_it_read_them() -> None:
    cache = Cache.for_account("collector")
    before = items()
    cache.store_rows(rows_from_items(before)[0])
    batch = cache.begin_refresh()
    # the refresh has read the collection: record 0 without its mark, record 1 retitled
    read = [dict(it) for it in before]
    read[1]["basic_information"] = dict(read[1]["basic_information"], title="Retitled")
    batch.stage(rows_from_items(read)[0])
    # meanwhile another process writes the "printed" mark of record 0 into its own copy
    other = Cache.for_account("collector")
    marked = dict(before[0], notes=[{"field_id": QR, "value": "QR 2026-12-05"}])
    other.store_rows(rows_from_items([marked])[0])
    other.close()
    batch.commit(folders=None, note_fields=None, synced=())
    now = by_id(cache)
    assert now[800_000].notes == ((QR, "QR 2026-12-05"),)  # kept, not the older copy
    assert now[800_001].title == "Retitled"  # nobody else wrote it: the refresh applies
    assert batch.kept_newer == 1
    assert len(now) == 4


def test_clearing_the_library_keeps_the_state_and_the_file_others_have_open() -> None:
    cache = Cache.for_account("collector")
    cache.store_rows(rows_from_items(items())[0])
    cache.set_state("session", {"checked": [800_001]})
    cache.set_state("preview_draft", {"rows": 2})
    other = Cache.for_account("collector")  # e.g. a command-line run with the file open
    assert len(other.instances(0)) == 4
    cache.clear()
    assert cache.instances(0) == [] and cache.folders() == []
    other.set_state("printed_queue", [1, 2])  # written after the clear: not into a lost file
    fresh = Cache.for_account("collector")
    assert fresh.get_state("printed_queue") == [1, 2]
    assert fresh.get_state("session") == {"checked": [800_001]}
    assert fresh.get_state("preview_draft") == {"rows": 2}
    for each in (cache, other, fresh):
        each.close()


def test_state_changed_in_a_transaction_merges_what_several_writers_add() -> None:
    """Two writers (each its own connection, as two processes) add to one list at once:
    every item stays."""
    import threading

    caches = [Cache.for_account("collector") for _ in range(2)]
    caches[0].set_state("queue", [])

    def add(cache: Cache, first: int) -> None:
        for n in range(first, first + 40):
            cache.update_state("queue", lambda queue, n=n: [*(queue or []), n], default=[])

    threads = [threading.Thread(target=add, args=(c, k * 100)) for k, c in enumerate(caches)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(caches[1].get_state("queue")) == [*range(40), *range(100, 140)]
    assert caches[0].update_state("queue", lambda _old: None) is None
    assert caches[1].get_state("queue") is None
    for cache in caches:
        cache.close()
