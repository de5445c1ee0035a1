"""The step-by-step guide page: numbered steps, keyboard ticks, important steps in words, region services."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from guardian_app.ui.pages.guide import GuidePage


@pytest.fixture
def page(qtbot: Any, context: Any) -> GuidePage:
    widget = GuidePage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    return widget


def _resource_ids(page: GuidePage, step_id: str) -> set[str]:
    step = next(widget for widget in page.steps if widget.step.id == step_id)
    return {resource.id for resource in step.shown_resources()}


def test_threat_guide_is_shown_by_default_with_numbered_steps(page: GuidePage, content_en: Any) -> None:
    guide = content_en.guide("someone-is-threatening-my-child")
    assert page.guide_id == guide.id
    assert 8 <= len(page.steps) <= 10
    for number, (widget, step) in enumerate(zip(page.steps, guide.steps, strict=True), start=1):
        # the visible title is a wrapped label, the check box's buddy; the box carries the title as its name
        assert widget.title_label.text() == f"{number}. {step.title}"
        assert widget.title_label.wordWrap() and widget.title_label.buddy() is widget.checkbox
        assert widget.checkbox.accessibleName().endswith(f"Step {number}: {step.title}")
    titles = [label.text() for label in page.findChildren(QLabel)]
    assert guide.title in titles


def test_guide_buttons_have_accessible_names(page: GuidePage) -> None:
    from PySide6.QtWidgets import QAbstractButton

    for button in page.findChildren(QAbstractButton):
        assert button.accessibleName(), button.text()


def test_steps_tick_with_the_keyboard(page: GuidePage, qtbot: Any) -> None:
    checkbox = page.steps[0].checkbox
    assert checkbox.focusPolicy() & Qt.FocusPolicy.TabFocus
    checkbox.setFocus()
    qtbot.keyClick(checkbox, Qt.Key.Key_Space)
    assert checkbox.isChecked()
    qtbot.keyClick(checkbox, Qt.Key.Key_Space)
    assert not checkbox.isChecked()


def test_the_image_step_is_labelled_important_in_words(page: GuidePage) -> None:
    step = next(widget for widget in page.steps if widget.step.id == "keep-evidence")
    assert step.step.important
    assert step.important_label is not None and step.important_label.text() == "Important"
    assert step.checkbox.accessibleName().startswith("Important.")
    assert "Never save, forward or share a sexual picture" in step.detail_label.text()
    plain = next(widget for widget in page.steps if widget.step.id == "not-their-fault")
    assert plain.important_label is None


def test_clicking_a_step_title_ticks_its_box(page: GuidePage, qtbot: Any) -> None:
    page.show()
    qtbot.waitExposed(page)
    step = page.steps[0]
    qtbot.mouseClick(step.title_label, Qt.MouseButton.LeftButton)
    assert step.checkbox.isChecked()
    qtbot.mouseClick(step.title_label, Qt.MouseButton.LeftButton)
    assert not step.checkbox.isChecked()


def test_clear_sensitive_unticks_every_step(page: GuidePage) -> None:
    for widget in page.steps[:3]:
        widget.checkbox.setChecked(True)
    page.clear_sensitive()
    assert not any(widget.checkbox.isChecked() for widget in page.steps)


def test_ticks_survive_a_region_change(page: GuidePage, context: Any) -> None:
    page.steps[1].checkbox.setChecked(True)
    context.set_region("AU")
    assert page.steps[1].checkbox.isChecked()
    page.clear_sensitive()
    context.set_region("CA")
    assert not page.steps[1].checkbox.isChecked()


def test_region_change_updates_the_step_services(page: GuidePage, context: Any) -> None:
    assert {"ca-cybertip"} <= _resource_ids(page, "report")
    assert {"ca-911", "ca-988"} <= _resource_ids(page, "safe-now")
    context.set_region("US")
    assert _resource_ids(page, "report") == {"us-ncmec-cybertipline", "us-fbi-tips"}
    assert {"us-911", "us-988"} <= _resource_ids(page, "safe-now")
    shown = {res for widget in page.steps for res in _resource_ids(page, widget.step.id)}
    assert not any(res.startswith(("ca-", "qc-")) for res in shown)
    context.set_region("GB")
    assert "uk-ceop" in _resource_ids(page, "report")
    assert {"uk-report-remove", "us-take-it-down"} <= _resource_ids(page, "remove-images")


def test_show_item_shows_any_guide(page: GuidePage, content_en: Any) -> None:
    other = content_en.guide("if-your-child-tells-you")
    assert other is not None
    page.show_item("if-your-child-tells-you")
    assert page.guide_id == "if-your-child-tells-you"
    assert len(page.steps) == len(other.steps)
    page.show_item("someone-is-threatening-my-child")
    assert page.steps[0].step.id == "safe-now"


def test_get_help_link_opens_the_help_page(page: GuidePage, context: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton

    link = page.findChild(QPushButton, "getHelpLink")
    assert link is not None and link.accessibleName()
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        link.click()
    assert blocker.args == ["help", ""]
