"""Build the double-click app for the current OS into ``dist/`` and archive it.

    python build_specs/build.py                # icons + version files, PyInstaller, archive
    python build_specs/build.py --self-test    # …then run the frozen console exe's --self-test
    python build_specs/build.py --icons-only   # just write build/icons (and version files)
    python build_specs/build.py --no-build --gui-smoke   # Linux: time the window under Xvfb

With DISCOGS_QR_BUILD_CONSUMER_KEY and DISCOGS_QR_BUILD_CONSUMER_SECRET set, the bundle carries
the Discogs application's consumer key (a generated module, never committed), so users sign in
with one click; without them the app leads with the personal-token sign-in.

Archives: .zip on Windows, .tar.gz on Linux, .dmg on macOS (hdiutil) or .zip without it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import buildlib

ROOT = buildlib.ROOT
SPEC = ROOT / "build_specs" / "discogs_qr.spec"


def folder_size(path: Path) -> int:
    """Bytes in all regular files under ``path`` (symlinks not followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            full = Path(dirpath) / name
            if not full.is_symlink():
                total += full.stat().st_size
    return total


def bundle_paths(meta: buildlib.AppMeta, dist: Path) -> tuple[Path, Path]:
    """(what is archived, the console executable inside it) for this OS."""
    if sys.platform == "darwin":
        app = dist / f"{meta.display_name}.app"
        return app, app / "Contents" / "MacOS" / meta.console_exe
    folder = dist / meta.gui_exe
    exe = meta.console_exe + (".exe" if sys.platform == "win32" else "")
    return folder, folder / exe


def link_console_exe(console_exe: Path, gui_exe: str) -> None:
    """Outside Windows the app's one executable also runs the CLI: the console name links to it
    (in the same folder), so the bundle carries one copy of the code."""
    if sys.platform == "win32" or not console_exe.parent.is_dir():
        return
    if console_exe.is_symlink() or console_exe.exists():
        console_exe.unlink()
    console_exe.symlink_to(gui_exe)


def run_pyinstaller(dist: Path, work: Path) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)


def make_archive(meta: buildlib.AppMeta, bundle: Path, dist: Path) -> Path:
    """Pack the bundle next to it; returns the archive path."""
    stem = f"{meta.gui_exe}-{meta.version}-{buildlib.platform_tag()}"
    if sys.platform == "darwin" and shutil.which("hdiutil"):
        target = dist / f"{stem}.dmg"
        target.unlink(missing_ok=True)
        subprocess.run(
            [
                "hdiutil",
                "create",
                "-volname",
                meta.display_name,
                "-srcfolder",
                str(bundle),
                "-ov",
                "-format",
                "UDZO",
                str(target),
            ],
            check=True,
        )
        return target
    if sys.platform.startswith("linux"):
        target = dist / f"{stem}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=bundle.name)
        return target
    target = dist / f"{stem}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(bundle.rglob("*")):
            arcname = Path(bundle.name) / path.relative_to(bundle)
            if path.is_symlink():
                info = zipfile.ZipInfo(str(arcname))
                info.external_attr = 0o120777 << 16  # keep macOS framework symlinks
                zf.writestr(info, os.readlink(path))
            elif path.is_file():
                zf.write(path, arcname)
    return target


