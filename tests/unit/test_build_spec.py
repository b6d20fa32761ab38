"""The packaging helpers: metadata from pyproject, generated icons and version files, pruning."""

from __future__ import annotations

import ast
import importlib.util
import struct
import sys
import tarfile
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


buildlib = _load("buildlib", ROOT / "build_specs" / "buildlib.py")
build_script = _load("discogs_qr_build_script", ROOT / "build_specs" / "build.py")

SPEC = ROOT / "build_specs" / "discogs_qr.spec"


def _png_size(blob: bytes) -> tuple[int, int]:
    assert blob[:8] == buildlib.PNG_MAGIC
    assert blob[12:16] == b"IHDR"
    return struct.unpack(">II", blob[16:24])


def test_metadata_comes_from_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    meta = buildlib.read_metadata()
    assert meta.dist_name == project["name"]
    assert meta.version == project["version"]
    assert project["scripts"][meta.console_exe] == buildlib.ENTRY_MODULE
    assert meta.display_name == "Discogs QR Export"
    assert meta.gui_exe == "DiscogsQRExport"
    assert meta.bundle_id.endswith(".DiscogsQRExport")


def test_metadata_follows_an_edited_pyproject(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "vinyl-tool"\nversion = "2.10.3rc1"\n'
        'authors = [{ name = "Ann" }]\nlicense = "MIT"\n'
        '[project.scripts]\nvt = "desktop_app.__main__:main"\nother = "x:y"\n'
        '[tool.vinyl-tool.bundle]\nbundle-identifier = "com.example.vinyl"\n',
        "utf-8",
    )
    meta = buildlib.read_metadata(pyproject)
    assert (meta.display_name, meta.gui_exe, meta.console_exe) == ("Vinyl Tool", "VinylTool", "vt")
    assert meta.bundle_id == "com.example.vinyl"
    assert meta.version_tuple == (2, 10, 3, 0)
    plist = buildlib.info_plist(meta)
    assert plist["CFBundleShortVersionString"] == "2.10.3rc1"
    assert plist["CFBundleIdentifier"] == "com.example.vinyl"
    assert plist["NSHighResolutionCapable"] is True
    assert plist["NSRequiresAquaSystemAppearance"] is False
    assert plist["LSMinimumSystemVersion"]


def test_windows_version_file_is_a_version_resource(tmp_path: Path) -> None:
    meta = buildlib.read_metadata()
    written = buildlib.write_version_files(meta, tmp_path)
    assert set(written) == {meta.gui_exe, meta.console_exe}
    text = written[meta.console_exe].read_text("utf-8")
    call = ast.parse(text, mode="eval").body
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    ffi = next(k.value for k in call.keywords if k.arg == "ffi")
    filevers = next(k.value for k in ffi.keywords if k.arg == "filevers")  # type: ignore[attr-defined]
    assert ast.literal_eval(filevers) == meta.version_tuple
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(call)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"
    }
    assert strings["OriginalFilename"] == f"{meta.console_exe}.exe"
    assert strings["ProductVersion"] == meta.version
    assert strings["ProductName"] == meta.display_name


def test_spec_hard_codes_no_name_or_version() -> None:
    text = SPEC.read_text("utf-8")
    meta = buildlib.read_metadata()
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert "buildlib.read_metadata(" in code
    for literal in (meta.version, meta.gui_exe, meta.bundle_id, meta.display_name):
        assert literal not in code
    ast.parse(text)  # the spec is plain Python
    for name in ("Analysis(", "PYZ(", "COLLECT(", "BUNDLE("):
        assert name in code
    assert code.count("EXE(") == 2  # windowed + console, one folder


# The icon renderer makes a QGuiApplication when none is running, and a process can hold only
# one: asking for pytest-qt's QApplication first keeps later widget tests (the self-test builds
# the main window) from aborting on a non-widget application.
def test_generated_icons_have_valid_headers(tmp_path: Path, qapp: object) -> None:
    written = buildlib.generate_icons(ROOT / "resources" / "icons" / "app.svg", tmp_path)
    assert _png_size(written["png"].read_bytes()) == (512, 512)

    ico = written["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(buildlib.ICO_SIZES))
    for i, size in enumerate(buildlib.ICO_SIZES):
        w, h, _c, _r, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert (w, h) == ((0, 0) if size == 256 else (size, size))
        assert (planes, bits) == (1, 32)
        assert _png_size(ico[offset : offset + length]) == (size, size)
        assert offset + length <= len(ico)

    icns = written["icns"].read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    seen, pos = {}, 8
    while pos < len(icns):
        code, length = icns[pos : pos + 4], struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        assert length > 8
        seen[code] = _png_size(icns[pos + 8 : pos + length])
        pos += length
    assert pos == len(icns)
    assert seen == {code: (size, size) for code, size in buildlib.ICNS_TYPES}


def test_an_invalid_svg_is_refused(tmp_path: Path, qapp: object) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text("<svg", "utf-8")
    with pytest.raises(ValueError, match="not a valid SVG"):
        buildlib.generate_icons(bad, tmp_path / "out")


@pytest.mark.parametrize(
    ("dest", "keep"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("PySide6/Qt/translations/qtbase_pl.qm", False),
        ("resources/translations/discogs_qr_de.qm", True),
        ("resources/translations/discogs_qr_de.ts", False),
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("resources/demo/collection.json", True),
    ],
)
def test_keep_toc_entry(dest: str, keep: bool) -> None:
    assert buildlib.keep_toc_entry(dest) is keep


def test_the_bundle_carries_qts_own_words_for_every_language() -> None:
    found = {Path(path).name for path, folder in buildlib.qt_translations()}
    assert found == {f"qtbase_{language}.qm" for language in buildlib.LANGUAGES}
    from desktop_app.gui.i18n import TRANSLATED

    assert buildlib.LANGUAGES == TRANSLATED


def test_prune_drops_what_only_dropped_plugins_need() -> None:
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/s/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libX11.so.6", "/usr/lib/libX11.so.6", "BINARY"),
        ("libffi.so.8", "/usr/lib/libffi.so.8", "BINARY"),  # ctypes-loaded: nobody links it
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    needs = {
        "/s/libqxcb.so": {"libQt6XcbQpa.so.6", "libQt6Core.so.6", "libX11.so.6"},
        "/s/libqgtk3.so": {"libcairo.so.2", "libX11.so.6", "libQt6Core.so.6"},
        "/s/QtCore.abi3.so": {"libQt6Core.so.6"},
    }
    result = buildlib.prune_binaries(toc, lambda src: needs.get(src, set()))
    names = {dest for dest, _src, _kind in result}
    assert names == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/QtCore.abi3.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libX11.so.6",
        "libffi.so.8",
        "libQt6Core.so.6",
    }


