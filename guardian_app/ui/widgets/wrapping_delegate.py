"""An item delegate that gives wrapped item texts the height they need at their column's width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Gives the wrapped texts of one column the height they need at its width (Qt sizes rows unwrapped)."""

    def __init__(self, view: QTreeView, wrapped_column: int = 0) -> None:
        super().__init__(view)
        self._view = view
        self._wrapped_column = wrapped_column
        # The view asks for every row's height after each tick; measuring text is slow, so heights are kept
        # per (text, width, font height, depth) and a tick costs a dictionary look-up per row.
        self._heights: dict[tuple[str, int, int, int, int], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth = 1 if index.parent().isValid() else 0
        key = (str(index.data() or ""), index.column(), self._view.columnWidth(index.column()),
               option.fontMetrics.height(), depth)
        cached = self._heights.get(key)
        if cached is None:
            if len(self._heights) > 5000:  # many widths after lots of resizing: start again
                self._heights.clear()
            cached = self._heights[key] = self._measure(option, index, depth)
        return cached

    def _measure(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                 depth: int) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != self._wrapped_column:
            return hint
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = self._view.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 12
        used = self._view.indentation() * (depth + 1) + indicator + 12
        width = max(80, self._view.columnWidth(self._wrapped_column) - used)
        wrap = int(Qt.TextFlag.TextWordWrap)
        text = item.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), wrap, item.text)
        return QSize(hint.width(), max(hint.height(), text.height() + 10))
