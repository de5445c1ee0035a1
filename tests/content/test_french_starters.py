"""Checks on the French "Parler avec votre enfant" content (``content/fr/starters.yaml``).

French-first parents must get the whole page in French, with exactly the links and flags of the English
reference: every id translated, nothing but the text changed, openers still questions, no blaming words
(the French twin of the English deny-list; only a phrase's ``avoid`` may quote one, since its job is to show
what not to say), consistent French typography and no English left behind by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from guardian_app.content.links import plain
from guardian_app.content.loader import LoadResult, load_content
from guardian_app.content.model import Content, Guide, Starter
from guardian_app.paths import content_dir

DISCLOSURE_GUIDE = "if-your-child-tells-you"
TALK_SECTIONS = ("talk-intro", "talk-tips")
NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"

# The fields a translation may change, per kind; every other field must equal the English one.
TEXT_FIELDS: dict[str, frozenset[str]] = {
    "age_bands": frozenset({"title", "description"}),
    "situations": frozenset({"title", "description"}),
    "starters": frozenset({"opener", "follow_ups", "listen_for", "avoid", "timing", "if_they_tell_you"}),
    "phrases": frozenset({"avoid", "instead"}),
    "guides": frozenset({"title", "intro", "closing"}),
    "steps": frozenset({"title", "detail"}),
    "sections": frozenset({"title", "paragraphs"}),
}

# Blaming or threatening words that stop children from telling (the French twin of the English list).
DENIED_PHRASES = (
    "pourquoi as-tu",
    "pourquoi tu as",
    "pourquoi t'as",
    "tu aurais dû",
    "c'est ta faute",
    "c'est de ta faute",
    "je vais te confisquer",
    "je t'enlève ton téléphone",
    "je t'enlève ton cellulaire",
    "tu es puni",
    "à quoi tu pensais",
    "à quoi pensais-tu",
)
ALLOWED_NEGATIONS = ("ce n'est pas ta faute", "ce n'est pas de ta faute", "ce n'est jamais ta faute")

# Short English words that never appear in French sentences: one of them means a text was left in English.
ENGLISH_WORDS = re.compile(
    r"\b(the|you|your|they|their|what|when|with|would|could|should|and|about|this|that|is|are|don't|it's)\b"
)
# Words both languages share (proper names, loan words) may appear as a whole text in either language.
SAME_IN_BOTH = frozenset({"", "sextorsion"})


# --- helpers ----------------------------------------------------------------------------------------------


def _normalise(text: str) -> str:
    """Lower-case, straighten apostrophes and turn every kind of space into one plain space."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def denied_phrases_in(text: str) -> list[str]:
    """The blaming phrases found in ``text`` (empty when the text is fine)."""
    cleaned = _normalise(text)
    for allowed in ALLOWED_NEGATIONS:
        cleaned = cleaned.replace(allowed, "")
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


def _all_texts(content: Content, *, with_phrase_avoid: bool) -> Iterator[tuple[str, str]]:
    """Every translated text of the talk page, as (where, text); phrases' ``avoid`` only when asked.

    Content links are given by their words: their targets are ids, not French."""
    for where, text in _all_raw_texts(content, with_phrase_avoid=with_phrase_avoid):
        yield where, plain(text)


def _all_raw_texts(content: Content, *, with_phrase_avoid: bool) -> Iterator[tuple[str, str]]:
    for band in content.age_bands:
        yield f"age_bands.{band.id}.title", band.title
        yield f"age_bands.{band.id}.description", band.description
    for situation in content.situations:
        yield f"situations.{situation.id}.title", situation.title
        yield f"situations.{situation.id}.description", situation.description
    for starter in content.starters:
        for field_name, text in _starter_texts(starter):
            yield f"starters.{starter.id}.{field_name}", text
    for phrase in content.phrases:
        if with_phrase_avoid:
            yield f"phrases.{phrase.id}.avoid", phrase.avoid
        yield f"phrases.{phrase.id}.instead", phrase.instead
    guide = content.guide(DISCLOSURE_GUIDE)
    if guide is not None:
        for where, text in _guide_texts(guide):
            yield f"guides.{DISCLOSURE_GUIDE}.{where}", text
    for section_id in TALK_SECTIONS:
        section = content.section(section_id)
        if section is not None:
            yield f"sections.{section_id}.title", section.title
            for index, paragraph in enumerate(section.paragraphs):
                yield f"sections.{section_id}.paragraphs[{index}]", paragraph


