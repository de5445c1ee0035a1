"""The About page: what Guardian is and is not, the credit, privacy, quick exit's limits, and the sources.

The sources list is built from the content itself, so every help line shown anywhere in the app can be traced
here to the official pages it was checked against and the date of that check.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from guardian_app import __version__
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.widgets.buttons import LinkButton
from guardian_app.ui.widgets.labels import heading, paragraph
from guardian_app.ui.widgets.layouts import clear_layout
from guardian_app.ui.widgets.panels import Card
from guardian_app.ui.widgets.resource_card import breakable_address

SECTION_IDS = ("about-what", "about-not", "about-credit", "about-privacy", "about-quick-exit")
SOURCES_SECTION = "about-sources"


class AboutPage(Page):
    """Texts from ``pages.yaml`` plus every resource of the current region with its sources."""

    page_id = "about"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._scroll = self.fill_with_column()
        self._title = heading("", 1)
        self._scroll.column.addWidget(self._title)
        self._body = QVBoxLayout()
        self._body.setSpacing(14)
        self._scroll.column.addLayout(self._body)
        self._sources_heading: QWidget | None = None
        self.retranslate()
        self.follow_content(self._rebuild)
        context.region_changed.connect(self._rebuild)

    def retranslate(self) -> None:
        self._title.setText(self.tr("About Guardian"))
        self._rebuild()

    def show_item(self, item_id: str) -> None:
        if item_id == "sources" and self._sources_heading is not None:
            self._scroll.ensureWidgetVisible(self._sources_heading, 0, 40)

    @Slot()
    def _rebuild(self) -> None:
        clear_layout(self._body)
        content = self.context.content
        for section_id in SECTION_IDS:
            section = content.section(section_id)
            if section is None:
                continue
            card = Card()
            card.body.addWidget(heading(section.title, 2))
            for text in section.paragraphs:
                card.body.addWidget(paragraph(text))
            self._body.addWidget(card)
        self._add_sources()
        version = paragraph(self.tr("Guardian version {version}").format(version=__version__), role="muted")
        self._body.addWidget(version)
        # The page ends with what to do next.
        next_action = LinkButton(self.tr("Next: Get help now, with the lines for your region"))
        next_action.setObjectName("aboutNextAction")
        next_action.clicked.connect(lambda: self.context.open("help"))
        self._body.addWidget(next_action, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_sources(self) -> None:
        content = self.context.content
        section = content.section(SOURCES_SECTION)
        region = content.region(self.context.region)
        title = section.title if section else self.tr("Sources")
        self._sources_heading = heading(title, 2)
        self._body.addWidget(self._sources_heading)
        if section is not None:
            for text in section.paragraphs:
                self._body.addWidget(paragraph(text))
        if region is not None:
            region_line = self.tr("Region: {region}").format(region=region.name)
            self._body.addWidget(paragraph(region_line, role="lead"))
        locale = QLocale(content.language)
        for resource in content.resources_for(self.context.region):
            card = Card()
            card.setObjectName(f"source-{resource.id}")
            card.body.addWidget(heading(resource.name, 3))
            # Addresses may wrap after dots and slashes: a long one was wider than the page at 200 % text.
            links = "<br>".join(
                f'<a href="{html.escape(url, quote=True)}">{breakable_address(html.escape(url))}</a>'
                for url in resource.source_urls)
            card.body.addWidget(paragraph(links, rich=True))
            checked = QDate(resource.verified_on.year, resource.verified_on.month, resource.verified_on.day)
            checked_text = locale.toString(checked, QLocale.FormatType.LongFormat)
            checked_line = self.tr("Checked on {date}").format(date=checked_text)
            card.body.addWidget(paragraph(checked_line, role="muted"))
            self._body.addWidget(card)
