"""Tests of the warning-signs checklist page: ticks, summary, timeline, urgent banner, filters, reset."""

from __future__ import annotations

from typing import Any

import pytest
from guardian_testing.tiny_content import tiny_content
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QMessageBox, QWidget

from guardian_app.family.session import Session
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.signs.model import IdRole
from guardian_app.ui.pages.signs.page import SignsPage

CHECKED = Qt.CheckState.Checked.value


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


def tick(page: SignsPage, sign_id: str, ticked: bool = True) -> None:
    assert page._model.set_ticked(sign_id, ticked)


def visible_sign_ids(page: SignsPage) -> list[str]:
    proxy = page._proxy
    ids = []
    for row in range(proxy.rowCount()):
        category = proxy.index(row, 0)
        ids += [proxy.index(child, 0, category).data(IdRole) for child in range(proxy.rowCount(category))]
    return ids


def test_ticking_updates_count_and_timeline(page: SignsPage, tiny_context: AppContext) -> None:
    assert page._timeline.lit_stage_ids() == ()
    assert "not ticked any" in page._count_label.text()
    tick(page, "new-friend")
    assert "1 sign" in page._count_label.text()
    assert page._timeline.lit_stage_ids() == ("first-contact", "trust")
    trust = page._timeline.marker("trust")
    assert trust is not None and trust.count == 1
    assert "1 sign you ticked" in trust.accessibleName()
    tick(page, "gifts")
    assert "2 signs" in page._count_label.text()
    assert trust.count == 2
    assert "Building trust (2 signs)" in page._lit_label.text()
    tick(page, "new-friend", False)
    assert page._timeline.lit_stage_ids() == ("trust",)
    assert tiny_context.session.ticked_signs == ["gifts"]


def test_next_steps_follow_the_ticks(page: SignsPage) -> None:
    tick(page, "gifts")
    text = page._steps_list.text()
    assert "Talk with your child soon." in text  # the concern level's advice
    assert "Ask about their friends." in text  # the lit stage's first step


def test_urgent_sign_raises_banner_with_two_buttons(qtbot: Any, page: SignsPage, tiny_context: AppContext,
                                                   navigation: list[tuple[str, str]]) -> None:
    page.show()
    qtbot.waitExposed(page)
    assert not page._banner.isVisible()
    tick(page, "threatened")
    assert page._banner.isVisible()
    assert page._banner_title.text().startswith("Urgent")
    assert "Someone threatens to share pictures" in page._banner_signs.text()
    with qtbot.waitSignal(tiny_context.navigate_requested) as blocker:
        qtbot.mouseClick(page._banner_guide, Qt.MouseButton.LeftButton)
    assert blocker.args == ["guide", "someone-is-threatening-my-child"]
    qtbot.mouseClick(page._banner_help, Qt.MouseButton.LeftButton)
    assert navigation[-1] == ("help", "")
    tick(page, "threatened", False)
    assert not page.is_urgent_banner_shown()


def test_category_filter_and_only_ticked(page: SignsPage) -> None:
    combo = page._category_combo
    assert combo.itemText(0) == "All categories"
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "online", "fear"]  # empty one left out
    assert len(visible_sign_ids(page)) == 5
    combo.setCurrentIndex(combo.findData("fear"))
    assert visible_sign_ids(page) == ["scared", "threatened"]
    combo.setCurrentIndex(0)
    page._only_ticked.setChecked(True)
    assert visible_sign_ids(page) == []
    tick(page, "gifts")
    tick(page, "scared")
    assert visible_sign_ids(page) == ["gifts", "scared"]
    page._only_ticked.setChecked(False)
    assert len(visible_sign_ids(page)) == 5


