"""Helpers for views built from content while the page is on screen: emptying a layout at once, lists that
wrap their rows instead of scrolling sideways, and bringing one row of such a list into view.

``widgets.layouts.clear_layout`` leaves each widget to ``deleteLater``, so until the event loop turns the old
widgets are still children of the page. Views that rebuild on every click (a practice turn, a region's help
lines) use :func:`clear_now`: the old widgets leave the page straight away, so focus, ``findChild`` and screen
readers only ever see the new ones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLayout, QListView, QListWidget, QListWidgetItem, QScrollArea

from guardian_app.ui.widgets.layouts import clear_layout


def clear_now(layout: QLayout) -> None:
    """Take every widget and nested layout out of ``layout`` and off the page now; Qt deletes them later."""
    clear_layout(layout, detach=True)


def fit_list_to_page(view: QListView) -> None:
    """Long rows wrap instead of scrolling sideways (200 % text, French), and the list is as tall as its rows."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)


def reveal_row(view: QListWidget, item: QListWidgetItem, scroll: QScrollArea) -> None:
    """Make ``item`` the current, selected row of ``view`` (a list as tall as its rows, in ``scroll``), scroll
    the page to it and put the focus on it, as a search hit does: the selection shows where, the focus lets a
    screen reader say it."""
    view.setCurrentItem(item)  # a single-selection list selects its current row
    view.scrollToItem(item)
    container = scroll.widget()
    if container is not None:
        row = view.visualItemRect(item)
        centre = view.mapTo(container, row.center())
        scroll.ensureVisible(centre.x(), centre.y(), 0, row.height())
    view.setFocus(Qt.FocusReason.OtherFocusReason)
