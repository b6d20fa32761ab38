#!/usr/bin/env bash
# Refresh constraints.txt: the exact version of every package `pip install -e ".[dev]"` installs
# today, plus the few that only Windows or macOS install, so CI (.ci/run), the GitHub build and
# the bundle are made from the same versions until this script is run again.
#
#   bash build_specs/refresh_constraints.sh        # PYTHON=python3.12 to choose the interpreter
#
# Then run the tests (.ci/run) and commit constraints.txt with the change that needed it.
# The lower bounds in pyproject.toml are the tested versions: raise them too when a new version
# is needed (build_specs/check_constraints.py --lower-bounds lists those behind).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
export PIP_DISABLE_PIP_VERSION_CHECK=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PYTHON" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q -e ".[dev]"
"$tmp/venv/bin/python" -m pip freeze --exclude-editable > "$tmp/freeze.txt"
# Windows: pytest's colorama, keyring's and PyInstaller's pywin32-ctypes and pefile; macOS:
# PyInstaller's macholib. Downloaded (not installed) just to learn their current versions.
"$tmp/venv/bin/python" -m pip download -q --no-deps --only-binary=:all: -d "$tmp/other" \
    colorama pywin32-ctypes pefile macholib
"$tmp/venv/bin/python" build_specs/check_constraints.py --write constraints.txt \
    --freeze "$tmp/freeze.txt" --wheels "$tmp/other"
echo "constraints.txt: $(grep -c '==' constraints.txt) packages"
