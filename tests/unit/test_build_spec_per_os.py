"""The PyInstaller spec evaluated for Windows, macOS and Linux, with PyInstaller's classes faked.

The real Windows and macOS builds run only on GitHub; here each OS branch of the spec (icons,
version resources, data files, hidden imports, excludes, the ``.app`` bundle and the executable
names) is executed as that OS would execute it, and the results are checked.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from tests.unit.test_build_spec import ROOT, SPEC, build_script, buildlib

META = buildlib.read_metadata()
APP = f"{META.display_name}.app"


class Recorded:
    """Any of PyInstaller's build targets: remembers how it was called."""

    made: list[Recorded] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.kind = type(self).__name__
        self.args = args
        self.kwargs = kwargs
        Recorded.made.append(self)


class Analysis(Recorded):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.binaries: list[tuple[str, str, str]] = [
            ("libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")
        ]
        self.datas = [(d, s, "DATA") for s, d in kwargs["datas"]]
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


class PYZ(Recorded): ...


class EXE(Recorded): ...


class COLLECT(Recorded): ...


class BUNDLE(Recorded): ...


def evaluate_spec(platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Any]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [f"{package}.<all>"]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda dist: [(f"/site/{dist}.dist-info", f"{dist}.dist-info")]  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda path: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    inputs = {
        "icon_ico": tmp_path / "app.ico",
        "icon_icns": tmp_path / "app.icns",
        f"version_{META.gui_exe}": tmp_path / "gui-version.txt",
        f"version_{META.console_exe}": tmp_path / "cli-version.txt",
    }
    monkeypatch.setattr(buildlib, "prepare_inputs", lambda meta, build_dir=None: inputs)
    monkeypatch.setitem(sys.modules, "buildlib", buildlib)
    monkeypatch.setattr(sys, "platform", platform)
    Recorded.made = []
    namespace = {
        "SPECPATH": str(ROOT / "build_specs"),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
        "BUNDLE": BUNDLE,
        "__name__": "__spec__",
    }
    exec(compile(SPEC.read_text("utf-8"), str(SPEC), "exec"), namespace)
    monkeypatch.undo()
    return Recorded.made


def made(records: list[Any], kind: str) -> list[Any]:
    return [r for r in records if r.kind == kind]


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_every_os_gets_the_same_inputs(
    platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    records = evaluate_spec(platform, monkeypatch, tmp_path)
    (analysis,) = made(records, "Analysis")
    hidden = analysis.kwargs["hiddenimports"]
    assert {"desktop_app.<all>", "keyring.backends.<all>", "PySide6.QtSvg"} <= set(hidden)
    data_dests = {dest for _, dest in analysis.kwargs["datas"]}
    resources = {f"resources/{p.name}" for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert data_dests >= resources - {"resources/screenshots"}
    assert "resources/screenshots" not in data_dests
    assert {f"{META.dist_name}.dist-info", "keyring.dist-info"} <= data_dests
    assert analysis.kwargs["excludes"] == buildlib.excludes(platform)
    exes = made(records, "EXE")
    gui = exes[0]
    assert (gui.kwargs["name"], gui.kwargs["console"]) == (META.gui_exe, False)
    if platform == "win32":  # a console executable of its own; elsewhere a link (build.py)
        cli = exes[1]
        assert (cli.kwargs["name"], cli.kwargs["console"]) == (META.console_exe, True)
    else:
        assert len(exes) == 1
    (collect,) = made(records, "COLLECT")
    assert collect.args[: len(exes)] == tuple(exes)  # the windowed one first: a .app launches it
    assert collect.kwargs["name"] == META.gui_exe


def test_windows_branch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    records = evaluate_spec("win32", monkeypatch, tmp_path)
    gui, cli = made(records, "EXE")
    assert gui.kwargs["icon"].endswith(".ico") and cli.kwargs["icon"].endswith(".ico")
    assert gui.kwargs["version"].endswith("gui-version.txt")
    assert cli.kwargs["version"].endswith("cli-version.txt")
    assert gui.kwargs["strip"] is False
    assert made(records, "BUNDLE") == []
    assert "secretstorage" in made(records, "Analysis")[0].kwargs["excludes"]


def test_macos_branch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    records = evaluate_spec("darwin", monkeypatch, tmp_path)
    (gui,) = made(records, "EXE")
    assert gui.kwargs["icon"].endswith(".icns") and gui.kwargs["version"] is None
    (bundle,) = made(records, "BUNDLE")
    assert bundle.kwargs["name"] == f"{META.display_name}.app"
    assert bundle.kwargs["icon"].endswith(".icns")
    assert bundle.kwargs["bundle_identifier"] == META.bundle_id
    assert bundle.kwargs["version"] == META.version
    assert bundle.kwargs["info_plist"] == buildlib.info_plist(META)
    assert "jeepney" in made(records, "Analysis")[0].kwargs["excludes"]


def test_linux_branch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    records = evaluate_spec("linux", monkeypatch, tmp_path)
    (gui,) = made(records, "EXE")
    assert gui.kwargs["icon"] is None and gui.kwargs["version"] is None
    assert gui.kwargs["strip"] is True and made(records, "COLLECT")[0].kwargs["strip"] is True
    assert made(records, "BUNDLE") == []
    assert "cryptography" not in made(records, "Analysis")[0].kwargs["excludes"]


@pytest.mark.parametrize(
    ("platform", "bundle", "console"),
    [
        ("win32", META.gui_exe, f"{META.gui_exe}/{META.console_exe}.exe"),
        ("darwin", f"{APP}", f"{APP}/Contents/MacOS/{META.console_exe}"),
        ("linux", META.gui_exe, f"{META.gui_exe}/{META.console_exe}"),
    ],
)  # fmt: skip
def test_bundle_paths_per_os(
    platform: str, bundle: str, console: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    folder, exe = build_script.bundle_paths(META, tmp_path)
    assert folder == tmp_path / bundle and exe == tmp_path / console


def test_outside_windows_the_console_name_links_to_the_app(tmp_path: Path) -> None:
    import build  # build_specs/build.py

    folder = tmp_path / META.gui_exe
    folder.mkdir()
    (folder / META.gui_exe).write_bytes(b"\x7fELF app")
    console = folder / META.console_exe
    console.write_bytes(b"old copy")
    build.link_console_exe(console, META.gui_exe)
    if sys.platform == "win32":
        assert not console.is_symlink()
    else:
        assert console.is_symlink() and console.resolve() == (folder / META.gui_exe).resolve()
