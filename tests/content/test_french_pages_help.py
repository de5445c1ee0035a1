"""Checks on the French page texts, the "Someone is threatening my child" guide, the help resources and the
counselor texts (content/fr/pages.yaml, guides.yaml, resources.yaml, counselor.yaml).

A French-first parent must get the same help as an English one: every item translated (no silent English
fallback), the same ids, links, flags and order, and not one number that the English does not have, since a
wrong phone number, age or hour could send a frightened family the wrong way. The texts must also be real
French (not English left in place, proper names aside), use French spacing, and never blame anyone.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
from guardian_testing.french_typography import NO_BREAK_SPACES, typography_problems

from guardian_app.content.loader import LoadResult, load_content, read_layer
from guardian_app.content.model import Content, Guide
from guardian_app.paths import content_dir

OWN_FILES = ("pages.yaml", "guides.yaml", "resources.yaml", "counselor.yaml")
# The English files whose sections and guides this file checks (the other sections and the disclosure guide
# belong to the stages, signs and starters translations, which have their own tests).
OWN_ENGLISH_FILES = ("pages.yaml", "guides.yaml", "counselor.yaml")
WHOLE_KINDS = ("groups", "regions", "resources")

# The fields a translator writes, per kind; every other field must equal the English one.
TEXT_FIELDS: dict[str, frozenset[str]] = {
    "sections": frozenset({"title", "paragraphs"}),
    "guides": frozenset({"title", "intro", "closing", "steps"}),  # steps are compared one by one
    "steps": frozenset({"title", "detail"}),
    "groups": frozenset({"title", "description"}),
    "regions": frozenset({"name"}),
    "resources": frozenset({"name", "purpose", "hours", "languages", "note"}),
}
# Search words each language chooses for itself (French searchers type other words): neither compared with
# English nor required to equal it.
OWN_WORDS_FIELDS = frozenset({"keywords"})

# Texts that are proper names and stay as they are in French (U.S., U.K. and Australian services keep their
# English names; Info-Social 811 is already French). Any other text equal to its English is a missed item.
SAME_IN_BOTH = frozenset({
    "Canada", "Info-Social 811", "Take It Down", "NCMEC CyberTipline", "FBI tips",
    "Childhelp National Child Abuse Hotline", "988 Suicide & Crisis Lifeline",
    "Modern Slavery & Exploitation Helpline", "CEOP Safety Centre", "Report Remove", "Childline",
    "NSPCC Helpline", "Kids Helpline", "ACCCE (Australian Centre to Counter Child Exploitation)",
    "eSafety Commissioner", "Triple Zero (000)", "Samaritans", "Lifeline Australia",
})

# Official French names of the Canadian services (the English name may follow in parentheses).
CANADIAN_FRENCH_NAMES = {
    "ca-human-trafficking-hotline": "Ligne d'urgence canadienne contre la traite des personnes",
    "ca-cybertip": "Cyberaide.ca",
    "ca-needhelpnow": "AidezMoiSVP.ca",
    "ca-kids-help-phone": "Jeunesse, J'écoute",
    "qc-info-social-811": "Info-Social 811",
    "ca-988": "9-8-8\u00a0: Ligne d'aide en cas de crise de suicide",
}
REGION_NAMES = {"CA": "Canada", "US": "États-Unis", "GB": "Royaume-Uni", "AU": "Australie"}

# Phrases that blame a child or a parent; none may appear, even quoted.
DENIED_PHRASES = ("c'est ta faute", "c'est de ta faute", "tu aurais dû", "vous auriez dû")
MAX_LINE_LENGTH = 110
MISSING_FRENCH = re.compile(r"^(?P<kind>[a-z_]+): .* '(?P<id>[^']+)' has no French text")

OwnIds = dict[str, tuple[str, ...]]  # kind -> ids checked here, in English file order


@pytest.fixture(scope="module")
def french_result() -> LoadResult:
    return load_content("fr")


@pytest.fixture(scope="module")
def content_fr(french_result: LoadResult) -> Content:
    return french_result.content


@pytest.fixture(scope="module")
def own_ids() -> OwnIds:
    """The ids this file checks, by kind, in English file order."""
    english = read_layer(content_dir(), ("en",)).texts["en"]

    def from_own_files(kind: str) -> tuple[str, ...]:
        return tuple(item_id for item_id, item in english[kind].items()
                     if item.path.replace("\\", "/").rsplit("/", 1)[-1] in OWN_ENGLISH_FILES)

    ids = {"sections": from_own_files("sections"), "guides": from_own_files("guides")}
    ids.update({kind: tuple(english[kind]) for kind in WHOLE_KINDS})
    return ids


def _own_items(content: Content, own_ids: OwnIds) -> Iterator[tuple[str, str, object]]:
    """(kind, "kind id", item) for every item checked here, guide steps included, in English order."""
    for kind, ids in own_ids.items():
        by_id = {item.id: item for item in getattr(content, kind)}
        for item_id in ids:
            item = by_id.get(item_id)
            if item is None:
                continue
            yield kind, f"{kind} {item_id}", item
            if isinstance(item, Guide):
                for step in item.steps:
                    yield "steps", f"guides {item_id} step {step.id}", step


def _texts(kind: str, item: object) -> Iterator[tuple[str, str]]:
    """(field, text) for every translated text of ``item``; list fields give one entry per element."""
    for field in dataclasses.fields(item):  # type: ignore[arg-type]
        if field.name not in TEXT_FIELDS[kind] or field.name == "steps":
            continue
        value = getattr(item, field.name)
        if isinstance(value, str):
            yield field.name, value
        else:
            for index, text in enumerate(value):
                yield f"{field.name}[{index}]", text


def _non_text_fields(kind: str, item: object) -> dict[str, object]:
    values = {field.name: getattr(item, field.name) for field in dataclasses.fields(item)  # type: ignore[arg-type]
              if field.name not in TEXT_FIELDS[kind] | OWN_WORDS_FIELDS}
    if isinstance(item, Guide):
        values["steps"] = [_non_text_fields("steps", step) for step in item.steps]
    return values


def _pairs(content_en: Content, content_fr: Content,
           own_ids: OwnIds) -> Iterator[tuple[str, str, str]]:
    """(where, English text, French text) for every translated text."""
    english = {where: (kind, item) for kind, where, item in _own_items(content_en, own_ids)}
    for kind, where, item in _own_items(content_fr, own_ids):
        english_texts = dict(_texts(kind, english[where][1]))
        for field_name, text in _texts(kind, item):
            yield f"{where} {field_name}", english_texts[field_name], text


def _normalised(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    for space in NO_BREAK_SPACES:
        text = text.replace(space, " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def test_french_content_loads_without_errors(french_result: LoadResult) -> None:
    assert [str(issue) for issue in french_result.errors] == []


def test_no_missing_french_warnings(french_result: LoadResult, own_ids: OwnIds) -> None:
    missing = []
    for issue in french_result.issues:
        match = MISSING_FRENCH.match(issue.message)
        if match is not None and match["id"] in own_ids.get(match["kind"], ()):
            missing.append(str(issue))
    assert missing == []


def test_french_files_hold_every_english_id(own_ids: OwnIds) -> None:
    # The same check straight from the files, so it does not depend on the warning's wording; the French items
    # must also come from the files this translation owns, in the English order.
    french = read_layer(content_dir(), ("en", "fr")).texts.get("fr", {})
    for kind, ids in own_ids.items():
        french_items = french.get(kind, {})
        assert [item_id for item_id in french_items if item_id in ids] == list(ids), kind
        paths = {french_items[item_id].path.replace("\\", "/").rsplit("/", 1)[-1] for item_id in ids}
        assert paths <= set(OWN_FILES), kind


def test_non_text_fields_equal_english(content_en: Content, content_fr: Content,
                                       own_ids: OwnIds) -> None:
    english = {where: (kind, item) for kind, where, item in _own_items(content_en, own_ids)}
    french = {where: (kind, item) for kind, where, item in _own_items(content_fr, own_ids)}
    assert list(french) == list(english)
    different = {where: (_non_text_fields(kind, item), _non_text_fields(kind, english[where][1]))
                 for where, (kind, item) in french.items()
                 if _non_text_fields(kind, item) != _non_text_fields(kind, english[where][1])}
    assert different == {}


def test_text_lists_have_the_same_length(content_en: Content, content_fr: Content,
                                         own_ids: OwnIds) -> None:
    english = {where: (kind, item) for kind, where, item in _own_items(content_en, own_ids)}
    for kind, where, item in _own_items(content_fr, own_ids):
        assert [name for name, _ in _texts(kind, item)] == [
            name for name, _ in _texts(kind, english[where][1])], where


def test_a_text_is_empty_exactly_when_english_is(content_en: Content, content_fr: Content,
                                                 own_ids: OwnIds) -> None:
    # '' means "not verified" for hours and languages: French must neither drop nor add a fact.
    mismatched = [where for where, english, french in _pairs(content_en, content_fr, own_ids)
                  if bool(english.strip()) != bool(french.strip())]
    assert mismatched == []


def test_no_number_is_invented_or_lost(content_en: Content, content_fr: Content,
                                       own_ids: OwnIds) -> None:
    # Phone numbers, ages, hours and counts: every digit sequence in French must be in the English text, and
    # every one in English must be kept ("24 heures sur 24" may repeat a number, never add a new one).
    different = {}
    for where, english, french in _pairs(content_en, content_fr, own_ids):
        english_numbers, french_numbers = set(re.findall(r"\d+", english)), set(re.findall(r"\d+", french))
        if english_numbers != french_numbers:
            different[where] = (sorted(english_numbers), sorted(french_numbers))
    assert different == {}


def test_no_text_is_left_in_english(content_en: Content, content_fr: Content,
                                    own_ids: OwnIds) -> None:
    untranslated = [where for where, english, french in _pairs(content_en, content_fr, own_ids)
                    if english.strip() and _normalised(english) == _normalised(french)
                    and french not in SAME_IN_BOTH]
    assert untranslated == []


def test_only_proper_names_stay_the_same(content_en: Content) -> None:
    # The allow-list holds only real English names, so it cannot hide a forgotten sentence.
    english_names = {resource.name for resource in content_en.resources}
    english_names |= {region.name for region in content_en.regions}
    assert english_names >= SAME_IN_BOTH


def test_canadian_services_use_their_official_french_names(content_fr: Content) -> None:
    for resource_id, french_name in CANADIAN_FRENCH_NAMES.items():
        resource = content_fr.resource(resource_id)
        assert resource is not None, resource_id
        assert resource.name == french_name or resource.name.startswith(f"{french_name} ("), resource.name


def test_region_names(content_fr: Content) -> None:
    assert {region.id: region.name for region in content_fr.regions} == REGION_NAMES


@pytest.mark.parametrize("phrase", DENIED_PHRASES)
def test_no_blaming_phrase(content_en: Content, content_fr: Content, own_ids: OwnIds,
                           phrase: str) -> None:
    found = [where for where, _, french in _pairs(content_en, content_fr, own_ids)
             if phrase in _normalised(french)]
    assert found == []


def test_french_typography(content_en: Content, content_fr: Content, own_ids: OwnIds) -> None:
    problems = {where: found for where, _, french in _pairs(content_en, content_fr, own_ids)
                if (found := typography_problems(french))}
    assert problems == {}


def test_one_kind_of_no_break_space(content_en: Content, content_fr: Content,
                                    own_ids: OwnIds) -> None:
    # Both are correct French; mixing them makes the spacing look uneven on screen.
    used = {space for _, _, french in _pairs(content_en, content_fr, own_ids)
            for space in NO_BREAK_SPACES if space in french}
    assert len(used) <= 1, used


def test_french_files_keep_lines_short() -> None:
    for name in OWN_FILES:
        path = content_dir() / "fr" / name
        long_lines = [number for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                      if len(line) > MAX_LINE_LENGTH]
        assert long_lines == [], f"{name}: lines over {MAX_LINE_LENGTH} characters: {long_lines}"


def test_the_about_page_credits_the_source_in_french(content_fr: Content) -> None:
    credit = content_fr.section("about-credit")
    assert credit is not None
    text = re.sub(r"\s+", " ", " ".join(credit.paragraphs))
    assert "Centre canadien pour mettre fin à la traite des personnes" in text
    assert "The Canadian Centre to End Human Trafficking" in text


def test_the_disclosure_guide_names_the_threat_guide_by_its_french_title(content_fr: Content) -> None:
    # « Si votre enfant vous confie quelque chose » sends parents to this guide by its title.
    threat_guide = content_fr.guide("someone-is-threatening-my-child")
    disclosure_guide = content_fr.guide("if-your-child-tells-you")
    assert threat_guide is not None and disclosure_guide is not None
    assert f"«\u00a0{threat_guide.title}\u00a0»" in disclosure_guide.intro
