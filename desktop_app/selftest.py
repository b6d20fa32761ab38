"""``--self-test``: prove an installation works, from source or frozen, without a display.

Loads every bundled resource, exports the demo collection to a temporary CSV and reads it back,
draws one sticker and decodes it,
checks the keyring backend for this OS imports, and builds the main window when the GUI is present.
Prints ``self-test ok`` and returns 0, or prints each failing check and returns 1. Nothing is
written outside a temporary folder: settings and secrets are redirected for the run.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import inspect
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

OK_LINE = "self-test ok"
_URL = re.compile(r"^https://www\.discogs\.com/release/\d+$")
_IMAGE_SUFFIXES = {".png", ".ico", ".jpg", ".jpeg", ".gif"}
_PLATFORM_KEYRING = {
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
}


class CheckFailed(Exception):
    """A self-test check found something wrong; the message says what."""


def _qt_app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "discogs-qr", "--self-test"])
        _keep.append(app)
    return app


_keep: list[Any] = []


def check_version() -> str:
    import desktop_app

    if desktop_app.__version__ == "0+unknown":
        raise CheckFailed("the package metadata is missing: no version")
    return desktop_app.__version__


def check_qt() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    app = _qt_app()
    if not isinstance(app, QGuiApplication):
        raise CheckFailed("a non-GUI QCoreApplication is already running")
    return f"PySide6 {pyside_version}, platform {QGuiApplication.platformName()}"


def _check_svg(path: Path) -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtSvg import QSvgRenderer

    if not QSvgRenderer(str(path)).isValid():
        raise CheckFailed(f"{path.name} is not a valid SVG image")
    if QIcon(str(path)).pixmap(64, 64).isNull():
        raise CheckFailed(f"{path.name} does not render as an icon (SVG icon engine missing?)")


def _check_image(path: Path) -> None:
    from PySide6.QtGui import QImage

    if QImage(str(path)).isNull():
        raise CheckFailed(f"{path.name} is not a readable image")


def _check_file(path: Path, rel: str) -> None:
    suffix = path.suffix.lower()
    try:
        if suffix == ".svg":
            _check_svg(path)
        elif suffix in _IMAGE_SUFFIXES:
            _check_image(path)
        elif suffix == ".json":
            json.loads(path.read_text("utf-8"))
        elif suffix == ".csv":
            from .core.csvio import read_csv

            if not read_csv(path):
                raise CheckFailed("the file is empty")
        elif suffix == ".desktop":
            if "[Desktop Entry]" not in path.read_text("utf-8"):
                raise CheckFailed("no [Desktop Entry] group")
        else:
            path.read_bytes()
    except CheckFailed as exc:
        raise CheckFailed(f"{rel}: {exc}") from exc
    except (OSError, ValueError) as exc:
        raise CheckFailed(f"{rel}: {exc}") from exc


def check_resources() -> str:
    from .resources import resources_root

    _qt_app()
    root = resources_root()
    if not root.is_dir():
        raise CheckFailed(f"the resources folder is missing: {root}")
    for required in ("icons/app.svg", "demo/collection.json"):
        if not (root / required).is_file():
            raise CheckFailed(f"{required} is missing from {root}")
    count = 0
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in {".py", ".pyc"}:
            continue
        _check_file(path, path.relative_to(root).as_posix())
        count += 1
    return f"{count} files in {root}"


def check_keyring() -> str:
    import keyring

    name = _PLATFORM_KEYRING.get(sys.platform, "keyring.backends.SecretService")
    try:
        importlib.import_module(name)
    except ImportError as exc:
        raise CheckFailed(f"{name} cannot be imported: {exc}") from exc
    backend = keyring.get_keyring()
    return f"{name} importable; active backend {type(backend).__name__}"


def check_demo_export() -> str:
    from .core.csvio import read_csv, write_csv
    from .core.errors import AppError
    from .core.qrfactory import COLUMN_INDEX, COLUMNS, build_rows
    from .resources import resource_path
    from .services.source import ALL_FOLDER_ID, DemoSource

    demo_file = resource_path("demo", "collection.json")
    try:
        source = DemoSource(demo_file)
        raw_count = len(json.loads(demo_file.read_text("utf-8")).get("releases") or [])
        folders = source.folders()
        instances, skipped = [], 0
        for page in source.iter_pages(ALL_FOLDER_ID):
            instances.extend(page.instances)
            skipped += page.skipped
        note_fields = source.note_fields()
    except (AppError, OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise CheckFailed(f"the demo collection could not be loaded: {exc}") from exc
    if not instances:
        raise CheckFailed("the demo collection holds no releases")
    if skipped:
        raise CheckFailed(f"{skipped} of {raw_count} demo releases could not be read")
    if len(instances) != raw_count:
        raise CheckFailed(f"{raw_count} demo releases but {len(instances)} read")
    by_folder = sum(f.count for f in folders if f.id != ALL_FOLDER_ID)
    if by_folder > raw_count:
        raise CheckFailed(f"folder counts add up to {by_folder}, more than {raw_count}")

    rows = build_rows(
        instances,
        folder_names={f.id: f.name for f in folders},
        note_fields=note_fields,
    )
    with tempfile.TemporaryDirectory(prefix="discogs-qr-selftest-") as tmp:
        target = Path(tmp) / "demo-export.csv"
        write_csv(target, rows)
        table = read_csv(target)
    if not table or tuple(table[0]) != COLUMNS:
        raise CheckFailed("the exported header is not the QR Factory 3 header")
    body = table[1:]
    if len(body) != len(instances):
        raise CheckFailed(f"{len(body)} rows read back, {len(instances)} expected")
    content, file_name = COLUMN_INDEX["Content"], COLUMN_INDEX["FileName"]
    for number, row in enumerate(body, start=2):
        if len(row) != len(COLUMNS):
            raise CheckFailed(f"line {number} has {len(row)} fields, not {len(COLUMNS)}")
        if not _URL.match(row[content]):
            raise CheckFailed(f"line {number}: Content {row[content]!r} is not a release URL")
    names = [row[file_name].casefold() for row in body]
    if len(set(names)) != len(names):
        raise CheckFailed("the exported FileNames are not unique")
    return f"{len(body)} rows from {len(folders)} folders"


@contextlib.contextmanager
def _memory_keyring() -> Iterator[None]:
    """Keep the GUI away from the real keyring while the window is built."""
    import keyring
    import keyring.backend
    import keyring.errors

    class _Memory(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.values: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self.values.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError(username)

    previous = keyring.get_keyring()
    keyring.set_keyring(_Memory())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def check_gui() -> str:
    name = "desktop_app.gui.main_window"
    try:
        found = importlib.util.find_spec(name)
    except ImportError:
        found = None
    if found is None:
        return "no main window module (skipped)"
    app = _qt_app()
    module = importlib.import_module(name)
    importlib.import_module("desktop_app.gui.single_instance")  # QtNetwork is in the bundle
    window_class = getattr(module, "MainWindow", None)
    if window_class is None:
        return "main window module imports (no MainWindow class)"
    required = [
        p
        for p in inspect.signature(window_class).parameters.values()
        if p.default is inspect.Parameter.empty
        and p.kind in (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    ]
    if required:
        return f"MainWindow imports (needs {', '.join(p.name for p in required)}; not built)"
    with _memory_keyring():
        window = window_class()
        app.processEvents()
        title = window.windowTitle()
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"MainWindow built ({title!r})"


def check_sticker() -> str:
    """Draw one sticker (segno code, bundled icon, caption) to a PDF and decode it (zxing-cpp)."""
    import segno
    import zxingcpp

    from .core.qrfactory import COLUMN_INDEX, COLUMNS, DEFAULTS
    from .stickers.check import StickerChecker, code_side
    from .stickers.painter import StickerPainter
    from .stickers.qr import CodeStyle, spec_from_row

    _qt_app()
    row = [DEFAULTS[c] for c in COLUMNS]
    row[COLUMN_INDEX["Content"]] = "https://www.discogs.com/release/249504"
    row[COLUMN_INDEX["BottomText"]] = "Self-test – 自己診断 – اختبار\nDiscogs QR Export"
    spec = spec_from_row(row)
    checker = StickerChecker(StickerPainter(code=CodeStyle(icon=True)))  # the icon drawn too
    if checker.painter.icon(spec.icon_path) is None:
        raise CheckFailed("the bundled record icon cannot be loaded")
    problem = checker.problem(spec, code_side(35.0, 35.0, True, spec))
    if problem:
        raise CheckFailed(f"the test sticker does not scan: {problem}")
    from .stickers.layouts import PRESETS
    from .stickers.sheet import SheetOptions, write_pdf

    with tempfile.TemporaryDirectory(prefix="discogs-qr-selftest-") as tmp:
        target = Path(tmp) / "sticker.pdf"
        write_pdf(target, [row], SheetOptions(PRESETS["L7120-25"]))
        if not target.read_bytes().startswith(b"%PDF"):
            raise CheckFailed("the sticker PDF was not written")
    zxing = getattr(zxingcpp, "__version__", "") or "loaded"
    return f"drawn and decoded (segno {segno.__version__}, zxing-cpp {zxing})"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("version", check_version),
    ("qt", check_qt),
    ("resources", check_resources),
    ("keyring", check_keyring),
    ("demo export", check_demo_export),
    ("sticker", check_sticker),
    ("gui", check_gui),
)


@contextlib.contextmanager
def _scratch_home() -> Iterator[None]:
    """Point settings, cache and data at a temporary folder for the run."""
    from .store.paths import HOME_ENV

    previous = os.environ.get(HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="discogs-qr-selftest-home-") as tmp:
        os.environ[HOME_ENV] = tmp
        try:
            yield
        finally:
            if previous is None:
                os.environ.pop(HOME_ENV, None)
            else:
                os.environ[HOME_ENV] = previous


def main() -> int:
    """Run every check; print ``self-test ok`` and return 0, or the failures and return 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    failures = 0
    with _scratch_home():
        for name, check in CHECKS:
            try:
                detail = check()
            except CheckFailed as exc:
                failures += 1
                print(f"self-test FAILED: {name}: {exc}", file=sys.stderr, flush=True)
            except Exception as exc:
                failures += 1
                print(
                    f"self-test FAILED: {name}: {type(exc).__name__}: {exc}",
                    file=sys.stderr,
                    flush=True,
                )
            else:
                print(f"  ok  {name}: {detail}", flush=True)
    elapsed = time.perf_counter() - started
    if failures:
        print(f"self-test failed: {failures} check(s) in {elapsed:.2f} s", file=sys.stderr)
        return 1
    print(f"  all checks passed in {elapsed:.2f} s")
    print(OK_LINE, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
