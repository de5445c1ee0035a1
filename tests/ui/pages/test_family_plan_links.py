"""The family plan and "For your child" are reachable from the threat guide and the counselor session, and a
search hit on a house rule opens the plan scrolled to that rule, selected."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.family_plan import FamilyPlanPage
from guardian_app.ui.pages.guide import GuidePage
from guardian_app.ui.pages.session import SessionPage
from guardian_app.ui.widgets.buttons import LinkButton
from guardian_app.ui.widgets.panels import ScrollColumn
from guardian_app.ui.widgets.search_panel import SearchPanel


@pytest.mark.parametrize("page_class", [GuidePage, SessionPage])
def test_the_guide_and_the_session_link_to_the_plan_and_the_child_page(qtbot: Any, context: AppContext,
                                                                       page_class: type[QWidget]) -> None:
    page = page_class(context)  # type: ignore[call-arg]
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    opened: list[tuple[str, str]] = []
    context.navigate_requested.connect(lambda page_id, item_id: opened.append((page_id, item_id)))

    plan_link = page.findChild(LinkButton, "familyPlanLink")
    child_link = page.findChild(LinkButton, "forChildLink")
    assert plan_link is not None and child_link is not None
    assert plan_link.text() == "Make a family safety plan together" == plan_link.accessibleName()
    assert child_link.text() == "Read the page for your child, and print it"
    qtbot.mouseClick(plan_link, Qt.MouseButton.LeftButton)
    child_link.setFocus()
    qtbot.keyClick(child_link, Qt.Key.Key_Space)
    assert opened == [("family-plan", ""), ("for-child", "")]


def _search_and_open(window: Any, qtbot: Any, words: str, title: str) -> None:
    window.open_search()
    panel = window.findChild(SearchPanel)
    qtbot.keyClicks(panel.search_box, words)
    row = next(row for row, hit in enumerate(panel.hits()) if hit.kind == "house rule" and hit.title == title)
    panel.results.setCurrentRow(row)
    panel.results.setFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)


def _in_sight(page: FamilyPlanPage, row: int) -> bool:
    rect = page.rules.visualItemRect(page.rules.item(row))
    scroll = page.findChild(ScrollColumn)
    viewport = scroll.widget().parentWidget()  # the scroll area's viewport holds its widget
    top = page.rules.mapTo(viewport, rect.topLeft()).y()
    return scroll.verticalScrollBar().value() > 0 and top >= 0 and top + rect.height() <= viewport.height()


def test_a_search_hit_on_a_house_rule_opens_the_plan_on_that_rule(main_window: Any, qtbot: Any) -> None:
    main_window.resize(1000, 600)  # short: the rules are below the first screen
    main_window.show()
    qtbot.waitUntil(main_window.isActiveWindow)
    rule = next(rule for rule in main_window.context.content.house_rules if rule.id == "no-secrets-online")

    _search_and_open(main_window, qtbot, "secrets", rule.text)
    assert main_window.current_page_id == "family-plan"
    page = main_window.page("family-plan")
    assert isinstance(page, FamilyPlanPage)
    item = page.rules.currentItem()
    assert item is not None and item.text() == rule.text and item.isSelected()
    assert item.checkState() == Qt.CheckState.Checked  # a rule of the plan stays as it was
    assert QApplication.focusWidget() is page.rules
    qtbot.waitUntil(lambda: _in_sight(page, page.rules.row(item)))


def test_a_rule_for_another_age_comes_back_unticked_and_the_plan_is_unchanged(qtbot: Any,
                                                                               context: AppContext) -> None:
    page = FamilyPlanPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    before = page.plan()
    rule = next(rule for rule in context.content.house_rules if str(page.age_combo.currentData())
                not in rule.age_bands)
    page.show_item(f"rule:{rule.id}")
    item = page.rules.currentItem()
    assert item is not None and item.text() == rule.text and item.isSelected()
    assert item.checkState() == Qt.CheckState.Unchecked
    assert page.plan() == before
    page.show_item("rule:no-such-rule")  # unknown ids are ignored
    assert page.rules.currentItem() is item
