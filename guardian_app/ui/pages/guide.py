"""A step-by-step guide, such as "Someone is threatening my child": numbered steps a parent can tick off, with
the chosen region's services right under the steps that need them.

Ticks live in memory only and are cleared by ``clear_sensitive`` (quick exit, End session): a guide ticked
halfway says something about a family.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt
from PySide6.QtGui import QFontMetrics, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.model import Guide, GuideStep, Resource
from guardian_app.content.well_known import THREAT_GUIDE_ID
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.help.panels import page_style, show_centred
from guardian_app.ui.pages.page import Page
from guardian_app.ui.widgets.buttons import LinkButton
from guardian_app.ui.widgets.call_buttons import CALL_GROUPS, CallButtons, call_lines
from guardian_app.ui.widgets.family_links import FamilyLinks
from guardian_app.ui.widgets.glossary import GlossaryLinks
from guardian_app.ui.widgets.layouts import FlowLayout
from guardian_app.ui.widgets.resource_card import NaturalLabel, ResourceCard
from guardian_app.ui.widgets.sources_line import SourcesLine


class CardColumns(QWidget):
    """A step's services in two columns when there is room for comfortable lines, else in one."""

    # Each column needs about this many average characters of width, so a card's text is not squeezed.
    COLUMN_MIN_CHARS = 30

    def __init__(self, cards: list[ResourceCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = cards
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(10)
        self.columns = 0
        self.arrange(2)

    def arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        wide = event.size().width() >= 2 * self.COLUMN_MIN_CHARS * self.fontMetrics().averageCharWidth()
        self.arrange(2 if wide and len(self.cards) > 1 else 1)


class GuideStepWidget(QFrame):
    """One numbered step: a check box, the title beside it, the detail, and the services that help with it.

    A step that is only about calling for help now gets compact call buttons (``lines``) instead of cards,
    and, when the region has more such lines, a link to them on Get help now (``more_lines``).

    The visible title is a word-wrapped label (a check box's own text never wraps, so a long title would widen
    the page at large text sizes); the check box carries the title as its accessible name, the label is its
    buddy, and clicking the label ticks the box like clicking a check box's text.
    """

    def __init__(self, number: int, step: GuideStep, resources: list[Resource], locale: QLocale,
                 parent: QWidget | None = None, *, lines: list[Resource] | None = None,
                 more_lines: bool = False) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName("guideStep")
        self.setProperty("role", "card")
        self.setProperty("important", "true" if step.important else "false")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)

        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        self.checkbox = QCheckBox(self)
        self.checkbox.setObjectName(f"step-{step.id}")
        self.title_label = QLabel(self.tr("{number}. {title}").format(number=number, title=step.title), self)
        self.title_label.setObjectName("stepTitle")
        # Step titles read as headings; the role is sized by the window's style sheet, so the text size
        # setting (Ctrl+Plus) carries over.
        self.title_label.setProperty("role", "h3")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setBuddy(self.checkbox)
        self.title_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title_label.installEventFilter(self)
        accessible = self.tr("Step {number}: {title}").format(number=number, title=step.title)
        if step.important:
            accessible = self.tr("Important. {step}").format(step=accessible)
        self.checkbox.setAccessibleName(accessible)
        self.checkbox.setToolTip(self.tr("Tick when this step is done. Ticks are not saved."))
        self.title_label.setToolTip(self.checkbox.toolTip())
        title_row.addWidget(self.checkbox, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.title_label, 1)
        self.important_label: QLabel | None = None
        if step.important:
            # Emphasis in words as well as by the border: colour alone must never carry the meaning.
            self.important_label = QLabel(self.tr("Important"), self)
            self.important_label.setObjectName("importantBadge")
            title_row.addWidget(self.important_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)

        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail_label)  # its text and links are set by the page (set_content_text)
        # A counselor can check where a fact comes from; a parent can ignore the small line.
        self.sources_line = SourcesLine(step.sources, self) if step.sources else None
        if self.sources_line is not None:
            layout.addWidget(self.sources_line)

        self.cards: list[ResourceCard] = []
        self.call_buttons: CallButtons | None = None
        self.more_lines: LinkButton | None = None
        if lines:
            self.call_buttons = CallButtons(lines, self)
            layout.addWidget(self.call_buttons)
            if more_lines:
                self.more_lines = LinkButton(self.tr("Other lines on Get help now"), self)
                self.more_lines.setObjectName("moreLines")
                self.more_lines.setAccessibleName(self.tr("See the other lines on Get help now"))
                layout.addWidget(self.more_lines, 0, Qt.AlignmentFlag.AlignLeft)
        elif resources:
            self.cards = [ResourceCard(resource, compact=True, locale=locale) for resource in resources]
            layout.addWidget(CardColumns(self.cards, self))

    def shown_resources(self) -> list[Resource]:
        """The services this step shows, as call buttons or as cards."""
        if self.call_buttons is not None:
            return list(self.call_buttons.lines)
        return [card.resource for card in self.cards]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (watched is self.title_label and event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton
                and self.title_label.rect().contains(event.position().toPoint())):
            self.checkbox.setFocus(Qt.FocusReason.MouseFocusReason)
            self.checkbox.toggle()
            return True
        return super().eventFilter(watched, event)


