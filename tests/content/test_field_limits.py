"""Every field is bounded and matched whole: what a hostile pack meets before anything of it is used."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian_app.content.loader import load_content
from guardian_app.content.model import ContentIssue
from guardian_app.content.safe_text import printable


def _errors(tmp_path: Path, name: str, text: str) -> list[str]:
    pack = tmp_path / "pack"
    (pack / "en").mkdir(parents=True, exist_ok=True)
    (pack / "en" / name).write_text(text, encoding="utf-8")
    return [issue.message for issue in load_content("en", packs=[pack]).errors]


@pytest.mark.parametrize(("text", "expected"), [
    ('phrases:\n  - id: "pack-phrase\\n"\n    avoid: a\n    instead: b\n',
     "phrases[0].id: 'pack-phrase\n' is not a valid id"),
    ("phrases:\n  - id: " + "a" * 65 + "\n    avoid: a\n    instead: b\n",
     "phrases[0].id: is 65 characters long; at most 64 are allowed"),
    ("sections:\n  - id: pack-s\n    title: t\n    paragraphs: [" + ", ".join(["p"] * 101) + "]\n",
     "sections[0].paragraphs: has 101 items; at most 100 are allowed"),
    ("sections:\n  - id: pack-s\n    title: t\n    paragraphs: [" + "x" * 2001 + "]\n",
     "sections[0].paragraphs[0]: is 2,001 characters long; at most 2,000 are allowed"),
    ("groups:\n  - id: pack-g\n    order: -1234567\n    title: t\n",
     "groups[0].order: a number of 7 digits is too large; use a whole number of at most 6 digits"),
])
def test_values_are_bounded_and_matched_whole(tmp_path: Path, text: str, expected: str) -> None:
    assert any(message.startswith(expected) for message in _errors(tmp_path, "pack.yaml", text))


def test_a_value_quoted_back_is_cut_short(tmp_path: Path) -> None:
    (message,) = _errors(tmp_path, "pack.yaml", f"phrases:\n  - id: pack-p\n    avoid: {'9' * 3000}\n"
                                                "    instead: b\n")

    assert len(message) < 300 and "(3,000 characters)" in message


def test_markup_in_a_list_of_texts_is_warned_about(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "en").mkdir(parents=True)
    (pack / "en" / "pages.yaml").write_text(
        'sections:\n  - id: pack-s\n    title: t\n    paragraphs: [ok, \'<img src="file:///x">\']\n',
        encoding="utf-8")

    result = load_content("en", packs=[pack])

    assert result.errors == ()
    assert any(issue.message.startswith("sections[0].paragraphs[1]: looks like markup ('<img")
               for issue in result.warnings)


@pytest.mark.parametrize(("raw", "shown"), [
    ("plain words, é and « »", "plain words, é and « »"),
    ("a\nb\r\tc", "a\\x0ab\\x0d\\x09c"),
    ("\x1b[31mred\x9b", "\\x1b[31mred\\x9b"),
    ("caf\udce9", "caf\\xe9"),  # a byte that is not UTF-8, as Python keeps it in a file name
    ("\u202eevil\u2028", "\\u202eevil\\u2028"),
])
def test_printable_escapes_what_a_terminal_would_obey(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_an_issue_prints_on_one_safe_line() -> None:
    issue = ContentIssue("pack/a\nb.yaml", 1, 2, "found '\x1b[2J'")

    assert str(issue) == "pack/a\\x0ab.yaml:1:2: found '\\x1b[2J'"
