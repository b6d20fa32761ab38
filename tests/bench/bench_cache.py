"""Local library figures: reopening cached folders, model fill, incremental refresh, file size.

    .venv/bin/python -m tests.bench.bench_cache [--sizes 10000,50000] [--server]

``--server`` runs the incremental refresh against the loopback fake Discogs server through the
real gateway (when ``desktop_app.discogs.collection`` is available); otherwise an in-process
source is used and only request counts are meaningful.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="bench-cache-")
os.environ["DISCOGS_QR_HOME"] = _HOME
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)

from desktop_app.core.cancel import NEVER  # noqa: E402
from desktop_app.core.release import Instance  # noqa: E402
from desktop_app.services.library import Library  # noqa: E402
from desktop_app.store.cache import Cache, rows_from_items  # noqa: E402
from tests.fakes.dataset import generated_collection, make_item  # noqa: E402


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def additions(n: int) -> list[dict[str, Any]]:
    return [
        make_item(
            990_000_000 + k,
            7000 + k,
            1,
            title=f"New {k}",
            date_added=f"2031-02-03T10:{k // 60:02d}:{k % 60:02d}-08:00",
        )
        for k in range(n)
    ]


def bench_reopen(size: int) -> None:
    coll = generated_collection({"Uncategorized": size}, username=f"bench{size}", seed=3)
    items = coll.items
    cache = Cache.for_account(coll.username, api_url="https://api.discogs.com")
    start = time.perf_counter()
    for chunk in range(0, len(items), 100):
        cache.store_rows(rows_from_items(items[chunk : chunk + 100])[0])
    store = time.perf_counter() - start
    cache.close()

    def reopen() -> list[Instance]:
        fresh = Cache.for_account(coll.username, api_url="https://api.discogs.com")
        try:
            return fresh.instances(1)
        finally:
            fresh.close()

    reopen_s, instances = timed(reopen)
    assert len(instances) == size
    texts = [json.dumps(it, separators=(",", ":")) for it in items]
    naive_s, _ = timed(lambda: [Instance.from_item(json.loads(t)) for t in texts], repeat=1)
    size_mb = cache.size_bytes() / 1e6
    print(f"{size:>6} instances: reopen folder → list[Instance] {reopen_s * 1000:7.0f} ms")
    print(f"{'':>6}            (json.loads + Instance.from_item would be {naive_s * 1000:.0f} ms)")
    print(f"{'':>6}            store in 100-row pages {store * 1000:7.0f} ms")
    print(f"{'':>6}            database {size_mb:6.1f} MB = {size_mb * 10_000 / size:.1f} MB/10k")
    bench_model(instances)


def bench_model(instances: list[Instance]) -> None:
    try:
        from PySide6.QtCore import QCoreApplication

        from desktop_app.gui.collection.release_model import ReleaseModel, make_rows
    except ImportError as exc:
        print(f"{'':>6}            (no GUI model: {exc})")
        return
    _app = QCoreApplication.instance() or QCoreApplication([])
    model = ReleaseModel()
    rows_s, rows = timed(lambda: make_rows(instances), repeat=1)
    fill_s, _ = timed(lambda: model.set_rows(rows), repeat=1)
    print(f"{'':>6}            ReleaseModel: make_rows {rows_s * 1000:.0f} ms, ", end="")
    print(f"set_rows {fill_s * 1000:.0f} ms")
    del _app


class Target:
    """Where the refresh bench reads from: the fake server via the gateway, or in-process."""

    def __init__(self, coll: Any, use_server: bool) -> None:
        self.server: Any = None
        if use_server:
            from tests.fakes.server import FakeDiscogs
            from tests.fakes.sources import discogs_source

            self.server = FakeDiscogs(coll, rate_limit=100_000)
            self.server.enforce_rate_limit = False
            self.server.start()
            self.source: Any = discogs_source(self.server)
        else:
            from tests.fakes.sources import ListSource

            folders = {int(f["id"]): str(f["name"]) for f in coll.folders}
            self.source = ListSource(coll.items, folders, username=coll.username)

    def requests(self) -> int:
        return self.server.count("/collection") if self.server else self.source.requests

    def add(self, items: list[dict[str, Any]]) -> None:
        if self.server:
            self.server.add_instances(items)
        else:
            self.source.items.extend(items)

    def stop(self) -> None:
        if self.server:
            self.server.stop()


def bench_refresh(size: int, use_server: bool) -> None:
    coll = generated_collection({"Uncategorized": size // 2, "Jazz": size - size // 2}, seed=5)
    coll.username = f"refresh{size}"
    target = Target(coll, use_server)
    where = "fake server + gateway" if use_server else "in-process source"
    try:
        lib = Library(
            target.source, Cache.for_account(coll.username, api_url="https://api.discogs.com")
        )
        before = target.requests()
        load_s, loaded = timed(lambda: lib.load_folder_fully(0, NEVER), repeat=1)
        print(
            f"{size:>6} first load ({where}): {target.requests() - before} requests, "
            f"{load_s:.2f} s, {len(loaded)} instances"
        )
        target.add(additions(20))
        before = target.requests()
        refresh_s, result = timed(lambda: lib.refresh(NEVER), repeat=1)
        print(
            f"{'':>6} incremental refresh (+20): {target.requests() - before} requests, "
            f"{refresh_s * 1000:.0f} ms, added {result.added}"
        )
        before = target.requests()
        full_s, result = timed(lambda: lib.refresh(NEVER, full=True), repeat=1)
        print(f"{'':>6} full refresh: {target.requests() - before} requests, {full_s:.2f} s")
    finally:
        target.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--server", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(f"Python {sys.version.split()[0]}, SQLite {__import__('sqlite3').sqlite_version}")
    for size in sizes:
        bench_reopen(size)
    bench_refresh(sizes[0], args.server)


if __name__ == "__main__":
    main()
