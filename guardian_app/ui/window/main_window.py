"""Guardian's main window: a header with "Get help now" and "Quick exit", navigation, pages, menus, shortcuts.

Pages are imported and built the first time they are shown, so start-up only pays for Home. A page whose
module is missing or fails to build is left out of the navigation (and logged): the rest of the app keeps
working. The "Get help now" button sits in the same place on every page (WCAG 3.2.6, consistent help) and
has a shortcut with a modifier (Ctrl+Shift+H), so help is never more than one action away.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Slot
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from guardian_app.content.model import ContentIssue
from guardian_app.paths import asset_path
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.registry import PAGES, PageSpec
from guardian_app.ui.widgets.labels import announce
from guardian_app.ui.window import quick_exit
from guardian_app.ui.window.actions import (
    build_actions,
    build_menus,
    fill_region_menu,
    retranslate_menus,
    sync_region_menu,
)
from guardian_app.ui.window.pages_host import PagesHost
from guardian_app.ui.window.presenter import Presenter
from guardian_app.ui.window.view_options import ViewOptions

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QActionGroup
    from PySide6.QtWidgets import QLabel, QMenu, QPushButton

    from guardian_app.ui.saving.service import SavingService
    from guardian_app.ui.widgets.search_panel import SearchPanel
    from guardian_app.ui.window.content_banner import ContentBanner
from guardian_app.ui.window.header import PAGE_ID_ROLE, build_header, build_navigation, retranslate_header

log = logging.getLogger(__name__)



class MainWindow(QMainWindow):
    """The window: header, navigation list, lazily built pages, menus, quick exit and search.

    Args:
        context: the shared state every page receives.
        quit_app: called (on the next event-loop turn) to quit after a quick exit; tests replace it.
        set_ui_language: switches translators and content to another language (given by ``app.py``).
    """

    # Made by actions.build_actions and build_menus (the Session menu rows are (action, untranslated text)).
    help_action: QAction
    find_action: QAction
    print_action: QAction
    quit_action: QAction
    help_contents_action: QAction
    back_action: QAction
    home_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    presentation_action: QAction
    quick_exit_action: QAction
    quick_exit_minimise_action: QAction
    # Made by header.build_header.
    search_button: QPushButton
    quick_exit_button: QPushButton
    help_button: QPushButton
    _app_title: QLabel
    _file_menu: QMenu
    _help_menu: QMenu
    _go_menu: QMenu
    _session_menu: QMenu
    _session_menu_actions: list[tuple[QAction, str]]
    _view_menu: QMenu
    _theme_menu: QMenu
    _theme_group: QActionGroup
    _region_menu: QMenu
    _region_group: QActionGroup
    _language_menu: QMenu | None

    def __init__(
        self,
        context: AppContext,
        *,
        quit_app: Callable[[], None] | None = None,
        set_ui_language: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.quit_app = quit_app
        self._set_ui_language = set_ui_language
        self._quick_exiting = False
        self._search_panel: SearchPanel | None = None
        self.banner: ContentBanner | None = None
        self._specs: list[PageSpec] = [spec for spec in PAGES if spec.available()]
        self.view_options = ViewOptions(self)

        self.setObjectName("mainWindow")
        self.setWindowTitle("Guardian")
        icon_file = asset_path("guardian.svg")
        if icon_file.is_file():
            self.setWindowIcon(QIcon(str(icon_file)))
        self._build_ui()
        build_actions(self)
        build_menus(self)
        self.view_options.apply_style()

        self.quick_exit_filter = quick_exit.ShiftTripleFilter(self)
        self.quick_exit_filter.triggered.connect(self.quick_exit)
        self.quick_exit_filter.progress.connect(self._show_quick_exit_progress)
        self.quick_exit_filter.attach()

        context.navigate_requested.connect(self.show_page)
        context.presentation_changed.connect(self.view_options.apply_presentation)
        self.presenter = Presenter(self)  # with a second screen, the family view goes there
        context.region_changed.connect(lambda region_id: sync_region_menu(self, region_id))
        context.content_changed.connect(self._on_content_changed)
        context.family_forgotten.connect(lambda: quick_exit.clear_pages(self))  # End session
        self.statusBar().messageChanged.connect(self._announce_status)

        self.retranslate()
        self.view_options.restore_geometry()
        if context.load_issues:
            self.show_content_issues(context.load_issues)
        self.show_page("home")

    # --- public API -----------------------------------------------------------------------------------------

    @property
    def current_page_id(self) -> str:
        return self.pages.current_id

    def page(self, page_id: str) -> Page | None:
        """The page, built now if it was never shown (None if it is unavailable or failed to build)."""
        return self.pages.page(page_id)

    def available_page_ids(self) -> list[str]:
        """Pages in navigation order whose module exists and has not failed."""
        return self.pages.available_page_ids()

    def build_all_pages(self) -> list[str]:
        """Build every available page (self-test, screenshots); returns the ids that failed."""
        return [page_id for page_id in self.available_page_ids() if self.page(page_id) is None]

    @Slot(str, str)
    def show_page(self, page_id: str, item_id: str = "") -> bool:
        """Show a page (and an item on it). False, with a calm status message, if it cannot be shown."""
        page = self.page(page_id)
        if page is None:
            self.statusBar().showMessage(self.tr("Sorry, this page could not be opened."), 8000)
            return False
        self.pages.show(page_id, page)
        self._after_show(page)
        if item_id:
            page.show_item(item_id)
        return True

    @Slot()
    def get_help_now(self) -> None:
        if self.show_page("help"):
            return
        # The help page is missing or broken: still the essentials, never nothing.
        from guardian_app.ui.window.content_banner import show_essentials  # a rare path: help failed to build

        show_essentials(self, self.context)

    @Slot()
    def _close_window(self) -> None:
        self.close()

    @Slot()
    def _show_home(self) -> None:
        self.show_page("home")

    @Slot()
    def _show_about(self) -> None:
        self.show_page("about")

    @Slot()
    def go_back(self) -> None:
        page = self.pages.built_page(self.pages.go_back())
        if page is not None:
            self._after_show(page)

    @Slot()
    def open_search(self) -> None:
        if self._search_panel is None:
            from guardian_app.ui.widgets.search_panel import SearchPanel

            self._search_panel = SearchPanel(self.context, self._central)
            self._central_layout.insertWidget(self._central_layout.indexOf(self._body), self._search_panel)
            self._search_panel.closed.connect(self._on_search_closed)
        self._search_panel.open_panel()

    @property
    def search_panel(self) -> SearchPanel | None:
        return self._search_panel

    def show_content_issues(self, issues: tuple[ContentIssue, ...]) -> None:
        errors = tuple(issue for issue in issues if issue.severity == "error")
        if not errors:
            return
        if self.banner is not None:
            self._central_layout.removeWidget(self.banner)
            self.banner.deleteLater()
        from guardian_app.ui.window.content_banner import ContentBanner  # only when content has problems

        self.banner = ContentBanner(errors, self._central)
        self._central_layout.insertWidget(1, self.banner)

    @Slot()
    def quick_exit(self) -> None:
        """Hide everything now, forget the session, then quit (or show Home minimised, if chosen)."""
        quick_exit.leave(self)

    def after_quick_exit_to_home(self, home: Page) -> None:
        """Home on screen with nothing to go Back to (quick exit that minimises)."""
        self.pages.show_alone("home", home)
        self._after_show(home)

    def quick_exit_mode(self) -> str:
        return quick_exit.mode(self.context.settings)

    @Slot(str)
    def _announce_status(self, message: str) -> None:
        if message:
            announce(self.statusBar(), message)

    # --- view options (the View menu; see view_options.py) ------------------------------------------------

    @property
    def text_scale(self) -> float:
        return self.view_options.text_scale

    def set_text_scale(self, scale: float) -> None:
        self.view_options.set_text_scale(scale)

    def effective_text_scale(self) -> float:
        return self.view_options.effective_text_scale()

    @property
    def theme_choice(self) -> str:
        return self.view_options.theme_choice

    def set_theme(self, choice: str) -> None:
        self.view_options.set_theme(choice)

    def page_frames(self) -> list[QWidget]:
        """What the page stack holds for every page built so far (a scroll area around the page, or the page
        if it scrolls itself), in the window or set aside (tests count their objects)."""
        return self.pages.frames()

    def page_frame(self, page_id: str) -> QWidget | None:
        """What the page stack holds for a built page: a scroll area around it, or the page itself."""
        return self.pages.frame(page_id)

    def save_geometry(self) -> None:
        self.view_options.save_geometry()

    def retranslate(self) -> None:
        retranslate_header(self, self._nav)
        retranslate_menus(self)
        fill_region_menu(self)
        self.view_options.retranslate()

    # --- building -------------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self._central = QWidget(self)
        self._central.setObjectName("centralArea")
        self._central_layout = QVBoxLayout(self._central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self.setCentralWidget(self._central)

        header = build_header(self, self._central)
        self._central_layout.addWidget(header)

        self._body = QWidget(self._central)
        body_layout = QHBoxLayout(self._body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        self._nav = build_navigation(self._body, [spec.page_id for spec in self._specs])
        self._nav.currentItemChanged.connect(self._on_nav_changed)
        body_layout.addWidget(self._nav)
        stack = QStackedWidget(self._body)
        stack.setObjectName("pageStack")
        body_layout.addWidget(stack, 1)
        self.pages = PagesHost(self.context, self._specs, stack)
        self.pages.page_failed.connect(self._remove_nav_item)
        self._central_layout.addWidget(self._body, 1)

        # Quick exit is the first stop of the keyboard's Tab order, as GOV.UK recommends; then help.
        QWidget.setTabOrder(self.quick_exit_button, self.help_button)
        QWidget.setTabOrder(self.help_button, self.search_button)
        QWidget.setTabOrder(self.search_button, self._nav)
        self.statusBar()

    # --- behaviour ------------------------------------------------------------------------------------------

    def _after_show(self, page: Page) -> None:
        self._select_nav(self.pages.current_id)
        self.print_action.setEnabled(page.can_print())
        self.back_action.setEnabled(self.pages.has_history())

    def _select_nav(self, page_id: str) -> None:
        self._nav.select_page(page_id)

    def _remove_nav_item(self, page_id: str) -> None:
        if self._nav.remove_page(page_id):
            self._nav.select_page(self.pages.current_id)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.show_page(current.data(PAGE_ID_ROLE))

    @Slot()
    def _print_current(self) -> None:
        page = self.pages.built_page(self.pages.current_id)
        if page is not None and page.can_print():
            page.print_page()

    @Slot(int)
    def _show_quick_exit_progress(self, presses_left: int) -> None:
        if presses_left == 2:
            self.statusBar().showMessage(self.tr("Quick exit: press Shift 2 more times."), 5000)
        elif presses_left == 1:
            self.statusBar().showMessage(self.tr("Quick exit: press Shift 1 more time."), 5000)
        else:
            self.statusBar().clearMessage()

    @Slot(bool)
    def _set_quick_exit_mode(self, minimise: bool) -> None:
        quick_exit.set_mode(self.context.settings, minimise)

    @Slot()
    def _on_content_changed(self) -> None:
        fill_region_menu(self)
        if self.banner is not None:
            self.banner.hide()
        self.show_content_issues(self.context.load_issues)

    def _change_language(self, language: str) -> None:
        if self._set_ui_language is not None:
            self._set_ui_language(language)

    def _run_session_action(self, run: Callable[[SavingService, QWidget], object]) -> None:
        try:
            service = self.context.saving()
        except Exception:
            log.exception("The session actions could not be loaded")
            self.statusBar().showMessage(self.tr("Sorry, this is not available right now."), 8000)
            return
        run(service, self)

    @Slot()
    def _on_search_closed(self) -> None:
        page = self.pages.built_page(self.pages.current_id)
        if page is not None:
            page.setFocus()

    # --- Qt overrides ---------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quick_exiting:
            event.accept()
            return
        # If saving was never used, no record or store was ever opened: only typed answers need a word.
        if self.context.saving_in_use or not self.context.session.is_empty():
            try:
                allowed = self.context.saving().confirm_close(self)
            except Exception:
                # Never trap someone in the app because of a bug in the "save first?" question.
                log.exception("confirm_close failed; closing anyway")
                allowed = True
            if not allowed:
                event.ignore()
                return
        if not self.isFullScreen():
            self.save_geometry()
        self.view_options.restore_application_look()
        self.quick_exit_filter.detach()  # a closed window no longer answers Shift x3
        event.accept()
