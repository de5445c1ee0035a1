"""What a blind parent hears: the real app on a real X server, driven through AT-SPI like Orca drives it.

For each language, the app starts under Xvfb with its own D-Bus session and accessibility bus
(``atspi_desktop.py``), then ``atspi_driver.py``, run by the system Python with Debian's pyatspi, ticks a
warning sign (and an urgent one), adds a conversation starter to the plan, opens "Get help now", reads the
cards and copies the number, searches, and leaves with quick exit, using AT-SPI only and listening to the
announcements a screen reader would speak. Each check below asserts one of the driver's findings.

Run alone with ``pytest -m atspi``. Where the system packages are missing (see ``.ci/run``) the tests are
skipped with the list of packages, except in CI (``CI=true``), where a missing package fails them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from atspi_desktop import Desktop, DesktopError, missing_tools, system_python_with_pyatspi

pytestmark = pytest.mark.atspi

REPO_ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("atspi_driver.py")
FRENCH_CATALOGUE = REPO_ROOT / "guardian_app" / "i18n" / "guardian_fr.ts"
REGION = "CA"
APP_START_S = 40.0  # hang guards only, never speed checks
DRIVER_TIMEOUT_S = 90.0
EXIT_TIMEOUT_S = 10.0


def _translate(language: str, context: str, source: str) -> str:
    if language == "en":
        return source
    for message in ET.parse(FRENCH_CATALOGUE).getroot().iterfind(f"context[name='{context}']/message"):
        if message.findtext("source") == source:
            return message.findtext("translation") or source
    raise LookupError(f"{source!r} is not in {FRENCH_CATALOGUE.name}")


def _host(url: str) -> str:
    return (urlsplit(url).hostname or url).rstrip(".").removeprefix("www.")


def _job(language: str) -> dict[str, object]:
    """What the driver needs to know: the region's main number, each card's facts, the names it presses."""
    from guardian_app.content.loader import load_content

    content = load_content(language).content
    region = content.region(REGION)
    assert region is not None
    primary = content.resource(region.primary)
    assert primary is not None and primary.phone is not None
    card_facts: dict[str, list[str]] = {}
    for resource in content.resources_for(REGION):
        facts = [resource.phone.display] if resource.phone else []
        if resource.text:
            facts.append(resource.text.display or resource.text.number)
        hosts = list(dict.fromkeys(_host(url) for url in resource.source_urls))[:2]
        card_facts[resource.id] = facts + hosts
    copy_number = _translate(language, "ResourceCard", "Copy the number of {name}").format(name=primary.name)
    return {
        "main_number": primary.phone.display,
        "primary": primary.id,
        "card_facts": card_facts,
        "urgent_signs": [sign.label for sign in content.signs if sign.level == "urgent"],
        "search_word": "photo",
        "names": {"add_to_plan": _translate(language, "StarterCard", "Add to my plan"), "copy_number": copy_number},
        "start_s": APP_START_S,
    }


@pytest.fixture(scope="module")
def system_python() -> str:
    missing = missing_tools()
    python = system_python_with_pyatspi()
    if missing or python is None:
        reason = f"the AT-SPI test needs these Debian packages: {', '.join(missing)} (.ci/run installs them)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + "; in CI they must be there", pytrace=False)
        pytest.skip(reason)
    return python


class Run:
    """One run of the app and the driver in a language: the driver's findings and how the app ended."""

    def __init__(self, results: dict[str, dict[str, object]], exit_code: int | None, logs: str) -> None:
        self.results = results
        self.exit_code = exit_code
        self.logs = logs

    def check(self, name: str) -> None:
        found = self.results.get(name)
        assert found is not None, f"the driver did not report {name!r}\n{self.logs}"
        assert found["ok"], f"{name}: {found['detail']}"


def _app_env(desktop: Desktop, language: str) -> dict[str, str]:
    env = dict(desktop.env)
    env.update({
        "QT_QPA_PLATFORM": "xcb",  # the suite's conftest says offscreen; this app needs the real X server
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "LANG": "fr_CA.UTF-8" if language == "fr" else "en_CA.UTF-8",
        "PYTHONPATH": str(REPO_ROOT),
    })
    return env


def _drive(desktop: Desktop, python: str, language: str) -> Run:
    app = desktop.spawn(f"guardian-{language}", [sys.executable, "-m", "guardian_app", "--locale", language,
                                                 "--region", REGION], env=_app_env(desktop, language))
    driver_env = {**desktop.env, "PYTHONDONTWRITEBYTECODE": "1"}
    job = json.dumps({**_job(language), "pid": app.pid})
    try:
        done = subprocess.run([python, str(DRIVER)], input=job, capture_output=True, text=True, env=driver_env,
                              timeout=DRIVER_TIMEOUT_S)
    except subprocess.TimeoutExpired as timeout:
        pytest.fail(f"the AT-SPI driver did not finish within {DRIVER_TIMEOUT_S:.0f} s: {timeout.stderr!r}")
    try:
        exit_code: int | None = app.wait(EXIT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        exit_code = None  # stopped by Desktop.stop()
    logs = f"driver stderr:\n{done.stderr}\napp log:\n" + (desktop.root / f"guardian-{language}.log").read_text(
        errors="replace")
    if done.returncode != 0:
        pytest.fail(f"the AT-SPI driver failed (exit {done.returncode})\n{logs}")
    return Run(json.loads(done.stdout), exit_code, logs)


@pytest.fixture(scope="module", params=["en", "fr"])
def run(request: pytest.FixtureRequest, system_python: str,
        tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    desktop = Desktop(tmp_path_factory.mktemp(f"atspi-{request.param}"))
    try:
        desktop.start()
        yield _drive(desktop, system_python, request.param)
    except DesktopError as error:
        pytest.fail(f"the private desktop did not start: {error}")
    finally:
        killed = desktop.stop()
        assert not killed, f"had to kill {killed}"


def test_every_showing_control_has_a_name(run: Run) -> None:
    run.check("names")


def test_get_help_now_reads_the_main_number(run: Run) -> None:
    run.check("main_number")


def test_no_label_name_hides_a_number_or_an_address(run: Run) -> None:
    run.check("labels_keep_text")


def test_ticking_a_sign_changes_its_state_and_the_summary(run: Run) -> None:
    run.check("tick_sign")


def test_a_starter_can_be_added_to_the_plan(run: Run) -> None:
    run.check("add_to_plan")


def test_quick_exit_leaves_no_window_showing(run: Run) -> None:
    run.check("quick_exit")
    assert run.exit_code == 0, f"Guardian did not quit after quick exit (exit code {run.exit_code})\n{run.logs}"


def test_ticking_a_sign_is_announced(run: Run) -> None:
    run.check("announce_tick")


def test_the_urgent_banner_is_announced(run: Run) -> None:
    run.check("announce_urgent")


def test_the_number_of_search_results_is_announced(run: Run) -> None:
    run.check("announce_search")


def test_copying_a_number_is_announced(run: Run) -> None:
    run.check("announce_copied")
