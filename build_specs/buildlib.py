"""Helpers shared by ``build.py`` and ``discogs_qr.spec``: metadata, icons, version files, filters.

Everything the bundle is named after comes from ``pyproject.toml``. An optional table
``[tool.discogs-qr-export.bundle]`` may override ``display-name``, ``bundle-identifier`` and
``gui-executable``; otherwise they are derived from ``[project]``.
"""

from __future__ import annotations

import os
import posixpath
import re
import struct
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
ICON_SVG = ROOT / "resources" / "icons" / "app.svg"
ENTRY_MODULE = "desktop_app.__main__:main"

_ACRONYMS = {"qr", "csv", "ui", "api", "gui", "cli", "id"}

#: PNG sizes rendered from the SVG (every size any of the icon files needs).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: PNG-based icns entries: type code → pixel size.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class AppMeta:
    """Names and version of the packaged app."""

    dist_name: str
    display_name: str
    version: str
    description: str
    bundle_id: str
    gui_exe: str
    console_exe: str
    author: str
    license: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """The leading numbers of the version, padded to four (Windows wants exactly four)."""
        release = re.match(r"\d+(?:\.\d+)*", self.version)
        numbers = [int(n) for n in release.group(0).split(".")[:4]] if release else []
        while len(numbers) < 4:
            numbers.append(0)
        return (numbers[0], numbers[1], numbers[2], numbers[3])


def _display_name(dist_name: str) -> str:
    words = re.split(r"[-_.\s]+", dist_name)
    return " ".join(w.upper() if w.lower() in _ACRONYMS else w.capitalize() for w in words if w)


def read_metadata(pyproject: Path = PYPROJECT) -> AppMeta:
    """Read the app's names and version from ``pyproject.toml``."""
    data = tomllib.loads(Path(pyproject).read_text("utf-8"))
    project = data["project"]
    dist_name = str(project["name"])
    extra = data.get("tool", {}).get(dist_name, {}).get("bundle", {})
    display = str(extra.get("display-name") or _display_name(dist_name))
    gui_exe = str(extra.get("gui-executable") or re.sub(r"[^A-Za-z0-9]", "", display))
    scripts: dict[str, str] = dict(project.get("scripts") or {})
    console = next((k for k, v in scripts.items() if v == ENTRY_MODULE), None)
    console = console or next(iter(scripts), dist_name)
    bundle_id = str(
        extra.get("bundle-identifier") or f"org.{re.sub(r'[^a-z0-9]', '', dist_name)}.{gui_exe}"
    )
    authors = project.get("authors") or []
    author = ", ".join(str(a.get("name", "")) for a in authors if isinstance(a, dict)) or display
    lic = project.get("license", "")
    if isinstance(lic, dict):
        lic = lic.get("text", "") or lic.get("file", "")
    return AppMeta(
        dist_name=dist_name,
        display_name=display,
        version=str(project["version"]),
        description=str(project.get("description", display)),
        bundle_id=bundle_id,
        gui_exe=gui_exe,
        console_exe=console,
        author=author,
        license=str(lic),
    )


# --- icons --------------------------------------------------------------------------------------


