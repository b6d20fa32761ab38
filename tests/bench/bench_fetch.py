"""Fetching a large folder through the real gateway from the fake server at the Discogs limit.

    .venv/bin/python -m tests.bench.bench_fetch                      # 10,000 instances, 60/60 s
    .venv/bin/python -m tests.bench.bench_fetch --instances 10000 --window 5   # a quick variant

Prints the requests made against the goal ⌈N/100⌉+3, the wall time against the rate-limit lower
bound (goal: ratio ≤ 1.10) and the 429 answers received (goal: 0).
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
os.environ["DISCOGS_QR_HOME"] = tempfile.mkdtemp(prefix="bench-fetch-")

from desktop_app.core.cancel import CancelToken  # noqa: E402
from desktop_app.discogs.auth import TokenAuth  # noqa: E402
from desktop_app.discogs.collection import DiscogsSource  # noqa: E402
from desktop_app.discogs.gateway import Gateway  # noqa: E402
from desktop_app.services.export import collect, folder_by_id_or_name  # noqa: E402
from tests.fakes.dataset import generated_collection  # noqa: E402
from tests.fakes.server import FakeDiscogs  # noqa: E402


def lower_bound(requests: int, limit: int, window: float) -> float:
    """Least wall time for ``requests`` when at most ``limit`` may fall in any ``window``.

    With a fresh window the first ``limit`` go at once; request i (0-based) can go no earlier
    than ``window`` after request i - limit, so the last one waits ⌊(n-1)/limit⌋ windows.
    """
    return window * ((requests - 1) // limit) if requests > 0 else 0.0


def sequential_bound(requests: int, limit: int, window: float, latency: float) -> float:
    """The same bound for a client that sends one request at a time, each taking ``latency``."""
    sent: list[float] = []
    for i in range(requests):
        t = sent[-1] + latency if sent else 0.0
        if i >= limit:
            t = max(t, sent[i - limit] + window)
        sent.append(t)
    return sent[-1] + latency if sent else 0.0


def print_pacing(
    made: int,
    statuses: list[int],
    gateway: Gateway,
    waits: list[float],
    wall: float,
    limit: int,
    window: float,
) -> float:
    """Print the 429s, retries, waits and the wall time against both bounds; the ratio to the
    rate-limit bound (0 when there is no bound)."""
    bound = lower_bound(made, limit, window)
    ratio = wall / bound if bound else 0.0
    latency = max(0.0, wall - gateway.waited_seconds) / max(1, made)
    seq_bound = sequential_bound(made, limit, window, latency)
    print(f"429 answers           {statuses.count(429)} (gateway counted {gateway.responses_429})")
    print(f"retries               {gateway.retries}")
    print(f"pacing waits          {len(waits)} reported, {gateway.waited_seconds:.2f} s waited")
    print(f"wall time             {wall:.2f} s")
    print(f"rate-limit bound      {bound:.2f} s ({limit} requests / {window:g} s)")
    print(f"ratio                 {ratio:.3f} (goal ≤ 1.10)")
    print(
        f"sequential bound      {seq_bound:.2f} s at the measured {latency * 1000:.1f} ms per "
        f"request; ratio {wall / seq_bound if seq_bound else 0.0:.3f}"
    )
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=10_000)
    parser.add_argument("--window", type=float, default=60.0, help="rate window in seconds")
    parser.add_argument("--limit", type=int, default=60, help="requests per window")
    args = parser.parse_args(argv)

    collection = generated_collection({"Everything": args.instances}, seed=7)
    with FakeDiscogs(collection, rate_limit=args.limit, window_seconds=args.window) as srv:
        gateway = Gateway(srv.url, auth=TokenAuth("good-token"), window_seconds=args.window)
        waits: list[float] = []
        cancel = CancelToken()
        started = time.perf_counter()
        source = DiscogsSource(gateway)
        source.resolve_username(cancel)
        folders = source.folders(cancel)
        folder = folder_by_id_or_name(folders, "Everything")
        source.note_fields(cancel)
        instances, _stats = collect(source, folder.id, cancel, on_wait=lambda s, r: waits.append(s))
        wall = time.perf_counter() - started
        statuses = [r.status for r in srv.requests]

    made = gateway.requests_made
    goal = math.ceil(args.instances / 100) + 3
    print(f"instances fetched     {len(instances):,} (of {args.instances:,})")
    print(f"requests made         {made} (goal ⌈N/100⌉+3 = {goal})")
    ratio = print_pacing(made, statuses, gateway, waits, wall, args.limit, args.window)
    ok = len(instances) == args.instances and made <= goal and statuses.count(429) == 0
    ok = ok and ratio <= 1.10
    print("result                " + ("OK" if ok else "MISSED A GOAL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
