"""Tests of the warning-signs checklist page: ticks, summary, timeline, urgent banner, filters, reset.

They reach the page's parts by object name and accessible name, as a user or a screen reader would, and tick
through the page's public checklist model.
"""

from __future__ import annotations

from typing import Any, TypeVar

import pytest
from guardian_testing.tiny_content import tiny_content
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QWidget,
)

from guardian_app.family.session import Session
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.signs.model import IdRole
from guardian_app.ui.pages.signs.page import SignsPage
from guardian_app.ui.widgets.stage_timeline import StageMarker, StageTimeline
from guardian_app.ui.widgets.steady_text import SteadyText

CHECKED = Qt.CheckState.Checked.value
W = TypeVar("W", bound=QWidget)


@pytest.fixture
def tiny_context(qtbot: Any, tmp_path: Any) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(tiny_content(), settings, region="CA")


@pytest.fixture
def page(qtbot: Any, tiny_context: AppContext) -> SignsPage:
    widget = SignsPage(tiny_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 860)
    return widget


@pytest.fixture
def navigation(tiny_context: AppContext) -> list[tuple[str, str]]:
    emitted: list[tuple[str, str]] = []
    tiny_context.navigate_requested.connect(lambda page_id, item_id: emitted.append((page_id, item_id)))
    return emitted


def part(page: QWidget, kind: type[W], name: str) -> W:
    """The page's widget of that kind and object name (there must be one)."""
    found = page.findChild(kind, name)
    assert found is not None, name
    return found


def label_text(page: QWidget, name: str) -> str:
    return part(page, QLabel, name).text()


def box(page: QWidget, label_name: str) -> SteadyText:
    """The steady box around a summary label (it keeps room for the label's longest text)."""
    holder = part(page, QLabel, label_name).parentWidget()
    assert isinstance(holder, SteadyText)
    return holder


def timeline(page: QWidget) -> StageTimeline:
    return part(page, StageTimeline, "signsTimeline")


def stage_marker(page: QWidget, stage_id: str) -> StageMarker:
    return part(page, StageMarker, f"stage-{stage_id}")


def banner(page: QWidget) -> QWidget:
    return part(page, QWidget, "urgentBanner")


def button(page: QWidget, name: str) -> QPushButton:
    return part(page, QPushButton, name)


def side_panel(page: QWidget) -> QScrollArea:
    return part(page, QScrollArea, "nextStepsPanel")


def splitter(page: QWidget) -> QSplitter:
    return part(page, QSplitter, "signsSplitter")


def signs_list(page: QWidget) -> QTreeView:
    return part(page, QTreeView, "signsList")


def category_filter(page: QWidget) -> QComboBox:
    return part(page, QComboBox, "categoryFilter")


def only_ticked(page: QWidget) -> QCheckBox:
    return part(page, QCheckBox, "onlyTicked")


def tick(page: SignsPage, sign_id: str, ticked: bool = True) -> None:
    assert page.checklist_model.set_ticked(sign_id, ticked)


def visible_sign_ids(page: SignsPage) -> list[str]:
    proxy = signs_list(page).model()
    ids = []
    for row in range(proxy.rowCount()):
        category = proxy.index(row, 0)
        ids += [proxy.index(child, 0, category).data(IdRole) for child in range(proxy.rowCount(category))]
    return ids


def test_ticking_updates_count_and_timeline(page: SignsPage, tiny_context: AppContext) -> None:
    assert timeline(page).lit_stage_ids() == ()
    assert "not ticked any" in label_text(page, "tickedCount")
    tick(page, "new-friend")
    assert "1 sign" in label_text(page, "tickedCount")
    assert timeline(page).lit_stage_ids() == ("first-contact", "trust")
    trust = stage_marker(page, "trust")
    assert trust is not None and trust.count == 1
    assert "1 sign you ticked" in trust.accessibleName()
    tick(page, "gifts")
    assert "2 signs" in label_text(page, "tickedCount")
    assert trust.count == 2
    assert "Building trust (2 signs)" in label_text(page, "litStages")
    tick(page, "new-friend", False)
    assert timeline(page).lit_stage_ids() == ("trust",)
    assert tiny_context.session.ticked_signs == ["gifts"]


