"""Text size 100-200 % (WCAG 1.4.4): shortcuts, the remembered setting, and no clipped or sideways text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QRect
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from guardian_app.ui import theme
from guardian_app.ui.window.view_options import TEXT_SCALE_SETTING


@pytest.fixture(autouse=True)
def _light_theme() -> Any:
    yield
    theme.set_current(theme.LIGHT)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def clipped_labels(page: Any) -> list[str]:
    problems = []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.width() <= 0:
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height():
                problems.append(f"wrapped {label.objectName()!r} {label.text()[:40]!r}: "
                                f"needs {label.heightForWidth(label.width())} px, has {label.height()}")
        elif label.pixmap().isNull() and label.sizeHint().width() > label.width():
            problems.append(f"line {label.objectName()!r} {label.text()[:40]!r}: "
                            f"needs {label.sizeHint().width()} px, has {label.width()}")
    return problems


def sideways_scrolling(window: Any, page_id: str) -> list[str]:
    page = window.page(page_id)
    frame = window.page_frame(page_id)  # the page itself when it scrolls itself
    areas = [*page.findChildren(QAbstractScrollArea), *([frame] if isinstance(frame, QAbstractScrollArea) else [])]
    return [area.objectName() or type(area).__name__ for area in areas
            if area.isVisible() and area.horizontalScrollBar().isVisible()
            and not area.inherits("QAbstractItemView")]


def _choose_language(window: Any, name: str) -> None:
    actions = [action for action in window.findChildren(QAction) if action.text() == name]
    assert len(actions) == 1, name
    actions[0].trigger()
    _settle()


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, main_window: Any) -> Iterator[str]:
    """The main window in English, then in French (French words are longer); English again afterwards."""
    if request.param == "fr":
        _choose_language(main_window, "Français")
    yield request.param
    if main_window.context.language != "en":
        _choose_language(main_window, "English")
    QLocale.setDefault(QLocale.system())


def _small_window_at_200_percent(window: Any, page_id: str) -> None:
    window.set_text_scale(2.0)
    window.show()
    window.resize(1024, 700)
    assert window.show_page(page_id)
    _settle()


def header_problems(window: Any) -> list[str]:
    """Header parts that are hidden, cut off, outside the header or on top of each other."""
    header = window.findChild(QWidget, "headerBar")
    logo_and_title = [widget for widget in header.findChildren(QLabel) if widget.isVisible()]
    buttons = [window.quick_exit_button, window.help_button, window.search_button]
    problems = []
    for button in buttons:
        name = button.objectName()
        if not button.isVisible():
            problems.append(f"{name} is hidden")
        if not button.accessibleName():
            problems.append(f"{name} has no accessible name")
        if button.width() < button.sizeHint().width() or button.height() < button.sizeHint().height():
            problems.append(f"{name} is {button.size()}, needs {button.sizeHint()}: its text is cut off")
    for title in logo_and_title:
        if title.width() < title.sizeHint().width():
            problems.append(f"{title.text() or 'the logo'!r} is cut off")
    parts = logo_and_title + buttons
    for index, part in enumerate(parts):
        place = QRect(part.mapTo(header, part.rect().topLeft()), part.size())
        if not header.rect().contains(place):
            problems.append(f"{part.objectName() or part.text()!r} reaches outside the header")
        for other in parts[index + 1:]:
            if place.intersects(QRect(other.mapTo(header, other.rect().topLeft()), other.size())):
                problems.append(f"{part.objectName()!r} overlaps {other.objectName()!r}")
    return problems


PAGE_IDS = ["home", "luring", "signs", "talk", "practice", "help", "guide", "family-plan", "for-child", "session",
            "record", "about"]


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_page_fits_at_200_percent_text(main_window: Any, qtbot: Any, page_id: str) -> None:
    main_window.set_text_scale(2.0)
    main_window.show()
    assert main_window.show_page(page_id)
    _settle()
    problems = clipped_labels(main_window.page(page_id)) + [
        f"horizontal scroll bar on {name}" for name in sideways_scrolling(main_window, page_id)]
    assert not problems
    # the window itself can still be made small: pages scroll instead of forcing a minimum size
    assert main_window.minimumSizeHint().width() <= 1024


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_page_fits_a_small_window_at_normal_text(main_window: Any, qtbot: Any, page_id: str) -> None:
    main_window.show()
    main_window.resize(1024, 700)
    main_window.show_page(page_id)
    _settle()
    assert not sideways_scrolling(main_window, page_id)
    assert main_window.minimumSizeHint().width() <= 1024


def test_guide_fits_a_small_window_at_200_percent(main_window: Any, qtbot: Any) -> None:
    """The step-by-step guide stays readable in the smallest window at the largest text."""
    main_window.set_text_scale(2.0)
    main_window.show()
    main_window.resize(1024, 700)
    for page_id in ("guide",):
        assert main_window.show_page(page_id)
        _settle()
        problems = clipped_labels(main_window.page(page_id)) + [
            f"horizontal scroll bar on {name}" for name in sideways_scrolling(main_window, page_id)]
        assert not problems, page_id


def test_header_wraps_instead_of_widening_the_window(main_window: Any, qtbot: Any, language: str) -> None:
    """WCAG 1.4.10: at 200 % text ("Obtenir de l'aide maintenant" is long) the header's buttons wrap onto a
    second row; the window keeps its 1024 px, and every button stays whole, named and in the same place."""
    place = None
    for page_id in ("home", "help", "signs", "about"):
        _small_window_at_200_percent(main_window, page_id)
        assert main_window.width() == 1024, f"{language} {page_id}"
        assert main_window.minimumSizeHint().width() <= 1024
        assert not header_problems(main_window), f"{language} {page_id}"
        help_button = main_window.help_button
        corner = help_button.mapTo(main_window, help_button.rect().topRight())
        button_place = (main_window.width() - corner.x(), corner.y())  # measured from the right edge
        place = place or button_place
        assert button_place == place, f"Get help now moved on {page_id} ({language})"
    # "Get help now" stays the largest control, and Quick exit then Get help then Search the Tab order
    buttons = [main_window.quick_exit_button, main_window.search_button]
    assert all(main_window.help_button.height() >= button.height() for button in buttons)
    assert main_window.quick_exit_button.nextInFocusChain() is main_window.help_button
    assert main_window.help_button.nextInFocusChain() is main_window.search_button


def test_help_page_fits_a_small_window_at_200_percent(main_window: Any, qtbot: Any, language: str) -> None:
    """The help page scrolls only up and down at 200 % in 1024 x 700: the large number and the source
    addresses fit, and the number is shown whole, on one line, exactly as written."""
    _small_window_at_200_percent(main_window, "help")
    page = main_window.page("help")
    problems = clipped_labels(page) + [
        f"horizontal scroll bar on {name}" for name in sideways_scrolling(main_window, "help")]
    assert not problems, language
    assert main_window.width() == 1024
    number = page.primary_card.number_label
    assert number.text() == "1-833-900-1010"
    assert QFontMetrics(number.font()).horizontalAdvance(number.text()) <= number.contentsRect().width()
    for line in page.findChildren(QLabel, "sourceLine"):
        if line.isVisible():
            assert line.minimumSizeHint().width() <= line.width(), line.text()


# Pages not yet fitting 1024 x 700 at 200 % text, as (page id, language): strict, so a fix shows up at once.
NOT_YET_FITTING: dict[tuple[str, str], str] = {}


def test_every_page_is_checked_at_200_percent(main_window: Any) -> None:
    assert sorted(main_window.available_page_ids()) == sorted(PAGE_IDS)


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_page_reflows_in_a_small_window_at_200_percent(
        main_window: Any, qtbot: Any, language: str, page_id: str, request: pytest.FixtureRequest) -> None:
    """WCAG 1.4.10 and 1.4.4: at 200 % text in 1024 x 700 every page, in English and French, scrolls only up
    and down (no sideways scroll bar on its frame or inside it), no label is cut off, and the window keeps its
    1024 px (at 200 % the navigation takes about 375 px, so a page gets about 650)."""
    reason = NOT_YET_FITTING.get((page_id, language))
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))
    _small_window_at_200_percent(main_window, page_id)
    problems = clipped_labels(main_window.page(page_id)) + [
        f"horizontal scroll bar on {name}" for name in sideways_scrolling(main_window, page_id)]
    assert not problems, f"{page_id} ({language})"
    assert main_window.width() == 1024, f"{page_id} ({language})"
    assert main_window.minimumSizeHint().width() <= 1024


def test_the_large_number_takes_a_smaller_size_when_it_would_not_fit(main_window: Any, qtbot: Any) -> None:
    main_window.set_text_scale(2.0)
    main_window.show()
    main_window.resize(860, 640)
    main_window.show_page("help")
    _settle()
    number = main_window.page("help").primary_card.number_label
    assert number.property("role") in ("h2", "h3")
    assert number.text() == "1-833-900-1010"
    assert number.textInteractionFlags() & number.textInteractionFlags().TextSelectableByMouse
    assert QFontMetrics(number.font()).horizontalAdvance(number.text()) <= number.contentsRect().width()
    main_window.set_text_scale(1.0)  # room again: back to the largest size
    _settle()
    assert number.property("role") == "h1"
    assert QFontMetrics(number.font()).horizontalAdvance(number.text()) <= number.contentsRect().width()


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_page_names_wrap_in_full_at_every_text_size(main_window: Any, qtbot: Any, scale: float) -> None:
    """No page name ends in "…": each item is tall enough for its name wrapped at the width it is painted in
    (theme.py: 14 px padding each side, a 4-6 px border on the left, the style's text margins)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QListWidget

    main_window.show()
    main_window.set_text_scale(scale)
    _settle()
    nav = main_window.findChild(QListWidget, "navigation")
    metrics = QFontMetrics(nav.font())
    for row in range(nav.count()):
        item = nav.item(row)
        rect = nav.visualItemRect(item)
        width = rect.width() - 2 * 14 - 6 - 2 * 3
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text())
        assert rect.height() >= needed.height() + 2 * 10, f"{item.text()!r} at {scale:.0%}"
    if scale == 2.0:
        guide = next(nav.item(row) for row in range(nav.count())
                     if nav.item(row).text() == "Someone is threatening my child")
        assert nav.visualItemRect(guide).height() >= 3 * metrics.lineSpacing()


