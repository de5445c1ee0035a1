"""Screen readers are told what changes away from the focus: announcements, and names that keep the text.

Qt sends an announcement only while an assistive technology listens; here ``QAccessible`` is made to say one
listens and its ``updateAccessibility`` records each event instead (``tests/system/test_atspi.py`` hears the
same announcements through the real AT-SPI bus).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from guardian_testing.tiny_content import tiny_content
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel

from guardian_app.content.model import Content
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.signs.page import SignsPage
from guardian_app.ui.widgets.labels import announce
from guardian_app.ui.widgets.resource_card import ResourceCard
from guardian_app.ui.widgets.search_panel import SearchPanel


class Heard(NamedTuple):
    source: object
    message: str
    urgent: bool


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[Heard]:
    """The announcements sent to assistive technologies during the test."""
    said: list[Heard] = []

    def record(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            urgent = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive  # type: ignore[attr-defined]
            said.append(Heard(event.object(), event.message(), urgent))  # type: ignore[attr-defined]

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


def test_announce_sends_the_message_politely_or_urgently(qtbot: Any, heard: list[Heard]) -> None:
    label = QLabel("Copied")
    qtbot.addWidget(label)
    announce(label, "Copied")
    announce(label, "Urgent", urgent=True)
    announce(label, "")  # nothing to say, nothing sent
    assert heard == [Heard(label, "Copied", False), Heard(label, "Urgent", True)]


# --- the warning signs: the count, the stages that light up, the urgent banner --------------------------


@pytest.fixture
def signs(qtbot: Any, tmp_path: Any) -> tuple[SignsPage, AppContext]:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    context = AppContext(tiny_content(), settings, region="CA")
    page = SignsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 860)
    return page, context


def tick(context: AppContext, sign_id: str, ticked: bool = True) -> None:
    assert context.session.set_ticked(sign_id, ticked)
    context.notify_session_changed()


def test_a_tick_announces_the_count_and_the_stages_that_light_up(qtbot: Any, signs: tuple[SignsPage, AppContext],
                                                                  heard: list[Heard]) -> None:
    page, context = signs
    page.show()
    qtbot.waitExposed(page)
    tick(context, "new-friend")
    [said] = heard
    assert said.message.startswith("You ticked 1 sign. It points to these stages:")
    assert "1. First contact (1 sign)" in said.message and "Building trust (1 sign)" in said.message
    assert not said.urgent
    tick(context, "new-friend", False)
    assert heard[-1].message.startswith("You have not ticked any signs yet.")


def test_the_urgent_banner_is_announced_once_and_urgently(qtbot: Any, signs: tuple[SignsPage, AppContext],
                                                         heard: list[Heard]) -> None:
    page, context = signs
    page.show()
    qtbot.waitExposed(page)
    tick(context, "threatened")
    banner = [said for said in heard if said.urgent]
    assert [said.message for said in banner] == [
        "Urgent: This needs action now. Urgent sign you ticked: Someone threatens to share pictures"]
    tick(context, "gifts")  # the banner is already there: only the new count is said
    assert [said.urgent for said in heard[-1:]] == [False]
    assert len([said for said in heard if said.urgent]) == 1


def test_nothing_is_announced_while_the_page_is_out_of_sight(signs: tuple[SignsPage, AppContext],
                                                             heard: list[Heard]) -> None:
    page, context = signs
    assert not page.isVisible()
    tick(context, "threatened")  # e.g. a saved session opened from another page
    assert heard == []


# --- search, and "copied" on a help line ------------------------------------------------------------------


def test_search_announces_how_many_results_came_up(qtbot: Any, context: AppContext, heard: list[Heard]) -> None:
    panel = SearchPanel(context)
    qtbot.addWidget(panel)
    panel.search_box.setText("school")  # closed: nobody is typing there
    assert heard == []
    panel.open_panel()
    qtbot.waitExposed(panel)
    panel.search_box.setText("hotline")
    assert heard[-1].message == panel.status.text()
    assert heard[-1].message.split()[0].isdigit()


def test_copying_a_number_announces_it(qtbot: Any, content_en: Content, heard: list[Heard]) -> None:
    resource = content_en.resource("ca-kids-help-phone")
    assert resource is not None
    card = ResourceCard(resource)
    qtbot.addWidget(card)
    assert card.copy_button is not None
    card.copy_button.click()
    assert heard == [Heard(card.status_label, "Copied", False)]


# --- names that add, never hide -------------------------------------------------------------------------


def test_a_help_card_reads_its_number_and_sources(qtbot: Any, content_en: Content) -> None:
    resource = content_en.resource("ca-kids-help-phone")
    assert resource is not None and resource.phone is not None
    card = ResourceCard(resource)
    qtbot.addWidget(card)
    assert card.accessibleName() == "Kids Help Phone"  # the group the card's labels are read in
    assert card.number_label is not None
    assert card.number_label.accessibleName() in ("", resource.phone.display)
    assert QAccessible.queryAccessibleInterface(card.number_label).text(QAccessible.Text.Name) == "1-800-668-6868"
    assert card.number_label.accessibleDescription() == "Phone number of Kids Help Phone"
    assert card.sources_label is not None
    sources = card.sources_label.accessibleName()
    assert sources.startswith("Checked on ") and "kidshelpphone.ca" in sources
    assert "\u200b" not in sources and "<a" not in sources
    assert card.sources_label.accessibleDescription() == "Sources for Kids Help Phone"
