"""The threat guide is not crowded: a step about calling for help now shows compact call buttons (the emergency
number and one crisis line for the whole region), not full cards; a reporting service's button says "Report
online"."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices

from guardian_app.content.model import Content
from guardian_app.ui.pages.guide import GuidePage, GuideStepWidget
from guardian_app.ui.widgets.call_buttons import CallButtons
from guardian_app.ui.widgets.resource_card import ResourceCard

CALL_STEPS = ("safe-now", "danger")


@pytest.fixture
def page(qtbot: Any, context: Any) -> GuidePage:
    widget = GuidePage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    return widget


def _step(page: GuidePage, step_id: str) -> GuideStepWidget:
    return next(widget for widget in page.steps if widget.step.id == step_id)


def _calls(page: GuidePage, step_id: str) -> CallButtons:
    calls = _step(page, step_id).call_buttons
    assert calls is not None, step_id
    return calls


def test_a_call_step_in_canada_shows_911_and_one_crisis_line_not_three_cards(page: GuidePage) -> None:
    for step_id in CALL_STEPS:
        step = _step(page, step_id)
        assert step.findChildren(ResourceCard) == []
        assert list(_calls(page, step_id).buttons) == ["ca-911", "ca-988"]
        texts = [button.text() for button in _calls(page, step_id).buttons.values()]
        assert texts == ["Call Emergency 9-1-1", "Call 9-8-8 Suicide Crisis Helpline"]
        # The Quebec line is one click away, on Get help now, not a third card here.
        assert step.more_lines is not None and step.more_lines.text() == "Other lines on Get help now"


def test_a_call_button_dials_its_number(page: GuidePage, qtbot: Any, opened: list[str]) -> None:
    page.show()
    qtbot.waitExposed(page)
    buttons = _calls(page, "safe-now").buttons
    buttons["ca-988"].click()
    buttons["ca-911"].setFocus()
    qtbot.keyClick(buttons["ca-911"], " ")
    assert opened == ["tel:988", "tel:911"]
    assert buttons["ca-911"].accessibleName() == "Call Emergency 9-1-1 at 9-1-1"


def test_without_a_calling_app_the_step_says_to_dial_from_a_phone(page: GuidePage, qtbot: Any,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    calls = _calls(page, "danger")
    calls.buttons["ca-988"].click()
    assert calls.status_label.text() == "This computer has no calling app. Dial 9-8-8 on your phone."
    assert not calls.status_label.isHidden()


def test_other_lines_opens_the_crisis_lines_on_get_help_now(page: GuidePage, context: Any, qtbot: Any) -> None:
    link = _step(page, "safe-now").more_lines
    assert link is not None and link.accessibleName()
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        link.click()
    assert blocker.args == ["help", "group:crisis"]


@pytest.mark.parametrize("region", ["CA", "US", "GB", "AU"])
def test_every_region_calls_its_emergency_number_first_and_never_a_part_only_line(
        page: GuidePage, context: Any, content_en: Content, region: str) -> None:
    context.set_region(region)
    emergency = content_en.region(region).emergency  # type: ignore[union-attr]
    for step_id in CALL_STEPS:
        lines = _calls(page, step_id).lines
        assert lines[0].id == emergency
        assert len(lines) <= 2 and all(not line.subregion and line.phone for line in lines)
        assert [line.group for line in lines] == ["emergency", "crisis"][:len(lines)]


def test_the_report_step_says_report_online(page: GuidePage, qtbot: Any, opened: list[str]) -> None:
    report = _step(page, "report")
    assert report.call_buttons is None
    card = next(card for card in report.cards if card.resource.id == "ca-cybertip")
    assert card.web_button is not None
    assert card.web_button.text() == "Report online"
    assert card.web_button.accessibleName() == "Report online to Cybertip.ca"
    card.web_button.click()
    assert opened == ["https://www.cybertip.ca/app/en/report"]
    # A service that is not for reporting keeps "Website".
    support = next(card for card in _step(page, "remove-images").cards if card.resource.id == "ca-needhelpnow")
    assert support.web_button is not None and support.web_button.text() == "Website"


def test_new_facts_show_their_sources_as_links(page: GuidePage, opened: list[str]) -> None:
    from guardian_app.ui.widgets.sources_line import SourcesLine

    step = _step(page, "stop-contact")
    assert step.sources_line is not None
    assert step.sources_line.accessibleName() == "Where this comes from"
    assert "cyberaide.ca" in step.sources_line.text() and "fbi.gov" in step.sources_line.text()
    step.sources_line.linkActivated.emit(step.step.sources[0])
    assert opened == [step.step.sources[0]]
    assert _step(page, "report").sources_line is None
    intro_lines = [line for line in page.findChildren(SourcesLine) if line.parent() is not step]
    assert any("napier.ac.uk" in line.text() for line in intro_lines)
