"""Refresh the French UI catalogue after UI strings changed, keeping every translation already made.

Runs ``pyside6-lupdate`` over the package into ``guardian_fr.ts`` (dropping vanished messages), then fills
messages lupdate marks unfinished from, in order: extra ``.ts`` files given on the command line (e.g. both sides
of a merge: ``git show :2:guardian_app/i18n/guardian_fr.ts > ours.ts``), and the same English text already
translated in another context. Whatever is still unfinished is listed, to translate by hand; then run
``pyside6-lrelease`` (this script does it when nothing is left unfinished).

    .venv/bin/python tools/update_translations.py [other.ts ...]
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "guardian_app" / "i18n" / "guardian_fr.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else name


def _translations(path: Path) -> tuple[dict[tuple[str, str], ET.Element], dict[str, ET.Element]]:
    by_key: dict[tuple[str, str], ET.Element] = {}
    by_source: dict[str, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            by_key[(name, source)] = translation
            by_source.setdefault(source, translation)
    return by_key, by_source


def main(extra: list[str]) -> int:
    known_key: dict[tuple[str, str], ET.Element] = {}
    known_source: dict[str, ET.Element] = {}
    for path in [TS_FILE, *map(Path, extra)]:
        if path.is_file():
            keys, sources = _translations(path)
            for key, value in keys.items():
                known_key.setdefault(key, value)
            for source, value in sources.items():
                known_source.setdefault(source, value)
    sources = sorted(str(p) for p in (ROOT / "guardian_app").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources,
                    "-ts", str(TS_FILE)], check=True, cwd=ROOT)
    tree = ET.parse(TS_FILE)
    left = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            found = known_key.get((name, source)) or known_source.get(source)
            if found is None:
                left.append(f"{name}: {source!r}")
                continue
            message.remove(translation)
            copy = ET.fromstring(ET.tostring(found))
            copy.attrib.pop("type", None)
            copy.tail = translation.tail
            message.append(copy)
    text = ET.tostring(tree.getroot(), encoding="unicode")
    # lupdate's own header and its &#xa0; style, so diffs stay small.
    text = text.replace("\u00a0", "&#xa0;")
    TS_FILE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources,
                    "-ts", str(TS_FILE)], check=True, cwd=ROOT)
    if left:
        print("Still to translate by hand (remove type=\"unfinished\"):", *left, sep="\n  ")
        return 1
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(QM_FILE)], check=True)
    print("guardian_fr.ts and guardian_fr.qm are up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
