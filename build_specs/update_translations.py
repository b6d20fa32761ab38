"""Refresh the window's translations from the code: ``.ts`` sources, then the ``.qm`` files.

    python build_specs/update_translations.py           lupdate + lrelease (commit both)
    python build_specs/update_translations.py --check   exit 1 when the code has texts a .ts
                                                        lacks, or a .qm is older than its .ts
    python build_specs/update_translations.py --todo de         the texts de still lacks (JSON)
    python build_specs/update_translations.py --fill de de.json fill them in from such a file

``pyside6-lupdate`` reads every ``self.tr``/``translate`` call and every ``Context.tr`` mark of
``desktop_app/`` (see ``core/i18n.py``) into ``resources/translations/discogs_qr_<code>.ts``, one
per language, without line numbers (so a change of code does not touch every file) and without
obsolete entries. Translators open a ``.ts`` in Qt Linguist (``pyside6-linguist``); this script
then builds the ``.qm`` files the app loads, which are committed, so a fresh clone shows a
translated window without a build step.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop_app"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOG = "discogs_qr"
LANGUAGES = ("de", "es", "fr", "it", "ja", "ko", "pt_BR", "ru")


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python, else on the PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def source_files() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for path in SOURCES.rglob("*.py")
        if "__pycache__" not in path.parts
    )


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOG}_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOG}_{language}.qm"


def lupdate(targets: list[Path]) -> None:
    """Bring ``targets`` (.ts files, made when missing) up to date with the code."""
    command = [tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none"]
    subprocess.run(
        [*command, "-ts", *map(str, targets)], cwd=ROOT, check=True, capture_output=True, text=True
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """``(context, source, comment) → <message>`` of a .ts file."""
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return not all(texts)


def missing_in(language: str) -> list[str]:
    """The texts of today's code that ``language``'s .ts lacks or leaves unfinished (lupdate
    runs over a temporary copy, so the committed file is left alone)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = ts_path(language, Path(tmp))
        shutil.copyfile(ts_path(language), copy)
        lupdate([copy])
        return [
            f"{context}: {source!r}"
            for (context, source, _), message in messages(copy).items()
            if unfinished(message)
        ]


def qm_is_current(language: str) -> bool:
    """The committed .qm is what lrelease makes of the committed .ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = qm_path(language, Path(tmp))
        lrelease(ts_path(language), fresh)
        built = qm_path(language)
        return built.exists() and built.read_bytes() == fresh.read_bytes()


def todo(language: str) -> list[dict[str, object]]:
    """The unfinished messages of ``language`` as ``{"context", "source", "plural",
    "translation"}`` objects: write the translations (a list of forms for a plural) and give the
    file to ``--fill``."""
    return [
        {"context": c, "source": s, "plural": m.get("numerus") == "yes", "translation": ""}
        for (c, s, _), m in messages(ts_path(language)).items()
        if unfinished(m)
    ]


def fill(language: str, entries: list[dict[str, object]]) -> int:
    """Write translations into ``language``'s .ts: each entry names a ``source`` (and, to
    tell apart equal sources, a ``context``) and its ``translation`` (a list of forms for a
    plural). Returns how many messages were filled."""
    by_both = {(str(e.get("context", "")), str(e["source"])): e for e in entries}
    by_source = {str(e["source"]): e for e in entries}
    path = ts_path(language)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            entry = by_both.get((name, source)) or by_source.get(source)
            if entry is None or not entry.get("translation"):
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            forms = entry["translation"]
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in forms if isinstance(forms, list) else [forms]:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(forms[0] if isinstance(forms, list) else forms)
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    lupdate([path])  # back in lupdate's own layout
    lrelease(path, qm_path(language))
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    parser.add_argument("--todo", metavar="LANG", help="print the texts LANG lacks as JSON")
    parser.add_argument("--fill", nargs=2, metavar=("LANG", "FILE"), help="fill in from JSON")
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    if args.todo:
        print(json.dumps(todo(args.todo), ensure_ascii=False, indent=1))
        return 0
    if args.fill:
        language, file = args.fill
        entries = json.loads(Path(file).read_text("utf-8"))
        print(f"{language}: {fill(language, entries)} filled, {len(missing_in(language))} left")
        return 0
    if args.check:
        bad = 0
        for language in args.languages:
            missing = missing_in(language)
            if missing:
                bad += 1
                print(f"{language}: {len(missing)} texts without a translation")
            if not qm_is_current(language):
                bad += 1
                print(f"{language}: the .qm is not built from the .ts")
        return 1 if bad else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate([ts_path(language) for language in args.languages])
    for language in args.languages:
        lrelease(ts_path(language), qm_path(language))
        print(f"{language}: {len(missing_in(language))} texts to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
