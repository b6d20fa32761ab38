"""constraints.txt: write it from a ``pip freeze``, check an environment against it.

    python build_specs/check_constraints.py --check          # installed versions == constraints?
    python build_specs/check_constraints.py --lower-bounds   # pyproject lower bounds == tested?
    (--write is used by refresh_constraints.sh)

The file holds ``name==version`` lines only: no options, no index or file URLs, no hashes.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "constraints.txt"
PYPROJECT = ROOT / "pyproject.toml"
OWN = "discogs-qr-export"
HEADER = (
    "# Exact versions of everything the dev extra installs (and the few packages only Windows\n"
    "# or macOS add). Used by .ci/run, the GitHub build and the bundle: pip install -c this.\n"
    "# Refresh: bash build_specs/refresh_constraints.sh\n"
)
_LINE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!_-]+)$")
_WHEEL = re.compile(r"^([A-Za-z0-9_.]+)-([A-Za-z0-9_.+!]+)-")
_REQ = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def parse(text: str) -> dict[str, tuple[str, str]]:
    """normalised name → (name, version). Raises ValueError on anything but ``name==version``."""
    out: dict[str, tuple[str, str]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            raise ValueError(f"line {number}: not name==version: {line!r}")
        out[normalise(match.group(1))] = (match.group(1), match.group(2))
    return out


def from_freeze(lines: Iterable[str], wheels: Iterable[str] = ()) -> dict[str, tuple[str, str]]:
    """Pins from ``pip freeze`` lines and wheel file names (our own package left out)."""
    found: dict[str, tuple[str, str]] = {}
    for raw in lines:
        line = raw.strip()
        match = _LINE.match(line)
        if match and normalise(match.group(1)) != OWN:
            found[normalise(match.group(1))] = (match.group(1), match.group(2))
    for name in wheels:
        match = _WHEEL.match(Path(name).name)
        if match:
            found.setdefault(normalise(match.group(1)), (match.group(1), match.group(2)))
    return found


def render(pins: dict[str, tuple[str, str]]) -> str:
    body = "".join(f"{name}=={version}\n" for _, (name, version) in sorted(pins.items()))
    text = HEADER + body
    if "://" in text:
        raise ValueError("constraints must not name an index or a URL")
    return text


def mismatches(pins: dict[str, tuple[str, str]]) -> list[str]:
    """Installed packages whose version differs from the constraint (missing ones are fine:
    they belong to another OS or are not needed here)."""
    out = []
    for _, (name, wanted) in sorted(pins.items()):
        try:
            have = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        if normalise(have) != normalise(wanted):
            out.append(f"{name}: installed {have}, constraints.txt says {wanted}")
    return out


def declared(pyproject: Path = PYPROJECT) -> dict[str, str]:
    """normalised name → the declared lower bound (``>=``) of runtime and dev dependencies."""
    project = tomllib.loads(pyproject.read_text("utf-8"))["project"]
    requirements = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra
    out = {}
    for requirement in requirements:
        match = _REQ.match(requirement.split(";")[0])
        if not match:
            continue
        lower = re.search(r">=\s*([A-Za-z0-9.+!_-]+)", match.group(2))
        out[normalise(match.group(1))] = lower.group(1) if lower else ""
    return out


def lower_bound_problems(
    pins: dict[str, tuple[str, str]], pyproject: Path = PYPROJECT
) -> list[str]:
    """Dependencies whose lower bound is not the tested (constrained) version."""
    out = []
    for key, lower in sorted(declared(pyproject).items()):
        pinned = pins.get(key)
        if pinned is None:
            out.append(f"{key}: not in constraints.txt")
        elif lower != pinned[1]:
            out.append(f"{key}: lower bound {lower or '(none)'}, tested {pinned[1]}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="installed versions match?")
    parser.add_argument("--lower-bounds", action="store_true", help="pyproject bounds tested?")
    parser.add_argument("--write", type=Path, help="write constraints to this file")
    parser.add_argument("--freeze", type=Path, help="pip freeze output (with --write)")
    parser.add_argument("--wheels", type=Path, help="folder of other-OS wheels (with --write)")
    args = parser.parse_args(argv)
    if args.write:
        wheels = [p.name for p in args.wheels.iterdir()] if args.wheels else []
        lines = args.freeze.read_text("utf-8").splitlines() if args.freeze else []
        args.write.write_text(render(from_freeze(lines, wheels)), "utf-8")
        return 0
    pins = parse(CONSTRAINTS.read_text("utf-8"))
    problems = mismatches(pins) if args.check else []
    if args.lower_bounds:
        problems += lower_bound_problems(pins)
    for problem in problems:
        print(f"constraints: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
