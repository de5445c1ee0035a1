"""The content loader on small fixtures: a valid tree, every kind of broken file, languages and packs.

Each broken case asserts the exact ``path:line:col: message`` a counselor would see, so a regression in
positions or wording shows up here first.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from guardian_app.content.loader import LoadResult, load_content
from guardian_app.content.model import ContentIssue

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"


@pytest.fixture
def tree(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the valid fixture tree at ./content, so issue paths read content/en/..."""
    shutil.copytree(data_dir / "valid", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return Path("content")


def _messages(result: LoadResult) -> list[str]:
    return [str(issue) for issue in result.issues]


def _with_broken_file(tree: Path, name: str, dest: str = "en/zz.yaml") -> LoadResult:
    shutil.copy(BROKEN / name, tree / dest)
    return load_content("en", base_dir=tree)


def test_valid_tree_loads_without_issues(tree: Path) -> None:
    result = load_content("en", base_dir=tree)

    assert result.issues == ()
    content = result.content
    assert content.language == "en"
    assert [stage.id for stage in content.stages] == ["first-contact", "secrecy"]
    sign = content.sign("hides-screen")
    assert sign is not None and sign.stages == ("secrecy",) and sign.level == "concern"
    assert content.starter("good-secrets").age_bands == ("6-9", "10-12")  # type: ignore[union-attr]
    steps = content.guide("if-your-child-tells-you").steps  # type: ignore[union-attr]
    assert [step.important for step in steps] == [False, True]
    assert steps[1].help_groups == ("report",)


def test_resources_merge_neutral_facts_with_english_text(tree: Path) -> None:
    content = load_content("en", base_dir=tree).content

    hotline = content.resource("ca-hotline")
    assert hotline is not None
    assert hotline.name == "Hotline" and hotline.note == "Not the police." and hotline.hours == ""
    assert hotline.phone is not None and hotline.phone.dial == "+18339001010"
    assert hotline.sms_url() == "sms:686868?body=CONNECT"
    assert hotline.text is not None and hotline.text.display == "686868"  # display defaults to the number
    assert hotline.verified_on == dt.date(2026, 1, 15)
    region = content.region("CA")
    assert region is not None and (region.name, region.emergency_number) == ("Canada", "911")
    # Group order first: emergency (1) before report (2).
    assert [res.id for res in content.resources_for("CA")] == ["ca-911", "ca-hotline"]


def test_missing_folder_is_one_issue_not_an_exception(tmp_path: Path) -> None:
    result = load_content("en", base_dir=tmp_path / "nowhere")

    assert result.content.signs == ()
    assert [issue.message for issue in result.issues] == ["content folder not found"]


def test_missing_files_mean_nothing_of_that_kind(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()

    result = load_content("en", base_dir=tmp_path)

    assert result.issues == () and result.content.signs == ()


@pytest.mark.parametrize(("name", "expected"), [
    ("syntax_error.yaml",
     ["content/en/zz.yaml:4:4: YAML syntax error: did not find expected '-' indicator"
      " (while parsing a block collection)"]),
    ("python_tag.yaml",
     ["content/en/zz.yaml:2:5: tags such as '!!python/object/apply:os.system' are not allowed in"
      " content files;"
      " quote the value if it is text"]),
    ("alias_bomb.yaml",
     ["content/en/zz.yaml:1:4: anchors ('&a') are not allowed in content files; write the value out"
      " in full"]),
    ("wrong_types.yaml",
     ["content/en/zz.yaml:3:12: phrases[0].avoid: expected text, but no is read as a yes/no value;"
      " put it in quotes: 'no'",
      "content/en/zz.yaml:7:12: groups[0].order: expected a whole number, found text 'first'",
      "content/en/zz.yaml:8:12: groups[0].title: expected text, but 911 is read as a number;"
      " put it in quotes: '911'"]),
    ("duplicate_ids.yaml",
     ["content/en/zz.yaml:2:5: phrases[0].id: duplicate id 'why-did-you'"
      " (first defined at content/en/starters.yaml:19:5)"]),
    ("duplicate_keys.yaml", ["content/en/zz.yaml:4:5: phrases[0]: duplicate key 'avoid' (first at line 3)"]),
    ("unknown_key.yaml",
     ["content/en/zz.yaml:4:5: phrases[0]: unknown field 'insted' (did you mean 'instead'?)",
      "content/en/zz.yaml:2:5: phrases[0]: missing required field 'instead'"]),
    ("unknown_stage.yaml", ["content/en/zz.yaml:6:23: signs[0].stages[1]: unknown stage 'groming'"]),
    ("invalid_utf8.yaml", ["content/en/zz.yaml:3:15: invalid UTF-8 (byte 0xE9); save the file as UTF-8"]),
    ("empty.yaml", ["content/en/zz.yaml:1:1: file is empty; a content file needs top-level keys"
                    " such as 'signs:'"]),
])
def test_broken_file_is_reported_exactly_and_the_rest_still_loads(tree: Path, name: str,
                                                                   expected: list[str]) -> None:
    result = _with_broken_file(tree, name)

    assert _messages(result) == expected
    assert all(issue.severity == "error" for issue in result.issues)
    # Everything valid around the broken file is still there.
    assert result.content.sign("hides-screen") is not None
    assert "why-did-you" in {phrase.id for phrase in result.content.phrases}


def test_unquoted_phone_numbers_in_facts_are_errors(tree: Path) -> None:
    result = _with_broken_file(tree, "wrong_types_facts.yaml", dest="resources.yaml")

    assert _messages(result)[:2] == [
        "content/resources.yaml:5:23: regions[0].emergency_number: expected a number written as"
        " text in quotes,"
        " e.g. '911', but 911 is read as a number; put it in quotes: '911'",
        "content/resources.yaml:10:19: resources[0].phone.dial: expected a number written as text in quotes,"
        " e.g. '911', but +18339001010 is read as a number; put it in quotes: '+18339001010'",
    ]
    assert result.content.resource("ca-hotline") is None
    assert result.content.region("CA") is None


def test_quoted_no_stays_text(tree: Path) -> None:
    (tree / "en" / "zz.yaml").write_text("phrases:\n  - id: say-no\n    avoid: 'no'\n    instead: \"yes\"\n",
                                         encoding="utf-8")

    result = load_content("en", base_dir=tree)

    assert result.issues == ()
    phrase = next(phrase for phrase in result.content.phrases if phrase.id == "say-no")
    assert (phrase.avoid, phrase.instead) == ("no", "yes")


def test_bom_and_crlf_are_valid(tree: Path) -> None:
    result = _with_broken_file(tree, "bom_crlf.yaml")

    assert result.issues == ()
    phrase = next(phrase for phrase in result.content.phrases if phrase.id == "bom-crlf")
    assert phrase.avoid == "À quoi tu pensais ?"


def test_file_over_2_mb_is_refused_before_reading(tree: Path) -> None:
    huge = tree / "en" / "huge.yaml"
    with huge.open("wb") as stream:
        stream.truncate(30 * 1024 * 1024)  # sparse: the size is real, the disk is not filled

    result = load_content("en", base_dir=tree)

    assert _messages(result) == ["content/en/huge.yaml:1:1: file is too large (30.0 MB);"
                                 " content files are limited to 2 MB"]


def test_deep_nesting_is_a_clean_error(tree: Path) -> None:
    (tree / "en" / "deep.yaml").write_text("[" * 100_000, encoding="utf-8")
    (tree / "en" / "deep-block.yaml").write_text("a:\n" + "".join(" " * i + "- \n" for i in range(1, 200)),
                                                 encoding="utf-8")

    result = load_content("en", base_dir=tree)

    block, flow = _messages(result)
    assert block == "content/en/deep-block.yaml:33:33: nesting is too deep (more than 32 levels)"
    # Recent libyaml stops flow nesting itself (at 1000); older builds reach our own limit first.
    assert flow in ("content/en/deep.yaml:1:33: nesting is too deep (more than 32 levels)",
                    "content/en/deep.yaml:1:1001: YAML syntax error: exceeded maximum nesting depth"
                    " (while increasing flow level)")


def test_control_characters_and_several_documents_are_refused(tree: Path) -> None:
    (tree / "en" / "nul.yaml").write_text("phrases:\n  - id: x\x00\n", encoding="utf-8")
    (tree / "en" / "two.yaml").write_text("phrases: []\n---\nphrases: []\n", encoding="utf-8")

    assert _messages(load_content("en", base_dir=tree)) == [
        "content/en/nul.yaml:2:10: a control character (U+0000) is not allowed in a content file",
        "content/en/two.yaml:2:1: only one YAML document is allowed per file (remove '---')",
    ]


def test_all_errors_of_a_file_are_collected(tree: Path) -> None:
    (tree / "en" / "zz.yaml").write_text(
        "phrases:\n"
        "  - id: Bad_Id\n    avoid: a\n    instead: b\n"
        "  - id: ok\n    avoid: [a]\n    instead: b\n"
        "  - id: ok-too\n    avoid: ''\n"
        "colours: []\n"
        "sign:\n",
        encoding="utf-8")

    assert _messages(load_content("en", base_dir=tree)) == [
        "content/en/zz.yaml:2:9: phrases[0].id: 'Bad_Id' is not a valid id (use lowercase letters,"
        " digits and '-')",
        "content/en/zz.yaml:6:12: phrases[1].avoid: expected text, found a list",
        "content/en/zz.yaml:9:12: phrases[2].avoid: must not be empty",
        "content/en/zz.yaml:8:5: phrases[2]: missing required field 'instead'",
        "content/en/zz.yaml:10:1: unknown top-level key 'colours'; a language file may hold:"
        " sections, stages,"
        " levels, categories, signs, age_bands, situations, starters, phrases, guides, groups,"
        " regions, resources, help_situations, scenarios, glossary, house_rules, family_texts",
        "content/en/zz.yaml:11:1: unknown top-level key 'sign' (did you mean 'signs'?); a language"
        " file may hold:"
        " sections, stages, levels, categories, signs, age_bands, situations, starters, phrases,"
        " guides, groups,"
        " regions, resources, help_situations, scenarios, glossary, house_rules, family_texts",
    ]


def test_level_ids_are_an_enum_and_bad_references_drop_the_item(tree: Path) -> None:
    (tree / "en" / "zz.yaml").write_text(
        "levels:\n  - id: panic\n    title: t\n    advice: a\n"
        "signs:\n  - id: odd\n    category: nope\n    label: l\n    why: w\n    stages: [secrecy]\n"
        "    level: urgent\n    help_groups: [reprot]\n",
        encoding="utf-8")

    result = load_content("en", base_dir=tree)

    assert _messages(result) == [
        "content/en/zz.yaml:2:9: levels[0].id: 'panic' is not one of watch, concern, urgent",
        "content/en/zz.yaml:7:15: signs[0].category: unknown category 'nope'",
        "content/en/zz.yaml:12:19: signs[0].help_groups[0]: unknown resource group 'reprot'"
        " (did you mean 'report'?)",
    ]
    assert result.content.sign("odd") is None


def test_facts_and_texts_must_match_by_id(tree: Path) -> None:
    with (tree / "en" / "resources.yaml").open("a", encoding="utf-8") as stream:
        stream.write("  - id: ghost-line\n    name: G\n    purpose: p\n    hours: ''\n   "
                     " languages: English\n")
    facts = (tree / "resources.yaml").read_text(encoding="utf-8")
    (tree / "resources.yaml").write_text(
        facts.replace("    primary: ca-hotline", "    primary: ca-nothing")
        + "  - id: silent\n    regions: [CA]\n    group: report\n    source_urls: [https://example.org]\n"
          "    verified_on: 2026-01-15\n",
        encoding="utf-8")

    result = load_content("en", base_dir=tree)

    assert _messages(result) == [
        "content/resources.yaml:24:5: resources[2]: resource 'silent' has no text in content/en"
        " (add it under 'resources:' there)",
        "content/en/resources.yaml:23:5: resources[2].id: resource 'ghost-line' has no facts in"
        " resources.yaml at"
        " the top of the content folder",
        "content/resources.yaml:4:14: regions[0].primary: unknown resource 'ca-nothing'",
    ]
    assert result.content.region("CA") is None and result.content.resource("silent") is None


# --- languages --------------------------------------------------------------------------------------------


def test_french_falls_back_to_english_per_item_with_warnings(tree: Path) -> None:
    result = load_content("fr", base_dir=tree)

    assert result.content.language == "fr"
    assert result.content.section("home-welcome").title == "Vous êtes au bon endroit"  # type: ignore[union-attr]
    assert result.content.stage("secrecy").title == "Secrets"  # type: ignore[union-attr]
    assert not result.errors
    first = result.warnings[0]
    assert first == ContentIssue(
        "content/fr", 1, 1, "stages: stage 'first-contact' has no French text yet; English is shown"
                            " (from content/en/stages.yaml:2)", "warning")
    assert str(first).startswith("content/fr:1:1: warning: ")


def test_missing_french_item_points_at_the_french_file(tree: Path) -> None:
    with (tree / "en" / "pages.yaml").open("a", encoding="utf-8") as stream:
        stream.write("  - id: about\n    title: About\n    paragraphs: [Who made this.]\n")

    result = load_content("fr", base_dir=tree)

    assert ("content/fr/pages.yaml:1:1: warning: sections: section 'about' has no French text yet;"
            " English is shown (from content/en/pages.yaml:7)") in _messages(result)


def test_strict_languages_turns_missing_translations_into_errors(tree: Path) -> None:
    result = load_content("fr", base_dir=tree, strict_languages=True)

    assert result.errors and not result.warnings
    assert result.content.stage("secrecy") is not None  # English is still shown


def test_french_id_unknown_in_english_is_an_error(tree: Path) -> None:
    (tree / "fr" / "zz.yaml").write_text("phrases:\n  - id: en-trop\n    avoid: a\n    instead: b\n",
                                         encoding="utf-8")

    result = load_content("fr", base_dir=tree)

    assert [str(issue) for issue in result.errors] == [
        "content/fr/zz.yaml:2:5: phrases[0].id: phrase 'en-trop' does not exist in English; every"
        " id must exist"
        " in the English folder first"]
    assert all(phrase.id != "en-trop" for phrase in result.content.phrases)


# --- packs ------------------------------------------------------------------------------------------------


def test_pack_replaces_and_adds_items(tree: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "en").mkdir(parents=True)
    (pack / "en" / "extra.yaml").write_text(
        "phrases:\n"
        "  - id: why-did-you\n    avoid: Why did you do it?\n    instead: Thanks for trusting me.\n"
        "  - id: new-one\n    avoid: a\n    instead: b\n",
        encoding="utf-8")

    result = load_content("en", packs=[pack], base_dir=tree)

    assert result.issues == ()
    assert [phrase.id for phrase in result.content.phrases] == ["why-did-you", "new-one"]
    assert result.content.phrases[0].instead == "Thanks for trusting me."


def test_pack_with_any_error_is_ignored_as_a_whole(tree: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "en").mkdir(parents=True)
    (pack / "en" / "good.yaml").write_text("phrases:\n  - id: new-one\n    avoid: a\n    instead: b\n",
                                           encoding="utf-8")
    (pack / "en" / "bad.yaml").write_text("signs:\n  - id: s\n    category: secrecy\n    label: l\n"
                                          "    why: w\n"
                                          "    stages: [groming]\n    level: watch\n", encoding="utf-8")

    result = load_content("en", packs=[pack], base_dir=tree)

    assert [issue.path for issue in result.issues] == ["pack/en/bad.yaml"]
    assert "unknown stage 'groming'" in result.issues[0].message
    assert all(phrase.id != "new-one" for phrase in result.content.phrases)
    assert result.content.sign("hides-screen") is not None


def test_missing_pack_is_reported(tree: Path, tmp_path: Path) -> None:
    result = load_content("en", packs=[tmp_path / "nope"], base_dir=tree)

    assert [issue.message for issue in result.issues] == ["content pack folder not found; pack ignored"]