def test_next_steps_follow_the_ticks(page: SignsPage) -> None:
    tick(page, "gifts")
    text = label_text(page, "nextStepsList")
    assert "Talk with your child soon." in text  # the concern level's advice
    assert "Ask about their friends." in text  # the lit stage's first step


def test_urgent_sign_raises_banner_with_two_buttons(qtbot: Any, page: SignsPage, tiny_context: AppContext,
                                                   navigation: list[tuple[str, str]]) -> None:
    page.show()
    qtbot.waitExposed(page)
    assert not banner(page).isVisible()
    tick(page, "threatened")
    assert banner(page).isVisible()
    assert label_text(page, "urgentBannerTitle").startswith("Urgent")
    assert "Someone threatens to share pictures" in label_text(page, "urgentSignsTicked")
    with qtbot.waitSignal(tiny_context.navigate_requested) as blocker:
        qtbot.mouseClick(button(page, "urgentGuideButton"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["guide", "someone-is-threatening-my-child"]
    qtbot.mouseClick(button(page, "getHelpButton"), Qt.MouseButton.LeftButton)
    assert navigation[-1] == ("help", "")
    tick(page, "threatened", False)
    assert not page.is_urgent_banner_shown()


def test_category_filter_and_only_ticked(page: SignsPage) -> None:
    combo = category_filter(page)
    assert combo.itemText(0) == "All categories"
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "online", "fear"]  # empty one left out
    assert len(visible_sign_ids(page)) == 5
    combo.setCurrentIndex(combo.findData("fear"))
    assert visible_sign_ids(page) == ["scared", "threatened"]
    combo.setCurrentIndex(0)
    only_ticked(page).setChecked(True)
    assert visible_sign_ids(page) == []
    tick(page, "gifts")
    tick(page, "scared")
    assert visible_sign_ids(page) == ["gifts", "scared"]
    only_ticked(page).setChecked(False)
    assert len(visible_sign_ids(page)) == 5


def test_space_toggles_the_current_sign(qtbot: Any, page: SignsPage, tiny_context: AppContext) -> None:
    page.show()
    qtbot.waitExposed(page)
    view = signs_list(page)
    view.setFocus()
    view.setCurrentIndex(signs_list(page).model().index(0, 0))  # the first category
    QTest.keyClick(view, Qt.Key.Key_Down)  # arrow moves to its first sign
    assert view.currentIndex().data(IdRole) == "more-time"
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert tiny_context.session.ticked_signs == ["more-time"]
    assert view.currentIndex().data(Qt.ItemDataRole.CheckStateRole) == CHECKED
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert tiny_context.session.ticked_signs == []


def test_reset_asks_first(page: SignsPage, tiny_context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(result: QMessageBox.StandardButton) -> Any:
        def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            asked.append(args[1])
            return result
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    button(page, "resetTicks").click()
    assert asked == []  # nothing ticked: nothing to ask
    tick(page, "gifts")
    tick(page, "threatened")
    button(page, "resetTicks").click()
    assert len(asked) == 1
    assert tiny_context.session.ticked_signs == ["gifts", "threatened"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    button(page, "resetTicks").click()
    assert tiny_context.session.ticked_signs == []
    assert timeline(page).lit_stage_ids() == ()
    assert not page.is_urgent_banner_shown()


def test_clear_sensitive_does_not_ask(page: SignsPage, tiny_context: AppContext,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("clear_sensitive must not ask")

    monkeypatch.setattr(QMessageBox, "question", never)
    tick(page, "gifts")
    page.clear_sensitive()
    assert tiny_context.session.ticked_signs == []
    assert "not ticked any" in label_text(page, "tickedCount")


def test_session_replaced_clears_ticks(page: SignsPage, tiny_context: AppContext) -> None:
    tick(page, "threatened")
    tiny_context.replace_session()
    assert page.checklist_model.ticked_ids() == ()
    assert timeline(page).lit_stage_ids() == ()
    assert not page.is_urgent_banner_shown()
    tiny_context.replace_session(Session(ticked_signs=["scared"]))
    assert timeline(page).lit_stage_ids() == ("blackmail",)
    assert page.checklist_model.is_ticked("scared")


def test_show_item_selects_sign_and_detail_links(page: SignsPage, navigation: list[tuple[str, str]]) -> None:
    category_filter(page).setCurrentIndex(category_filter(page).findData("fear"))
    page.show_item("more-time")  # in another category: the filter opens up
    assert signs_list(page).currentIndex().data(IdRole) == "more-time"
    assert label_text(page, "detailTitle") == "Spends more time online"
    assert label_text(page, "detailLevel") == "How serious: Watch: Keep an eye on it"
    assert "1. First contact" in label_text(page, "detailStages")
    button(page, "seeStageButton").click()
    button(page, "talkButton").click()
    button(page, "signHelpButton").click()
    # The tiny content lists no help lines: Get help now opens at its top.
    assert navigation == [("luring", "first-contact"), ("talk", "situation:everyday"), ("help", "")]
    page.show_item("threatened")
    button(page, "signHelpButton").click()
    assert navigation[-1] == ("help", "")
    page.show_item("new-friend")  # no situation, no group: the pages themselves
    button(page, "talkButton").click()
    button(page, "signHelpButton").click()
    assert navigation[-2:] == [("talk", ""), ("help", "")]


def test_show_item_category_and_unknown(page: SignsPage) -> None:
    page.show_item("category:fear")
    assert category_filter(page).currentData() == "fear"
    assert label_text(page, "detailTitle") == "Threats and fear"
    assert button(page, "seeStageButton").isHidden()
    page.show_item("no-such-sign")
    assert category_filter(page).currentData() == "fear"


def test_timeline_click_opens_the_stage(page: SignsPage, navigation: list[tuple[str, str]]) -> None:
    marker = stage_marker(page, "blackmail")
    assert marker is not None
    marker.click()
    assert navigation == [("luring", "blackmail")]


def test_every_interactive_widget_has_a_name(qtbot: Any, page: SignsPage) -> None:
    tick(page, "threatened")
    page.show_item("threatened")
    page.show()
    qtbot.waitExposed(page)
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, (QAbstractButton, QComboBox, QAbstractItemView)):
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            assert name, widget.objectName()


# --- the shipped content -----------------------------------------------------------------------------------


def test_shipped_content_builds_and_urgent_banner(qtbot: Any, context: AppContext) -> None:
    page = SignsPage(context)
    qtbot.addWidget(page)
    content = context.content
    assert len(timeline(page).markers()) == 9
    assert signs_list(page).model().rowCount() == len({sign.category for sign in content.signs})
    urgent = next(sign for sign in content.signs if sign.level == "urgent")
    assert page.checklist_model.set_ticked(urgent.id, True)
    assert page.is_urgent_banner_shown()
    assert set(timeline(page).lit_stage_ids()) == set(urgent.stages)
    assert label_text(page, "notDiagnosis")
    assert label_text(page, "caveatsText")


# --- a tick repaints the summary but never moves or resizes the list ---------------------------------------


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _geometry(widget: QWidget, page: SignsPage) -> tuple[int, int, int, int]:
    top_left = widget.mapTo(page, widget.rect().topLeft())
    return top_left.x(), top_left.y(), widget.width(), widget.height()


def test_ticks_and_the_urgent_banner_never_move_or_resize_the_list(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    _settle()
    list_before = _geometry(signs_list(page), page)
    summary_before = part(page, QWidget, "summaryCard").height()
    for sign_id in ("new-friend", "gifts", "threatened", "scared", "more-time"):  # more stages lit, banner up
        tick(page, sign_id)
        _settle()
        assert _geometry(signs_list(page), page) == list_before, sign_id
        assert part(page, QWidget, "summaryCard").height() == summary_before, sign_id
    assert page.is_urgent_banner_shown() and banner(page).isVisible()
    for sign_id in ("threatened", "gifts", "new-friend", "scared", "more-time"):  # and back down to none
        tick(page, sign_id, False)
        _settle()
        assert _geometry(signs_list(page), page) == list_before, sign_id
    assert not banner(page).isVisible()


def test_banner_beside_the_list_or_above_the_summary(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    tick(page, "threatened")
    _settle()
    # side by side: the banner heads the next steps, its buttons above its words
    assert splitter(page).orientation() == Qt.Orientation.Horizontal
    assert side_panel(page).widget().isAncestorOf(banner(page))
    assert button(page, "getHelpButton").mapTo(page, button(page, "getHelpButton").rect().topLeft()).y() < \
        part(page, QLabel, "urgentBannerText").mapTo(page, part(page, QLabel, "urgentBannerText").rect().topLeft()).y()
    # one above the other (narrow window, large text): the banner is above the summary, in view at once
    page.resize(600, 860)
    _settle()
    assert splitter(page).orientation() == Qt.Orientation.Vertical
    assert not side_panel(page).isAncestorOf(banner(page))
    assert banner(page).isVisible() and page.is_urgent_banner_shown()
    summary = part(page, QWidget, "summaryCard")
    assert _geometry(banner(page), page)[1] + banner(page).height() <= _geometry(summary, page)[1]
    # and back
    page.resize(1200, 860)
    _settle()
    assert side_panel(page).widget().isAncestorOf(banner(page)) and banner(page).isVisible()
    tick(page, "threatened", False)
    assert not page.is_urgent_banner_shown()


def _next_tab_stop(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    while following is not widget and not (following.focusPolicy() & Qt.FocusPolicy.TabFocus
                                            and following.isVisible() and following.isEnabled()):
        following = following.nextInFocusChain()
    return following


def test_tab_reaches_the_banner_buttons_where_they_are(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    tick(page, "threatened")
    _settle()
    assert _next_tab_stop(side_panel(page)) is button(page, "getHelpButton")  # the side panel, then its banner
    assert _next_tab_stop(button(page, "getHelpButton")) is button(page, "urgentGuideButton")
    page.resize(600, 860)
    _settle()
    # the banner, then the summary's stages
    assert _next_tab_stop(button(page, "getHelpButton")) is button(page, "urgentGuideButton")
    assert _next_tab_stop(button(page, "urgentGuideButton")) is timeline(page).markers()[0]


def test_the_same_summary_sets_no_text_again(page: SignsPage, tiny_context: AppContext) -> None:
    tick(page, "threatened")
    tick(page, "gifts")
    labels = [part(page, QLabel, name) for name in
              ("tickedCount", "litStages", "nextStepsList", "urgentBannerTitle", "urgentSignsTicked")]
    set_texts: list[str] = []
    for label in labels:
        original = label.setText
        label.setText = (lambda text, original=original: (set_texts.append(text), original(text)))  # type: ignore[method-assign]
    tiny_context.notify_session_changed()  # nothing changed: every text is already right
    assert set_texts == []
    tick(page, "scared")
    assert any("3 signs" in text for text in set_texts)


def test_summary_keeps_room_for_its_longest_texts(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    _settle()
    lit_box, lit_label = box(page, "litStages"), part(page, QLabel, "litStages")
    width, room = lit_box.width(), lit_box.height()
    assert lit_label.text().startswith("Tick what you have noticed")  # one short line now ...
    assert room >= lit_label.heightForWidth(width)
    for sign_id in ("new-friend", "gifts", "threatened", "scared", "more-time"):  # every stage, every sign
        tick(page, sign_id)
    _settle()
    assert lit_label.text().startswith("Lit up:")
    assert (lit_box.width(), lit_box.height()) == (width, room)  # ... and the room was already there
    assert lit_label.heightForWidth(width) <= room
    # the label inside shows its text from the top of that room, never clipped
    assert lit_label.geometry() == lit_box.rect()


def test_a_lit_stage_keeps_its_size(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    marker = stage_marker(page, "trust")
    assert marker is not None
    before = (marker.sizeHint(), marker.minimumSizeHint(), marker.heightForWidth(90))
    tick(page, "gifts")
    assert marker.is_lit()
    assert (marker.sizeHint(), marker.minimumSizeHint(), marker.heightForWidth(90)) == before


def test_more_urgent_signs_grow_only_the_lower_part_of_the_banner(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    tick(page, "threatened")
    _settle()
    top = banner(page).findChild(QWidget, "urgentBannerTop")
    signs = banner(page).findChild(QWidget, "urgentBannerSigns")
    assert top is not None and signs is not None
    top_before, signs_before = top.geometry(), signs.geometry()
    box(page, "urgentSignsTicked").setText("; ".join(["Someone threatens to share pictures"] * 8))  # as more are ticked
    _settle()
    assert top.geometry() == top_before
    assert signs.geometry().top() == signs_before.top() and signs.height() > signs_before.height()
    assert banner(page).height() == top.height() + signs.height()
    ticked = part(page, QLabel, "urgentSignsTicked")
    assert ticked.heightForWidth(ticked.width()) <= ticked.height()


def test_side_panel_shows_its_scroll_bar_only_when_needed_and_fits_its_width(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    panel = side_panel(page)
    contents = panel.widget()
    assert contents is not None

    def check() -> None:
        _settle()
        taller = contents.heightForWidth(panel.maximumViewportSize().width()) > panel.maximumViewportSize().height()
        assert panel.verticalScrollBar().isVisible() == taller
        assert contents.width() == panel.viewport().width()  # nothing hidden under the bar or to the right
        assert not panel.horizontalScrollBar().isVisible()

    check()
    steps_box = box(page, "nextStepsList")
    steps = steps_box.text()
    steps_box.setText("<ol>" + "<li>Stay close and keep talking.</li>" * 80 + "</ol>")  # far too long
    check()
    assert panel.verticalScrollBar().isVisible()
    steps_box.setText(steps)
    check()
    page.resize(600, 860)  # one above the other, with the banner above the summary
    tick(page, "threatened")
    check()
    page.resize(1200, 860)  # side by side again: the banner moves into the panel, buttons above its words
    check()
    page.resize(1200, 2000)  # everything fits: no bar
    check()
    assert not panel.verticalScrollBar().isVisible()


def test_after_large_text_in_a_small_window_the_side_panel_fits_again(main_window: Any, qtbot: Any) -> None:
    """200 % in 1024x700 (one above the other), back to 100 % side by side: nothing hides under the bar."""
    from guardian_app.ui import theme

    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.show_page("signs")
    page = main_window.page("signs")
    urgent = next(sign for sign in page.context.content.signs if sign.level == "urgent")
    try:
        page.checklist_model.set_ticked(urgent.id, True)
        main_window.resize(1024, 700)
        main_window.set_text_scale(2.0)
        _settle()
        assert splitter(page).orientation() == Qt.Orientation.Vertical
        main_window.resize(1280, 860)
        main_window.set_text_scale(1.0)
        _settle()
        qtbot.waitUntil(lambda: splitter(page).orientation() == Qt.Orientation.Horizontal, timeout=3000)
        panel = side_panel(page)
        assert panel.widget().isAncestorOf(banner(page))
        assert panel.widget().width() == panel.viewport().width()
    finally:
        page.checklist_model.set_ticked(urgent.id, False)  # nothing left unsaved: closing asks no question
        theme.set_current(theme.LIGHT)


def test_the_page_fits_the_window_so_only_its_list_scrolls(qtbot: Any, page: SignsPage) -> None:
    """One scroll bar: at normal text the page fits (no scroll bar of its own) and the list scrolls inside."""
    page.show()
    qtbot.waitExposed(page)
    _settle()
    frame = part(page, QScrollArea, "signsFrame")
    assert not frame.verticalScrollBar().isVisible()
    assert frame.widget() is not None and frame.widget().height() == frame.viewport().height()
    assert _geometry(signs_list(page), page)[1] + signs_list(page).height() <= page.height()


def test_a_window_too_small_for_the_page_scrolls_it_as_a_whole(qtbot: Any, page: SignsPage) -> None:
    page.resize(600, 400)  # one above the other, and shorter than the texts above the list
    page.show()
    qtbot.waitExposed(page)
    _settle()
    frame = part(page, QScrollArea, "signsFrame")
    assert frame.verticalScrollBar().isVisible()
    assert not frame.horizontalScrollBar().isVisible()
    body = frame.widget()
    assert body is not None and body.height() > frame.viewport().height()
    page.resize(1200, 860)
    _settle()
    assert not frame.verticalScrollBar().isVisible()


def test_the_window_shows_the_signs_page_without_its_own_scroll_area(main_window: Any) -> None:
    assert main_window.show_page("signs")
    assert main_window.page_frame("signs") is main_window.page("signs")
