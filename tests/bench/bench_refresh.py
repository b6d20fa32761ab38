"""Refreshing a cached 10,000-instance collection from the fake server.

    .venv/bin/python -m tests.bench.bench_refresh
    .venv/bin/python -m tests.bench.bench_refresh --instances 10000 --folders 8

Loads the collection once, then refreshes (1) with nothing changed — goal: at most folders + 2
requests — and (2) after a record moved from folder A to B and another left B, so that B's count
is unchanged: the refresh must find both (requests and time are printed, and the cache is
compared with the server), and (3) runs the background pass that reads the whole collection
again after a start (one walk of All: ceil(n / 100) pages; its time on Discogs follows from
keeping to half of 60 requests a minute).
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
os.environ["DISCOGS_QR_HOME"] = tempfile.mkdtemp(prefix="bench-refresh-")

from desktop_app.core.cancel import NEVER  # noqa: E402
from desktop_app.discogs.auth import TokenAuth  # noqa: E402
from desktop_app.discogs.collection import DiscogsSource  # noqa: E402
from desktop_app.discogs.gateway import (  # noqa: E402
    DEFAULT_LIMIT,
    WINDOW_SECONDS,
    Gateway,
    background_budget,
)
from desktop_app.services.library import open_library  # noqa: E402
from desktop_app.services.reread import reread  # noqa: E402
from tests.fakes.dataset import generated_collection  # noqa: E402
from tests.fakes.server import FakeDiscogs  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=10_000)
    parser.add_argument("--folders", type=int, default=6, help="user folders besides Uncategorized")
    args = parser.parse_args(argv)

    names = ["Uncategorized"] + [f"Shelf {n + 1}" for n in range(args.folders)]
    share = args.instances // len(names)
    sizes = {name: share for name in names}
    sizes["Uncategorized"] += args.instances - share * len(names)
    with FakeDiscogs(generated_collection(sizes, seed=21), rate_limit=1_000_000) as srv:
        srv.enforce_rate_limit = False
        gateway = Gateway(srv.url, auth=TokenAuth("good-token"), rate_limit=1_000_000)
        library = open_library(DiscogsSource(gateway, srv.username), srv.username)
        library.load_folder_fully(0, NEVER)
        listed = len(library.cached_folders())  # All, Uncategorized and the user's folders

        srv.reset_log()
        started = time.perf_counter()
        quiet = library.refresh(NEVER)
        quiet_s = time.perf_counter() - started
        quiet_requests = srv.count("/collection")

        a, b = (f["id"] for f in srv.folders if f["name"] in ("Shelf 1", "Shelf 2"))
        oldest = sorted(srv.items, key=lambda it: it["date_added"])
        moved = next(it for it in oldest if it["folder_id"] == a)["instance_id"]
        removed = next(it for it in oldest if it["folder_id"] == b)["instance_id"]
        srv.move_instance(moved, b)
        srv.remove_instance(removed)
        srv.reset_log()
        started = time.perf_counter()
        change = library.refresh(NEVER)
        change_s = time.perf_counter() - started
        change_requests = srv.count("/collection")
        cached = {i.instance_id: i.folder_id for i in library.cached_instances(0)}
        same = cached == {it["instance_id"]: it["folder_id"] for it in srv.items}

        edited = sorted(srv.items, key=lambda it: it["date_added"])[len(srv.items) // 2]
        srv.set_field_value(edited["instance_id"], 1, "Edited on Discogs")
        srv.reset_log()
        started = time.perf_counter()
        passed = reread(library, NEVER)
        pass_s = time.perf_counter() - started
        pass_requests = srv.count("/collection")
        seen = next(
            i for i in library.cached_instances(0) if i.instance_id == edited["instance_id"]
        )
        pass_ok = dict(seen.notes).get(1) == "Edited on Discogs" and passed.changed == 1
        library.cache.close()

    goal = listed + 2
    print(f"collection            {args.instances:,} instances, {listed} folders listed (with All)")
    print(
        f"nothing changed       {quiet_requests} requests (goal ≤ folders + 2 = {goal}), "
        f"{quiet_s:.2f} s"
    )
    print(
        f"move A→B + removal    {change_requests} requests, {change_s:.2f} s; "
        f"removed {change.removed}, moved {change.moved}; cache equals server: {same}"
    )
    ok = (
        quiet_requests == quiet.requests <= goal
        and same
        and (change.removed, change.moved) == (1, 1)
    )
    per_minute = background_budget(DEFAULT_LIMIT) * 60 / WINDOW_SECONDS
    print(
        f"background pass       {pass_requests} requests (pages of All), {pass_s:.2f} s here; "
        f"on Discogs at ≤ {per_minute:.0f} requests/min: about "
        f"{pass_requests / per_minute:.1f} min; the edit seen: {pass_ok}"
    )
    ok = ok and pass_ok and pass_requests == -(-args.instances // 100)
    print("result                " + ("OK" if ok else "MISSED A GOAL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
