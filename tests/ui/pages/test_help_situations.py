"""Get help now starts from what is happening: the situation buttons put the right lines first, in every region."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from guardian_app.content.model import REGIONS
from guardian_app.ui.pages.help.page import HelpPage
from guardian_app.ui.widgets.resource_card import ResourceCard


@pytest.fixture
def page(qtbot: Any, context: Any) -> HelpPage:
    widget = HelpPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    return widget


def _cards_in_order(page: HelpPage) -> list[str]:
    """The resource ids of the cards from the top of the page down."""
    body = page.scroll_area.widget()
    assert body is not None
    cards = body.findChildren(ResourceCard)
    return [card.resource.id for card in sorted(cards, key=lambda card: card.mapTo(body, card.rect().topLeft()).y())]


def test_with_nothing_chosen_canada_shows_the_trafficking_hotline_and_cybertip_side_by_side(
        page: HelpPage, qtbot: Any) -> None:
    page.show()
    qtbot.waitExposed(page)
    assert _cards_in_order(page)[:2] in (["ca-human-trafficking-hotline", "ca-cybertip"],
                                         ["ca-cybertip", "ca-human-trafficking-hotline"])
    first, second = (page.card("ca-human-trafficking-hotline"), page.card("ca-cybertip"))
    assert first is not None and second is not None
    body = page.scroll_area.widget()
    qtbot.waitUntil(lambda: first.mapTo(body, first.rect().topLeft()).y()
                    == second.mapTo(body, second.rect().topLeft()).y(), timeout=2000)


def test_choosing_a_situation_puts_its_lines_first_in_each_region(page: HelpPage, context: Any, qtbot: Any) -> None:
    content = context.content
    page.show()
    qtbot.waitExposed(page)
    for region in REGIONS:
        context.set_region(region)
        for situation in content.help_situations:
            assert page.picker is not None
            qtbot.mouseClick(page.picker.buttons[situation.id], Qt.MouseButton.LeftButton)
            leads = list(situation.leads_for(region).resources)
            assert _cards_in_order(page)[:len(leads)] == leads, (region, situation.id)
            assert page.picker.buttons[situation.id].isChecked()
            assert page.situation_panel is not None and page.situation_panel.situation == situation
            fallback = situation.leads_for(region).fallback
            if fallback:
                assert page.situation_panel.fallback_label is not None
        # Choosing the chosen one again goes back to the lines for every situation.
        chosen = content.help_situations[-1].id
        qtbot.mouseClick(page.picker.buttons[chosen], Qt.MouseButton.LeftButton)
        assert page.situation_panel is None
        region_leads = content.region(region).leads
        assert _cards_in_order(page)[:len(region_leads)] == list(region_leads)


def test_a_situation_can_be_chosen_with_the_keyboard(page: HelpPage, qtbot: Any) -> None:
    page.show()
    qtbot.waitExposed(page)
    assert page.picker is not None
    button = page.picker.buttons["crisis"]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.situation_panel is not None and page.situation_panel.situation.id == "crisis"
    assert _cards_in_order(page)[0] == "ca-988"
    focused = page.picker.buttons["crisis"]
    assert page.focusWidget() is focused and focused.accessibleName().endswith("chosen")


def test_a_missing_kind_of_line_is_said_in_words(page: HelpPage, context: Any) -> None:
    context.set_region("AU")
    gaps = [label.text() for label in page.findChildren(QLabel, "groupGap")]
    assert len(gaps) == 2 and all("Australia" in gap for gap in gaps)
    context.set_region("CA")
    gaps = [label.text() for label in page.findChildren(QLabel, "groupGap")]
    assert gaps == ["The only line listed here is for people in Quebec. Guardian does not list one for the rest"
                    " of Canada yet."]


def test_a_general_link_never_lands_on_a_quebec_only_line(page: HelpPage, qtbot: Any) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.show_item("group:parent-support")
    focused = page.focusWidget()
    card = page.card("qc-info-social-811")
    assert card is not None and (focused is None or not card.isAncestorOf(focused))


def test_the_situation_link_opens_with_its_lines_first(page: HelpPage, qtbot: Any) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.show_item("situation:threatened")
    assert page.situation_panel is not None and page.situation_panel.situation.id == "threatened"
    assert _cards_in_order(page)[0] == "ca-cybertip"
    page.clear_sensitive()  # quick exit: what a family said is happening is forgotten
    assert page.situation_panel is None and page.picker is not None and page.picker.current == ""


def test_the_page_ends_with_a_next_action(page: HelpPage, context: Any, qtbot: Any) -> None:
    assert page.next_action is not None
    with qtbot.waitSignal(context.navigate_requested) as signal:
        page.next_action.click()
    assert signal.args == ["record", ""]


def test_situation_steps_are_links_to_where_to_act(page: HelpPage, context: Any, qtbot: Any) -> None:
    page.show_item("situation:threatened")
    assert page.situation_panel is not None
    steps = page.situation_panel.steps_label
    assert 'href="guardian:guide:someone-is-threatening-my-child#stop-contact"' in steps.text()
    with qtbot.waitSignal(context.navigate_requested) as signal:
        steps.linkActivated.emit("guardian:guide:someone-is-threatening-my-child#stop-contact")
    assert signal.args == ["guide", "someone-is-threatening-my-child#stop-contact"]