def run_self_test(console_exe: Path, timeout: float = 120.0) -> int:
    """Run the frozen console executable's ``--self-test`` headless; its exit code."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    print("+", console_exe, "--self-test", flush=True)
    started = time.perf_counter()
    proc = subprocess.run(
        [str(console_exe), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    print(f"self-test exit {proc.returncode} in {time.perf_counter() - started:.2f} s")
    if proc.returncode == 0 and "self-test ok" not in proc.stdout:
        print("self-test exited 0 without printing 'self-test ok'", file=sys.stderr)
        return 1
    return proc.returncode


def _free_display() -> int:
    for number in range(97, 140):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


def _viewable_window(display: str, title: str) -> bool:
    """True when a window whose name holds ``title`` is mapped and viewable."""
    env = {**os.environ, "DISPLAY": display}
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=False
    ).stdout
    for line in tree.splitlines():
        if title in line and line.strip().startswith("0x"):
            wid = line.split()[0]
            info = subprocess.run(
                ["xwininfo", "-id", wid], env=env, capture_output=True, text=True, check=False
            ).stdout
            if "IsViewable" in info:
                return True
    return False


def gui_smoke(
    gui_exe: Path, title: str, *, screenshot: Path | None = None, timeout: float = 30.0
) -> float:
    """Launch the windowed app with ``--demo`` under Xvfb; seconds until its window is viewable.

    Linux only; needs ``Xvfb`` and ``xwininfo`` (x11-utils); ``import`` (ImageMagick) for the
    optional screenshot. Settings go to a temporary folder.
    """
    for tool in ("Xvfb", "xwininfo"):
        if not shutil.which(tool):
            raise RuntimeError(f"{tool} is not installed")
    number = _free_display()
    display = f":{number}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    app = None
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or xvfb.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        with tempfile.TemporaryDirectory(prefix="discogs-qr-smoke-") as home:
            env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
            env.update({"DISPLAY": display, "DISCOGS_QR_HOME": home})
            started = time.perf_counter()
            app = subprocess.Popen([str(gui_exe), "--demo"], env=env)
            while not _viewable_window(display, title):
                if app.poll() is not None:
                    raise RuntimeError(f"the app exited with {app.returncode} before its window")
                if time.perf_counter() - started > timeout:
                    raise RuntimeError(f"no window titled {title!r} after {timeout:.0f} s")
                time.sleep(0.05)
            elapsed = time.perf_counter() - started
            if screenshot is not None:
                time.sleep(1.5)  # let the demo collection fill the table
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run(
                    ["import", "-display", display, "-window", "root", str(screenshot)],
                    check=True,
                )
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
            return elapsed
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.wait()
        xvfb.terminate()
        try:
            xvfb.wait(10)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--self-test", action="store_true", help="run the frozen self-test")
    parser.add_argument("--no-archive", action="store_true", help="skip the archive step")
    parser.add_argument("--icons-only", action="store_true", help="only generate build inputs")
    parser.add_argument("--no-build", action="store_true", help="reuse the bundle in --dist")
    parser.add_argument(
        "--gui-smoke",
        action="store_true",
        help="Linux: open the windowed app on the demo under Xvfb and time its first window",
    )
    parser.add_argument("--screenshot", type=Path, help="with --gui-smoke: save a PNG here")
    parser.add_argument(
        "--unpinned",
        action="store_true",
        help="build even when installed versions differ from constraints.txt",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)

    meta = buildlib.read_metadata()
    inputs = buildlib.prepare_inputs(meta, ROOT / "build")
    if args.icons_only:
        for name, path in inputs.items():
            print(f"{name}: {path}")
        return 0

    bundle, console_exe = bundle_paths(meta, args.dist)
    if not args.no_build and not args.unpinned:
        import check_constraints

        drift = check_constraints.mismatches(
            check_constraints.parse(check_constraints.CONSTRAINTS.read_text("utf-8"))
        )
        if drift:  # the shipped app is built from the tested versions only
            print("\n".join(["not the pinned versions:", *drift]), file=sys.stderr)
            print('install with: pip install -c constraints.txt -e ".[dev]"', file=sys.stderr)
            return 1
    if not args.no_build:
        started = time.perf_counter()
        consumer = buildlib.write_builtin_consumer()
        print(
            "Discogs application key: "
            + ("built in" if consumer else f"none ({buildlib.CONSUMER_KEY_BUILD_ENV} not set)")
        )
        try:
            run_pyinstaller(args.dist, args.work)
        finally:
            if consumer is not None:
                consumer.unlink(missing_ok=True)
        link_console_exe(console_exe, meta.gui_exe)
        print(f"built {bundle} in {time.perf_counter() - started:.0f} s")
    if not bundle.exists():
        print(f"no bundle at {bundle}", file=sys.stderr)
        return 1
    size = folder_size(bundle)
    print(f"bundle size: {size / 1e6:.1f} MB ({size} bytes)")

    if not args.no_archive:
        archive = make_archive(meta, bundle, args.dist)
        print(f"archive: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")

    status = 0
    if args.self_test:
        status = run_self_test(console_exe) or status
    if args.gui_smoke:
        try:
            seconds = gui_smoke(
                bundle / meta.gui_exe, meta.display_name, screenshot=args.screenshot
            )
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            print(f"gui smoke failed: {exc}", file=sys.stderr)
            status = 1
        else:
            print(f"gui smoke: window viewable {seconds:.2f} s after launch (cold start)")
    return status


if __name__ == "__main__":
    sys.exit(main())
