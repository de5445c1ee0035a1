"""The presenter view: with a second screen, presentation mode (F11) shows the family view there.

The family's screen gets its own copy of the page the counselor is on, in the family view (no notes, no
instructions, no session buttons), and follows the counselor's page changes. The laptop keeps the counselor's
page, notes included. With one screen, presentation mode works as before: the laptop shows the family view.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from guardian_app.ui.registry import page_spec

if TYPE_CHECKING:
    from guardian_app.ui.pages.page import Page
    from guardian_app.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


class PresenterView(QWidget):
    """A top-level window on the family's screen, holding family-view copies of the counselor's pages."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)  # a window of its own, closed with the main one
        self.main_window = window
        self.setObjectName("presenterView")
        self.setWindowTitle(self.tr("Guardian: family view"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.pages: dict[str, Page] = {}
        self.current_id = ""

    def show_page(self, page_id: str) -> None:
        """Show the family copy of ``page_id`` (built the first time)."""
        page = self.pages.get(page_id)
        if page is None:
            spec = page_spec(page_id)
            if spec is None:
                return
            try:
                page = spec.load_class()(self.main_window.context)
            except Exception:
                log.exception("The family view of %r could not be built", page_id)
                return
            page.set_family_view(True)
            self.pages[page_id] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.current_id = page_id


def family_screen(window: MainWindow) -> QScreen | None:
    """A screen other than the counselor's, if one is connected."""
    own = window.screen()
    others = [screen for screen in QGuiApplication.screens() if screen is not own]
    return others[0] if others else None


class Presenter(QObject):
    """Opens and closes the presenter view with presentation mode, and keeps it on the counselor's page."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: PresenterView | None = None
        window.context.presentation_changed.connect(self._presentation_changed)
        window.pages.page_shown.connect(lambda _page_id: self._follow())

    def _counselor_session_page(self, family_view: bool | None) -> None:
        page = self.window.pages.built_page("session")
        if page is not None:
            page.set_family_view(family_view)

    def _presentation_changed(self, enabled: bool) -> None:
        screen = family_screen(self.window) if enabled else None
        if screen is None:
            self.close()
            return
        self.view = PresenterView(self.window)
        self.view.setScreen(screen)
        self.view.setGeometry(screen.geometry())
        self._follow()
        self.view.showFullScreen()
        self._counselor_session_page(False)  # the laptop keeps the counselor's page, notes included

    def _follow(self) -> None:
        if self.view is not None and self.window.current_page_id:
            self.view.show_page(self.window.current_page_id)

    def close(self) -> None:
        if self.view is not None:
            self.view.close()
            self.view.deleteLater()
            self.view = None
        self._counselor_session_page(None)
