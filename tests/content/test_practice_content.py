"""The shipped practice scenarios, glossary, house rules and family texts: complete, linked and in French."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from guardian_app.content.loader import LoadResult, load_content
from guardian_app.content.model import REGIONS, Content
from tests.guardian_testing.french_typography import typography_problems

REPO_ROOT = Path(__file__).resolve().parents[2]
REFERENCE = REPO_ROOT / ".." / "shared" / "reference"
AGE_BANDS = ("6-9", "10-12", "13-15", "16-18")
# The situations the issue asks to rehearse, by scenario id.
REQUIRED_SCENARIOS = ("sextortion-disclosure", "take-my-phone", "anger-denial", "older-game-friend",
                      "everyone-sends-nudes", "just-a-joke", "younger-game-chat", "after-a-report")
REQUIRED_TERMS = ("grooming", "luring", "sextortion", "capping", "nudify", "deepfake", "csam", "bait",
                  "trauma-bond")
CHILD_TEXTS = ("child-not-in-trouble", "child-if-someone-asks", "child-if-threatened", "child-tell-an-adult",
               "child-call-or-text", "child-take-down")


@pytest.fixture(scope="module")
def english() -> LoadResult:
    return load_content("en")


@pytest.fixture(scope="module")
def french() -> LoadResult:
    return load_content("fr", strict_languages=True)


def test_at_least_ten_scenarios_across_every_age_band(english: LoadResult) -> None:
    scenarios = english.content.scenarios
    assert len(scenarios) >= 10
    assert {scenario.age_band for scenario in scenarios} == set(AGE_BANDS)
    assert set(REQUIRED_SCENARIOS) <= {scenario.id for scenario in scenarios}


def test_every_scenario_links_starters_guides_and_help(english: LoadResult) -> None:
    content = english.content
    for scenario in content.scenarios:
        assert scenario.starters and scenario.guides and scenario.help_groups, scenario.id
        assert all(content.starter(starter_id) for starter_id in scenario.starters), scenario.id
        effects = {reply.effect for node in scenario.nodes for reply in node.replies}
        assert {"helps", "hurts"} <= effects, scenario.id
        endings = [node for node in scenario.nodes if node.is_ending]
        assert endings and all(node.went_well and node.try_next for node in endings), scenario.id


def test_replies_from_the_avoid_list_name_their_phrase(english: LoadResult) -> None:
    content = english.content
    named = [reply for scenario in content.scenarios for node in scenario.nodes for reply in node.replies
             if reply.phrase]
    assert len(named) >= 10
    assert all(content._index["phrases"].get(reply.phrase) for reply in named)
    assert all(reply.effect != "helps" for reply in named)


def test_glossary_has_the_words_parents_meet(english: LoadResult) -> None:
    glossary = english.content.glossary
    assert set(REQUIRED_TERMS) <= {term.id for term in glossary}
    csam = english.content.glossary_term("csam")
    assert csam is not None and csam.why_this_word


def test_glossary_sources_come_from_the_reference_files(english: LoadResult) -> None:
    if not REFERENCE.is_dir():
        pytest.skip("the reference files are not next to the repository")
    known = "".join(path.read_text(encoding="utf-8") for path in REFERENCE.iterdir() if path.is_file())
    for term in english.content.glossary:
        assert term.source_url in known, term.id


def test_house_rules_for_every_age_band(english: LoadResult) -> None:
    for band in AGE_BANDS:
        assert len(english.content.house_rules_for(band)) >= 4, band


def test_the_child_page_has_a_youth_line_and_a_take_down_route_in_every_region(english: LoadResult) -> None:
    content = english.content
    assert all(content.family_text(text_id) for text_id in CHILD_TEXTS)
    lines = content.family_text("child-call-or-text").resources  # type: ignore[union-attr]
    routes = content.family_text("child-take-down").resources  # type: ignore[union-attr]
    for region in REGIONS:
        assert any(region in content.resource(rid).regions for rid in lines), region  # type: ignore[union-attr]
        assert any(region in content.resource(rid).regions  # type: ignore[union-attr]
                   and content.resource(rid).group == "remove-images" for rid in routes), region  # type: ignore[union-attr]
    script = " ".join(content.family_text("child-tell-an-adult").paragraphs)  # type: ignore[union-attr]
    assert "I need to tell you something and I need you to stay calm" in script


def test_child_texts_use_short_sentences(english: LoadResult) -> None:
    # Grade 4-5: short sentences, short words. A rough, honest check: no sentence over 16 words.
    for text_id in CHILD_TEXTS:
        text = english.content.family_text(text_id)
        assert text is not None
        for paragraph in (*text.paragraphs, *text.steps):
            for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
                assert len(sentence.split()) <= 16, (text_id, sentence)


def test_french_is_complete(french: LoadResult) -> None:
    kinds = ("scenarios", "glossary", "house_rules", "family_texts")
    problems = [str(issue) for issue in french.issues if any(f"{kind}" in issue.message for kind in kinds)]
    assert problems == []
    assert french.content.scenario("take-my-phone").title != load_content("en").content.scenario(  # type: ignore[union-attr]
        "take-my-phone").title  # type: ignore[union-attr]


def _french_texts(content: Content) -> Iterator[tuple[str, str]]:
    for scenario in content.scenarios:
        yield scenario.id, scenario.title
        yield scenario.id, scenario.setting
        for node in scenario.nodes:
            for text in (node.child, node.went_well, node.try_next):
                yield f"{scenario.id}/{node.id}", text
            for reply in node.replies:
                yield f"{scenario.id}/{node.id}/{reply.id}", reply.text
                yield f"{scenario.id}/{node.id}/{reply.id}", reply.feedback
    for term in content.glossary:
        for text in (term.term, term.definition, term.why_this_word, *term.words):
            yield term.id, text
    for rule in content.house_rules:
        yield rule.id, rule.text
    for family_text in content.family_texts:
        for text in (family_text.title, *family_text.paragraphs, *family_text.steps):
            yield family_text.id, text


def test_french_typography(french: LoadResult) -> None:
    problems = [(where, text, typography_problems(text)) for where, text in _french_texts(french.content)
                if text and typography_problems(text)]
    assert problems == []


def test_no_word_links_to_two_glossary_terms(english: LoadResult, french: LoadResult) -> None:
    for content in (english.content, french.content):
        seen: dict[str, str] = {}
        for term in content.glossary:
            for form in {term.term.casefold(), *(word.casefold() for word in term.words)}:
                assert seen.setdefault(form, term.id) == term.id, (content.language, form)
