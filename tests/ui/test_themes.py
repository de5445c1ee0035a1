"""Themes are applied live to pages already built, and high-contrast check boxes stay visible."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

from guardian_app.ui import theme


def _ratio(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        channels = [colour.redF(), colour.greenF(), colour.blueF()]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_switching_theme_repaints_built_pages(main_window: Any, qtbot: Any) -> None:
    main_window.show()
    signs = main_window.page("signs")
    main_window.show_page("signs")
    main_window.set_theme("high-contrast")
    assert theme.current() is theme.HIGH_CONTRAST
    assert signs.palette().color(QPalette.ColorRole.Window) == QColor(theme.HIGH_CONTRAST.window)
    assert theme.HIGH_CONTRAST.urgent_text in signs.styleSheet()
    main_window.set_theme("light")
    assert signs.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT.window)
    assert theme.LIGHT.urgent_text in signs.styleSheet()
    assert main_window.context.settings.value(theme.THEME_SETTING) == "light"


def test_theme_choice_is_remembered(main_window: Any, qtbot: Any) -> None:
    from guardian_app.app import create_window

    main_window.set_theme("dark")
    again = create_window(settings=main_window.context.settings, quit_app=lambda: None)
    qtbot.addWidget(again)
    assert again.theme_choice == "dark"
    assert theme.current() is theme.DARK


def test_system_theme_follows_a_dark_platform_scheme(main_window: Any, monkeypatch: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    main_window.set_theme("system")
    assert theme.current() is theme.DARK


def test_high_contrast_empty_check_box_has_a_visible_border(main_window: Any, qtbot: Any) -> None:
    main_window.set_theme("high-contrast")
    main_window.show()
    main_window.show_page("signs")
    box = main_window.page("signs").findChild(QCheckBox, "onlyTicked")
    assert box is not None and not box.isChecked()
    QApplication.processEvents()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    background = QColor(theme.HIGH_CONTRAST.window)
    best = max(_ratio(image.pixelColor(x, y), background)
               for x in range(indicator.left(), indicator.right() + 1)
               for y in range(indicator.top(), indicator.bottom() + 1))
    assert best >= 3.0


def setup_function() -> None:
    theme.set_current(theme.LIGHT)


def teardown_function() -> None:
    # the palette in use is module state: later tests build pages without a window
    theme.set_current(theme.LIGHT)


def test_check_mark_files_match_the_palettes() -> None:
    """The style sheet shows check marks from assets/indicators/; each must be in its palette's colours."""
    for palette in theme.PALETTES.values():
        for path, expected in theme.indicator_files(palette).items():
            assert path.is_file(), f"{path} is missing: run python -m guardian_app.ui.theme"
            assert path.read_text(encoding="utf-8") == expected, f"{path} is stale: run python -m guardian_app.ui.theme"


def test_style_sheet_draws_check_boxes_with_the_theme_border() -> None:
    sheet = theme.stylesheet(theme.HIGH_CONTRAST)
    assert f"border: 2px solid {theme.HIGH_CONTRAST.border}" in sheet.split("QCheckBox::indicator, ")[1]
    for mark in theme.INDICATOR_MARKS:
        assert theme.indicator_path(theme.HIGH_CONTRAST, mark).as_posix() in sheet