def _read_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as stream:
        data = yaml.load(stream, Loader=yaml.CSafeLoader)
    assert isinstance(data, dict), path
    return data


# --- fixtures ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def loaded_fr() -> LoadResult:
    return load_content("fr")


@pytest.fixture(scope="module")
def content_fr(loaded_fr: LoadResult) -> Content:
    return loaded_fr.content


@pytest.fixture(scope="module")
def raw_en() -> dict[str, Any]:
    return _read_yaml(content_dir() / "en" / "starters.yaml")


@pytest.fixture(scope="module")
def raw_fr() -> dict[str, Any]:
    return _read_yaml(content_dir() / "fr" / "starters.yaml")


# --- the helper itself ------------------------------------------------------------------------------------


def test_french_deny_list_helper() -> None:
    assert denied_phrases_in("Ce n'est pas ta faute.") == []
    assert denied_phrases_in("Ce n\u2019est pas de ta faute.") == []
    assert denied_phrases_in("C\u2019est  de TA faute.") == ["c'est de ta faute"]
    assert denied_phrases_in("Pourquoi\u00a0as-tu envoyé ça\u00a0?") == ["pourquoi as-tu"]
    assert denied_phrases_in("Tu es punie.") == ["tu es puni"]
    assert denied_phrases_in("Tu n'es pas puni, et il n'y aura pas de punition.") == []
    assert denied_phrases_in("C'est fini, je t\u2019enlève ton téléphone.") == ["je t'enlève ton téléphone"]


# --- loading and coverage ---------------------------------------------------------------------------------


def test_french_content_loads_without_errors(loaded_fr: LoadResult) -> None:
    assert [str(issue) for issue in loaded_fr.errors] == []


def test_no_talk_page_item_falls_back_to_english(loaded_fr: LoadResult) -> None:
    wanted = [
        *(f"{kind}: " for kind in ("age_bands", "situations", "starters", "phrases")),
        f"'{DISCLOSURE_GUIDE}'",
        *(f"'{section_id}'" for section_id in TALK_SECTIONS),
    ]
    missing = [
        str(issue) for issue in loaded_fr.warnings
        if "has no French text yet" in issue.message
        and any(key in issue.message for key in wanted)
    ]
    assert missing == []


def test_same_ids_in_the_same_order(raw_en: dict[str, Any], raw_fr: dict[str, Any]) -> None:
    assert list(raw_fr) == list(raw_en)
    for key, items in raw_en.items():
        assert [item["id"] for item in raw_fr[key]] == [item["id"] for item in items], key


def _compare_items(kind: str, english: dict[str, Any], french: dict[str, Any], where: str) -> list[str]:
    """Differences other than translated text between one English item and its French twin."""
    problems: list[str] = []
    if set(french) != set(english):
        problems.append(f"{where}: fields {sorted(set(french) ^ set(english))} differ from English")
    for name, value in english.items():
        if name not in french:
            continue
        if kind == "guides" and name == "steps":
            if [step["id"] for step in french[name]] != [step["id"] for step in value]:
                problems.append(f"{where}.steps: step ids differ from English")
                continue
            for en_step, fr_step in zip(value, french[name], strict=True):
                problems += _compare_items("steps", en_step, fr_step, f"{where}.steps.{en_step['id']}")
        elif name in TEXT_FIELDS[kind]:
            if isinstance(value, list) and len(french[name]) != len(value):
                problems.append(f"{where}.{name}: {len(french[name])} items, English has {len(value)}")
        elif french[name] != value:
            problems.append(f"{where}.{name}: {french[name]!r} differs from English {value!r}")
    return problems


