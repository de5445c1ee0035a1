"""Scenarios are checked as graphs: each problem is reported as ``path:line:col: message`` and leaves the
scenario out, while the rest of the content still loads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guardian_app.content.loader import LoadResult, load_content
from guardian_app.content.practice_model import ScenarioRun

SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "scenarios"


@pytest.fixture
def tree(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the valid fixture tree at ./content, so issue paths read content/en/..."""
    shutil.copytree(data_dir / "valid", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return Path("content")


def _load(tree: Path, english: str, french: str | None = None, language: str = "en") -> LoadResult:
    shutil.copy(SCENARIOS / english, tree / "en" / "practice.yaml")
    if french is not None:
        shutil.copy(SCENARIOS / french, tree / "fr" / "practice.yaml")
    return load_content(language, base_dir=tree)


def _messages(result: LoadResult) -> list[str]:
    return [str(issue) for issue in result.errors]


def test_a_valid_scenario_loads_with_its_graph(tree: Path) -> None:
    result = _load(tree, "valid.yaml")

    assert _messages(result) == []
    scenario = result.content.scenario("secret-game")
    assert scenario is not None
    assert [node.id for node in scenario.nodes] == ["start", "more", "quiet", "closed"]
    blame = scenario.nodes[0].reply("blame")
    assert blame is not None and blame.effect == "hurts" and blame.phrase == "why-did-you"
    assert scenario.node("more").is_ending  # type: ignore[union-attr]
    assert result.content.scenarios_for_starter("good-secrets") == (scenario,)


def test_unreachable_node(tree: Path) -> None:
    result = _load(tree, "unreachable.yaml")

    assert _messages(result) == [
        "content/en/practice.yaml:24:9: scenarios[0].nodes[2]: node 'orphan' cannot be reached: no reply leads"
        " to it from the first node 'start'"]
    assert result.content.scenario("lost") is None


def test_endless_path(tree: Path) -> None:
    result = _load(tree, "endless.yaml")

    assert _messages(result) == [
        "content/en/practice.yaml:20:9: scenarios[0].nodes[1]: from node 'round' no reply ever reaches an ending"
        " (a node without replies): the conversation could never end",
        "content/en/practice.yaml:33:9: scenarios[0].nodes[2]: from node 'and-again' no reply ever reaches an"
        " ending (a node without replies): the conversation could never end",
    ]
    assert result.content.scenario("loop") is None


def test_reply_without_feedback(tree: Path) -> None:
    result = _load(tree, "no_feedback.yaml")

    assert _messages(result) == [
        "content/en/practice.yaml:10:13: scenarios[0].nodes[0].replies[0]: missing required field 'feedback'",
        "content/en/practice.yaml:17:23: scenarios[0].nodes[0].replies[1].feedback: must not be empty",
    ]
    assert result.content.scenario("silent") is None


def test_unknown_next_node_too_few_replies_and_ending_without_advice(tree: Path) -> None:
    result = _load(tree, "broken_links.yaml")

    assert _messages(result) == [
        "content/en/practice.yaml:14:19: scenarios[0].nodes[0].replies[0].next: unknown node 'ends' (did you"
        " mean 'end'?); it must be the id of a node of this scenario",
        "content/en/practice.yaml:20:9: scenarios[0].nodes[1]: node 'lonely' has 1 replies; give the parent 2"
        " to 4 to choose from (or none, for an ending)",
        "content/en/practice.yaml:28:9: scenarios[0].nodes[2]: node 'end' is an ending (it has no replies), so"
        " it needs 'try_next'",
    ]


def test_ids_must_be_unique(tree: Path) -> None:
    result = _load(tree, "duplicates.yaml")

    assert _messages(result) == [
        "content/en/practice.yaml:15:13: scenarios[0].nodes[0].replies[1].id: duplicate id 'a'"
        " (first at scenarios[0].nodes[0].replies[0])",
        "content/en/practice.yaml:24:9: scenarios[0].nodes[2].id: duplicate id 'end' (first at"
        " scenarios[0].nodes[1])",
    ]


def test_complete_french_is_used(tree: Path) -> None:
    result = _load(tree, "valid.yaml", "valid_fr.yaml", language="fr")

    assert _messages(result) == []
    scenario = result.content.scenario("secret-game")
    assert scenario is not None and scenario.title == "Un secret dans un jeu"


def test_missing_french_is_an_error_and_english_is_shown(tree: Path) -> None:
    result = _load(tree, "valid.yaml", "incomplete_fr.yaml", language="fr")

    assert _messages(result) == [
        "content/fr/practice.yaml:2:5: scenarios[0]: French scenario 'secret-game' is incomplete: node 'quiet'"
        " has other replies or links than in English (repair->more, leave->closed); English is shown (from"
        " content/en/practice.yaml:2)",
        "content/fr/practice.yaml:2:5: scenarios[0]: French scenario 'secret-game' is incomplete: node 'closed'"
        " has no French text; English is shown (from content/en/practice.yaml:2)",
    ]
    scenario = result.content.scenario("secret-game")
    assert scenario is not None and scenario.title == "A secret from a game"


def test_a_scenario_is_played_to_its_end(tree: Path) -> None:
    scenario = _load(tree, "valid.yaml").content.scenario("secret-game")
    assert scenario is not None
    run = ScenarioRun(scenario)

    assert run.choose("blame").feedback.startswith('A "why" question')
    assert run.current.id == "quiet" and not run.finished
    run.choose("repair")

    assert run.finished and run.current.went_well == "You stayed calm."
    assert [reply.id for reply in run.replies_with("helps")] == ["repair"]
    assert [reply.id for reply in run.replies_with("hurts")] == ["blame"]
    with pytest.raises(ValueError):
        run.choose("calm")
    run.restart()
    assert run.current.id == "start" and run.steps == []
