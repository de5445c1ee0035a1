"""Frames and scroll areas that place their parts by hand, so a part that grows moves as little as possible.

Made for pages whose texts change on every click (the warning-signs summary, banner and next steps): each
class says which layout or paint pass it saves. :func:`card` builds one of them as a styled card.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


class StackedParts(QFrame):
    """Widgets one above the other, placed by hand: only a part whose height changes is resized or moved.

    With a layout, a part that grows is first squeezed into the old height, which resizes (and so repaints)
    the parts above it too, before the box is given its new height. It paints nothing of its own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[QWidget] = []
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)  # growing or shrinking repaints no part
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, part: QWidget) -> None:
        part.setParent(self)
        self._parts.append(part)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return sum(self._part_height(part, width) for part in self._parts)

    def sizeHint(self) -> QSize:
        width = max((part.sizeHint().width() for part in self._parts), default=0)
        return QSize(width, self.heightForWidth(max(width, self.width())))

    def minimumSizeHint(self) -> QSize:
        hints = [part.minimumSizeHint() for part in self._parts]
        return QSize(max((hint.width() for hint in hints), default=0), sum(hint.height() for hint in hints))

    @staticmethod
    def _part_height(part: QWidget, width: int) -> int:
        return part.heightForWidth(width) if part.hasHeightForWidth() else part.sizeHint().height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a part has new sizes (taller, or narrower at most)
            self.updateGeometry()
            self._place()
            return True
        return super().event(event)

    def _place(self) -> None:
        top = 0
        for part in self._parts:
            height = self._part_height(part, self.width())
            part.setGeometry(0, top, self.width(), height)
            top += height


class SidePanel(QScrollArea):
    """A scroll area (contents as wide as it) that decides itself whether it needs its vertical scroll bar.

    Left to decide (``ScrollBarAsNeeded``), QScrollArea measures contents taller than itself at up to ~15
    widths a pixel apart, each time anything inside asks for a new layout: a new list of next steps was laid
    out that many times on a tick. Here the contents are measured once, at the width they have, and the bar
    is turned on or off until the next change.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)  # after QScrollArea's own filter, so this one sees requests first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._choose_bar()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._choose_bar()
        super().resizeEvent(event)

    def _choose_bar(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        room = self.maximumViewportSize()
        # Measured at the width the contents have now (the layout has measured them there already): with the
        # bar shown, contents that would only just fit without it keep it, rather than flicker.
        width = room.width()
        if self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn:
            width -= self.verticalScrollBar().sizeHint().width()
        needed = max(widget.heightForWidth(width) if widget.hasHeightForWidth() else 0,
                     widget.minimumSizeHint().height())
        policy = (Qt.ScrollBarPolicy.ScrollBarAlwaysOn if needed > room.height()
                  else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)


class PanelPart(QFrame):
    """A frame in the side panel whose size hint leaves out its height at its preferred width.

    QWidget adds that height to its layout's size hint, and the scroll area asks for the size hint on every
    change inside: a new list of next steps was laid out at two widths it is never shown at. Layouts give
    these frames their height for the width they really have (``heightForWidth``) anyway.
    """

    def sizeHint(self) -> QSize:
        layout = self.layout()
        if layout is None:
            return super().sizeHint()
        margins = self.contentsMargins()
        return layout.sizeHint() + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())


class FittedCard(QFrame):
    """A card under the list that claims the height its wrapped text needs at the width it has.

    The splitter beside it knows nothing of heights for widths: at 200 % text in a small window it gave the
    sign's explanation fewer lines than it wraps onto, and cut the last ones off.
    """

    # Whether to claim it: only when the list and the side panel are stacked (large text); beside each other
    # the card has room to spare and keeps its layout's minimum.
    claims_height = False

    def set_claims_height(self, claims: bool) -> None:
        self.claims_height = claims
        self._claim_height()

    def _claim_height(self) -> None:
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        height = layout.totalHeightForWidth(self.width()) if self.claims_height else 0
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._claim_height()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a new text: perhaps more lines
            self._claim_height()
        return handled


def card(object_name: str, parent: QWidget | None = None, side: bool = False,
          fitted: bool = False) -> tuple[QFrame, QVBoxLayout]:
    """A card (``role`` "card") and its layout: a :class:`PanelPart` in a side panel, a :class:`FittedCard` if
    ``fitted``, else a plain frame."""
    frame = PanelPart(parent) if side else FittedCard(parent) if fitted else QFrame(parent)
    frame.setObjectName(object_name)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    return frame, layout

