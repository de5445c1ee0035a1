"""Situations ("What is happening?"): the shipped table, and what ``validate`` says about a bad one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guardian_app.content.loader import LoadResult, load_content
from guardian_app.content.model import LANGUAGES, REGIONS, Content
from guardian_app.content.schema import json_schema
from guardian_app.paths import content_dir

REQUIRED_SITUATIONS = ("threatened", "asked-for-pictures", "online-relationship", "picture-shared", "exploited",
                       "crisis", "parent-support", "not-sure")


@pytest.fixture(scope="module", params=LANGUAGES)
def shipped(request: pytest.FixtureRequest) -> Content:
    result = load_content(request.param, strict_languages=True)
    assert [str(issue) for issue in result.issues] == []
    return result.content


def test_every_required_situation_is_shipped(shipped: Content) -> None:
    assert set(REQUIRED_SITUATIONS) <= {situation.id for situation in shipped.help_situations}


def test_every_situation_has_a_whole_region_lead_or_a_fallback_in_every_region(shipped: Content) -> None:
    for situation in shipped.help_situations:
        for region in REGIONS:
            leads = situation.leads_for(region)
            resources = [shipped.resource(resource_id) for resource_id in leads.resources]
            assert all(resource is not None and region in resource.regions for resource in resources), \
                (situation.id, region)
            whole = [resource for resource in resources if resource is not None and not resource.subregion]
            assert whole or leads.fallback.strip(), (situation.id, region)


def test_a_quebec_only_line_never_comes_first_or_second(shipped: Content) -> None:
    # The first two leads are shown large, side by side: they must serve the whole region.
    for situation in shipped.help_situations:
        for region in REGIONS:
            for resource_id in situation.leads_for(region).resources[:2]:
                resource = shipped.resource(resource_id)
                assert resource is not None and not resource.subregion, (situation.id, region, resource_id)


def test_every_situation_has_steps_with_targets_and_points_at_real_items(shipped: Content) -> None:
    for situation in shipped.help_situations:
        assert situation.title and situation.description and situation.steps, situation.id
        assert all(step.link for step in situation.steps), situation.id
        assert not situation.guide or shipped.guide(situation.guide), situation.id
        assert all(shipped.sign(sign_id) for sign_id in situation.signs), situation.id
        assert all(shipped.starter(starter_id) for starter_id in situation.starters), situation.id


def test_every_urgent_sign_points_to_a_situation(shipped: Content) -> None:
    lit = {sign_id for situation in shipped.help_situations for sign_id in situation.signs}
    urgent = {sign.id for sign in shipped.signs if sign.level == "urgent"}
    assert urgent - lit == set()


def test_the_threat_situation_leads_with_its_guide(shipped: Content) -> None:
    threatened = shipped.help_situation("threatened")
    assert threatened is not None and threatened.guide == "someone-is-threatening-my-child"
    assert threatened.steps[0].link == "guide:someone-is-threatening-my-child#stop-contact"
    assert threatened.leads_for("CA").resources[0] == "ca-cybertip"
    assert threatened.leads_for("US").resources[0] == "us-ncmec-cybertipline"
    assert threatened.leads_for("GB").resources[0] == "uk-ceop"
    assert threatened.leads_for("AU").resources[0] == "au-accce"


def test_default_leads_fit_a_parent_worried_about_luring(shipped: Content) -> None:
    leads = {region.id: region.leads for region in shipped.regions}
    assert leads == {"CA": ("ca-human-trafficking-hotline", "ca-cybertip"), "US": ("us-ncmec-cybertipline",),
                     "GB": ("uk-nspcc-helpline", "uk-ceop"), "AU": ("au-accce", "au-esafety")}


def test_every_region_now_has_a_crisis_line(shipped: Content) -> None:
    for region in REGIONS:
        assert [resource for resource in shipped.resources_for(region, "crisis") if not resource.subregion], region


def test_french_situations_match_the_english_ones() -> None:
    english = load_content("en").content
    french = load_content("fr").content

    def facts(content: Content) -> list[object]:
        return [(situation.id, situation.guide, situation.signs, situation.starters,
                 [(step.id, step.link) for step in situation.steps],
                 [(leads.region, leads.resources, bool(leads.fallback)) for leads in situation.leads])
                for situation in content.help_situations]

    assert facts(french) == facts(english)
    assert [situation.title for situation in french.help_situations] != \
        [situation.title for situation in english.help_situations]


def test_schema_describes_situations() -> None:
    schema = json_schema()
    situation = schema["$defs"]["text-help_situations"]
    assert {"id", "title", "description", "steps", "leads", "fallback", "guide", "signs", "starters", "keywords"} \
        == set(situation["properties"])
    assert set(situation["properties"]["leads"]["properties"]) == set(REGIONS)
    assert "leads" in schema["$defs"]["facts-regions"]["properties"]


# --- what validate says ------------------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped content at ./content, so issue paths read content/en/..."""
    shutil.copytree(content_dir(), tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return Path("content")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _errors(result: LoadResult) -> list[str]:
    return [str(issue) for issue in result.errors]


def _line_of(path: Path, needle: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if needle in line)


def test_a_region_without_a_lead_or_fallback_fails(tree: Path) -> None:
    situations = tree / "en" / "situations.yaml"
    _edit(situations, "      AU: [au-lifeline]\n", "")
    _edit(situations, "      AU: >-\n        Guardian does not list a line just for parents in Australia yet. Lifeline"
                      " is there for anyone who is\n        struggling, parents too.\n", "")
    line = _line_of(situations, "- id: parent-support")
    assert _errors(load_content("en", base_dir=tree)) == [
        f"content/en/situations.yaml:{line}:5: help_situations[6]: situation 'parent-support' has no service for"
        " the whole of Australia; add one under leads.AU, or a plain sentence under fallback.AU saying what to"
        " do instead"]


def test_a_quebec_only_lead_does_not_cover_canada(tree: Path) -> None:
    situations = tree / "en" / "situations.yaml"
    _edit(situations, "      CA: [ca-988, ca-kids-help-phone, qc-suicide-prevention, ca-911]",
          "      CA: [qc-suicide-prevention]")
    line = _line_of(situations, "- id: crisis")
    assert _errors(load_content("en", base_dir=tree)) == [
        f"content/en/situations.yaml:{line}:5: help_situations[1]: situation 'crisis' has no service for the"
        " whole of Canada; add one under leads.CA, or a plain sentence under fallback.CA saying what to do"
        " instead"]


def test_a_lead_from_another_region_fails_where_it_is_written(tree: Path) -> None:
    situations = tree / "en" / "situations.yaml"
    _edit(situations, "      GB: [uk-samaritans, uk-childline, uk-999]", "      GB: [uk-samaritans, us-988]")
    line = _line_of(situations, "GB: [uk-samaritans, us-988]")
    assert _errors(load_content("en", base_dir=tree)) == [
        f"content/en/situations.yaml:{line}:27: help_situations[1].leads.GB[1]: 'us-988' does not serve GB"
        " (it serves US)"]


def test_an_unknown_lead_leaves_the_situation_out(tree: Path) -> None:
    situations = tree / "en" / "situations.yaml"
    _edit(situations, "      US: [us-childhelp, us-988]", "      US: [us-childhelp, us-parent-line]")
    result = load_content("en", base_dir=tree)
    assert len(result.errors) == 1 and "unknown resource 'us-parent-line'" in str(result.errors[0])
    assert result.content.help_situation("parent-support") is None
    assert result.content.help_situation("threatened") is not None


def test_a_default_lead_from_another_region_fails(tree: Path) -> None:
    _edit(tree / "resources.yaml", "    leads: [us-ncmec-cybertipline]",
          "    leads: [us-ncmec-cybertipline, ca-cybertip]")
    errors = _errors(load_content("en", base_dir=tree))
    assert len(errors) == 1 and "regions[1].leads[1]: 'ca-cybertip' does not serve US (it serves CA)" in errors[0]
