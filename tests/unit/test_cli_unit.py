"""CLI pieces without a server: argument parsing, dispatch, progress, the export service."""

from __future__ import annotations

import argparse
import io
import sys
import types
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app import __main__ as entry
from desktop_app import cli
from desktop_app.core.cancel import CancelToken
from desktop_app.core.errors import AppError, Cancelled, ErrorKind
from desktop_app.core.filters import RecordFilter
from desktop_app.core.qrfactory import COLUMN_INDEX
from desktop_app.services.export import (
    collect,
    default_file_name,
    export_rows,
    folder_by_id_or_name,
    folder_slug,
    line_terminator,
    save_csv,
)
from desktop_app.services.source import DemoSource, Folder

FOLDERS = [
    Folder(0, "All", 10),
    Folder(1, "Uncategorized", 2),
    Folder(11, "Jazz", 3),
    Folder(12, "Rock & Pop", 4),
    Folder(13, "Électronique", 1),
    Folder(14, "jazz", 0),
]


# ---- export service ---------------------------------------------------------------------------


def test_folder_by_id_or_name() -> None:
    assert folder_by_id_or_name(FOLDERS, None).id == 0
    assert folder_by_id_or_name(FOLDERS, "").id == 0
    assert folder_by_id_or_name(FOLDERS, "12").name == "Rock & Pop"
    assert folder_by_id_or_name(FOLDERS, 13).name == "Électronique"
    assert folder_by_id_or_name(FOLDERS, "ROCK & POP").id == 12
    assert folder_by_id_or_name(FOLDERS, "electronique").id == 13
    assert folder_by_id_or_name(FOLDERS, "  uncategorized ").id == 1


def test_folder_ambiguous_or_unknown_is_a_usage_error() -> None:
    with pytest.raises(AppError) as info:
        folder_by_id_or_name(FOLDERS, "Jazz")
    assert info.value.kind is ErrorKind.USAGE
    assert "11, 14" in info.value.message
    with pytest.raises(AppError) as info:
        folder_by_id_or_name(FOLDERS, "Classical")
    assert info.value.kind is ErrorKind.USAGE
    assert "“Classical”" in info.value.message and "12 “Rock & Pop”" in info.value.message
    with pytest.raises(AppError):
        folder_by_id_or_name(FOLDERS, "99")


def test_default_file_name() -> None:
    now = datetime(2024, 3, 5, 7, 8, 9)
    assert default_file_name("All", now) == "discogs-qr-all-20240305-070809.csv"
    assert default_file_name("Rock & Pop", now) == "discogs-qr-rock-pop-20240305-070809.csv"
    assert folder_slug("Japanese City Pop 🇯🇵") == "japanese-city-pop"
    assert folder_slug("Électro, Ünd Mehr!") == "electro-und-mehr"
    assert folder_slug("🎉🎉") == "folder"
    assert folder_slug("x" * 200) == "x" * 60


def test_line_terminator() -> None:
    assert line_terminator("crlf") == line_terminator("\r\n") == "\r\n"
    assert line_terminator("LF") == line_terminator("\n") == "\n"
    with pytest.raises(ValueError):
        line_terminator("cr")


def test_save_csv_failure_is_an_io_error(tmp_path: Path) -> None:
    with pytest.raises(AppError) as info:
        save_csv(tmp_path / "missing-folder" / "x.csv", [])
    assert info.value.kind is ErrorKind.IO
    assert "could not be saved" in info.value.message


def test_save_csv_bom_and_line_ends(tmp_path: Path) -> None:
    path = save_csv(tmp_path / "a.csv", [["x"] * 30], bom=True, line_end="lf")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfType,") and b"\r\n" not in data
    assert data.endswith(b",x\n")


def test_collect_demo_and_progress() -> None:
    source = DemoSource()
    seen: list[tuple[int, int]] = []
    instances, stats = collect(source, 0, progress=lambda d, t: seen.append((d, t)))
    assert len(instances) == stats.total == seen[-1][0] == seen[-1][1]
    assert stats.pages == len(seen) == -(-stats.total // 100)
    assert stats.requests == 0
    assert len({i.instance_id for i in instances}) == len(instances)


def test_collect_honours_cancel() -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        collect(DemoSource(), 0, cancel)


def test_export_rows_filters_then_builds() -> None:
    source = DemoSource()
    instances, _ = collect(source, 0)
    folders = {f.id: f.name for f in source.folders()}
    rows = export_rows(instances, None, folders, source.note_fields(), RecordFilter(text="miles"))
    assert rows and all("miles" in r[COLUMN_INDEX["BottomText"]].lower() for r in rows)
    assert len(export_rows(instances, None, folders, {}, None)) == len(instances)


# ---- parser and dispatch ----------------------------------------------------------------------


def test_parser_export_options() -> None:
    args = cli.build_parser().parse_args(
        ["export", "--folder", "Jazz", "--added-from", "2024-01-31", "--lf", "--no-bom", "-o", "-"]
    )
    assert args.folder == "Jazz"
    assert args.added_from == date(2024, 1, 31) and args.added_to is None
    assert (args.line_end, args.bom, args.output) == ("lf", False, "-")
    args = cli.build_parser().parse_args(["export"])
    assert (args.folder, args.line_end, args.bom, args.use_anv, args.demo) == (
        "0",
        None,
        None,
        None,
        False,
    )


@pytest.mark.parametrize("bad", ["2024-1-31", "31/01/2024", "2024-02-30", "yesterday"])
def test_bad_dates_are_usage_errors(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "--added-to", bad]) == 2
    assert "date" in capsys.readouterr().err


