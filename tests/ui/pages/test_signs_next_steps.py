"""Warning signs on the shipped content: next steps ranked by urgency, each a link, and a banner that leads to help."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.signs.page import SignsPage

EARLY_SIGNS = ("new-online-friend", "hides-screen", "late-night-use")


@pytest.fixture
def page(qtbot: Any, context: AppContext) -> SignsPage:
    widget = SignsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    return widget


def _tick(page: SignsPage, sign_id: str) -> None:
    assert page.checklist_model.set_ticked(sign_id, True)


def _step_texts(page: SignsPage) -> list[str]:
    return [line for line in page.findChild(QLabel, "nextStepsList").accessibleDescription().split("\n") if line]


def test_early_signs_then_a_threat_show_stop_and_do_not_pay_first(page: SignsPage) -> None:
    for sign_id in EARLY_SIGNS:
        _tick(page, sign_id)
    assert not any("pay" in step for step in _step_texts(page))
    _tick(page, "threatened-with-pictures")
    steps = _step_texts(page)
    assert steps[0] == "Stop all contact. Do not pay, and do not send anything more."
    assert steps[1].startswith("Keep proof:") and "Never save or send a sexual picture." in steps[1]
    assert len(steps) <= 5
    html = page.findChild(QLabel, "nextStepsList").text()
    assert html.index("guardian:guide:someone-is-threatening-my-child#stop-contact") < html.index("Keep proof")


def test_each_next_step_opens_where_to_act(page: SignsPage, context: AppContext, qtbot: Any) -> None:
    _tick(page, "threatened-with-pictures")
    with qtbot.waitSignal(context.navigate_requested) as signal:
        steps = page.findChild(QLabel, "nextStepsList")
        steps.linkActivated.emit("guardian:guide:someone-is-threatening-my-child#stop-contact")
    assert signal.args == ["guide", "someone-is-threatening-my-child#stop-contact"]


def test_the_urgent_banner_opens_help_for_what_the_sign_points_to(page: SignsPage, context: AppContext,
                                                                  qtbot: Any) -> None:
    _tick(page, "hotel-visits")
    help_button = page.findChild(QPushButton, "getHelpButton")
    assert help_button is not None
    with qtbot.waitSignal(context.navigate_requested) as signal:
        help_button.click()
    assert signal.args == ["help", "situation:exploited"]
    assert "](" not in page.findChild(QWidget, "urgentBanner").accessibleDescription()
    assert 'href="guardian:page:help"' in page.findChild(QLabel, "urgentBannerText").text()


def test_where_to_get_help_leads_to_the_situation_or_a_line_for_the_whole_region(
        page: SignsPage, context: AppContext, qtbot: Any) -> None:
    opened: list[tuple[str, str]] = []
    context.navigate_requested.connect(lambda page_id, item_id: opened.append((page_id, item_id)))
    page.show_item("threatened-with-pictures")
    page.findChild(QPushButton, "signHelpButton").click()
    page.show_item("late-night-use")  # its only kind of line in Canada is for Quebec: the top of the page
    page.findChild(QPushButton, "signHelpButton").click()
    page.show_item("many-new-contacts")
    page.findChild(QPushButton, "signHelpButton").click()
    assert opened == [("help", "situation:threatened"), ("help", ""), ("help", "")]


def test_the_banner_s_own_link_to_help_opens_the_situation_too(page: SignsPage, context: AppContext,
                                                               qtbot: Any) -> None:
    _tick(page, "asks-for-money")
    with qtbot.waitSignal(context.navigate_requested) as signal:
        page.findChild(QLabel, "urgentBannerText").linkActivated.emit("guardian:page:help")
    assert signal.args == ["help", "situation:threatened"]
    with qtbot.waitSignal(context.navigate_requested) as signal:
        page.findChild(QLabel, "urgentBannerText").linkActivated.emit("guardian:guide:someone-is-threatening-my-child")
    assert signal.args == ["guide", "someone-is-threatening-my-child"]
