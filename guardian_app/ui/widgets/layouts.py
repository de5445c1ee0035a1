"""Layouts that wrap their items to the width they are given (reflow at 200 % text), and layout helpers."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QLayout,
    QLayoutItem,
    QWidget,
)


def clear_layout(layout: QLayout, *, detach: bool = False) -> None:
    """Remove and delete every widget and nested layout of ``layout`` (used when content is rebuilt).

    Qt deletes the widgets on the next event-loop turn; with ``detach`` they also leave the page at once, so
    focus, ``findChild`` and screen readers only ever see the new ones.
    """
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        nested = item.layout()
        if widget is not None:
            widget.hide()
            if detach:
                widget.setParent(None)
            widget.deleteLater()
        elif nested is not None:
            clear_layout(nested, detach=detach)


def _delete_layout_items(addresses: list[int]) -> None:
    """Delete the layout items a destroyed :class:`FlowLayout` still owned (their widgets are not touched)."""
    for address in addresses:
        shiboken6.delete(shiboken6.wrapInstance(address, QLayoutItem))
    addresses.clear()


class WrappingLayout(QLayout):
    """Base of the layouts whose items wrap onto more rows: a subclass says where its items go
    (:meth:`_arrange`), and both the height a width needs and the placing itself come from that one method,
    so they never disagree."""

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (if ``move``); returns the height they need at its width."""
        raise NotImplementedError

    def _one_row_size(self, items: list[QLayoutItem], spacing: int) -> QSize:
        """The size of ``items`` side by side on one row, ``spacing`` apart, with the margins."""
        visible = [item for item in items if not item.isEmpty()]
        width = sum(item.sizeHint().width() for item in visible) + spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())


class FlowLayout(WrappingLayout):
    """Lays widgets out in rows like words in a paragraph: a row that is full wraps onto the next one.

    Rows of buttons and filters use it so that at 200 % text they wrap instead of widening the page.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # The C++ addresses of the items this layout owns. Qt's own layouts delete their items in their C++
        # destructor; a Python layout has none, and by the time ``destroyed`` fires the items' wrappers are
        # already invalid, so the addresses are what is left to delete them by (else every rebuilt card leaks
        # its layout items).
        self._item_addresses: list[int] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)
        self.destroyed.connect(partial(_delete_layout_items, self._item_addresses))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._item_addresses.append(shiboken6.getCppPointer(item)[0])

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        del self._item_addresses[index]  # the caller owns the item now
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:
        return self._one_row_size(self._items, self._spacing)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, int, int]] = []

        def place_row() -> None:
            for item, left, width in row:
                hint = item.sizeHint()
                height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
                # items share the row's top line; a shorter one is centred on the row
                item.setGeometry(QRect(left, y + max(0, (row_height - height) // 2), width, height))

        for item in self._items:
            if item.isEmpty():
                continue
            width = min(item.sizeHint().width(), area.width())
            width = max(width, min(item.minimumSize().width(), area.width()))
            if row and x + width > area.right() + 1:
                if move:
                    place_row()
                x, y, row_height, row = area.x(), y + row_height + self._spacing, 0, []
            height = item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
            row.append((item, x, width))
            row_height = max(row_height, height)
            x += width + self._spacing
        if move and row:
            place_row()
        return y + row_height - rect.y() + margins.bottom()


def fit_direction(layout: QBoxLayout, wide: bool) -> None:
    """Side by side when ``wide``, else stacked: how rows of columns reflow at large text sizes."""
    direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
    if layout.direction() != direction:
        layout.setDirection(direction)


def fit_row(layout: QBoxLayout, width: int) -> None:
    """A row of buttons side by side while their whole texts fit ``width``, else one under the other.

    ``width`` is the room the row's parent gives it: a row must not decide from its own width, which its
    side-by-side minimum would keep too large to ever stack.
    """
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None and not widget.isHidden():
            widgets.append(widget)
    margins = layout.contentsMargins()
    needed = (sum(widget.sizeHint().width() for widget in widgets) + margins.left() + margins.right()
              + max(0, layout.spacing()) * max(0, len(widgets) - 1))
    fit_direction(layout, width >= needed)
