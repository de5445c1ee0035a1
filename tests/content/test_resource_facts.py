"""Every contact detail Guardian shows must come from a verified entry of the team's fact-check (Rule 1).

The fact-check lives outside the repository, at ``../shared/reference/resources.yaml`` (CI keeps it there:
with ``CI=true`` a missing fact-check fails these tests instead of skipping them).
These tests compare ``content/resources.yaml`` and ``content/en/resources.yaml`` with it, digit by digit.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
FACT_CHECK = REPO_ROOT / ".." / "shared" / "reference" / "resources.yaml"
CHECKED_ON = dt.date(2026, 11, 29)

# Entries the fact-check marks verified: false; none of them may appear, under any id.
# Lifeline Australia and Samaritans (UK) were confirmed in the December 2026 fact-check.
UNVERIFIED_SERVICES = ("us-national-human-trafficking-hotline", "qc-tel-jeunes", "qc-ligneparents")
# Where the fact-check restricts texting (pre-registered users only, or no SMS at all): no text action.
NO_TEXT_ACTION = ("ca-911", "uk-999", "au-000", "us-911")

# Official pages of a service that are not on its own web or chat site: its other name, its operator, or for an
# emergency number (which has no site of its own) the regulator or police page the fact-check gives.
OFFICIAL_PAGES_ELSEWHERE: dict[str, tuple[str, ...]] = {
    "ca-cybertip": ("cyberaide.ca",),  # its French name
    "ca-needhelpnow": ("aidezmoisvp.ca", "protectchildren.ca"),  # its French name; its operator, C3P
    "qc-info-social-811": ("cisss-outaouais.gouv.qc.ca",),  # Quebec's public health network runs 811
    "ca-911": ("canada.ca",),  # the CRTC
    "us-ncmec-cybertipline": ("missingkids.org",),  # its operator, NCMEC
    "us-911": ("fcc.gov",),
    "uk-ceop": ("ceopeducation.co.uk",),  # CEOP's own education site
    "uk-report-remove": ("iwf.org.uk",),  # runs Report Remove with Childline
    "uk-childline": ("nspcc.org.uk",),  # its operator
    "uk-999": ("westyorkshire.police.uk",),
    "au-kids-helpline": ("yourtown.com.au",),  # its operator
    "au-lifeline": ("lifelineh2h.org.au",),  # one of the Lifeline centres that answer 13 11 14
}

# A number as people write it: digits, maybe grouped by spaces or hyphens ("1-833-900-1010", "0808 800 5000").
_NUMBER_RUN = re.compile(r"\+?\d(?:[\s-]?\d)*")


def _load(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _number_runs(text: str) -> set[str]:
    """The digit strings of every number written in ``text`` ("9-1-1" gives "911")."""
    return {_digits(match) for match in _NUMBER_RUN.findall(text)}


@pytest.fixture(scope="module")
def fact_check() -> dict[str, dict[str, Any]]:
    if not FACT_CHECK.is_file():
        # On a developer's machine the fact-check may be missing; in CI it must be there, so this fails.
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"fact-check not found at {FACT_CHECK} (CI must provide ../shared/reference)")
        pytest.skip(f"fact-check not found at {FACT_CHECK}")
    return {entry["id"]: entry for entry in _load(FACT_CHECK)}


@pytest.fixture(scope="module")
def facts() -> dict[str, Any]:
    return _load(REPO_ROOT / "content" / "resources.yaml")


@pytest.fixture(scope="module")
def words() -> dict[str, Any]:
    return _load(REPO_ROOT / "content" / "en" / "resources.yaml")


def _allowed_numbers(entry: dict[str, Any], channel: str) -> set[str]:
    """Every digit string the fact-check gives for one channel ('phone' or 'sms') of an entry."""
    allowed: set[str] = set()
    for value in (entry.get(channel) or {}).values():
        if value:
            allowed |= _number_runs(str(value))
    return allowed


def test_every_resource_is_verified_in_the_fact_check(facts: dict[str, Any],
                                                       fact_check: dict[str, Any]) -> None:
    for resource in facts["resources"]:
        entry = fact_check.get(resource["id"])
        assert entry is not None, f"{resource['id']} is not in the fact-check"
        assert entry["verified"] is True, f"{resource['id']} is not verified in the fact-check"


def test_unverified_services_are_left_out(facts: dict[str, Any], words: dict[str, Any],
                                          fact_check: dict[str, Any]) -> None:
    unverified = {entry_id for entry_id, entry in fact_check.items() if entry["verified"] is not True}
    assert set(UNVERIFIED_SERVICES) <= unverified
    ids = {resource["id"] for resource in facts["resources"]}
    ids |= {resource["id"] for resource in words["resources"]}
    assert not ids & unverified


def test_phone_numbers_match_the_fact_check(facts: dict[str, Any], fact_check: dict[str, Any]) -> None:
    for resource in facts["resources"]:
        phone = resource.get("phone")
        if not phone:
            continue
        allowed = _allowed_numbers(fact_check[resource["id"]], "phone")
        assert _digits(phone["dial"]) in allowed, f"{resource['id']}: dial {phone['dial']} not verified"
        for number in _number_runs(phone["display"]):
            assert number in allowed, f"{resource['id']}: {phone['display']!r} has {number}, not verified"


def test_text_lines_match_the_fact_check(facts: dict[str, Any], fact_check: dict[str, Any]) -> None:
    for resource in facts["resources"]:
        text = resource.get("text")
        if not text:
            continue
        sms = fact_check[resource["id"]].get("sms")
        assert sms, f"{resource['id']}: the fact-check has no text line"
        allowed = _allowed_numbers(fact_check[resource["id"]], "sms")
        assert _digits(text["number"]) in allowed, f"{resource['id']}: text {text['number']} not verified"
        for number in _number_runs(text.get("display", "")):
            assert number in allowed, f"{resource['id']}: text display has {number} not in the fact-check"
        if text.get("keyword"):
            assert text["keyword"] == sms.get("keyword"), f"{resource['id']}: keyword not in the fact-check"


def test_restricted_emergency_texting_is_not_offered(facts: dict[str, Any]) -> None:
    by_id = {resource["id"]: resource for resource in facts["resources"]}
    for resource_id in NO_TEXT_ACTION:
        assert resource_id in by_id
        assert not by_id[resource_id].get("text"), f"{resource_id}: texting is restricted, do not offer it"


def test_web_addresses_come_from_the_fact_check(facts: dict[str, Any], fact_check: dict[str, Any]) -> None:
    for resource in facts["resources"]:
        entry = fact_check[resource["id"]]
        for field in ("web", "chat"):
            url = resource.get(field)
            if url:
                stated = f"{entry.get('web') or ''} {entry.get('chat') or ''}"
                assert url.rstrip("/") in stated, f"{resource['id']}: {field} {url} not in the fact-check"


def _fact_check_addresses(entry: dict[str, Any]) -> set[str]:
    """Every address the fact-check gives for an entry: its sources, and the service's own web and chat."""
    stated = f"{entry.get('web') or ''} {entry.get('chat') or ''}"
    return set(entry["source_urls"]) | set(re.findall(r"https://[^\s;)]+", stated))


