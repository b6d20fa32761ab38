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


# ---- no import circles ---------------------------------------------------------------------


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imported_modules(name: str) -> set[str]:
    """Every desktop_app module that module ``name`` imports, wherever the import stands
    (under ``TYPE_CHECKING``, inside a function): a circle of any of them is a circle."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return {m for m in found if m in MODULES and m != name}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_one_that_imports_it_back() -> None:
    graph = {name: imported_modules(name) for name in MODULES}
    assert circles(graph) == []


def test_the_circle_finder_sees_a_circle_under_type_checking() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    probe = "desktop_app.gui.collection.release_table"
    assert "desktop_app.gui.collection.frozen_checks" in imported_modules(probe)
