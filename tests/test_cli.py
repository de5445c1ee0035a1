"""``guardian-app validate`` and ``schema`` as people run them: a real subprocess, exit codes, output format.

Every test runs the command as a child process, so the output checked is exactly what a terminal or CI shows,
and a crash would show up as a traceback on stderr.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
ISSUE_LINE = re.compile(r"^[^\s:][^:]*:\d+:\d+: \S")
# Generous: a hostile pack must be refused in well under this (it takes a fraction of a second).
HOSTILE_TIMEOUT_S = 20


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "guardian_app", *args], cwd=REPO_ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout, check=False)


def _assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def _pack(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    pack = tmp_path / "pack"
    for name, data in files.items():
        path = pack / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    pack.mkdir(exist_ok=True)
    return pack


def test_validate_builtin_content_exits_0() -> None:
    result = run_cli("validate")

    _assert_clean(result)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[-1].startswith("content: valid content (")


def test_validate_valid_pack_exits_0_and_prints_warnings_as_lines(tmp_path: Path) -> None:
    pack = _pack(tmp_path, {"en/extra.yaml": "phrases:\n  - id: pack-phrase\n    avoid: a\n    instead: b\n"})

    result = run_cli("validate", str(pack))

    _assert_clean(result)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == (f"{pack}/fr:1:1: warning: phrases: phrase 'pack-phrase' has no French text yet;"
                        f" English is shown (from {pack}/en/extra.yaml:2)")
    assert lines[-1].startswith(f"{pack}: valid pack (")


def test_strict_turns_missing_translations_into_errors(tmp_path: Path) -> None:
    pack = _pack(tmp_path, {"en/extra.yaml": "phrases:\n  - id: pack-phrase\n    avoid: a\n    instead: b\n"})

    result = run_cli("validate", "--strict", str(pack))

    _assert_clean(result)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{pack}/fr:1:1: phrases: phrase 'pack-phrase' has no French text yet; English is shown"
        f" (from {pack}/en/extra.yaml:2)"]
    assert result.stderr == "1 error(s), 0 warning(s): the content is not valid\n"


def test_invalid_pack_exits_1_with_every_error_as_path_line_col(tmp_path: Path) -> None:
    pack = _pack(tmp_path, {
        "en/signs.yaml": "signs:\n  - id: s\n    category: secrecy\n    label: l\n    why: w\n"
                         "    stages: [groming]\n    level: watch\n",
        "en/phrases.yaml": "phrases:\n  - id: p\n    avoid: no\n    instead: b\n",
    })

    result = run_cli("validate", str(pack))

    _assert_clean(result)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{pack}/en/phrases.yaml:3:12: phrases[0].avoid: expected text, but no is read as a yes/no value;"
        " put it in quotes: 'no'",
        f"{pack}/en/signs.yaml:6:14: signs[0].stages[0]: unknown stage 'groming'",
        f"{pack}/fr:1:1: warning: signs: sign 's' has no French text yet; English is shown"
        f" (from {pack}/en/signs.yaml:2)",
    ]
    assert result.stderr == "2 error(s), 1 warning(s): the content is not valid\n"


def test_missing_folder_is_a_usage_error() -> None:
    result = run_cli("validate", "no-such-folder")

    _assert_clean(result)
    assert result.returncode == 2
    assert result.stderr == "guardian-app validate: no-such-folder: no such folder\n"


def test_hostile_pack_is_refused_quickly_without_a_traceback(tmp_path: Path) -> None:
    bomb = (REPO_ROOT / "tests" / "data" / "broken" / "alias_bomb.yaml").read_text(encoding="utf-8")
    pack = _pack(tmp_path, {
        "resources.yaml": "[" * 200_000,
        "en/bomb.yaml": bomb,
        "en/python.yaml": "phrases:\n  - !!python/object/apply:os.system ['echo pwned']\n",
        "en/latin1.yaml": b"phrases:\n  - id: caf\xe9\n",
        "fr/nested.yaml": "a:\n" + "".join(" " * i + "- \n" for i in range(1, 5000)),
    })
    with (pack / "en" / "huge.yaml").open("wb") as stream:
        stream.truncate(30 * 1024 * 1024)

    result = run_cli("validate", str(pack), timeout=HOSTILE_TIMEOUT_S)

    _assert_clean(result)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 6 and all(ISSUE_LINE.match(line) for line in lines), lines
    assert "pwned" not in result.stdout + result.stderr
    assert result.stderr.startswith("6 error(s)")


def test_schema_prints_json() -> None:
    result = run_cli("schema")

    _assert_clean(result)
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "Guardian content file"


def test_validate_and_schema_never_import_qt() -> None:
    script = (
        "import contextlib, io, sys\n"
        "from guardian_app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        "    codes = (main(['validate']), main(['schema']), main(['validate', 'tests/data/valid-pack']))\n"
        "qt = sorted(name for name in sys.modules if name.startswith('PySide6'))\n"
        "print(codes, qt)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True,
                            timeout=120, check=False)

    assert result.stdout.strip() == "(0, 0, 0) []", result.stderr


def test_output_paths_are_relative_inside_the_current_folder() -> None:
    result = run_cli("validate", "tests/data/valid-pack")

    assert result.returncode == 0
    assert result.stdout.splitlines()[-1].startswith("tests/data/valid-pack: valid pack (")


def test_built_in_content_must_be_complete_in_french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --strict, a missing French item in the built-in content is an error, not a warning."""
    import io
    import shutil

    import guardian_app.paths
    from guardian_app.content.validate_cli import run_validate

    copy = tmp_path / "content"
    shutil.copytree(guardian_app.paths.content_dir(), copy)
    (copy / "fr" / "pages.yaml").unlink()  # the French home and about texts go missing
    monkeypatch.setattr(guardian_app.paths, "content_dir", lambda: copy)
    out, err = io.StringIO(), io.StringIO()

    assert run_validate([], out, err) == 1
    assert "has no French text yet" in out.getvalue()
    assert "warning:" not in out.getvalue()
