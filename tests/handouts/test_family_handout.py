"""The family plan and the page for the child as HTML, the glossary links, and the scenario search hits."""

from __future__ import annotations

import pytest

from guardian_app.content.glossary_links import GlossaryLinker, term_id_from_link
from guardian_app.content.model import Content
from guardian_app.content.search import SearchIndex
from guardian_app.handouts.family import (
    FamilyPlan,
    build_child_page_html,
    build_family_plan_html,
    take_down_routes,
)


def _plan(region: str = "CA") -> FamilyPlan:
    return FamilyPlan(region=region, age_band="13-15", family_name="Tremblay", trusted_at_home=["Mom", "Dad"],
                      trusted_outside=["Aunt <Lise>"], code_word="pineapple",
                      house_rules=["Phones charge outside bedrooms at night."])


def test_family_page_has_the_plan_and_the_region_lines(content_en: Content) -> None:
    page = build_family_plan_html(content_en, _plan())

    assert "Our family safety plan" in page and "The Tremblay family" in page
    assert "Mom, Dad" in page and "Aunt &lt;Lise&gt;" in page  # escaped
    assert "pineapple" in page and "You will not lose your phone for telling me" in page
    assert "Phones charge outside bedrooms at night." in page
    assert "Kids Help Phone" in page and "1-800-668-6868" in page
    assert "NeedHelpNow" in page or "needhelpnow.ca" in page
    emergency = content_en.resource("ca-911")
    assert emergency is not None and emergency.phone is not None
    assert f"call {emergency.phone.display}" in page
    assert "Samaritans" not in page  # another region's line


def test_the_promise_can_be_left_out(content_en: Content) -> None:
    plan = _plan()
    plan.promise = False
    assert "You will not lose your phone for telling me" not in build_family_plan_html(content_en, plan)


@pytest.mark.parametrize(("region", "route", "youth_line"), [
    ("CA", "needhelpnow.ca", "Kids Help Phone"),
    ("US", "takeitdown.ncmec.org", "Childhelp"),
    ("GB", "childline.org.uk/remove", "Childline"),
    ("AU", "esafety.gov.au", "Kids Helpline"),
])
def test_child_page_has_the_region_take_down_route_and_youth_line(content_en: Content, region: str, route: str,
                                                                  youth_line: str) -> None:
    page = build_child_page_html(content_en, region, _plan(region))

    assert "You are not in trouble" in page
    assert "I need to tell you something and I need you to stay calm" in page
    assert route in page and youth_line in page
    assert "pineapple" in page


def test_take_down_routes_are_only_verified_resources_of_the_region(content_en: Content) -> None:
    assert [res.id for res in take_down_routes(content_en, "CA")] == ["ca-needhelpnow", "us-take-it-down"]
    assert [res.id for res in take_down_routes(content_en, "GB")] == ["us-take-it-down", "uk-report-remove"]


def test_plan_round_trips_and_bad_data_is_ignored() -> None:
    plan = _plan()
    assert FamilyPlan.from_dict(plan.to_dict()) == plan
    odd = FamilyPlan.from_dict({"code_word": 3, "trusted_at_home": "Mom", "promise": "yes", "extra": 1})
    assert odd == FamilyPlan()


def test_first_use_of_a_glossary_word_is_linked_once_per_page(content_en: Content) -> None:
    linker = GlossaryLinker(content_en.glossary)
    page = linker.link_page(["Sextortion is a kind of blackmail.", "More about sextortion & capping."])

    assert page[0] == '<a href="glossary:sextortion">Sextortion</a> is a kind of blackmail.'
    assert page[1] == 'More about sextortion &amp; <a href="glossary:capping">capping</a>.'
    assert linker.link_page(["financial sextortion"]) == [
        '<a href="glossary:financial-sextortion">financial sextortion</a>']
    assert linker.link("grooms") == "grooms"  # whole words only
    assert term_id_from_link("glossary:capping") == "capping" and term_id_from_link("https://x") == ""


def test_search_finds_scenarios_glossary_words_and_plan_items(content_en: Content) -> None:
    index = SearchIndex(content_en)

    hits = {(hit.page_id, hit.item_id, hit.kind) for hit in index.search("older friend game")}
    assert ("practice", "older-game-friend", "scenario") in hits
    assert ("practice", "glossary:capping", "glossary") in {(h.page_id, h.item_id, h.kind)
                                                            for h in index.search("capping")}
    assert any(hit.page_id == "family-plan" for hit in index.search("code word"))
    assert any(hit.page_id == "for-child" for hit in index.search("taken down"))
