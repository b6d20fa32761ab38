"""Per-instance cost of building instances and table rows, and the memory they keep.

.venv/bin/python -m tests.bench.bench_instances [--count 50000] [--repeat 5]

Prints µs per instance for ``Instance.from_item``, the table's ``make_row`` (also as it is with
``core.filters.natural_sort_text`` in place of its ``sort_text``, when that exists) and reading
the local library, with cold caches (everything memoised in ``desktop_app.core`` is forgotten
before each run); and the memory (tracemalloc) that 50,000 instances + rows keep once the API
items are dropped, built from the items and read back from the local library.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ["DISCOGS_QR_HOME"] = tempfile.mkdtemp(prefix="bench-instances-")

from desktop_app.core import filters, release  # noqa: E402
from desktop_app.core.release import Instance  # noqa: E402
from desktop_app.gui.collection import release_model  # noqa: E402
from desktop_app.store.cache import Cache, rows_from_items  # noqa: E402
from tests.fakes.dataset import generated_collection  # noqa: E402


def clear_caches() -> None:
    """Forget everything memoised in the core modules, so each run starts cold."""
    for module in (filters, release):
        for name, value in list(vars(module).items()):
            clear = None if isinstance(value, type) else getattr(value, "cache_clear", None)
            if callable(clear):
                clear()
            elif name.startswith("_") and not name.startswith("__") and isinstance(value, dict):
                value.clear()  # interning tables
        if hasattr(module, "_local_offsets"):
            module._local_offsets = ((), {})


def per_item_us(fn: Callable[[Any], Any], items: list[Any], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        clear_caches()
        gc.collect()
        start = time.perf_counter()
        for item in items:
            fn(item)
        times.append((time.perf_counter() - start) / len(items) * 1e6)
    return times


def show(name: str, times: Iterable[float], count: int = 1) -> None:
    values = sorted(t / count for t in times)
    print(f"{name:<28} median {statistics.median(values):6.2f} µs   best {values[0]:6.2f} µs")


def retained_mb(build: Callable[[], Any]) -> float:
    """MB still allocated after ``build()`` (its result kept, everything else dropped)."""
    clear_caches()
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = build()
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return (after - before) / 1e6


@contextlib.contextmanager
def sorting_with(fn: Callable[[str], str] | None) -> Iterator[None]:
    """make_row with ``fn`` in place of release_model.sort_text (None: as it is)."""
    original = release_model.sort_text
    if fn is not None:
        release_model.sort_text = fn
    try:
        yield
    finally:
        release_model.sort_text = original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    natural = getattr(filters, "natural_sort_text", None)
    variants: list[tuple[str, Callable[[str], str] | None]] = [("", None)]
    if natural is not None and release_model.sort_text is not natural:
        variants.append((" (natural_sort_text)", natural))

    items = generated_collection({"Main": args.count}, seed=3).items
    show("Instance.from_item", per_item_us(Instance.from_item, items, args.repeat))
    instances = [Instance.from_item(it) for it in items]
    for label, fn in variants:
        with sorting_with(fn):
            show(f"make_row{label}", per_item_us(release_model.make_row, instances, args.repeat))
    texts = [t for inst in instances for t in (inst.artist(), inst.title, inst.catno)]
    if release_model.sort_text is not natural:
        show("sort_text (per text)", per_item_us(release_model.sort_text, texts, args.repeat))
    if natural is not None:
        show("natural_sort_text (per text)", per_item_us(natural, texts, args.repeat))
    del instances, texts

    def from_items() -> Any:
        fresh = generated_collection({"Main": args.count}, seed=3).items
        built = [Instance.from_item(it) for it in fresh]
        rows = release_model.make_rows(built)
        del fresh, built
        return rows

    for label, fn in variants:
        with sorting_with(fn):
            name = f"kept: instances + rows from items{label}"
            print(f"{name:<58} {retained_mb(from_items):6.1f} MB")

    cache = Cache.for_account("bench")
    cache.store_rows(rows_from_items(items)[0])
    del items
    whole = per_item_us(lambda _: cache.instances(0), [None], args.repeat)
    show("Cache.instances(0)", whole, args.count)

    def from_cache() -> Any:
        return release_model.make_rows(cache.instances(0))

    for label, fn in variants:
        with sorting_with(fn):
            name = f"kept: instances + rows from cache{label}"
            print(f"{name:<58} {retained_mb(from_cache):6.1f} MB")
    cache.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
