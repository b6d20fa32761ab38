"""Writing the "printed" mark for many instances through the real gateway at the Discogs limit.

    .venv/bin/python -m tests.bench.bench_printed                    # 1,000 writes, 60/60 s
    .venv/bin/python -m tests.bench.bench_printed --window 2         # a quick variant
    .venv/bin/python -m tests.bench.bench_printed --quick            # 200 writes, 1 s window

The library holds the collection (as the window does after a load); the writes start on a fresh
rate window. Every value is read from Discogs before it is written, so each run of writes also
costs reads: the benchmark prints them (goal: at most the smaller of the writes and the pages of
the folders involved, plus 1), the requests made (goal: one per write plus those reads), the wall
time against the bound of evenly spaced requests (goal: ratio ≤ 1.10) and against a burst, the
429 answers (goal: 0), and checks that the fake server holds the value for every instance. A
second, small run of a few records shows the reads by release.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ["DISCOGS_QR_HOME"] = tempfile.mkdtemp(prefix="bench-printed-")

from desktop_app.core.cancel import CancelToken  # noqa: E402
from desktop_app.core.collection import PER_PAGE  # noqa: E402
from desktop_app.discogs.auth import TokenAuth  # noqa: E402
from desktop_app.discogs.collection import DiscogsSource  # noqa: E402
from desktop_app.discogs.gateway import Gateway  # noqa: E402
from desktop_app.services import printed  # noqa: E402
from desktop_app.services.library import open_library  # noqa: E402
from tests.bench.bench_fetch import lower_bound  # noqa: E402
from tests.fakes.dataset import generated_collection  # noqa: E402
from tests.fakes.server import FakeDiscogs  # noqa: E402


def even_bound(requests: int, limit: int, window: float) -> float:
    """Wall time of ``requests`` spaced evenly at the rate limit (one kept in reserve)."""
    return max(0, requests - 1) * window / max(1, limit - printed.RESERVE)


def read_bound(writes: int, pages: int) -> int:
    """What a run of ``writes`` may spend on reads: min(writes, pages of the folders) + 1."""
    return min(writes, pages) + 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=1_000)
    parser.add_argument("--window", type=float, default=60.0, help="rate window in seconds")
    parser.add_argument("--limit", type=int, default=60, help="requests per window")
    parser.add_argument("--few", type=int, default=2, help="records in the small run")
    parser.add_argument("--quick", action="store_true", help="200 writes in a 1 s window")
    args = parser.parse_args(argv)
    if args.quick:
        args.instances, args.window = 200, 1.0

    collection = generated_collection({"Shelf": args.instances, "Crate": 250}, seed=8)
    with FakeDiscogs(collection, rate_limit=args.limit, window_seconds=args.window) as srv:
        field_id = srv.add_field("QR")
        loader = Gateway(srv.url, auth=TokenAuth("good-token"), window_seconds=args.window)
        loaded = open_library(DiscogsSource(loader, srv.username), srv.username)
        loaded.load_folder_fully(0, CancelToken())  # the window has read the collection
        loaded.cache.close()
        gateway = Gateway(srv.url, auth=TokenAuth("good-token"), window_seconds=args.window)
        source = DiscogsSource(gateway, srv.username)
        library = open_library(source, srv.username)  # the same library, a fresh rate window
        shelf = next(f["id"] for f in srv.folders if f["name"] == "Shelf")
        crate = next(f["id"] for f in srv.folders if f["name"] == "Crate")
        instances = library.cached_instances(shelf)
        plan = printed.plan_writes(instances, field_id)
        printed.queue_writes(library, plan.writes)
        srv.reset_rate_window()
        srv.reset_log()
        waits: list[float] = []
        started = time.perf_counter()
        run = printed.run_writes(
            library, source, CancelToken(), on_wait=lambda s, r: waits.append(s)
        )
        wall = time.perf_counter() - started
        statuses = [r.status for r in srv.requests]
        stored = sum(
            1 for inst in instances if srv.field_value(inst.instance_id, field_id) is not None
        )

        # a few records of another folder: read one release at a time
        spread = library.cached_instances(crate)  # 250 records: one on each page
        few = [spread[n * len(spread) // args.few] for n in range(args.few)]
        printed.queue_writes(library, printed.plan_writes(few, field_id).writes)
        srv.reset_log()
        small = printed.run_writes(library, source, CancelToken())
        small_gets = sum(1 for r in srv.requests if r.method == "GET")
        library.cache.close()

    made = len(statuses)
    pages = math.ceil(args.instances / PER_PAGE)
    bound = read_bound(run.written, pages)
    print(f"instances marked      {run.written:,} (of {args.instances:,}); server holds {stored:,}")
    print(
        f"reads before writes   {run.reads} ({run.pages} folder pages, "
        f"{run.reads - run.pages} by release); bound min({run.written:,} writes, "
        f"{pages} pages) + 1 = {bound}"
    )
    print(f"requests made         {made} (goal {args.instances} writes + {run.reads} reads)")
    print(f"429 answers           {statuses.count(429)} (gateway counted {gateway.responses_429})")
    print(f"retries               {gateway.retries}")
    print(f"pacing waits          {len(waits)} reported, {gateway.waited_seconds:.2f} s waited")
    print(f"wall time             {wall:.2f} s")
    even = even_bound(made, args.limit, args.window)
    ratio = wall / even if even else 0.0
    print(
        f"evenly spaced bound   {even:.2f} s ({args.limit} requests / {args.window:g} s); "
        f"ratio {ratio:.3f} (goal ≤ 1.10)"
    )
    burst = lower_bound(made, args.limit, args.window)
    print(
        f"in bursts             {burst:.2f} s at best (then waits of a whole window); the "
        "writes went " + ("at once" if run.burst else "evenly spaced")
    )
    small_bound = read_bound(small.written, 3)
    print(
        f"a few records         {small.written} writes, {small.reads} reads "
        f"({small.pages} pages, {small_gets} GETs); bound {small_bound}"
    )
    ok = run.written == stored == args.instances and made == args.instances + run.reads
    ok = ok and statuses.count(429) == 0 and ratio <= 1.10 and run.reads <= bound
    ok = ok and small.written == args.few and small.reads <= small_bound
    print("result                " + ("OK" if ok else "MISSED A GOAL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
