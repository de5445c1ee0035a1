"""Checks on the shipped English "Talk with your child" content: coverage, shape and blame-free wording.

These tests guard what parents read, not how the loader works: every age band and situation has starters,
openers are questions, and no blaming phrase slips into the advice (only a phrase's ``avoid`` may quote one,
since its job is to show what not to say).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest

from guardian_app.content.model import Content, Guide, Starter

AGE_BANDS = ("6-9", "10-12", "13-15", "16-18")
SITUATIONS = (
    "everyday", "new-friends", "secrets-pressure", "pictures", "threats", "after-a-sign", "news-story",
)
DISCLOSURE_GUIDE = "if-your-child-tells-you"

# Phrases that blame a child or threaten them; they stop children from telling. "your fault" is allowed only
# as part of "not your fault".
DENIED_PHRASES = (
    "why did you",
    "you should have",
    "your fault",
    "take away your phone",
    "take your phone away",
    "you know better",
    "what were you thinking",
    "you're grounded",
)


def _normalise(text: str) -> str:
    """Lower-case, straighten typographic apostrophes and collapse spaces, so variants can't slip through."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.sub(r"\s+", " ", text)


def denied_phrases_in(text: str) -> list[str]:
    """The blaming phrases found in ``text`` (empty when the text is fine)."""
    cleaned = _normalise(text).replace("not your fault", "")
    return [phrase for phrase in DENIED_PHRASES if phrase in cleaned]


def _starter_texts(starter: Starter) -> Iterator[tuple[str, str]]:
    yield "opener", starter.opener
    for index, follow_up in enumerate(starter.follow_ups):
        yield f"follow_ups[{index}]", follow_up
    yield "listen_for", starter.listen_for
    yield "avoid", starter.avoid
    yield "timing", starter.timing
    yield "if_they_tell_you", starter.if_they_tell_you


def _guide_texts(guide: Guide) -> Iterator[tuple[str, str]]:
    yield "title", guide.title
    yield "intro", guide.intro
    for step in guide.steps:
        yield f"{step.id}.title", step.title
        yield f"{step.id}.detail", step.detail
    yield "closing", guide.closing


def test_deny_list_helper_allows_not_your_fault_only() -> None:
    assert denied_phrases_in("It's not your fault.") == []
    assert denied_phrases_in("It is Your   Fault.") == ["your fault"]
    assert denied_phrases_in("What were you thinking\u2019s") == ["what were you thinking"]
    assert denied_phrases_in("You\u2019re grounded.") == ["you're grounded"]


def test_there_are_enough_starters(content_en: Content) -> None:
    assert len(content_en.starters) >= 48


def test_age_bands_and_situations_exist(content_en: Content) -> None:
    band_ids = {band.id for band in content_en.age_bands}
    situation_ids = {situation.id for situation in content_en.situations}
    assert band_ids >= set(AGE_BANDS)
    assert len(band_ids) == 4
    assert situation_ids >= set(SITUATIONS)
    assert len(situation_ids) >= 7
    for band in content_en.age_bands:
        assert band.title.strip() and band.description.strip(), band.id
    for situation in content_en.situations:
        assert situation.title.strip() and situation.description.strip(), situation.id


@pytest.mark.parametrize(("band", "situation"), list(itertools.product(AGE_BANDS, SITUATIONS)))
def test_every_age_band_and_situation_has_a_starter(content_en: Content, band: str, situation: str) -> None:
    assert content_en.starters_for(age_band=band, situation=situation), f"no starter for {band} x {situation}"


@pytest.mark.parametrize("band", AGE_BANDS)
def test_every_age_band_has_at_least_ten_starters(content_en: Content, band: str) -> None:
    assert len(content_en.starters_for(age_band=band)) >= 10


def test_starters_refer_to_existing_bands_and_situations(content_en: Content) -> None:
    band_ids = {band.id for band in content_en.age_bands}
    situation_ids = {situation.id for situation in content_en.situations}
    for starter in content_en.starters:
        assert starter.situation in situation_ids, starter.id
        assert starter.age_bands, starter.id
        assert set(starter.age_bands) <= band_ids, starter.id


def test_openers_and_follow_ups_are_questions(content_en: Content) -> None:
    for starter in content_en.starters:
        assert starter.opener.rstrip().endswith("?"), f"{starter.id}: opener is not a question"
        assert 2 <= len(starter.follow_ups) <= 3, f"{starter.id}: needs 2 or 3 follow-ups"
        for follow_up in starter.follow_ups:
            assert follow_up.rstrip().endswith("?"), f"{starter.id}: follow-up is not a question: {follow_up}"


def test_starters_give_advice_on_listening_avoiding_and_timing(content_en: Content) -> None:
    for starter in content_en.starters:
        for field_name in ("listen_for", "avoid", "timing"):
            assert getattr(starter, field_name).strip(), f"{starter.id}: empty {field_name}"


def test_no_blaming_phrase_in_starters(content_en: Content) -> None:
    found = [
        f"{starter.id}.{field_name}: {hits}"
        for starter in content_en.starters
        for field_name, text in _starter_texts(starter)
        if (hits := denied_phrases_in(text))
    ]
    assert found == []


def test_no_blaming_phrase_in_the_disclosure_guide(content_en: Content) -> None:
    guide = content_en.guide(DISCLOSURE_GUIDE)
    assert guide is not None
    found = [f"{where}: {hits}" for where, text in _guide_texts(guide) if (hits := denied_phrases_in(text))]
    assert found == []


def test_phrases_say_what_to_say_instead_without_blame(content_en: Content) -> None:
    assert len(content_en.phrases) >= 10
    for phrase in content_en.phrases:
        assert phrase.avoid.strip() and phrase.instead.strip(), phrase.id
        assert denied_phrases_in(phrase.instead) == [], phrase.id


def test_disclosure_guide_says_it_is_not_their_fault(content_en: Content) -> None:
    guide = content_en.guide(DISCLOSURE_GUIDE)
    assert guide is not None
    assert 7 <= len(guide.steps) <= 9
    assert any(
        "not their fault" in _normalise(f"{step.title} {step.detail}")
        or "not your fault" in _normalise(f"{step.title} {step.detail}")
        for step in guide.steps
    )


def test_disclosure_guide_marks_the_image_step_important(content_en: Content) -> None:
    guide = content_en.guide(DISCLOSURE_GUIDE)
    assert guide is not None
    important = [step for step in guide.steps if step.important]
    assert important, "the step about never saving or forwarding images must be marked important"
    assert any("image" in _normalise(step.detail) for step in important)


def test_talk_page_sections_exist(content_en: Content) -> None:
    intro = content_en.section("talk-intro")
    tips = content_en.section("talk-tips")
    assert intro is not None and intro.paragraphs
    assert tips is not None and 5 <= len(tips.paragraphs) <= 7
