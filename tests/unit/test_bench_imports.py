"""The benchmarks run without pytest and never import the test suite (only tests.fakes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHES = sorted(p.stem for p in (ROOT / "tests" / "bench").glob("bench_*.py"))

PROBE = """
import builtins, sys
real_import = builtins.__import__
def guarded(name, *args, **kwargs):
    if name == "pytest" or name.startswith(("_pytest", "tests.unit", "tests.integration",
                                             "tests.gui", "tests.conftest")):
        raise ImportError(f"benchmark imported {name}")
    return real_import(name, *args, **kwargs)
builtins.__import__ = guarded
import importlib, runpy
if len(sys.argv) > 2:  # run it: the lazy imports inside count too
    sys.argv = [sys.argv[1], *sys.argv[2:]]
    runpy.run_module("tests.bench." + sys.argv[0], run_name="__main__")
else:
    importlib.import_module("tests.bench." + sys.argv[1])
print("ok")
"""


def probe(*args: str) -> str:
    """Run PROBE with ``args`` in a clean interpreter; its standard output."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize("bench", BENCHES)
def test_benchmark_imports_without_pytest(bench: str) -> None:
    assert probe(bench).strip().endswith("ok")


@pytest.mark.parametrize("target", [[], ["--server"]])
def test_bench_cache_runs_without_pytest(target: list[str]) -> None:
    assert "refresh" in probe("bench_cache", "--sizes", "200", *target)
