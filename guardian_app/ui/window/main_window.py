"""Guardian's main window: a header with "Get help now" and "Quick exit", navigation, pages, menus, shortcuts.

Pages are imported and built the first time they are shown, so start-up only pays for Home. A page whose
module is missing or fails to build is left out of the navigation (and logged): the rest of the app keeps
working. The "Get help now" button sits in the same place on every page (WCAG 3.2.6, consistent help) and
has a shortcut with a modifier (Ctrl+Shift+H), so help is never more than one action away.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QRect,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from guardian_app.content.model import ContentIssue
from guardian_app.paths import asset_path
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.registry import PAGES, PageSpec, page_spec
from guardian_app.ui.widgets.labels import announce
from guardian_app.ui.widgets.layouts import WrappingLayout
from guardian_app.ui.widgets.panels import qt_palette
from guardian_app.ui.window import quick_exit

if TYPE_CHECKING:
    from guardian_app.ui.widgets.search_panel import SearchPanel

log = logging.getLogger(__name__)

SESSION_ACTIONS_MODULE = "guardian_app.ui.saving.session_actions"
GEOMETRY_KEY = "window/geometry"
PRESENTATION_SCALE = 1.4
TEXT_SCALE_SETTING = "view/text_scale"
# View > Text size steps (WCAG 1.4.4: text resizes up to 200 % without loss of content or function).
TEXT_SCALES = (1.0, 1.125, 1.25, 1.5, 1.75, 2.0)
NAV_WIDTH = 250
MIN_BASE_POINT_SIZE = 11.0
MAX_BANNER_ISSUES = 6
HISTORY_LIMIT = 50
PAGE_ID_ROLE = Qt.ItemDataRole.UserRole


def _apply_page_theme(page: Page) -> None:
    """Let a page re-apply what its own style sheet derives from the theme and text size, if it has any."""
    apply_theme = getattr(page, "apply_theme", None)
    if callable(apply_theme):
        apply_theme()


def session_actions_available() -> bool:
    """Whether the Session menu's module exists (it is imported only when an action is used)."""
    try:
        return importlib.util.find_spec(SESSION_ACTIONS_MODULE) is not None
    except (ImportError, ValueError):
        return False


class _NavigationList(QListWidget):
    """The list of pages, each name as tall as its wrapped lines need at the list's width and font.

    Under a style sheet, Qt measures an item's wrapped text without its padding and border, so a name that
    just fits on one line in that measure ("Obtenir de l'aide maintenant") was painted on one line and cut
    off with "...". The heights are set here instead, whenever the width, the font or the names change, from
    the text rectangle the style really paints in: the width less the padding and border of theme.py's
    ``#navigation::item`` rules and the style's text margins. Setting heights, rather than answering Qt from
    a Python delegate, keeps Python out of every layout and paint of the list.
    """

    TEXT_PADDING_PX = 2 * 10  # theme.py: 10 px above and below
    # theme.py: 14 px each side and up to 6 px of border on the left (selected and focused); Fusion's text
    # margin (focus frame margin + 1 = 3 px) each side, once in the item's layout and once when painting.
    TEXT_INSET_PX = 2 * 14 + 6 + 2 * 2 * 3

    def fit_items(self) -> None:
        """Give every name the height of its wrapped lines at the current width and font."""
        row_width = max(self.viewport().width() - 2 * self.spacing(), 1)
        text_width = max(row_width - self.TEXT_INSET_PX, 1)
        metrics = QFontMetrics(self.font())
        for row in range(self.count()):
            item = self.item(row)
            needed = metrics.boundingRect(QRect(0, 0, text_width, 100_000), Qt.TextFlag.TextWordWrap, item.text())
            size = QSize(row_width, needed.height() + self.TEXT_PADDING_PX)
            if item.sizeHint() != size:
                item.setSizeHint(size)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # a new width, or a scroll bar came or went
            self.fit_items()
        return super().viewportEvent(event)


