"""Image folders are the user's folders: links in them are replaced, never written through;
existing images replaced are counted and said; names that are one file on some system are kept
apart on every system; Windows' reserved names are guarded at the stem."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core.qrfactory import safe_file_name
from desktop_app.services.stickers import make_images
from desktop_app.stickers.images import file_names

from .helpers import make_row


def _demo_names(tmp_path: Path) -> list[str]:
    folder = tmp_path / "probe"
    assert cli.main(["images", "--demo", "--search", "bowie", "-o", str(folder)]) == 0
    return sorted(p.name for p in folder.iterdir())


def test_a_link_in_the_folder_is_replaced_not_written_through(tmp_path, capsys):
    names = _demo_names(tmp_path)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"precious")
    folder = tmp_path / "png"
    folder.mkdir()
    (folder / names[0]).symlink_to(elsewhere)
    capsys.readouterr()
    assert cli.main(["images", "--demo", "--search", "bowie", "-o", str(folder)]) == 0
    assert elsewhere.read_bytes() == b"precious"
    assert not (folder / names[0]).is_symlink()
    assert (folder / names[0]).read_bytes().startswith(b"\x89PNG")
    assert "; replaced 1 existing file;" in capsys.readouterr().err


def test_a_second_run_says_how_many_images_it_replaced(tmp_path, capsys):
    names = _demo_names(tmp_path)
    folder = tmp_path / "svg"
    args = ["images", "--demo", "--search", "bowie", "--format", "svg", "-o", str(folder)]
    assert cli.main(args) == 0
    assert "replaced" not in capsys.readouterr().err
    assert cli.main(args) == 0
    assert f"; replaced {len(names)} existing files;" in capsys.readouterr().err
    assert len(list(folder.iterdir())) == len(names)  # no temporary or extra file


def test_names_differing_by_case_or_unicode_form_are_kept_apart(tmp_path):
    nfd = unicodedata.normalize("NFD", "Café")
    rows = [
        make_row(1, FileName="Abc"),
        make_row(2, FileName="abc"),
        make_row(3, FileName="Café"),
        make_row(4, FileName=nfd),
    ]
    folder = tmp_path / "png"
    result = make_images(folder, rows, [11, 22, 33, 44], "svg")
    written = ["Abc.svg", "abc-22.svg", "Caf.svg", "Caf-44.svg"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(written)
    assert result.kept_apart == ("abc-22.svg", "Caf-44.svg")
    assert result.replaced == 0
    from desktop_app.stickers.images import name_key

    assert name_key("ABC.svg") == name_key("abc.svg")
    assert name_key(nfd) == name_key("CAFÉ")


def test_an_existing_image_in_another_case_is_the_one_replaced(tmp_path):
    folder = tmp_path / "png"
    folder.mkdir()
    (folder / "ABC.svg").write_bytes(b"old")
    result = make_images(folder, [make_row(1, FileName="abc")], [7], "svg")
    assert result.replaced == 1 and result.kept_apart == ()
    assert [p.name for p in folder.iterdir()] == ["ABC.svg"]  # as Windows or macOS would do
    assert b"<svg" in (folder / "ABC.svg").read_bytes()[:400]


@pytest.mark.parametrize(
    ("name", "guarded"),
    [
        ("con.txt", "con_.txt"),
        ("CON", "CON_"),
        ("Nul.tar.gz", "Nul_.tar.gz"),
        ("aux", "aux_"),
        ("prn.x", "prn_.x"),
        ("com1.png", "com1_.png"),
        ("LPT9", "LPT9_"),
        ("console.txt", "console.txt"),
        ("COM10", "COM10"),
        ("lpt0.txt", "lpt0.txt"),
    ],
)
def test_windows_reserved_names_are_guarded_at_the_stem(name, guarded):
    assert safe_file_name(name, "x") == guarded
    assert file_names([make_row(1, FileName=name)], "svg") == [f"{guarded}.svg"]
