"""The main window: every page opens, help is one click (or Ctrl+Shift+H) away, geometry persists."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from guardian_app.app import create_window
from guardian_app.ui.registry import PAGES
from guardian_app.ui.window.main_window import MainWindow

PRIMARY_CA_LINE = "1-833-900-1010"


def _texts(widget: QWidget) -> str:
    labels = [label.text() for label in widget.findChildren(QLabel)]
    buttons = [button.text() for button in widget.findChildren(QAbstractButton)]
    return "\n".join(labels + buttons)


def test_every_available_page_can_be_shown(main_window: MainWindow) -> None:
    available = [spec.page_id for spec in PAGES if spec.available()]
    assert main_window.available_page_ids() == available
    for page_id in available:
        assert main_window.show_page(page_id), page_id
        assert main_window.current_page_id == page_id
    assert main_window.build_all_pages() == []


def test_get_help_button_from_every_page(main_window: MainWindow, qtbot: object) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)  # type: ignore[attr-defined]
    place = None
    for page_id in main_window.available_page_ids():
        main_window.show_page(page_id)
        # "The same place" is the top-right corner: measured from the window's right edge.
        top_left = main_window.help_button.mapTo(main_window, QPoint(0, 0))
        button_place = QPoint(main_window.width() - top_left.x(), top_left.y())
        place = place or button_place
        assert button_place == place, f"the help button moved on {page_id}"
        assert main_window.help_button.isVisible()
        qtbot.mouseClick(main_window.help_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert main_window.current_page_id == "help", f"from {page_id}"
        help_page = main_window.page("help")
        assert help_page is not None and PRIMARY_CA_LINE in _texts(help_page)


def test_get_help_shortcut(main_window: MainWindow, qtbot: object) -> None:
    assert main_window.help_action.shortcut().toString() == "Ctrl+Shift+H"
    main_window.show_page("about")
    main_window.help_action.trigger()
    assert main_window.current_page_id == "help"

    main_window.show_page("about")
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)  # type: ignore[attr-defined]
    qtbot.keyClick(main_window, Qt.Key.Key_H,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert main_window.current_page_id == "help"


def test_navigation_via_context_open_and_back(main_window: MainWindow) -> None:
    main_window.context.open("about", "sources")
    assert main_window.current_page_id == "about"
    main_window.context.open("home")
    assert main_window.current_page_id == "home"
    main_window.back_action.trigger()
    assert main_window.current_page_id == "about"


def test_unknown_page_is_refused_calmly(main_window: MainWindow) -> None:
    assert not main_window.show_page("no-such-page")
    assert main_window.current_page_id == "home"


def test_nav_list_switches_pages(main_window: MainWindow) -> None:
    nav = main_window.findChild(QWidget, "navigation")
    assert nav is not None and nav.accessibleName()
    nav.setCurrentRow(nav.count() - 1)  # type: ignore[attr-defined]
    assert main_window.current_page_id == main_window.available_page_ids()[-1]


def test_window_geometry_is_saved_and_restored(qtbot: object, settings: QSettings) -> None:
    window = create_window(settings=settings, quit_app=lambda: None)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(720, 540)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.close()
    assert not settings.value("window/geometry").isEmpty()
    again = create_window(settings=settings, quit_app=lambda: None)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert (again.size().width(), again.size().height()) == (720, 540)


def test_presentation_mode_scales_text(main_window: MainWindow) -> None:
    base = QApplication.font().pointSizeF()
    main_window.presentation_action.trigger()
    assert main_window.context.presentation_mode
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.4)
    main_window.presentation_action.trigger()
    assert not main_window.context.presentation_mode
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_print_action_follows_the_page(main_window: MainWindow) -> None:
    main_window.show_page("about")
    assert not main_window.print_action.isEnabled()


def test_content_pack_error_shows_banner(qtbot: object, settings: QSettings, tmp_path: Path) -> None:
    pack = tmp_path / "pack" / "en"
    pack.mkdir(parents=True)
    (pack / "pages.yaml").write_text("sections:\n  - id: home-extra\n    titel: Oops\n    paragraphs: [Hi]\n",
                                     encoding="utf-8")
    window = create_window(packs=[tmp_path / "pack"], settings=settings, quit_app=lambda: None)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    assert window.banner is not None and window.banner.isVisible()
    details = window.banner.details.text()
    assert "pages.yaml:3:5" in details and "titel" in details
    window.banner.dismiss_button.click()
    assert not window.banner.isVisible()
    # The app still opens with the valid built-in content.
    assert window.current_page_id == "home"


def test_interactive_widgets_have_accessible_names(main_window: MainWindow) -> None:
    for page_id in ("home", "about"):
        main_window.show_page(page_id)
    main_window.open_search()
    for widget in main_window.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and isinstance(widget, QAbstractButton):
            assert widget.accessibleName() or widget.text(), widget.objectName()
    for name in ("getHelpButton", "quickExitButton", "searchButton", "navigation", "searchBox"):
        widget = main_window.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name


def test_pages_out_of_sight_are_restyled_when_shown_again(main_window: MainWindow) -> None:
    """A new text size or theme restyles the page on screen at once; the others when they are next shown."""
    from guardian_app.ui import theme

    main_window.show_page("help")
    help_page = main_window.page("help")
    main_window.show_page("signs")
    assert help_page is not None and theme.LIGHT.urgent_text in help_page.styleSheet()

    main_window.set_theme("dark")

    assert main_window.page_frame("signs").window() is main_window
    assert main_window.page_frame("help").window() is not main_window  # set aside, not restyled yet
    assert theme.DARK.urgent_text not in help_page.styleSheet()
    main_window.show_page("help")
    assert main_window.page_frame("help").window() is main_window
    assert theme.DARK.urgent_text in help_page.styleSheet()
    assert main_window.current_page_id == "help"


def test_header_is_one_calm_row_at_normal_text(main_window: MainWindow, qtbot: object) -> None:
    """At 100 % the header stays one row: name on the left, Search, Quick exit and Get help now on the right,
    all centred on one line, the header no taller than that row."""
    for language in ("en", "fr"):
        if language == "fr":
            french = [action for action in main_window.findChildren(QAction) if action.text() == "Français"]
            french[0].trigger()
        main_window.show()
        main_window.resize(1280, 860)
        QApplication.processEvents()
        header = main_window.findChild(QWidget, "headerBar")
        assert header is not None
        title = main_window.findChild(QLabel, "appTitle")
        parts = [title, main_window.search_button, main_window.quick_exit_button, main_window.help_button]
        centres = {part.mapTo(header, part.rect().center()).y() for part in parts}
        assert len(centres) == 1, language
        lefts = [part.mapTo(header, QPoint(0, 0)).x() for part in parts]
        assert lefts == sorted(lefts), language
        help_right = main_window.help_button.mapTo(header, main_window.help_button.rect().topRight()).x()
        assert header.width() - help_right - 1 == 16, language  # at the right edge, as before
        tallest = max(part.sizeHint().height() for part in parts)
        assert header.height() <= tallest + 2 * 10 + 1, language  # margins and the bottom border only
    english = [action for action in main_window.findChildren(QAction) if action.text() == "English"]
    english[0].trigger()
    QLocale.setDefault(QLocale.system())
