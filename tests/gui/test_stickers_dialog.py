"""The sticker preview, the sheet map and the Stickers dialog (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter

from desktop_app.gui.stickers import SheetMap, StickerPreview, StickersDialog
from desktop_app.gui.stickers.layout_editor import CUSTOM
from desktop_app.services.history import ExportHistory
from desktop_app.services.stickers import saved_layouts
from tests.stickers.helpers import decoded_in_order, make_row, make_rows


def _grab(widget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)


def _dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < 60
    )


def test_the_preview_draws_the_row_and_follows_it(qtbot):
    preview = StickerPreview()
    qtbot.addWidget(preview)
    preview.resize(240, 240)
    preview.show()
    preview.set_row(None)
    empty = _dark_pixels(_grab(preview))
    preview.set_row(make_row(1))
    drawn = _grab(preview)
    assert _dark_pixels(drawn) > empty + 500
    import zxingcpp

    assert [r.text for r in zxingcpp.read_barcodes(drawn)] == [
        "https://www.discogs.com/release/8919"
    ]
    preview.set_row(make_row(2))
    assert [r.text for r in zxingcpp.read_barcodes(_grab(preview))] == [
        "https://www.discogs.com/release/16838"
    ]
    assert preview.row() == make_row(2)


def test_the_sheet_map_toggles_slots_by_clicking(qtbot):
    sheet = SheetMap()
    qtbot.addWidget(sheet)
    sheet.resize(200, 280)
    sheet.show()
    target = sheet.slot_rect(7).center().toPoint()
    with qtbot.waitSignal(sheet.skippedChanged):
        qtbot.mouseClick(sheet, Qt.MouseButton.LeftButton, pos=target)
    assert sheet.skipped() == {7}
    qtbot.mouseClick(sheet, Qt.MouseButton.LeftButton, pos=target)
    assert sheet.skipped() == frozenset()
    assert sheet.slot_at(QPointF(1, 1)) is None


@pytest.fixture
def make_dialog(qtbot, tmp_path):
    def make(rows=None, ids=None, history=None, settings=None):
        rows = make_rows(5) if rows is None else rows
        ids = list(range(100, 100 + len(rows))) if ids is None else ids
        dialog = StickersDialog(None, rows, ids, history, settings)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def test_save_pdf_with_start_skips_and_history(make_dialog, tmp_path, qtbot):
    history = ExportHistory("demo", tmp_path / "h.json")
    dialog = make_dialog(history=history)
    dialog.layout_editor.select("L7121-25")
    dialog.start.setValue(2)
    dialog.sheet_map.set_skipped([3])
    assert "5 stickers on 1 page" in dialog.summary.text()
    target = tmp_path / "s.pdf"
    with qtbot.waitSignal(dialog.jobFinished, timeout=60_000) as finished:
        assert dialog.save_pdf_to(target)
        assert not dialog.pdf_button.isEnabled()  # busy while the job runs
        assert not dialog.save_pdf_to(target)  # one job at a time
    assert finished.args == [True]
    assert "every code decoded" in dialog.status.text()
    assert dialog.pdf_button.isEnabled()
    found = decoded_in_order(target, dialog.options().layout)
    assert [slot for _, slot, _ in found] == [1, 3, 4, 5, 6]
    assert history.exported_ids() == {100, 101, 102, 103, 104}


def test_a_refused_code_is_shown_in_the_dialog_and_nothing_is_written(make_dialog, tmp_path, qtbot):
    rows = make_rows(3)
    rows[2] = make_row(2, IconSizePercent="400", FileName="huge")
    dialog = make_dialog(rows=rows)
    dialog.icon.setChecked(True)  # the rows' icon, off by default
    target = tmp_path / "s.pdf"
    with qtbot.waitSignal(dialog.jobFinished, timeout=60_000) as finished:
        dialog.save_pdf_to(target)
    assert finished.args == [False]
    assert "Row 3 (huge)" in dialog.status.text()
    assert dialog.status.property("error") is True
    assert not target.exists()


def test_custom_geometry_is_validated_named_and_saved(make_dialog):
    dialog = make_dialog()
    editor = dialog.layout_editor
    editor.fields["label_width"].setValue(30.0)
    assert editor.choice.currentData() == CUSTOM
    editor.fields["h_pitch"].setValue(10.0)
    assert not dialog.pdf_button.isEnabled()
    assert "overlap" in dialog.summary.text()
    editor.fields["h_pitch"].setValue(40.0)
    assert dialog.pdf_button.isEnabled()
    editor.name.setText("Jam jars")
    editor.save_button.click()
    assert "Jam jars" in saved_layouts()
    assert editor.choice.currentData() == "Jam jars"
    editor.delete_button.click()
    assert "Jam jars" not in saved_layouts()
    editor.name.setText("5160")
    editor.save_button.click()
    assert "preset" in dialog.status.text()


def test_print_goes_through_the_printer_at_the_layouts_paper_size(make_dialog, tmp_path):
    dialog = make_dialog()
    dialog.layout_editor.select("5160")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert dialog.print_to(printer)
    assert printer.fullPage()
    found = decoded_in_order(target, dialog.options().layout)
    assert [text for _, _, text in found] == [r[28] for r in dialog.rows]


def test_images_test_page_and_remembered_settings(make_dialog, tmp_path, qtbot):
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    dialog = make_dialog(settings=settings)
    dialog.offset_x.setValue(1.5)
    dialog.marks.setCurrentIndex(dialog.marks.findData("outlines"))
    dialog.image_format.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.jobFinished, timeout=60_000):
        dialog.save_images_to(tmp_path / "img", dialog.image_format.currentData())
    assert sorted(p.name for p in (tmp_path / "img").iterdir()) == [f"r{i}.svg" for i in range(5)]
    assert dialog.save_test_page_to(tmp_path / "t.pdf")
    assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")
    again = make_dialog(settings=settings)
    assert again.offset_x.value() == 1.5
    assert again.marks.currentData() == "outlines"


def test_the_buttons_open_native_dialogs(make_dialog, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog

    dialog = make_dialog()
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.jobFinished, timeout=60_000):
        dialog.pdf_button.click()
    assert target.is_file()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog.test_button.click()  # cancelled: nothing happens
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "d"))
    with qtbot.waitSignal(dialog.jobFinished, timeout=60_000):
        dialog.images_button.click()
    assert len(list(Path(tmp_path / "d").glob("*.png"))) == 5


def test_no_rows_disables_saving(make_dialog):
    dialog = make_dialog(rows=[], ids=[])
    assert not dialog.pdf_button.isEnabled() and not dialog.images_button.isEnabled()
    assert dialog.test_button.isEnabled()


def test_the_caption_font_follows_the_choice(make_dialog):
    dialog = make_dialog()
    assert not dialog.font_choice.isEnabled()
    assert dialog.caption_style().family == ""
    dialog.use_row_font.setCurrentIndex(1)
    assert dialog.font_choice.isEnabled()
    assert dialog.caption_style().family == dialog.font_choice.currentFont().family()
    dialog.font_size.setValue(7.5)
    assert dialog.options().caption.size_pt == 7.5


def test_closing_waits_for_a_running_job(make_dialog, tmp_path):
    dialog = make_dialog(rows=make_rows(60))
    target = tmp_path / "s.pdf"
    assert dialog.save_pdf_to(target)
    dialog.reject()  # waits for the job: the file is complete, not half made
    assert dialog.job is None
    assert target.read_bytes().startswith(b"%PDF")


def _saved(dialog, qtbot, target) -> None:
    with qtbot.waitSignal(dialog.jobFinished, timeout=60_000) as finished:
        assert dialog.save_pdf_to(target)
    assert finished.args == [True], dialog.status.text()


def test_the_next_dialog_starts_at_the_first_free_label_of_the_sheet_in_the_printer(
    make_dialog, tmp_path, qtbot
):
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    dialog = make_dialog(rows=make_rows(3), settings=settings)
    dialog.layout_editor.select("L7121-25")  # 24 labels
    assert dialog.current_sheet() is None and dialog.start.value() == 1
    _saved(dialog, qtbot, tmp_path / "a.pdf")
    assert "Used labels 1–3." in dialog.status.text()
    assert "21 labels stay free" in dialog.status.text()
    # the same dialog goes on where the sheet ended
    assert dialog.start.value() == 4 and dialog.sheet_map.used() == {1, 2, 3}
    again = make_dialog(rows=make_rows(2), settings=settings)
    kept = again.current_sheet()
    assert kept is not None and kept.layout == "L7121-25"
    assert again.sheet_choice.currentText().startswith("L7121-25, 21 free")
    assert again.start.value() == 4 and again.sheet_map.used() == {1, 2, 3}
    assert "from label 4" in again.summary.text()
    # one click: a fresh sheet
    again.fresh_button.click()
    assert again.current_sheet() is None
    assert again.start.value() == 1 and again.sheet_map.used() == frozenset()
    _saved(again, qtbot, tmp_path / "b.pdf")  # a second partial sheet, kept beside the first
    third = make_dialog(settings=settings)
    texts = [third.sheet_choice.itemText(i) for i in range(third.sheet_choice.count())]
    assert texts[0] == "A fresh sheet"
    assert [t.split(",")[:2] for t in texts[1:]] == [
        ["L7121-25", " 22 free"],
        ["L7121-25", " 21 free"],
    ]
    third.choose_sheet(kept.id)
    assert third.start.value() == 4 and third.forget_button.isEnabled()
    third.forget_button.click()  # that sheet was thrown away
    assert third.current_sheet() is None and not third.forget_button.isEnabled()
    assert third.sheet_choice.count() == 2
    found = decoded_in_order(tmp_path / "b.pdf", third.options().layout)
    assert [slot for _, slot, _ in found] == [0, 1]


def test_choosing_a_kept_sheet_of_another_layout_selects_that_layout(make_dialog, tmp_path, qtbot):
    first = make_dialog(rows=make_rows(2))
    first.layout_editor.select("5160")
    _saved(first, qtbot, tmp_path / "a.pdf")
    dialog = make_dialog()
    assert dialog.layout_editor.choice.currentData() == "L7120-25"
    assert dialog.current_sheet() is None  # no sheet of this layout is kept
    index = next(i for i in range(dialog.sheet_choice.count()) if dialog.sheet_choice.itemData(i))
    dialog.sheet_choice.setCurrentIndex(index)
    dialog.sheet_choice.activated.emit(index)
    assert dialog.layout_editor.choice.currentData() == "5160"
    assert dialog.start.value() == 3


def test_one_damaged_sticker_is_printed_again_on_a_chosen_free_label(
    make_dialog, tmp_path, qtbot, monkeypatch
):
    rows = make_rows(5)
    dialog = make_dialog(rows=rows)
    _saved(dialog, qtbot, tmp_path / "sheet.pdf")  # labels 1-5 used
    kept = dialog.current_sheet()
    assert kept is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "again.pdf"))
    monkeypatch.setattr(dialog, "_printer_for", lambda options: printer)
    dialog.row_choice.setCurrentIndex(2)  # the damaged one
    assert dialog.preview.row() == rows[2]
    # two clicks: right-click a free label on the map, then "Print this sticker here…"
    menu = dialog.sheet_map.label_menu(12)
    [here] = [a for a in menu.actions() if a.text() == "&Print this sticker here…"]
    here.trigger()
    found = decoded_in_order(tmp_path / "again.pdf", dialog.options().layout)
    assert found == [(0, 11, rows[2][28])]
    assert "label 12" in dialog.status.text()
    assert dialog.current_sheet() is not None and dialog.current_sheet().id == kept.id
    assert dialog.sheet_map.used() == {1, 2, 3, 4, 5, 12}
    # a used label offers no printing, only to mark it free again
    texts = [a.text() for a in dialog.sheet_map.label_menu(3).actions()]
    assert texts == ["&Mark as free"]


def test_the_save_dialogs_open_in_the_last_save_folder(make_dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    asked: list[str] = []
    chosen = tmp_path / "labels"
    chosen.mkdir()

    def save_name(_parent, _title, start, _filter):
        asked.append(start)
        return "", ""

    def folder(_parent, _title, start):
        asked.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    monkeypatch.chdir(tmp_path)
    dialog = make_dialog(settings=settings)
    dialog.pdf_button.click()
    assert Path(asked[-1]).parent != tmp_path  # not the working folder
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(chosen / "sticker-test.pdf"), "")
    )
    dialog.test_button.click()
    assert (chosen / "sticker-test.pdf").is_file()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog.pdf_button.click()
    assert Path(asked[-1]).parent == chosen
    dialog.images_button.click()
    assert Path(asked[-1]) == chosen
    again = make_dialog(settings=settings)
    again.test_button.click()
    assert Path(asked[-1]) == chosen / "test-page.pdf"


def test_the_sheet_map_works_from_the_keyboard_and_the_dialog_shows_the_current_row(qtbot):
    sheet = SheetMap()
    qtbot.addWidget(sheet)
    sheet.resize(200, 280)
    sheet.show()
    sheet.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(sheet, key)
    assert sheet.focused_label() == 8  # 5 labels a row on L7120-25
    with qtbot.waitSignal(sheet.skippedChanged):
        qtbot.keyClick(sheet, Qt.Key.Key_Space)
    assert sheet.skipped() == {8}
    rows = make_rows(4)
    dialog = StickersDialog(None, rows, [1, 2, 3, 4], current_row=2)
    qtbot.addWidget(dialog)
    assert dialog.row_choice.currentIndex() == 2 and dialog.preview.row() == rows[2]


def test_characters_no_font_has_are_asked_about_before_saving(make_dialog, tmp_path, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    rows = make_rows(3)
    rows[1] = make_row(1, BottomText="Odd \U00010600 Title\nRock", FileName="odd")
    dialog = make_dialog(rows=rows)
    answers = []

    def answer(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "Row 2 (odd)" in box.informativeText()
        answers.append(label)
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()

    QTimer.singleShot(0, lambda: answer("Cancel"))
    assert dialog.ask_missing_glyphs() is None
    QTimer.singleShot(0, lambda: answer("Save anyway"))
    assert dialog.ask_missing_glyphs() is False
    QTimer.singleShot(0, lambda: answer("Remove the characters"))
    assert dialog.ask_missing_glyphs() is True
    assert answers == ["Cancel", "Save anyway", "Remove the characters"]
    target = tmp_path / "s.pdf"
    with qtbot.waitSignal(dialog.jobFinished, timeout=60_000):
        assert dialog.save_pdf_to(target, remove_missing_glyphs=True)
    assert dialog.last_result.missing_glyphs[0].row == 2
    assert target.is_file()
    clean = make_dialog(rows=make_rows(2))
    assert clean.ask_missing_glyphs() is False  # nothing to ask


def test_the_icon_and_the_link_form_are_sheet_options(make_dialog):
    dialog = make_dialog()
    assert dialog.options().code.icon is False  # the best scan margin by default
    dialog.icon.setChecked(True)
    dialog.link_form.setCurrentIndex(dialog.link_form.findData("upper"))
    dialog.caption_fit.setCurrentIndex(dialog.caption_fit.findData("label"))
    options = dialog.options()
    assert options.code.icon and options.code.url_form == "upper"
    assert options.caption.fit == "label"
