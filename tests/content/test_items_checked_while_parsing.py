"""Items of top-level lists are checked while the file is parsed: the same issues, in the same order, as a
check of the whole tree afterwards.

The reader hands the validator each item of a top-level list as soon as it is complete, but only under the
first writing of a text key; everything else (a key written twice, a key that is not a word, a list that is
not at the top) stays in the tree for the usual checks, and a file that does not parse to the end reports its
parse problem alone.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from guardian_app.content.loader import load_content
from guardian_app.content.yaml_reader import MAP, SEQ, STR_TAG, Node, parse_yaml_text, position

LANGUAGE_KEYS = ("sections, stages, levels, categories, signs, age_bands, situations, starters, phrases, guides,"
                 " groups, regions, resources, help_situations, scenarios, glossary, house_rules, family_texts")


@pytest.fixture
def tree(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the valid fixture tree at ./content, so issue paths read content/en/..."""
    shutil.copytree(data_dir / "valid", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return Path("content")


@pytest.mark.parametrize(("text", "expected", "phrases"), [
    pytest.param(
        "phrases:\nphrases:\n  - id: bad-item\n    avoid: 911\n    instead: x\n",
        ["content/en/zz.yaml:2:1: file: duplicate key 'phrases' (first at line 1)",
         "content/en/zz.yaml:1:9: phrases: the list is empty; add items starting with '- id: ...' or remove the key"],
        ["why-did-you"],
        id="a list under the second writing of a key is not checked"),
    pytest.param(
        "phrases:\n  - id: first-phrase\n    avoid: Why?\n    instead: Thank you.\n"
        "phrases:\n  - id: second-phrase\n    avoid: no\n    instead: x\n",
        ["content/en/zz.yaml:5:1: file: duplicate key 'phrases' (first at line 1)"],
        ["why-did-you", "first-phrase"],
        id="two lists under one key: the first counts"),
    pytest.param(
        "phrases:\n  - id: p-one\n    avoid: no\n    instead: x\nsigns: 3\nphrases: []\n",
        ["content/en/zz.yaml:6:1: file: duplicate key 'phrases' (first at line 1)",
         "content/en/zz.yaml:3:12: phrases[0].avoid: expected text, but no is read as a yes/no value;"
         " put it in quotes: 'no'",
         "content/en/zz.yaml:5:8: signs: must be a list of items, found a number"],
        ["why-did-you"],
        id="key problems come first, then each key's own in file order"),
    pytest.param(
        "1:\n  - id: bad-item\n    avoid: no\nphrases:\n  - id: ok-phrase\n    avoid: Why?\n    instead: Thank you.\n",
        ["content/en/zz.yaml:1:1: file: keys must be plain words, found a number"],
        ["why-did-you", "ok-phrase"],
        id="a number as key"),
    pytest.param(
        "? [phrases]\n: - id: bad-item\n    avoid: no\nphrases:\n  - id: ok-phrase\n    avoid: Why?\n"
        "    instead: Thanks.\n",
        ["content/en/zz.yaml:1:3: file: keys must be plain words, found a list"],
        ["why-did-you", "ok-phrase"],
        id="a list as key"),
    pytest.param(
        "phrazes:\n  - id: bad-item\n    avoid: no\n"
        "phrases:\n  - id: ok-phrase\n    avoid: 'no'\n    instead: Thanks.\n",
        ["content/en/zz.yaml:1:1: unknown top-level key 'phrazes' (did you mean 'phrases'?); a language file may"
         f" hold: {LANGUAGE_KEYS}"],
        ["why-did-you", "ok-phrase"],
        id="the items of an unknown key are not checked"),
    pytest.param(
        "phrases:\n  - id: bad-item\n    avoid: no\n    instead: x\n  - id: [oops\n",
        ["content/en/zz.yaml:6:1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow"
         " sequence)"],
        ["why-did-you"],
        id="a syntax error after a bad item is the only issue"),
    pytest.param(
        "phrases:\n  - id: good-one\n    avoid: Why?\n    instead: Thanks.\n"
        "  - id: other\n    avoid: &a x\n",
        ["content/en/zz.yaml:6:12: anchors ('&a') are not allowed in content files; write the value out in full"],
        ["why-did-you"],
        id="items checked before a refusal are not kept"),
    pytest.param(
        "phrases:\n  - just text\n  - - nested\n  - id: p-two\n    avoid: Why?\n    instead: Thanks.\n",
        ["content/en/zz.yaml:2:5: phrases[0]: must be a mapping of fields (name: value), found text",
         "content/en/zz.yaml:3:5: phrases[1]: must be a mapping of fields (name: value), found a list"],
        ["why-did-you", "p-two"],
        id="items that are not mappings"),
    pytest.param(
        "- phrases:\n  - id: p-three\n    avoid: no\n",
        [f"content/en/zz.yaml:1:1: a content file must be a mapping of top-level keys ({LANGUAGE_KEYS}),"
         " found a list"],
        ["why-did-you"],
        id="a list at the top"),
])
def test_issues_and_items_are_those_of_a_whole_tree_check(tree: Path, text: str, expected: list[str],
                                                          phrases: list[str]) -> None:
    (tree / "en" / "zz.yaml").write_text(text, encoding="utf-8")

    result = load_content("en", base_dir=tree)

    assert [str(issue) for issue in result.issues] == expected
    assert [phrase.id for phrase in result.content.phrases] == phrases


def _texts(node: Node) -> object:
    """A node as plain values, for comparing trees."""
    if node[0] == MAP:
        items = node[1]
        return [(_texts(items[index]), _texts(items[index + 1])) for index in range(0, len(items), 2)]
    if node[0] == SEQ:
        return [_texts(child) for child in node[1]]
    return node[1]


def test_reader_hands_over_top_level_items_in_order_and_keeps_the_rest() -> None:
    text = ("stages:\n  - id: a\n  - [b, c]\n  - d\nother: [{x: [1]}]\nstages:\n  - id: again\n"
            "? [k]\n: - id: kept\n")
    handed: list[tuple[str, object, tuple[int, int]]] = []

    def take_list(key: Node) -> Callable[[Node], None] | None:
        if key[1] == "other":
            return None  # kept in the tree
        return lambda item: handed.append((key[1], _texts(item), position(item)))

    root, issues = parse_yaml_text(text, "t.yaml", take_list)

    assert issues == [] and root is not None
    assert handed == [("stages", [("id", "a")], (2, 5)), ("stages", ["b", "c"], (3, 5)), ("stages", "d", (4, 5))]
    # The first 'stages' list is left empty; the second writing, a list refused by the handler and non-text
    # keys keep theirs.
    assert _texts(root) == [("stages", []), ("other", [[("x", ["1"])]]), ("stages", [[("id", "again")]]),
                            (["k"], [[("id", "kept")]])]
    whole, _ = parse_yaml_text(text, "t.yaml")
    assert whole is not None and _texts(whole)[0] == ("stages", [[("id", "a")], ["b", "c"], "d"])
    assert whole[1][0][0] == STR_TAG and position(whole[1][0]) == (1, 1)


def test_broken_references_are_told_where_each_id_is_written(tree: Path) -> None:
    # References keep only their place and position while every file is read; the words come when one breaks:
    # an id on its own, an id in an item's list, an id in a list inside a list of objects.
    (tree / "en" / "zz.yaml").write_text(
        "signs:\n"
        "  - id: sign-a\n    category: secrets\n    label: A\n    why: B\n    stages: [secrecy, groming]\n"
        "    level: concern\n"
        "  - id: sign-b\n    category: secrecy\n    label: A\n    why: B\n    stages: [secrecy]\n"
        "    level: concern\n    help_groups: [report, reprot]\n"
        "guides:\n"
        "  - id: guide-a\n    title: T\n    intro: I\n    steps:\n"
        "      - id: one\n        title: One\n        detail: D\n        help_groups: [report, nowhere]\n",
        encoding="utf-8")

    result = load_content("en", base_dir=tree)

    assert [str(issue) for issue in result.issues] == [
        "content/en/zz.yaml:23:31: guides[0].steps[0].help_groups[1]: unknown resource group 'nowhere'",
        "content/en/zz.yaml:3:15: signs[0].category: unknown category 'secrets'",
        "content/en/zz.yaml:6:23: signs[0].stages[1]: unknown stage 'groming'",
        "content/en/zz.yaml:14:27: signs[1].help_groups[1]: unknown resource group 'reprot' (did you mean 'report'?)",
    ]
    assert [sign.id for sign in result.content.signs] == ["hides-screen"]
    assert [guide.id for guide in result.content.guides] == ["if-your-child-tells-you"]