class GuidePage(Page):
    """Shows one guide, chosen with ``show_item(guide_id)``; the threat guide by default."""

    page_id = "guide"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Paint the background from the theme even when the page is shown on its own (tests, screenshots).
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.guide_id = THREAT_GUIDE_ID
        self.steps: list[GuideStepWidget] = []
        # Ticked step ids per guide, in memory only, so a region change or a rebuild keeps what was done.
        self._ticked: dict[str, set[str]] = {}
        self._pending_step = ""
        self.glossary = GlossaryLinks(self, context)  # the first use of a glossary word links to its meaning

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("guideScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # The steps' check boxes and buttons are the Tab stops, and the area scrolls to them.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll_area)

        context.region_changed.connect(self._on_region_changed)
        self.follow_content(self.rebuild)
        self.rebuild()

    # --- Page interface -----------------------------------------------------------------------------------

    def show_item(self, item_id: str) -> None:
        """Show the guide ``item_id``, scroll to the step ``item_id`` of the guide shown, or to the step of
        another guide written ``guide#step`` (a content link)."""
        if not item_id:
            return
        guide_id, _, step_id = item_id.partition("#")
        if step_id:
            self.show_item(guide_id)
            self.show_item(step_id)
            return
        if self.context.content.guide(item_id) is not None:
            if item_id != self.guide_id:
                self.guide_id = item_id
                self.rebuild()
            self.scroll_area.verticalScrollBar().setValue(0)
            return
        step = next((widget for widget in self.steps if widget.step.id == item_id), None)
        if step is None:
            return
        if not self.isVisible():
            self._pending_step = item_id
            return
        self._pending_step = ""
        container = self.scroll_area.widget()
        if container is not None:
            top = step.mapTo(container, QPoint(0, 0)).y()
            self.scroll_area.verticalScrollBar().setValue(max(0, top - 12))
        step.checkbox.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_sensitive(self) -> None:
        self._ticked.clear()
        for step in self.steps:
            step.checkbox.setChecked(False)

    def retranslate(self) -> None:
        self.rebuild()

    def apply_theme(self) -> None:
        """Repaint what this page colours itself (its style sheet, the cards' links) in the theme in use, and
        size the check boxes for the text size in use."""
        style = self._style()
        if self.styleSheet() != style:
            self.setStyleSheet(style)
        for card in self.findChildren(ResourceCard):
            card.apply_theme()
        for line in self.findChildren(SourcesLine):
            line.apply_theme()

    # --- building -----------------------------------------------------------------------------------------

    @staticmethod
    def _style() -> str:
        # The check boxes grow with the text (Ctrl+Plus), so they stay easy to see and to click.
        indicator = max(20, QFontMetrics(QApplication.font()).height())
        return page_style(theme.current(), indicator)

    def guide(self) -> Guide | None:
        return self.context.content.guide(self.guide_id)

    def rebuild(self) -> None:
        content = self.context.content
        style = self._style()
        if self.styleSheet() != style:  # re-polishing every widget again is slow and needless
            self.setStyleSheet(style)
        locale = QLocale(content.language)
        self.steps = []

        body = QWidget()
        body.setObjectName("guideBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 16, 24, 32)
        column.setSpacing(14)

        guide = self.guide()
        self.scroll_area.setAccessibleName(guide.title if guide is not None else self.tr("Guide"))
        if guide is None:
            missing = QLabel(self.tr("This guide is not available. The services on Get help now can still "
                                     "help you."), body)
            missing.setWordWrap(True)
            column.addWidget(missing)
        else:
            self._build_guide(guide, locale, body, column)

        help_link = LinkButton(self.tr("Get help now: all services"), body)  # wraps at 200 % text (French)
        help_link.setObjectName("getHelpLink")
        help_link.setAccessibleName(self.tr("Open Get help now, with every service"))
        help_link.clicked.connect(lambda: self.context.open("help"))
        column.addWidget(help_link, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(FamilyLinks(self.context, body))  # preparing, once the worst is over
        column.addStretch(1)

        show_centred(self.scroll_area, body)

    def _build_guide(self, guide: Guide, locale: QLocale, body: QWidget, column: QVBoxLayout) -> None:
        content = self.context.content
        title = QLabel(guide.title, body)
        title.setTextFormat(Qt.TextFormat.PlainText)  # content is text, never markup
        title.setObjectName("guideTitle")
        title.setProperty("role", "h1")
        title.setWordWrap(True)
        column.addWidget(title)
        self.glossary.reset()
        column.addWidget(self.glossary.label(guide.intro, role="lead"))
        if guide.sources:
            column.addWidget(SourcesLine(guide.sources, body))

        region = content.region(self.context.region)
        if region is not None:
            # A flow: the link goes under the sentence when large text leaves no room beside it.
            where = FlowLayout(spacing=16)
            where_text = self.tr("Services shown for {region}. Ticks are not saved.").format(
                region=region.name)
            note = NaturalLabel(where_text, body)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setProperty("role", "muted")
            note.setWordWrap(True)
            where.addWidget(note)
            change = QPushButton(self.tr("Change country"), body)
            change.setProperty("role", "link")
            change.setAccessibleName(self.tr("Change the country on Get help now"))
            change.clicked.connect(lambda: self.context.open("help"))
            where.addWidget(change)
            column.addLayout(where)

        ticked = self._ticked.setdefault(guide.id, set())
        for number, step in enumerate(guide.steps, start=1):
            resources: list[Resource] = []
            lines: list[Resource] = []
            others: list[Resource] = []
            if region is not None:
                for group_id in step.help_groups:
                    resources.extend(res for res in content.resources_for(region.id, group_id)
                                     if res not in resources)
                if step.help_groups and set(step.help_groups) <= CALL_GROUPS:
                    lines, others = call_lines(content, region.id, step.help_groups)
            widget = GuideStepWidget(number, step, resources, locale, body, lines=lines, more_lines=bool(others))
            self.glossary.attach(widget.detail_label, step.detail)
            if widget.more_lines is not None:
                group = f"group:{others[0].group}"
                widget.more_lines.clicked.connect(lambda _checked=False, item=group: self.context.open("help", item))
            widget.checkbox.setChecked(step.id in ticked)
            widget.checkbox.toggled.connect(
                lambda checked, step_id=step.id, ids=ticked: self._remember_tick(ids, step_id, checked))
            self.steps.append(widget)
            column.addWidget(widget)

        if guide.closing:
            column.addWidget(self.glossary.label(guide.closing, role="lead"))

    @staticmethod
    def _remember_tick(ticked: set[str], step_id: str, checked: bool) -> None:
        if checked:
            ticked.add(step_id)
        else:
            ticked.discard(step_id)

    # --- reacting -----------------------------------------------------------------------------------------

    def _on_region_changed(self, _region: str) -> None:
        position = self.scroll_area.verticalScrollBar().value()
        self.rebuild()
        self.scroll_area.verticalScrollBar().setValue(position)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._pending_step:
            self.show_item(self._pending_step)
