"""The template editor: live rendering, validation with positions, placeholders, files."""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

import pytest

from desktop_app.core.qrfactory import DEFAULTS, ExportOptions, safe_file_name
from desktop_app.gui.dialogs.template_editor import (
    TEMPLATE_FORMAT,
    TemplateEditorDialog,
    line_and_column,
    options_from_document,
    read_template_file,
    template_document,
)
from desktop_app.services.settings import Settings
from desktop_app.services.source import DemoSource


@pytest.fixture
def dialog(qtbot) -> TemplateEditorDialog:
    source = DemoSource()
    instances = [i for page in source.iter_pages(0) for i in page.instances]
    sample = next(i for i in instances if i.notes and i.year)
    d = TemplateEditorDialog(
        settings=Settings(),
        note_fields=source.note_fields(),
        folder_names={f.id: f.name for f in source.folders()},
        sample=sample,
        tz=UTC,
    )
    qtbot.addWidget(d)
    return d


def test_shows_the_saved_template_and_renders_the_sample(dialog: TemplateEditorDialog) -> None:
    inst = dialog.sample
    assert dialog.bottom_text.toPlainText() == DEFAULTS["BottomText"]
    caption = dialog.rendered_caption.text()
    assert caption.startswith(f"{inst.artist()} – {inst.title} [{inst.year}]\n")
    assert dialog.rendered_file.text() == f"{inst.release_id}.png"
    assert dialog.problems() == [] and dialog.ok_button.isEnabled()


def test_live_rendering_while_typing(dialog: TemplateEditorDialog) -> None:
    inst = dialog.sample
    dialog.bottom_text.setPlainText("{title}!\n{catno}")
    assert dialog.rendered_caption.text() == f"{inst.title}!\n{inst.catno}"
    dialog.file_name.setText("{artist} {year}")
    expected = safe_file_name(f"{inst.artist()} {inst.year}", "x")
    assert dialog.rendered_file.text() == f"{expected}.png"
    assert " " not in dialog.rendered_file.text()
    dialog.unknown_year.setText("n/a")
    dialog.use_anv.setChecked(True)
    assert dialog.options().use_anv and dialog.options().unknown_year == "n/a"


def test_problems_name_their_position_and_block_ok(dialog: TemplateEditorDialog) -> None:
    dialog.bottom_text.setPlainText("{artist}\n{titel}")
    problems = dialog.problems()
    assert len(problems) == 1
    assert problems[0].startswith("BottomText, line 2, column 1: Unknown placeholder {titel}")
    assert "Did you mean {title}?" in problems[0]
    assert not dialog.ok_button.isEnabled()
    assert dialog.messages.isVisibleTo(dialog) and "{titel}" in dialog.messages.text()
    dialog.file_name.setText("{release_id")
    assert any(p.startswith("FileName, column 1:") for p in dialog.problems())
    dialog.bottom_text.setPlainText("{title}")
    dialog.file_name.setText("{release_id}")
    assert dialog.problems() == [] and dialog.ok_button.isEnabled()
    dialog.default_editors["BackgroundColor"].setText("white")
    assert dialog.problems() and dialog.problems()[0].startswith("BackgroundColor:")


def test_line_and_column() -> None:
    assert line_and_column("abc", 0) == (1, 1)
    assert line_and_column("ab\ncd", 4) == (2, 2)


def test_placeholder_picker_inserts_at_the_cursor(dialog: TemplateEditorDialog, qtbot) -> None:
    items = [dialog.placeholders.item(i).text() for i in range(dialog.placeholders.count())]
    assert "{artist}" in items and "{note:Media Condition}" in items
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.file_name.setFocus()
    qtbot.waitUntil(lambda: dialog.file_name.hasFocus())
    dialog.file_name.setText("x-")
    dialog.insert_placeholder("{catno}")
    assert dialog.file_name.text() == "x-{catno}"
    dialog.bottom_text.setFocus()
    qtbot.waitUntil(lambda: dialog.bottom_text.hasFocus())
    dialog.bottom_text.setPlainText("")
    index = items.index("{note:Media Condition}")
    dialog._insert_item(dialog.placeholders.item(index))
    assert dialog.bottom_text.toPlainText() == "{note:Media Condition}"
    assert dialog.problems() == []
    field_id = next(k for k, v in dialog.note_fields.items() if v == "Media Condition")
    expected = dict(dialog.sample.notes).get(field_id, "").strip()
    assert expected
    assert dialog.rendered_caption.text() == expected