def test_prune_leaves_cups_and_what_only_it_needs_to_the_system() -> None:
    toc = [
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "/s/cps.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", "/s/libQt6PrintSupport.so.6", "BINARY"),
        ("PySide6/QtPrintSupport.abi3.so", "/s/QtPrintSupport.abi3.so", "EXTENSION"),
        ("libcups.so.2", "/usr/lib/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/usr/lib/libgnutls.so.30", "BINARY"),
        ("libz.so.1", "/usr/lib/libz.so.1", "BINARY"),
    ]
    needs = {  # ldd-style: transitive
        "/s/cps.so": {"libQt6PrintSupport.so.6", "libcups.so.2", "libgnutls.so.30", "libz.so.1"},
        "/usr/lib/libcups.so.2": {"libgnutls.so.30", "libz.so.1"},
        "/s/QtPrintSupport.abi3.so": {"libQt6PrintSupport.so.6", "libz.so.1"},
    }
    result = buildlib.prune_binaries(toc, lambda src: needs.get(src, set()))
    names = {dest.rsplit("/", 1)[-1] for dest, _src, _kind in result}
    assert names == {
        "libcupsprintersupport.so",
        "libQt6PrintSupport.so.6",
        "QtPrintSupport.abi3.so",
        "libz.so.1",  # still needed by something else
    }
    assert "PySide6.QtPrintSupport" not in buildlib.excludes("linux")  # Print… needs it


def test_excludes_keep_the_qt_modules_the_app_uses() -> None:
    for platform in ("linux", "win32", "darwin"):
        excluded = set(buildlib.excludes(platform))
        assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"} & (
            excluded
        )
        assert {"PySide6.QtWebEngineCore", "PySide6.QtQml"} <= excluded
        assert "PySide6.QtNetwork" not in excluded  # QLocalServer: one window per profile
    assert "cryptography" not in buildlib.excludes("linux")  # Secret Service needs it
    assert "cryptography" in buildlib.excludes("win32")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tar.gz is the Linux archive")
def test_linux_archive_holds_the_bundle_folder(tmp_path: Path) -> None:
    bundle = tmp_path / "DiscogsQRExport"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "discogs-qr").write_text("#!/bin/sh\n", "utf-8")
    (bundle / "_internal" / "data.txt").write_text("x", "utf-8")
    archive = build_script.make_archive(buildlib.read_metadata(), bundle, tmp_path)
    assert archive.name.endswith(f"-{buildlib.platform_tag()}.tar.gz")
    with tarfile.open(archive) as tar:
        members = set(tar.getnames())
    assert {"DiscogsQRExport/discogs-qr", "DiscogsQRExport/_internal/data.txt"} <= members
    assert build_script.folder_size(bundle) == len("#!/bin/sh\n") + 1


def test_desktop_file_names_the_windowed_executable() -> None:
    meta = buildlib.read_metadata()
    text = (ROOT / "resources" / "linux" / f"{meta.dist_name}.desktop").read_text("utf-8")
    lines = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    assert text.startswith("[Desktop Entry]")
    assert lines["Name"] == meta.display_name
    assert lines["Exec"].split()[0] == meta.gui_exe
    assert lines["Type"] == "Application"


def test_the_build_writes_the_consumer_key_module_only_when_given(tmp_path: Path) -> None:
    target = tmp_path / "_builtin_consumer.py"
    env = {buildlib.CONSUMER_KEY_BUILD_ENV: "k'ey", buildlib.CONSUMER_SECRET_BUILD_ENV: "s"}
    assert buildlib.write_builtin_consumer(env, target) == target
    namespace: dict[str, object] = {}
    exec(target.read_text("utf-8"), namespace)
    assert (namespace["CONSUMER_KEY"], namespace["CONSUMER_SECRET"]) == ("k'ey", "s")
    assert buildlib.write_builtin_consumer({}, target) is None
    assert not target.exists()  # a stale key never reaches a build without one


def test_the_generated_consumer_module_is_never_committed() -> None:
    ignored = (ROOT / ".gitignore").read_text("utf-8").splitlines()
    relative = buildlib.BUILTIN_CONSUMER_FILE.relative_to(ROOT).as_posix()
    assert relative in ignored
    from desktop_app.discogs import config

    assert relative.removesuffix(".py").replace("/", ".") == config.BUILTIN_CONSUMER_MODULE
