"""``guardian-app --self-test`` as an installer or an IT person runs it: a real child process, offscreen.

``app.self_test`` documents its contract: load the content, build every page offscreen, print the problems
(``file:line:col: problem``, the same lines as ``guardian-app validate``) on stderr and exit 1, or say what
was checked on stdout and exit 0. A content pack with an error counts as a problem (the app then ignores the
pack and opens on the built-in content), so an organisation learns about it before families do.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from guardian_app.ui.registry import PAGES

RUN_TIMEOUT_S = 180  # a hang guard only, never a speed check
ISSUE_LINE = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<message>\S.*)$")


def run_self_test(tmp_path: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items() if not key.startswith("GUARDIAN_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_STATE_HOME=str(home / ".local/state"), PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, "-m", "guardian_app", "--self-test", *args], cwd=cwd or tmp_path,
                          env=env, capture_output=True, text=True, encoding="utf-8", timeout=RUN_TIMEOUT_S,
                          check=False)


def _details(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"


def _available_page_ids() -> list[str]:
    return [spec.page_id for spec in PAGES if spec.available()]


@pytest.mark.parametrize(("locale", "region"), [("en", "CA"), ("fr", "US")])
def test_self_test_passes_and_says_what_it_checked(tmp_path: Path, locale: str, region: str) -> None:
    result = run_self_test(tmp_path, "--locale", locale, "--region", region)

    assert "Traceback" not in result.stderr, _details(result)
    assert result.returncode == 0, _details(result)
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("Guardian self-test passed:"), _details(result)
    assert f"content loaded in {locale}, region {region}" in summary
    listed = summary.partition("pages: ")[2].split(", ")
    assert listed == _available_page_ids()
    # It may read settings, but never saves a session, a record or a key.
    data_home = tmp_path / "home" / ".local" / "share"
    assert [path for path in data_home.rglob("*") if path.is_file()] == []


def test_self_test_reports_a_broken_pack_by_file_and_line(tmp_path: Path, data_dir: Path) -> None:
    pack = tmp_path / "org-pack"
    (pack / "en").mkdir(parents=True)
    (pack / "en" / "signs.yaml").write_bytes((data_dir / "broken" / "syntax_error.yaml").read_bytes())

    result = run_self_test(tmp_path, "--locale", "en", "--region", "CA", "--content", str(pack))

    assert "Traceback" not in result.stderr, _details(result)
    assert result.returncode == 1, _details(result)
    assert "self-test passed" not in result.stdout
    issues = [match for line in result.stderr.splitlines() if (match := ISSUE_LINE.match(line))]
    assert issues, _details(result)
    # Run from tmp_path, so the file is named relative to it, as a person typing the command would expect.
    first = issues[0]
    assert first["path"] == str(Path("org-pack") / "en" / "signs.yaml")
    assert int(first["line"]) == 4
    assert "YAML syntax error" in first["message"]
    # Only the pack's file is blamed: the built-in content is fine.
    assert all("org-pack" in match["path"] for match in issues), _details(result)


def test_self_test_reports_a_missing_pack_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = run_self_test(tmp_path, "--locale", "en", "--region", "CA", "--content", str(missing))

    assert "Traceback" not in result.stderr, _details(result)
    assert result.returncode == 1, _details(result)
    assert "nowhere:1:1: content pack folder not found; pack ignored" in result.stderr


def test_self_test_accepts_a_valid_pack(tmp_path: Path, data_dir: Path) -> None:
    result = run_self_test(tmp_path, "--locale", "en", "--region", "CA", "--content", str(data_dir / "valid-pack"))

    assert "Traceback" not in result.stderr, _details(result)
    assert result.returncode == 0, _details(result)
    assert "self-test passed" in result.stdout