def test_every_resource_has_sources_and_a_checked_date(facts: dict[str, Any],
                                                        fact_check: dict[str, Any]) -> None:
    for resource in facts["resources"]:
        assert resource["source_urls"], resource["id"]
        assert set(resource["source_urls"]) <= _fact_check_addresses(fact_check[resource["id"]]), resource["id"]
        # Entries re-checked later carry their own date in the fact-check.
        checked = fact_check[resource["id"]].get("verified_on")
        expected = dt.date.fromisoformat(checked) if checked else CHECKED_ON
        assert resource["verified_on"] == expected, resource["id"]


def _host(url: str) -> str:
    host = url.split("://", 1)[1].split("/", 1)[0].lower()
    return host.removeprefix("www.")


def _own_site(host: str, site: str) -> bool:
    return host == site or host.endswith("." + site)


def test_cards_cite_only_the_service_s_own_pages(facts: dict[str, Any]) -> None:
    # A card shows its sources: a counselor must be able to trust them. The service's own site (its web or chat
    # address, and their sub-domains) is official; so are the few pages named here. Newspapers, archives,
    # blogs, directories and other regional offices stay in the fact-check.
    for resource in facts["resources"]:
        own_sites = {_host(resource[field]) for field in ("web", "chat") if resource.get(field)}
        own_sites |= set(OFFICIAL_PAGES_ELSEWHERE.get(resource["id"], ()))
        for url in resource["source_urls"]:
            assert any(_own_site(_host(url), site) for site in own_sites), f"{resource['id']}: {url}"


def test_unverified_hours_are_not_shown(words: dict[str, Any], fact_check: dict[str, Any]) -> None:
    for resource in words["resources"]:
        fact_hours = str(fact_check[resource["id"]].get("hours") or "")
        if not fact_hours or "UNVERIFIED" in fact_hours:
            assert resource["hours"] == "", f"{resource['id']}: hours are not verified, leave them ''"


def test_unverified_languages_are_not_shown(words: dict[str, Any], fact_check: dict[str, Any]) -> None:
    for resource in words["resources"]:
        fact_languages = str(fact_check[resource["id"]].get("languages") or "")
        if not fact_languages or fact_languages.startswith("UNVERIFIED"):
            assert resource["languages"] == "", f"{resource['id']}: languages are not verified, leave them ''"


def test_regions_point_to_the_right_services(facts: dict[str, Any]) -> None:
    regions = {region["id"]: region for region in facts["regions"]}
    assert regions["CA"]["primary"] == "ca-human-trafficking-hotline"
    assert regions["US"]["primary"] == "us-ncmec-cybertipline"
    assert regions["GB"]["primary"] == "uk-nspcc-helpline"
    assert regions["AU"]["primary"] == "au-accce"
    # With no situation chosen, what fits a parent worried about luring or sextortion comes first.
    assert {region_id: region["leads"] for region_id, region in regions.items()} == {
        "CA": ["ca-human-trafficking-hotline", "ca-cybertip"], "US": ["us-ncmec-cybertipline"],
        "GB": ["uk-nspcc-helpline", "uk-ceop"], "AU": ["au-accce", "au-esafety"]}
    assert {region_id: region["emergency_number"] for region_id, region in regions.items()} == {
        "CA": "911", "US": "911", "GB": "999", "AU": "000"}


def test_a_missing_fact_check_fails_in_ci(tmp_path: Path) -> None:
    """Run this module with the fact-check out of reach and CI=true: its tests must fail, not skip."""
    import subprocess
    import sys

    if os.environ.get("GUARDIAN_FACT_CHECK_PROBE"):
        return  # this is the run below: nothing to probe again

    copy = tmp_path / "repo" / "tests" / "content"
    copy.mkdir(parents=True)
    (copy / "test_resource_facts.py").write_text(Path(__file__).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "repo" / "content").symlink_to(REPO_ROOT / "content")
    env = dict(os.environ, CI="true", GUARDIAN_FACT_CHECK_PROBE="1")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(copy),
         "--rootdir", str(tmp_path / "repo"), "-c", os.devnull],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert result.returncode != 0, result.stdout
    assert "fact-check not found" in result.stdout
    assert " skipped" not in result.stdout.splitlines()[-1]
