"""Our family safety plan: trusted adults, a code word, the promise, house rules, and the region's help lines.

A parent fills it in, alone or with the child, then saves it as PDF or prints it: one page for the family and
one written for the child (the same plan, in the child's words). The plan is kept in the in-memory session
(``Session.family_plan``), so it is written to disk only when the person saves the session, with the same
consent, or as a PDF they choose to save; quick exit and End session forget it.
Suggested house rules come from the content for the chosen age; the family can untick, edit or add rules.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.model import Resource
from guardian_app.handouts.family import (
    FamilyPlan,
    build_child_page_html,
    build_family_plan_html,
    take_down_routes,
)
from guardian_app.handouts.plan import help_resources
from guardian_app.ui import printing
from guardian_app.ui.context import AppContext
from guardian_app.ui.file_dialog import export_document
from guardian_app.ui.pages.family_words import CHILD_PDF_NAME, FAMILY_PDF_NAME, family_labels
from guardian_app.ui.pages.page import Page
from guardian_app.ui.widgets.buttons import LinkButton, NaturalWrapButton, WrapCheckBox
from guardian_app.ui.widgets.labels import announce, heading, paragraph
from guardian_app.ui.widgets.layouts import FlowLayout
from guardian_app.ui.widgets.panels import Card
from guardian_app.ui.widgets.resource_card import ResourceCard
from guardian_app.ui.widgets.views import clear_now, fit_list_to_page, reveal_row

DEFAULT_AGE_BAND = "10-12"


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.replace(";", ",").split(",") if name.strip()]


class FamilyPlanPage(Page):
    """The plan's fields, the suggested rules, help lines, and PDF or print for the family and the child."""

    page_id = "family-plan"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._scroll = self.fill_with_column()
        column = self._scroll.column
        self.title = heading("", 1)
        self.intro = paragraph("", role="lead")
        self.privacy = paragraph("", role="muted")
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addWidget(self.privacy)

        self._build_fields(column)
        self._build_rules(column)

        self.steps_box = QVBoxLayout()
        column.addLayout(self.steps_box)
        self.help_heading = heading("", 2)
        column.addWidget(self.help_heading)
        self.help_box = QVBoxLayout()
        column.addLayout(self.help_box)

        self._build_actions(column)
        column.addStretch(1)

        self._loading = True  # while fields are filled by the page itself, nothing goes to the session
        self._fill_age_bands()
        self.age_combo.currentIndexChanged.connect(lambda _index: self.suggest_rules())
        self.suggest_rules()
        self.retranslate()
        self._loading = False
        for edit in (self.family_name, self.trusted_home, self.trusted_outside, self.code_word):
            edit.textEdited.connect(lambda _text: self._store_plan())
        self.promise.toggled.connect(lambda _checked: self._store_plan())
        self.rules.itemChanged.connect(lambda _item: self._store_plan())
        self.follow_content(self._on_content_changed)
        context.region_changed.connect(lambda _region: self._fill_help())
        context.session_replaced.connect(self._load_from_session)
        self._load_from_session()

    def _build_fields(self, column: QVBoxLayout) -> None:
        self.family_name = QLineEdit()
        self.age_combo = QComboBox()
        self.trusted_home = QLineEdit()
        self.trusted_outside = QLineEdit()
        self.code_word = QLineEdit()
        self.form_labels = [QLabel() for _ in range(5)]
        self.trusted_hint = paragraph("", role="muted")
        self.code_hint = paragraph("", role="muted")
        # Each label above its field, the full width of the column (a form layout squeezed long labels into a
        # narrow column); each hint right under the fields it explains.
        hints: dict[QWidget, QLabel] = {self.trusted_outside: self.trusted_hint, self.code_word: self.code_hint}
        for label, field in zip(self.form_labels, (self.family_name, self.age_combo, self.trusted_home,
                                                    self.trusted_outside, self.code_word), strict=True):
            label.setWordWrap(True)
            label.setBuddy(field)
            column.addWidget(label)
            column.addWidget(field)
            if field in hints:
                column.addWidget(hints[field])
        self.promise_heading = heading("", 2)
        self.promise_text = paragraph("", role="lead")
        self.promise_text.setObjectName("promiseText")
        self.promise = WrapCheckBox()
        self.promise.setChecked(True)
        for widget in (self.promise_heading, self.promise_text, self.promise):
            column.addWidget(widget)

    def _build_rules(self, column: QVBoxLayout) -> None:
        self.rules_heading = heading("", 2)
        self.rules_hint = paragraph("", role="muted")
        self.rules = QListWidget()
        self.rules.setObjectName("houseRules")
        fit_list_to_page(self.rules)
        self.new_rule = QLineEdit()
        self.new_rule.returnPressed.connect(self.add_rule)
        self.add_rule_button = NaturalWrapButton()
        self.add_rule_button.clicked.connect(self.add_rule)
        self.suggest_button = NaturalWrapButton()
        self.suggest_button.clicked.connect(self.suggest_rules)
        for widget in (self.rules_heading, self.rules_hint, self.rules, self.new_rule):
            column.addWidget(widget)
        rule_buttons = FlowLayout(spacing=6)
        rule_buttons.addWidget(self.add_rule_button)
        rule_buttons.addWidget(self.suggest_button)
        column.addLayout(rule_buttons)

    def _build_actions(self, column: QVBoxLayout) -> None:
        self.actions_heading = heading("", 2)
        column.addWidget(self.actions_heading)
        self.family_pdf_button = NaturalWrapButton()
        self.family_pdf_button.setProperty("role", "primary")
        self.family_pdf_button.clicked.connect(self.export_family_pdf)
        self.child_pdf_button = NaturalWrapButton()
        self.child_pdf_button.clicked.connect(self.export_child_pdf)
        self.print_family_button = NaturalWrapButton()
        self.print_family_button.clicked.connect(self.print_page)
        self.print_child_button = NaturalWrapButton()
        self.print_child_button.clicked.connect(self.print_child_page)
        actions = FlowLayout(spacing=6)
        for button in (self.family_pdf_button, self.child_pdf_button, self.print_family_button,
                       self.print_child_button):
            actions.addWidget(button)
        column.addLayout(actions)
        self.status = paragraph("")
        self.status.hide()
        column.addWidget(self.status)
        self.child_link = LinkButton()
        self.child_link.clicked.connect(lambda: self.context.open("for-child"))
        column.addWidget(self.child_link)

    # --- the plan -----------------------------------------------------------------------------------------

    def plan(self) -> FamilyPlan:
        """What the fields say now."""
        rules = [self.rules.item(row) for row in range(self.rules.count())]
        return FamilyPlan(
            region=self.context.region, age_band=str(self.age_combo.currentData() or DEFAULT_AGE_BAND),
            family_name=self.family_name.text().strip(), trusted_at_home=_names(self.trusted_home.text()),
            trusted_outside=_names(self.trusted_outside.text()), code_word=self.code_word.text().strip(),
            promise=self.promise.isChecked(),
            house_rules=[item.text() for item in rules if item.checkState() == Qt.CheckState.Checked
                         and item.text().strip()],
        )

    def family_html(self) -> str:
        return build_family_plan_html(self.context.content, self.plan(), family_labels())

    def child_html(self) -> str:
        return build_child_page_html(self.context.content, self.context.region, self.plan(), family_labels())

    @Slot()
    def suggest_rules(self) -> None:
        """Replace the list with the content's suggestions for the chosen age, all ticked."""
        band = str(self.age_combo.currentData() or DEFAULT_AGE_BAND)
        self._set_rules([rule.text for rule in self.context.content.house_rules_for(band)])
        self._store_plan()

    def _set_rules(self, texts: list[str]) -> None:
        loading, self._loading = self._loading, True
        self.rules.clear()
        for text in texts:
            self._add_rule_item(text)
        self._loading = loading

    @Slot()
    def add_rule(self) -> None:
        text = self.new_rule.text().strip()
        if text:
            self._add_rule_item(text)
            self.new_rule.clear()
            self._store_plan()

    def _add_rule_item(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.rules.addItem(item)

    def show_item(self, item_id: str) -> None:
        """Bring a house rule (``rule:<id>``, a search hit) into view, selected. A suggestion that is not in the
        list (another age, or taken out) comes back unticked: it joins the plan only if the family ticks it."""
        rule = next((rule for rule in self.context.content.house_rules if f"rule:{rule.id}" == item_id), None)
        if rule is None:
            return
        found = self.rules.findItems(rule.text, Qt.MatchFlag.MatchExactly)
        if not found:
            loading, self._loading = self._loading, True
            self._add_rule_item(rule.text)
            found = [self.rules.item(self.rules.count() - 1)]
            found[0].setCheckState(Qt.CheckState.Unchecked)
            self._loading = loading
        reveal_row(self.rules, found[0], self._scroll)

    def clear_sensitive(self) -> None:
        self._show_plan(None)
        self.status.hide()

    # --- the session keeps the plan, so it is saved only with the session's consent ------------------------

    def _store_plan(self) -> None:
        if self._loading:
            return
        self.context.session.family_plan = self.plan().to_dict()
        self.context.notify_session_changed()

    @Slot()
    def _load_from_session(self) -> None:
        data = self.context.session.family_plan
        self._show_plan(FamilyPlan.from_dict(data) if data else None)

    def _show_plan(self, plan: FamilyPlan | None) -> None:
        """Fill the fields from ``plan``, or empty them (with the suggestions for the age) for None."""
        self._loading = True
        shown = plan or FamilyPlan(age_band=str(self.age_combo.currentData() or DEFAULT_AGE_BAND))
        self.family_name.setText(shown.family_name)
        self.trusted_home.setText(", ".join(shown.trusted_at_home))
        self.trusted_outside.setText(", ".join(shown.trusted_outside))
        self.code_word.setText(shown.code_word)
        self.new_rule.setText("")  # unlike clear(), setText empties the undo history
        self.promise.setChecked(shown.promise)
        self.age_combo.setCurrentIndex(max(0, self.age_combo.findData(shown.age_band)))
        band = str(self.age_combo.currentData() or DEFAULT_AGE_BAND)
        rules = shown.house_rules if plan is not None else [
            rule.text for rule in self.context.content.house_rules_for(band)]
        self._set_rules(rules)
        self._loading = False

    # --- export and print ---------------------------------------------------------------------------------

    def export_family_pdf(self) -> bool:
        return self._export(self.family_html(), FAMILY_PDF_NAME, self.tr("Save the family plan as a PDF"),
                            self.tr("Our family safety plan"))

    def export_child_pdf(self) -> bool:
        return self._export(self.child_html(), CHILD_PDF_NAME, self.tr("Save the page for your child as a PDF"),
                            self.tr("For you"))

    def _export(self, html: str, file_name: str, caption: str, title: str) -> bool:
        """Ask where to save, then save; the chosen file is the only thing written."""
        return export_document(
            self, html, caption=caption, file_name=file_name, title=title,
            failed=lambda reason: self._show_status(self.tr("The plan was not saved. {reason}").format(reason=reason)),
            saved=lambda path: self._show_status(self.tr("Saved: {file}").format(file=str(path))))

    def can_print(self) -> bool:
        return True

    def export_pdf(self) -> bool:
        """File > Save as PDF: the family's page (the child's page has its own button)."""
        return self.export_family_pdf()

    def print_page(self) -> bool:
        """Print the family's page (the main window's Print action calls this)."""
        return printing.print_html(self.family_html(), self, self.tr("Our family safety plan"))

    def print_child_page(self) -> bool:
        return printing.print_html(self.child_html(), self, self.tr("For you"))

    def _show_status(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(True)
        announce(self.status, message)

    # --- words --------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        content = self.context.content
        intro = content.family_text("plan-intro")
        self.title.setText(intro.title if intro else self.tr("Our family safety plan"))
        self.intro.setText(" ".join(intro.paragraphs) if intro else "")
        self.privacy.setText(self.tr("Guardian keeps this plan only while it is open. To keep it, save it as a "
                                     "PDF, or save the session (Session menu)."))
        words = (self.tr("Family name (optional)"), self.tr("Your child's age"),
                 self.tr("Trusted adults at home (names, separated by commas)"),
                 self.tr("Trusted adults outside our home"), self.tr("Our code word"))
        for label, text in zip(self.form_labels, words, strict=True):
            label.setText(text)
            if label.buddy() is not None:
                label.buddy().setAccessibleName(text)
        adults, code, promise = (content.family_text(tid) for tid in ("plan-trusted-adults", "plan-code-word",
                                                                       "plan-promise"))
        self.trusted_hint.setText(" ".join(adults.paragraphs) if adults else "")
        self.code_hint.setText(" ".join(code.paragraphs) if code else "")
        self.promise_heading.setText(promise.title if promise else "")
        self.promise_text.setText(" ".join(promise.paragraphs) if promise else "")
        self.promise.setText(self.tr("Put our promise in the plan"))
        self.promise.setAccessibleName(self.tr("Put our promise in the plan: {promise}").format(
            promise=self.promise_text.text()))
        rules = content.family_text("plan-house-rules")
        self.rules_heading.setText(rules.title if rules else self.tr("Our house rules for devices"))
        self.rules_hint.setText((" ".join(rules.paragraphs) + " " if rules else "") + self.tr(
            "Untick a rule to leave it out; press F2 to change its words."))
        self.rules.setAccessibleName(self.tr("House rules"))
        self.new_rule.setPlaceholderText(self.tr("Write a rule of your own"))
        self.new_rule.setAccessibleName(self.tr("A rule of your own"))
        self.add_rule_button.setText(self.tr("Add this rule"))
        self.suggest_button.setText(self.tr("Start again from the suggestions"))
        self.actions_heading.setText(self.tr("Save or print"))
        self.family_pdf_button.setText(self.tr("Save the family plan as PDF"))
        self.child_pdf_button.setText(self.tr("Save the page for your child as PDF"))
        self.print_family_button.setText(self.tr("Print the family plan"))
        self.print_child_button.setText(self.tr("Print the page for your child"))
        for button in (self.add_rule_button, self.suggest_button, self.family_pdf_button, self.child_pdf_button,
                       self.print_family_button, self.print_child_button):
            button.setAccessibleName(button.text())
        self.child_link.setText(self.tr("Read the page for your child"))
        self.child_link.setAccessibleName(self.child_link.text())
        self.help_heading.setText(self.tr("Where to get help"))
        self._fill_steps()
        self._fill_help()

    def _fill_age_bands(self) -> None:
        current = self.age_combo.currentData() or DEFAULT_AGE_BAND
        self.age_combo.blockSignals(True)
        self.age_combo.clear()
        for band in self.context.content.age_bands:
            self.age_combo.addItem(band.title, band.id)
        index = self.age_combo.findData(current)
        self.age_combo.setCurrentIndex(max(0, index))
        self.age_combo.blockSignals(False)

    def _fill_steps(self) -> None:
        clear_now(self.steps_box)
        text = self.context.content.family_text("plan-if-asked")
        if text is None:
            return
        card = Card()
        card.body.addWidget(heading(text.title, 2))
        for line in text.paragraphs:
            card.body.addWidget(paragraph(line))
        for number, step in enumerate(text.steps, start=1):
            card.body.addWidget(paragraph(f"{number}. {step}"))
        self.steps_box.addWidget(card)

    def _help_resources(self) -> list[Resource]:
        content, region_id = self.context.content, self.context.region
        region = content.region(region_id)
        shown = [res for res in help_resources(content, region_id) if not region or res.id != region.emergency]
        return shown + [res for res in take_down_routes(content, region_id) if res not in shown]

    def _fill_help(self) -> None:
        clear_now(self.help_box)
        locale = QLocale()
        for resource in self._help_resources():
            self.help_box.addWidget(ResourceCard(resource, compact=True, locale=locale))

    @Slot()
    def _on_content_changed(self) -> None:
        # A plan the family started keeps its rules, in their words; untouched suggestions follow the language.
        self._fill_age_bands()
        if not self.context.session.family_plan:
            loading, self._loading = self._loading, True
            self.suggest_rules()
            self._loading = loading
        self.retranslate()
