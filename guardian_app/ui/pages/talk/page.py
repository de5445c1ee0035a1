"""The "Talk with your child" page: conversation starters, "My conversation plan", phrases, disclosure steps.

Parents pick their child's age and a situation (or type a word) and see ways to start talking, as cards.
Any card can be starred into "My conversation plan", which lives only in the in-memory session and can be
printed or saved as a one-page PDF handout (HTML from ``guardian_app.handouts.plan``, written by ``printing``).

Beside the cards: what to do if the child tells you something (with a direct way to the help page and to the
"Someone is threatening my child" guide), and what to say instead of common hurtful phrases.

All cards are built once per content load and only shown or hidden when filters change: filtering is instant.
QtPrintSupport is never imported here: ``printing`` loads it only when the parent actually prints.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.links import plain
from guardian_app.content.model import Content
from guardian_app.handouts.plan import DISCLOSURE_GUIDE_ID, PlanLabels, build_plan_html, first_sentence
from guardian_app.ui import printing, theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.pages.talk.starter_card import StarterCard
from guardian_app.ui.widgets.buttons import LinkButton
from guardian_app.ui.widgets.glossary import GlossaryLinks
from guardian_app.ui.widgets.labels import announce
from guardian_app.ui.widgets.layouts import FlowLayout, fit_direction

SETTING_AGE = "talk/age_band"
SETTING_SITUATION = "talk/situation"
THREAT_GUIDE_ID = "someone-is-threatening-my-child"
DEFAULT_PDF_NAME = "conversation-plan.pdf"


def _clear_layout(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


def _panel(object_name: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(object_name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    layout.setSpacing(6)
    return frame, layout


def _label(text: str = "", object_name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class TalkPage(Page):
    """Conversation starters with filters, the parent's conversation plan, phrases and disclosure steps."""

    page_id = "talk"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cards: dict[str, StarterCard] = {}
        self.glossary = GlossaryLinks(self, context)  # in a starter's details, glossary words link to their meaning
        self._highlighted: StarterCard | None = None

        # --- top: intro and filters --------------------------------------------------------------------
        self.title_label = _label(object_name="pageTitle")
        # roles, not fixed fonts: the window's style sheet scales them with the text size setting
        self.title_label.setProperty("role", "h1")
        self.intro_label = _label(object_name="talkIntro", rich=True)

        self.age_label = QLabel()
        self.age_combo = QComboBox()
        self.age_label.setBuddy(self.age_combo)
        self.situation_label = QLabel()
        self.situation_combo = QComboBox()
        self.situation_label.setBuddy(self.situation_combo)
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.situation_hint = _label(object_name="muted")
        self.count_label = _label(object_name="talkCount")
        self.count_label.setProperty("role", "h3")

        for combo in (self.age_combo, self.situation_combo):
            # sized to a short text, not the longest item, so the filters fit at large text sizes
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for label in (self.age_label, self.situation_label, self.search_label):
            label.setWordWrap(True)  # three names on one row were wider than the page at 200 % text (French)
        filters = self._filters = QGridLayout()
        filters.setHorizontalSpacing(12)
        self._filters_wide: bool | None = None
        self._place_filters(wide=True)

        # --- left: the cards ---------------------------------------------------------------------------
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(10)
        self.empty_label = _label(object_name="talkEmpty")
        self.show_all_button = QPushButton()
        self.show_all_button.clicked.connect(self.reset_filters)
        self.empty_box = QWidget()
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(0, 12, 0, 12)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignLeft)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.situation_hint)
        left.addWidget(self.count_label)
        left.addWidget(self.empty_box)
        left.addLayout(self.cards_layout)
        left.addStretch(1)

        # --- right: plan, disclosure, phrases, tips ----------------------------------------------------
        self.plan_panel, plan_layout = _panel("talkPanel")
        self.plan_title = _label(object_name="panelTitle")
        self.plan_title.setProperty("role", "h3")
        self.plan_hint = _label(object_name="muted")
        self.plan_rows = QVBoxLayout()
        self.plan_rows.setSpacing(4)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_page)
        self.plan_status = _label(object_name="planStatus")
        self.plan_status.setAccessibleName("")
        self.plan_status.hide()
        plan_buttons = FlowLayout(spacing=8)
        plan_buttons.addWidget(self.export_button)
        plan_buttons.addWidget(self.print_button)
        plan_layout.addWidget(self.plan_title)
        plan_layout.addWidget(self.plan_hint)
        plan_layout.addLayout(self.plan_rows)
        plan_layout.addLayout(plan_buttons)
        plan_layout.addWidget(self.plan_status)

        self.disclosure_panel, disclosure_layout = _panel("talkPanel")
        self.disclosure_title = _label(object_name="panelTitle")
        self.disclosure_title.setProperty("role", "h3")
        self.disclosure_body = _label(rich=True)
        self.help_button = QPushButton()
        self.help_button.setObjectName("helpButton")
        self.help_button.clicked.connect(lambda: self.context.open("help"))
        self.threat_button = QPushButton()
        self.threat_button.clicked.connect(lambda: self.context.open("guide", THREAT_GUIDE_ID))
        self.disclosure_intro = _label()
        disclosure_buttons = FlowLayout(spacing=8)
        disclosure_buttons.addWidget(self.help_button)
        disclosure_buttons.addWidget(self.threat_button)
        disclosure_layout.addWidget(self.disclosure_title)
        disclosure_layout.addWidget(self.disclosure_intro)
        # The ways to help come before the steps: someone who needs them should not have to scroll.
        disclosure_layout.addLayout(disclosure_buttons)
        disclosure_layout.addWidget(self.disclosure_body)

        self.phrases_panel, phrases_layout = _panel("talkPanel")
        self.phrases_title = _label(object_name="panelTitle")
        self.phrases_title.setProperty("role", "h3")
        self.phrases_body = _label(rich=True)
        phrases_layout.addWidget(self.phrases_title)
        phrases_layout.addWidget(self.phrases_body)

        self.tips_panel, tips_layout = _panel("talkPanel")
        self.tips_title = _label(object_name="panelTitle")
        self.tips_title.setProperty("role", "h3")
        self.tips_body = _label(rich=True)
        tips_layout.addWidget(self.tips_title)
        tips_layout.addWidget(self.tips_body)

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

        # side by side when there is room, stacked at large text sizes (see resizeEvent)
        columns = self._columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 3)
        columns.addWidget(right_widget, 2, Qt.AlignmentFlag.AlignTop)

        body = QWidget()
        body.setObjectName("talkBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(24, 20, 24, 24)
        self._body_margins = body_layout.contentsMargins()
        body_layout.setSpacing(12)
        body_layout.addWidget(self.title_label)
        body_layout.addWidget(self.intro_label)
        body_layout.addLayout(filters)
        body_layout.addLayout(columns)

        self.scroll_area = QScrollArea()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take Tab; no silent stop
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self.age_combo.currentIndexChanged.connect(self._on_age_changed)
        self.situation_combo.currentIndexChanged.connect(self._on_situation_changed)
        self.search_edit.textChanged.connect(self.apply_filters)
        context.content_changed.connect(self._rebuild_content)
        context.session_changed.connect(self._sync_plan)
        context.session_replaced.connect(self._sync_plan)

        self.apply_theme()
        self.retranslate()
        self._rebuild_content()

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
            card.plan_toggled.connect(self._on_card_plan_toggled)
            card.copied.connect(self._on_card_copied)
            card.link_activated.connect(lambda href, card=card: self.glossary.open_link(href, card.details_label))
            card.practise_requested.connect(lambda scenario_id: self.context.open("practice", scenario_id))
            self.cards_layout.addWidget(card)
            self.cards[starter.id] = card
        self._fill_combos()
        self._fill_text_panels()
        self._sync_plan()
        self.apply_filters()

    def _fill_combos(self) -> None:
        settings = self.context.settings
        wanted_age = self.age_combo.currentData() or str(settings.value(SETTING_AGE, "") or "")
        wanted_situation = (
            self.situation_combo.currentData() or str(settings.value(SETTING_SITUATION, "") or "")
        )
        for combo in (self.age_combo, self.situation_combo):
            combo.blockSignals(True)
            combo.clear()
        self.age_combo.addItem(self.tr("All ages"), "")
        for band in self.content.age_bands:
            self.age_combo.addItem(band.title, band.id)
        self.situation_combo.addItem(self.tr("All situations"), "")
        for situation in self.content.situations:
            self.situation_combo.addItem(situation.title, situation.id)
        self.age_combo.setCurrentIndex(max(0, self.age_combo.findData(wanted_age)))
        self.situation_combo.setCurrentIndex(max(0, self.situation_combo.findData(wanted_situation)))
        for combo in (self.age_combo, self.situation_combo):
            combo.blockSignals(False)
        self._update_situation_hint()

    def _fill_text_panels(self) -> None:
        e = html.escape
        intro = self.content.section("talk-intro")
        self.intro_label.setText("".join(f"<p>{e(p)}</p>" for p in intro.paragraphs) if intro else "")

        tips = self.content.section("talk-tips")
        self.tips_panel.setVisible(tips is not None)
        if tips is not None:
            self.tips_title.setText(tips.title)
            self.tips_body.setText("<ul>" + "".join(f"<li>{e(p)}</li>" for p in tips.paragraphs) + "</ul>")

        guide = self.content.guide(DISCLOSURE_GUIDE_ID)
        self.disclosure_panel.setVisible(guide is not None)
        if guide is not None:
            self.disclosure_title.setText(guide.title)
            steps = []
            for step in guide.steps:
                title = e(step.title)
                # Important steps are in bold like the others, and their words carry the warning; colour
                # only repeats it.
                if step.important:
                    title = f"<span style='color: {theme.current().urgent_text};'>{title}</span>"
                # The first sentence keeps the panel short beside the cards; the handout uses the same steps.
                steps.append(f"<li><b>{title}</b><br/>{e(first_sentence(step.detail))}</li>")
            closing = f"<p>{e(plain(guide.closing))}</p>" if guide.closing else ""
            self.disclosure_intro.setText(first_sentence(guide.intro))  # a plain-text label: no HTML escaping
            self.disclosure_body.setText(f"<ol>{''.join(steps)}</ol>{closing}")

        phrases = self.content.phrases
        self.phrases_panel.setVisible(bool(phrases))
        instead_of, try_saying = e(self.tr("Instead of:")), e(self.tr("Try:"))
        quoted = self.tr("“{quote}”")  # « {quote} » in French
        rows = [
            f"<p><b>{instead_of}</b> {e(quoted.format(quote=phrase.avoid))}<br/>"
            f"<b>{try_saying}</b> {e(quoted.format(quote=phrase.instead))}</p>"
            for phrase in phrases
        ]
        self.phrases_body.setText("".join(rows))

    # --- filtering -----------------------------------------------------------------------------------------

    def current_filters(self) -> tuple[str, str, str]:
        """The age band id, the situation id ("" for all) and the search text."""
        return (self.age_combo.currentData() or "", self.situation_combo.currentData() or "",
                self.search_edit.text())

    def visible_starter_ids(self) -> list[str]:
        return [starter_id for starter_id, card in self.cards.items() if not card.isHidden()]

    def apply_filters(self) -> None:
        age, situation, text = self.current_filters()
        words = text.casefold().split()
        shown = 0
        for card in self.cards.values():
            starter = card.starter
            visible = (
                (not age or age in starter.age_bands)
                and (not situation or starter.situation == situation)
                and all(word in card.search_text for word in words)
            )
            card.setHidden(not visible)
            shown += visible
        if shown == 1:
            self.count_label.setText(self.tr("1 conversation starter"))
        else:
            self.count_label.setText(self.tr("{count} conversation starters").format(count=shown))
        self.count_label.setVisible(shown > 0)
        self.empty_box.setVisible(shown == 0)

    def reset_filters(self) -> None:
        self.age_combo.setCurrentIndex(0)
        self.situation_combo.setCurrentIndex(0)
        self.search_edit.clear()

    def _on_age_changed(self) -> None:
        self.context.settings.setValue(SETTING_AGE, self.age_combo.currentData() or "")
        self.apply_filters()

    def _on_situation_changed(self) -> None:
        self.context.settings.setValue(SETTING_SITUATION, self.situation_combo.currentData() or "")
        self._update_situation_hint()
        self.apply_filters()

    def _update_situation_hint(self) -> None:
        situation = self.content.situation(self.situation_combo.currentData() or "")
        text = situation.description if situation else ""
        self.situation_hint.setText(text)
        self.situation_hint.setVisible(bool(text))

    # --- navigation ----------------------------------------------------------------------------------------

    def show_item(self, item_id: str) -> None:
        if item_id == "disclosure":
            self._scroll_to(self.disclosure_panel)
        elif item_id.startswith("situation:"):
            situation_id = item_id.partition(":")[2]
            index = self.situation_combo.findData(situation_id)
            if index < 0:
                return
            self.age_combo.setCurrentIndex(0)
            self.search_edit.clear()
            self.situation_combo.setCurrentIndex(index)
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

    def _on_card_plan_toggled(self, starter_id: str, in_plan: bool) -> None:
        self.set_in_plan(starter_id, in_plan)

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
        _clear_layout(self.plan_rows)
        ids = self.plan_ids()
        for number, starter_id in enumerate(ids, start=1):
            starter = self.content.starter(starter_id)
            assert starter is not None  # plan_ids keeps only known starters
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            text = _label(f"{number}. {starter.opener}")
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove from my plan: {opener}").format(opener=starter.opener))
            remove.clicked.connect(lambda _=False, sid=starter_id: self.set_in_plan(sid, False))
            row_layout.addWidget(text, 1)
            row_layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
            self.plan_rows.addWidget(row)
        has_plan = bool(ids)
        self.plan_hint.setText(
            self.tr("Print these questions, or save them as a PDF to keep. Guardian does not keep this "
                    "list after you close it.")
            if has_plan
            else self.tr("Your plan is empty. Choose “☆ Add to my plan” on any question to collect the "
                         "ones you want to try.")
        )
        self.export_button.setEnabled(has_plan)
        self.print_button.setEnabled(has_plan)

    def plan_html(self) -> str:
        today = QDate.currentDate()
        return build_plan_html(
            self.content,
            self.plan_ids(),
            self.context.region,
            dt.date(today.year(), today.month(), today.day()),
            labels=self._plan_labels(),
            date_text=QLocale().toString(today, QLocale.FormatType.LongFormat),
        )

    def _plan_labels(self) -> PlanLabels:
        return PlanLabels(
            title=self.tr("My conversation plan"),
            prepared_on=self.tr("Prepared on {date}"),
            intro=self.tr("Pick a calm moment. Ask one question, then listen more than you talk. "
                          "It is fine to come back to it another day."),
            starters_heading=self.tr("Ways to start talking"),
            no_starters=self.tr("No conversation starters chosen yet. Add some from the Talk with your child "
                                "page."),
            disclosure_heading=self.tr("If your child tells you something"),
            help_heading=self.tr("Help lines"),
            call=self.tr("Call {number}"),
            text_keyword=self.tr("Text {keyword} to {number}"),
            text_plain=self.tr("Text {number}"),
            emergency=self.tr("In an emergency, or if your child is in danger now, call {number}."),
        )

    def export_pdf(self) -> bool:
        """Ask where to save the plan, then save it as a PDF; returns whether a file was written."""
        path = printing.ask_pdf_path(self, self.tr("Save my conversation plan as a PDF"), DEFAULT_PDF_NAME,
                                     self.tr("PDF files (*.pdf)"))
        if path is None:
            return False
        try:
            printing.html_to_pdf(self.plan_html(), path, self.tr("My conversation plan"))
        except OSError as error:
            self._show_status(
                self.tr("The plan was not saved. {reason}").format(reason=str(error)), problem=True
            )
            return False
        self._show_status(self.tr("Saved: {file}").format(file=str(path)))
        return True

    def can_print(self) -> bool:
        return True

    def print_page(self) -> bool:
        """Print the conversation plan (the main window's Print action calls this)."""
        printed = printing.print_html(self.plan_html(), self, self.tr("My conversation plan"))
        if printed:
            self._show_status(self.tr("Your plan was sent to the printer."))
        return printed

    def _show_status(self, message: str, problem: bool = False) -> None:
        # A problem is said in words ("not saved"), the colour only repeats it.
        palette = theme.current()
        colour = palette.urgent_text if problem else palette.text
        self.plan_status.setStyleSheet(f"color: {colour};")
        self.plan_status.setText(message)
        self.plan_status.setAccessibleName(message)
        self.plan_status.setVisible(bool(message))
        announce(self.plan_status, message)  # "Copied" is read out although the focus stays on the card

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_direction(self._columns, self.width() >= max(1, self.fontMetrics().averageCharWidth()) * 110)
        self._fit_filters()

    def _filter_pairs(self) -> tuple[tuple[QWidget, QWidget], ...]:
        return ((self.age_label, self.age_combo), (self.situation_label, self.situation_combo),
                (self.search_label, self.search_edit))

    def _fit_filters(self) -> None:
        """The three filters side by side while they fit the page, else one under the other (200 % text)."""
        pairs = self._filter_pairs()
        margins = self._body_margins
        needed = (sum(max(label.minimumSizeHint().width(), field.minimumSizeHint().width())
                      for label, field in pairs)
                  + self._filters.horizontalSpacing() * (len(pairs) - 1) + margins.left() + margins.right()
                  + self.scroll_area.verticalScrollBar().sizeHint().width())
        self._place_filters(wide=self.width() >= needed)

    def _place_filters(self, *, wide: bool) -> None:
        if wide == self._filters_wide:
            return
        self._filters_wide = wide
        grid = self._filters
        for index, (label, field) in enumerate(self._filter_pairs()):
            grid.removeWidget(label)
            grid.removeWidget(field)
            if wide:  # names on the first row, the fields under them
                grid.addWidget(label, 0, index)
                grid.addWidget(field, 1, index)
            else:
                grid.addWidget(label, 2 * index, 0)
                grid.addWidget(field, 2 * index + 1, 0)
        for column, stretch in enumerate((2, 3, 3)):
            grid.setColumnStretch(column, stretch if wide or column == 0 else 0)

    def _on_card_copied(self, starter_id: str) -> None:
        self._show_status(self.tr("Copied. You can paste the question in a note or a message."))

    # --- Page API ------------------------------------------------------------------------------------------

    def clear_sensitive(self) -> None:
        _clear_layout(self.plan_rows)
        for card in self.cards.values():
            card.set_in_plan(False)
        self._show_status("")
        self.export_button.setEnabled(False)
        self.print_button.setEnabled(False)

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
        self.age_label.setText(self.tr("&Child's age"))
        self.age_combo.setAccessibleName(self.tr("Child's age"))
        self.situation_label.setText(self.tr("&Situation"))
        self.situation_combo.setAccessibleName(self.tr("Situation"))
        self.search_label.setText(self.tr("Searc&h"))
        self.search_edit.setPlaceholderText(self.tr("A word, like game, photo or secret"))
        self.search_edit.setAccessibleName(self.tr("Search the conversation starters"))
        self.empty_label.setText(self.tr("No conversation starters match these choices. Try another age "
                                         "or situation, or a different word."))
        self.show_all_button.setText(self.tr("Show all conversation starters"))
        self.show_all_button.setAccessibleName(self.tr("Show all conversation starters"))
        self.plan_title.setText(self.tr("My conversation plan"))
        self.export_button.setText(self.tr("Export as PDF…"))
        self.export_button.setAccessibleName(self.tr("Export my conversation plan as a PDF"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print my conversation plan"))
        self.help_button.setText(self.tr("Get help now"))
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.threat_button.setText(self.tr("Someone is threatening my child"))
        self.threat_button.setAccessibleName(self.tr("Open the guide: someone is threatening my child"))
        self.phrases_title.setText(self.tr("Phrases to avoid, and what to say instead"))
        if self.age_combo.count():
            self.age_combo.setItemText(0, self.tr("All ages"))
            self.situation_combo.setItemText(0, self.tr("All situations"))
        for card in self.cards.values():
            card.retranslate()
        if self.cards:
            self._fill_text_panels()
            self._sync_plan()
            self.apply_filters()
