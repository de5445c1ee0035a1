"""The "Practise a conversation" page: keyboard-only play, feedback that says why, the end summary, glossary."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from guardian_app.content.links import plain
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.practice import PractisePage
from guardian_app.ui.widgets.glossary import GlossaryPopup


@pytest.fixture
def page(qtbot: object, context: AppContext) -> PractisePage:
    widget = PractisePage(context)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1000, 800)
    widget.show()
    return widget


def _text(page: PractisePage, name: str) -> str:
    """A label's words (a label with glossary links holds HTML; its accessible name is the plain text)."""
    label = page.findChild(QLabel, name)
    assert label is not None, name
    return label.accessibleName() or label.text()


def _all_text(page: PractisePage) -> str:
    return " ".join(label.accessibleName() or label.text() for label in page.play_box.findChildren(QLabel))


def test_lists_every_scenario(page: PractisePage, context: AppContext) -> None:
    assert page.scenario_list.count() == len(context.content.scenarios) >= 10


def test_a_scenario_is_played_to_the_end_with_the_keyboard_only(qtbot: object, page: PractisePage) -> None:
    page.scenario_list.setFocus()
    row = next(row for row in range(page.scenario_list.count())
               if page.scenario_list.item(row).data(Qt.ItemDataRole.UserRole + 1) == "take-my-phone")
    page.scenario_list.setCurrentRow(row)
    qtbot.keyClick(page.scenario_list, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert page.run is not None and page.run.scenario.id == "take-my-phone"
    assert QApplication.focusWidget() is page.reply_buttons[0]

    # The first reply by Space on the focused button, then the next turn by its number key.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert page.last_reply is not None and page.last_reply.id == "promise"
    assert "A clear promise removes that fear" in _text(page, "feedbackText")
    assert QApplication.focusWidget() is page.reply_buttons[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)  # type: ignore[attr-defined]

    assert page.run.finished
    texts = _all_text(page)
    # (content links are read by their words)
    assert plain(page.run.current.went_well) in texts and plain(page.run.current.try_next) in texts
    assert "What went well" in texts and "One thing to try next time" in texts
    # Links at the end: the starters, the guide and the region's help lines.
    assert "Kids Help Phone" in texts
    assert QApplication.focusWidget() is page.reply_buttons[0]  # "Try this conversation again"


def test_feedback_for_a_reply_from_the_avoid_list_says_why(page: PractisePage, context: AppContext) -> None:
    page.start("take-my-phone")
    reply = page.choose("depends")

    assert reply is not None and reply.phrase == "losing-your-phone"
    assert _text(page, "feedbackVerdict") == "This can hurt"
    assert "confirms the fear" in _text(page, "feedbackText")
    instead = _text(page, "feedbackInstead")
    assert "Your phone stays with you" in instead


def test_unknown_scenario_and_clear_sensitive(page: PractisePage) -> None:
    assert not page.start("nope")
    page.show_item("sextortion-disclosure")
    assert page.run is not None
    page.clear_sensitive()
    assert page.run is None and not page.play_box.isVisible()


def test_presentation_mode_play(page: PractisePage, context: AppContext) -> None:
    context.set_presentation_mode(True)
    page.start("younger-game-chat")
    page.choose("curious")
    page.choose("proud")
    assert page.run is not None and page.run.finished


def test_glossary_links_open_their_definition(qtbot: object, page: PractisePage) -> None:
    page.start("anger-denial")
    page.choose("care")
    page.choose("gentle")  # its feedback names the trauma bond
    feedback = page.findChild(QLabel, "feedbackText")
    assert feedback is not None and 'href="glossary:trauma-bond"' in feedback.text()

    # The link is a Tab stop of the label, and Enter on it opens it as a click does.
    assert feedback.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    assert not feedback.openExternalLinks()  # a glossary link never leaves the app
    feedback.linkActivated.emit("glossary:trauma-bond")  # what Enter on the focused link (or a click) sends

    popup = page.glossary.popup
    assert isinstance(popup, GlossaryPopup) and popup.isVisible()
    assert popup.term.id == "trauma-bond" and popup.definition_label.text() == popup.term.definition
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not popup.isVisible()


def test_only_the_first_use_on_a_page_is_linked(page: PractisePage) -> None:
    page.start("money-sextortion")
    texts = " ".join(label.text() for label in page.play_box.findChildren(QLabel))
    assert texts.count('href="glossary:') == len(set(texts.split('href="glossary:')[1:]))


def test_words_you_may_hear_open_with_the_keyboard(qtbot: object, page: PractisePage, context: AppContext) -> None:
    page.show_item("glossary:csam")
    popup = page.glossary.popup
    assert popup is not None and popup.isVisible()
    assert popup.term.id == "csam"
    assert any(popup.term.why_this_word == label.text() for label in popup.findChildren(QLabel))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is popup.close_button)  # type: ignore[attr-defined]
    qtbot.keyClick(popup.close_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert not popup.isVisible()


def test_talk_offers_practise_this_on_starters_with_a_scenario(qtbot: object, context: AppContext) -> None:
    from guardian_app.ui.pages.talk.page import TalkPage

    talk = TalkPage(context)
    qtbot.addWidget(talk)  # type: ignore[attr-defined]
    opened: list[tuple[str, str]] = []
    context.navigate_requested.connect(lambda page_id, item_id: opened.append((page_id, item_id)))

    card = talk.cards["threats-money-scam"]
    assert card.practise_button is not None and card.practise_button.text() == "Practise this"
    card.practise_button.click()
    assert opened == [("practice", "money-sextortion")]
    plain = next(card for sid, card in talk.cards.items() if not context.content.scenarios_for_starter(sid))
    assert plain.practise_button is None


def test_home_links_to_practice_plan_and_child_page(qtbot: object, context: AppContext) -> None:
    from guardian_app.ui.pages.home import HomePage
    from guardian_app.ui.widgets.buttons import LinkButton

    home = HomePage(context)
    qtbot.addWidget(home)  # type: ignore[attr-defined]
    opened: list[str] = []
    context.navigate_requested.connect(lambda page_id, _item: opened.append(page_id))
    for name in ("homePracticeLink", "homePlanLink", "homeChildLink"):
        link = home.findChild(LinkButton, name)
        assert link is not None and link.accessibleName()
        link.click()
    assert opened == ["practice", "family-plan", "for-child"]


def test_the_window_opens_scenarios_and_glossary_words_from_search(main_window: Any) -> None:
    from guardian_app.content.search import SearchIndex

    hits = SearchIndex(main_window.context.content).search("capping")
    hit = next(hit for hit in hits if hit.kind == "glossary")
    assert main_window.show_page(hit.page_id, hit.item_id)
    page = main_window.page("practice")
    assert page.glossary.popup is not None and page.glossary.popup.term.id == "capping"
    page.glossary.popup.close()

    assert main_window.show_page("practice", "older-game-friend")
    assert page.run is not None and page.run.scenario.id == "older-game-friend"
    assert main_window.show_page("family-plan") and main_window.print_action.isEnabled()


def test_the_conversation_goes_on_in_french(qtbot: object, settings: QSettings) -> None:
    from guardian_app.content.loader import load_content

    context = AppContext(load_content("en").content, settings, region="CA",
                         content_loader=lambda language: (load_content(language).content, ()))
    page = PractisePage(context)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.start("take-my-phone")
    page.choose("depends")
    context.set_language("fr")

    assert page.run is not None and page.run.steps[0].reply.id == "depends"
    assert page.run.scenario.title == "«\u00a0Tu vas me prendre mon cell\u00a0»"
    assert "Ceci confirme sa peur" in _text(page, "feedbackText")
