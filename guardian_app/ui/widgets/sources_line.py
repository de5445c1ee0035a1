"""A short "Sources:" line of links, for a text whose facts come from published pages (a guide step's
``sources``): each link names the site, and opens the page in the browser through ``open_url``."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from guardian_app.ui import theme
from guardian_app.ui.widgets.resource_card import breakable_address, open_url


def site_name(url: str) -> str:
    """The site of ``url`` as people say it: "fbi.gov", not "https://www.fbi.gov/news/...". """
    return (urlsplit(url).hostname or url).rstrip(".").removeprefix("www.")


class SourcesLine(QLabel):
    """ "Sources: fbi.gov, napier.ac.uk", each a link to its page."""

    def __init__(self, urls: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.urls = urls
        self.setObjectName("sourcesLine")
        self.setProperty("role", "muted")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setAccessibleName(self.tr("Where this comes from"))
        self.linkActivated.connect(open_url)
        self.apply_theme()

    def apply_theme(self) -> None:
        """Write the links again in the theme's link colour."""
        colour = theme.current().accent
        links = ", ".join(
            f'<a href="{html.escape(url, quote=True)}" style="color: {colour}">'
            f"{breakable_address(html.escape(site_name(url)))}</a>"
            for url in self.urls)
        text = self.tr("Source: {links}") if len(self.urls) == 1 else self.tr("Sources: {links}")
        self.setText(text.format(links=links))
