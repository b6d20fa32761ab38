"""``discogs-qr stickers | images | layouts`` on the demo collection, in-process and as a
subprocess."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import zxingcpp
from PySide6.QtGui import QImage

from desktop_app import cli
from desktop_app.services.history import ExportHistory
from desktop_app.stickers.layouts import PRESETS
from desktop_app.stickers.sheet import SheetOptions, placements

from .helpers import decoded_in_order

ROOT = Path(__file__).resolve().parents[2]


def _export_rows(tmp_path: Path, *extra: str) -> list[dict[str, str]]:
    target = tmp_path / "rows.csv"
    assert cli.main(["export", "--demo", "-o", str(target), *extra]) == 0
    with target.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_stickers_writes_a_sheet_whose_codes_are_the_export_rows_in_order(tmp_path, capsys):
    rows = _export_rows(tmp_path, "--format", "LP")
    target = tmp_path / "sheet.pdf"
    code = cli.main(
        [
            "stickers",
            "--demo",
            "--format",
            "LP",
            "--layout",
            "l7121-25",
            "--start",
            "4",
            "--skip",
            "6,7",
            "--marks",
            "cutmarks",
            "-o",
            str(target),
        ]
    )
    assert code == 0
    assert f"Wrote {len(rows)} stickers" in capsys.readouterr().err
    layout = PRESETS["L7121-25"]
    options = SheetOptions(layout, start=4, skip=frozenset({6, 7}))
    expected = [
        (page, slot, row["Content"])
        for row, (page, slot) in zip(rows, placements(len(rows), options), strict=True)
    ]
    assert decoded_in_order(target, layout) == expected
    assert len(ExportHistory("demo").exported_ids()) == len(rows)


def test_images_writes_one_file_per_row_named_by_file_name(tmp_path):
    rows = _export_rows(tmp_path, "--search", "the")
    folder = tmp_path / "png"
    assert (
        cli.main(["images", "--demo", "--search", "the", "--format", "png", "-o", str(folder)]) == 0
    )
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"{row['FileName']}.png" for row in rows)
    first = rows[0]
    image = QImage(str(folder / f"{first['FileName']}.png"))
    assert image.width() == int(first["OutputSize"])
    texts = [r.text for r in zxingcpp.read_barcodes(image)]
    assert texts == [first["Content"]]
    svg = tmp_path / "svg"
    assert cli.main(["images", "--demo", "--search", "the", "--format", "svg", "-o", str(svg)]) == 0
    assert len(list(svg.glob("*.svg"))) == len(rows)
    assert b"<svg" in next(svg.glob("*.svg")).read_bytes()[:400]


def test_stickers_and_images_select_by_the_history(tmp_path, capsys):
    """``--changed`` and ``--not-exported`` work as on ``export`` (and as in the window)."""
    box = _export_rows(tmp_path, "--folder", "Box Sets", "--bottom-text", "{title}")
    capsys.readouterr()
    sheet = tmp_path / "changed.pdf"
    assert cli.main(["stickers", "--demo", "--changed", "-o", str(sheet)]) == 0
    assert f"Wrote {len(box)} stickers" in capsys.readouterr().err
    assert ExportHistory("demo").entries()[-1].kind == "pdf"
    # the sheet used today's caption: nothing reads differently any more
    assert cli.main(["stickers", "--demo", "--changed", "-o", str(sheet)]) == 2
    assert "No records match" in capsys.readouterr().err
    everything = _file_names(capsys, "--search", "the")
    expected = _file_names(capsys, "--search", "the", "--not-exported")
    assert 0 < len(expected) < len(everything)
    folder = tmp_path / "new"
    assert (
        cli.main(["images", "--demo", "--search", "the", "--not-exported", "-o", str(folder)]) == 0
    )
    assert sorted(p.stem for p in folder.iterdir()) == sorted(expected)


def _file_names(capsys, *extra: str) -> list[str]:
    """The FileName cells of ``export --demo EXTRA -o -`` (which records nothing)."""
    capsys.readouterr()
    assert cli.main(["export", "--demo", *extra, "-o", "-"]) == 0
    out = capsys.readouterr().out
    return [row["FileName"] for row in csv.DictReader(out.splitlines())]


def test_layouts_lists_presets_and_saved_layouts(tmp_path, capsys):
    from desktop_app.services.stickers import save_layout

    save_layout(PRESETS["5160"].renamed("My labels"))
    assert cli.main(["layouts"]) == 0
    out = capsys.readouterr().out
    for name in [*PRESETS, "My labels"]:
        assert f"{name}\t" in out


def test_usage_mistakes_exit_2_and_write_nothing(tmp_path, capsys):
    target = tmp_path / "x.pdf"
    for args in (
        ["--skip", "a,b"],
        ["--layout", "nope"],
        ["--start", "99"],
        ["--offset-x", "50"],
        ["--font-size", "500"],
    ):
        assert cli.main(["stickers", "--demo", "-o", str(target), *args]) == 2, args
    assert not target.exists()
    assert cli.main(["stickers", "--demo", "--search", "zzzz-nothing", "-o", str(target)]) == 2
    assert "No records match" in capsys.readouterr().err


def test_a_refused_code_stops_the_command_with_the_row_named(tmp_path, capsys):
    from desktop_app.stickers.layouts import SheetLayout, layout_to_json

    tiny = SheetLayout("tiny", "Tiny", 210, 297, 20, 15, 10, 10, True, 12, 12, 10, 10)
    layout_file = tmp_path / "tiny.json"
    layout_file.write_text(layout_to_json(tiny), "utf-8")
    target = tmp_path / "x.pdf"
    code = cli.main(["stickers", "--demo", "--layout", str(layout_file), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert "would not scan" in err and "Row 1 (" in err and "too small" in err
    assert not target.exists()


def test_the_test_page_option(tmp_path):
    target = tmp_path / "t.pdf"
    assert cli.main(["stickers", "--layout", "5160", "--test-page", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_the_command_runs_as_a_subprocess_without_widgets(tmp_path):
    target = tmp_path / "s.pdf"
    script = (
        "import sys; from desktop_app import cli; "
        f"code = cli.main(['stickers', '--demo', '--search', 'bowie', '-o', {str(target)!r}]); "
        "assert 'PySide6.QtWidgets' not in sys.modules, 'widgets imported'; sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_stickers_and_images_take_sort_and_where(tmp_path, capsys):
    chosen = ["--where", "Shelf=B*", "--sort", "Shelf", "--desc"]
    rows = _export_rows(tmp_path, *chosen, "--bottom-text", "{note:Shelf}")
    shelves = [row["BottomText"] for row in rows]
    assert shelves and all(s.startswith("B") for s in shelves)
    numbers = [int(s[1:]) for s in shelves]
    assert numbers == sorted(numbers, reverse=True)  # B10 before B9 before B2: natural order
    target = tmp_path / "sheet.pdf"
    assert cli.main(["stickers", "--demo", *chosen, "--layout", "l7121-25", "-o", str(target)]) == 0
    layout = PRESETS["L7121-25"]
    expected = [
        (page, slot, row["Content"])
        for row, (page, slot) in zip(rows, placements(len(rows), SheetOptions(layout)), strict=True)
    ]
    assert decoded_in_order(target, layout) == expected
    folder = tmp_path / "png"
    assert cli.main(["images", "--demo", *chosen, "-o", str(folder)]) == 0
    assert len(list(folder.glob("*.png"))) == len(rows)
    capsys.readouterr()
    assert cli.main(["images", "--demo", "--where", "Bin=1", "-o", str(folder)]) == 2
    assert "“Shelf”" in capsys.readouterr().err


def test_continue_starts_where_the_last_sheet_of_the_layout_ended(tmp_path, capsys):
    from desktop_app.services.stickers import kept_sheets

    rows = _export_rows(tmp_path, "--search", "bowie")
    assert len(rows) == 2
    layout = PRESETS["L7121-25"]
    first = tmp_path / "first.pdf"
    base = ["stickers", "--demo", "--search", "bowie", "--layout", "L7121-25"]
    assert cli.main([*base, "--start", "3", "-o", str(first)]) == 0
    assert "Used labels 3–4 of the first sheet; 20 labels are still free" in capsys.readouterr().err
    [kept] = kept_sheets("L7121-25")
    assert kept.used == {1, 2, 3, 4}
    second = tmp_path / "second.pdf"
    assert cli.main([*base, "--continue", "--skip", "6", "-o", str(second)]) == 0
    err = capsys.readouterr().err
    assert "Used labels 5, 7 of the sheet in the printer; 17 labels are still free" in err
    assert [(page, slot) for page, slot, _ in decoded_in_order(second, layout)] == [(0, 4), (0, 6)]
    [after] = kept_sheets("L7121-25")
    assert after.id == kept.id and after.used == {1, 2, 3, 4, 5, 6, 7}
    # Another layout has no sheet kept: a fresh one, and the summary says so.
    fresh = ["stickers", "--demo", "--search", "bowie", "--continue", "-o", str(first)]
    assert cli.main(fresh) == 0
    assert "No partly used L7120-25 sheet was kept" in capsys.readouterr().err
    assert cli.main([*base, "--continue", "--start", "2", "-o", str(first)]) == 2