class _HeaderLayout(WrappingLayout):
    """The header: the name on the left, the buttons on the right, in one row while everything fits.

    When it does not (large text, a narrow window, a longer language), the buttons wrap instead of making the
    window wider than the screen (WCAG 1.4.10). Rows fill from the end: the last buttons ("Quick exit", then
    "Get help now") keep the bottom row, right-aligned, and the buttons before them move up a row, beside the
    name if there is room. So the reading order stays the one-row order and "Get help now" stays at the right
    end of the header, just above the page, on every page (WCAG 3.2.6).

    Its items are made here, in Python, for the widgets it is given: Qt's ``addWidget`` would hand Python items
    that Qt created, and PySide looks up each such object's class the first time.
    """

    ROW_SPACING_PX = 8

    def __init__(self, parent: QWidget, spacing: int) -> None:
        super().__init__(parent)
        self._start: list[QLayoutItem] = []  # kept together, on the left of the top row
        self._end: list[QLayoutItem] = []  # right-aligned, wrapping
        self._spacing = spacing

    def add_start(self, widget: QWidget) -> None:
        self._add(widget, self._start)

    def add_end(self, widget: QWidget) -> None:
        self._add(widget, self._end)

    def _add(self, widget: QWidget, side: list[QLayoutItem]) -> None:
        self.addChildWidget(widget)
        side.append(QWidgetItem(widget))
        self.invalidate()

    def _items(self) -> list[QLayoutItem]:
        return self._start + self._end

    # --- QLayout interface ---------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._end.append(item)

    def count(self) -> int:
        return len(self._start) + len(self._end)

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._items()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._start):
            return self._start.pop(index)
        index -= len(self._start)
        return self._end.pop(index) if 0 <= index < len(self._end) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def sizeHint(self) -> QSize:
        return self._one_row_size(self._items(), self._spacing)

    def minimumSize(self) -> QSize:
        start = [item.minimumSize() for item in self._start if not item.isEmpty()]
        end = [item.minimumSize() for item in self._end if not item.isEmpty()]
        width = max([sum(size.width() for size in start) + self._spacing * max(0, len(start) - 1)]
                    + [size.width() for size in end])
        height = max((size.height() for size in start + end), default=0)
        return self._with_margins(width, height)

    def _with_margins(self, width: int, height: int) -> QSize:
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        start = [(item, item.sizeHint()) for item in self._start if not item.isEmpty()]
        start_width = sum(hint.width() for _, hint in start) + self._spacing * max(0, len(start) - 1)
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]  # from the bottom row up
        used = 0
        for item in reversed(self._end):
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if rows[0] and used + self._spacing + width > area.width():
                rows.insert(0, [])
                used = 0
            used += (self._spacing if rows[0] else 0) + width
            rows[0].insert(0, (item, QSize(width, hint.height())))
        if start and rows[0] and used + self._spacing + start_width > area.width():
            rows.insert(0, [])
        y = area.y()
        for index, row in enumerate(rows):
            left = start if index == 0 else []
            row_height = max((hint.height() for _, hint in left + row), default=0)
            if move:
                x = area.x()
                for item, hint in left:
                    item.setGeometry(QRect(x, y, hint.width(), row_height))  # a shorter item is centred
                    x += hint.width() + self._spacing
                x = area.x() + area.width()
                for item, hint in reversed(row):
                    x -= hint.width()
                    item.setGeometry(QRect(x, y, hint.width(), row_height))
                    x -= self._spacing
            y += row_height + (self.ROW_SPACING_PX if row_height and index < len(rows) - 1 else 0)
        return y - rect.y() + margins.bottom()


