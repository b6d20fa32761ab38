#!/usr/bin/env bash
# Build the Linux one-folder bundle and prove it works headless: the console executable's
# --self-test (offscreen), then — when Xvfb and xwininfo are installed — the windowed app on the
# demo collection under Xvfb, timed to its first visible window. For .ci/run; ~1 minute.
#
#   bash build_specs/ci_linux_bundle.sh            # PYTHON=... to choose the interpreter
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi

extra=()
if command -v Xvfb >/dev/null 2>&1 && command -v xwininfo >/dev/null 2>&1; then
  extra+=(--gui-smoke)
else
  echo "ci_linux_bundle: Xvfb/xwininfo not installed, skipping the GUI smoke" >&2
fi

QT_QPA_PLATFORM=offscreen "$PYTHON" build_specs/build.py --self-test --no-archive "${extra[@]}"
