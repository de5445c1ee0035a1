"""Tests of the "How luring works" page and its vertical stage timeline."""

from __future__ import annotations

from typing import Any

import pytest
from guardian_testing.tiny_content import tiny_content
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.luring import LuringPage
from guardian_app.ui.widgets.stage_timeline import StageTimeline


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



def label(page: QWidget, name: str) -> QLabel:
    found = page.findChild(QLabel, name)
    assert found is not None, name
    return found


def button(page: QWidget, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)
    assert found is not None, name
    return found


def timeline(page: QWidget) -> StageTimeline:
    found = page.findChild(StageTimeline, "luringTimeline")
    assert found is not None
    return found


def test_starts_on_the_first_stage_with_intro(page: LuringPage) -> None:
    assert page.current_stage() == "first-contact"
    assert label(page, "luringTitle").text() == "How online luring works"
    assert "pattern" in label(page, "luringIntro").text()
    assert label(page, "notYourFaultText").text() == "This is not your fault."
    assert button(page, "previousStage").isEnabled() is False


def test_show_item_selects_stage_and_lists_its_signs(page: LuringPage) -> None:
    page.show_item("trust")
    assert page.current_stage() == "trust"
    marker = timeline(page).marker("trust")
    assert marker is not None and marker.isChecked()
    assert label(page, "stageTitle").text() == "Building trust"
    assert label(page, "stageNumber").text() == "Stage 2 of 3"
    assert "Says only they understand." in label(page, "stageDoes").text()
    assert "Ask about their friends." in label(page, "stageTodo").text()
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
    marker = timeline(page).marker("blackmail")
    assert marker is not None
    qtbot.mouseClick(marker, Qt.MouseButton.LeftButton)
    assert page.current_stage() == "blackmail"
    assert button(page, "nextStage").isEnabled() is False
    QTest.keyClick(marker, Qt.Key.Key_Up)
    assert page.current_stage() == "trust"
    button(page, "previousStage").click()
    assert page.current_stage() == "first-contact"
    button(page, "nextStage").click()
    assert page.current_stage() == "trust"


def test_ticked_signs_light_the_stages(page: LuringPage, tiny_context: AppContext) -> None:
    page.show_item("trust")
    tiny_context.session.set_ticked("gifts", True)
    tiny_context.notify_session_changed()
    assert timeline(page).lit_stage_ids() == ("trust",)
    assert not label(page, "litNote").isHidden()
    assert "you ticked this" in page.sign_buttons()[1].text()
    tiny_context.replace_session()
    assert timeline(page).lit_stage_ids() == ()
    assert label(page, "litNote").isHidden()


# --- the shipped content -----------------------------------------------------------------------------------


def test_shipped_content_has_nine_stages_each_with_signs(qtbot: Any, context: AppContext) -> None:
    page = LuringPage(context)
    qtbot.addWidget(page)
    markers = timeline(page).markers()
    assert [marker.number for marker in markers] == list(range(1, 10))
    assert label(page, "luringIntro").text() and label(page, "notYourFaultText").text()
    for marker in markers:
        page.show_item(marker.stage.id)
        assert page.current_stage() == marker.stage.id
        assert page.sign_buttons(), marker.stage.id
        assert marker.accessibleName().startswith(f"Stage {marker.number} of 9")
