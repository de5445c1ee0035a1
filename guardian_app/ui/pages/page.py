"""The base class of every page shown in the main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.widgets.panels import ScrollColumn


class Page(QWidget):
    """A page of the main window.

    Subclasses set ``page_id``, build their widgets in ``__init__`` from ``context.content``, set all translatable
    chrome in :meth:`retranslate` (called on ``LanguageChange``), and rebuild content-derived views through
    :meth:`follow_content`. A page out of sight does both when it is next shown, so switching language costs
    only the page on screen.
    """

    page_id: ClassVar[str] = ""
    # Whether the page does its own scrolling (a scroll column, or lists that scroll inside a page that fits
    # the window): the window then shows it as it is, not inside its own scroll area (one scroll bar a page).
    scrolls_itself: ClassVar[bool] = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page-{self.page_id}")
        self._refresh_on_show: dict[Callable[[], None], None] = {}  # in order, each once
        self._content_followers: list[Callable[[], None]] = []

    def fill_with_column(self) -> ScrollColumn:
        """Fill the page with one scrolling reading column (such a page sets ``scrolls_itself``)."""
        scroll = ScrollColumn(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        return scroll

    def refresh_when_shown(self, refresh: Callable[[], None]) -> None:
        """Run ``refresh`` now if the page is on screen, else once, when it is next shown.

        For views that follow every tick or edit (the session changes often): a page out of sight only notes
        that it is behind and catches up when shown.
        """
        if self.parentWidget() is not None and not self.isVisibleTo(self.window()):
            self._refresh_on_show[refresh] = None
        else:
            self._refresh_on_show.pop(refresh, None)
            refresh()

    def follow_content(self, rebuild: Callable[[], None]) -> None:
        """Call ``rebuild`` whenever the content changes (another language, a pack): at once if the page is on
        screen, else when it is next shown."""
        if not self._content_followers:
            self.context.content_changed.connect(self._on_content_replaced)
        self._content_followers.append(rebuild)

    def _on_content_replaced(self) -> None:
        for rebuild in self._content_followers:
            self.refresh_when_shown(rebuild)

    def catch_up(self) -> None:
        """Run now what waited for the page to be shown (the window calls it when it puts the page on screen,
        also while the window itself is hidden, when no show event comes)."""
        pending, self._refresh_on_show = self._refresh_on_show, {}
        for refresh in pending:
            refresh()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        self.catch_up()
        super().showEvent(event)

    def show_item(self, item_id: str) -> None:
        """Scroll to and highlight one item (a stage, a sign, a group...). Unknown ids are ignored."""

    def clear_sensitive(self) -> None:
        """Forget anything about the family shown on this page (quick exit, End session)."""

    def apply_theme(self) -> None:
        """Re-apply what this page's own style sheet derives from the theme and text size (nothing by default).

        Called when the page is built, and when the theme, text size or presentation mode changed (for a page
        out of sight, when it is next shown).
        """

    def set_family_view(self, family_view: bool | None) -> None:
        """Show only what is for the family (True), everything (False), or follow presentation mode (None).

        Pages with counselor-only material (the session) override it; the presenter view calls it on its copies.
        """

    def can_print(self) -> bool:
        """Whether File > Print has something to print on this page."""
        return False

    def print_page(self) -> bool:
        """Print this page's document (File > Print); returns whether it was sent to the printer."""
        return False

    def export_pdf(self) -> bool:
        """Ask where, then save this page's document as a PDF; returns whether a file was written."""
        return False

    def retranslate(self) -> None:
        """Set every translatable UI string again (content strings come from ``context.content``)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_when_shown(self.retranslate)
        super().changeEvent(event)
