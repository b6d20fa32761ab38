"""The import direction: gui reaches store and discogs only through services; the CLI never
imports Qt; services.links and the CLI read URLs and names from discogs.config."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
#: Modules still being split elsewhere; remove each once it goes through services.
PENDING: set[str] = set()


def imported_packages(path: Path) -> set[str]:
    """The desktop_app subpackages a module imports ("store", "discogs", "PySide6" …)."""
    found: set[str] = set()
    depth = len(path.relative_to(PACKAGE).parts) - 1  # folders below desktop_app
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                found.add(parts[1] if parts[0] == "desktop_app" and len(parts) > 1 else parts[0])
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 0:
                parts = module.split(".")
                found.add(parts[1] if parts[0] == "desktop_app" and len(parts) > 1 else parts[0])
            elif node.level == depth + 1 and module:  # relative to desktop_app itself
                found.add(module.split(".")[0])
    return found


GUI = sorted(p for p in (PACKAGE / "gui").rglob("*.py") if p.name not in PENDING)
CLI = sorted((PACKAGE / "cli").rglob("*.py"))


@pytest.mark.parametrize("path", GUI, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_gui_reaches_store_and_discogs_only_through_services(path: Path) -> None:
    assert not imported_packages(path) & {"store", "discogs"}


@pytest.mark.parametrize("path", CLI, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_cli_never_imports_qt(path: Path) -> None:
    assert not imported_packages(path) & {"PySide6", "shiboken6", "gui"}


def test_the_rule_sees_a_relative_import() -> None:
    probe = PACKAGE / "gui" / "dialogs" / "sign_in.py"
    assert "services" in imported_packages(probe)


def test_one_home_for_urls_and_environment_names() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.name == "config.py":
            continue
        text = path.read_text("utf-8")
        for literal in ('"DISCOGS_API_URL"', '"DISCOGS_WEB_URL"', '"https://api.discogs.com"'):
            assert literal not in text, f"{path.relative_to(PACKAGE)} defines {literal}"
