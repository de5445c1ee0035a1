"""The large panels of Get help now: a line in large print with a QR code, and buttons that wrap only when
they must; the style sheet of the help and guide pages, and their centred column of readable width."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

from guardian_app.ui import theme
from guardian_app.ui.pages.help.situations import situations_style
from guardian_app.ui.widgets.layouts import fit_direction

# The sizes the main number may take, largest first: theme.py's h1, h2 and h3 roles (times the text size).
NUMBER_ROLES = (("h1", 2.0), ("h2", 1.5), ("h3", 1.2))


class PrimaryPanel(QFrame):
    """The region's main line: its card and, beside it, a QR code to call from a phone.

    When the panel is narrow (a small window, large text) the QR code moves under the card instead of
    squeezing the text or widening the page, and the large number takes a smaller heading size if it would not
    fit on one line: a phone number is never broken over lines (nor changed), so it reads and dials as written.
    """

    # Below this many average characters of width for the text next to the QR code, the code goes underneath.
    TEXT_MIN_CHARS = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("primaryPanel")
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(20, 16, 20, 16)
        self.row.setSpacing(20)
        self.qr_column: QWidget | None = None
        self.qr_caption: QLabel | None = None
        self.number_label: QLabel | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self.fit(event.size().width())

    def minimumSizeHint(self) -> QSize:  # Qt override
        # The stacked arrangement's minimum: otherwise the side-by-side minimum would keep the panel too wide
        # to ever be narrow enough to stack.
        hint = super().minimumSizeHint()
        margins = self.row.contentsMargins()
        items = (self.row.itemAt(i) for i in range(self.row.count()))
        widths = [item.minimumSize().width() for item in items if item is not None]
        return QSize(max(widths, default=0) + margins.left() + margins.right(), hint.height())

    def fit(self, width: int) -> None:
        """Arrange the panel for ``width``: the QR code beside or under the card, the number's size."""
        margins = self.row.contentsMargins()
        text_width = width - margins.left() - margins.right()
        if self.qr_column is not None:
            needed = (self.fontMetrics().averageCharWidth() * self.TEXT_MIN_CHARS
                      + self.qr_column.sizeHint().width() + 60)
            wide = width >= needed
            fit_direction(self.row, wide)
            if wide:
                text_width -= self.qr_column.sizeHint().width() + self.row.spacing()
        if self.qr_caption is not None:
            # The caption is narrower than its column; Qt's layouts would measure its wrapped height at the
            # column's width (one line) when the code sits under the card, and cut the other lines off.
            caption = self.qr_caption
            height = caption.heightForWidth(caption.width())
            if height > 0 and caption.minimumHeight() != height:
                caption.setMinimumHeight(height)
        self._fit_number(text_width)

    def _fit_number(self, width: int) -> None:
        """The largest heading size at which the number fits ``width`` on one line (h3 at the least)."""
        label = self.number_label
        if label is None:
            return
        base = QApplication.font().pointSizeF()
        font = QFont(label.font())
        text = label.text()
        role = ""
        advance = 0
        for name, factor in NUMBER_ROLES:
            font.setPointSizeF(base * factor)
            advance = QFontMetrics(font).horizontalAdvance(text) + 2
            if not role and advance <= width:
                role = name
        role = role or NUMBER_ROLES[-1][0]
        # The smallest size's width is the least the number needs: the page scrolls before it is cut off.
        if label.minimumWidth() != advance:
            label.setMinimumWidth(advance)
        if label.property("role") != role:
            label.setProperty("role", role)
            label.style().unpolish(label)
            label.style().polish(label)
            label.updateGeometry()


# Lines longer than this are hard to read; the page is centred inside wider windows.
MAX_CONTENT_WIDTH = 960


def page_style(palette: theme.Palette, indicator_px: int = 20) -> str:
    """Colours for the parts only the help pages have; sizes come from the main window's roles, except the
    guide's check boxes, ``indicator_px`` square (as tall as a line of text, so they grow with it)."""
    p = palette
    return f"""
QWidget#page-help, QWidget#page-guide {{ background: {p.window}; }}
QFrame#emergencyLine {{ background: {p.urgent_bg}; border: 1px solid {p.urgent_text}; border-radius: 8px; }}
QFrame#emergencyLine QLabel {{ color: {p.urgent_text}; background: transparent; }}
QFrame#primaryPanel {{ background: {p.surface}; border: 2px solid {p.help}; border-radius: 10px; }}
QFrame#primaryPanel QLabel {{ background: transparent; }}
QLabel#subregionBadge {{
    border: 1px solid {p.border}; border-radius: 4px; padding: 1px 6px; color: {p.text};
}}
QLabel#importantBadge {{
    background: {p.urgent_bg}; color: {p.urgent_text}; border: 1px solid {p.urgent_text}; border-radius: 4px;
    padding: 1px 6px; font-weight: 600;
}}
QFrame[highlight="true"] {{ border: 3px solid {p.focus}; border-radius: 8px; }}
QFrame#guideStep[important="true"] {{ border: 2px solid {p.urgent_text}; }}
QFrame#guideStep QCheckBox {{ color: {p.text}; spacing: 10px; }}
QFrame#guideStep QCheckBox::indicator {{ width: {indicator_px}px; height: {indicator_px}px; }}
QLabel#qrCode {{ background: #ffffff; padding: 6px; }}
""" + situations_style(p.help, p.focus, p.border, p.surface)


def centred(widget: QWidget, parent: QWidget) -> QWidget:
    """``widget`` in a holder that keeps it at a readable width, centred in wide windows."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(0)
    widget.setMaximumWidth(MAX_CONTENT_WIDTH)
    row.addWidget(widget, 1)
    row.addStretch(0)
    return holder


def show_centred(scroll_area: QScrollArea, body: QWidget) -> None:
    """Put a freshly built ``body`` in ``scroll_area``, centred at a readable width; the old one goes."""
    old = scroll_area.takeWidget()
    if old is not None:
        old.deleteLater()
    scroll_area.setWidget(centred(body, scroll_area))
