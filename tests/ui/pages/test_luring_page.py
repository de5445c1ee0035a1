"""Tests of the "How luring works" page and its vertical stage timeline."""

from __future__ import annotations

from typing import Any

import pytest
from guardian_testing.tiny_content import tiny_content
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.luring import LuringPage


@pytest.fixture
def tiny_context(qtbot: Any, tmp_path: Any) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(tiny_content(), settings, region="CA")


@pytest.fixture
def page(qtbot: Any, tiny_context: AppContext) -> LuringPage:
    widget = LuringPage(tiny_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 860)
    return widget


def test_starts_on_the_first_stage_with_intro(page: LuringPage) -> None:
    assert page.current_stage() == "first-contact"
    assert page._title.text() == "How online luring works"
    assert "pattern" in page._intro.text()
    assert page._fault_text.text() == "This is not your fault."
    assert page._previous.isEnabled() is False


def test_show_item_selects_stage_and_lists_its_signs(page: LuringPage) -> None:
    page.show_item("trust")
    assert page.current_stage() == "trust"
    marker = page._timeline.marker("trust")
    assert marker is not None and marker.isChecked()
    assert page._stage_title.text() == "Building trust"
    assert page._stage_number.text() == "Stage 2 of 3"
    assert "Says only they understand." in page._does.text()
    assert "Ask about their friends." in page._todo.text()
    assert [button.sign.id for button in page.sign_buttons()] == ["new-friend", "gifts"]
    assert page.sign_buttons()[0].text() == "Has a new online friend (Concern)"
    page.show_item("no-such-stage")
    assert page.current_stage() == "trust"


def test_clicking_a_sign_opens_it_on_the_checklist(qtbot: Any, page: LuringPage,
                                                   tiny_context: AppContext) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.show_item("blackmail")
    buttons = page.sign_buttons()
    assert [button.sign.id for button in buttons] == ["scared", "threatened"]
    assert "Urgent" in buttons[1].text()
    with qtbot.waitSignal(tiny_context.navigate_requested) as blocker:
        qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert blocker.args == ["signs", "threatened"]


def test_timeline_click_keys_and_next_previous(qtbot: Any, page: LuringPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    marker = page._timeline.marker("blackmail")
    assert marker is not None
    qtbot.mouseClick(marker, Qt.MouseButton.LeftButton)
    assert page.current_stage() == "blackmail"
    assert page._next.isEnabled() is False
    QTest.keyClick(marker, Qt.Key.Key_Up)
    assert page.current_stage() == "trust"
    page._previous.click()
    assert page.current_stage() == "first-contact"
    page._next.click()
    assert page.current_stage() == "trust"


def test_ticked_signs_light_the_stages(page: LuringPage, tiny_context: AppContext) -> None:
    page.show_item("trust")
    tiny_context.session.set_ticked("gifts", True)
    tiny_context.notify_session_changed()
    assert page._timeline.lit_stage_ids() == ("trust",)
    assert not page._lit_note.isHidden()
    assert "you ticked this" in page.sign_buttons()[1].text()
    tiny_context.replace_session()
    assert page._timeline.lit_stage_ids() == ()
    assert page._lit_note.isHidden()


# --- the shipped content -----------------------------------------------------------------------------------


def test_shipped_content_has_nine_stages_each_with_signs(qtbot: Any, context: AppContext) -> None:
    page = LuringPage(context)
    qtbot.addWidget(page)
    markers = page._timeline.markers()
    assert [marker.number for marker in markers] == list(range(1, 10))
    assert page._intro.text() and page._fault_text.text()
    for marker in markers:
        page.show_item(marker.stage.id)
        assert page.current_stage() == marker.stage.id
        assert page.sign_buttons(), marker.stage.id
        assert marker.accessibleName().startswith(f"Stage {marker.number} of 9")
