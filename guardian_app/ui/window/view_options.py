"""View options of the main window: text size, theme, presentation mode, and its saved size and place.

Qt restyles every widget under a window whose style sheet changes, so pages out of sight are set aside (out of
the window, by :class:`~guardian_app.ui.window.pages_host.PagesHost`) first and restyled when next shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from guardian_app.ui import theme
from guardian_app.ui.widgets.panels import qt_palette

if TYPE_CHECKING:
    from guardian_app.ui.window.main_window import MainWindow

translate = QCoreApplication.translate

PRESENTATION_SCALE = 1.4
GEOMETRY_KEY = "window/geometry"
TEXT_SCALE_SETTING = "view/text_scale"
# View > Text size steps (WCAG 1.4.4: text resizes up to 200 % without loss of content or function).
TEXT_SCALES = (1.0, 1.125, 1.25, 1.5, 1.75, 2.0)
NAV_WIDTH = 250
MIN_BASE_POINT_SIZE = 11.0


class ViewOptions(QObject):
    """Text size, theme and presentation mode of one window, remembered in its settings."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Pages under a style sheet take their text size from the application font, not the window's, so the
        # application font is what presentation mode scales; the original is restored when the window closes.
        self._original_app_font = QFont(QApplication.font())
        self._base_point_size = max(self._original_app_font.pointSizeF(), MIN_BASE_POINT_SIZE)
        self._original_app_palette = QPalette(QApplication.palette())
        # Pages set aside (out of the window) while it was restyled; each comes back, restyled, when shown.
        self._text_scale = self._saved_text_scale()
        self._theme_choice = self._saved_theme_choice()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    def restore_application_look(self) -> None:
        """The window closes: give the application back the font and palette it had."""
        QApplication.setFont(self._original_app_font)
        QApplication.setPalette(self._original_app_palette)

    @property
    def text_scale(self) -> float:
        return self._text_scale

    def set_text_scale(self, scale: float) -> None:
        """Scale all text (1.0 to 2.0), remember it and re-apply the style sheet."""
        scale = min(max(float(scale), TEXT_SCALES[0]), TEXT_SCALES[-1])
        self._text_scale = scale
        self.window.context.settings.setValue(TEXT_SCALE_SETTING, scale)
        self.apply_style()
        message = translate("MainWindow", "Text size: {percent}%").format(percent=round(scale * 100))
        self.window.statusBar().showMessage(message, 4000)

    def effective_text_scale(self) -> float:
        """The scale in use: presentation mode never makes text smaller than the chosen size."""
        if self.window.context.presentation_mode:
            return max(self._text_scale, PRESENTATION_SCALE)
        return self._text_scale

    @Slot()
    def zoom_in(self) -> None:
        larger = [step for step in TEXT_SCALES if step > self._text_scale + 1e-6]
        if larger:
            self.set_text_scale(larger[0])

    @Slot()
    def zoom_out(self) -> None:
        smaller = [step for step in TEXT_SCALES if step < self._text_scale - 1e-6]
        if smaller:
            self.set_text_scale(smaller[-1])

    @Slot()
    def zoom_reset(self) -> None:
        self.set_text_scale(1.0)

    @property
    def theme_choice(self) -> str:
        return self._theme_choice

    def set_theme(self, choice: str) -> None:
        """Use a theme ("system", "light", "dark" or "high-contrast"), remember it and repaint every page."""
        if choice not in theme.THEME_CHOICES:
            return
        self._theme_choice = choice
        self.window.context.settings.setValue(theme.THEME_SETTING, choice)
        for theme_action in self.window._theme_group.actions():
            theme_action.setChecked(theme_action.data() == choice)
        self.apply_style()

    def _saved_text_scale(self) -> float:
        try:
            saved = float(self.window.context.settings.value(TEXT_SCALE_SETTING, 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return min(max(saved, TEXT_SCALES[0]), TEXT_SCALES[-1])

    def _saved_theme_choice(self) -> str:
        saved = self.window.context.settings.value(theme.THEME_SETTING, theme.THEME_SYSTEM)
        return saved if isinstance(saved, str) and saved in theme.THEME_CHOICES else theme.THEME_SYSTEM

    @Slot(Qt.ColorScheme)
    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme_choice == theme.THEME_SYSTEM:
            self.apply_style()

    def retranslate(self) -> None:
        self.window.zoom_in_action.setText(translate("MainWindow", "&Larger text"))
        self.window.zoom_out_action.setText(translate("MainWindow", "&Smaller text"))
        self.window.zoom_reset_action.setText(translate("MainWindow", "&Normal text size"))
        self.window._theme_menu.setTitle(translate("MainWindow", "&Theme"))
        names = {
            theme.THEME_SYSTEM: translate("MainWindow", "&System (light or dark)"),
            theme.LIGHT.name: translate("MainWindow", "L&ight"),
            theme.DARK.name: translate("MainWindow", "&Dark"),
            theme.HIGH_CONTRAST.name: translate("MainWindow", "&High contrast"),
        }
        for theme_action in self.window._theme_group.actions():
            theme_action.setText(names.get(str(theme_action.data()), str(theme_action.data())))

    @Slot(bool)
    def apply_presentation(self, enabled: bool) -> None:
        if self.window.presentation_action.isChecked() != enabled:
            blocked = self.window.presentation_action.blockSignals(True)
            self.window.presentation_action.setChecked(enabled)
            self.window.presentation_action.blockSignals(blocked)
        self.apply_style()
        if enabled:
            self.window.showFullScreen()
        elif self.window.isFullScreen():
            self.window.showNormal()

    def apply_style(self) -> None:
        scale = self.effective_text_scale()
        system_is_dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        palette = theme.palette_for(self._theme_choice, system_is_dark)
        theme.set_current(palette)
        point_size = self._base_point_size * scale
        font = QFont(self._original_app_font)
        font.setPointSizeF(point_size)
        QApplication.setFont(font)
        qpalette = qt_palette(palette)
        QApplication.setPalette(qpalette)  # dialogs, menus and tooltips too
        self.window.setPalette(qpalette)
        self.window.pages.set_aside_hidden_pages()
        self.window.setStyleSheet(theme.stylesheet(palette, point_size))
        # The page list grows more slowly than the text (its names wrap), so pages keep most of the width.
        self.window._nav.setFixedWidth(int(NAV_WIDTH * min(scale, 1.0 + (scale - 1.0) * 0.5)))
        self.window._nav.fit_items()  # wrapped page names take their new height
        for page_id, page in self.window.pages.built_pages().items():
            if not self.window.pages.is_set_aside(page_id):
                page.apply_theme()



    def save_geometry(self) -> None:
        """Remember the window's size and place for the next start."""
        self.window.context.settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())

    def restore_geometry(self) -> None:
        saved = self.window.context.settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.window.restoreGeometry(saved):
            return
        self.window.resize(1180, 820)
