"""A page body that fits the page when it can, so its own lists do the scrolling, and scrolls as a whole only
when the window is too small for it (large text in a small window).

The main window wraps most pages in a scroll area; a page that holds its own scrolling list (the warning
signs) sets ``Page.scrolls_itself`` and puts its body in this area instead, so the list never scrolls
inside a page that scrolls too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FitOrScrollArea(QScrollArea):
    """Gives its body the area's size when ``needed_height(width)`` fits in it, else that height, with a
    vertical scroll bar. The body never scrolls sideways."""

    def __init__(self, needed_height: Callable[[int], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needed_height = needed_height
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside are the Tab stops
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def fits(self) -> bool:
        """Whether the body fits without scrolling (its lists scroll instead)."""
        return self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.place()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()

    def place(self) -> None:
        """Fit the body to the area, or give it the height it needs and show the scroll bar."""
        body = self.widget()
        if body is None:
            return
        room = self.maximumViewportSize()
        needed = self._needed_height(room.width())
        if needed <= room.height():
            policy, width, height = Qt.ScrollBarPolicy.ScrollBarAlwaysOff, room.width(), room.height()
        else:
            width = room.width() - self.verticalScrollBar().sizeHint().width()
            policy, height = Qt.ScrollBarPolicy.ScrollBarAlwaysOn, max(room.height(), self._needed_height(width))
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        if body.size().width() != width or body.size().height() != height:
            body.resize(width, height)
