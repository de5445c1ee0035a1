"""The Home page: a calm welcome, three large ways in, and the emergency number for the chosen region.

People often arrive here frightened. The page says first that it is nobody's fault, then offers three clear
next steps, and keeps the emergency sentence short and plain rather than alarming.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from guardian_app.content.well_known import THREAT_GUIDE_ID
from guardian_app.paths import asset_path
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.widgets.buttons import EntryButton, LinkButton
from guardian_app.ui.widgets.labels import heading, paragraph
from guardian_app.ui.widgets.layouts import clear_layout

WELCOME_SECTION = "home-welcome"


class HomePage(Page):
    """Welcome, entry points to Warning signs, Talk and Get help now, and the emergency number."""

    page_id = "home"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._scroll = self.fill_with_column()
        column = self._scroll.column

        self._welcome = QVBoxLayout()
        self._welcome.setSpacing(12)
        column.addLayout(self._welcome)
        column.addSpacing(12)

        self._signs_button = self._entry_button("signs", "signs.svg")
        self._talk_button = self._entry_button("talk", "talk.svg")
        self._help_button = self._entry_button("help", "help.svg")
        for button in (self._signs_button, self._talk_button, self._help_button):
            column.addWidget(button)
        column.addSpacing(16)

        self._emergency = paragraph("", role="lead")
        self._emergency.setObjectName("emergencyLine")
        column.addWidget(self._emergency)

        # Link buttons wrap: at 200 % text their one line was wider than the page.
        self._threat_link = LinkButton()
        self._threat_link.setObjectName("threatGuideLink")
        self._threat_link.clicked.connect(lambda: self.context.open("guide", THREAT_GUIDE_ID))
        column.addWidget(self._threat_link)

        self._luring_link = LinkButton()
        self._luring_link.clicked.connect(lambda: self.context.open("luring"))
        column.addWidget(self._luring_link)

        # Preparing before anything happens: rehearse the talk, make a plan, give the child their own page.
        self._practice_link = self._page_link("practice", "homePracticeLink", column)
        self._plan_link = self._page_link("family-plan", "homePlanLink", column)
        self._child_link = self._page_link("for-child", "homeChildLink", column)

        self._fill_welcome()
        self.retranslate()
        self.follow_content(self._on_content_changed)
        context.region_changed.connect(self._update_emergency)

    def retranslate(self) -> None:
        self._signs_button.set_texts(self.tr("Check warning signs"),
                                     self.tr("Go through what you have noticed, one sign at a time."))
        self._talk_button.set_texts(self.tr("Start a conversation"),
                                    self.tr("Gentle ways to begin a talk with your child, for every age."))
        self._help_button.set_texts(self.tr("Get help now"),
                                    self.tr("People you can call, text or write to, day and night."))
        self._threat_link.setText(self.tr("Someone is threatening my child: what to do, step by step"))
        self._threat_link.setAccessibleName(self._threat_link.text())
        self._luring_link.setText(self.tr("Learn how online luring works"))
        self._luring_link.setAccessibleName(self._luring_link.text())
        for link, words in ((self._practice_link, self.tr("Practise a hard conversation before you have it")),
                            (self._plan_link, self.tr("Make a family safety plan together")),
                            (self._child_link, self.tr("Read the page for your child, and print it"))):
            link.setText(words)
            link.setAccessibleName(words)
        self._update_emergency()

    def _page_link(self, page_id: str, name: str, column: QVBoxLayout) -> LinkButton:
        link = LinkButton()
        link.setObjectName(name)
        link.clicked.connect(lambda: self.context.open(page_id))
        column.addWidget(link)
        return link

    def _entry_button(self, page_id: str, icon_name: str) -> EntryButton:
        icon_file = asset_path(f"icons/{icon_name}")
        button = EntryButton(QIcon(str(icon_file)) if icon_file.is_file() else None)
        button.setObjectName(f"home-{page_id}")
        button.clicked.connect(lambda: self.context.open(page_id))
        return button

    def _fill_welcome(self) -> None:
        clear_layout(self._welcome)
        section = self.context.content.section(WELCOME_SECTION)
        if section is None:
            return
        self._welcome.addWidget(heading(section.title, 1))
        for text in section.paragraphs:
            self._welcome.addWidget(paragraph(text, role="lead"))

    @Slot()
    def _on_content_changed(self) -> None:
        self._fill_welcome()
        self._update_emergency()

    @Slot()
    def _update_emergency(self) -> None:
        region = self.context.content.region(self.context.region)
        if region is None or not region.emergency_number:
            self._emergency.setText(
                self.tr("If a child is in danger right now, call your local emergency number."))
            return
        sentence = self.tr("If a child is in danger right now, call {number}.")
        self._emergency.setText(sentence.format(number=region.emergency_number))
