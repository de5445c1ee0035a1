"""Wrapped labels that do not make the page lay out again when their text changes (live summaries).

:class:`MeasuredLabel` remembers its height at each width; :class:`SteadyText` keeps a label in a box that asks
for a new layout only when its height must change, and can keep room for the tallest of several texts so that
nothing around it moves. Used where a text follows every tick (the warning-signs summary).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from guardian_app.ui.widgets.labels import wrapped_label


class MeasuredLabel(QLabel):
    """A label that remembers its height at each width until its text, font or style changes.

    Qt measures a wrapped, selectable label by laying its text out twice (at the width asked, then back at
    its own), and each layout pass asks every label again, often at several widths (a scroll area tries a
    dozen when its contents are taller than it). Remembering turns those into look-ups.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[int, str], int] = {}  # (width, font) -> height

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        key = (width, self.font().key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 64:  # many widths after lots of resizing: start again
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange):
            self._heights.clear()
        super().changeEvent(event)


def measured_label(role: str = "", parent: QWidget | None = None, rich: bool = False, *,
                   object_name: str = "") -> QLabel:
    """A wrapped, selectable :class:`MeasuredLabel` with a style ``role`` (h1, h3, muted...)."""
    return wrapped_label(role, parent, rich=rich, object_name=object_name, label_class=MeasuredLabel)


def settle_layouts() -> None:
    """Lay out now whatever the texts just set asked for, so the next paint draws the final result once.

    A layout request travels up one level of nested widgets per turn of the event loop (box, card, panel,
    scroll area), and each turn paints what moved so far: the same panel was painted three or four times
    for one tick. Delivering the requests here, level by level, leaves one paint.
    """
    for _level in range(6):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def set_text_if_changed(label: QLabel, text: str) -> None:
    """Set ``text`` only if it is new: setting a label's text, even the same one, asks its layout to run again."""
    if label.text() != text:
        label.setText(text)



class SteadyText(QWidget):
    """A wrapped label in a box that asks for a new layout only when its height has to change.

    A QLabel given a new text asks its parent's layout to run again, and that layout (up to the whole page,
    or a scroll area that measures its contents at a dozen widths) measures every wrapped text again, even
    when nothing moves. Here the box places its label itself, without a layout, so the label's request stops
    at the box, and the box asks its own layout again only if the new text needs another height (or its font
    changed). Its label remembers its measurements (:class:`MeasuredLabel`).

    ``reserve()`` keeps room for the tallest of some texts (the longest summary there can be), so changing
    among them never changes the box's height at all: nothing around it moves. They are measured by a hidden
    label of the same kind, so the height is exactly the one the label needs for them.
    """

    def __init__(self, role: str = "", parent: QWidget | None = None, rich: bool = False,
                 selectable: bool = True) -> None:
        super().__init__(parent)
        self.label = measured_label(role, self, rich)
        self._ruler = measured_label(role, self, rich)  # never shown, and emptied after measuring
        self._ruler.hide()
        for label in (self.label, self._ruler):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if not selectable:  # a plain label is measured and painted at a third of the cost
                label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._reserved: tuple[str, ...] = ()
        self._reserved_heights: dict[tuple[int, str], int] = {}  # (width, font) -> tallest reserved text
        self._reserved_widths: dict[str, int] = {}  # font -> narrowest width showing every reserved word
        self._minimum: tuple[str, QSize] | None = None  # (font, minimum size) of the label's own text
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def reserve(self, texts: Iterable[str]) -> None:
        """Keep room for the tallest of ``texts``."""
        reserved = tuple(text for text in texts if text)
        if reserved != self._reserved:
            self._reserved = reserved
            self._reserved_heights.clear()
            self._reserved_widths.clear()
            self.updateGeometry()

    def setText(self, text: str) -> None:
        if self.label.text() != text:
            self._minimum = None
            self.label.setText(text)
            self._check_height()

    def text(self) -> str:
        return self.label.text()

    # --- size ----------------------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.label.heightForWidth(width), self._reserved_height(width))

    def minimumSizeHint(self) -> QSize:
        # As a wrapped QLabel: the narrowest width that shows every word, the height of one line (the
        # layout gives the box its height for the width it has, from heightForWidth).
        font = self.label.font().key()
        if self._minimum is None or self._minimum[0] != font:
            label = self.label.minimumSizeHint()
            self._minimum = (font, QSize(max(label.width(), self._reserved_width()), label.height()))
        return self._minimum[1]

    def sizeHint(self) -> QSize:
        # Any width will do (the layout stretches the box): the narrowest, with its height at the width it has.
        width = self.minimumSizeHint().width()
        return QSize(width, self.heightForWidth(max(width, self.width())))

    def _reserved_height(self, width: int) -> int:
        if not self._reserved:
            return 0
        key = (width, self.label.font().key())
        height = self._reserved_heights.get(key)
        if height is None:
            if len(self._reserved_heights) > 50:
                self._reserved_heights.clear()
            height = max(self._measure(text).heightForWidth(width) for text in self._reserved)
            self._reserved_heights[key] = height
            self._ruler.setText("")  # the ruler never holds words a reader or a test could find
        return height

    def _reserved_width(self) -> int:
        if not self._reserved:
            return 0
        key = self.label.font().key()
        width = self._reserved_widths.get(key)
        if width is None:
            width = max(self._measure(text).minimumSizeHint().width() for text in self._reserved)
            self._reserved_widths[key] = width
            self._ruler.setText("")
        return width

    def _measure(self, text: str) -> QLabel:
        ruler = self._ruler
        ruler.setFont(self.label.font())
        ruler.setText(text)
        return ruler

    # --- events --------------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())

    def _check_height(self) -> None:
        if self.isVisible() and self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # The label has a new text or font: lay out around the box only if its height must change (its
            # minimum width, the longest word, is measured again at the next layout: words far narrower than
            # the box do not need one).
            self._check_height()
            return True
        return super().event(event)