def render_pngs(svg: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, bytes]:
    """Render ``svg`` to square PNGs (bytes by size) with Qt, headless."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _keep_alive.append(QGuiApplication(["icon-renderer"]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise RuntimeError(f"could not encode a {size}px PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


_keep_alive: list[object] = []


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (Vista and later read these)."""
    sizes = sorted(s for s in pngs if s <= 256)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size == 256 else size
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG entries (ic07–ic14)."""
    body = b"".join(
        code + struct.pack(">I", len(pngs[size]) + 8) + pngs[size]
        for code, size in ICNS_TYPES
        if size in pngs
    )
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def generate_icons(svg: Path = ICON_SVG, out_dir: Path | None = None) -> dict[str, Path]:
    """Write ``app.png`` (512 px), ``app.ico``, ``app.icns`` and ``app-<size>.png``."""
    out_dir = Path(out_dir or ROOT / "build" / "icons")
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(Path(svg))
    written: dict[str, Path] = {}
    for size, blob in pngs.items():
        path = out_dir / f"app-{size}.png"
        path.write_bytes(blob)
    written["png"] = out_dir / "app.png"
    written["png"].write_bytes(pngs[512])
    written["ico"] = out_dir / "app.ico"
    written["ico"].write_bytes(ico_bytes(pngs))
    written["icns"] = out_dir / "app.icns"
    written["icns"].write_bytes(icns_bytes(pngs))
    return written


# --- Windows version resource -------------------------------------------------------------------


def version_info_text(meta: AppMeta, exe_name: str) -> str:
    """A PyInstaller version-resource file (``EXE(version=...)``) for one executable."""
    vt = meta.version_tuple
    strings = {
        "CompanyName": meta.author,
        "FileDescription": meta.display_name,
        "FileVersion": meta.version,
        "InternalName": exe_name,
        "LegalCopyright": f"{meta.author}. {meta.license} licence.".strip(),
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": meta.display_name,
        "ProductVersion": meta.version,
    }
    items = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated from pyproject.toml by build_specs/buildlib.py
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={vt!r},
    prodvers={vt!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{items}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_files(meta: AppMeta, out_dir: Path) -> dict[str, Path]:
    """One version file per executable, named ``<exe>.version.txt``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for exe in (meta.gui_exe, meta.console_exe):
        path = out_dir / f"{exe}.version.txt"
        path.write_text(version_info_text(meta, exe), "utf-8")
        written[exe] = path
    return written


def info_plist(meta: AppMeta) -> dict[str, object]:
    """Info.plist keys for the macOS bundle (PyInstaller adds the rest)."""
    return {
        "CFBundleName": meta.display_name,
        "CFBundleDisplayName": meta.display_name,
        "CFBundleIdentifier": meta.bundle_id,
        "CFBundleShortVersionString": meta.version,
        "CFBundleVersion": meta.version,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSMinimumSystemVersion": "11.0",
        "LSBackgroundOnly": False,
        "LSApplicationCategoryType": "public.app-category.utilities",
        "NSHumanReadableCopyright": f"{meta.author}. {meta.license} licence.",
    }


def prepare_inputs(meta: AppMeta, build_dir: Path | None = None) -> dict[str, Path]:
    """Generate everything the spec needs that is not committed: icons and version files."""
    build_dir = Path(build_dir or ROOT / "build")
    icons = generate_icons(ICON_SVG, build_dir / "icons")
    versions = write_version_files(meta, build_dir / "version")
    return {
        **{f"icon_{k}": v for k, v in icons.items()},
        **{f"version_{k}": v for k, v in versions.items()},
    }


# --- what goes into the bundle -----------------------------------------------------------------

#: Qt Python modules the app never imports; excluding them keeps their libraries out.
QT_EXCLUDES = tuple(
    f"PySide6.{m}"
    for m in (
        *("Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender"),
        *("QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization"),
        "QtDBus",  # the Python binding only: libQt6DBus stays, Qt itself needs it
        *("QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer"),
        *("QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets"),
        # (QtNetwork stays: QLocalServer keeps one window per profile)
        *("QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets"),
        *("QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D"),
        *("QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml"),
        *("QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql"),
        *("QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel"),
        *("QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtXml"),
    )
)
PY_EXCLUDES = ("tkinter", "_tkinter", "pytest", "hypothesis", "pytestqt", "IPython", "numpy")
#: Only the Linux keyring backend (Secret Service over D-Bus) needs these.
LINUX_ONLY = ("secretstorage", "jeepney", "cryptography")


