"""The warning-signs checklist page.

A parent ticks what they have noticed, grouped by category. Beside the list, a live summary says how many
signs are ticked, lights up the stages of luring they point to on the stage timeline, and lists a few next
steps taken from the content. An urgent sign raises a clear banner at once, with the way to "Someone is
threatening my child" and to "Get help now". There is never a score or a verdict: the page says so plainly,
and shows the caveats.

Ticks live only in memory (``context.session``); nothing here writes to disk.

A tick must repaint in well under a frame, and the list must not jump under the parent's pointer, so a tick
never changes the size of anything beside the list: the count and the "lit up" sentence keep the height of the
longest text they can show (:class:`_SteadyText`), the timeline's markers keep theirs (bold or not), and when
the list and the next steps sit side by side the urgent banner opens at the top of the next steps, not above
the list. Laying out and painting the list again is what made a tick slow. Texts that did not change are not
set again.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.ages import at_age
from guardian_app.content.checklist import ChecklistSummary, StageCount, ordered_stages, summarize
from guardian_app.content.help_lines import general_target
from guardian_app.content.links import HREF_PREFIX, has_links, plain
from guardian_app.content.model import Content, Section, Sign
from guardian_app.content.next_steps import NextStep, situations_for_signs
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.pages.signs.age_filter import AgeFilter
from guardian_app.ui.pages.signs.model import LEVEL_COLUMN, SIGN_COLUMN, ChecklistFilter, ChecklistModel
from guardian_app.ui.widgets.buttons import WrapCheckBox
from guardian_app.ui.widgets.content_text import content_html, make_links_open
from guardian_app.ui.widgets.glossary import GlossaryLinks
from guardian_app.ui.widgets.labels import announce
from guardian_app.ui.widgets.layouts import FlowLayout
from guardian_app.ui.widgets.stage_timeline import StageTimeline

THREATENED_GUIDE = "someone-is-threatening-my-child"


class _MeasuredLabel(QLabel):
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


def _label(role: str = "", parent: QWidget | None = None, rich: bool = False) -> QLabel:
    label = _MeasuredLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


def _settle_layouts() -> None:
    """Lay out now whatever the texts just set asked for, so the next paint draws the final result once.

    A layout request travels up one level of nested widgets per turn of the event loop (box, card, panel,
    scroll area), and each turn paints what moved so far: the same panel was painted three or four times
    for one tick. Delivering the requests here, level by level, leaves one paint.
    """
    for _level in range(6):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _set_text(label: QLabel, text: str) -> None:
    # Setting a label's text, even the same one, asks its layout to run again: only set what changed.
    if label.text() != text:
        label.setText(text)


class _SteadyText(QWidget):
    """A wrapped label in a box that asks for a new layout only when its height has to change.

    A QLabel given a new text asks its parent's layout to run again, and that layout (up to the whole page,
    or a scroll area that measures its contents at a dozen widths) measures every wrapped text again, even
    when nothing moves. Here the box places its label itself, without a layout, so the label's request stops
    at the box, and the box asks its own layout again only if the new text needs another height (or its font
    changed). Its label remembers its measurements (:class:`_MeasuredLabel`).

    ``reserve()`` keeps room for the tallest of some texts (the longest summary there can be), so changing
    among them never changes the box's height at all: nothing around it moves. They are measured by a hidden
    label of the same kind, so the height is exactly the one the label needs for them.
    """

    def __init__(self, role: str = "", parent: QWidget | None = None, rich: bool = False,
                 selectable: bool = True) -> None:
        super().__init__(parent)
        self.label = _label(role, self, rich)
        self._ruler = _label(role, self, rich)  # never shown, and emptied after measuring
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


class _StackedParts(QFrame):
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


class _SidePanel(QScrollArea):
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


class _PanelPart(QFrame):
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


class _FittedCard(QFrame):
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


def _card(object_name: str, parent: QWidget | None = None, side: bool = False,
          fitted: bool = False) -> tuple[QFrame, QVBoxLayout]:
    frame = _PanelPart(parent) if side else _FittedCard(parent) if fitted else QFrame(parent)
    frame.setObjectName(object_name)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    return frame, layout


def _section_text(section: Section | None) -> str:
    return "\n\n".join(section.paragraphs) if section else ""


def _step_html(step: NextStep) -> str:
    """One next step as a list item whose words lead to where to act (escaped: content is text)."""
    if has_links(step.text):
        return f"<li style='margin-bottom:6px'>{content_html(step.text)}</li>"
    href = html.escape(HREF_PREFIX + str(step.target))
    return f"<li style='margin-bottom:6px'><a href=\"{href}\">{html.escape(step.text)}</a></li>"


class _WrappingDelegate(QStyledItemDelegate):
    """Gives wrapped sign labels the height they need at the column's width (Qt sizes rows unwrapped)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
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
        if index.column() != SIGN_COLUMN:
            return hint
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = self._view.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 12
        used = self._view.indentation() * (depth + 1) + indicator + 12
        width = max(80, self._view.columnWidth(SIGN_COLUMN) - used)
        wrap = int(Qt.TextFlag.TextWordWrap)
        text = item.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), wrap, item.text)
        return QSize(hint.width(), max(hint.height(), text.height() + 10))


