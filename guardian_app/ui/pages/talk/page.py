"""The "Talk with your child" page: conversation starters, "My conversation plan", phrases, disclosure steps.

Parents pick their child's age and a situation (or type a word) and see ways to start talking, as cards.
Any card can be starred into "My conversation plan" (:mod:`.plan_panel`), which lives only in the in-memory
session and can be printed or saved as a one-page PDF handout.

Beside the cards: what to do if the child tells you something (with a direct way to the help page and to the
"Someone is threatening my child" guide), and what to say instead of common hurtful phrases (:mod:`.panels`).

All cards are built once per content load and only shown or hidden when filters change (:mod:`.filters`):
filtering is instant.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.model import Content
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.pages.talk.filters import StarterFilters
from guardian_app.ui.pages.talk.panels import DisclosurePanel, PhrasesPanel, TipsPanel, talk_label
from guardian_app.ui.pages.talk.plan_panel import PlanPanel
from guardian_app.ui.pages.talk.starter_card import StarterCard
from guardian_app.ui.widgets.buttons import LinkButton
from guardian_app.ui.widgets.glossary import GlossaryLinks
from guardian_app.ui.widgets.layouts import fit_direction


class TalkPage(Page):
    """Conversation starters with filters, the parent's conversation plan, phrases and disclosure steps."""

    page_id = "talk"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cards: dict[str, StarterCard] = {}
        self.glossary = GlossaryLinks(self, context)  # in a starter's details, glossary words link to their meaning
        self._highlighted: StarterCard | None = None
        self.title_label = talk_label(object_name="pageTitle")
        # roles, not fixed fonts: the window's style sheet scales them with the text size setting
        self.title_label.setProperty("role", "h1")
        self.intro_label = talk_label(object_name="talkIntro", rich=True)
        self.filters = StarterFilters(context)
        # The filters' widgets, as the page's own (tests and other pages' helpers use these names).
        self.age_combo, self.situation_combo = self.filters.age_combo, self.filters.situation_combo
        self.search_edit = self.filters.search_edit
        self._columns = QHBoxLayout()  # side by side when there is room, stacked at large text (resizeEvent)
        self._columns.setSpacing(20)
        self._columns.addLayout(self._build_cards_column(), 3)
        self._columns.addWidget(self._build_side_column(context), 2, Qt.AlignmentFlag.AlignTop)
        body = QWidget()
        body.setObjectName("talkBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(24, 20, 24, 24)
        self._body_margins = body_layout.contentsMargins()
        body_layout.setSpacing(12)
        for widget in (self.title_label, self.intro_label, self.filters):
            body_layout.addWidget(widget)
        body_layout.addLayout(self._columns)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take Tab; no silent stop
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.filters.changed.connect(self.apply_filters)
        self.follow_content(self._rebuild_content)
        context.session_changed.connect(self._sync_plan)
        context.session_replaced.connect(self._sync_plan)
        self.apply_theme()
        self.retranslate()
        self._rebuild_content()

    def _build_cards_column(self) -> QVBoxLayout:
        self.situation_hint = talk_label(object_name="muted")
        self.count_label = talk_label(object_name="talkCount")
        self.count_label.setProperty("role", "h3")
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(10)
        self.empty_label = talk_label(object_name="talkEmpty")
        self.show_all_button = QPushButton()
        self.show_all_button.clicked.connect(self.reset_filters)
        self.empty_box = QWidget()
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(0, 12, 0, 12)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        left = QVBoxLayout()
        left.setSpacing(8)
        for widget in (self.situation_hint, self.count_label, self.empty_box):
            left.addWidget(widget)
        left.addLayout(self.cards_layout)
        left.addStretch(1)
        return left

    def _build_side_column(self, context: AppContext) -> QWidget:
        """The plan, then what to do if the child tells you something, phrases and tips."""
        self.plan_panel = PlanPanel(context)
        self.plan_panel.remove_requested.connect(lambda starter_id: self.set_in_plan(starter_id, False))
        self.plan_panel.export_button.clicked.connect(self.export_pdf)
        self.plan_panel.print_button.clicked.connect(self.print_page)
        self.plan_rows, self.plan_status = self.plan_panel.rows, self.plan_panel.status
        self.export_button, self.print_button = self.plan_panel.export_button, self.plan_panel.print_button
        self.disclosure_panel = DisclosurePanel(context)
        self.help_button, self.threat_button = self.disclosure_panel.help_button, self.disclosure_panel.threat_button
        self.disclosure_body = self.disclosure_panel.text
        self.phrases_panel = PhrasesPanel()
        self.phrases_body = self.phrases_panel.text
        self.tips_panel = TipsPanel()
        right_widget = QWidget()
        right_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(12)
        for panel in (self.plan_panel, self.disclosure_panel, self.phrases_panel, self.tips_panel):
            right.addWidget(panel)
        # The page ends with what to do next, when a talk brings something up.
        self.next_action = LinkButton()
        self.next_action.setObjectName("talkNextAction")
        self.next_action.clicked.connect(lambda: self.context.open("help"))
        right.addWidget(self.next_action, 0, Qt.AlignmentFlag.AlignLeft)
        right.addStretch(1)
        return right_widget

    # --- content-derived views ---------------------------------------------------------------------------

    @property
    def content(self) -> Content:
        return self.context.content

    def _rebuild_content(self) -> None:
        """(Re)build everything that comes from content: combos, cards, panels."""
        self._highlighted = None
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        band_titles = {band.id: band.title for band in self.content.age_bands}
        situation_titles = {situation.id: situation.title for situation in self.content.situations}
        for starter in self.content.starters:
            ages = ", ".join(band_titles.get(band, band) for band in starter.age_bands)
            situation_title = situation_titles.get(starter.situation, "")
            context_line = " · ".join(part for part in (situation_title, ages) if part)
            scenarios = self.content.scenarios_for_starter(starter.id)
            card = StarterCard(starter, context_line, scenario_id=scenarios[0].id if scenarios else "",
                               text_html=self.glossary.linked_html)
            card.plan_toggled.connect(self.set_in_plan)
            card.copied.connect(self._on_card_copied)
            card.link_activated.connect(lambda href, card=card: self.glossary.open_link(href, card.details_label))
            card.practise_requested.connect(lambda scenario_id: self.context.open("practice", scenario_id))
            self.cards_layout.addWidget(card)
            self.cards[starter.id] = card
        self.filters.fill()
        self._fill_text_panels()
        self._sync_plan()
        self.apply_filters()

    def _fill_text_panels(self) -> None:
        intro = self.content.section("talk-intro")
        self.intro_label.setText("".join(f"<p>{html.escape(p)}</p>" for p in intro.paragraphs) if intro else "")
        for panel in (self.tips_panel, self.disclosure_panel, self.phrases_panel):
            panel.fill(self.content)

    # --- filtering -----------------------------------------------------------------------------------------

    def current_filters(self) -> tuple[str, str, str]:
        """The age band id, the situation id ("" for all) and the search text."""
        return self.filters.current()

    def visible_starter_ids(self) -> list[str]:
        return [starter_id for starter_id, card in self.cards.items() if not card.isHidden()]

    def apply_filters(self) -> None:
        age, situation, text = self.current_filters()
        words = text.casefold().split()
        chosen = {starter.id for starter in self.content.starters_for(age or None, situation or None)}
        shown = 0
        for starter_id, card in self.cards.items():
            visible = starter_id in chosen and all(word in card.search_text for word in words)
            card.setHidden(not visible)
            shown += visible
        if shown == 1:
            self.count_label.setText(self.tr("1 conversation starter"))
        else:
            self.count_label.setText(self.tr("{count} conversation starters").format(count=shown))
        self.count_label.setVisible(shown > 0)
        self.empty_box.setVisible(shown == 0)
        self._update_situation_hint()

    def reset_filters(self) -> None:
        self.filters.reset()

    def _update_situation_hint(self) -> None:
        situation = self.content.situation(self.situation_combo.currentData() or "")
        text = situation.description if situation else ""
        if text != self.situation_hint.text():
            self.situation_hint.setText(text)
        self.situation_hint.setVisible(bool(text))

    # --- navigation ----------------------------------------------------------------------------------------

    def show_item(self, item_id: str) -> None:
        if item_id == "disclosure":
            self._scroll_to(self.disclosure_panel)
        elif item_id.startswith("situation:"):
            if self.filters.choose_situation(item_id.partition(":")[2]):
                self.scroll_area.verticalScrollBar().setValue(0)
        elif item_id in self.cards:
            card = self.cards[item_id]
            if card.isHidden():
                self.reset_filters()
            if self._highlighted is not None and self._highlighted is not card:
                self._highlighted.set_highlighted(False)
            card.set_highlighted(True)
            self._highlighted = card
            self._scroll_to(card)
            card.plan_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scroll_to(self, widget: QWidget) -> None:
        self.scroll_area.ensureWidgetVisible(widget, 0, 40)
        # The layout may not be settled yet when we arrive from another page: try again once it is.
        QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(widget, 0, 40))

    # --- the plan ------------------------------------------------------------------------------------------

    def plan_ids(self) -> list[str]:
        """The plan's starters that exist in the current content, in the order they were added."""
        return [starter_id for starter_id in self.context.session.plan if self.content.starter(starter_id)]

    def set_in_plan(self, starter_id: str, in_plan: bool) -> None:
        if self.context.session.set_in_plan(starter_id, in_plan):
            self.context.notify_session_changed()  # also refreshes this page through _sync_plan
        else:
            self._sync_plan()

    def _sync_plan(self) -> None:
        """Show the session's plan: stars on cards and the list in "My conversation plan"."""
        in_plan = set(self.context.session.plan)
        for starter_id, card in self.cards.items():
            card.set_in_plan(starter_id in in_plan)
        starters = [starter for starter_id in self.plan_ids() if (starter := self.content.starter(starter_id))]
        self.plan_panel.show_plan(starters)

    def plan_html(self) -> str:
        return self.plan_panel.plan_html(self.plan_ids())

    def export_pdf(self) -> bool:
        """Ask where to save the plan, then save it as a PDF; returns whether a file was written."""
        return self.plan_panel.export_pdf(self.plan_ids())

    def can_print(self) -> bool:
        return True

    def print_page(self) -> bool:
        """Print the conversation plan (the main window's Print action calls this)."""
        return self.plan_panel.print_plan(self.plan_ids())

    def _on_card_copied(self, _starter_id: str) -> None:
        self.plan_panel.show_status(self.tr("Copied. You can paste the question in a note or a message."))

    # --- looks and Page API --------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_direction(self._columns, self.width() >= max(1, self.fontMetrics().averageCharWidth()) * 110)
        margins = self._body_margins
        self.filters.fit(self.width() - margins.left() - margins.right()
                         - self.scroll_area.verticalScrollBar().sizeHint().width())

    def clear_sensitive(self) -> None:
        self.filters.reset()
        for card in self.cards.values():
            card.set_in_plan(False)
        self.plan_panel.clear()

    def apply_theme(self) -> None:
        palette = theme.current()
        self.setStyleSheet(
            f"QWidget#talkBody {{ background: {palette.window}; color: {palette.text}; }}"
            f"QFrame#talkPanel {{ background: {palette.surface}; border: 1px solid {palette.border};"
            " border-radius: 8px; }"
            f"QLabel#muted {{ color: {palette.muted_text}; }}"
            "QLabel#panelTitle { font-weight: 700; }"
            f"QPushButton#helpButton {{ background: {palette.help}; color: {palette.on_help};"
            " font-weight: 700; padding: 6px 12px; border-radius: 6px; }"
        )

    def retranslate(self) -> None:
        self.next_action.setText(self.tr("Next: if your child told you something, Get help now"))
        intro = self.content.section("talk-intro")
        self.title_label.setText(intro.title if intro else self.tr("Talk with your child"))
        self.empty_label.setText(self.tr("No conversation starters match these choices. Try another age "
                                         "or situation, or a different word."))
        self.show_all_button.setText(self.tr("Show all conversation starters"))
        self.show_all_button.setAccessibleName(self.tr("Show all conversation starters"))
        self.next_action.setText(self.tr("Next: if your child told you something, Get help now"))
        for part in (self.filters, self.plan_panel, self.disclosure_panel, self.phrases_panel):
            part.retranslate()
        for card in self.cards.values():
            card.retranslate()
        if self.cards:
            self._fill_text_panels()
            self._sync_plan()
            self.apply_filters()
