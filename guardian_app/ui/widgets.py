"""Small shared building blocks for pages: headings, wrapped paragraphs, cards and a scrollable column.

They only set a ``role`` property; how a role looks is decided once, in
:func:`guardian_app.ui.theme.stylesheet`, so every page looks the same and presentation mode can scale all
text together.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
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
        # The controls inside are Tab stops and the area scrolls to them: the area itself would be a silent stop.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        # Taller when narrower: at 200 % text the title and description wrap onto more lines.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_texts(self, title: str, description: str) -> None:
        self.title_label.setText(title)
        self.description_label.setText(description)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().heightForWidth(width)

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
    """A QPalette from a theme palette, so standard widgets (selection and placeholder text too) match.

    The 3D roles (Light, Mid, Dark, Shadow) are set too: Fusion draws frames, scroll bars and check boxes
    with them, and derived defaults vanish on a black high-contrast background.
    """
    qpal = QPalette()
    roles = {
        QPalette.ColorRole.Light: palette.border,
        QPalette.ColorRole.Midlight: palette.border,
        QPalette.ColorRole.Mid: palette.border,
        QPalette.ColorRole.Dark: palette.border,
        QPalette.ColorRole.Shadow: palette.border,
        QPalette.ColorRole.BrightText: palette.text,
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
    # Disabled text stays readable (4.5:1, checked by tests/test_contrast.py), only quieter.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        qpal.setColor(QPalette.ColorGroup.Disabled, role, QColor(palette.muted_text))
    return qpal


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


class _LabelledButton(QPushButton):
    """A push button whose words are drawn by a word-wrapped label inside it, so they wrap instead of making
    the page wider; the button is as tall as the wrapped words need at the width it is given."""

    def __init__(self, label_name: str, margins: tuple[int, int, int, int], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._label.setObjectName(label_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*margins)
        layout.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text_label(self) -> QLabel:
        return self._label

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().heightForWidth(width)

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        if layout is None:
            return super().minimumSizeHint()
        margins = layout.contentsMargins()
        width = self._label.minimumSizeHint().width() + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))


class WrapButton(_LabelledButton):
    """A push button whose text wraps onto more lines instead of making the page wider.

    ``text()`` and the accessible name stay the button's own; only the drawing of the text is handed to a
    word-wrapped label inside it.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__("wrapButtonText", (12, 6, 12, 6), parent)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._label.setText(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalSizeHint() if layout is not None else super().sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        # the frame and background only: the label draws the (wrapped) text
        # Imported here: Home has no such button, and PySide builds QStyle's ~20 enums on first import.
        from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStylePainter

        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class LinkButton(_LabelledButton):
    """A flat, link-like button (role ``link``) whose text wraps instead of making the page wider.

    Unlike :class:`WrapButton` it paints nothing of its own: the button keeps no text of its own (``text()``
    answers the label's), so Qt's painting draws only the focus frame and the label draws the words. That
    keeps it cheap enough for Home, the first page painted. Its accessible name follows the text unless
    another name was given.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__("linkButtonText", (0, 2, 0, 2), parent)  # where a QPushButton[role="link"] puts its text
        self.setProperty("role", "link")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setText(text)

    def setText(self, text: str) -> None:
        if not self.accessibleName() or self.accessibleName() == self._label.text():
            self.setAccessibleName(text)
        self._label.setText(text)
        self.updateGeometry()

    def text(self) -> str:
        return self._label.text()

    def sizeHint(self) -> QSize:
        # the text's width on one line: like a link in a paragraph, it wraps only when it must
        layout = self.layout()
        if layout is None:
            return super().sizeHint()
        margins = layout.contentsMargins()
        width = (self._label.fontMetrics().horizontalAdvance(self._label.text()) + 2
                 + margins.left() + margins.right())
        return QSize(width, self.heightForWidth(width))


class WrapCheckBox(QCheckBox):
    """A check box whose text wraps onto more lines when the page is narrower than its one line.

    Its text, mnemonic, accessible name and one-line size stay the check box's own; while the line fits it
    paints exactly as a plain :class:`QCheckBox`, and only when it does not fit is the text drawn wrapped.
    """

    _TEXT_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    _WRAP_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
    # At least this many average characters stay beside the box before the page scrolls.
    MIN_CHARS = 12

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _shown_text(self) -> str:
        return self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")

    def _extra(self) -> QSize:
        """The size of everything but the text (box, spacing, padding, border) on one line."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        return QSize(hint.width() - metrics.horizontalAdvance(self._shown_text()),
                     max(0, hint.height() - metrics.height()))

    def _text_height(self, width: int) -> int:
        bounds = QRect(0, 0, max(1, width), 100_000)
        return self.fontMetrics().boundingRect(bounds, self._WRAP_FLAGS, self.text()).height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one_line = super().sizeHint()
        if width >= one_line.width():
            return one_line.height()
        extra = self._extra()
        return max(one_line.height(), self._text_height(width - extra.width()) + extra.height())

    def minimumSizeHint(self) -> QSize:
        # The height of one line: layouts ask heightForWidth() for the height at the width they give, and a
        # taller minimum would make the whole page taller at every width.
        one_line = super().sizeHint()
        width = min(one_line.width(), self._extra().width() + self.fontMetrics().averageCharWidth() * self.MIN_CHARS)
        return QSize(width, one_line.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.width() >= super().sizeHint().width():
            super().paintEvent(event)  # one line: exactly a plain check box
            return
        # Imported here: only pages with such a check box need QStyle's ~20 enums.
        from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStylePainter

        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = option.text
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        option.text = text
        contents = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        painter.drawItemText(contents, int(self._TEXT_FLAGS | self._WRAP_FLAGS), self.palette(), self.isEnabled(),
                             text, QPalette.ColorRole.WindowText)


def announce(widget: QWidget, message: str) -> None:
    """Have screen readers read a short status (e.g. "Copied") that appears without moving the focus."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # its ~10 enums only when first needed

    if message and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


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
