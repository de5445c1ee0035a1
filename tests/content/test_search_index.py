"""The Qt-free search index: whole words, accents, keywords, ranking by kind, phrases, snippets, typing."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from guardian_app.content.loader import load_content
from guardian_app.content.model import (
    Content,
    Guide,
    GuideStep,
    Phone,
    Phrase,
    Resource,
    Section,
    Sign,
    SignCategory,
)
from guardian_app.content.search import KIND_RANKS, SearchIndex, normalise


def _content() -> Content:
    return Content(
        language="fr",
        sections=(Section("home-welcome", "Bienvenue", ("Parlez avec l’école de votre enfant.",)),),
        categories=(SignCategory("secrecy", "Secrets"),),
        signs=(
            Sign("hides-screen", "secrecy", "Hides the screen when you come near",
                 "Secrecy is a common sign.", ("secrecy",), "concern"),
            Sign("new-gifts", "secrecy", "Gets gifts from someone you do not know",
                 "A gift can hide the screen of a bigger plan.", ("secrecy",), "urgent"),
        ),
        resources=(
            Resource("ca-line", ("CA",), "report", "Helpful Line", "Report online blackmail", "", "",
                     ("https://example.org",), dt.date(2026, 1, 1),
                     phone=Phone("+18005550100", "1-800-555-0100")),
            Resource("gb-line", ("GB",), "report", "Other Line", "Report blackmail in Britain", "", "",
                     ("https://example.org",), dt.date(2026, 1, 1)),
        ),
    )


def test_normalise_strips_case_and_accents() -> None:
    assert normalise("  École  ÉTÉ ") == "ecole ete"
    assert normalise("l’école") == "l'ecole"


def test_finds_a_sign_and_a_resource_by_a_word() -> None:
    index = SearchIndex(_content())
    assert [(hit.page_id, hit.item_id) for hit in index.search("gifts")] == [("signs", "new-gifts")]
    blackmail = index.search("BLACKMAIL")
    assert ("help", "ca-line", "resource") in [(hit.page_id, hit.item_id, hit.kind) for hit in blackmail]
    assert index.search("555-0100")[0].item_id == "ca-line"


def test_accents_are_ignored_both_ways() -> None:
    index = SearchIndex(_content())
    hits = index.search("ecole")
    assert [(hit.page_id, hit.kind) for hit in hits] == [("home", "section")]
    assert index.search("l'ÉCOLE")


def test_every_word_must_match_and_title_hits_come_first() -> None:
    index = SearchIndex(_content())
    assert index.search("screen gifts")[0].item_id == "new-gifts"
    ranked = [hit.item_id for hit in index.search("screen")]
    assert ranked == ["hides-screen", "new-gifts"]  # the title match first, the text match after
    assert index.search("screen nothing-like-this") == []


def test_empty_query_finds_nothing() -> None:
    index = SearchIndex(_content())
    assert index.search("") == []
    assert index.search("   ") == []


def test_region_limits_resources() -> None:
    index = SearchIndex(_content(), region="CA")
    assert [hit.item_id for hit in index.search("blackmail")] == ["ca-line"]


def test_snippet_is_short_and_shows_the_match() -> None:
    long_text = "Word " * 80 + "needle in the middle " + "word " * 80
    content = Content(language="en", sections=(Section("about-long", "Long", (long_text,)),))
    hit = SearchIndex(content).search("needle")[0]
    assert "needle" in hit.snippet and len(hit.snippet) < 200


def test_shipped_content_is_searchable(content_en: Content) -> None:
    index = SearchIndex(content_en, region="CA")
    assert len(index) > 100
    assert any(hit.kind == "sign" for hit in index.search("school"))
    assert any(hit.kind == "resource" for hit in index.search("hotline"))
    assert index.search("ecole") == index.search("école")


# --- whole words, keywords, ranking by kind, phrases and clean snippets ------------------------------------


def _threat_content() -> Content:
    steps = (GuideStep("stop", "Stop all contact", "Do not pay. Paying again and again never ends it."),)
    return Content(
        language="en",
        categories=(SignCategory("threats-fear", "Threats and fear"),),
        signs=(
            Sign("paid", "threats-fear", "Blackmail: they paid someone online", "She said it again and again.",
                 ("blackmail",), "urgent"),
            Sign("threatening", "threats-fear", "Someone is threatening them", "A threat to share pictures.",
                 ("blackmail",), "urgent", keywords=("sextortion",)),
        ),
        phrases=(Phrase("delete", "Delete all of it right now.", "Let's keep it until we report it."),),
        guides=(Guide("threat-guide", "Someone is threatening my child", "Take a breath.", steps,
                      keywords=("sextortion", "blackmail", "AI", "deepfake")),),
    )


def test_a_short_word_matches_whole_words_only() -> None:
    index = SearchIndex(_threat_content())
    # "said", "again" and "paid" hold "ai"; only the guide's keyword is the word itself.
    assert [(hit.kind, hit.item_id) for hit in index.search("AI")] == [("guide", "threat-guide")]
    assert [hit.item_id for hit in index.search("ai deepfake")] == ["threat-guide"]


def test_a_longer_word_matches_the_start_of_words_but_never_their_inside() -> None:
    index = SearchIndex(_threat_content())
    assert {hit.item_id for hit in index.search("threat")} >= {"threat-guide", "threatening"}
    assert index.search("hreat") == [] and index.search("ontact") == []
    assert [hit.kind for hit in index.search("contact")] == ["step"]


def test_keywords_find_an_item_and_are_never_shown() -> None:
    hits = SearchIndex(_threat_content()).search("sextortion")
    assert [hit.item_id for hit in hits] == ["threat-guide", "threatening"]
    assert all("sextortion" not in hit.snippet and "sextortion" not in hit.title for hit in hits)


def test_guides_come_before_items_whose_title_holds_the_word() -> None:
    hits = SearchIndex(_threat_content()).search("blackmail")
    assert [(hit.kind, hit.item_id) for hit in hits] == [("guide", "threat-guide"), ("sign", "paid")]


def test_ranking_by_kind_is_a_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(KIND_RANKS, "sign", -1)  # e.g. a new kind for what a parent is facing
    hits = SearchIndex(_threat_content()).search("blackmail")
    assert [hit.kind for hit in hits] == ["sign", "guide"]


def test_a_phrase_hit_says_what_it_replaces() -> None:
    hits = SearchIndex(_threat_content()).search("delete")
    assert [(hit.kind, hit.title, hit.snippet, hit.instead_of) for hit in hits] == [
        ("phrase", "Let's keep it until we report it.", "", "Delete all of it right now.")]


def test_a_snippet_never_runs_a_category_or_guide_name_into_the_text() -> None:
    index = SearchIndex(_threat_content())
    hits = index.search("threats fear")  # signs found through their category, which is not part of their text
    assert [hit.item_id for hit in hits] == ["category:threats-fear", "paid", "threatening"]
    sign = hits[1:]
    assert all(hit.snippet in ("She said it again and again.", "A threat to share pictures.") for hit in sign)
    step = index.search("paying")[0]
    assert step.kind == "step" and step.snippet == "Do not pay. Paying again and again never ends it."


def test_typing_a_word_letter_by_letter_gives_the_results_of_the_whole_word(content_en: Content) -> None:
    typed = SearchIndex(content_en, region="CA")
    for query in ("threatening my", "ai", "sextortion", "i am"):
        for end in range(1, len(query) + 1):
            assert typed.search(query[:end]) == SearchIndex(content_en, region="CA").search(query[:end]), query


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("sextortion", "sextorsion", "blackmail", "nudes", "AI", "deepfake")),
    ("fr", ("sextorsion", "sextortion", "chantage", "nudes", "IA", "deepfake")),
])
def test_the_words_of_a_panicking_parent_find_the_threat_guide_first(language: str, words: tuple[str, ...]) -> None:
    index = SearchIndex(load_content(language).content, region="CA")
    for word in words:
        first = index.search(word)[0]
        assert (first.kind, first.item_id) == ("guide", "someone-is-threatening-my-child"), (language, word)


def test_ai_never_matches_inside_a_word_of_the_shipped_content(content_en: Content) -> None:
    hits = SearchIndex(content_en, region="CA").search("AI")
    assert hits
    for hit in hits:
        assert re.search(r"(?<![A-Za-z])AI(?![A-Za-z])", f"{hit.title} {hit.snippet}") or hit.kind in (
            "guide", "what-is-happening"), hit


@pytest.mark.parametrize(("language", "word"), [("en", "sextortion"), ("fr", "sextorsion"), ("en", "suicide"),
                                                ("fr", "traite")])
def test_situations_of_get_help_now_are_found_with_the_guides(language: str, word: str) -> None:
    hits = SearchIndex(load_content(language).content, region="CA").search(word)
    situations = [hit for hit in hits if hit.kind == "what-is-happening"]
    assert situations and situations[0].page_id == "help" and situations[0].item_id.startswith("situation:")
    assert hits.index(situations[0]) <= 1