def test_shortcuts_change_the_text_size_and_it_is_remembered(main_window: Any, qtbot: Any) -> None:
    from guardian_app.app import create_window

    # the offscreen platform has no active window to receive shortcuts: check the keys, then trigger
    assert QKeySequence(QKeySequence.StandardKey.ZoomIn) in main_window.zoom_in_action.shortcuts()
    assert main_window.zoom_out_action.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomOut)
    assert main_window.zoom_reset_action.shortcut() == QKeySequence("Ctrl+0")
    base = QApplication.font().pointSizeF()
    main_window.zoom_in_action.trigger()
    assert main_window.text_scale > 1.0
    assert QApplication.font().pointSizeF() > base
    main_window.zoom_in_action.trigger()
    main_window.zoom_out_action.trigger()
    scale = main_window.text_scale
    assert 1.0 < scale <= 2.0
    assert float(main_window.context.settings.value(TEXT_SCALE_SETTING)) == scale
    again = create_window(settings=main_window.context.settings, quit_app=lambda: None)
    qtbot.addWidget(again)
    assert again.text_scale == scale
    again.close()
    main_window.zoom_reset_action.trigger()
    assert main_window.text_scale == 1.0


def test_scale_is_bounded_and_presentation_mode_never_shrinks_text(main_window: Any) -> None:
    for _ in range(10):
        main_window.zoom_in_action.trigger()
    assert main_window.text_scale == 2.0
    main_window.context.set_presentation_mode(True)
    assert main_window.effective_text_scale() == 2.0
    main_window.zoom_reset_action.trigger()
    assert main_window.effective_text_scale() == pytest.approx(1.4)
    main_window.context.set_presentation_mode(False)
    assert main_window.effective_text_scale() == 1.0
    for _ in range(10):
        main_window.zoom_out_action.trigger()
    assert main_window.text_scale == 1.0


def test_link_buttons_and_check_boxes_wrap_instead_of_widening(qtbot: Any) -> None:
    """The shared reflow helpers keep their text, name and one-line size, and only grow taller when narrow."""
    from guardian_app.ui.widgets.buttons import LinkButton, WrapCheckBox

    link = LinkButton("Someone is threatening my child: what to do, step by step")
    box = WrapCheckBox("&Include my private notes in the summary")
    for widget in (link, box):
        qtbot.addWidget(widget)
        widget.show()
    assert link.text() == "Someone is threatening my child: what to do, step by step"
    assert link.accessibleName() == link.text()
    link.setAccessibleName("Open the guide")
    link.setText("Another text")  # a name given on purpose stays
    assert link.accessibleName() == "Open the guide"
    assert box.text() == "&Include my private notes in the summary"
    for widget in (link, box):
        one_line = widget.sizeHint()
        assert widget.heightForWidth(one_line.width()) == one_line.height()
        narrow = one_line.width() // 3
        assert widget.minimumSizeHint().width() <= narrow + widget.fontMetrics().averageCharWidth() * 12
        assert widget.heightForWidth(narrow) > one_line.height()