def test_only_text_fields_differ_from_english(raw_en: dict[str, Any], raw_fr: dict[str, Any]) -> None:
    problems: list[str] = []
    for kind, items in raw_en.items():
        for english, french in zip(items, raw_fr[kind], strict=True):
            problems += _compare_items(kind, english, french, f"{kind}.{english['id']}")
    assert problems == []


def test_loaded_starters_keep_situations_and_age_bands(content_en: Content, content_fr: Content) -> None:
    assert [starter.id for starter in content_fr.starters] == [starter.id for starter in content_en.starters]
    for english in content_en.starters:
        french = content_fr.starter(english.id)
        assert french is not None, english.id
        assert (french.situation, french.age_bands) == (english.situation, english.age_bands), english.id
        assert bool(french.if_they_tell_you) == bool(english.if_they_tell_you), english.id


def test_loaded_disclosure_guide_keeps_its_links_and_flags(content_en: Content, content_fr: Content) -> None:
    english, french = content_en.guide(DISCLOSURE_GUIDE), content_fr.guide(DISCLOSURE_GUIDE)
    assert english is not None and french is not None
    assert [(step.id, step.help_groups, step.important) for step in french.steps] == [
        (step.id, step.help_groups, step.important) for step in english.steps
    ]


# --- wording ----------------------------------------------------------------------------------------------


def test_openers_and_follow_ups_are_questions(content_fr: Content) -> None:
    for starter in content_fr.starters:
        assert starter.opener.rstrip().endswith("?"), f"{starter.id}: opener is not a question"
        for follow_up in starter.follow_ups:
            assert follow_up.rstrip().endswith("?"), f"{starter.id}: follow-up is not a question: {follow_up}"


def test_no_blaming_phrase_outside_phrases_avoid(content_fr: Content) -> None:
    found = [
        f"{where}: {hits}"
        for where, text in _all_texts(content_fr, with_phrase_avoid=False)
        if (hits := denied_phrases_in(text))
    ]
    assert found == []


def test_deny_list_catches_the_phrases_to_avoid(content_fr: Content) -> None:
    """The French examples of what not to say are exactly what the deny-list is for; it must see them."""
    caught = {phrase.id for phrase in content_fr.phrases if denied_phrases_in(phrase.avoid)}
    assert caught >= {"why-did-you", "what-were-you-thinking", "losing-your-phone", "should-have-known",
                      "your-own-fault", "grounded"}


def test_disclosure_guide_says_it_is_not_their_fault(content_fr: Content) -> None:
    guide = content_fr.guide(DISCLOSURE_GUIDE)
    assert guide is not None
    assert any(
        "pas sa faute" in _normalise(f"{step.title} {step.detail}")
        or "pas ta faute" in _normalise(f"{step.title} {step.detail}")
        for step in guide.steps
    )


def test_disclosure_guide_important_step_is_about_images(content_fr: Content) -> None:
    guide = content_fr.guide(DISCLOSURE_GUIDE)
    assert guide is not None
    important = [step for step in guide.steps if step.important]
    assert important
    assert all("image" in _normalise(step.detail) for step in important)


def test_nothing_left_in_english(content_en: Content, content_fr: Content) -> None:
    english_texts = dict(_all_texts(content_en, with_phrase_avoid=True))
    leftovers: list[str] = []
    for where, text in _all_texts(content_fr, with_phrase_avoid=True):
        if text == english_texts.get(where) and _normalise(text).strip() not in SAME_IN_BOTH:
            leftovers.append(f"{where}: same as English")
        elif match := ENGLISH_WORDS.search(_normalise(text)):
            leftovers.append(f"{where}: English word {match.group(0)!r}")
    assert leftovers == []


def test_french_typography_is_consistent(content_fr: Content) -> None:
    """A no-break space (U+00A0, never U+202F or a plain space) before ? ! : ; » and after «."""
    problems: list[str] = []
    for where, text in _all_texts(content_fr, with_phrase_avoid=True):
        if NARROW_NO_BREAK_SPACE in text:
            problems.append(f"{where}: narrow no-break space")
        if re.search(r"[^\u00a0][?!:;»]|«[^\u00a0]", text):
            problems.append(f"{where}: missing no-break space in {text!r}")
    assert problems == []
