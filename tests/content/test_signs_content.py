"""Checks on the shipped English "How luring works" stages and warning-signs checklist.

These tests guard what parents read, not how the loader works: enough signs in every category, every sign
pointing at stages, situations, guides and help groups that exist, every stage reachable from at least two
signs, an icon for every stage, a way to act on every urgent sign, and no blaming phrase anywhere.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator

import pytest

from guardian_app.content.model import Content, Sign, Stage
from guardian_app.paths import asset_path, content_dir

STAGE_IDS = (
    "first-contact", "attention", "trust", "secrecy", "sexual-talk", "image-requests", "blackmail",
    "exploitation", "impact",
)
CATEGORY_IDS = (
    "online-behaviour", "secrecy", "mood", "relationships", "gifts-money", "sexual-content", "threats-fear",
    "exploitation",
)
# The sections written with the stages and the checklist (other files own the other sections).
OWN_SECTION_IDS = (
    "luring-intro", "luring-not-your-fault", "signs-caveats", "signs-not-a-diagnosis", "signs-urgent-banner",
)
OWN_FILES = ("stages.yaml", "signs.yaml")

# Phrases that blame a child or a parent. "your fault" is allowed only as part of "not your fault".
DENIED_PHRASES = ("why did you", "you should have", "your fault", "should have known", "bad parent")


def denied_phrases_in(text: str) -> list[str]:
    """The blaming phrases found in ``text`` (empty when the text is fine)."""
    cleaned = re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u2018", "'").lower())
    cleaned = cleaned.replace("not your fault", "")
    return [phrase for phrase in DENIED_PHRASES if phrase in cleaned]


def _stage_texts(stage: Stage) -> Iterator[tuple[str, str]]:
    yield f"stage {stage.id} title", stage.title
    yield f"stage {stage.id} summary", stage.summary
    for field_name in ("offender_does", "parent_may_notice", "what_to_do"):
        for index, text in enumerate(getattr(stage, field_name)):
            yield f"stage {stage.id} {field_name}[{index}]", text


def _all_own_texts(content: Content) -> Iterator[tuple[str, str]]:
    for stage in content.stages:
        yield from _stage_texts(stage)
    for level in content.levels:
        yield f"level {level.id} title", level.title
        yield f"level {level.id} advice", level.advice
    for category in content.categories:
        yield f"category {category.id} title", category.title
        yield f"category {category.id} description", category.description
    for sign in content.signs:
        yield f"sign {sign.id} label", sign.label
        yield f"sign {sign.id} why", sign.why
    for section_id in OWN_SECTION_IDS:
        section = content.section(section_id)
        if section is None:
            continue
        yield f"section {section_id} title", section.title
        for index, paragraph in enumerate(section.paragraphs):
            yield f"section {section_id} paragraphs[{index}]", paragraph


def test_deny_list_helper_allows_not_your_fault_only() -> None:
    assert denied_phrases_in("It is not your fault.") == []
    assert denied_phrases_in("It is Your   Fault.") == ["your fault"]
    assert denied_phrases_in("Why did you\u2019 do it") == ["why did you"]
    assert denied_phrases_in("You should have known.") == ["you should have", "should have known"]


def test_shipped_stages_and_signs_load_without_issues() -> None:
    from guardian_app.content.loader import load_content

    own_issues = [
        str(issue) for issue in load_content("en").issues
        if any(issue.path.replace("\\", "/").endswith(f"en/{name}") for name in OWN_FILES)
    ]
    assert own_issues == []


def test_stages_are_the_nine_in_order(content_en: Content) -> None:
    assert tuple(stage.id for stage in content_en.stages) == STAGE_IDS
    assert [stage.order for stage in content_en.stages] == list(range(1, len(STAGE_IDS) + 1))


def test_every_stage_is_complete(content_en: Content) -> None:
    assert len(content_en.stages) >= 6
    for stage in content_en.stages:
        assert stage.title and stage.summary, stage.id
        for field_name in ("offender_does", "parent_may_notice", "what_to_do"):
            items = getattr(stage, field_name)
            assert 2 <= len(items) <= 4, f"{stage.id}.{field_name} has {len(items)} items"


def test_every_stage_icon_exists_and_is_a_64px_svg(content_en: Content) -> None:
    for stage in content_en.stages:
        assert stage.icon == f"{stage.id}.svg", stage.id
        path = asset_path(f"stages/{stage.icon}")
        assert path.is_file(), f"missing icon {path}"
        root = ElementTree.parse(path).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg", path
        assert root.get("viewBox") == "0 0 64 64", path


def test_stage_icons_render(qapp: object, content_en: Content) -> None:
    from PySide6.QtSvg import QSvgRenderer

    for stage in content_en.stages:
        renderer = QSvgRenderer(str(asset_path(f"stages/{stage.icon}")))
        assert renderer.isValid(), stage.icon


def test_levels_are_watch_concern_urgent(content_en: Content) -> None:
    assert tuple(level.id for level in content_en.levels) == ("watch", "concern", "urgent")
    for level in content_en.levels:
        assert level.title and level.advice, level.id


def test_there_are_enough_signs(content_en: Content) -> None:
    assert len(content_en.signs) >= 35


def test_categories_are_well_filled(content_en: Content) -> None:
    assert tuple(category.id for category in content_en.categories) == CATEGORY_IDS
    well_filled = [
        category.id for category in content_en.categories
        if len(content_en.signs_in_category(category.id)) >= 3
    ]
    assert len(well_filled) >= 7, well_filled


def test_every_level_is_used(content_en: Content) -> None:
    used = {sign.level for sign in content_en.signs}
    assert used == {"watch", "concern", "urgent"}


def _broken_links(sign: Sign, content: Content) -> list[str]:
    broken = []
    if content.category(sign.category) is None:
        broken.append(f"category {sign.category}")
    if content.level(sign.level) is None:
        broken.append(f"level {sign.level}")
    broken += [f"stage {stage}" for stage in sign.stages if content.stage(stage) is None]
    broken += [f"situation {item}" for item in sign.situations if content.situation(item) is None]
    broken += [f"guide {item}" for item in sign.guides if content.guide(item) is None]
    broken += [f"help group {item}" for item in sign.help_groups if content.group(item) is None]
    return broken


def test_every_sign_links_to_things_that_exist(content_en: Content) -> None:
    problems = {sign.id: _broken_links(sign, content_en) for sign in content_en.signs}
    assert {sign_id: links for sign_id, links in problems.items() if links} == {}


def test_every_sign_is_linked_and_explained(content_en: Content) -> None:
    for sign in content_en.signs:
        assert sign.label and sign.why, sign.id
        assert 1 <= len(sign.stages) <= 3, sign.id
        assert sign.situations, f"{sign.id} has no conversation starter situation"
        assert sign.help_groups, f"{sign.id} has no help group"


def test_every_stage_has_at_least_two_signs(content_en: Content) -> None:
    counts = {stage.id: len(content_en.signs_for_stage(stage.id)) for stage in content_en.stages}
    assert {stage_id: count for stage_id, count in counts.items() if count < 2} == {}


def test_every_urgent_sign_leads_to_action(content_en: Content) -> None:
    urgent = [sign for sign in content_en.signs if sign.level == "urgent"]
    assert urgent
    assert [sign.id for sign in urgent if not (sign.guides or sign.help_groups)] == []


def test_checklist_sections_exist(content_en: Content) -> None:
    for section_id in OWN_SECTION_IDS:
        section = content_en.section(section_id)
        assert section is not None, section_id
        assert section.title and section.paragraphs, section_id
    assert 4 <= len(content_en.section("signs-caveats").paragraphs) <= 6  # type: ignore[union-attr]


def test_luring_intro_credits_the_source(content_en: Content) -> None:
    intro = content_en.section("luring-intro")
    assert intro is not None
    assert "Canadian Centre to End Human Trafficking" in " ".join(intro.paragraphs)


@pytest.mark.parametrize("phrase", DENIED_PHRASES)
def test_no_blaming_phrase(content_en: Content, phrase: str) -> None:
    found = [where for where, text in _all_own_texts(content_en) if phrase in denied_phrases_in(text)]
    assert found == []


def test_no_phone_numbers_in_own_files() -> None:
    # Contact details live only in content/resources.yaml, where each one is verified and dated.
    phone_like = re.compile(r"\b\d{3}\b|\d[\d .-]{6,}\d")
    for name in OWN_FILES:
        for line_number, line in enumerate((content_dir() / "en" / name).read_text("utf-8").splitlines(), 1):
            if line.lstrip().startswith("#") or line.lstrip().startswith("order:"):
                continue
            assert not phone_like.search(line), f"{name}:{line_number}: {line.strip()}"
