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

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QCloseEvent,
    QIcon,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.model import ContentIssue
from guardian_app.paths import asset_path
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.registry import PAGES, PageSpec, page_spec
from guardian_app.ui.widgets.labels import announce
from guardian_app.ui.window import quick_exit
from guardian_app.ui.window.actions import build_actions, build_menus, fill_region_menu
from guardian_app.ui.window.presenter import Presenter
from guardian_app.ui.window.view_options import ViewOptions

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QActionGroup
    from PySide6.QtWidgets import QMenu

    from guardian_app.ui.saving.service import SavingService
    from guardian_app.ui.widgets.search_panel import SearchPanel
from guardian_app.ui.window.content_banner import ContentBanner
from guardian_app.ui.window.header import HeaderLayout, NavigationList

log = logging.getLogger(__name__)




GEOMETRY_KEY = "window/geometry"












HISTORY_LIMIT = 50


PAGE_ID_ROLE = Qt.ItemDataRole.UserRole







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
        self._pages: dict[str, Page] = {}
        self._failed: set[str] = set()
        self._history: list[str] = []
        self._current_id = ""
        self._quick_exiting = False
        self._search_panel: SearchPanel | None = None
        self.banner: ContentBanner | None = None
        self._specs: list[PageSpec] = [spec for spec in PAGES if spec.available()]
        self._page_frames: dict[str, QScrollArea] = {}
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
        context.region_changed.connect(self._sync_region_menu)
        context.content_changed.connect(self._on_content_changed)
        self.statusBar().messageChanged.connect(self._announce_status)

        self.retranslate()
        self._restore_geometry()
        if context.load_issues:
            self.show_content_issues(context.load_issues)
        self.show_page("home")

    # --- public API -----------------------------------------------------------------------------------------

    @property
    def current_page_id(self) -> str:
        return self._current_id

    def page(self, page_id: str) -> Page | None:
        """The page, built now if it was never shown (None if it is unavailable or failed to build)."""
        if page_id in self._pages:
            return self._pages[page_id]
        spec = page_spec(page_id)
        if spec is None or page_id in self._failed or spec not in self._specs:
            return None
        try:
            page_class = spec.load_class()
            page = page_class(self.context)
        except Exception:
            log.exception("The page %r could not be built; it is left out", page_id)
            self._failed.add(page_id)
            self._remove_nav_item(page_id)
            return None
        # The safety net for large text: a page taller (or, by a bug, wider) than the window scrolls instead
        # of forcing the window's minimum size up. Pages themselves wrap, so body text never scrolls sideways.
        frame = QScrollArea(self._stack)
        frame.setObjectName(f"pageFrame-{page_id}")
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frame.setWidget(page)
        self._stack.addWidget(frame)
        self._page_frames[page_id] = frame
        self._pages[page_id] = page
        page.apply_theme()
        return page

    def available_page_ids(self) -> list[str]:
        """Pages in navigation order whose module exists and has not failed."""
        return [spec.page_id for spec in self._specs if spec.page_id not in self._failed]

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
        if self._current_id and self._current_id != page_id:
            self._history.append(self._current_id)
            del self._history[:-HISTORY_LIMIT]
        self._show(page_id, page)
        if item_id:
            page.show_item(item_id)
        return True

    @Slot()
    def get_help_now(self) -> None:
        if self.show_page("help"):
            return
        # The help page is missing or broken: still give the essentials, never nothing.
        content = self.context.content
        region = content.region(self.context.region)
        lines = []
        if region is not None:
            lines.append(self.tr("If a child is in danger right now, call {number}.").format(
                number=region.emergency_number))
            primary = content.resource(region.primary)
            if primary is not None and primary.phone is not None:
                line = self.tr("{name}: {phone}")
                lines.append(line.format(name=primary.name, phone=primary.phone.display))
        from PySide6.QtWidgets import QMessageBox  # only on this rare path: importing it builds its enums

        QMessageBox.information(self, self.tr("Get help now"), "\n\n".join(lines) or self.tr(
            "Call your local emergency number if a child is in danger right now."))

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
        while self._history:
            page_id = self._history.pop()
            page = self._pages.get(page_id)
            if page is not None:
                self._show(page_id, page)
                return

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
        self.banner = ContentBanner(errors, self._central)
        self._central_layout.insertWidget(1, self.banner)

    @Slot()
    def quick_exit(self) -> None:
        """Hide everything now, forget the session, then quit (or show Home minimised, if chosen)."""
        self._quick_exiting = True
        # First, in this very event-loop turn: nothing may stay on screen after the trigger.
        quick_exit.hide_all_windows()
        self.context.session.clear()
        for page_id, page in self._pages.items():
            try:
                page.clear_sensitive()
            except Exception:
                log.exception("Clearing the page %r failed during quick exit", page_id)
        if self._search_panel is not None:
            self._search_panel.clear()
        self._forget_saved_state()
        self.context.replace_session()
        if self.context.presentation_mode:
            self.context.set_presentation_mode(False)
        if self.quick_exit_mode() == quick_exit.MODE_MINIMISE:
            self._show("home", self.page("home"))
            self._history.clear()
            self._quick_exiting = False
            QTimer.singleShot(0, self.showMinimized)
            return
        quick_exit.schedule_quit(self.quit_app)

    def _forget_saved_state(self) -> None:
        # Only if saving was used in this run (never import storage just to exit): drop the record and key.
        if self.context.saving_in_use:
            self.context.saving().forget()

    def quick_exit_mode(self) -> str:
        mode = self.context.settings.value(quick_exit.MODE_SETTING, quick_exit.MODE_QUIT)
        return quick_exit.MODE_MINIMISE if mode == quick_exit.MODE_MINIMISE else quick_exit.MODE_QUIT

    # --- text size and theme (View menu) ----------------------------------------------------------------












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

    def page_frames(self) -> list[QScrollArea]:
        """The scroll area of every page built so far, in the window or set aside (tests count their objects)."""
        return list(self._page_frames.values())

    def save_geometry(self) -> None:
        self.context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())

    def retranslate(self) -> None:
        self._app_title.setText(self.tr("Guardian"))
        self.help_button.setText(self.tr("Get help now"))
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.help_button.setToolTip(self.tr("Phone, text and chat lines for your region (Ctrl+Shift+H)"))
        self.quick_exit_button.setText(self.tr("Quick exit"))
        self.quick_exit_button.setAccessibleName(self.tr("Quick exit"))
        self.quick_exit_button.setAccessibleDescription(
            self.tr("Hides Guardian at once and forgets what you did not save. "
               "You can also press Shift three times."))
        self.quick_exit_button.setToolTip(self.tr("Hide Guardian at once (or press Shift three times)"))
        self.search_button.setText(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search Guardian"))
        self._nav.setAccessibleName(self.tr("Pages"))
        self._nav.setAccessibleDescription(self.tr("Choose a page to show"))
        for row in range(self._nav.count()):
            item = self._nav.item(row)
            spec = page_spec(item.data(PAGE_ID_ROLE))
            if spec is not None:
                item.setText(QCoreApplication.translate("Navigation", spec.nav_title))
        self._nav.fit_items()

        self.help_action.setText(self.tr("&Get help now"))
        self.find_action.setText(self.tr("&Find…"))
        self.print_action.setText(self.tr("&Print…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_contents_action.setText(self.tr("&About and sources"))
        self.back_action.setText(self.tr("&Back"))
        self.home_action.setText(self.tr("&Home"))
        self.presentation_action.setText(self.tr("&Presentation mode (large text)"))
        self.quick_exit_action.setText(self.tr("Quick e&xit"))
        self.quick_exit_minimise_action.setText(
            self.tr("Quick exit goes to Home and &minimises instead of closing"))
        self._file_menu.setTitle(self.tr("&File"))
        self._go_menu.setTitle(self.tr("&Go"))
        self._view_menu.setTitle(self.tr("&View"))
        self._help_menu.setTitle(self.tr("&Help"))
        self._region_menu.setTitle(self.tr("&Region"))
        if self._language_menu is not None:
            self._language_menu.setTitle(self.tr("&Language"))
        self._session_menu.setTitle(self.tr("&Session"))
        for session_action, text in self._session_menu_actions:
            session_action.setText(QCoreApplication.translate("MainWindow", text))
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

        header = QFrame(self._central)
        header.setObjectName("headerBar")
        # One row while it fits; at large text the buttons wrap rather than widen the window (WCAG 1.4.10).
        header_layout = HeaderLayout(header, spacing=12)
        header_layout.setContentsMargins(16, 10, 16, 10)
        logo = QLabel(header)
        icon_file = asset_path("guardian.svg")
        if icon_file.is_file():
            logo.setPixmap(QIcon(str(icon_file)).pixmap(QSize(36, 36)))
        logo.setAccessibleName("Guardian")
        header_layout.add_start(logo)
        self._app_title = QLabel(header)
        self._app_title.setObjectName("appTitle")
        header_layout.add_start(self._app_title)
        self.search_button = QPushButton(header)
        self.search_button.setObjectName("searchButton")
        self.search_button.clicked.connect(self.open_search)
        header_layout.add_end(self.search_button)
        self.quick_exit_button = QPushButton(header)
        self.quick_exit_button.setObjectName("quickExitButton")
        self.quick_exit_button.clicked.connect(self.quick_exit)
        header_layout.add_end(self.quick_exit_button)
        self.help_button = QPushButton(header)
        self.help_button.setObjectName("getHelpButton")
        self.help_button.clicked.connect(self.get_help_now)
        header_layout.add_end(self.help_button)
        self._central_layout.addWidget(header)

        self._body = QWidget(self._central)
        body_layout = QHBoxLayout(self._body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        self._nav = NavigationList(self._body)
        # A viewport made here, not by Qt: the list measures its width, and the first time Python is handed a
        # QWidget that Qt created, PySide tries every QWidget subclass (building their enums, ~20 ms).
        self._nav.setViewport(QWidget())
        self._nav.setObjectName("navigation")
        self._nav.setWordWrap(True)
        self._nav.setTextElideMode(Qt.TextElideMode.ElideNone)  # long page names wrap, never "…"
        self._nav.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._nav.setSpacing(2)
        self._nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in self._specs:
            item = QListWidgetItem(self._nav)
            item.setData(PAGE_ID_ROLE, spec.page_id)
        self._nav.currentItemChanged.connect(self._on_nav_changed)
        body_layout.addWidget(self._nav)
        self._stack = QStackedWidget(self._body)
        self._stack.setObjectName("pageStack")
        body_layout.addWidget(self._stack, 1)
        self._central_layout.addWidget(self._body, 1)

        # Quick exit is the first stop of the keyboard's Tab order, as GOV.UK recommends; then help.
        QWidget.setTabOrder(self.quick_exit_button, self.help_button)
        QWidget.setTabOrder(self.help_button, self.search_button)
        QWidget.setTabOrder(self.search_button, self._nav)
        self.statusBar()




    # --- behaviour ------------------------------------------------------------------------------------------

    def _show(self, page_id: str, page: Page | None) -> None:
        if page is None:
            return
        self._current_id = page_id
        self.view_options.bring_back(page_id)
        self._stack.setCurrentWidget(self._page_frames.get(page_id, page))
        self._select_nav(page_id)
        self.print_action.setEnabled(page.can_print())
        self.back_action.setEnabled(bool(self._history))

    def _select_nav(self, page_id: str) -> None:
        for row in range(self._nav.count()):
            item = self._nav.item(row)
            if item.data(PAGE_ID_ROLE) == page_id:
                blocked = self._nav.blockSignals(True)
                self._nav.setCurrentItem(item)
                self._nav.blockSignals(blocked)
                return

    def _remove_nav_item(self, page_id: str) -> None:
        for row in range(self._nav.count()):
            if self._nav.item(row).data(PAGE_ID_ROLE) == page_id:
                blocked = self._nav.blockSignals(True)
                self._nav.takeItem(row)
                self._nav.blockSignals(blocked)
                self._select_nav(self._current_id)
                return

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.show_page(current.data(PAGE_ID_ROLE))

    @Slot()
    def _print_current(self) -> None:
        page = self._pages.get(self._current_id)
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
        self.context.settings.setValue(quick_exit.MODE_SETTING,
                                       quick_exit.MODE_MINIMISE if minimise else quick_exit.MODE_QUIT)

    @Slot(str)
    def _sync_region_menu(self, region_id: str) -> None:
        for region_action in self._region_group.actions():
            region_action.setChecked(region_action.data() == region_id)

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

    def _restore_geometry(self) -> None:
        saved = self.context.settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        self.resize(1180, 820)

    @Slot()
    def _on_search_closed(self) -> None:
        page = self._pages.get(self._current_id)
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