def test_lf_and_crlf_exclude_each_other() -> None:
    assert cli.main(["export", "--lf", "--crlf"]) == 2


def test_exit_codes() -> None:
    assert cli.exit_code(AppError(ErrorKind.AUTH, "x")) == 3
    assert cli.exit_code(AppError(ErrorKind.NETWORK, "x")) == 4
    assert cli.exit_code(AppError(ErrorKind.RATE, "x")) == 4
    assert cli.exit_code(AppError(ErrorKind.USAGE, "x")) == 2
    assert cli.exit_code(Cancelled()) == 130


def test_login_and_logout_dispatch_to_the_account_service(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.cli import account

    calls: list[tuple[str, argparse.Namespace]] = []
    monkeypatch.setattr(account, "login_command", lambda a: calls.append(("in", a)) or 0)
    monkeypatch.setattr(account, "logout_command", lambda a: calls.append(("out", a)) or 7)
    assert cli.main(["login", "--token", "T", "--no-browser"]) == 0
    assert cli.main(["logout"]) == 7
    (_, args), (kind, _) = calls
    assert (args.token, args.no_browser, args.consumer_key, args.store_unencrypted) == (
        "T",
        True,
        None,
        False,
    )
    assert kind == "out"


def test_unexpected_errors_are_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(args: argparse.Namespace, cancel: CancelToken) -> int:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(cli.folders, "open_source", boom)
    assert cli.main(["folders", "--demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kaboom" in err and "Traceback" not in err


def fake_module(monkeypatch: pytest.MonkeyPatch, name: str, **attrs: object) -> None:
    module = types.ModuleType(name)
    for key, value in attrs.items():
        setattr(module, key, value)
    monkeypatch.setitem(sys.modules, name, module)


def test_main_without_arguments_opens_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, bool]] = []
    fake_module(
        monkeypatch,
        "desktop_app.gui.app",
        main=lambda argv=None, *, demo=False: calls.append((argv, demo)) or 0,
    )
    assert entry.main([]) == 0
    assert entry.main(["--demo"]) == 0
    assert [demo for _, demo in calls] == [False, True]


def test_main_without_a_gui_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "desktop_app.gui.app", None)  # import fails
    assert entry.main([]) == 1
    assert "cannot start" in capsys.readouterr().err


def test_main_self_test_version_and_commands(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_module(monkeypatch, "desktop_app.selftest", main=lambda: 5)
    assert entry.main(["--self-test"]) == 5
    assert entry.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("discogs-qr ")
    assert entry.main(["folders", "--demo"]) == 0
    assert "\tAll\t" in capsys.readouterr().out


# ---- progress ---------------------------------------------------------------------------------


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_is_one_live_line() -> None:
    stream = Tty()
    progress = cli.Progress(stream)
    progress.label = "Jazz"
    progress.update(100, 250)
    progress.waiting(12.3, "rate-limit")
    progress.update(250, 250)
    progress.clear()
    text = stream.getvalue()
    assert "\n" not in text
    assert "Jazz [########            ] 100/250" in text
    assert "Waiting for the Discogs rate limit (12 s)" in text
    assert text.endswith("\r")


def test_progress_is_quiet_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = cli.Progress(stream)
    progress.update(1, 2)
    progress.waiting(3, "retry")
    progress.clear()
    assert stream.getvalue() == ""


def test_a_bug_prints_one_line_with_the_report_and_keeps_the_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli import folders

    def broken(_args: argparse.Namespace, _cancel: CancelToken) -> int:
        raise ZeroDivisionError("token=abc123secret went wrong")

    monkeypatch.setattr(folders, "run", broken)
    assert cli.main(["folders", "--demo"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert "ZeroDivisionError" in lines[0] and "Details were written to" in lines[0]
    report = Path(lines[0].rsplit("Details were written to ", 1)[1])
    assert report.is_file()
    assert "Traceback" in report.read_text("utf-8")
