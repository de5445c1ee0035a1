"""For your child: a page written to the young person, to read together or print and hand over.

It says, in short sentences, that they are not in trouble, what to do if someone asks for pictures or
threatens them, how to tell an adult, and where young people in the chosen region can call or text and get a
picture taken down (only verified services, from the content's resource ids).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from guardian_app.handouts.family import CHILD_TEXT_IDS, build_child_page_html, region_resources
from guardian_app.ui import printing
from guardian_app.ui.context import AppContext
from guardian_app.ui.file_dialog import export_document
from guardian_app.ui.pages.family_words import CHILD_PDF_NAME, family_labels
from guardian_app.ui.pages.page import Page
from guardian_app.ui.widgets.buttons import LinkButton, NaturalWrapButton
from guardian_app.ui.widgets.labels import announce, heading, paragraph
from guardian_app.ui.widgets.layouts import FlowLayout
from guardian_app.ui.widgets.panels import Card
from guardian_app.ui.widgets.resource_card import ResourceCard
from guardian_app.ui.widgets.views import clear_now


class ForChildPage(Page):
    """The texts for the young person, the region's youth lines and take-down routes, print and PDF."""

    page_id = "for-child"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._scroll = self.fill_with_column()
        column = self._scroll.column
        self.title = heading("", 1)
        self.intro = paragraph("", role="muted")
        column.addWidget(self.title)
        column.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        column.addLayout(self.body)
        self.print_button = NaturalWrapButton()
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self.print_page)
        self.pdf_button = NaturalWrapButton()
        self.pdf_button.clicked.connect(self.export_pdf)
        actions = FlowLayout(spacing=6)
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        column.addLayout(actions)
        self.status = paragraph("")
        self.status.hide()
        column.addWidget(self.status)
        self.plan_link = LinkButton()
        self.plan_link.clicked.connect(lambda: self.context.open("family-plan"))
        column.addWidget(self.plan_link)
        column.addStretch(1)
        self.retranslate()
        self.follow_content(self._fill)
        context.region_changed.connect(lambda _region: self._fill())

    def retranslate(self) -> None:
        self.title.setText(self.tr("For your child"))
        self.intro.setText(self.tr("This page is written to your child. Read it together, or print it and give "
                                   "it to them. It shows the help lines for your region."))
        self.print_button.setText(self.tr("Print this page"))
        self.pdf_button.setText(self.tr("Save this page as PDF"))
        self.plan_link.setText(self.tr("Make a family safety plan, with your child's trusted adults"))
        for button in (self.print_button, self.pdf_button, self.plan_link):
            button.setAccessibleName(button.text())
        self._fill()

    def page_html(self) -> str:
        return build_child_page_html(self.context.content, self.context.region, None, family_labels())

    def can_print(self) -> bool:
        return True

    def print_page(self) -> bool:
        return printing.print_html(self.page_html(), self, self.tr("For you"))

    def export_pdf(self) -> bool:
        return export_document(
            self, self.page_html(), caption=self.tr("Save the page for your child as a PDF"),
            file_name=CHILD_PDF_NAME, title=self.tr("For you"),
            failed=lambda reason: self._show_status(self.tr("The page was not saved. {reason}").format(reason=reason)),
            saved=lambda path: self._show_status(self.tr("Saved: {file}").format(file=str(path))))

    def show_item(self, item_id: str) -> None:
        card = self.findChild(Card, item_id)
        if card is not None:
            self._scroll.ensureWidgetVisible(card)

    def _show_status(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
        announce(self.status, message)

    @Slot()
    def _fill(self) -> None:
        clear_now(self.body)
        content = self.context.content
        locale = QLocale()
        for text_id in CHILD_TEXT_IDS:
            text = content.family_text(text_id)
            if text is None:
                continue
            resources = region_resources(content, text, self.context.region)
            if text.resources and not resources:
                continue  # nothing verified for this region: say nothing rather than something wrong
            card = Card()
            card.setObjectName(text_id)
            card.body.addWidget(heading(text.title, 2))
            for line in text.paragraphs:
                card.body.addWidget(paragraph(line, role="lead"))
            for number, step in enumerate(text.steps, start=1):
                card.body.addWidget(paragraph(f"{number}. {step}", role="lead"))
            for resource in resources:
                card.body.addWidget(ResourceCard(resource, compact=True, locale=locale))
            self.body.addWidget(card)
        region = content.region(self.context.region)
        if region is not None and region.emergency_number:
            self.body.addWidget(paragraph(family_labels().child_emergency.format(
                number=region.emergency_number), role="lead"))
