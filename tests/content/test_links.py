"""Content links: parsing into plain parts, where each kind opens, and what ``validate`` says about a broken one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guardian_app.content import links
from guardian_app.content.links import LinkPart, LinkTarget, TextPart
from guardian_app.content.loader import load_content
from guardian_app.content.model import LANGUAGES, Content
from guardian_app.paths import content_dir


def test_parse_cuts_text_into_plain_parts_and_links() -> None:
    text = "Follow [the guide](guide:someone-is-threatening-my-child#stop-contact), then [write it](page:record)."
    assert links.parse(text) == (
        TextPart("Follow "),
        LinkPart("the guide", LinkTarget("guide", "someone-is-threatening-my-child", "stop-contact")),
        TextPart(", then "),
        LinkPart("write it", LinkTarget("page", "record")),
        TextPart("."),
    )
    assert links.plain(text) == "Follow the guide, then write it."


def test_text_without_links_and_malformed_links_stay_plain() -> None:
    assert links.parse("Call 911 [now].") == (TextPart("Call 911 [now]."),)
    assert links.parse("See [this](nowhere:x y).") == (TextPart("See [this](nowhere:x y)."),)
    assert links.parse("") == ()
    assert links.plain("A <b>bold</b> claim") == "A <b>bold</b> claim"  # escaping is the UI's job


@pytest.mark.parametrize(("target", "destination"), [
    ("page:record", ("record", "")),
    ("guide:someone-is-threatening-my-child", ("guide", "someone-is-threatening-my-child")),
    ("guide:someone-is-threatening-my-child#report", ("guide", "someone-is-threatening-my-child#report")),
    ("situation:threatened", ("help", "situation:threatened")),
    ("group:crisis", ("help", "group:crisis")),
    ("resource:ca-cybertip", ("help", "ca-cybertip")),
    ("stage:trust", ("luring", "trust")),
    ("sign:plans-to-meet", ("signs", "plans-to-meet")),
    ("starter:threats-money-scam", ("talk", "threats-money-scam")),
])
def test_every_kind_opens_its_page(target: str, destination: tuple[str, str]) -> None:
    parsed = links.parse_target(target)
    assert parsed is not None and str(parsed) == target
    assert parsed.destination() == destination


def test_unknown_kinds_are_not_targets() -> None:
    assert links.parse_target("web:example") is None
    assert links.parse_target("guide:Not-An-Id") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_links_all_resolve(language: str) -> None:
    content = load_content(language).content
    found = list(_all_targets(content))
    assert len(found) > 20  # content names other places through links, not in words
    for where, target in found:
        assert _exists(content, target), (where, str(target))


def _all_targets(content: Content) -> list[tuple[str, LinkTarget]]:
    texts: list[tuple[str, str]] = []
    for stage in content.stages:
        texts += [(stage.id, text) for text in (*stage.what_to_do, *stage.parent_may_notice)]
    for level in content.levels:
        texts.append((level.id, level.advice))
    for guide in content.guides:
        texts += [(guide.id, guide.intro), (guide.id, guide.closing)]
        texts += [(f"{guide.id}#{step.id}", step.detail) for step in guide.steps]
    for section in content.sections:
        texts += [(section.id, paragraph) for paragraph in section.paragraphs]
    for starter in content.starters:
        texts.append((starter.id, starter.if_they_tell_you))
    found = [(where, target) for where, text in texts for target in links.targets(text)]
    for situation in content.help_situations:
        for step in situation.steps:
            target = links.parse_target(step.link)
            assert target is not None, (situation.id, step.id)
            found.append((f"{situation.id}#{step.id}", target))
    return found


def _exists(content: Content, target: LinkTarget) -> bool:
    if target.kind == "page":
        return target.id in links.PAGE_IDS
    if target.kind == "guide":
        guide = content.guide(target.id)
        return guide is not None and (not target.part or any(step.id == target.part for step in guide.steps))
    lookup = {"situation": content.help_situation, "resource": content.resource, "group": content.group,
              "stage": content.stage, "sign": content.sign, "starter": content.starter}[target.kind]
    return lookup(target.id) is not None and not target.part


def test_the_guide_step_about_writing_things_down_opens_the_record() -> None:
    content = load_content("en").content
    guide = content.guide("someone-is-threatening-my-child")
    assert guide is not None
    step = next(step for step in guide.steps if step.id == "keep-evidence")
    assert LinkTarget("page", "record") in links.targets(step.detail)


# --- what validate says ------------------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(content_dir(), tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return Path("content")


def _add_to_level_advice(tree: Path, words: str) -> tuple[Path, int, int]:
    """Put ``words`` at the start of the 'watch' advice; returns the file and where they start."""
    path = tree / "en" / "signs.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "  - id: watch\n"
    start = text.index("advice: >-\n", text.index(anchor)) + len("advice: >-\n")
    indent = len(text[start:]) - len(text[start:].lstrip(" "))
    text = text[:start + indent] + words + " " + text[start + indent:]
    path.write_text(text, encoding="utf-8")
    line = text.count("\n", 0, start) + 1
    return path, line, indent + 1


def test_a_link_to_a_missing_step_fails_at_its_target(tree: Path) -> None:
    _, line, column = _add_to_level_advice(tree, "[Stop](guide:someone-is-threatening-my-child#stop-contacts)")
    target_column = column + len("[Stop](")
    errors = [str(issue) for issue in load_content("en", base_dir=tree).errors]
    assert errors == [
        f"content/en/signs.yaml:{line}:{target_column}: levels[0].advice: link to unknown step 'stop-contacts' of"
        " guide 'someone-is-threatening-my-child' (did you mean 'stop-contact'?)"]


def test_a_link_to_a_missing_page_or_kind_fails(tree: Path) -> None:
    _, line, column = _add_to_level_advice(tree, "[Write](page:records) or [call](phone:ca-911).")
    errors = [str(issue) for issue in load_content("en", base_dir=tree).errors]
    assert errors == [
        f"content/en/signs.yaml:{line}:{column + 8}: levels[0].advice: link to unknown page 'records'"
        " (did you mean 'record'?)",
        f"content/en/signs.yaml:{line}:{column + 32}: levels[0].advice: unknown link kind 'phone'"
        " (use one of: page, guide, situation, resource, group, stage, sign, starter)"]


def test_a_broken_link_keeps_the_text(tree: Path) -> None:
    _add_to_level_advice(tree, "[Help](situation:nobody).")
    result = load_content("en", base_dir=tree)
    assert len(result.errors) == 1 and "link to unknown situation 'nobody'" in str(result.errors[0])
    level = result.content.level("watch")
    assert level is not None and level.advice.startswith("[Help](situation:nobody).")


def test_a_situation_step_with_a_broken_target_fails(tree: Path) -> None:
    path = tree / "en" / "situations.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("link: page:record", "link: page:recrd"), encoding="utf-8")
    line = next(number for number, row in enumerate(text.splitlines(), 1) if "link: page:record" in row)
    errors = [str(issue) for issue in load_content("en", base_dir=tree).errors]
    assert errors == [f"content/en/situations.yaml:{line}:15: help_situations[2].steps[2].link: link to unknown"
                      " page 'recrd' (did you mean 'record'?)"]


def test_a_link_written_with_a_space_fails(tree: Path) -> None:
    _, line, column = _add_to_level_advice(tree, "[Help](page: help).")
    errors = [str(issue) for issue in load_content("en", base_dir=tree).errors]
    assert errors == [f"content/en/signs.yaml:{line}:{column + 5}: levels[0].advice: a link must be written"
                      " [words](kind:id) with no space or line break inside the brackets"]


def test_to_html_escapes_content_and_makes_only_guardian_links() -> None:
    text = 'Read <b>this</b> & [the "guide"](guide:someone-is-threatening-my-child#report) or <a href="x">no</a>.'
    html = links.to_html(text)
    assert html == ('Read &lt;b&gt;this&lt;/b&gt; &amp; <a href="guardian:guide:someone-is-threatening-my-child'
                    '#report">the &quot;guide&quot;</a> or &lt;a href=&quot;x&quot;&gt;no&lt;/a&gt;.')
    assert links.target_from_href("guardian:page:record") == LinkTarget("page", "record")
    assert links.target_from_href("https://example.org") is None


def test_search_shows_the_words_of_links_not_their_targets() -> None:
    from guardian_app.content.search import SearchIndex

    index = SearchIndex(load_content("en").content)
    hits = index.search("follow the guide") + index.search("see get help now")
    assert hits and all("](" not in hit.snippet and "guide:" not in hit.snippet for hit in hits)
