"""The log file, crash reports, the CLI crash line and redaction (Qt-free)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import __version__, logs
from desktop_app.core.redact import MASK, forget_secrets, redact, register_secret
from desktop_app.store import paths

TOKEN = "tok3nVALUEabcdef"
SECRET = "s3cretVALUExyz987"


@pytest.fixture(autouse=True)
def fresh_logging() -> Iterator[None]:
    logs.shutdown_logging()
    forget_secrets()
    yield
    logs.shutdown_logging()
    forget_secrets()


def test_log_dir_follows_the_home_override(isolated_home: Path) -> None:
    assert logs.log_dir() == isolated_home / "log" == paths.log_dir()
    assert logs.log_dir().is_dir()


def test_warnings_and_errors_go_to_the_rotating_file(isolated_home: Path) -> None:
    path = logs.setup_logging()
    assert path == isolated_home / "log" / logs.LOG_NAME
    logging.getLogger("desktop_app.test").info("an info line")
    logging.getLogger("desktop_app.test").warning("a warning line")
    logging.getLogger("desktop_app.test").error("an error line")
    text = path.read_text("utf-8")
    assert "a warning line" in text and "an error line" in text
    assert "an info line" not in text
    assert any("an info line" in line for line in logs.recent_lines())
    handler = next(
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(path)
    )
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUPS
    assert logs.setup_logging() == path  # a second call adds no second handler
    assert (
        sum(getattr(h, "baseFilename", "") == str(path) for h in logging.getLogger().handlers) == 1
    )


@pytest.mark.parametrize(
    "text",
    [
        f"GET /oauth/identity?token={TOKEN}&x=1",
        f"Authorization: Discogs token={TOKEN}",
        f'Authorization: OAuth oauth_token="{TOKEN}", oauth_signature="{SECRET}"',
        f"oauth_token={TOKEN}&oauth_token_secret={SECRET}",
        f'{{"kind": "oauth", "token": "{TOKEN}", "token_secret": "{SECRET}"}}',
        f"{{'consumer_secret': '{SECRET}'}}",
        f"headers={{'Authorization': 'Discogs token={TOKEN}'}}",
    ],
)
def test_credential_shapes_are_redacted(text: str) -> None:
    out = redact(text)
    assert TOKEN not in out and SECRET not in out
    assert MASK in out


def test_registered_values_are_redacted_anywhere() -> None:
    register_secret(TOKEN, SECRET, "", None, "abc")
    out = redact(f"weird {TOKEN}/{SECRET} abc")
    assert out == f"weird {MASK}/{MASK} abc"


def _raise_with_secret() -> None:
    raise RuntimeError(f"boom while sending token={TOKEN}")


def test_crash_report_has_version_platform_traceback_and_last_lines() -> None:
    logs.setup_logging()
    register_secret(SECRET)
    logging.getLogger("desktop_app.test").warning("before the crash, secret %s", SECRET)
    try:
        _raise_with_secret()
    except RuntimeError:
        info = sys.exc_info()
    report = logs.crash_report(info, where="thread Worker-1")  # type: ignore[arg-type]
    assert __version__ in report and "Platform: " in report and "Python: " in report
    assert "Where: thread Worker-1" in report
    assert "_raise_with_secret" in report and "RuntimeError: boom" in report
    assert "before the crash" in report
    assert TOKEN not in report and SECRET not in report


def test_crash_reports_are_private_and_only_the_newest_kept(isolated_home: Path) -> None:
    for n in range(logs.KEEP_REPORTS + 3):
        path = logs.save_crash_report(f"report {n} token={TOKEN}")
        assert path is not None
    reports = sorted((isolated_home / "log").glob("crash-*.txt"))
    assert len(reports) == logs.KEEP_REPORTS
    assert reports[-1].read_text("utf-8").startswith(f"report {logs.KEEP_REPORTS + 2}")
    assert all(TOKEN not in p.read_text("utf-8") for p in reports)
    if sys.platform != "win32":
        assert reports[-1].stat().st_mode & 0o777 == 0o600


def test_cli_crash_line_names_the_report_and_logs_the_traceback(isolated_home: Path) -> None:
    try:
        _raise_with_secret()
    except RuntimeError as exc:
        line = logs.report_cli_crash(exc)
    assert "\n" not in line and line.startswith("Unexpected error (RuntimeError: boom")
    assert TOKEN not in line
    (report,) = (isolated_home / "log").glob("crash-*.txt")
    assert str(report) in line
    logged = (isolated_home / "log" / logs.LOG_NAME).read_text("utf-8")
    assert "Traceback" in logged and "_raise_with_secret" in logged and TOKEN not in logged


def test_thread_hook_reports_worker_crashes(isolated_home: Path) -> None:
    seen: list[tuple[str, str]] = []
    previous = threading.excepthook
    try:
        logs.install_thread_hook(lambda info, where: seen.append((where, str(info[1]))))
        worker = threading.Thread(target=_raise_with_secret, name="Worker-7")
        worker.start()
        worker.join()
    finally:
        threading.excepthook = previous
    assert seen == [("thread Worker-7", f"boom while sending token={TOKEN}")]


def test_thread_hook_without_callback_writes_a_report(isolated_home: Path) -> None:
    previous = threading.excepthook
    try:
        logs.install_thread_hook()
        worker = threading.Thread(target=_raise_with_secret, name="Worker-8")
        worker.start()
        worker.join()
    finally:
        threading.excepthook = previous
    (report,) = (isolated_home / "log").glob("crash-*.txt")
    text = report.read_text("utf-8")
    assert "Where: thread Worker-8" in text and TOKEN not in text


def test_an_unwritable_log_folder_never_hides_the_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", "utf-8")
    monkeypatch.setenv(paths.HOME_ENV, str(blocker))  # every folder under it fails to be made
    assert logs.setup_logging() is None
    try:
        _raise_with_secret()
    except RuntimeError as exc:
        line = logs.report_cli_crash(exc)
    assert line.startswith("Unexpected error (RuntimeError: boom") and TOKEN not in line
    assert line.endswith("the log (unavailable)")
