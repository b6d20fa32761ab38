"""Read before write: every "printed" mark is written only after the record's current value was
read from the fake Discogs in the same run; a value the collector wrote is kept unless they chose
to replace that very value."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from desktop_app.core.cancel import NEVER
from desktop_app.services import printed
from desktop_app.services.library import Library, open_library
from tests.fakes.dataset import generated_collection
from tests.fakes.server import FakeDiscogs
from tests.fakes.sources import discogs_source

DAY = date(2026, 12, 5)
MARK = "QR 2026-12-05"


@pytest.fixture
def srv() -> Iterator[FakeDiscogs]:
    collection = generated_collection({"Main": 250, "Other": 30}, username="collector", seed=5)
    server = FakeDiscogs(collection, rate_limit=100_000)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def setup(srv: FakeDiscogs) -> tuple[Library, int]:
    field_id = srv.add_field("QR")
    lib = open_library(discogs_source(srv))
    lib.load_folder_fully(0, NEVER)
    printed.set_printed_field(lib, field_id, "QR")
    return lib, field_id


def folder_ids(lib: Library, srv: FakeDiscogs, name: str) -> list[int]:
    fid = next(f["id"] for f in srv.folders if f["name"] == name)
    return [i.instance_id for i in lib.cached_instances(fid)]


def queue(lib: Library, ids: list[int], field_id: int) -> None:
    plan = printed.plan_writes(printed.cached_instances(lib, ids), field_id, DAY)
    printed.queue_writes(lib, plan.writes)


def reads(srv: FakeDiscogs) -> tuple[int, int]:
    """(instance reads, folder page reads) the server answered."""
    gets = [r for r in srv.requests if r.method == "GET"]
    return (
        sum("/collection/releases/" in r.path for r in gets),
        sum(r.path.endswith("/releases") and "/folders/" in r.path for r in gets),
    )


def test_a_value_typed_on_discogs_after_the_apps_read_is_kept(srv) -> None:
    lib, field_id = setup(srv)  # the app has read the whole collection
    ids = folder_ids(lib, srv, "Other")[:6]
    srv.set_field_value(ids[2], field_id, "shelf 4, left")  # typed on Discogs since
    srv.set_field_value(ids[4], field_id, "QR 2025-01-02")  # an earlier mark of ours
    queue(lib, ids, field_id)
    srv.reset_log()
    run = printed.run_writes(lib, lib.source)
    assert srv.field_value(ids[2], field_id) == "shelf 4, left"
    assert {srv.field_value(i, field_id) for i in ids if i != ids[2]} == {MARK}
    assert (run.written, run.failed, run.kept) == (5, 0, {ids[2]: "shelf 4, left"})
    assert "kept 1 value you wrote: “shelf 4, left”" in printed.run_text(run)
    # the kept write stays queued until the collector decides; the others are done
    assert [w.instance_id for w in printed.pending(lib)] == [ids[2]]
    # what was read is in the local library now
    item = lib.cache.raw_item(ids[2])
    assert {"field_id": field_id, "value": "shelf 4, left"} in item["notes"]


def test_a_few_records_are_read_one_release_at_a_time(srv) -> None:
    lib, field_id = setup(srv)
    main = folder_ids(lib, srv, "Main")
    ids = [main[5], main[130]]  # two records on two pages
    queue(lib, ids, field_id)
    srv.reset_log()
    run = printed.run_writes(lib, lib.source)
    assert run.written == 2 and (run.reads, run.pages) == (2, 0)
    assert reads(srv) == (2, 0)


def test_many_records_are_read_by_the_folder_pages_that_hold_them(srv) -> None:
    lib, field_id = setup(srv)
    main = folder_ids(lib, srv, "Main")  # 250 records: 3 pages
    ids = main[:180] + folder_ids(lib, srv, "Other")[:10]
    queue(lib, ids, field_id)
    srv.reset_log()
    plan = printed.estimate(lib, lib.source)
    run = printed.run_writes(lib, lib.source)
    assert run.written == 190
    pages_involved = 3 + 1
    assert run.reads == run.pages == reads(srv)[1] == plan.reads == 3  # pages 1, 2 and Other's
    assert run.reads <= min(190, pages_involved) + 1
    assert reads(srv)[0] == 0


def test_a_record_moved_since_the_read_is_found_and_written_in_its_folder(srv) -> None:
    lib, field_id = setup(srv)
    main = folder_ids(lib, srv, "Main")[:50]
    other = next(f["id"] for f in srv.folders if f["name"] == "Other")
    srv.move_instance(main[7], other)  # the library still has it in Main
    queue(lib, main, field_id)
    run = printed.run_writes(lib, lib.source)
    assert (run.written, run.failed) == (50, 0)
    assert srv.field_value(main[7], field_id) == MARK
    assert lib.cache.raw_item(main[7])["folder_id"] == other


def test_the_choice_to_replace_holds_for_that_value_only(srv) -> None:
    lib, field_id = setup(srv)
    ids = folder_ids(lib, srv, "Other")[:3]
    srv.set_field_value(ids[0], field_id, "box 7")
    queue(lib, ids, field_id)
    first = printed.run_writes(lib, lib.source)
    assert first.kept == {ids[0]: "box 7"} and len(first.conflicts) == 1
    # the collector sees "box 7" and chooses Replace …
    chosen = [replace(w, expected=first.kept[w.instance_id]) for w in first.conflicts]
    printed.queue_writes(lib, chosen)
    # … but changes the value on Discogs before the write is made
    srv.set_field_value(ids[0], field_id, "box 8")
    second = printed.run_writes(lib, lib.source)
    assert srv.field_value(ids[0], field_id) == "box 8"
    assert second.written == 0 and second.kept == {ids[0]: "box 8"}  # asked again, anew
    # agreeing to replace "box 8" now replaces it
    printed.queue_writes(lib, [replace(w, expected="box 8") for w in second.conflicts])
    third = printed.run_writes(lib, lib.source)
    assert third.written == 1 and srv.field_value(ids[0], field_id) == MARK
    assert printed.pending(lib) == []


def test_a_value_read_too_long_ago_is_read_again_before_the_write(srv) -> None:
    lib, field_id = setup(srv)
    ids = folder_ids(lib, srv, "Main")[:40]
    queue(lib, ids, field_id)
    now = [1000.0]
    late = ids[-1]

    def progress(done: int, _total: int) -> None:
        if done == 10:  # the run stalls (a long wait for Discogs) and the collector types
            now[0] += printed.FRESH_SECONDS + 1
            srv.set_field_value(late, field_id, "signed copy")

    srv.reset_log()
    run = printed.run_writes(lib, lib.source, progress=progress, clock=lambda: now[0])
    assert srv.field_value(late, field_id) == "signed copy"
    assert run.kept == {late: "signed copy"} and run.written == 39
    assert run.reads == reads(srv)[1] == 2  # the page, then once more after the stall


def test_queue_changes_of_two_libraries_on_one_profile_are_merged(srv) -> None:
    window, field_id = setup(srv)
    command = open_library(discogs_source(srv))  # e.g. a CLI run beside the window
    ids = folder_ids(window, srv, "Main")
    queue(window, ids[:20], field_id)
    queue(command, ids[100:103], field_id)
    assert len(printed.pending(window)) == 23

    def progress(done: int, _total: int) -> None:
        if done == 5:  # the other one queues more while this run goes on
            queue(command, ids[200:204], field_id)

    run = printed.run_writes(window, window.source, progress=progress)
    assert run.written == 23
    left = {w.instance_id for w in printed.pending(command)}
    assert left == set(ids[200:204])


def test_update_state_is_one_transaction_per_change(srv) -> None:
    first = open_library(discogs_source(srv))
    second = open_library(discogs_source(srv))
    first.cache.set_state("n", 0)

    def bump(value: object) -> int:
        nested = second.cache.get_state("n")  # another connection reads the saved value
        assert nested == value
        return int(value or 0) + 1

    for cache in (first.cache, second.cache) * 5:
        cache.update_state("n", bump)
    assert first.cache.get_state("n") == second.cache.get_state("n") == 10


def test_writes_are_spaced_evenly_unless_they_fit_in_the_window() -> None:
    assert printed.pacing(30, 60, 60.0) == 0.0  # at once: faster overall, and said so
    assert printed.pacing(30, 60, 60.0, free=20) == pytest.approx(60 / 59)
    assert printed.pacing(597, 60, 60.0) == pytest.approx(60 / 59)
    plan = printed.estimate_run(597, 7, 60, 60.0)
    assert not plan.burst and 590 < plan.seconds < 630
    assert printed.estimate_text(plan).startswith("597 marks, about 10 minutes")
    small = printed.estimate_run(12, 1, 60, 60.0)
    assert small.burst and "at once" in printed.estimate_text(small)
