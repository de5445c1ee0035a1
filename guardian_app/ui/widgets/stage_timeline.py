"""The row (or column) of the nine stages of luring, shared by the checklist and "How luring works".

Each stage is a focusable button drawn as a circle with the stage's icon (``assets/stages/<icon>``; a numbered
circle when the icon is missing), its number and title, and, in the vertical form, its one-sentence summary.
Stages that ticked signs point to are "lit": filled with ``theme.stage_lit``, their title in bold, a count
badge with a number, and an accessible description that says so in words, so colour never carries the meaning
alone.

Counts and the current stage are updated in place (no widget is rebuilt), so a tick repaints in well under a
frame. A marker is measured with its title in bold whether it is lit or not, so lighting a stage never changes
its size: the timeline, and the page around it, are not laid out again on a tick. Markers are rebuilt only
when the content changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QBoxLayout, QLayoutItem, QWidget

from guardian_app.content.model import Stage
from guardian_app.ui import theme
from guardian_app.ui.widgets.layouts import WrappingLayout
from guardian_app.ui.widgets.stage_marker import StageMarker, stage_icon_path

__all__ = ["StageMarker", "StageTimeline", "stage_icon_path"]

class StageTimeline(QWidget):
    """The stages in order, joined by a line.

    Signals:
        stage_activated(str): a stage was clicked or chosen with the keyboard.

    Args:
        vertical: a column with titles and summaries (How luring works) instead of a row (the checklist).
        selectable: one stage at a time is "current" (checked), and arrow keys choose it.
    """

    stage_activated = Signal(str)

    def __init__(
        self, vertical: bool = False, selectable: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vertical = vertical
        self._selectable = selectable
        self._markers: list[StageMarker] = []
        self._layout: QBoxLayout | _StageRowsLayout
        if vertical:
            self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
            self._layout.setSpacing(6)
        else:
            # the row wraps onto more rows when nine stages do not fit (narrow window, large text)
            self._layout = _StageRowsLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setAccessibleName(self.tr("Stages of online luring"))

    # --- building ------------------------------------------------------------------------------------------

    def set_stages(self, stages: Sequence[Stage]) -> None:
        """Rebuild the markers (only when the content changes). Counts and the current stage are kept."""
        counts = {marker.stage.id: marker.count for marker in self._markers}
        current = self.current_stage()
        for marker in self._markers:
            self._layout.removeWidget(marker)
            marker.hide()
            marker.deleteLater()
        self._markers = []
        for number, stage in enumerate(stages, start=1):
            marker = StageMarker(stage, number, len(stages), self._vertical, self)
            marker.setCheckable(self._selectable)
            marker.set_count(counts.get(stage.id, 0))
            marker.clicked.connect(self._on_marker_clicked)
            marker.step_requested.connect(lambda step, marker=marker: self.move_focus(marker, step))
            self._layout.addWidget(marker)
            self._markers.append(marker)
        if isinstance(self._layout, QBoxLayout):
            self._layout.addStretch(1)
        if current:
            self.set_current(current)
        self.updateGeometry()
        self.update()

    # --- state ---------------------------------------------------------------------------------------------

    def markers(self) -> tuple[StageMarker, ...]:
        return tuple(self._markers)

    def marker(self, stage_id: str) -> StageMarker | None:
        return next((marker for marker in self._markers if marker.stage.id == stage_id), None)

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Light the stages that ticked signs point to (in place: only changed markers repaint)."""
        for marker in self._markers:
            marker.set_count(counts.get(marker.stage.id, 0))

    def lit_stage_ids(self) -> tuple[str, ...]:
        return tuple(marker.stage.id for marker in self._markers if marker.is_lit())

    def set_current(self, stage_id: str) -> bool:
        """Make a stage the current one; returns False for an unknown id."""
        if self.marker(stage_id) is None:
            return False
        for marker in self._markers:
            marker.setChecked(marker.stage.id == stage_id)
        return True

    def current_stage(self) -> str:
        return next((marker.stage.id for marker in self._markers if marker.isChecked()), "")

    def move_focus(self, marker: StageMarker, step: int) -> None:
        """Arrow keys walk the stages; on a selectable timeline they also choose the stage."""
        index = self._markers.index(marker) + step
        if 0 <= index < len(self._markers):
            target = self._markers[index]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if self._selectable:
                target.click()

    def _on_marker_clicked(self) -> None:
        marker = self.sender()
        if isinstance(marker, StageMarker):
            if self._selectable:
                self.set_current(marker.stage.id)
            self.stage_activated.emit(marker.stage.id)

    # --- painting ------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        # The line joining the circles says "one step leads to the next".
        if len(self._markers) < 2:
            return
        painter = QPainter(self)
        painter.setPen(QPen(QColor(theme.current().border), 2))
        first, last = self._markers[0], self._markers[-1]
        start = first.mapToParent(first.circle_rect().center())
        end = last.mapToParent(last.circle_rect().center())
        if self._vertical:
            painter.drawLine(start.x(), start.y(), start.x(), end.y())
        else:
            # one line per row of stages
            for before, after in zip(self._markers, self._markers[1:], strict=False):
                left = before.mapToParent(before.circle_rect().center())
                right = after.mapToParent(after.circle_rect().center())
                if left.y() == right.y():
                    painter.drawLine(left.x(), left.y(), right.x(), right.y())
        painter.end()


class _StageRowsLayout(WrappingLayout):
    """Stages in equal columns, as many per row as fit; the rest wrap onto the next row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def _cell_width(self) -> int:
        return max((item.minimumSize().width() for item in self._items), default=0)

    def minimumSize(self) -> QSize:
        width = self._cell_width()
        return QSize(width, self.heightForWidth(width))

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() for item in self._items)
        return QSize(width, self.heightForWidth(width))

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        items = [item for item in self._items if not item.isEmpty()]
        if not items:
            return 0
        columns = max(1, min(len(items), rect.width() // max(1, self._cell_width())))
        cell = rect.width() // columns
        y = rect.y()
        for start in range(0, len(items), columns):
            row = items[start:start + columns]
            height = max(item.heightForWidth(cell) for item in row)
            if move:
                for column, item in enumerate(row):
                    item.setGeometry(QRect(rect.x() + column * cell, y, cell, height))
            y += height + 6
        return y - 6 - rect.y()
