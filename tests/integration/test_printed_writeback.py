"""The "printed" mark written to a collection field on the fake Discogs, through the gateway."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from desktop_app.core.cancel import NEVER, CancelToken
from desktop_app.core.errors import Cancelled, ErrorKind
from desktop_app.core.release import Instance
from desktop_app.services import printed
from desktop_app.services.export import export_rows, save_export
from desktop_app.services.history import history_for
from desktop_app.services.library import Library, open_library
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
from tests.fakes.sources import discogs_source

DAY = date(2026, 12, 5)
MARK = "QR 2026-12-05"


@pytest.fixture
def srv() -> Iterator[FakeDiscogs]:
    collection = generated_collection({"Main": 60, "Other": 30}, username="collector", seed=9)
    server = FakeDiscogs(collection, rate_limit=100_000)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def setup(srv: FakeDiscogs, **gateway) -> tuple[Library, int]:
    field_id = srv.add_field("QR")
    lib = open_library(discogs_source(srv, **gateway))
    lib.load_folder_fully(0, NEVER)
    printed.set_printed_field(lib, field_id, "QR")
    return lib, field_id


def chosen(lib: Library, n: int, start: int = 0) -> list[Instance]:
    return lib.cached_instances(0)[start : start + n]


def queue(lib: Library, instances: list[Instance], field_id: int, overwrite=False) -> int:
    plan = printed.plan_writes(instances, field_id, DAY)
    return printed.queue_writes(lib, plan.chosen(overwrite))


def written(srv: FakeDiscogs, field_id: int) -> dict[int, str]:
    return {
        it["instance_id"]: v
        for it in srv.items
        if (v := srv.field_value(it["instance_id"], field_id)) is not None
    }


def test_values_go_to_exactly_the_exported_instances_and_come_back(srv, tmp_path) -> None:
    lib, field_id = setup(srv)
    picked = chosen(lib, 12, 5)
    rows = export_rows(picked)
    history = history_for(srv.username)
    saved = save_export(tmp_path / "a.csv", rows, [i.instance_id for i in picked], history=history)
    assert saved.history_recorded
    assert queue(lib, picked, field_id) == 12
    srv.reset_log()
    run = printed.run_writes(lib, lib.source)
    assert (run.written, run.remaining, run.error) == (12, 0, None)
    assert written(srv, field_id) == {i.instance_id: MARK for i in picked}
    posts = [r for r in srv.requests if r.method == "POST"]
    assert len(posts) == 12 and all(r.status == 204 for r in posts)
    assert printed.pending(lib) == []
    # the cache holds the values at once, and so does a fresh full read on another computer
    marks = printed.printed_marks(lib.cached_instances(0), field_id)
    assert marks == {i.instance_id: DAY for i in picked}
    other = open_library(discogs_source(srv))
    other.cache.clear()
    other = open_library(discogs_source(srv))
    other.load_folder_fully(0, NEVER)
    assert printed.printed_marks(other.cached_instances(0), field_id) == marks


def test_writes_are_paced_with_no_429_on_a_fresh_window() -> None:
    collection = generated_collection({"Main": 40}, username="collector", seed=2)
    srv = FakeDiscogs(collection, rate_limit=15, window_seconds=1.0).start()
    try:
        lib, field_id = setup(srv, window_seconds=1.0, rate_limit=15)
        queue(lib, chosen(lib, 30), field_id)
        srv.reset_rate_window()
        srv.reset_log()
        run = printed.run_writes(lib, lib.source)
        assert run.written == 30
        assert [r.status for r in srv.requests].count(429) == 0
        assert lib.source.gateway.responses_429 == 0
        assert len(written(srv, field_id)) == 30
    finally:
        srv.stop()


def test_a_value_the_user_wrote_is_not_overwritten(srv) -> None:
    field_id = srv.add_field("QR")
    items = srv.items
    foreign, ours = items[0]["instance_id"], items[1]["instance_id"]
    for iid, value in ((foreign, "shelf 4, left"), (ours, "QR 2025-01-02")):
        it = next(x for x in srv.items if x["instance_id"] == iid)
        srv.remove_instance(iid)
        srv.add_instances([{**it, "notes": [{"field_id": field_id, "value": value}]}])
    lib = open_library(discogs_source(srv))
    lib.load_folder_fully(0, NEVER)
    picked = [i for i in lib.cached_instances(0) if i.instance_id in (foreign, ours)]
    plan = printed.plan_writes(picked, field_id, DAY)
    assert plan.foreign == {foreign: "shelf 4, left"}
    printed.queue_writes(lib, plan.chosen(overwrite_foreign=False))
    run = printed.run_writes(lib, lib.source)
    assert run.written == 1
    assert srv.field_value(foreign, field_id) == "shelf 4, left"
    assert srv.field_value(ours, field_id) == MARK  # a mark of ours is replaced
    # only when the user says so
    printed.queue_writes(lib, plan.chosen(overwrite_foreign=True))
    printed.run_writes(lib, lib.source)
    assert srv.field_value(foreign, field_id) == MARK


def test_cancel_midway_then_resume_writes_the_rest_once(srv) -> None:
    lib, field_id = setup(srv)
    picked = chosen(lib, 25)
    queue(lib, picked, field_id)
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done == 7:
            token.cancel()

    with pytest.raises(Cancelled):
        printed.run_writes(lib, lib.source, token, progress)
    assert len(srv.field_writes) == 7
    assert len(printed.pending(lib)) == 18
    again = open_library(discogs_source(srv))  # e.g. the next start
    run = printed.run_writes(again, again.source)
    assert (run.written, run.remaining) == (18, 0)
    ids = [iid for iid, _f, _v in srv.field_writes]
    assert sorted(ids) == sorted(i.instance_id for i in picked)  # each exactly once


def test_401_midway_stops_keeps_everything_local_and_says_why(srv, tmp_path) -> None:
    lib, field_id = setup(srv)
    picked = chosen(lib, 10)
    history = history_for(srv.username)
    save_export(
        tmp_path / "b.csv", export_rows(picked), [i.instance_id for i in picked], history=history
    )
    queue(lib, picked, field_id)
    srv.collection_successes = 0
    srv.revoke_after = 6  # the two pages holding the records are read first, then 4 writes
    run = printed.run_writes(lib, lib.source)
    assert (run.reads, run.pages) == (2, 2)
    assert run.written == 4 and run.remaining == 6
    assert run.error is not None and run.error.kind == ErrorKind.AUTH
    text = printed.run_text(run)
    assert "stopped" in text and "6" in text and run.error.message in text
    assert history_for(srv.username).exported_ids() == {i.instance_id for i in picked}
    assert len(printed.pending(lib)) == 6
    srv.unrevoke()
    assert printed.run_writes(lib, lib.source).written == 6
    assert len(srv.field_writes) == 10


@pytest.mark.parametrize(("status", "kind"), [(403, ErrorKind.AUTH), (500, ErrorKind.NETWORK)])
def test_refused_writes_stay_queued(srv, status, kind) -> None:
    lib, field_id = setup(srv)
    queue(lib, chosen(lib, 5), field_id)
    srv.field_write_status = status
    run = printed.run_writes(lib, lib.source)
    assert run.written == 0 and run.error is not None and run.error.kind == kind
    assert len(printed.pending(lib)) == 5 and written(srv, field_id) == {}
    srv.field_write_status = None
    assert printed.run_writes(lib, lib.source).written == 5


def test_429_beyond_the_retries_stops_and_keeps_the_queue(srv) -> None:
    lib, field_id = setup(srv)
    queue(lib, chosen(lib, 3), field_id)
    srv.fault_path_contains = "/fields/"
    srv.fail_next_429 = 50
    run = printed.run_writes(lib, lib.source)
    assert run.error is not None and run.error.kind == ErrorKind.RATE
    assert len(printed.pending(lib)) == 3
    srv.fail_next_429 = 0
    assert printed.run_writes(lib, lib.source).written == 3


def test_not_found_is_retried_later_then_dropped(srv) -> None:
    lib, field_id = setup(srv)
    picked = chosen(lib, 3)
    queue(lib, picked, field_id)
    srv.remove_instance(picked[1].instance_id)  # sold in the meantime: 404
    first = printed.run_writes(lib, lib.source)
    assert (first.written, first.remaining, first.error) == (2, 1, None)
    for _ in range(printed.MAX_TRIES - 1):
        last = printed.run_writes(lib, lib.source)
    assert last.dropped == 1 and printed.pending(lib) == []


def test_cancel_during_a_slow_write_raises_and_keeps_the_queue(srv) -> None:
    import threading

    lib, field_id = setup(srv)
    queue(lib, chosen(lib, 5), field_id)
    srv.slow_paths = {"/fields/": 2.0}
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    with pytest.raises(Cancelled):
        printed.run_writes(lib, lib.source, token)
    assert len(printed.pending(lib)) == 5


def test_a_record_moved_after_it_was_queued_is_written_in_its_new_folder(srv) -> None:
    lib, field_id = setup(srv)
    picked = chosen(lib, 2)
    queue(lib, picked, field_id)
    other = next(f["id"] for f in srv.folders if f["id"] != picked[0].folder_id and f["id"] != 1)
    srv.move_instance(picked[0].instance_id, other)
    lib.refresh(NEVER)  # the move is seen (traced or by counts)
    run = printed.run_writes(lib, lib.source)
    assert (run.written, run.remaining) == (2, 0)
    assert srv.field_value(picked[0].instance_id, field_id) == MARK
