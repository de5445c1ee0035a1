"""The threat guide and the blackmail stage say what the sources settled, in English and in French.

Settled in ``../shared/reference/sextortion-steps.md``: evidence without any sexual image; call the bank, card or
gift-card company at once to stop a payment; deactivate, do not delete; the picture may be fake, AI-made or a
bluff; the money-driven pattern and who it mostly targets. Every text carrying these facts lists its sources,
and every source is one the reference cites.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from guardian_app.content.loader import load_content
from guardian_app.content.model import Content, Guide, GuideStep, Stage

REFERENCE = Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "sextortion-steps.md"
GUIDE = "someone-is-threatening-my-child"

# Words that must appear, per language (lower case, accents kept).
WORDS = {
    "en": {
        "no-image": ("screenshots", "leave every sexual picture out"),
        "payment": ("bank", "card", "gift-card", "stop the payment"),
        "deactivate": ("deactivate", "do not delete"),
        "fake": ("fake", "made with ai", "bluff"),
        "pattern": ("money", "teenage boys", "soon after a first picture"),
    },
    "fr": {
        "no-image": ("captures d'écran", "laissez de côté toute photo sexuelle"),
        "payment": ("banque", "carte de crédit", "carte-cadeau", "arrêter le paiement"),
        "deactivate": ("désactivez", "ne le supprimez pas"),
        "fake": ("fausse", "avec l'ia", "bluff"),
        "pattern": ("argent", "garçons adolescents", "peu après"),
    },
}


@pytest.fixture(scope="module", params=["en", "fr"])
def content(request: pytest.FixtureRequest) -> Content:
    result = load_content(request.param)
    assert result.errors == ()
    return result.content


def _guide(content: Content) -> Guide:
    guide = content.guide(GUIDE)
    assert guide is not None
    return guide


def _step(content: Content, step_id: str) -> GuideStep:
    return next(step for step in _guide(content).steps if step.id == step_id)


def _blackmail(content: Content) -> Stage:
    stage = content.stage("blackmail")
    assert stage is not None
    return stage


def _said(text: str, words: tuple[str, ...]) -> bool:
    text = text.replace("\u00a0", " ").replace("’", "'").lower()
    return all(word in text for word in words)


def test_evidence_is_kept_without_any_sexual_image(content: Content) -> None:
    step = _step(content, "keep-evidence")
    words = WORDS[content.language]["no-image"]
    assert _said(step.title + " " + step.detail, words) and step.important


def test_a_payment_is_stopped_with_the_bank_card_or_gift_card_company(content: Content) -> None:
    words = WORDS[content.language]["payment"]
    assert _said(_step(content, "stop-contact").detail, words)
    assert any(_said(text, words) for text in _blackmail(content).what_to_do)


def test_the_account_is_deactivated_not_deleted(content: Content) -> None:
    assert _said(_step(content, "block-and-report-account").detail, WORDS[content.language]["deactivate"])


def test_the_picture_may_be_fake_ai_made_or_a_bluff(content: Content) -> None:
    words = WORDS[content.language]["fake"]
    assert _said(_step(content, "not-their-fault").detail, words)
    assert _said(" ".join(_blackmail(content).offender_does), words)


def test_the_money_driven_pattern_is_described_in_the_guide_and_the_blackmail_stage(content: Content) -> None:
    words = WORDS[content.language]["pattern"]
    assert _said(_guide(content).intro, words)
    assert _said(" ".join(_blackmail(content).offender_does), words)


def test_the_money_scam_starter_is_offered_from_13(content: Content) -> None:
    starter = content.starter("threats-money-scam")
    assert starter is not None and starter.age_bands == ("13-15", "16-18")
    assert "older" not in starter.opener and "plus vieux" not in starter.opener
    assert starter in content.starters_for("13-15", "threats")


def test_texts_with_the_new_facts_carry_their_sources(content: Content) -> None:
    guide = _guide(content)
    assert guide.sources
    for step_id in ("not-their-fault", "stop-contact", "keep-evidence", "block-and-report-account"):
        assert _step(content, step_id).sources, step_id
    assert _blackmail(content).sources


def _all_sources(content: Content) -> Iterator[str]:
    for guide in content.guides:
        yield from guide.sources
        for step in guide.steps:
            yield from step.sources
    for stage in content.stages:
        yield from stage.sources


def test_every_source_is_one_the_reference_cites(content: Content) -> None:
    if not REFERENCE.is_file():
        pytest.skip(f"reference not found at {REFERENCE}")
    cited = set(re.findall(r"https://[^\s;)]+", REFERENCE.read_text(encoding="utf-8")))
    sources = set(_all_sources(content))
    assert sources and sources <= cited, sources - cited


def test_english_and_french_cite_the_same_sources() -> None:
    english, french = (set(_all_sources(load_content(language).content)) for language in ("en", "fr"))
    assert english == french
