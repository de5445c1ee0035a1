"""The "Get help now" page: the right number for the region, one-click actions, region memory, navigation."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel

from guardian_app.ui.pages.help.page import HelpPage
from guardian_app.ui.widgets.qr import qr_pixmap
from guardian_app.ui.widgets.resource_card import ResourceCard


@pytest.fixture
def page(qtbot: Any, context: Any) -> HelpPage:
    widget = HelpPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    return widget


def _all_text(page: HelpPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_canada_shows_the_trafficking_hotline_first(page: HelpPage) -> None:
    card = page.primary_card
    assert card is not None
    assert card.resource.id == "ca-human-trafficking-hotline"
    assert card.number_label is not None
    assert card.number_label.text() == "1-833-900-1010"
    flags = card.number_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert "call 911" in _all_text(page)


def test_call_opens_exactly_the_tel_url(page: HelpPage, qtbot: Any, opened: list[str]) -> None:
    assert page.primary_card is not None and page.primary_card.call_button is not None
    page.primary_card.call_button.click()
    assert opened == ["tel:+18339001010"]


def test_copy_puts_the_number_on_the_clipboard(page: HelpPage) -> None:
    assert page.primary_card is not None and page.primary_card.copy_button is not None
    page.primary_card.copy_button.click()
    assert QGuiApplication.clipboard().text() == "1-833-900-1010"
    assert page.primary_card.status_label.text() == "Copied"


def test_kids_help_phone_text_action(page: HelpPage, opened: list[str]) -> None:
    card = page.card("ca-kids-help-phone")
    assert card is not None and card.text_button is not None
    assert "Text CONNECT to 686868" in _all_text(page)
    card.text_button.click()
    assert opened == [card.resource.sms_url()] == ["sms:686868?body=CONNECT"]


def test_emergency_numbers_offer_no_text_action(page: HelpPage) -> None:
    card = page.card("ca-911")
    assert card is not None
    assert card.text_button is None


def test_switching_to_the_us_changes_the_list_and_is_remembered(page: HelpPage, context: Any) -> None:
    index = page.region_combo.findData("US")
    page.region_combo.setCurrentIndex(index)
    assert context.region == "US"
    assert context.settings.value("region") == "US"
    text = _all_text(page)
    for canadian in ("1-833-900-1010", "1-866-658-9022", "1-800-668-6868", "9-8-8"):
        assert canadian not in text
    assert page.card("us-988") is not None
    assert "988" in text
    assert page.card("ca-kids-help-phone") is None
    assert page.primary_card is not None and page.primary_card.resource.id == "us-ncmec-cybertipline"


def test_region_change_elsewhere_rebuilds_the_page(page: HelpPage, context: Any) -> None:
    context.set_region("GB")
    assert page.region_combo.currentData() == "GB"
    assert page.card("uk-childline") is not None
    assert "call 999" in _all_text(page)


def test_show_item_scrolls_to_the_report_group(page: HelpPage, qtbot: Any) -> None:
    page.show()
    qtbot.waitExposed(page)
    target = page.item_widget("group:report")
    assert target is not None
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # as if the parent had scrolled to the bottom
    assert target.visibleRegion().isEmpty()
    page.show_item("group:report")
    assert not target.visibleRegion().isEmpty()
    assert target.property("highlight") == "true"


def test_show_item_reaches_a_single_resource(page: HelpPage, qtbot: Any) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.show_item("ca-needhelpnow")
    target = page.item_widget("ca-needhelpnow")
    assert target is not None and not target.visibleRegion().isEmpty()
    page.show_item("no-such-item")  # ignored, no error


def test_qr_code_is_made_locally(page: HelpPage, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the QR code must not touch the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    pixmap = qr_pixmap("tel:+18339001010", scale=3)
    assert not pixmap.isNull()
    qr_label = page.findChild(QLabel, "qrCode")
    assert qr_label is not None
    assert not qr_label.pixmap().isNull()
    # A screen reader hears the number too: someone who cannot see the code can still dial it.
    assert qr_label.accessibleName() == "QR code to call Canadian Human Trafficking Hotline at 1-833-900-1010"


def test_the_threat_situation_opens_the_guide(page: HelpPage, context: Any, qtbot: Any) -> None:
    assert page.picker is not None
    page.picker.buttons["threatened"].click()
    assert page.situation_panel is not None and page.situation_panel.guide_button is not None
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        page.situation_panel.guide_button.click()
    assert blocker.args == ["guide", "someone-is-threatening-my-child"]


def test_every_button_has_an_accessible_name(page: HelpPage) -> None:
    for button in page.findChildren(QAbstractButton):
        assert button.accessibleName(), button.text()
    for card in page.findChildren(ResourceCard):
        actions = (card.call_button, card.copy_button, card.text_button, card.chat_button, card.web_button)
        for action in actions:
            if action is not None:
                assert card.resource.name in action.accessibleName()
    assert page.region_combo.accessibleName()
    assert page.region_label.buddy() is page.region_combo


def test_quebec_services_are_marked_in_words(page: HelpPage) -> None:
    card = page.card("qc-suicide-prevention")
    assert card is not None
    assert "Quebec only" in [label.text() for label in card.findChildren(QLabel)]
