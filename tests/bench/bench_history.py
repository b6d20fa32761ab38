"""The cost of the export history: a 200-row export after 40 exports of 3,000 rows.

    .venv/bin/python -m tests.bench.bench_history                       # 40 × 3,000, then 200
    .venv/bin/python -m tests.bench.bench_history --exports 10 --rows 1000

Builds the history of the fake server's account in a fresh profile (every export with a
fingerprint per row, as a saved CSV makes them), then runs ``python -m desktop_app export`` as
a process against the fake server for a 200-record folder, once with an empty history and once
with the large one. Prints, for each: the wall time and the peak memory (max RSS) of that
process, and the size of the history on disk. Goal: the large history costs the export no more
than a few tens of milliseconds and megabytes over the empty one.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
HOME = Path(tempfile.mkdtemp(prefix="bench-history-"))
os.environ["DISCOGS_QR_HOME"] = str(HOME / "empty")

from desktop_app.store import paths  # noqa: E402
from tests.fakes.dataset import generated_collection  # noqa: E402
from tests.fakes.server import FakeDiscogs  # noqa: E402

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _fingerprint(instance_id: int, export: int) -> str:
    return hashlib.blake2b(f"{instance_id}/{export}".encode(), digest_size=8).hexdigest()


def build_history(username: str, ids: list[int], exports: int, rows: int) -> float:
    """``exports`` exports of ``rows`` ids each (cycling through ``ids``); returns seconds."""
    from desktop_app.services.history import history_for

    started = time.perf_counter()
    history = history_for(username)
    for n in range(exports):
        chosen = [ids[(n * rows + k) % len(ids)] for k in range(rows)]
        prints = [_fingerprint(iid, n) for iid in chosen]
        history.record(chosen, f"/tmp/export-{n}.csv", when=T0 + timedelta(hours=n), prints=prints)
    return time.perf_counter() - started


def timed_record(username: str, ids: list[int], trace: bool = False) -> tuple[float, float]:
    """Seconds of opening the history and recording one export of ``ids`` in this process
    (the history's own share of an export); with ``trace``, the peak of Python's memory
    (tracemalloc, which slows the run down) instead."""
    from desktop_app.services.history import history_for

    prints = [_fingerprint(i, -1) for i in ids]
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    history = history_for(username)
    history.record(ids, "/tmp/small.csv", prints=prints)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1e6 if trace else 0.0
    tracemalloc.stop()
    return seconds, peak


def history_bytes() -> int:
    return sum(
        f.stat().st_size for f in paths.data_dir().iterdir() if f.name.startswith("history-")
    )


def timed_export(srv: FakeDiscogs, folder: str, work: Path) -> tuple[float, float, str]:
    """Seconds and peak MB of one ``export`` process, and its summary line."""
    env = dict(os.environ)
    env.update(
        DISCOGS_API_URL=srv.url,
        DISCOGS_TOKEN="good-token",
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "export", "--folder", folder, "-o", "out.csv"],
        cwd=work,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    err = proc.stderr.read() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"export failed ({proc.returncode}): {err}")
    return seconds, usage.ru_maxrss / 1024, err.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exports", type=int, default=40)
    parser.add_argument("--rows", type=int, default=3_000)
    parser.add_argument("--small", type=int, default=200, help="records in the exported folder")
    parser.add_argument("--repeat", type=int, default=5, help="exports timed with each history")
    args = parser.parse_args(argv)

    collection = generated_collection({"Crate": args.rows, "Small": args.small}, seed=19)
    ids = [int(item["instance_id"]) for item in collection.items]
    work = HOME / "work"
    work.mkdir()
    with FakeDiscogs(collection, rate_limit=100_000) as srv:
        empty = [timed_export(srv, "Small", work) for _ in range(args.repeat)]
        os.environ["DISCOGS_QR_HOME"] = str(HOME / "large")
        build_s = build_history(srv.username, ids[: args.rows], args.exports, args.rows)
        size = history_bytes()
        large = [timed_export(srv, "Small", work) for _ in range(args.repeat)]
        small_ids = ids[args.rows : args.rows + args.small]
        records = [timed_record(srv.username, small_ids) for _ in range(args.repeat)]
        traced = timed_record(srv.username, small_ids, trace=True)
        after = history_bytes()
    print(f"history built          {args.exports} exports × {args.rows:,} rows in {build_s:.1f} s")
    print(f"history on disk        {size / 1e6:.1f} MB ({after / 1e6:.1f} MB after the exports)")
    print(f"export, empty history  {_figures(empty)}")
    print(f"export, large history  {_figures(large)}")
    extra_s = min(r[0] for r in large) - min(r[0] for r in empty)
    extra_mb = max(r[1] for r in large) - max(r[1] for r in empty)
    print(f"cost of the history    {extra_s:+.2f} s (best of {args.repeat}), {extra_mb:+.0f} MB")
    best = min(records)
    print(
        f"history's own share    open + record {args.small} rows: best {best[0] * 1000:.0f} ms,"
        f" Python peak {traced[1]:.1f} MB (in process)"
    )
    print(f"last line              {large[-1][2]}")
    return 0


def _figures(runs: list[tuple[float, float, str]]) -> str:
    times = [r[0] for r in runs]
    peak = max(r[1] for r in runs)
    return f"best {min(times):.2f} s, median {statistics.median(times):.2f} s, peak {peak:.0f} MB"


if __name__ == "__main__":
    sys.exit(main())
