"""Buttons and check boxes whose labels wrap instead of forcing the window wider."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QIcon,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


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


class NaturalWrapButton(WrapButton):
    """A wrapping button that asks for its text's width on one line, so it wraps only when it must."""

    def sizeHint(self) -> QSize:
        layout = self.layout()
        if layout is None:
            return super().sizeHint()
        label = self.text_label()
        margins = layout.contentsMargins()
        width = (label.fontMetrics().horizontalAdvance(label.text()) + 2
                 + margins.left() + margins.right() + 2 * label.margin())
        return QSize(width, self.heightForWidth(width))
