"""``guardian-app validate`` against the hostile-pack corpus, as a pack author or a counselor runs it.

The packs are under ``tests/data/hostile/`` (its README says what each one attacks); the ones git cannot hold
(file names with a newline, escape codes or bytes that are not UTF-8, links out of the pack, a 1 MB number)
are made here in a temporary folder. Each run is a real child process: what is checked is what a terminal
shows, and a crash would be a traceback on stderr.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
HOSTILE = REPO_ROOT / "tests" / "data" / "hostile"
# One issue per line: a path without a line break or control character, then line:col: and words.
ISSUE_LINE = re.compile(r"^[^\x00-\x1f\x7f]+?:\d+:\d+: [^\x00-\x1f\x7f]+$")
SUMMARY = re.compile(r"^[^\x00-\x1f\x7f]+: valid pack \(.*\)$")
TIMEOUT_S = 20  # generous: every hostile pack is refused in well under a second


def validate(*packs: str | bytes | Path) -> subprocess.CompletedProcess[str]:
    args: list[str | bytes | Path] = [sys.executable, "-m", "guardian_app", "validate", *packs]
    return subprocess.run(args, cwd=REPO_ROOT, capture_output=True, text=True, encoding="utf-8",
                          timeout=TIMEOUT_S, check=False)


def _assert_safe(result: subprocess.CompletedProcess[str]) -> list[str]:
    """No traceback, no escape code, every line of stdout one issue or the summary; returns the lines."""
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert all(ISSUE_LINE.match(line) or SUMMARY.match(line) for line in lines), lines
    return lines


@pytest.mark.parametrize(("pack", "expected"), [
    ("changes-dial", ["resources[0].phone.dial: this pack changes the phone number of"
                      " 'ca-human-trafficking-hotline' from '+18339001010' to '+15555550123'",
                      "resources[0].chat: this pack changes the chat address", "resources[0].web: this pack",
                      "resources[0].phone.display: '1-833-900-1010' is not the number in phone.dial"]),
    ("changes-text-number", ["resources[0].text.number: this pack changes the text number of"
                             " 'ca-kids-help-phone' from '686868' to '555555'"]),
    ("changes-chat", ["resources[0].chat: this pack changes the chat address of 'ca-human-trafficking-hotline'"]),
    ("changes-web", ["resources[0].web: this pack changes the web address of 'ca-cybertip'"]),
    ("changes-emergency-number", ["regions[0].emergency_number: this pack changes the emergency number of 'CA'"
                                  " from '911' to '5550199'"]),
    ("repoints-emergency", ["regions[0].emergency: this pack changes the emergency service of 'CA'"]),
    ("repoints-primary", ["regions[0].primary: this pack changes the main help line of 'CA'"]),
    ("display-disagrees", ["resources[0].phone.display: '1-833-900-1010' is not the number in phone.dial"
                           " ('+15555550123')"]),
    ("trailing-newline", ["resources[0].phone.dial: must contain only digits (and a leading +), found"
                          " '+18666589022\\x0a'",
                          "resources[0].web: must be a full web address starting with https://, found"
                          " 'https://example.org/report\\x0a'"]),
    ("huge-order", ["groups[0].order: a number of 5,000 digits is too large; use a whole number of at most 6"
                    " digits"]),
    ("long-name", ["resources[0].name: is 4,998 characters long; at most 2,000 are allowed"]),
])
def test_each_hostile_pack_is_refused_naming_what_it_attacks(pack: str, expected: list[str]) -> None:
    result = validate(HOSTILE / pack)

    lines = _assert_safe(result)
    assert result.returncode == 1, result.stdout
    errors = [line for line in lines if ": warning: " not in line]
    for words in expected:
        assert any(words in line for line in errors), (words, errors)
    assert len(errors) == len(expected), errors
    assert "error(s)" in result.stderr and "Traceback" not in result.stderr


def test_markup_in_a_pack_is_valid_text_with_a_warning_for_each_field() -> None:
    result = validate(HOSTILE / "markup")

    lines = _assert_safe(result)
    assert result.returncode == 0
    assert sum("looks like markup" in line for line in lines) == 6
    assert any("resources[0].name: looks like markup ('<img src=\"file:///etc/passwd\"')" in line
               for line in lines)
    assert lines[-1].startswith("tests/data/hostile/markup: valid pack (")


def _pack(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    (pack / "en").mkdir(parents=True)
    return pack


def test_file_names_cannot_forge_lines_colours_or_a_traceback(tmp_path: Path) -> None:
    pack = _pack(tmp_path)
    bad = b"phrases:\n  - id: p\n    avoid: no\n    instead: b\n"
    names = [b"a\nforged.yaml:1:1: all good\n.yaml", b"\x1b[32mgreen\x1b[0m\x1b]0;title\x07.yaml",
             b"caf\xe9.yaml", "\u202eevil\u202c.yaml".encode()]
    for name in names:
        with open(os.path.join(os.fsencode(pack / "en"), name), "wb") as stream:
            stream.write(bad)

    result = validate(pack)

    lines = _assert_safe(result)
    assert result.returncode == 1
    assert len(lines) == len(names)  # one issue per file: no line forged by a name
    shown = "\n".join(lines)
    assert "a\\x0aforged.yaml:1:1: all good\\x0a.yaml:3:12:" in shown
    assert "\\x1b[32mgreen\\x1b[0m\\x1b]0;title\\x07.yaml:3:12:" in shown
    assert "caf\\xe9.yaml:3:12:" in shown
    assert "\\u202eevil\\u202c.yaml:3:12:" in shown


def test_a_folder_name_with_escape_codes_is_escaped_too(tmp_path: Path) -> None:
    result = validate(os.fsencode(tmp_path / "no\x1b[31msuch\n") + b"\xff")

    _assert_safe(result)
    assert result.returncode == 2
    assert result.stderr.endswith("no\\x1b[31msuch\\x0a\\xff: no such folder\n")


def test_links_out_of_the_pack_are_refused_without_reading_them(tmp_path: Path) -> None:
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "secret.yaml").write_text("secret-canary-7391: [x]\n", encoding="utf-8")
    pack = _pack(tmp_path)
    (pack / "en" / "passwd.yaml").symlink_to(secret / "secret.yaml")
    (pack / "fr").symlink_to(secret, target_is_directory=True)
    (pack / "resources.yaml").symlink_to("/etc/passwd")
    (pack / "inside").mkdir()
    (pack / "inside" / "phrases.yaml").write_text(
        "phrases:\n  - id: pack-phrase\n    avoid: a\n    instead: b\n", encoding="utf-8")
    (pack / "en" / "phrases.yaml").symlink_to(pack / "inside" / "phrases.yaml")  # inside: read as usual

    result = validate(pack)

    lines = _assert_safe(result)
    assert result.returncode == 1
    assert "secret-canary" not in result.stdout + result.stderr and "root:" not in result.stdout
    refused = [line.split(":1:1: ")[0] for line in lines if "link to a place outside the pack" in line]
    assert sorted(refused) == sorted(str(path) for path in (pack / "en" / "passwd.yaml", pack / "fr",
                                                             pack / "resources.yaml"))
    # The linked phrases inside the pack are read (only their French text is missing, fr/ being refused).
    assert len(lines) == 4 and "warning: phrases: phrase 'pack-phrase' has no French text yet" in lines[-1]


def test_a_million_digit_emergency_number_is_refused_at_once(tmp_path: Path) -> None:
    pack = _pack(tmp_path)
    (pack / "resources.yaml").write_text(
        "regions:\n  - id: CA\n    primary: ca-human-trafficking-hotline\n    emergency: ca-911\n"
        f"    emergency_number: '{'9' * 1_000_000}'\n", encoding="utf-8")

    result = validate(pack)

    lines = _assert_safe(result)
    assert result.returncode == 1
    assert lines == [f"{pack}/resources.yaml:5:23: regions[0].emergency_number: is 1,000,000 characters long;"
                     " at most 16 are allowed"]
    assert len(result.stdout) < 500