def test_column_defaults_form_feeds_the_options(dialog: TemplateEditorDialog) -> None:
    assert set(dialog.default_editors) == set(DEFAULTS) - {
        "BottomText",
        "FileName",
        "Content",
        "IconPath",
    }
    dialog.default_editors["ColorSpace"].setCurrentText("CMYK")
    dialog.default_editors["BottomTextSize"].setValue(24)
    dialog.default_editors["PixelRoundness"].setValue(0.25)
    dialog.default_editors["SafeZoneColor"].setText("#00ff00")
    options = dialog.options()
    assert options.value("ColorSpace") == "CMYK"
    assert options.value("BottomTextSize") == "24"
    assert options.value("PixelRoundness") == "0.25"
    assert options.value("SafeZoneColor") == "#00FF00"
    assert options.value("OutputSize") == DEFAULTS["OutputSize"]
    dialog.defaults_button.click()
    assert dialog.options().value("ColorSpace") == "RGB"


def test_icon_path_warns_when_the_file_is_missing(dialog: TemplateEditorDialog, tmp_path) -> None:
    assert not dialog.icon_problem()  # the default is a relative name: a hint, not a warning
    dialog._ask_icon_path = lambda: str(tmp_path / "missing.svg")  # type: ignore[method-assign]
    dialog.choose_icon()
    assert dialog.icon_path.text() == str(tmp_path / "missing.svg")
    assert dialog.icon_problem() and "does not exist" in dialog.icon_message.text()
    real = tmp_path / "icon.svg"
    real.write_text("<svg/>")
    dialog.icon_path.setText(str(real))
    assert not dialog.icon_problem()
    assert dialog.options().value("IconPath") == str(real)


def test_export_then_import_a_template_file(dialog: TemplateEditorDialog, tmp_path) -> None:
    path = tmp_path / "look.json"
    dialog.bottom_text.setPlainText("{title}\n{label}")
    dialog.use_anv.setChecked(True)
    dialog.default_editors["FileType"].setCurrentText("SVG")
    dialog._ask_export_path = lambda: str(path)  # type: ignore[method-assign]
    assert dialog.export_template()
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == TEMPLATE_FORMAT and data["use_anv"] is True
    assert data["values"]["BottomText"] == "{title}\n{label}"
    assert data["values"]["FileType"] == "SVG"
    dialog.set_options(ExportOptions())
    assert dialog.bottom_text.toPlainText() == DEFAULTS["BottomText"]
    dialog._ask_import_path = lambda: str(path)  # type: ignore[method-assign]
    assert dialog.import_template()
    assert dialog.bottom_text.toPlainText() == "{title}\n{label}"
    assert dialog.use_anv.isChecked()
    assert dialog.options().value("FileType") == "SVG"


def test_import_refuses_bad_files(dialog: TemplateEditorDialog, tmp_path) -> None:
    errors: list[str] = []
    dialog._show_error = errors.append  # type: ignore[method-assign]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"}')
    dialog._ask_import_path = lambda: str(bad)  # type: ignore[method-assign]
    before = dialog.options()
    assert not dialog.import_template()
    assert errors and "not a Discogs QR Export template" in errors[0]
    assert dialog.options() == before
    dialog._ask_import_path = lambda: ""  # type: ignore[method-assign]
    assert not dialog.import_template()
    assert len(errors) == 1


def test_template_documents_round_trip_and_tolerate_other_versions(tmp_path: Path) -> None:
    options = ExportOptions(use_anv=True, unknown_year="?").with_values(FileName="{catno}")
    assert options_from_document(template_document(options)) == options
    loose = {"format": TEMPLATE_FORMAT, "values": {"FileName": "{title}", "Future": "x"}}
    read = options_from_document(loose)
    assert read.value("FileName") == "{title}" and "Future" not in read.values
    assert read.value("Type") == DEFAULTS["Type"]
    for broken in ([], {"format": TEMPLATE_FORMAT}, {"format": TEMPLATE_FORMAT, "values": []}):
        with pytest.raises(ValueError):
            options_from_document(broken)
    not_json = tmp_path / "x.json"
    not_json.write_text("{")
    with pytest.raises(ValueError, match="not valid JSON"):
        read_template_file(not_json)
    with pytest.raises(ValueError, match="could not be read"):
        read_template_file(tmp_path / "missing.json")


def test_column_defaults_explain_qr_factory_terms(dialog: TemplateEditorDialog, qtbot) -> None:
    """Issue 13 item 9: the terms are explained in plain words, as a tooltip and on the tab."""
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.defaults_form)
    qtbot.waitExposed(dialog)
    form = dialog.defaults_form
    assert form.description.isVisible() and "Hover" in form.description.text()
    assert set(form.labels) == set(dialog.default_editors)
    for column, editor in dialog.default_editors.items():
        note = form.labels[column]
        assert len(note.text()) > 20, column  # every column says what it does
        assert editor.toolTip() == note.text()
        assert note.isVisibleTo(dialog)
    assert "round" in form.labels["PixelRoundness"].text()
    assert "grid" in form.labels["IconLockToSquares"].text()
    assert "margin" in form.labels["SafeZonePercent"].text()
    assert "Error correction" in form.labels["ReliabilityLevel"].text()
