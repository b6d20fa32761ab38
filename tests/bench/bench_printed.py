"""Writing the "printed" mark for many instances through the real gateway at the Discogs limit.

    .venv/bin/python -m tests.bench.bench_printed                    # 1,000 writes, 60/60 s
    .venv/bin/python -m tests.bench.bench_printed --window 2         # a quick variant

The writes start on a fresh rate window. Prints the requests made (goal: one per instance), the
wall time against the rate-limit lower bound (goal: ratio ≤ 1.10) and the 429 answers (goal: 0),
and checks that the fake server holds the value for every instance.
"""

from __future__ import annotations

import argparse
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
from desktop_app.core.release import Instance  # noqa: E402
from desktop_app.discogs.auth import TokenAuth  # noqa: E402
from desktop_app.discogs.collection import DiscogsSource  # noqa: E402
from desktop_app.discogs.gateway import Gateway  # noqa: E402
from desktop_app.services import printed  # noqa: E402
from desktop_app.services.library import open_library  # noqa: E402
from tests.bench.bench_fetch import print_pacing  # noqa: E402
from tests.fakes.dataset import generated_collection  # noqa: E402
from tests.fakes.server import FakeDiscogs  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=1_000)
    parser.add_argument("--window", type=float, default=60.0, help="rate window in seconds")
    parser.add_argument("--limit", type=int, default=60, help="requests per window")
    args = parser.parse_args(argv)

    collection = generated_collection({"Shelf": args.instances}, seed=8)
    instances = [Instance.from_item(item) for item in collection.items]
    with FakeDiscogs(collection, rate_limit=args.limit, window_seconds=args.window) as srv:
        field_id = srv.add_field("QR")
        gateway = Gateway(srv.url, auth=TokenAuth("good-token"), window_seconds=args.window)
        source = DiscogsSource(gateway, srv.username)
        library = open_library(source, srv.username)
        plan = printed.plan_writes(instances, field_id)
        printed.queue_writes(library, plan.chosen(overwrite_foreign=False))
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
        library.cache.close()

    made = len(statuses)
    print(f"instances marked      {run.written:,} (of {args.instances:,}); server holds {stored:,}")
    print(f"requests made         {made} (goal {args.instances})")
    ratio = print_pacing(made, statuses, gateway, waits, wall, args.limit, args.window)
    ok = run.written == stored == args.instances and made == args.instances
    ok = ok and statuses.count(429) == 0 and ratio <= 1.10
    print("result                " + ("OK" if ok else "MISSED A GOAL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
