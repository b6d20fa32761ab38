"""The sheet in the printer: the used labels of the last page are kept per layout, merged with
what another process kept meanwhile, and a damaged list never stops a print."""

from __future__ import annotations

import json

from desktop_app.services import stickers as service
from desktop_app.stickers.layouts import PRESETS
from desktop_app.stickers.sheet import SheetOptions
from desktop_app.store import sheets as store

from .helpers import make_rows

L7120 = PRESETS["L7120-25"]  # 35 labels


def _pdf(tmp_path, count, options, sheet=None, used_before=None):
    rows, ids = make_rows(count), list(range(count))
    return service.make_sheet_pdf(
        tmp_path / "s.pdf", rows, ids, options, sheet=sheet, used_before=used_before
    )


def test_a_saved_sheet_is_kept_and_the_next_one_starts_at_its_first_free_label(tmp_path):
    result = _pdf(tmp_path, 3, SheetOptions(L7120, start=2, skip=frozenset({3})))
    assert result.labels == (2, 4, 5)
    kept = result.sheet
    assert kept is not None and kept.used == {1, 2, 3, 4, 5} and kept.free == 30
    assert service.kept_sheets("L7120-25") == [kept]
    assert service.last_sheet(L7120) == kept
    assert service.sheet_start(kept) == (6, frozenset())
    again = _pdf(tmp_path, 2, SheetOptions(L7120, start=6), sheet=kept.id)
    assert again.labels == (6, 7)
    assert again.sheet is not None and again.sheet.id == kept.id
    assert again.sheet.used == set(range(1, 8))
    assert len(service.kept_sheets()) == 1


def test_a_print_from_elsewhere_meanwhile_is_merged_not_lost(tmp_path):
    kept = _pdf(tmp_path, 2, SheetOptions(L7120)).sheet
    assert kept is not None
    # the command line prints labels 3-4 of the same sheet while the dialog is open
    elsewhere = _pdf(tmp_path, 2, SheetOptions(L7120, start=3), sheet=kept.id).sheet
    assert elsewhere is not None and elsewhere.used == {1, 2, 3, 4}
    # the dialog still thinks labels 1-2 are used and reprints one sticker on label 10
    options = SheetOptions(L7120, start=10)
    other = _pdf(tmp_path, 1, options, kept.id, used_before=frozenset({1, 2}))
    assert other.sheet is not None and other.sheet.used == {1, 2, 3, 4, 10}
    # a fresh sheet printed meanwhile is kept beside it
    fresh = _pdf(tmp_path, 1, SheetOptions(L7120)).sheet
    assert fresh is not None and fresh.id != kept.id
    assert [s.id for s in service.kept_sheets("L7120-25")] == [fresh.id, kept.id]
    service.forget_sheet(fresh.id)
    assert [s.id for s in service.kept_sheets()] == [kept.id]


def test_many_pages_keep_the_last_page_and_a_full_page_keeps_nothing(tmp_path):
    kept = _pdf(tmp_path, 30, SheetOptions(L7120)).sheet
    assert kept is not None
    result = _pdf(tmp_path, 7, SheetOptions(L7120, start=31), sheet=kept.id)
    assert result.pages == 2 and result.labels == (31, 32, 33, 34, 35)
    assert result.sheet is not None and result.sheet.id != kept.id
    assert result.sheet.used == {1, 2}
    assert [s.id for s in service.kept_sheets()] == [result.sheet.id]
    full = _pdf(tmp_path, 33, SheetOptions(L7120, start=3), sheet=result.sheet.id)
    assert full.sheet is None and service.kept_sheets() == []


def test_a_damaged_list_is_moved_aside_and_bad_entries_are_left_out(tmp_path):
    path = store.sheets_path()
    path.write_text("{ not json", "utf-8")
    assert service.kept_sheets() == []
    assert path.with_name(path.name + ".bad").exists()
    good = {"id": "a1", "layout": "L7120-25", "labels": 35, "used": [1, 2, 99]}
    good["when"] = "2026-01-02"
    bad = [
        {**good, "id": "b", "labels": "35"},
        {**good, "id": "c", "used": [True]},
        {**good, "id": ""},
        {**good, "id": "d", "when": "never"},
        "nonsense",
    ]
    path.write_text(json.dumps({"format": store.FORMAT, "sheets": [good, *bad]}), "utf-8")
    [only] = service.kept_sheets()
    assert only.id == "a1" and only.used == {1, 2}
    # a list that cannot be written never stops the print: the PDF is there, no sheet is kept
    path.unlink()
    path.mkdir()
    result = _pdf(tmp_path, 1, SheetOptions(L7120))
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF") and result.sheet is None


def test_label_ranges():
    assert service.label_ranges([7, 1, 2, 3, 9, 10]) == "1–3, 7, 9–10"
    assert service.label_ranges([]) == ""
