"""Accessible names and keyboard reach on every page, in English and French (WCAG 4.1.2, 2.1.1, 2.1.2).

French UI strings may still be arriving: names are checked to be non-empty, not for particular words.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from guardian_app.ui import theme

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView,
               QAbstractSlider)
PAGE_IDS = ["home", "luring", "signs", "talk", "help", "guide", "session", "record", "about"]


@pytest.fixture(autouse=True)
def _light_theme() -> Any:
    yield
    theme.set_current(theme.LIGHT)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Visible widgets a keyboard user can reach: standard controls and custom focusable widgets."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.parent() is not None and isinstance(widget.parent(), QComboBox | QLineEdit):
            continue  # a combo's line edit, a line edit's clear button: part of their owner
        if widget.inherits("QScrollBar") or widget.inherits("QHeaderView"):
            continue  # parts of their view
        if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, INTERACTIVE):
            continue  # containers: checked by test_scroll_areas_are_named_or_no_tab_stop
        if isinstance(widget, INTERACTIVE) or widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or widget.accessibleName()


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def _open(window: Any, page_id: str, language: str) -> QWidget:
    if language == "fr":
        french = next(action for action in window.findChildren(QAction) if action.text() == "Français")
        french.trigger()
    window.show()
    assert window.show_page(page_id)
    QApplication.processEvents()
    return window.page(page_id)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_control_has_a_name_and_takes_tab(main_window: Any, page_id: str, language: str,
                                                capsys: Any) -> None:
    page = _open(main_window, page_id, language)
    unnamed = [describe(w) for w in interactive_widgets(page) if not accessible_name(w).strip()]
    assert not unnamed, f"{page_id} ({language}): no accessible name: {unnamed}"
    no_tab = [describe(w) for w in interactive_widgets(page)
              if not w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QAbstractSlider)]
    assert not no_tab, f"{page_id} ({language}): not reachable with Tab: {no_tab}"


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_tab_reaches_everything_and_comes_back(main_window: Any, page_id: str) -> None:
    page = _open(main_window, page_id, "en")
    start = main_window.help_button
    visited: list[QWidget] = []
    widget = start.nextInFocusChain()
    for _ in range(5000):
        if widget is start:
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            visited.append(widget)
        widget = widget.nextInFocusChain()
    else:
        pytest.fail("the focus chain never returns to Get help now (a keyboard trap)")
    wanted = [w for w in interactive_widgets(page) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    missed = [describe(w) for w in wanted if w not in visited]
    assert not missed, f"{page_id}: Tab never reaches {missed}"
    assert main_window.quick_exit_button in visited


def focusable_scroll_areas(root: QWidget) -> list[QWidget]:
    """Scroll areas (not lists, trees or text boxes) a Tab press can land on."""
    return [area for area in root.findChildren(QAbstractScrollArea)
            if area.isVisible() and not isinstance(area, INTERACTIVE)
            and area.focusPolicy() & Qt.FocusPolicy.TabFocus]


SCROLL_PAGE_IDS = list(PAGE_IDS)


@pytest.mark.parametrize("page_id", SCROLL_PAGE_IDS)
def test_scroll_areas_are_named_or_no_tab_stop(main_window: Any, page_id: str, language: str = "en") -> None:
    """A scroll area that takes Tab needs a name, or it is a silent stop (WCAG 4.1.2); where the content
    inside is focusable anyway, it takes no focus itself and scrolls to whatever has it."""
    page = _open(main_window, page_id, language)
    silent = [describe(area) for area in focusable_scroll_areas(page) if not accessible_name(area).strip()]
    assert not silent, f"{page_id} ({language}): unnamed scroll area Tab stops: {silent}"
    for area in page.findChildren(QScrollArea):
        inside = area.widget()
        if area.isVisible() and inside is not None and not area.focusPolicy() & Qt.FocusPolicy.TabFocus:
            # no Tab stop of its own: the keyboard must be able to reach (and so scroll to) what it holds
            assert interactive_widgets(inside), f"{page_id}: nothing to Tab to in {describe(area)}"


def test_shortcuts_use_a_modifier(main_window: Any) -> None:
    from PySide6.QtGui import QAction

    for action in main_window.findChildren(QAction):
        for sequence in action.shortcuts():
            text = sequence.toString()
            if text.startswith("F") and text[1:].isdigit():
                continue  # function keys type no character
            assert "+" in text, f"shortcut without a modifier: {text}"


def test_hotline_numbers_are_selectable_text(main_window: Any) -> None:
    """Every number on Get help now and in the guide's cards is a QLabel (never an image) a parent can select
    with the mouse or the keyboard and copy."""
    from PySide6.QtWidgets import QLabel

    from guardian_app.ui.widgets.resource_card import ResourceCard

    wanted = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    for page_id in ("help", "guide"):
        page = _open(main_window, page_id, "en")
        cards = page.findChildren(ResourceCard)
        assert cards, page_id
        for card in cards:
            for name in ("phoneNumber", "textLine"):
                label = card.findChild(QLabel, name)
                if label is None:
                    continue
                assert label.text() and label.pixmap().isNull(), card.resource.id
                assert label.textInteractionFlags() & wanted == wanted, (card.resource.id, name)


def test_urgent_is_said_in_words_where_colour_marks_it(main_window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    context = main_window.context
    urgent = next(sign for sign in context.content.signs if sign.level == "urgent")
    context.session.set_ticked(urgent.id, True)
    context.notify_session_changed()
    session = _open(main_window, "session", "en")
    level = session.findChild(QLabel, "level-urgent")
    assert level is not None and "Urgent" in level.text()
    guide: Any = _open(main_window, "guide", "en")
    for step in guide.steps:
        if step.step.important:
            assert step.important_label is not None and step.important_label.text() == "Important"
            assert step.checkbox.accessibleName().startswith("Important.")
    context.session.set_ticked(urgent.id, False)  # nothing left unsaved: closing asks no question
    context.notify_session_changed()


def test_live_theme_switch_repaints_help_guide_session_and_cards(main_window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    context = main_window.context
    urgent = next(sign for sign in context.content.signs if sign.level == "urgent")
    context.session.set_ticked(urgent.id, True)
    context.notify_session_changed()
    try:
        pages: dict[str, Any] = {page_id: _open(main_window, page_id, "en")
                                 for page_id in ("help", "guide", "session", "record")}
        card = pages["help"].card("ca-kids-help-phone")
        assert card is not None and card.sources_label is not None
        assert theme.LIGHT.accent in card.sources_label.text()
        main_window.set_theme("high-contrast")
        hc = theme.HIGH_CONTRAST
        # Pages out of sight are restyled when they are shown again.
        main_window.show_page("help")
        assert hc.accent in card.sources_label.text() and theme.LIGHT.accent not in card.sources_label.text()
        for page_id in ("help", "guide"):
            main_window.show_page(page_id)
            assert hc.urgent_text in pages[page_id].styleSheet(), page_id
        main_window.show_page("session")
        # the one on screen (labels of an earlier fill are hidden and wait for deletion)
        level = next(label for label in pages["session"].findChildren(QLabel, "level-urgent")
                     if not label.isHidden())
        assert hc.urgent_text in level.styleSheet()
        main_window.set_theme("light")
        assert theme.LIGHT.urgent_text in level.styleSheet()
    finally:
        context.session.set_ticked(urgent.id, False)  # nothing left unsaved: closing asks no question
        context.notify_session_changed()
