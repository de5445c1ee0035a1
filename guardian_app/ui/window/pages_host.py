"""The window's pages: each built the first time it is needed, kept in the window's page stack, with the Back
history, and with the pages out of sight set aside while the window restyles or changes language.

A page is shown inside a scroll area (the safety net for large text) unless it declares that it scrolls
itself (``Page.scrolls_itself``): then it is shown as it is, so no page has two scroll bars. A page whose
module is missing or fails to build is left out (and logged); the rest of the app keeps working.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.registry import PageSpec, page_spec

log = logging.getLogger(__name__)

HISTORY_LIMIT = 50


class PagesHost(QObject):
    """Builds, keeps and shows the pages in ``stack``; remembers where Back goes."""

    page_failed = Signal(str)  # a page could not be built (it is left out of the navigation)
    page_shown = Signal(str)  # a page is now the one on screen

    def __init__(self, context: AppContext, specs: list[PageSpec], stack: QStackedWidget) -> None:
        super().__init__(stack)
        self.context = context
        self.specs = specs
        self._stack = stack
        self._pages: dict[str, Page] = {}
        self._frames: dict[str, QWidget] = {}  # what the stack holds: the page, or a scroll area around it
        self._failed: set[str] = set()
        self._history: list[str] = []
        self.current_id = ""
        self._set_aside: set[str] = set()
        self._set_aside_holder: QWidget | None = None
        self._behind_language: set[str] = set()

    # --- building ------------------------------------------------------------------------------------------

    def page(self, page_id: str) -> Page | None:
        """The page, built now if it was never shown (None if it is unavailable or failed to build)."""
        if page_id in self._pages:
            return self._pages[page_id]
        spec = page_spec(page_id)
        if spec is None or page_id in self._failed or spec not in self.specs:
            return None
        try:
            page = spec.load_class()(self.context)
        except Exception:
            log.exception("The page %r could not be built; it is left out", page_id)
            self._failed.add(page_id)
            self.page_failed.emit(page_id)
            return None
        frame = page if page.scrolls_itself else self._frame_for(page_id, page)
        self._stack.addWidget(frame)
        self._frames[page_id] = frame
        self._pages[page_id] = page
        page.apply_theme()
        return page

    def _frame_for(self, page_id: str, page: Page) -> QScrollArea:
        # The safety net for large text: a page taller (or, by a bug, wider) than the window scrolls instead
        # of forcing the window's minimum size up. Pages themselves wrap, so body text never scrolls sideways.
        frame = QScrollArea(self._stack)
        frame.setObjectName(f"pageFrame-{page_id}")
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frame.setWidget(page)
        return frame

    def built_page(self, page_id: str) -> Page | None:
        """The page if it was built already (never builds it)."""
        return self._pages.get(page_id)

    def built_pages(self) -> dict[str, Page]:
        return dict(self._pages)

    def frame(self, page_id: str) -> QWidget | None:
        """What the window's stack holds for a built page: a scroll area around it, or the page itself."""
        return self._frames.get(page_id)

    def frames(self) -> list[QWidget]:
        return list(self._frames.values())

    def available_page_ids(self) -> list[str]:
        """Pages in navigation order whose module exists and has not failed."""
        return [spec.page_id for spec in self.specs if spec.page_id not in self._failed]

    # --- showing and going back ----------------------------------------------------------------------------

    def show(self, page_id: str, page: Page) -> None:
        """Bring a built page on screen (from where it was set aside, restyled and translated if behind)."""
        if self.current_id and self.current_id != page_id:
            self._history.append(self.current_id)
            del self._history[:-HISTORY_LIMIT]
        self._put_on_screen(page_id, page)

    def show_alone(self, page_id: str, page: Page) -> None:
        """Show a page with nothing to go Back to (after a quick exit that minimises)."""
        self._history.clear()
        self._put_on_screen(page_id, page)

    def _put_on_screen(self, page_id: str, page: Page) -> None:
        self.current_id = page_id
        self.bring_back(page_id)
        self._stack.setCurrentWidget(self._frames.get(page_id, page))
        page.catch_up()
        self.page_shown.emit(page_id)

    def go_back(self) -> str:
        """Show the last page Back leads to; returns its id ("" if there is none)."""
        while self._history:
            page_id = self._history.pop()
            page = self._pages.get(page_id)
            if page is not None:
                self._put_on_screen(page_id, page)
                return page_id
        return ""

    def has_history(self) -> bool:
        return bool(self._history)

    # --- pages out of sight --------------------------------------------------------------------------------

    def set_aside_hidden_pages(self) -> None:
        """Take the pages nobody is looking at out of the window before its style sheet changes.

        Qt restyles every widget under a window whose style sheet changes. With every page built, Ctrl+Plus,
        F11, a theme or a language took ~2 s, nearly all of it for pages out of sight. Each page set aside
        comes back, and is restyled, when it is next shown (:meth:`bring_back`).
        """
        for page_id, frame in self._frames.items():
            if page_id != self.current_id and page_id not in self._set_aside:
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

    def is_set_aside(self, page_id: str) -> bool:
        return page_id in self._set_aside

    def bring_back(self, page_id: str) -> None:
        """Put a page set aside back in the stack, restyled, and translated again if the language changed."""
        if page_id in self._set_aside:
            self._set_aside.discard(page_id)
            self._stack.addWidget(self._frames[page_id])
            self._pages[page_id].apply_theme()
        if page_id in self._behind_language:
            self._behind_language.discard(page_id)
            self._pages[page_id].retranslate()
