"""What the search panel lists, typed into as a parent would: the threat guide first for the words of a frightened
parent, "AI" never inside a word, and a phrase to avoid always labelled "Instead of:"."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from guardian_app.ui.widgets.search_panel import SearchPanel


@pytest.fixture
def panel(qtbot: Any, context: Any) -> SearchPanel:
    widget = SearchPanel(context)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.open_panel()
    return widget


def _type(panel: SearchPanel, qtbot: Any, text: str) -> list[str]:
    panel.search_box.clear()
    qtbot.keyClicks(panel.search_box, text)
    return [panel.results.item(row).text() for row in range(panel.results.count())]


@pytest.mark.parametrize("word", ["sextortion", "sextorsion", "blackmail", "nudes", "AI", "deepfake"])
def test_a_frightened_parent_s_word_lists_the_threat_guide_first(panel: SearchPanel, qtbot: Any,
                                                                  word: str) -> None:
    rows = _type(panel, qtbot, word)
    assert rows[0].startswith("Step-by-step guide: Someone is threatening my child"), (word, rows[:2])


def test_ai_lists_no_item_that_only_holds_it_inside_a_word(panel: SearchPanel, qtbot: Any) -> None:
    _type(panel, qtbot, "AI")
    for hit in panel.hits():
        assert hit.kind in ("guide", "what-is-happening") or " AI" in f" {hit.title} {hit.snippet}".replace(
            "(", " "), hit


def test_a_phrase_to_avoid_is_labelled_instead_of(panel: SearchPanel, qtbot: Any) -> None:
    rows = _type(panel, qtbot, "delete")
    phrases = [row for row in rows if row.startswith("What to say:")]
    assert phrases
    for row in phrases:
        _better, avoided = row.split("\n")
        assert avoided.startswith("Instead of: ")


def test_enter_on_the_guide_opens_it(panel: SearchPanel, context: Any, qtbot: Any) -> None:
    _type(panel, qtbot, "sextortion")
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert blocker.args == ["guide", "someone-is-threatening-my-child"]


def test_the_situation_follows_the_guide_and_opens_get_help_with_its_lines(panel: SearchPanel, context: Any,
                                                                           qtbot: Any) -> None:
    rows = _type(panel, qtbot, "sextortion")
    assert rows[1].startswith("Get help now: Someone is threatening my child"), rows[:3]
    panel.results.setCurrentRow(1)
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert blocker.args == ["help", "situation:threatened"]
