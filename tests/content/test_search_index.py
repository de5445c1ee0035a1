"""The Qt-free search index: words, accents, ranking, empty queries and speed-friendly behaviour."""

from __future__ import annotations

import datetime as dt

from guardian_app.content.model import Content, Phone, Resource, Section, Sign, SignCategory
from guardian_app.content.search import SearchIndex, normalise


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
