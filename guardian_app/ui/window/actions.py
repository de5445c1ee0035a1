"""The window's actions, shortcuts and menus (File, Go, Session, View, Help), built once per window.

Every action is added to the window too, so its shortcut works with the menu bar hidden (presentation mode).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from guardian_app.ui import theme
from guardian_app.ui.window import quick_exit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from guardian_app.ui.saving.service import SavingService
    from guardian_app.ui.window.main_window import MainWindow

translate = QCoreApplication.translate

# The Session menu, in order: (text marked for translation in the "MainWindow" context, what it runs); None is a
# separator. Each runs on the context's saving service, imported when first used.
SESSION_MENU: tuple[tuple[str, Callable[[SavingService, QWidget], object]] | None, ...] = (
    (str(QT_TRANSLATE_NOOP("MainWindow", "&New session")), lambda saving, parent: saving.new_session(parent)),
    (str(QT_TRANSLATE_NOOP("MainWindow", "&Open a saved session…")), lambda saving, parent: saving.open_saved(parent)),
    (str(QT_TRANSLATE_NOOP("MainWindow", "&Save this session…")), lambda saving, parent: saving.save_session(parent)),
    (str(QT_TRANSLATE_NOOP("MainWindow", "&End session")), lambda saving, parent: saving.end_session(parent)),
    None,
    (str(QT_TRANSLATE_NOOP("MainWindow", "&Lock saved answers…")), lambda saving, parent: saving.lock(parent)),
    (str(QT_TRANSLATE_NOOP("MainWindow", "&Change the passphrase…")),
     lambda saving, parent: saving.change_passphrase(parent)),
    (str(QT_TRANSLATE_NOOP("MainWindow", "Re&move the passphrase…")),
     lambda saving, parent: saving.remove_passphrase(parent)),
    None,
    (str(QT_TRANSLATE_NOOP("MainWindow", "E&rase all saved data…")),
     lambda saving, parent: saving.erase_all_data(parent)),
)


def build_actions(window: MainWindow) -> None:
    def action(shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
               slot: Callable[[], None]) -> QAction:
        created = QAction(window)
        if shortcut is not None:
            created.setShortcut(QKeySequence(shortcut))
        created.triggered.connect(slot)
        window.addAction(created)  # shortcuts work even when the menu bar is hidden (full screen)
        return created

    window.help_action = action("Ctrl+Shift+H", window.get_help_now)
    window.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.find_action = action(QKeySequence.StandardKey.Find, window.open_search)
    window.print_action = action(QKeySequence.StandardKey.Print, window._print_current)
    window.quit_action = action(QKeySequence.StandardKey.Quit, window._close_window)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.help_contents_action = action(QKeySequence.StandardKey.HelpContents, window._show_about)
    window.help_contents_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.back_action = action(QKeySequence.StandardKey.Back, window.go_back)
    window.home_action = action(None, window._show_home)
    window.zoom_in_action = action(QKeySequence.StandardKey.ZoomIn, window.view_options.zoom_in)
    # Ctrl+= too: on many keyboards "+" needs Shift, and people press Ctrl and the "=/+" key.
    window.zoom_in_action.setShortcuts(
        [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
    window.zoom_out_action = action(QKeySequence.StandardKey.ZoomOut, window.view_options.zoom_out)
    window.zoom_reset_action = action("Ctrl+0", window.view_options.zoom_reset)
    window.presentation_action = action("F11", lambda: None)
    window.presentation_action.setCheckable(True)
    window.presentation_action.toggled.connect(window.context.set_presentation_mode)
    window.quick_exit_action = action(None, window.quick_exit)
    window.quick_exit_minimise_action = action(None, lambda: None)
    window.quick_exit_minimise_action.setCheckable(True)
    window.quick_exit_minimise_action.setChecked(window.quick_exit_mode() == quick_exit.MODE_MINIMISE)
    window.quick_exit_minimise_action.toggled.connect(window._set_quick_exit_mode)


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    window._file_menu = bar.addMenu("")
    window._file_menu.addAction(window.print_action)
    window._file_menu.addSeparator()
    window._file_menu.addAction(window.quick_exit_action)
    window._file_menu.addAction(window.quit_action)

    window._go_menu = bar.addMenu("")
    window._go_menu.addAction(window.help_action)
    window._go_menu.addAction(window.home_action)
    window._go_menu.addAction(window.back_action)
    window._go_menu.addSeparator()
    window._go_menu.addAction(window.find_action)

    window._session_menu = bar.addMenu("")
    window._session_menu_actions = []
    for row in SESSION_MENU:
        if row is None:
            window._session_menu.addSeparator()
            continue
        text, run = row
        session_action = QAction(window)
        session_action.triggered.connect(lambda _checked=False, act=run: window._run_session_action(act))
        window._session_menu.addAction(session_action)
        window._session_menu_actions.append((session_action, text))

    window._view_menu = bar.addMenu("")
    _fill_view_menu(window, window._view_menu)

    window._help_menu = bar.addMenu("")
    window._help_menu.addAction(window.help_action)
    window._help_menu.addAction(window.help_contents_action)


def _fill_view_menu(window: MainWindow, menu: QMenu) -> None:
    """Text size, presentation mode, theme, region, language, and what quick exit does."""
    menu.addAction(window.zoom_in_action)
    menu.addAction(window.zoom_out_action)
    menu.addAction(window.zoom_reset_action)
    menu.addAction(window.presentation_action)
    window._theme_menu = menu.addMenu("")
    window._theme_group = QActionGroup(window)
    window._theme_group.setExclusive(True)
    for choice in theme.THEME_CHOICES:
        theme_action = QAction(choice, window)
        theme_action.setCheckable(True)
        theme_action.setData(choice)
        theme_action.setChecked(choice == window.view_options.theme_choice)
        theme_action.triggered.connect(lambda _checked=False, name=choice: window.view_options.set_theme(name))
        window._theme_group.addAction(theme_action)
        window._theme_menu.addAction(theme_action)
    window._region_menu = menu.addMenu("")
    window._region_group = QActionGroup(window)
    window._region_group.setExclusive(True)
    window._language_menu = None
    if window._set_ui_language is not None:
        window._language_menu = menu.addMenu("")
        language_group = QActionGroup(window)
        # Language names are written in their own language, so anyone can find theirs.
        for code, name in (("en", "English"), ("fr", "Français")):
            language_action = QAction(name, window)
            language_action.setCheckable(True)
            language_action.setChecked(code == window.context.language)
            language_action.triggered.connect(
                lambda _checked=False, lang=code: window._change_language(lang))
            language_group.addAction(language_action)
            window._language_menu.addAction(language_action)
    menu.addSeparator()
    menu.addAction(window.quick_exit_minimise_action)


def fill_region_menu(window: MainWindow) -> None:
    for old in window._region_group.actions():
        window._region_group.removeAction(old)
        window._region_menu.removeAction(old)
        old.deleteLater()
    for region in window.context.content.regions:
        region_action = QAction(region.name, window)
        region_action.setCheckable(True)
        region_action.setData(region.id)
        region_action.setChecked(region.id == window.context.region)
        region_action.triggered.connect(
            lambda _checked=False, rid=region.id: window.context.set_region(rid))
        window._region_group.addAction(region_action)
        window._region_menu.addAction(region_action)


def sync_region_menu(window: MainWindow, region_id: str) -> None:
    """Tick the region chosen (elsewhere too: the help page's region list)."""
    for region_action in window._region_group.actions():
        region_action.setChecked(region_action.data() == region_id)


def retranslate_menus(window: MainWindow) -> None:
    """The actions' and menus' texts in the language now installed (context "MainWindow")."""
    window.help_action.setText(translate("MainWindow", "&Get help now"))
    window.find_action.setText(translate("MainWindow", "&Find…"))
    window.print_action.setText(translate("MainWindow", "&Print…"))
    window.quit_action.setText(translate("MainWindow", "&Quit"))
    window.help_contents_action.setText(translate("MainWindow", "&About and sources"))
    window.back_action.setText(translate("MainWindow", "&Back"))
    window.home_action.setText(translate("MainWindow", "&Home"))
    window.presentation_action.setText(translate("MainWindow", "&Presentation mode (large text)"))
    window.quick_exit_action.setText(translate("MainWindow", "Quick e&xit"))
    window.quick_exit_minimise_action.setText(
        translate("MainWindow", "Quick exit goes to Home and &minimises instead of closing"))
    window._file_menu.setTitle(translate("MainWindow", "&File"))
    window._go_menu.setTitle(translate("MainWindow", "&Go"))
    window._view_menu.setTitle(translate("MainWindow", "&View"))
    window._help_menu.setTitle(translate("MainWindow", "&Help"))
    window._region_menu.setTitle(translate("MainWindow", "&Region"))
    if window._language_menu is not None:
        window._language_menu.setTitle(translate("MainWindow", "&Language"))
    window._session_menu.setTitle(translate("MainWindow", "&Session"))
    for session_action, text in window._session_menu_actions:
        session_action.setText(translate("MainWindow", text))