def test_space_toggles_the_current_sign(qtbot: Any, page: SignsPage, tiny_context: AppContext) -> None:
    page.show()
    qtbot.waitExposed(page)
    view = page._view
    view.setFocus()
    view.setCurrentIndex(page._proxy.index(0, 0))  # the first category
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
    page._reset.click()
    assert asked == []  # nothing ticked: nothing to ask
    tick(page, "gifts")
    tick(page, "threatened")
    page._reset.click()
    assert len(asked) == 1
    assert tiny_context.session.ticked_signs == ["gifts", "threatened"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page._reset.click()
    assert tiny_context.session.ticked_signs == []
    assert page._timeline.lit_stage_ids() == ()
    assert not page.is_urgent_banner_shown()


def test_clear_sensitive_does_not_ask(page: SignsPage, tiny_context: AppContext,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("clear_sensitive must not ask")

    monkeypatch.setattr(QMessageBox, "question", never)
    tick(page, "gifts")
    page.clear_sensitive()
    assert tiny_context.session.ticked_signs == []
    assert "not ticked any" in page._count_label.text()


def test_session_replaced_clears_ticks(page: SignsPage, tiny_context: AppContext) -> None:
    tick(page, "threatened")
    tiny_context.replace_session()
    assert page._model.ticked_ids() == ()
    assert page._timeline.lit_stage_ids() == ()
    assert not page.is_urgent_banner_shown()
    tiny_context.replace_session(Session(ticked_signs=["scared"]))
    assert page._timeline.lit_stage_ids() == ("blackmail",)
    assert page._model.is_ticked("scared")


def test_show_item_selects_sign_and_detail_links(page: SignsPage, navigation: list[tuple[str, str]]) -> None:
    page._category_combo.setCurrentIndex(page._category_combo.findData("fear"))
    page.show_item("more-time")  # in another category: the filter opens up
    assert page._view.currentIndex().data(IdRole) == "more-time"
    assert page._detail_title.text() == "Spends more time online"
    assert page._detail_level.text() == "How serious: Watch: Keep an eye on it"
    assert "1. First contact" in page._detail_stages.text()
    page._see_stage.click()
    page._talk.click()
    page._help.click()
    # The tiny content lists no help lines: Get help now opens at its top.
    assert navigation == [("luring", "first-contact"), ("talk", "situation:everyday"), ("help", "")]
    page.show_item("threatened")
    page._help.click()
    assert navigation[-1] == ("help", "")
    page.show_item("new-friend")  # no situation, no group: the pages themselves
    page._talk.click()
    page._help.click()
    assert navigation[-2:] == [("talk", ""), ("help", "")]


def test_show_item_category_and_unknown(page: SignsPage) -> None:
    page.show_item("category:fear")
    assert page._category_combo.currentData() == "fear"
    assert page._detail_title.text() == "Threats and fear"
    assert page._see_stage.isHidden()
    page.show_item("no-such-sign")
    assert page._category_combo.currentData() == "fear"


def test_timeline_click_opens_the_stage(page: SignsPage, navigation: list[tuple[str, str]]) -> None:
    marker = page._timeline.marker("blackmail")
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
    assert len(page._timeline.markers()) == 9
    assert page._model.rowCount() == len({sign.category for sign in content.signs})
    urgent = next(sign for sign in content.signs if sign.level == "urgent")
    assert page._model.set_ticked(urgent.id, True)
    assert page.is_urgent_banner_shown()
    assert set(page._timeline.lit_stage_ids()) == set(urgent.stages)
    assert page._not_diagnosis.text()
    assert page._caveats_text.text()


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
    list_before = _geometry(page._view, page)
    summary_before = page._summary_card.height()
    for sign_id in ("new-friend", "gifts", "threatened", "scared", "more-time"):  # more stages lit, banner up
        tick(page, sign_id)
        _settle()
        assert _geometry(page._view, page) == list_before, sign_id
        assert page._summary_card.height() == summary_before, sign_id
    assert page.is_urgent_banner_shown() and page._banner.isVisible()
    for sign_id in ("threatened", "gifts", "new-friend", "scared", "more-time"):  # and back down to none
        tick(page, sign_id, False)
        _settle()
        assert _geometry(page._view, page) == list_before, sign_id
    assert not page._banner.isVisible()


def test_banner_beside_the_list_or_above_the_summary(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    tick(page, "threatened")
    _settle()
    # side by side: the banner heads the next steps, its buttons above its words
    assert page._splitter.orientation() == Qt.Orientation.Horizontal
    assert page._right_scroll.widget().isAncestorOf(page._banner)
    assert page._banner_help.mapTo(page, page._banner_help.rect().topLeft()).y() < \
        page._banner_text.mapTo(page, page._banner_text.rect().topLeft()).y()
    # one above the other (narrow window, large text): the banner is above the summary, in view at once
    page.resize(600, 860)
    _settle()
    assert page._splitter.orientation() == Qt.Orientation.Vertical
    assert page._banner.parentWidget() is page
    assert page._banner.isVisible() and page.is_urgent_banner_shown()
    assert page._banner.geometry().bottom() < page._summary_card.geometry().top()
    # and back
    page.resize(1200, 860)
    _settle()
    assert page._right_scroll.widget().isAncestorOf(page._banner) and page._banner.isVisible()
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
    assert _next_tab_stop(page._right_scroll) is page._banner_help  # the side panel, then its banner
    assert _next_tab_stop(page._banner_help) is page._banner_guide
    page.resize(600, 860)
    _settle()
    assert _next_tab_stop(page._banner_help) is page._banner_guide  # the banner, then the summary's stages
    assert _next_tab_stop(page._banner_guide) is page._timeline.markers()[0]


def test_the_same_summary_sets_no_text_again(page: SignsPage, tiny_context: AppContext) -> None:
    tick(page, "threatened")
    tick(page, "gifts")
    labels = [page._count_label, page._lit_label, page._steps_list, page._banner_title, page._banner_signs]
    set_texts: list[str] = []
    for label in labels:
        original = label.setText
        label.setText = (lambda text, original=original: (set_texts.append(text), original(text)))  # type: ignore[method-assign]
    tiny_context.notify_session_changed()  # nothing changed: every text is already right
    page._update_summary()
    assert set_texts == []
    tick(page, "scared")
    assert any("3 signs" in text for text in set_texts)


def test_summary_keeps_room_for_its_longest_texts(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    _settle()
    width = page._lit_box.width()
    room = page._lit_box.height()
    every_stage = page._lit_text((number, item) for number, item in enumerate(
        page.summary().stage_counts, start=1))
    assert page._lit_label.text().startswith("Tick what you have noticed")  # one short line now ...
    assert room >= page._lit_label.heightForWidth(width)
    page._lit_box.setText(every_stage)  # ... and the room was already there for the longest
    assert page._lit_label.heightForWidth(width) <= room
    # the label inside shows its text from the top of that room, never clipped
    assert page._lit_label.geometry() == page._lit_box.rect()


def test_a_lit_stage_keeps_its_size(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    marker = page._timeline.marker("trust")
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
    top = page._banner.findChild(QWidget, "urgentBannerTop")
    signs = page._banner.findChild(QWidget, "urgentBannerSigns")
    assert top is not None and signs is not None
    top_before, signs_before = top.geometry(), signs.geometry()
    page._banner_signs_box.setText("; ".join(["Someone threatens to share pictures"] * 8))  # as more are ticked
    _settle()
    assert top.geometry() == top_before
    assert signs.geometry().top() == signs_before.top() and signs.height() > signs_before.height()
    assert page._banner.height() == top.height() + signs.height()
    assert page._banner_signs.heightForWidth(page._banner_signs.width()) <= page._banner_signs.height()


def test_side_panel_shows_its_scroll_bar_only_when_needed_and_fits_its_width(qtbot: Any, page: SignsPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    panel = page._right_scroll
    contents = panel.widget()
    assert contents is not None

    def check() -> None:
        _settle()
        taller = contents.heightForWidth(panel.maximumViewportSize().width()) > panel.maximumViewportSize().height()
        assert panel.verticalScrollBar().isVisible() == taller
        assert contents.width() == panel.viewport().width()  # nothing hidden under the bar or to the right
        assert not panel.horizontalScrollBar().isVisible()

    check()
    steps = page._steps_box.text()
    page._steps_box.setText("<ol>" + "<li>Stay close and keep talking.</li>" * 80 + "</ol>")  # far too long
    check()
    assert panel.verticalScrollBar().isVisible()
    page._steps_box.setText(steps)
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
        page._model.set_ticked(urgent.id, True)
        main_window.resize(1024, 700)
        main_window.set_text_scale(2.0)
        _settle()
        assert page._splitter.orientation() == Qt.Orientation.Vertical
        main_window.resize(1280, 860)
        main_window.set_text_scale(1.0)
        _settle()
        qtbot.waitUntil(lambda: page._splitter.orientation() == Qt.Orientation.Horizontal, timeout=3000)
        panel = page._right_scroll
        assert panel.widget().isAncestorOf(page._banner)
        assert panel.widget().width() == panel.viewport().width()
    finally:
        page._model.set_ticked(urgent.id, False)  # nothing left unsaved: closing asks no question
        theme.set_current(theme.LIGHT)
