"""The French UI catalogue is complete, compiled and shipped.

``guardian_app/i18n/guardian_fr.ts`` is the source of truth; ``guardian_fr.qm`` is what Guardian loads. These
tests run ``pyside6-lupdate`` and ``pyside6-lrelease`` in a temporary folder, so a new English string without
its French, a forgotten recompile or a broken placeholder fails CI. To update after changing UI strings::

    .venv/bin/pyside6-lupdate -locations none -no-obsolete $(find guardian_app -name '*.py') \\
        -ts guardian_app/i18n/guardian_fr.ts
    # translate every new message (Qt Linguist, or by hand: remove type="unfinished"), then
    .venv/bin/pyside6-lrelease guardian_app/i18n/guardian_fr.ts -qm guardian_app/i18n/guardian_fr.qm
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from guardian_app.paths import translations_dir

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = REPO_ROOT / "guardian_app"
TS_FILE = PACKAGE_DIR / "i18n" / "guardian_fr.ts"
QM_FILE = PACKAGE_DIR / "i18n" / "guardian_fr.qm"
NBSP = "\u00a0"
# {name} fields filled by str.format after translation, Qt's %1 and %n.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d")
# An accelerator is "&" before a letter ("&File"); "About & sources" and "&&" are plain ampersands.
_ACCELERATOR = re.compile(r"&(?=[^\s&])")

Message = tuple[str, str]  # (context, source)


def _tool(name: str) -> str:
    """A Qt tool installed with PySide6, next to the running Python first (a venv need not be activated)."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    assert found, f"{name} is not installed; it comes with PySide6"
    return found


def _messages(ts_file: Path) -> dict[Message, ET.Element]:
    """Every message of a .ts file by (context, source), with its <translation> element."""
    messages: dict[Message, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: {message.findtext('source')!r} has no <translation>"
            messages[(name, message.findtext("source") or "")] = translation
    return messages


def _translation_texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def committed() -> dict[Message, ET.Element]:
    return _messages(TS_FILE)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    """The messages a fresh lupdate run finds in today's source code."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh_fr.ts"
    sources = sorted(str(path) for path in PACKAGE_DIR.rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources,
                    "-ts", str(out)], check=True, cwd=REPO_ROOT, capture_output=True, timeout=120)
    return set(_messages(out))


def test_the_catalogue_is_inside_the_package_so_the_wheel_ships_it() -> None:
    assert translations_dir() == PACKAGE_DIR / "i18n"
    assert QM_FILE.is_file(), "guardian_fr.qm is missing: run pyside6-lrelease (see this module's docstring)"
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "guardian_app" in config["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    if shutil.which("git") and (REPO_ROOT / ".git").exists():
        # hatchling leaves out what git ignores; the compiled catalogue must not be ignored.
        ignored = subprocess.run(["git", "check-ignore", "-q", str(QM_FILE)], cwd=REPO_ROOT, check=False)
        assert ignored.returncode == 1, "guardian_fr.qm is git-ignored, so the wheel would not ship it"


def test_every_source_string_has_a_finished_french_translation(
        committed: dict[Message, ET.Element], fresh: set[Message]) -> None:
    missing = sorted(fresh - set(committed))
    assert not missing, f"new UI strings without French (update guardian_fr.ts): {missing}"
    unfinished = sorted(key for key in fresh if committed[key].get("type") == "unfinished"
                        or not all(_translation_texts(committed[key])))
    assert not unfinished, f"UI strings whose French is not finished: {unfinished}"


def test_the_catalogue_has_no_obsolete_or_vanished_messages(
        committed: dict[Message, ET.Element], fresh: set[Message]) -> None:
    stale = sorted(key for key, translation in committed.items()
                   if translation.get("type") in {"obsolete", "vanished"})
    assert not stale, f"obsolete messages (run lupdate with -no-obsolete): {stale}"
    gone = sorted(set(committed) - fresh)
    assert not gone, f"messages no longer in the source code (run lupdate with -no-obsolete): {gone}"


def test_placeholders_and_accelerators_survive_translation(committed: dict[Message, ET.Element]) -> None:
    problems = []
    for (context, source), translation in committed.items():
        for text in _translation_texts(translation):
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                problems.append(f"{context}: placeholders differ: {source!r} -> {text!r}")
            if len(_ACCELERATOR.findall(source)) != len(_ACCELERATOR.findall(text)):
                problems.append(f"{context}: accelerator (&) lost or added: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_french_typography_uses_no_break_spaces(committed: dict[Message, ET.Element]) -> None:
    """A plain space before ? ! : ; or inside « » lets a line break strand the mark on its own."""
    problems = []
    for (context, source), translation in committed.items():
        for text in _translation_texts(translation):
            if re.search(r" [?!:;»]", text) or "« " in text or re.search(r"\w[?!;»]", text):
                problems.append(f"{context}: {source!r} -> {text!r}")
            if re.search(r"[\w}]:", text):
                problems.append(f"{context}: no space before ':' in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_compiled_catalogue_matches_the_source(tmp_path: Path) -> None:
    compiled = tmp_path / "guardian_fr.qm"
    result = subprocess.run([_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(compiled)],
                            check=True, capture_output=True, text=True, timeout=120)
    assert "0 unfinished" in result.stdout, result.stdout
    assert "untranslated" not in result.stdout, result.stdout
    assert compiled.read_bytes() == QM_FILE.read_bytes(), (
        "guardian_fr.qm is older than guardian_fr.ts: run pyside6-lrelease (see this module's docstring)")


def test_the_qr_code_is_scanned_with_the_word_quebec_readers_know(committed: dict[Message, ET.Element]) -> None:
    """« Balayez » is sweeping; a code is « numérisé » (issue 16's wording fixes)."""
    caption = committed[("HelpPage", "Scan with your phone to call")]
    assert _translation_texts(caption) == ["Numérisez avec votre téléphone pour appeler"]
    assert not [key for key, translation in committed.items()
                if any("Balayez" in text for text in _translation_texts(translation))]
