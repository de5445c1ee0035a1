"""Practise a conversation: Guardian plays the child, the parent picks a reply and sees why it helps or hurts.

Everything works from the keyboard: the list of conversations takes arrows and Enter, each reply is a button
(Tab and Space, or the keys 1 to 4), and after each choice the focus moves to the first of the next replies
while the feedback is read out. The end shows what went well, one thing to try next time, and links to the
matching conversation starters, guides and the region's help lines. In presentation mode the text simply
grows with the rest of the window, so a counselor can play it with a family.

Choices live in memory only (a :class:`ScenarioRun`); ``clear_sensitive`` forgets them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from guardian_app.content.practice_model import Scenario, ScenarioReply, ScenarioRun
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.widgets.buttons import LinkButton, NaturalWrapButton, WrapButton
from guardian_app.ui.widgets.glossary import GlossaryLinks
from guardian_app.ui.widgets.labels import announce, heading, paragraph
from guardian_app.ui.widgets.layouts import FlowLayout
from guardian_app.ui.widgets.panels import Card
from guardian_app.ui.widgets.resource_card import ResourceCard
from guardian_app.ui.widgets.views import clear_now, fit_list_to_page

SCENARIO_ROLE = Qt.ItemDataRole.UserRole + 1
_NUMBER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class PractisePage(Page):
    """Choose a conversation, play it reply by reply, and read the summary at the end."""

    page_id = "practice"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.run: ScenarioRun | None = None
        self.last_reply: ScenarioReply | None = None
        self.reply_buttons: list[QPushButton] = []
        self.glossary = GlossaryLinks(self, context)
        self._scroll = self.fill_with_column()
        column = self._scroll.column

        self.title = heading("", 1)
        self.intro = paragraph("", role="lead")
        self.choose_label = heading("", 2)
        self.scenario_list = QListWidget()
        self.scenario_list.setObjectName("scenarioList")
        fit_list_to_page(self.scenario_list)
        self.scenario_list.itemActivated.connect(self._on_item_activated)
        self.start_button = NaturalWrapButton()
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self._start_selected)
        for widget in (self.title, self.intro, self.choose_label, self.scenario_list):
            column.addWidget(widget)
        start_row = FlowLayout(spacing=6)
        start_row.addWidget(self.start_button)
        column.addLayout(start_row)

        self.play_box = QWidget()
        self.play_box.setObjectName("practicePlay")
        self.play_layout = QVBoxLayout(self.play_box)
        self.play_layout.setContentsMargins(0, 0, 0, 0)
        self.play_layout.setSpacing(12)
        column.addWidget(self.play_box)

        self.words_heading = heading("", 2)
        self.words_row = FlowLayout(spacing=6)
        column.addWidget(self.words_heading)
        column.addLayout(self.words_row)
        column.addStretch(1)

        self.retranslate()
        self.follow_content(self._on_content_changed)
        context.region_changed.connect(lambda _region: self._render())

    # --- public -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Practise a conversation"))
        self.intro.setText(self.tr(
            "Choose a conversation to practise. Guardian plays your child; you choose what to say and see why "
            "it may help or hurt. There is no score, and nothing is kept. Use Tab and Enter, or the keys 1 to 4."))
        self.choose_label.setText(self.tr("Choose a conversation"))
        self.scenario_list.setAccessibleName(self.tr("Conversations to practise"))
        self.start_button.setText(self.tr("Start this conversation"))
        self.start_button.setAccessibleName(self.start_button.text())
        self.words_heading.setText(self.tr("Words you may hear"))
        self._fill_list()
        self._fill_words()
        self._render()

    def start(self, scenario_id: str) -> bool:
        """Start (or restart) a conversation; False for an unknown id."""
        scenario = self.context.content.scenario(scenario_id)
        if scenario is None:
            return False
        self.run = ScenarioRun(scenario)
        self.last_reply = None
        self._select_in_list(scenario_id)
        self._render()
        self._focus_first_reply()
        return True

    def choose(self, reply_id: str) -> ScenarioReply | None:
        """Pick a reply of the current turn (as the buttons and the keys 1-4 do)."""
        if self.run is None or self.run.finished:
            return None
        reply = self.run.choose(reply_id)
        self.last_reply = reply
        self._render()
        announce(self, f"{self._effect_word(reply.effect)}. {reply.feedback}")
        self._focus_first_reply()
        return reply

    def show_item(self, item_id: str) -> None:
        if item_id.startswith("glossary:"):
            self.glossary.open_link(item_id, self.words_heading)
        elif self.context.content.scenario(item_id) is not None:
            self.start(item_id)

    def clear_sensitive(self) -> None:
        self.run = None
        self.last_reply = None
        self._render()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        index = _NUMBER_KEYS.get(Qt.Key(event.key()))
        if index is not None and self.run is not None and not self.run.finished \
                and index < len(self.run.current.replies):
            self.choose(self.run.current.replies[index].id)
            return
        super().keyPressEvent(event)

    # --- building -----------------------------------------------------------------------------------------

    def _band_title(self, scenario: Scenario) -> str:
        band = self.context.content.age_band(scenario.age_band)
        return band.title if band else scenario.age_band

    def _fill_list(self) -> None:
        current = self.run.scenario.id if self.run else ""
        self.scenario_list.clear()
        for scenario in self.context.content.scenarios:
            item = QListWidgetItem(f"{scenario.title} ({self._band_title(scenario)})")
            item.setData(SCENARIO_ROLE, scenario.id)
            self.scenario_list.addItem(item)
        self._select_in_list(current)
        if self.scenario_list.currentRow() < 0 and self.scenario_list.count():
            self.scenario_list.setCurrentRow(0)

    def _select_in_list(self, scenario_id: str) -> None:
        for row in range(self.scenario_list.count()):
            if self.scenario_list.item(row).data(SCENARIO_ROLE) == scenario_id:
                self.scenario_list.setCurrentRow(row)

    def _fill_words(self) -> None:
        clear_now(self.words_row)
        for term in self.context.content.glossary:
            button = LinkButton(term.term)
            button.setAccessibleName(self.tr("What “{term}” means").format(term=term.term))
            button.clicked.connect(lambda _=False, tid=term.id, source=button: self.glossary.open_term(tid, source))
            self.words_row.addWidget(button)

    def _effect_word(self, effect: str) -> str:
        return {"helps": self.tr("This helps"), "mixed": self.tr("This partly helps"),
                "hurts": self.tr("This can hurt")}.get(effect, "")

    def _render(self) -> None:
        clear_now(self.play_layout)
        self.reply_buttons = []
        self.glossary.reset()
        run = self.run
        if run is None:
            self.play_box.hide()
            return
        self.play_box.show()
        scenario = run.scenario
        self.play_layout.addWidget(heading(scenario.title, 2))
        self.play_layout.addWidget(self.glossary.label(scenario.setting, role="muted"))
        if self.last_reply is not None:
            self.play_layout.addWidget(self._feedback_card(self.last_reply))
        child = self.glossary.label(self.tr("Your child: {words}").format(words=run.current.child), role="lead")
        child.setObjectName("childLine")
        self.play_layout.addWidget(child)
        if run.finished:
            self.play_layout.addWidget(self._summary_card(run))
            return
        self.play_layout.addWidget(heading(self.tr("What do you say?"), 3))
        for number, reply in enumerate(run.current.replies, start=1):
            button = WrapButton(f"{number}. {reply.text}")
            button.setAccessibleName(self.tr("Reply {number}: {text}").format(number=number, text=reply.text))
            button.clicked.connect(lambda _=False, rid=reply.id: self.choose(rid))
            self.reply_buttons.append(button)
            self.play_layout.addWidget(button)

    def _feedback_card(self, reply: ScenarioReply) -> Card:
        card = Card()
        card.setObjectName("feedbackCard")
        card.body.addWidget(paragraph(self.tr("You said: {text}").format(text=reply.text)))
        # The effect is said in words; no colour carries it alone.
        verdict = heading(self._effect_word(reply.effect), 3)
        verdict.setObjectName("feedbackVerdict")
        card.body.addWidget(verdict)
        feedback = self.glossary.label(reply.feedback)
        feedback.setObjectName("feedbackText")
        card.body.addWidget(feedback)
        phrase = next((item for item in self.context.content.phrases if item.id == reply.phrase), None)
        if phrase is not None:
            instead = paragraph(self.tr("Instead, you could say: “{instead}”").format(instead=phrase.instead))
            instead.setObjectName("feedbackInstead")
            card.body.addWidget(instead)
        return card

    def _summary_card(self, run: ScenarioRun) -> Card:
        card = Card()
        card.setObjectName("summaryCard")
        body = card.body
        body.addWidget(heading(self.tr("How it went"), 2))
        body.addWidget(heading(self.tr("What went well"), 3))
        body.addWidget(self.glossary.label(run.current.went_well))
        helped = run.replies_with("helps")
        if helped:
            body.addWidget(paragraph(self.tr("Replies that helped: {replies}").format(
                replies=" / ".join(self.tr("“{text}”").format(text=reply.text) for reply in helped))))
        body.addWidget(heading(self.tr("One thing to try next time"), 3))
        body.addWidget(self.glossary.label(run.current.try_next))
        self._add_links(body, run.scenario)
        again = NaturalWrapButton(self.tr("Try this conversation again"))
        again.setObjectName("practiseAgain")
        again.clicked.connect(lambda: self.start(run.scenario.id))
        other = NaturalWrapButton(self.tr("Choose another conversation"))
        other.clicked.connect(self._back_to_list)
        for button in (again, other):
            button.setAccessibleName(button.text())
        row = FlowLayout(spacing=6)
        row.addWidget(again)
        row.addWidget(other)
        body.addLayout(row)
        self.reply_buttons = [again]
        return card

    def _add_links(self, body: QVBoxLayout, scenario: Scenario) -> None:
        content = self.context.content
        starters = [starter for starter in map(content.starter, scenario.starters) if starter is not None]
        if starters:
            body.addWidget(heading(self.tr("Conversation starters for this"), 3))
            for starter in starters:
                link = LinkButton(starter.opener)
                link.setAccessibleName(self.tr("Open the conversation starter: {opener}").format(
                    opener=starter.opener))
                link.clicked.connect(lambda _=False, sid=starter.id: self.context.open("talk", sid))
                body.addWidget(link)
        for guide in filter(None, map(content.guide, scenario.guides)):
            link = LinkButton(self.tr("Guide: {title}").format(title=guide.title))
            link.setAccessibleName(link.text())
            link.clicked.connect(lambda _=False, gid=guide.id: self.context.open("guide", gid))
            body.addWidget(link)
        resources = []
        for group_id in scenario.help_groups:
            resources += [res for res in content.resources_for(self.context.region, group_id)
                          if not res.subregion and res not in resources]
        if resources:
            body.addWidget(heading(self.tr("Help lines"), 3))
            locale = QLocale()
            for resource in resources:
                body.addWidget(ResourceCard(resource, compact=True, locale=locale))

    # --- reactions ----------------------------------------------------------------------------------------

    def _focus_first_reply(self) -> None:
        if self.reply_buttons and self.isVisible():
            # New widgets in a shown layout appear at the next turn of the event loop; focus needs them now.
            self.play_box.show()
            for button in self.reply_buttons:
                button.show()
            self.reply_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(self.reply_buttons[0])

    def _back_to_list(self) -> None:
        self.clear_sensitive()
        self.scenario_list.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _start_selected(self) -> None:
        item = self.scenario_list.currentItem()
        if item is not None:
            self.start(str(item.data(SCENARIO_ROLE)))

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.start(str(item.data(SCENARIO_ROLE)))

    @Slot()
    def _on_content_changed(self) -> None:
        """Another language: the same conversation goes on in it, with the same choices replayed."""
        chosen = [step.reply.id for step in self.run.steps] if self.run else []
        scenario_id = self.run.scenario.id if self.run else ""
        self.run = None
        scenario = self.context.content.scenario(scenario_id)
        if scenario is not None:
            self.run = ScenarioRun(scenario)
            for reply_id in chosen:
                self.last_reply = self.run.choose(reply_id)
        self.retranslate()
