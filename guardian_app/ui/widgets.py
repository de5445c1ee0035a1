"""Small shared building blocks for pages: headings, wrapped paragraphs, cards and a scrollable column.

They only set a ``role`` property; how a role looks is decided once, in
:func:`guardian_app.ui.theme.stylesheet`, so every page looks the same and presentation mode can scale all
text together.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guardian_app.ui import theme

# Wide lines are tiring to read; about 75 characters per line is the usual comfortable limit.
READABLE_WIDTH_PX = 820


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A heading label (level 1 to 3) that wraps and is exposed to screen readers as plain text."""
    label = QLabel(text, parent)
    label.setProperty("role", f"h{max(1, min(level, 3))}")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def paragraph(text: str, parent: QWidget | None = None, *, role: str = "", rich: bool = False) -> QLabel:
    """A wrapped paragraph; selectable so a parent can copy a phone number or a sentence.

    ``rich`` allows simple HTML (links); content strings are otherwise shown as plain text, never as markup.
    """
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    flag = Qt.TextInteractionFlag
    flags = flag.TextSelectableByMouse | flag.TextSelectableByKeyboard
    if rich:
        flags |= flag.LinksAccessibleByMouse | flag.LinksAccessibleByKeyboard
    label.setTextInteractionFlags(flags)
    label.setOpenExternalLinks(rich)
    if role:
        label.setProperty("role", role)
    return label


class Card(QFrame):
    """A framed panel with its own vertical layout (``card.body``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(8)


class ScrollColumn(QScrollArea):
    """A scroll area holding one centred column of readable width; add widgets to ``column``.

    Pages that are longer than the window use this so text never gets clipped at large font sizes.
    """

    def __init__(self, parent: QWidget | None = None, *, max_width: int = READABLE_WIDTH_PX) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.setContentsMargins(32, 28, 32, 40)
        self.inner = QWidget(outer)
        self.inner.setMaximumWidth(max_width)
        self.column = QVBoxLayout(self.inner)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        # Stretch on both sides centres the column; its own large stretch lets it grow up to max_width first.
        outer_layout.addStretch(1)
        outer_layout.addWidget(self.inner, 100, Qt.AlignmentFlag.AlignTop)
        outer_layout.addStretch(1)
        self.setWidget(outer)


class EntryButton(QPushButton):
    """A large button with an icon, a title and a wrapped one-line description (used for main entry points).

    It is a real push button (keyboard focus, Enter/Space, the "button" role for screen readers); its
    accessible name is the title and its description the line below.
    """

    def __init__(self, icon: QIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "entry")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(16)
        # The layout sets the minimum size, so the wrapped description always fits.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._icon = QLabel(self)
        if icon is not None:
            self._icon.setPixmap(icon.pixmap(QSize(40, 40)))
        self._icon.setFixedWidth(44)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        self.title_label = QLabel(self)
        self.title_label.setProperty("role", "h3")
        self.title_label.setWordWrap(True)
        self.description_label = QLabel(self)
        self.description_label.setObjectName("entryDescription")
        self.description_label.setWordWrap(True)
        texts.addWidget(self.title_label)
        texts.addWidget(self.description_label)
        layout.addLayout(texts, 1)
        for label in (self._icon, self.title_label, self.description_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_texts(self, title: str, description: str) -> None:
        self.title_label.setText(title)
        self.description_label.setText(description)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()


def clear_layout(layout: QVBoxLayout | QHBoxLayout) -> None:
    """Remove and delete every widget and nested layout of ``layout`` (used when content is rebuilt)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        nested = item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif isinstance(nested, QVBoxLayout | QHBoxLayout):
            clear_layout(nested)


def qt_palette(palette: theme.Palette) -> QPalette:
    """A QPalette from a theme palette, so standard widgets (selection and placeholder text too) match."""
    qpal = QPalette()
    roles = {
        QPalette.ColorRole.Window: palette.window,
        QPalette.ColorRole.WindowText: palette.text,
        QPalette.ColorRole.Base: palette.surface,
        QPalette.ColorRole.AlternateBase: palette.window,
        QPalette.ColorRole.Text: palette.text,
        QPalette.ColorRole.Button: palette.surface,
        QPalette.ColorRole.ButtonText: palette.text,
        QPalette.ColorRole.Highlight: palette.selection_bg,
        QPalette.ColorRole.HighlightedText: palette.selection_text,
        QPalette.ColorRole.PlaceholderText: palette.muted_text,
        QPalette.ColorRole.Link: palette.accent,
        QPalette.ColorRole.LinkVisited: palette.accent,
        QPalette.ColorRole.ToolTipBase: palette.surface,
        QPalette.ColorRole.ToolTipText: palette.text,
    }
    for role, colour in roles.items():
        qpal.setColor(role, QColor(colour))
    return qpal