class ContentBanner(QFrame):
    """A calm, dismissible notice listing content problems as ``file:line:col: problem``."""

    def __init__(self, issues: tuple[ContentIssue, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentBanner")
        self.setAccessibleName(self.tr("Some content could not be loaded"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 12)
        text_box = QVBoxLayout()
        title = QLabel(self.tr("Some content could not be loaded. Guardian shows everything else as usual."))
        title.setWordWrap(True)
        title.setProperty("role", "h3")
        text_box.addWidget(title)
        lines = [str(issue) for issue in issues[:MAX_BANNER_ISSUES]]
        if len(issues) > MAX_BANNER_ISSUES:
            lines.append(self.tr("…and {count} more. Run “guardian-app validate” to see them all.").format(
                count=len(issues) - MAX_BANNER_ISSUES))
        self.details = QLabel("\n".join(lines))
        self.details.setObjectName("contentBannerDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        text_box.addWidget(self.details)
        layout.addLayout(text_box, 1)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the content notice"))
        self.dismiss_button.clicked.connect(self.hide)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)


class MainWindow(QMainWindow):
    """The window: header, navigation list, lazily built pages, menus, quick exit and search.

    Args:
        context: the shared state every page receives.
        quit_app: called (on the next event-loop turn) to quit after a quick exit; tests replace it.
        set_ui_language: switches translators and content to another language (given by ``app.py``).
    """

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
        self._session_module: ModuleType | None = None
        self._specs: list[PageSpec] = [spec for spec in PAGES if spec.available()]
        # Pages under a style sheet take their text size from the application font, not the window's, so the
        # application font is what presentation mode scales; the original is restored when the window closes.
        self._original_app_font = QFont(QApplication.font())
        self._base_point_size = max(self._original_app_font.pointSizeF(), MIN_BASE_POINT_SIZE)
        self._original_app_palette = QPalette(QApplication.palette())
        self._page_frames: dict[str, QScrollArea] = {}
        # Pages set aside (out of the window) while it was restyled; each comes back, restyled, when shown.
        self._set_aside: set[str] = set()
        self._set_aside_holder: QWidget | None = None
        self._text_scale = self._saved_text_scale()
        self._theme_choice = self._saved_theme_choice()

        self.setObjectName("mainWindow")
        self.setWindowTitle("Guardian")
        icon_file = asset_path("guardian.svg")
        if icon_file.is_file():
            self.setWindowIcon(QIcon(str(icon_file)))
        self._build_ui()
        self._build_actions()
        self._build_menus()
        self._apply_style()

        self.quick_exit_filter = quick_exit.ShiftTripleFilter(self)
        self.quick_exit_filter.triggered.connect(self.quick_exit)
        self.quick_exit_filter.progress.connect(self._show_quick_exit_progress)
        self.quick_exit_filter.attach()

        context.navigate_requested.connect(self.show_page)
        context.presentation_changed.connect(self._apply_presentation)
        context.region_changed.connect(self._sync_region_menu)
        context.content_changed.connect(self._on_content_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
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
        _apply_page_theme(page)
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
        module = sys.modules.get(SESSION_ACTIONS_MODULE)
        state_for = getattr(module, "state_for", None)
        if state_for is None:
            return
        try:
            state = state_for(self.context)
            state.replace_record()
            state.close_store()
        except Exception:
            log.exception("Forgetting the saved-session state failed during quick exit")

    def quick_exit_mode(self) -> str:
        mode = self.context.settings.value(quick_exit.MODE_SETTING, quick_exit.MODE_QUIT)
        return quick_exit.MODE_MINIMISE if mode == quick_exit.MODE_MINIMISE else quick_exit.MODE_QUIT

    # --- text size and theme (View menu) ----------------------------------------------------------------

    @property
    def text_scale(self) -> float:
        return self._text_scale

    def set_text_scale(self, scale: float) -> None:
        """Scale all text (1.0 to 2.0), remember it and re-apply the style sheet."""
        scale = min(max(float(scale), TEXT_SCALES[0]), TEXT_SCALES[-1])
        self._text_scale = scale
        self.context.settings.setValue(TEXT_SCALE_SETTING, scale)
        self._apply_style()
        message = self.tr("Text size: {percent}%").format(percent=round(scale * 100))
        self.statusBar().showMessage(message, 4000)

    def effective_text_scale(self) -> float:
        """The scale in use: presentation mode never makes text smaller than the chosen size."""
        if self.context.presentation_mode:
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
        self.context.settings.setValue(theme.THEME_SETTING, choice)
        for theme_action in self._theme_group.actions():
            theme_action.setChecked(theme_action.data() == choice)
        self._apply_style()

    def _saved_text_scale(self) -> float:
        try:
            saved = float(self.context.settings.value(TEXT_SCALE_SETTING, 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return min(max(saved, TEXT_SCALES[0]), TEXT_SCALES[-1])

    def _saved_theme_choice(self) -> str:
        saved = self.context.settings.value(theme.THEME_SETTING, theme.THEME_SYSTEM)
        return saved if isinstance(saved, str) and saved in theme.THEME_CHOICES else theme.THEME_SYSTEM

    @Slot(Qt.ColorScheme)
    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme_choice == theme.THEME_SYSTEM:
            self._apply_style()

    @Slot(str)
    def _announce_status(self, message: str) -> None:
        if message:
            announce(self.statusBar(), message)

    def _retranslate_view_options(self) -> None:
        self.zoom_in_action.setText(self.tr("&Larger text"))
        self.zoom_out_action.setText(self.tr("&Smaller text"))
        self.zoom_reset_action.setText(self.tr("&Normal text size"))
        self._theme_menu.setTitle(self.tr("&Theme"))
        names = {
            theme.THEME_SYSTEM: self.tr("&System (light or dark)"),
            theme.LIGHT.name: self.tr("L&ight"),
            theme.DARK.name: self.tr("&Dark"),
            theme.HIGH_CONTRAST.name: self.tr("&High contrast"),
        }
        for theme_action in self._theme_group.actions():
            theme_action.setText(names.get(str(theme_action.data()), str(theme_action.data())))

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
        if self._session_menu is not None:
            self._session_menu.setTitle(self.tr("&Session"))
            for name, action in self._session_menu_actions.items():
                action.setText(self._session_action_text(name))
        self._fill_region_menu()
        self._retranslate_view_options()

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
        header_layout = _HeaderLayout(header, spacing=12)
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
        self._nav = _NavigationList(self._body)
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

    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                   slot: Callable[[], None]) -> QAction:
            created = QAction(self)
            if shortcut is not None:
                created.setShortcut(QKeySequence(shortcut))
            created.triggered.connect(slot)
            self.addAction(created)  # shortcuts work even when the menu bar is hidden (full screen)
            return created

        self.help_action = action("Ctrl+Shift+H", self.get_help_now)
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.find_action = action(QKeySequence.StandardKey.Find, self.open_search)
        self.print_action = action(QKeySequence.StandardKey.Print, self._print_current)
        self.quit_action = action(QKeySequence.StandardKey.Quit, self._close_window)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.help_contents_action = action(QKeySequence.StandardKey.HelpContents, self._show_about)
        self.help_contents_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.back_action = action(QKeySequence.StandardKey.Back, self.go_back)
        self.home_action = action(None, self._show_home)
        self.zoom_in_action = action(QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        # Ctrl+= too: on many keyboards "+" needs Shift, and people press Ctrl and the "=/+" key.
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = action(QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.zoom_reset_action = action("Ctrl+0", self.zoom_reset)
        self.presentation_action = action("F11", lambda: None)
        self.presentation_action.setCheckable(True)
        self.presentation_action.toggled.connect(self.context.set_presentation_mode)
        self.quick_exit_action = action(None, self.quick_exit)
        self.quick_exit_minimise_action = action(None, lambda: None)
        self.quick_exit_minimise_action.setCheckable(True)
        self.quick_exit_minimise_action.setChecked(self.quick_exit_mode() == quick_exit.MODE_MINIMISE)
        self.quick_exit_minimise_action.toggled.connect(self._set_quick_exit_mode)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._file_menu = bar.addMenu("")
        self._file_menu.addAction(self.print_action)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.quick_exit_action)
        self._file_menu.addAction(self.quit_action)

        self._go_menu = bar.addMenu("")
        self._go_menu.addAction(self.help_action)
        self._go_menu.addAction(self.home_action)
        self._go_menu.addAction(self.back_action)
        self._go_menu.addSeparator()
        self._go_menu.addAction(self.find_action)

        self._session_menu: QMenu | None = None
        self._session_menu_actions: dict[str, QAction] = {}
        if session_actions_available():
            self._session_menu = bar.addMenu("")
            for name in ("new_session", "open_saved", "save_session", "end_session", "", "erase_all_data"):
                if not name:
                    self._session_menu.addSeparator()
                    continue
                session_action = QAction(self)
                session_action.triggered.connect(lambda _checked=False, fn=name: self._run_session_action(fn))
                self._session_menu.addAction(session_action)
                self._session_menu_actions[name] = session_action

        self._view_menu = bar.addMenu("")
        self._view_menu.addAction(self.zoom_in_action)
        self._view_menu.addAction(self.zoom_out_action)
        self._view_menu.addAction(self.zoom_reset_action)
        self._view_menu.addAction(self.presentation_action)
        self._theme_menu = self._view_menu.addMenu("")
        self._theme_group = QActionGroup(self)
        self._theme_group.setExclusive(True)
        for choice in theme.THEME_CHOICES:
            theme_action = QAction(choice, self)
            theme_action.setCheckable(True)
            theme_action.setData(choice)
            theme_action.setChecked(choice == self._theme_choice)
            theme_action.triggered.connect(lambda _checked=False, name=choice: self.set_theme(name))
            self._theme_group.addAction(theme_action)
            self._theme_menu.addAction(theme_action)
        self._region_menu = self._view_menu.addMenu("")
        self._region_group = QActionGroup(self)
        self._region_group.setExclusive(True)
        self._language_menu: QMenu | None = None
        if self._set_ui_language is not None:
            self._language_menu = self._view_menu.addMenu("")
            language_group = QActionGroup(self)
            # Language names are written in their own language, so anyone can find theirs.
            for code, name in (("en", "English"), ("fr", "Français")):
                language_action = QAction(name, self)
                language_action.setCheckable(True)
                language_action.setChecked(code == self.context.language)
                language_action.triggered.connect(
                    lambda _checked=False, lang=code: self._change_language(lang))
                language_group.addAction(language_action)
                self._language_menu.addAction(language_action)
        self._view_menu.addSeparator()
        self._view_menu.addAction(self.quick_exit_minimise_action)

        self._help_menu = bar.addMenu("")
        self._help_menu.addAction(self.help_action)
        self._help_menu.addAction(self.help_contents_action)

    def _fill_region_menu(self) -> None:
        for old in self._region_group.actions():
            self._region_group.removeAction(old)
            self._region_menu.removeAction(old)
            old.deleteLater()
        for region in self.context.content.regions:
            region_action = QAction(region.name, self)
            region_action.setCheckable(True)
            region_action.setData(region.id)
            region_action.setChecked(region.id == self.context.region)
            region_action.triggered.connect(
                lambda _checked=False, rid=region.id: self.context.set_region(rid))
            self._region_group.addAction(region_action)
            self._region_menu.addAction(region_action)

    def _session_action_text(self, name: str) -> str:
        texts = {
            "new_session": self.tr("&New session"),
            "open_saved": self.tr("&Open a saved session…"),
            "save_session": self.tr("&Save this session…"),
            "end_session": self.tr("&End session"),
            "erase_all_data": self.tr("E&rase all saved data…"),
        }
        return texts[name]

    # --- behaviour ------------------------------------------------------------------------------------------

    def _show(self, page_id: str, page: Page | None) -> None:
        if page is None:
            return
        self._current_id = page_id
        self._bring_back(page_id)
        self._stack.setCurrentWidget(self._page_frames.get(page_id, page))
        self._select_nav(page_id)
        self.print_action.setEnabled(callable(getattr(page, "print_page", None)))
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
        print_page = getattr(page, "print_page", None)
        if callable(print_page):
            print_page()

    @Slot(bool)
    def _apply_presentation(self, enabled: bool) -> None:
        if self.presentation_action.isChecked() != enabled:
            blocked = self.presentation_action.blockSignals(True)
            self.presentation_action.setChecked(enabled)
            self.presentation_action.blockSignals(blocked)
        self._apply_style()
        if enabled:
            self.showFullScreen()
        elif self.isFullScreen():
            self.showNormal()

    def _apply_style(self) -> None:
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
        self.setPalette(qpalette)
        self._set_aside_hidden_pages()
        self.setStyleSheet(theme.stylesheet(palette, point_size))
        # The page list grows more slowly than the text (its names wrap), so pages keep most of the width.
        self._nav.setFixedWidth(int(NAV_WIDTH * min(scale, 1.0 + (scale - 1.0) * 0.5)))
        self._nav.fit_items()  # wrapped page names take their new height
        for page_id, page in self._pages.items():
            if page_id not in self._set_aside:
                _apply_page_theme(page)

    def _set_aside_hidden_pages(self) -> None:
        """Take the pages nobody is looking at out of the window before its style sheet changes.

        Qt restyles every widget under a window whose style sheet changes. With every page built, Ctrl+Plus,
        F11, a theme or a language took ~2 s, nearly all of it for pages out of sight. Each page set aside
        comes back, and is restyled, when it is next shown (:meth:`_bring_back`).
        """
        for page_id, frame in self._page_frames.items():
            if page_id != self._current_id and page_id not in self._set_aside:
                self._stack.removeWidget(frame)
                frame.setParent(self._aside_holder())
                self._set_aside.add(page_id)

    def _aside_holder(self) -> QWidget:
        if self._set_aside_holder is None:
            # Never shown, and not under the window, so the window's style sheet does not reach it; it goes
            # (with the pages in it) when the window goes.
            self._set_aside_holder = QWidget()
            self._set_aside_holder.setObjectName("pagesSetAside")
            self.destroyed.connect(self._set_aside_holder.deleteLater)
        return self._set_aside_holder

    def _bring_back(self, page_id: str) -> None:
        if page_id in self._set_aside:
            self._set_aside.discard(page_id)
            self._stack.addWidget(self._page_frames[page_id])
            _apply_page_theme(self._pages[page_id])

    def page_frames(self) -> list[QScrollArea]:
        """The scroll area of every page built so far, in the window or set aside (tests count their objects)."""
        return list(self._page_frames.values())

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
        self._fill_region_menu()
        if self.banner is not None:
            self.banner.hide()
        self.show_content_issues(self.context.load_issues)

    def _change_language(self, language: str) -> None:
        if self._set_ui_language is not None:
            self._set_ui_language(language)

    def _session_actions(self) -> ModuleType | None:
        if self._session_module is None:
            try:
                self._session_module = importlib.import_module(SESSION_ACTIONS_MODULE)
            except Exception:
                log.exception("The session actions could not be loaded")
                return None
        return self._session_module

    def _run_session_action(self, name: str) -> None:
        module = self._session_actions()
        function = getattr(module, name, None) if module is not None else None
        if function is None:
            self.statusBar().showMessage(self.tr("Sorry, this is not available right now."), 8000)
            return
        function(self.context, self)

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
        # Without the session module loaded, no record or store was ever opened: only typed answers need a word.
        nothing_to_save = SESSION_ACTIONS_MODULE not in sys.modules and self.context.session.is_empty()
        if not nothing_to_save and session_actions_available():
            module = self._session_actions()
            confirm_close = getattr(module, "confirm_close", None) if module is not None else None
            if confirm_close is not None:
                try:
                    allowed = confirm_close(self.context, self)
                except Exception:
                    # Never trap someone in the app because of a bug in the "save first?" question.
                    log.exception("confirm_close failed; closing anyway")
                    allowed = True
                if not allowed:
                    event.ignore()
                    return
        if not self.isFullScreen():
            self.save_geometry()
        QApplication.setFont(self._original_app_font)
        QApplication.setPalette(self._original_app_palette)
        self.quick_exit_filter.detach()  # a closed window no longer answers Shift x3
        event.accept()