def excludes(platform: str = sys.platform) -> list[str]:
    """Modules kept out of the bundle on ``platform``."""
    out = list(QT_EXCLUDES) + list(PY_EXCLUDES)
    if not platform.startswith("linux"):
        out += LINUX_ONLY
    return out


#: Qt plugin folders the app needs; every other plugin folder is dropped.
_KEEP_PLUGIN_DIRS = {
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "imageformats",
    "iconengines",
    "printsupport",  # the stickers' Print… (CUPS on Linux)
    "styles",
    "xcbglintegrations",
    "wayland-shell-integration",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "tls",
}
#: Within kept folders, plugins whose name holds one of these are dropped.
_DROP_PLUGIN_WORDS = (
    "webgl",
    "vnc",
    "linuxfb",
    "eglfs",
    "minimal",
    "vkkhrdisplay",
    "qgtk3",  # would load the system GTK 3 next to bundled GLib/Cairo/Pango: drop it
    "qpdf",
    "qtiff",
    "qwebp",
    "qtga",
    "qwbmp",
    "qicns",
    "qjp2",
    "qmng",
)


#: The window's languages besides English (gui/i18n.py): their .qm files and Qt's qtbase_*.qm.
LANGUAGES = ("de", "es", "fr", "it", "ja", "ko", "pt_BR", "ru")


