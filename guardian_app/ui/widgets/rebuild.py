"""Emptying a layout at once, for views rebuilt while the page is on screen.

``widgets.layouts.clear_layout`` leaves each widget to ``deleteLater``, so until the event loop turns the old
widgets are still children of the page. Views that rebuild on every click (a practice turn, a region's help
lines) use :func:`clear_now`: the old widgets leave the page straight away, so focus, ``findChild`` and screen
readers only ever see the new ones.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def clear_now(layout: QLayout) -> None:
    """Take every widget and nested layout out of ``layout`` and off the page now; Qt deletes them later."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        nested = item.layout()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif nested is not None:
            clear_now(nested)
