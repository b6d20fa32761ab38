"""A structure check of .github/workflows/ (actionlint cannot be installed here).

Checks what actionlint would catch most often: unknown keys, steps with both or neither of
``uses``/``run``, unpinned actions, inputs an action does not have, ``matrix.*`` names that the
matrix does not define, ``runner.os`` compared with a name it never has, shell syntax of the
``run`` scripts (bash -n), and files and build.py options the scripts name that do not exist.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))

TOP_KEYS = {"name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs"}
JOB_KEYS = {
    "name", "needs", "runs-on", "permissions", "environment", "concurrency", "outputs", "env",
    "defaults", "if", "steps", "timeout-minutes", "strategy", "continue-on-error", "container",
    "services", "uses", "with", "secrets",
}  # fmt: skip
STEP_KEYS = {
    "id", "if", "name", "uses", "run", "working-directory", "shell", "with", "env",
    "continue-on-error", "timeout-minutes",
}  # fmt: skip
EVENTS = {"push", "pull_request", "workflow_dispatch", "schedule", "release", "workflow_call"}
#: The inputs of the actions used (from their action.yml), by action and major version.
ACTION_INPUTS = {
    "actions/checkout@v4": {
        "repository", "ref", "token", "ssh-key", "persist-credentials", "path", "clean",
        "filter", "sparse-checkout", "fetch-depth", "fetch-tags", "lfs", "submodules",
        "set-safe-directory", "show-progress", "github-server-url", "sparse-checkout-cone-mode",
        "ssh-known-hosts", "ssh-strict", "ssh-user",
    },
    "actions/setup-python@v5": {
        "python-version", "python-version-file", "cache", "architecture", "check-latest",
        "token", "cache-dependency-path", "update-environment", "allow-prereleases", "freethreaded",
    },
    "actions/upload-artifact@v4": {
        "name", "path", "if-no-files-found", "retention-days", "compression-level", "overwrite",
        "include-hidden-files",
    },
}  # fmt: skip
RUNNER_OS = {"Linux", "Windows", "macOS"}
EXPR = re.compile(r"\$\{\{(.*?)\}\}")


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text("utf-8"))
    assert isinstance(data, dict), f"{path.name}: not a mapping"
    if True in data:  # YAML 1.1 reads the key `on` as true
        data["on"] = data.pop(True)
    return data


def steps_of(data: dict[Any, Any]) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    return [(name, job, step) for name, job in data["jobs"].items() for step in job["steps"]]


def test_there_is_a_workflow() -> None:
    assert WORKFLOWS


def problems(data: dict[Any, Any]) -> list[str]:
    """What is wrong with a parsed workflow (empty: nothing found)."""
    out: list[str] = []
    out += [f"unknown top-level key {k}" for k in set(data) - TOP_KEYS]
    out += [f"missing {k}" for k in {"on", "jobs"} - set(data)]
    on = data.get("on") or {}
    events = (
        on if isinstance(on, dict) else {e: None for e in ([on] if isinstance(on, str) else on)}
    )
    out += [f"unknown event {e}" for e in set(events) - EVENTS]
    for name, job in (data.get("jobs") or {}).items():
        out += [f"job {name}: unknown key {k}" for k in set(job) - JOB_KEYS]
        if "runs-on" not in job or not job.get("steps"):
            out.append(f"job {name}: needs runs-on and steps")
        matrix = set((job.get("strategy") or {}).get("matrix") or {}) - {"include", "exclude"}
        text = yaml.safe_dump(job)
        if text.count("${{") != text.count("}}"):
            out.append(f"job {name}: unbalanced expression")
        for expr in EXPR.findall(text) + [str(s.get("if", "")) for s in job.get("steps") or []]:
            out += [
                f"job {name}: matrix.{used} is not defined"
                for used in re.findall(r"\bmatrix\.([\w-]+)", expr)
                if used not in matrix
            ]
            out += [
                f"job {name}: runner.os is never {os_name!r}"
                for os_name in re.findall(r"runner\.os\s*==\s*'([^']*)'", expr)
                if os_name not in RUNNER_OS
            ]
        for step in job.get("steps") or []:
            label = f"job {name}, step {step.get('name', '?')}"
            out += [f"{label}: unknown key {k}" for k in set(step) - STEP_KEYS]
            if ("uses" in step) == ("run" in step):
                out.append(f"{label}: needs exactly one of uses and run")
            action = step.get("uses")
            if action is None:
                continue
            if not re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+(\.\d+)*", action):
                out.append(f"{label}: {action} is not pinned to a version")
            known = ACTION_INPUTS.get(action)
            if known is None:
                out.append(f"{label}: add {action}'s inputs to ACTION_INPUTS")
                continue
            out += [
                f"{label}: {action} has no input {k}" for k in set(step.get("with") or {}) - known
            ]
    return out


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_structure(path: Path) -> None:
    assert problems(load(path)) == []


BAD = """
on: [push, pul_request]
jobs:
  a:
    runs-on: ${{ matrix.os }}
    strategy: {matrix: {python: ["3.11"]}}
    step: []
    steps:
      - uses: actions/checkout@v4
        run: echo both
      - uses: actions/setup-python@v5
        with: {python-versoin: "3.11"}
      - uses: actions/cache@main
      - if: runner.os == 'linux'
        run: echo
"""


def test_the_check_catches_mistakes() -> None:
    found = problems(yaml.safe_load(BAD) | {"on": ["push", "pul_request"]})
    expected = [
        "unknown event pul_request",
        "job a: unknown key step",
        "job a: matrix.os is not defined",
        "job a: runner.os is never 'linux'",
        "needs exactly one of uses and run",
        "has no input python-versoin",
        "actions/cache@main is not pinned",
    ]
    for words in expected:
        assert any(words in problem for problem in found), (words, found)


def _scripts(path: Path) -> list[tuple[str, str]]:
    return [
        (step.get("name", "?"), step["run"]) for _, _, step in steps_of(load(path)) if "run" in step
    ]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_run_scripts_parse_as_shell(path: Path) -> None:
    for name, script in _scripts(path):
        plain = EXPR.sub("X", script)
        result = subprocess.run(["bash", "-n"], input=plain, text=True, capture_output=True)
        assert result.returncode == 0, f"{name}: {result.stderr}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_run_scripts_name_existing_files_and_options(path: Path) -> None:
    build_py = (ROOT / "build_specs" / "build.py").read_text("utf-8")
    for name, script in _scripts(path):
        for file in re.findall(r"(?<![\w/.-])((?:build_specs|\.ci|tests)/[\w./-]+)", script):
            assert (ROOT / file).exists(), f"{name}: {file} does not exist"
        for file in re.findall(r"-c\s+([\w./-]+)", script):
            assert (ROOT / file).is_file(), f"{name}: constraints file {file} missing"
        for line in script.splitlines():
            if "build_specs/build.py" in line:
                for option in re.findall(r"\s(--[\w-]+)", line):
                    assert f'"{option}"' in build_py, f"{name}: build.py has no {option}"
