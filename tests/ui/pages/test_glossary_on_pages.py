"""Glossary words on the explaining pages (How luring works, the threat guide, a warning sign, a starter's details):
the first use on the page is a link, reached with Tab and opened with Enter, that shows the word's definition.
Content links stay links to their pages, and content text stays text."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from guardian_app.content.glossary_links import GlossaryLinker
from guardian_app.content.practice_model import GlossaryTerm
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.guide import GuidePage
from guardian_app.ui.pages.luring import LuringPage
from guardian_app.ui.pages.signs.page import SignsPage
from guardian_app.ui.pages.talk.page import TalkPage
from guardian_app.ui.widgets.glossary import GlossaryPopup


def _shown(qtbot: Any, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitUntil(page.isActiveWindow)


def _label_linking(page: QWidget, term_id: str) -> QLabel:
    labels = [label for label in page.findChildren(QLabel)
              if f'href="glossary:{term_id}"' in label.text() and label.isVisible()]
    assert len(labels) == 1, [label.text() for label in labels]
    return labels[0]


def _open_with_keyboard(qtbot: Any, label: QLabel, term_id: str) -> None:
    """Tab onto the label, Tab through its links up to the word's, and press Enter, as a keyboard user does."""
    QApplication.processEvents()  # between a person's key presses the page lays out and paints its new text
    label.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is label
    for href in re.findall(r'href="([^"]+)"', label.text()):
        qtbot.keyClick(label, Qt.Key.Key_Tab)
        if href == f"glossary:{term_id}":
            break
    qtbot.keyClick(label, Qt.Key.Key_Return)


def _assert_definition_open(qtbot: Any, page: QWidget, term_id: str) -> None:
    popup = page.findChild(GlossaryPopup)  # a small window of the page's
    assert isinstance(popup, GlossaryPopup) and popup.isVisible()
    assert popup.term.id == term_id and popup.definition_label.text() == popup.term.definition
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def _glossary_hrefs(page: QWidget) -> list[str]:
    return [href for label in page.findChildren(QLabel) if label.isVisible()
            for href in re.findall(r'href="glossary:([^"]+)"', label.text())]


def test_how_luring_works_links_a_word_in_the_stage_text(qtbot: Any, context: AppContext) -> None:
    page = LuringPage(context)
    _shown(qtbot, page)
    page.show_item("first-contact")  # "Makes a fake profile..."
    label = _label_linking(page, "catfishing")
    _open_with_keyboard(qtbot, label, "catfishing")
    _assert_definition_open(qtbot, page, "catfishing")


def test_how_luring_works_links_each_word_once_on_the_page(qtbot: Any, context: AppContext) -> None:
    page = LuringPage(context)
    _shown(qtbot, page)
    for stage in context.content.stages:
        page.show_item(stage.id)
        hrefs = _glossary_hrefs(page)
        assert len(hrefs) == len(set(hrefs)), (stage.id, hrefs)
    page.show_item("blackmail")
    assert "grooming" in _glossary_hrefs(page)


def test_the_threat_guide_links_sextortion_and_keeps_its_content_links(qtbot: Any, context: AppContext) -> None:
    page = GuidePage(context)
    _shown(qtbot, page)
    label = _label_linking(page, "sextortion")
    _open_with_keyboard(qtbot, label, "sextortion")
    _assert_definition_open(qtbot, page, "sextortion")

    # A step's own link still opens its page (Record of events), through the page's links.
    opened: list[tuple[str, str]] = []
    context.navigate_requested.connect(lambda page_id, item_id: opened.append((page_id, item_id)))
    step = next(step for step in page.steps if step.step.id == "keep-evidence")
    assert 'href="guardian:page:record"' in step.detail_label.text()
    step.detail_label.linkActivated.emit("guardian:page:record")  # what Enter or a click on it sends
    assert opened == [("record", "")]
    assert not any(popup.isVisible() for popup in page.findChildren(GlossaryPopup))  # a page, no definition
    hrefs = _glossary_hrefs(page)
    assert len(hrefs) == len(set(hrefs)), hrefs


def test_a_warning_sign_links_a_word_in_its_details(qtbot: Any, context: AppContext) -> None:
    page = SignsPage(context)
    _shown(qtbot, page)
    page.show_item("many-new-contacts")  # "...the first step of luring..."
    label = _label_linking(page, "luring")
    assert label.text().count('href="glossary:') == 1
    _open_with_keyboard(qtbot, label, "luring")
    _assert_definition_open(qtbot, page, "luring")

    page.show_item("sexual-images-on-device")  # another sign: its own words, linked again
    assert "grooming" in _glossary_hrefs(page) and "luring" not in _glossary_hrefs(page)


def test_a_starter_s_details_link_a_word(qtbot: Any, context: AppContext) -> None:
    page = TalkPage(context)
    _shown(qtbot, page)
    card = page.cards["threats-friend-threatened"]
    page.show_item(card.starter.id)
    card.more_button.setFocus()
    qtbot.keyClick(card.more_button, Qt.Key.Key_Space)
    assert card.is_expanded() and card.details_label is not None
    _open_with_keyboard(qtbot, card.details_label, "sextortion")
    _assert_definition_open(qtbot, page, "sextortion")


def _term(term_id: str, term: str, *words: str) -> GlossaryTerm:
    return GlossaryTerm(term_id, term, "A definition.", "https://example.org", words)


def test_no_glossary_link_inside_a_content_link_and_content_stays_text() -> None:
    linker = GlossaryLinker([_term("sextortion", "sextortion")])
    shown = linker.link_content('<b>Read</b> [what sextortion is](guide:threat) & then "sextortion".\nNext')
    assert shown == ('&lt;b&gt;Read&lt;/b&gt; <a href="guardian:guide:threat">what sextortion is</a> &amp; then '
                     '&quot;<a href="glossary:sextortion">sextortion</a>&quot;.<br>Next')
    linker.reset()
    assert linker.link_content("[sextortion](guide:threat)") == '<a href="guardian:guide:threat">sextortion</a>'


def test_in_french_the_french_words_are_linked(qtbot: Any, context: AppContext) -> None:
    from guardian_app.content.loader import load_content

    page = LuringPage(context)
    _shown(qtbot, page)
    page.show_item("first-contact")
    context.content = load_content("fr").content
    context.content_changed.emit()  # what a language switch sends
    page.show_item("first-contact")
    label = _label_linking(page, "catfishing")
    french = context.content.glossary_term("catfishing")
    assert french is not None and french.definition
    _open_with_keyboard(qtbot, label, "catfishing")
    popup = page.findChild(GlossaryPopup)
    assert popup is not None and popup.definition_label.text() == french.definition