class SignsPage(Page):
    """Warning signs: the checklist, its live summary, the urgent banner and each sign's explanation."""

    page_id = "signs"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._model = ChecklistModel(context, self)
        self._proxy = ChecklistFilter(self)
        self._proxy.setSourceModel(self._model)
        self._current_sign: Sign | None = None
        self._content_at_age: Content | None = None  # the content read at the child's age, made when needed

        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(12)

        # --- heading and the "not a test" reminder ---
        self._title = _label("h1")
        self._not_diagnosis = _label()
        make_links_open(self._not_diagnosis, context)
        self._not_diagnosis.setObjectName("notDiagnosis")
        outer.addWidget(self._title)
        outer.addWidget(self._not_diagnosis)

        # --- urgent banner, hidden until an urgent sign is ticked ---
        # Drawn as one box in two parts: its title, buttons and words above, and below them the urgent signs
        # ticked, which grow with each one. Only the lower part changes size then: the upper part, with its
        # long words and styled buttons, is not painted again (the container paints nothing of its own).
        self._banner = _StackedParts(self)
        self._banner.setObjectName("urgentBanner")
        banner_top = QFrame(self._banner)
        banner_top.setObjectName("urgentBannerTop")
        banner_layout = QVBoxLayout(banner_top)
        banner_layout.setContentsMargins(18, 12, 18, 4)
        banner_layout.setSpacing(8)
        # Under the title, its words and its two buttons: side by side when the banner is wide, else the
        # buttons first, so they show at once even when the words are long (see _fit_columns).
        banner_row = self._banner_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        banner_row.setSpacing(18)
        banner_words = QVBoxLayout()
        banner_words.setSpacing(6)
        self._banner_title = _label("h2")
        self._banner_title.setObjectName("urgentBannerTitle")
        self._banner_text = _label()
        make_links_open(self._banner_text, context, on_help=self._open_help)
        banner_bottom = QFrame(self._banner)
        banner_bottom.setObjectName("urgentBannerSigns")
        signs_layout = QVBoxLayout(banner_bottom)
        signs_layout.setContentsMargins(18, 2, 18, 12)
        self._banner_signs_box = _SteadyText(selectable=False)  # grows with each urgent sign ticked
        self._banner_signs = self._banner_signs_box.label
        signs_layout.addWidget(self._banner_signs_box)
        self._banner_guide = QPushButton(self._banner)
        self._banner_guide.setObjectName("urgentGuideButton")
        self._banner_guide.setProperty("role", "primary")
        self._banner_guide.clicked.connect(self._open_threat_guide)
        self._banner_help = QPushButton(self._banner)
        self._banner_help.setObjectName("getHelpButton")
        self._banner_help.clicked.connect(self._open_help)
        banner_buttons = QVBoxLayout()
        banner_buttons.setSpacing(8)
        banner_buttons.addWidget(self._banner_help)
        banner_buttons.addWidget(self._banner_guide)
        banner_buttons.addStretch(1)
        banner_words.addWidget(self._banner_text)
        banner_row.addLayout(banner_words, 1)
        banner_row.addLayout(banner_buttons)
        banner_layout.addWidget(self._banner_title)
        banner_layout.addLayout(banner_row)
        self._banner.add(banner_top)
        self._banner.add(banner_bottom)
        self._banner.hide()
        self._urgent = False
        self._urgent_situation = ""  # the situation the most urgent ticked sign points to
        self._banner_words = ""  # the banner's words without link markup, for screen readers
        self._said: tuple[int, bool] | None = None  # (count, urgent) when the page last spoke, see _say_changes
        self._banner_beside: bool | None = None  # placed by _place_banner, beside the list or above it

        # --- the summary strip: count, stage timeline, lit stages in words ---
        summary, summary_layout = _card("summaryCard", self)
        self._summary_card = summary
        self._count_box = _SteadyText("h3", selectable=False)
        self._count_label = self._count_box.label
        self._count_label.setObjectName("tickedCount")
        self._timeline = StageTimeline(vertical=False, selectable=False, parent=summary)
        self._timeline.stage_activated.connect(self._open_stage)
        self._lit_box = _SteadyText(selectable=False)
        self._lit_label = self._lit_box.label
        self._lit_label.setObjectName("litStages")
        summary_layout.addWidget(self._count_box)
        summary_layout.addWidget(self._timeline)
        summary_layout.addWidget(self._lit_box)
        outer.addWidget(summary)

        # --- the list (left) and what to do (right) ---
        splitter = self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        # A flow: at large text sizes the filters wrap onto more lines instead of widening the page.
        filters = FlowLayout(spacing=10)
        category_box = QWidget(left)
        category_row = QHBoxLayout(category_box)
        category_row.setContentsMargins(0, 0, 0, 0)
        self._category_label = QLabel(category_box)
        self._category_combo = QComboBox(category_box)
        self._category_combo.setObjectName("categoryFilter")
        # Its width is its longest category's, but it may be narrower: a long French category name at 200 %
        # text would otherwise widen the page. The open list still shows every name whole.
        self._category_combo.setMinimumWidth(self._category_combo.fontMetrics().averageCharWidth() * 16)
        self._category_label.setBuddy(self._category_combo)
        self._only_ticked = WrapCheckBox(parent=left)  # wraps at 200 % text (French)
        self._only_ticked.setObjectName("onlyTicked")
        self._reset = QPushButton(left)
        self._reset.setObjectName("resetTicks")
        category_row.addWidget(self._category_label)
        category_row.addWidget(self._category_combo, 1)
        filters.addWidget(category_box)
        self._age_filter = AgeFilter(left)
        filters.addWidget(self._age_filter)
        filters.addWidget(self._only_ticked)
        filters.addWidget(self._reset)
        left_layout.addLayout(filters)

        self._view = QTreeView(left)
        self._view.setObjectName("signsList")
        self._view.setModel(self._proxy)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setAlternatingRowColors(False)
        # Labels wrap instead of being cut off: a parent must read the whole sign.
        self._view.setWordWrap(True)
        self._view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._view.setItemDelegate(_WrappingDelegate(self._view))
        self._view.setAllColumnsShowFocus(True)
        header = self._view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SIGN_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A fixed width (set in retranslate): "resize to contents" would measure every row on every tick.
        header.setSectionResizeMode(LEVEL_COLUMN, QHeaderView.ResizeMode.Fixed)
        self._view.setIndentation(16)
        header.sectionResized.connect(self._on_column_resized)
        self._view.expandAll()
        left_layout.addWidget(self._view, 3)

        detail, detail_layout = _card("signDetail", left, fitted=True)
        self._detail_card = detail
        self._detail_title = _label("h3")
        self._detail_level = _label()
        self._detail_level.setObjectName("detailLevel")
        self._detail_why = _label()
        self.glossary = GlossaryLinks(self, context)  # in the sign's text, glossary words link to their meaning
        self.glossary.track(self._detail_why)
        self._detail_stages = _label("muted")
        self._see_stage = QPushButton(detail)
        self._see_stage.setObjectName("seeStageButton")
        self._see_stage.clicked.connect(self._open_sign_stage)
        self._talk = QPushButton(detail)
        self._talk.setObjectName("talkButton")
        self._talk.clicked.connect(self._open_sign_talk)
        self._help = QPushButton(detail)
        self._help.setObjectName("signHelpButton")
        self._help.clicked.connect(self._open_sign_help)
        detail_buttons = FlowLayout(spacing=8)
        for button in (self._see_stage, self._talk, self._help):
            detail_buttons.addWidget(button)
        for widget in (self._detail_title, self._detail_level, self._detail_why, self._detail_stages):
            detail_layout.addWidget(widget)
        detail_layout.addLayout(detail_buttons)
        detail_layout.addStretch(1)
        left_layout.addWidget(detail, 2)

        right_scroll = _SidePanel(splitter)
        # Only text inside: the area keeps its Tab stop so keyboard users can scroll it, and says what it holds.
        self._right_scroll = right_scroll
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right = _PanelPart()
        right_layout = self._right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 4, 0)
        right_layout.setSpacing(12)
        steps, steps_layout = _card("nextSteps", right, side=True)
        self._steps_title = _label("h3")
        self._steps_box = _SteadyText(rich=True)
        self._steps_list = self._steps_box.label
        self._steps_list.setObjectName("nextStepsList")
        make_links_open(self._steps_list, context)  # each step leads to where to act
        steps_layout.addWidget(self._steps_title)
        steps_layout.addWidget(self._steps_box)
        caveats, caveats_layout = _card("caveats", right, side=True)
        self._caveats_card = caveats
        self._caveats_title = _label("h3")
        self._caveats_text = _label()
        make_links_open(self._caveats_text, context)
        caveats_layout.addWidget(self._caveats_title)
        caveats_layout.addWidget(self._caveats_text)
        right_layout.addWidget(steps)
        right_layout.addWidget(caveats)
        right_layout.addStretch(1)
        right_scroll.setWidget(right)

        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        self._right_scroll = right_scroll
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([660, 460])
        self._place_banner(beside=True)

        # --- wiring ---
        self._category_combo.currentIndexChanged.connect(self._on_category_chosen)
        self._age_filter.age_changed.connect(self._on_age_chosen)
        self._only_ticked.toggled.connect(self._proxy.set_only_ticked)
        self._only_ticked.toggled.connect(lambda _checked: self._view.expandAll())
        self._reset.clicked.connect(self._ask_reset)
        self._proxy.rowsInserted.connect(self._expand_new_rows)
        self._proxy.layoutChanged.connect(self._view.expandAll)
        self._proxy.modelReset.connect(self._view.expandAll)
        view_selection = self._view.selectionModel()
        view_selection.currentChanged.connect(self._on_current_changed)
        context.session_changed.connect(self._update_summary)
        context.session_replaced.connect(self._update_summary)
        context.content_changed.connect(self._on_content_changed)

        self._apply_style()
        self.retranslate()
        self._on_content_changed()

    # --- Page API ------------------------------------------------------------------------------------------

    def show_item(self, item_id: str) -> None:
        """Select a sign (by id) or a category ("category:<id>") and bring it into view."""
        source = self._model.index_for(item_id)
        if not source.isValid():
            return
        if item_id in self._proxy.hidden_signs():
            self._age_filter.set_age("")  # a sign asked for by name is shown, whatever age was chosen
        if item_id.startswith("category:"):
            position = self._category_combo.findData(item_id.removeprefix("category:"))
            self._category_combo.setCurrentIndex(max(position, 0))
        else:
            if self._proxy.category() and self._proxy.category() != self._model.category_at(source).id:  # type: ignore[union-attr]
                self._category_combo.setCurrentIndex(0)
            if self._only_ticked.isChecked() and not self._model.is_ticked(item_id):
                self._only_ticked.setChecked(False)
        index = self._proxy.mapFromSource(source)
        if index.isValid():
            self._view.setCurrentIndex(index)
            flags = QItemSelectionModel.SelectionFlag
            self._view.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)
            self._view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_sensitive(self) -> None:
        """Untick everything and forget the child's age at once, without asking (quick exit, End session)."""
        self._clear_ticks()
        self._age_filter.set_age("")

    def retranslate(self) -> None:
        self._title.setText(self.tr("Warning signs"))
        self._category_label.setText(self.tr("&Show:"))
        self._category_combo.setAccessibleName(self.tr("Show signs from this category"))
        if self._category_combo.count():
            self._category_combo.setItemText(0, self.tr("All categories"))
        self._age_filter.retranslate()
        self._only_ticked.setText(self.tr("Show only what I ticked"))
        self._only_ticked.setAccessibleName(self.tr("Show only the signs I ticked"))
        self._reset.setText(self.tr("Clear all ticks"))
        self._reset.setAccessibleName(self.tr("Clear all ticks"))
        self._view.setAccessibleName(self.tr("Warning signs, grouped by category"))
        self._view.setAccessibleDescription(
            self.tr("Use the arrow keys to move and the Space bar to tick or untick a sign."))
        self._timeline.setAccessibleName(self.tr("Stages the ticked signs point to"))
        self._banner_guide.setText(self.tr("Someone is threatening my child"))
        self._banner_guide.setAccessibleName(self.tr("Open the guide: Someone is threatening my child"))
        self._banner_help.setText(self.tr("Get help now"))
        self._banner_help.setAccessibleName(self.tr("Get help now"))
        self._see_stage.setText(self.tr("See this stage"))
        self._see_stage.setAccessibleName(self.tr("See this stage in How luring works"))
        self._talk.setText(self.tr("Ways to talk about it"))
        self._talk.setAccessibleName(self.tr("Ways to talk with your child about it"))
        self._help.setText(self.tr("Where to get help"))
        self._help.setAccessibleName(self.tr("Where to get help with this"))
        self._steps_title.setText(self.tr("What you can do next"))
        self._right_scroll.setAccessibleName(self.tr("What you can do next"))
        self._model.retranslate()
        self._model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, LEVEL_COLUMN)
        self._size_level_column()
        self._reserve_summary_room()
        self._update_summary()
        self._show_detail(self._view.currentIndex())

    # --- building from content -----------------------------------------------------------------------------

    def _on_content_changed(self) -> None:
        content = self.context.content
        self._timeline.set_stages(ordered_stages(content))
        chosen = self._proxy.category()
        self._category_combo.blockSignals(True)
        self._category_combo.clear()
        self._category_combo.addItem(self.tr("All categories"), "")
        for row in range(self._model.rowCount()):
            category = self._model.category_at(self._model.index(row, 0))
            if category is not None:
                self._category_combo.addItem(category.title, category.id)
        position = self._category_combo.findData(chosen)
        self._category_combo.setCurrentIndex(max(position, 0))
        self._category_combo.blockSignals(False)
        self._proxy.set_category(self._category_combo.currentData() or "")
        self._age_filter.set_bands(content)
        self._apply_age()

        not_a_test = content.section("signs-not-a-diagnosis")
        self._not_diagnosis.setText(content_html(_section_text(not_a_test)))
        self._not_diagnosis.setAccessibleName(not_a_test.title if not_a_test else "")
        caveats = content.section("signs-caveats")
        self._caveats_title.setText(caveats.title if caveats else "")
        self._caveats_text.setText(content_html(_section_text(caveats)))
        self._caveats_card.setVisible(caveats is not None)
        banner = content.section("signs-urgent-banner")
        self._banner_text.setText(content_html(_section_text(banner)))
        self._banner_words = plain(_section_text(banner))
        self._banner_section_title = banner.title if banner else ""
        self._view.expandAll()
        self._reserve_summary_room()
        self._update_summary()
        self._show_detail(self._view.currentIndex())

    # --- the live summary ----------------------------------------------------------------------------------

    def summary(self) -> ChecklistSummary:
        """What the ticked signs point to, with every level read at the child's age when one is chosen."""
        if self._content_at_age is None:
            self._content_at_age = at_age(self.context.content, self._age_filter.age() or None)
        return summarize(self._content_at_age, self.context.session.ticked_signs)

    def _update_summary(self) -> None:
        # Runs on every tick: it only sets the texts and counts that changed on existing widgets, never
        # rebuilds them. The count and the lit stages keep their size; the next steps and the banner's list
        # may grow, but only inside the side panel (see the module docstring).
        summary = self.summary()
        count = summary.count
        if count == 0:
            self._count_box.setText(self._count_text(0))
            self._lit_box.setText(self._lit_text(()))
        else:
            self._count_box.setText(self._count_text(count))
            numbered = ((summary.stage_counts.index(item) + 1, item) for item in summary.lit_stages)
            self._lit_box.setText(self._lit_text(numbered))
        if self._count_label.accessibleName() != self._count_label.text():
            self._count_label.setAccessibleName(self._count_label.text())
        self._timeline.set_counts({item.stage.id: item.count for item in summary.stage_counts})

        if summary.actions:
            items = "".join(_step_html(step) for step in summary.actions)
            self._steps_box.setText(f"<ol style='margin-left:0px'>{items}</ol>")
        else:
            self._steps_box.setText(html.escape(self.tr(
                "When you tick a sign, steps that fit what you noticed will appear here.")))
        steps_said = "\n".join(summary.next_steps)
        if self._steps_list.accessibleDescription() != steps_said:
            self._steps_list.setAccessibleDescription(steps_said)

        urgent = bool(summary.urgent)
        if urgent:
            title = getattr(self, "_banner_section_title", "")
            _set_text(self._banner_title,
                      self.tr("Urgent: {title}").format(title=title) if title else self.tr("Urgent"))
            labels = "; ".join(sign.label for sign in summary.urgent)
            self._banner_signs_box.setText(
                self.tr("Urgent sign you ticked: {signs}").format(signs=labels) if len(summary.urgent) == 1
                else self.tr("Urgent signs you ticked: {signs}").format(signs=labels))
            if self._banner.accessibleName() != self._banner_title.text():
                self._banner.setAccessibleName(self._banner_title.text())
            if self._banner.accessibleDescription() != self._banner_words:
                self._banner.setAccessibleDescription(self._banner_words)
            # Get help now opens with the lines of what the most urgent sign points to.
            lit = situations_for_signs(self.context.content, summary.urgent)
            self._urgent_situation = lit[0][0].id if lit else ""
        self._urgent = urgent
        if self._banner.isHidden() == urgent:
            self._banner.setVisible(urgent)
        _settle_layouts()
        self._say_changes(count, urgent)

    def _say_changes(self, count: int, urgent: bool) -> None:
        """Announce what a tick changed away from the focus, which stays on the list: the count and the stages
        that light up, and the urgent banner when it appears. Quiet while the page is out of sight (a new
        session, quick exit) and when only the language changed."""
        said, self._said = self._said, (count, urgent)
        if said is None or not self.isVisible():
            return
        if count != said[0]:
            announce(self._count_label, f"{self._count_label.text()} {self._lit_label.text()}")
        if urgent and not said[1]:
            announce(self._banner, f"{self._banner_title.text()}. {self._banner_signs.text()}", urgent=True)

    def _count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("You have not ticked any signs yet.")
        if count == 1:
            return self.tr("You ticked 1 sign. It points to these stages:")
        return self.tr("You ticked {count} signs. They point to these stages:").format(count=count)

    def _lit_text(self, numbered: Iterable[tuple[int, StageCount]]) -> str:
        """The lit stages in words, from (stage number, stage and count); the hint when there are none."""
        parts = []
        for number, item in numbered:
            signs = self.tr("1 sign") if item.count == 1 else self.tr("{n} signs").format(n=item.count)
            parts.append(self.tr("{number}. {title} ({signs})").format(
                number=number, title=item.stage.title, signs=signs))
        if not parts:
            return self.tr("Tick what you have noticed. The stages your signs point to will light up here.")
        return self.tr("Lit up: {stages}. Select a stage to learn about it.").format(stages=", ".join(parts))

    def _reserve_summary_room(self) -> None:
        """Keep room in the summary for its longest texts: every sign ticked, every stage lit."""
        content = self.context.content
        stages = ordered_stages(content)
        most = [StageCount(stage, sum(1 for sign in content.signs if stage.id in sign.stages)) for stage in stages]
        self._count_box.reserve(self._count_text(count) for count in (0, 1, max(2, len(content.signs))))
        self._lit_box.reserve([self._lit_text(()),
                                 self._lit_text((number, item) for number, item in enumerate(most, 1) if item.count)])

    def is_urgent_banner_shown(self) -> bool:
        return not self._banner.isHidden()

    # --- the selected sign ---------------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(current)

    def _show_detail(self, proxy_index: QModelIndex | QPersistentModelIndex) -> None:
        source = self._proxy.mapToSource(proxy_index) if proxy_index.isValid() else QModelIndex()
        sign = self._model.sign_at(source)
        self._current_sign = sign
        buttons = (self._see_stage, self._talk, self._help)
        if sign is None:
            category = self._model.category_at(source)
            if category is not None:
                self._detail_title.setText(category.title)
                self.glossary.set_text(self._detail_why, category.description)
            else:
                self._detail_title.setText(self.tr("Select a sign to read about it"))
                self.glossary.set_text(self._detail_why, self.tr(
                    "Choose a sign in the list to see why it matters and what you can do. "
                    "Press the Space bar, or click its box, to tick it."))
            self._detail_level.hide()
            self._detail_stages.hide()
            for button in buttons:
                button.hide()
            return
        content = self.context.content
        palette = theme.current()
        colour = {"urgent": palette.urgent_text, "concern": palette.concern, "watch": palette.watch}
        self._detail_title.setText(sign.label)
        level_id = self._model.level_of(sign)
        level = self.tr("How serious: {level}").format(level=self._model.level_description(level_id))
        self._detail_level.setText(level)
        self._detail_level.setStyleSheet(
            f"color: {colour.get(level_id, palette.text)}; font-weight: 600; background: transparent;")
        self._detail_level.show()
        self.glossary.set_text(self._detail_why, sign.why)
        stage_numbers = {stage.id: number for number, stage in enumerate(ordered_stages(content), start=1)}
        stage_names = [
            self.tr("{number}. {title}").format(number=stage_numbers.get(stage_id, "?"), title=stage.title)
            for stage_id in sign.stages if (stage := content.stage(stage_id)) is not None
        ]
        self._detail_stages.setText(
            self.tr("Stages of luring: {stages}").format(stages=", ".join(stage_names)))
        self._detail_stages.setVisible(bool(stage_names))
        self._see_stage.setVisible(bool(stage_names))
        self._talk.show()
        self._help.show()

    # --- navigation ----------------------------------------------------------------------------------------

    def _open_stage(self, stage_id: str) -> None:
        self.context.open("luring", stage_id)

    def _open_sign_stage(self) -> None:
        if self._current_sign and self._current_sign.stages:
            self.context.open("luring", self._current_sign.stages[0])

    def _open_sign_talk(self) -> None:
        sign = self._current_sign
        if sign is not None:
            self.context.open("talk", f"situation:{sign.situations[0]}" if sign.situations else "")

    def _open_sign_help(self) -> None:
        sign = self._current_sign
        if sign is None:
            return
        content = self.context.content
        # The situation the sign points to puts its own lines first; else the first kind of line the region
        # has for all of it (a line for Quebec only is never where a general link lands).
        lit = situations_for_signs(content, [sign])
        group = next((group_id for group_id in sign.help_groups
                      if general_target(content, self.context.region, group_id) is not None), "")
        if lit:
            self.context.open("help", f"situation:{lit[0][0].id}")
        elif group:
            self.context.open("help", f"group:{group}")
        else:  # the top of Get help now: the lines that fit most parents come first
            self.context.open("help")

    def _open_threat_guide(self) -> None:
        self.context.open("guide", THREATENED_GUIDE)

    def _open_help(self) -> None:
        situation = self._urgent_situation if self._urgent else ""
        self.context.open("help", f"situation:{situation}" if situation else "")

    # --- filters and reset ---------------------------------------------------------------------------------

    def _size_level_column(self) -> None:
        words = [self._model.level_words(level) for level in ("watch", "concern", "urgent")]
        words.append(str(self._model.headerData(LEVEL_COLUMN, Qt.Orientation.Horizontal)))
        metrics = self._view.fontMetrics()
        bold = self._view.font()
        bold.setBold(True)
        widest = max(max(metrics.horizontalAdvance(word), QFontMetrics(bold).horizontalAdvance(word))
                     for word in words)
        self._view.header().resizeSection(LEVEL_COLUMN, widest + 28)

    def _on_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == SIGN_COLUMN:
            self._view.doItemsLayout()  # wrapped rows take a new height

    def _on_age_chosen(self, _band: str) -> None:
        self._apply_age()
        self._update_summary()
        self._show_detail(self._view.currentIndex())

    def _apply_age(self) -> None:
        """Hide the signs that do not fit the child's age and read the levels at that age (memory only)."""
        age = self._age_filter.age() or None
        content = self.context.content
        self._content_at_age = None
        self._model.set_age(age)
        self._proxy.set_hidden_signs(frozenset(sign.id for sign in content.signs if not sign.fits_age(age)))
        self._view.expandAll()

    def _on_category_chosen(self, _position: int) -> None:
        self._proxy.set_category(self._category_combo.currentData() or "")
        self._view.expandAll()

    def _expand_new_rows(self, parent: QModelIndex, first: int, last: int) -> None:
        # a category that reappears under a filter should show its signs, not a closed heading
        if not parent.isValid():
            for row in range(first, last + 1):
                self._view.expand(self._proxy.index(row, 0))

    def _ask_reset(self) -> None:
        if not self._model.ticked_ids():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Clear all ticks?"),
            self.tr("This unticks every sign on this list. Your notes are not affected. Clear the ticks?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._clear_ticks()

    def _clear_ticks(self) -> None:
        session = self.context.session
        changed = False
        for sign_id in list(session.ticked_signs):
            changed = session.set_ticked(sign_id, False) or changed
        if changed:
            self.context.notify_session_changed()

    # --- looks ---------------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Side by side when there is room for both columns, else one above the other (large text)."""
        char = max(1, self.fontMetrics().averageCharWidth())
        wide = self.width() >= char * 118
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._splitter.orientation() != orientation:
            self._splitter.setOrientation(orientation)
        line = self.fontMetrics().lineSpacing()
        # stacked, each part keeps a usable height; the page frame scrolls
        self._view.setMinimumHeight(0 if wide else line * 14)
        self._right_scroll.setMinimumHeight(0 if wide else line * 16)
        self._right_scroll.setMinimumWidth(char * 30 if wide else 0)
        if isinstance(self._detail_card, _FittedCard):
            self._detail_card.set_claims_height(not wide)
        self._place_banner(beside=wide)
        # beside the list the banner is as narrow as the next steps: its buttons go above its words
        banner_wide = not wide and self.width() >= char * 90
        direction = QBoxLayout.Direction.LeftToRight if banner_wide else QBoxLayout.Direction.BottomToTop
        if self._banner_row.direction() != direction:
            self._banner_row.setDirection(direction)

    def _place_banner(self, beside: bool) -> None:
        """The urgent banner opens at the top of the next steps when they sit beside the list, else above the
        summary: either way it shows at once, and it never takes height from the list (which would lay out
        and repaint the whole list on the tick that raises it, and move the signs under the pointer)."""
        if beside == self._banner_beside:
            return
        self._banner_beside = beside
        banner = self._banner
        for layout in (self._outer, self._right_layout):
            layout.removeWidget(banner)
        if beside:
            self._right_layout.insertWidget(0, banner)
            # Tab order follows what is on screen: the side panel, then the banner's buttons
            QWidget.setTabOrder(self._right_scroll, self._banner_help)
        else:
            self._outer.insertWidget(self._outer.indexOf(self._summary_card), banner)
            first_stage = self._timeline.markers()[0] if self._timeline.markers() else self._category_combo
            before = first_stage.previousInFocusChain()
            if before is not None and before is not self._banner_help:
                QWidget.setTabOrder(before, self._banner_help)
        QWidget.setTabOrder(self._banner_help, self._banner_guide)
        banner.setVisible(self._urgent)  # moving it to another parent hides it

    def apply_theme(self) -> None:
        """Colours come from the theme in use: rebuild the page's style sheet and the level colour."""
        self._apply_style()
        self._model.apply_theme()
        self._fit_columns()
        self._show_detail(self._view.currentIndex())
        self._view.viewport().update()

    def _apply_style(self) -> None:
        palette = theme.current()
        # Only what the shared style sheet does not cover: the urgent banner and the list's selected row.
        self.setStyleSheet(
            f"""
            QFrame#urgentBannerTop, QFrame#urgentBannerSigns {{
                background: {palette.urgent_bg}; border: 3px solid {palette.urgent_text};
            }}
            QFrame#urgentBannerTop {{
                border-bottom: none; border-top-left-radius: 8px; border-top-right-radius: 8px;
            }}
            QFrame#urgentBannerSigns {{
                border-top: none; border-bottom-left-radius: 8px; border-bottom-right-radius: 8px;
            }}
            QFrame#urgentBanner QLabel {{ color: {palette.urgent_text}; background: transparent; }}
            QLabel#urgentBannerTitle {{ font-weight: 700; }}
            QLabel#notDiagnosis {{ color: {palette.text}; }}
            QTreeView#signsList {{
                background: {palette.surface}; color: {palette.text}; border: 1px solid {palette.border};
                selection-background-color: {palette.selection_bg}; selection-color: {palette.selection_text};
            }}
            QTreeView#signsList::item {{ padding: 4px 2px; }}
            QTreeView#signsList:focus {{ border: 2px solid {palette.focus}; }}
            """
        )
