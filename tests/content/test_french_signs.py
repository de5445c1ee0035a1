"""Checks on the French "How luring works" stages and warning-signs checklist (content/fr/).

A French parent must read the same checklist as an English one: every stage, level, category, sign and
section translated (no silent English fallback), the same links, levels and order, real French text
rather than English left in place, French spacing before ? ! : ; and inside « », and no blaming phrase.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
from guardian_testing.french_typography import NO_BREAK_SPACES, typography_problems

from guardian_app.content.loader import LoadResult, load_content, read_layer
from guardian_app.content.model import Content
from guardian_app.paths import content_dir

OWN_KINDS = ("stages", "levels", "categories", "signs")
OWN_SECTION_IDS = (
    "luring-intro", "luring-not-your-fault", "signs-caveats", "signs-not-a-diagnosis", "signs-urgent-banner",
)
OWN_FILES = ("stages.yaml", "signs.yaml")
# The fields a translator writes; every other field (ids, order, icons, links, levels) must equal English.
TEXT_FIELDS = frozenset({
    "title", "summary", "offender_does", "parent_may_notice", "what_to_do", "paragraphs", "advice",
    "description", "label", "why",
})
# Search words each language chooses for itself (French searchers type other words): neither compared with
# English nor required to equal it.
OWN_WORDS_FIELDS = frozenset({"keywords"})
# Names that stay the same in both languages; a text made only of these may equal its English text.
PROPER_NAMES = ("Guardian",)
MAX_LINE_LENGTH = 110

# Phrases that blame a child or a parent.
DENIED_PHRASES = (
    "tu aurais dû", "vous auriez dû", "mauvais parent", "mauvaise mère", "mauvais père", "pourquoi as-tu",
)
# Saying whose fault it is is allowed only when denied ("ce n'est pas ta faute", "ne dites pas « c'est ta
# faute »").
FAULT_PHRASE = re.compile(r"c'est (?:de )?(?:ta|votre) faute")
NEGATION_BEFORE = re.compile(r"(?:\bne\b|\bn')[^.!?]*\b(?:pas|jamais)\b[^.!?]*$")
MISSING_FRENCH = re.compile(r"^(?P<kind>[a-z_]+): .* '(?P<id>[^']+)' has no French text")


def _normalised(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    for space in NO_BREAK_SPACES:
        text = text.replace(space, " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def denied_phrases_in(text: str) -> list[str]:
    """The blaming phrases found in ``text`` (empty when the text is fine)."""
    cleaned = _normalised(text)
    found = [phrase for phrase in DENIED_PHRASES if phrase in cleaned]
    for match in FAULT_PHRASE.finditer(cleaned):
        if not NEGATION_BEFORE.search(cleaned[: match.start()]):
            found.append(match.group(0))
    return found


@pytest.fixture(scope="module")
def french_result() -> LoadResult:
    return load_content("fr")


@pytest.fixture(scope="module")
def content_fr(french_result: LoadResult) -> Content:
    return french_result.content


def _own_items(content: Content) -> Iterator[tuple[str, object]]:
    """Every item this file checks, as ("kind id", item), in file order."""
    for kind in OWN_KINDS:
        for item in getattr(content, kind):
            yield f"{kind} {item.id}", item
    for section_id in OWN_SECTION_IDS:
        section = content.section(section_id)
        if section is not None:
            yield f"sections {section_id}", section


def _texts(item: object) -> Iterator[tuple[str, str]]:
    """(field, text) for every text of ``item``; list fields give one entry per element."""
    for field in dataclasses.fields(item):  # type: ignore[arg-type]
        if field.name not in TEXT_FIELDS:
            continue
        value = getattr(item, field.name)
        if isinstance(value, str):
            yield field.name, value
        else:
            for index, text in enumerate(value):
                yield f"{field.name}[{index}]", text


def _non_text_fields(item: object) -> dict[str, object]:
    return {field.name: getattr(item, field.name) for field in dataclasses.fields(item)  # type: ignore[arg-type]
            if field.name not in TEXT_FIELDS | OWN_WORDS_FIELDS}


def _all_french_texts(content: Content) -> Iterator[tuple[str, str]]:
    for where, item in _own_items(content):
        for field_name, text in _texts(item):
            yield f"{where} {field_name}", text


def test_deny_list_helper() -> None:
    assert denied_phrases_in("Ce n'est pas ta faute.") == []
    assert denied_phrases_in("Ce n\u2019est pas de ta faute, et ce n'est pas la vôtre.") == []
    assert denied_phrases_in("Ne dites jamais « c'est ta faute ».") == []
    assert denied_phrases_in("Il ne faut pas dire\u00a0: c'est de votre faute.") == []
    assert denied_phrases_in("Ce n'est pas grave. C'est ta faute.") == ["c'est ta faute"]
    assert denied_phrases_in("C\u2019est  de ta faute") == ["c'est de ta faute"]
    assert denied_phrases_in("Au fond, c'est votre faute.") == ["c'est votre faute"]
    assert denied_phrases_in("Tu aurais dû le savoir.") == ["tu aurais dû"]
    assert denied_phrases_in("Vous\u00a0auriez dû voir, mauvais parent") == [
        "vous auriez dû", "mauvais parent"]


def test_french_content_loads_without_errors(french_result: LoadResult) -> None:
    assert [str(issue) for issue in french_result.errors] == []


def test_no_missing_french_warnings(french_result: LoadResult) -> None:
    missing = []
    for issue in french_result.issues:
        match = MISSING_FRENCH.match(issue.message)
        if match is None:
            continue
        if match["kind"] in OWN_KINDS or (match["kind"] == "sections" and match["id"] in OWN_SECTION_IDS):
            missing.append(str(issue))
    assert missing == []


def test_french_files_hold_every_english_id() -> None:
    # The same check as above straight from the files, so it does not depend on the warning's wording.
    layer = read_layer(content_dir(), ("en", "fr"))
    english, french = layer.texts["en"], layer.texts.get("fr", {})
    for kind in OWN_KINDS:
        assert list(french.get(kind, {})) == list(english[kind]), kind
    french_sections = french.get("sections", {})
    assert [section_id for section_id in OWN_SECTION_IDS if section_id not in french_sections] == []
    french_paths = {item.path.replace("\\", "/") for kind in OWN_KINDS for item in french[kind].values()}
    french_paths |= {french_sections[section_id].path.replace("\\", "/") for section_id in OWN_SECTION_IDS}
    assert {path.rsplit("/", 1)[-1] for path in french_paths} <= set(OWN_FILES)


def test_non_text_fields_equal_english(content_en: Content, content_fr: Content) -> None:
    english = dict(_own_items(content_en))
    french = dict(_own_items(content_fr))
    assert list(french) == list(english)
    different = {}
    for where, item in french.items():
        if _non_text_fields(item) != _non_text_fields(english[where]):
            different[where] = (_non_text_fields(item), _non_text_fields(english[where]))
    assert different == {}


def test_text_lists_have_the_same_length(content_en: Content, content_fr: Content) -> None:
    english = dict(_own_items(content_en))
    for where, item in _own_items(content_fr):
        english_counts = [name for name, _ in _texts(english[where])]
        assert [name for name, _ in _texts(item)] == english_counts, where


def _only_proper_names(text: str) -> bool:
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    return not re.sub(r"[\W_]+", "", text)


def test_no_text_is_left_in_english(content_en: Content, content_fr: Content) -> None:
    english = dict(_own_items(content_en))
    untranslated = []
    for where, item in _own_items(content_fr):
        english_texts = dict(_texts(english[where]))
        for field_name, text in _texts(item):
            same = _normalised(text) == _normalised(english_texts[field_name])
            if same and not _only_proper_names(text):
                untranslated.append(f"{where} {field_name}")
    assert untranslated == []


def test_every_french_text_is_filled(content_fr: Content) -> None:
    assert [where for where, text in _all_french_texts(content_fr) if not text.strip()] == []


@pytest.mark.parametrize("phrase", DENIED_PHRASES)
def test_no_blaming_phrase(content_fr: Content, phrase: str) -> None:
    found = [where for where, text in _all_french_texts(content_fr) if phrase in denied_phrases_in(text)]
    assert found == []


def test_no_fault_phrase_without_negation(content_fr: Content) -> None:
    found = {where: phrases for where, text in _all_french_texts(content_fr)
             if (phrases := [phrase for phrase in denied_phrases_in(text) if FAULT_PHRASE.fullmatch(phrase)])}
    assert found == {}


def test_french_typography(content_fr: Content) -> None:
    problems = {where: found for where, text in _all_french_texts(content_fr)
                if (found := typography_problems(text))}
    assert problems == {}


def test_one_kind_of_no_break_space(content_fr: Content) -> None:
    # Both are correct French; mixing them makes the spacing look uneven on screen.
    used = {space for _, text in _all_french_texts(content_fr) for space in NO_BREAK_SPACES if space in text}
    assert len(used) <= 1, used


def test_french_files_keep_lines_short() -> None:
    for name in OWN_FILES:
        path = content_dir() / "fr" / name
        long_lines = [number for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                      if len(line) > MAX_LINE_LENGTH]
        assert long_lines == [], f"{name}: lines over {MAX_LINE_LENGTH} characters: {long_lines}"


def test_no_phone_numbers_in_french_files() -> None:
    # Contact details live only in content/resources.yaml, where each one is verified and dated.
    phone_like = re.compile(r"\b\d{3}\b|\d[\d .-]{6,}\d")
    for name in OWN_FILES:
        for line_number, line in enumerate((content_dir() / "fr" / name).read_text("utf-8").splitlines(), 1):
            if line.lstrip().startswith(("#", "order:")):
                continue
            assert not phone_like.search(line), f"{name}:{line_number}: {line.strip()}"


def test_the_intro_credits_the_source_in_french(content_fr: Content) -> None:
    intro = content_fr.section("luring-intro")
    assert intro is not None
    text = re.sub(r"\s+", " ", " ".join(intro.paragraphs))
    assert "Centre canadien pour mettre fin à la traite des personnes" in text
