"""The header bar (logo, name, Search, Quick exit, Get help now) with its wrapping layout, and the list of
pages, measured so long names wrap instead of being cut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayoutItem,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
    QWidgetItem,
)

from guardian_app.paths import asset_path
from guardian_app.ui.registry import page_spec
from guardian_app.ui.widgets.layouts import WrappingLayout

if TYPE_CHECKING:
    from guardian_app.ui.window.main_window import MainWindow

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole  # a navigation item's page id
translate = QCoreApplication.translate


class NavigationList(QListWidget):
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

    def select_page(self, page_id: str) -> None:
        """Show ``page_id`` as the current page, without asking to show it again."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(PAGE_ID_ROLE) == page_id:
                blocked = self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(blocked)
                return

    def remove_page(self, page_id: str) -> bool:
        """Take ``page_id`` out of the list (it failed to build); whether it was there."""
        for row in range(self.count()):
            if self.item(row).data(PAGE_ID_ROLE) == page_id:
                blocked = self.blockSignals(True)
                self.takeItem(row)
                self.blockSignals(blocked)
                return True
        return False

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # a new width, or a scroll bar came or went
            self.fit_items()
        return super().viewportEvent(event)


class HeaderLayout(WrappingLayout):
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


def build_header(window: MainWindow, parent: QWidget) -> QFrame:
    """The header bar: logo and name, then Search, Quick exit and Get help now (set on ``window``)."""
    header = QFrame(parent)
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
    window._app_title = QLabel(header)
    window._app_title.setObjectName("appTitle")
    header_layout.add_start(window._app_title)
    window.search_button = QPushButton(header)
    window.search_button.setObjectName("searchButton")
    window.search_button.clicked.connect(window.open_search)
    header_layout.add_end(window.search_button)
    window.quick_exit_button = QPushButton(header)
    window.quick_exit_button.setObjectName("quickExitButton")
    window.quick_exit_button.clicked.connect(window.quick_exit)
    header_layout.add_end(window.quick_exit_button)
    window.help_button = QPushButton(header)
    window.help_button.setObjectName("getHelpButton")
    window.help_button.clicked.connect(window.get_help_now)
    header_layout.add_end(window.help_button)
    return header


def build_navigation(parent: QWidget, page_ids: list[str]) -> NavigationList:
    """The list of pages, one item per id (its text is set by the window's retranslate)."""
    nav = NavigationList(parent)
    # A viewport made here, not by Qt: the list measures its width, and the first time Python is handed a
    # QWidget that Qt created, PySide tries every QWidget subclass (building their enums, ~20 ms).
    nav.setViewport(QWidget())
    nav.setObjectName("navigation")
    nav.setWordWrap(True)
    nav.setTextElideMode(Qt.TextElideMode.ElideNone)  # long page names wrap, never "…"
    nav.setResizeMode(QListWidget.ResizeMode.Adjust)
    nav.setSpacing(2)
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for page_id in page_ids:
        item = QListWidgetItem(nav)
        item.setData(PAGE_ID_ROLE, page_id)
    return nav


def retranslate_header(window: MainWindow, nav: NavigationList) -> None:
    """The header's and the page list's texts in the language now installed (contexts "MainWindow" and
    "Navigation")."""
    window._app_title.setText(translate("MainWindow", "Guardian"))
    window.help_button.setText(translate("MainWindow", "Get help now"))
    window.help_button.setAccessibleName(translate("MainWindow", "Get help now"))
    window.help_button.setToolTip(translate("MainWindow", "Phone, text and chat lines for your region (Ctrl+Shift+H)"))
    window.quick_exit_button.setText(translate("MainWindow", "Quick exit"))
    window.quick_exit_button.setAccessibleName(translate("MainWindow", "Quick exit"))
    window.quick_exit_button.setAccessibleDescription(
        translate("MainWindow", "Hides Guardian at once and forgets what you did not save. "
                      "You can also press Shift three times."))
    window.quick_exit_button.setToolTip(translate("MainWindow", "Hide Guardian at once (or press Shift three times)"))
    window.search_button.setText(translate("MainWindow", "Search"))
    window.search_button.setAccessibleName(translate("MainWindow", "Search Guardian"))
    nav.setAccessibleName(translate("MainWindow", "Pages"))
    nav.setAccessibleDescription(translate("MainWindow", "Choose a page to show"))
    for row in range(nav.count()):
        item = nav.item(row)
        spec = page_spec(item.data(PAGE_ID_ROLE))
        if spec is not None:
            item.setText(QCoreApplication.translate("Navigation", spec.nav_title))
    nav.fit_items()