def qt_translations() -> list[tuple[str, str]]:
    """``(file, folder in the bundle)`` of Qt's ``qtbase_<lang>.qm`` for the window's languages."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = [folder / f"qtbase_{language}.qm" for language in LANGUAGES]
    return [(str(path), "PySide6/Qt/translations") for path in found if path.exists()]


def keep_toc_entry(dest: str) -> bool:
    """False for bundled files the app does not need (unused plugins, Qt translations of other
    languages, the .ts sources of the app's own translations)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    lowered = [p.lower() for p in parts]
    if "translations" in lowered and dest.endswith(".ts"):
        return False  # the app loads the .qm built from it
    if "translations" in lowered and dest.endswith(".qm"):
        name = parts[-1][: -len(".qm")]
        if name.startswith("discogs_qr_"):
            return name[len("discogs_qr_") :] in LANGUAGES
        # gui.i18n loads Qt's own strings (buttons, file and print dialogs) from qtbase
        return name.startswith("qtbase_") and name[len("qtbase_") :] in LANGUAGES
    if "plugins" in lowered:
        i = lowered.index("plugins")
        if i + 1 < len(parts) - 1:
            folder = parts[i + 1]
            if folder not in _KEEP_PLUGIN_DIRS:
                return False
            name = parts[-1].lower()
            if any(word in name for word in _DROP_PLUGIN_WORDS):
                return False
    return True


Toc = list[tuple[str, str, str]]


def _is_shared_library(dest: str) -> bool:
    """A library pulled in as a dependency (not a Python extension, plugin or executable)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if ".so" not in path.name or path.name.endswith(".abi3.so") or "cpython" in path.name:
        return False
    return len(path.parts) == 1 or path.parent.as_posix().endswith("Qt/lib")


#: Libraries taken from the user's system, never bundled: CUPS must match the system's print
#: service, and every Linux desktop that prints has it (with its own TLS/Kerberos stack).
SYSTEM_LIBRARIES = frozenset({"libcups.so.2"})


def prune_binaries(binaries: Toc, imports_of: Callable[[str], set[str]] | None = None) -> Toc:
    """Drop unwanted plugins (``keep_toc_entry``) and the libraries only they needed.

    A library is dropped when a dropped plugin needs it and nothing kept does, or when it is a Qt
    library nothing kept links to. ``imports_of(source_path)`` gives the file names a binary
    links to (transitively is fine); by default PyInstaller's ldd-based analysis (Linux only).
    """
    if imports_of is None:
        if not sys.platform.startswith("linux"):
            return [e for e in binaries if keep_toc_entry(e[0])]
        from PyInstaller.depend.bindepend import get_imports

        def imports_of(src: str) -> set[str]:
            return {Path(name).name for name, _full in get_imports(src)}

    links = [e for e in binaries if e[2] == "SYMLINK"]
    files = [e for e in binaries if e[2] != "SYMLINK"]
    system = [e for e in files if PurePosixPath(e[0].replace("\\", "/")).name in SYSTEM_LIBRARIES]
    files = [e for e in files if e not in system]
    dropped = [e for e in files if not keep_toc_entry(e[0])]
    kept = [e for e in files if keep_toc_entry(e[0])]
    by_name = {PurePosixPath(e[0].replace("\\", "/")).name: e for e in kept}
    system_deps: dict[str, set[str]] = {
        PurePosixPath(e[0].replace("\\", "/")).name: imports_of(e[1]) for e in system
    }
    raw_imports = imports_of

    def imports_of(src: str) -> set[str]:  # what a system library brings comes from the system
        names = raw_imports(src)
        for lib, deps in system_deps.items():
            if lib in names:
                names = names - deps - {lib}
        return names

    def closure(entries: Toc) -> set[str]:
        seen: set[str] = set()
        todo = [e[1] for e in entries]
        while todo:
            for name in imports_of(todo.pop()):
                if name not in seen:
                    seen.add(name)
                    if name in by_name:
                        todo.append(by_name[name][1])
        return seen

    roots = [e for e in kept if not _is_shared_library(e[0])]
    needed = closure(roots)
    suspects = (
        closure(dropped)
        | set().union(*system_deps.values())
        | {name for name, e in by_name.items() if "Qt/lib" in e[0].replace("\\", "/")}
    )
    unwanted = {n for n in suspects if n in by_name and n not in needed}
    result = [e for e in kept if PurePosixPath(e[0].replace("\\", "/")).name not in unwanted]
    return result + drop_dangling_links(links, result)


def drop_dangling_links(links: Toc, entries: Toc) -> Toc:
    """The SYMLINK entries (source = target relative to the link) whose target is still bundled."""
    present = {e[0].replace("\\", "/") for e in entries}
    kept = []
    for dest, target, typecode in links:
        parent = PurePosixPath(dest.replace("\\", "/")).parent
        resolved = posixpath.normpath((parent / target.replace("\\", "/")).as_posix())
        if resolved in present:
            kept.append((dest, target, typecode))
    return kept


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64``, ``macos-arm64``…"""
    import platform

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    if system.startswith("linux"):
        system = "linux"
    return f"{system}-{platform.machine().lower() or 'unknown'}"


# ---- the Discogs application's consumer key, given at build time --------------------------------

CONSUMER_KEY_BUILD_ENV = "DISCOGS_QR_BUILD_CONSUMER_KEY"
CONSUMER_SECRET_BUILD_ENV = "DISCOGS_QR_BUILD_CONSUMER_SECRET"
#: Generated for the bundle only; listed in .gitignore and removed after the build.
BUILTIN_CONSUMER_FILE = ROOT / "desktop_app" / "discogs" / "_builtin_consumer.py"


def write_builtin_consumer(
    env: dict[str, str] | None = None, target: Path = BUILTIN_CONSUMER_FILE
) -> Path | None:
    """Write the module that gives a packaged build its consumer key/secret (so users just click
    "Sign in with Discogs"), from the two build environment variables; with them unset, make sure
    no such module is left over. Returns the path written, or None."""
    env = dict(os.environ if env is None else env)
    key = env.get(CONSUMER_KEY_BUILD_ENV, "").strip()
    secret = env.get(CONSUMER_SECRET_BUILD_ENV, "").strip()
    target.unlink(missing_ok=True)
    if not (key and secret):
        return None
    target.write_text(
        '"""Generated by build_specs/build.py for one build; never committed."""\n\n'
        f"CONSUMER_KEY = {key!r}\nCONSUMER_SECRET = {secret!r}\n",
        encoding="utf-8",
    )
    return target
