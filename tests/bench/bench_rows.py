"""Building and writing QR Factory rows for a large selection (goal: 50,000 rows in < 1 s).

.venv/bin/python -m tests.bench.bench_rows [--rows 50000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ["DISCOGS_QR_HOME"] = tempfile.mkdtemp(prefix="bench-rows-")

from desktop_app.core.release import Instance  # noqa: E402
from desktop_app.services.export import export_rows, save_csv  # noqa: E402
from tests.fakes.dataset import DEFAULT_FIELDS, generated_collection  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    collection = generated_collection({"A": args.rows // 2, "B": args.rows - args.rows // 2})
    started = time.perf_counter()
    instances = [Instance.from_item(item) for item in collection.items]
    parse_s = time.perf_counter() - started
    folder_names = {int(f["id"]): str(f["name"]) for f in collection.folders}
    note_fields = {int(f["id"]): str(f["name"]) for f in DEFAULT_FIELDS}

    build_times, write_times = [], []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "rows.csv"
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            rows = export_rows(instances, None, folder_names, note_fields, None)
            t1 = time.perf_counter()
            save_csv(target, rows)
            t2 = time.perf_counter()
            build_times.append(t1 - t0)
            write_times.append(t2 - t1)
        size = target.stat().st_size

    build, write = statistics.median(build_times), statistics.median(write_times)
    print(f"rows                  {len(rows):,}")
    print(f"instances from JSON   {parse_s:.3f} s (once; the fetch does this page by page)")
    print(f"build rows            {build:.3f} s (median of {args.repeat})")
    print(f"write CSV (atomic)    {write:.3f} s, {size / 1e6:.1f} MB")
    print(f"build + write         {build + write:.3f} s (goal < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
