"""The profile's small JSON files (settings, saved sticker layouts, kept sheets) are read again
and merged when they are written: a change another window or command saved meanwhile, an entry
this version cannot read or a damaged file is never silently replaced."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.services import stickers as service
from desktop_app.stickers.layouts import PRESETS
from desktop_app.store import sheets as sheet_store
from desktop_app.store.settings import Settings, settings_path

ROOT = Path(__file__).resolve().parents[2]


def _layout(name: str):
    return next(iter(PRESETS.values())).renamed(name, name)


# ---- saved layouts --------------------------------------------------------------------------


def test_saving_a_layout_keeps_the_entries_this_version_cannot_read() -> None:
    service.save_layout(_layout("Kitchen jars"))
    path = service.layouts_path()
    document = json.loads(path.read_text("utf-8"))
    future = {"name": "Round dots", "shape": "circle", "diameter_mm": 19}  # a newer version's
    document["layouts"].append(future)
    path.write_text(json.dumps(document), "utf-8")
    assert set(service.saved_layouts()) == {"Kitchen jars"}

    service.save_layout(_layout("Shelf"))
    assert service.delete_layout("Kitchen jars")

    kept = json.loads(path.read_text("utf-8"))["layouts"]
    assert future in kept  # written back as it was
    assert set(service.saved_layouts()) == {"Shelf"}


def test_a_damaged_layouts_file_is_kept_beside_when_a_layout_is_saved() -> None:
    path = service.layouts_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": 1, "layouts": [{"name": "Mine", ', "utf-8")  # cut short
    service.save_layout(_layout("Shelf"))
    assert set(service.saved_layouts()) == {"Shelf"}
    beside = list(path.parent.glob(path.name + ".bad-*"))
    assert [p.read_text("utf-8") for p in beside] == ['{"format": 1, "layouts": [{"name": "Mine", ']


# ---- settings ---------------------------------------------------------------------------------


def test_settings_saved_from_an_older_copy_keep_what_another_copy_saved() -> None:
    Settings().save()
    window = Settings.load()  # read once at start
    other = Settings.load()  # e.g. the Settings dialog of another run
    other.bom = True
    other.save()
    window.line_end = "lf"  # a later change in the first copy, saved with its older view
    window.save()
    now = Settings.load()
    assert now.bom is True and now.line_end == "lf"
    assert window.bom is True  # the saving copy learnt the other's change


def test_settings_keep_keys_this_version_does_not_know() -> None:
    path = settings_path()
    path.write_text(json.dumps({"bom": False, "future_option": {"x": 1}}), "utf-8")
    settings = Settings.load()
    settings.covers = False
    settings.save()
    data = json.loads(path.read_text("utf-8"))
    assert data["future_option"] == {"x": 1} and data["covers"] is False


# ---- several processes at once ----------------------------------------------------------------

#: Each process waits for the gate, then adds its sheets and layouts one read-change-write at a
#: time, as sticker runs and the Stickers dialog do.
WRITER = (
    "import os, sys, time\n"
    "from datetime import UTC, datetime, timedelta\n"
    "from pathlib import Path\n"
    "from desktop_app.services import stickers as service\n"
    "from desktop_app.stickers.layouts import PRESETS\n"
    "from desktop_app.store import sheets as store\n"
    "gate, me, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])\n"
    "base = next(iter(PRESETS.values()))\n"
    "gate.with_name(f'ready-{me}').touch()\n"
    "while not gate.exists():\n"
    "    time.sleep(0.002)\n"
    "for n in range(count):\n"
    "    sheet = store.KeptSheet(f'{me}-{n}', f'L{me}{n}', 30, frozenset({1}),\n"
    "                            datetime.now(UTC) - timedelta(seconds=n))\n"
    "    store.update(lambda current, s=sheet: [*current, s])\n"
    "    service.save_layout(base.renamed(f'P{me} {n}', f'P{me} {n}'))\n"
)


def test_parallel_runs_each_keep_their_sheets_and_layouts(tmp_path: Path) -> None:
    sheet_store.save([sheet_store.KeptSheet("old", "Lold", 30, frozenset({2}), datetime.now(UTC))])
    service.save_layout(_layout("Old one"))
    gate = tmp_path / "go"
    env = dict(os.environ)  # the test's own profile (DISCOGS_QR_HOME from conftest)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    names, count = ["a", "b", "c", "d"], 12
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(gate), me, str(count)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for me in names
    ]
    deadline = time.monotonic() + 30
    while len(list(tmp_path.glob("ready-*"))) < len(names) and time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            break
        time.sleep(0.02)
    gate.touch()
    results = [(p.wait(timeout=60), p.communicate()[1]) for p in procs]
    assert [code for code, _ in results] == [0] * len(names), results
    ids = {s.id for s in sheet_store.load()}
    assert ids == {"old"} | {f"{me}-{n}" for me in names for n in range(count)}
    layouts = set(service.saved_layouts())
    assert layouts == {"Old one"} | {f"P{me} {n}" for me in names for n in range(count)}
