"""Content text with real links: ``[words](kind:id)`` in the content becomes a link that opens its target.

Only Guardian's own markup makes links (``links.to_html``): every word from the content is escaped first, so
a content file can never add markup of its own. A link opens its page through the context
(``context.open(page_id, item_id)``), never a browser.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from guardian_app.content.links import HREF_PREFIX, has_links, target_from_href, to_html
from guardian_app.ui.context import AppContext


def content_html(text: str) -> str:
    """``text`` as escaped rich text with its links (line breaks kept)."""
    return to_html(text).replace("\n", "<br>")


def open_content_link(context: AppContext, href: str) -> bool:
    """Open the target of a content link (an address made by ``to_html``); False for any other address."""
    target = target_from_href(href)
    if target is None:
        return False
    context.open(*target.destination())
    return True


def open_any_link(context: AppContext, href: str) -> bool:
    """A content link opens its page; a tel:, sms: or https: address goes to the system (calling app,
    browser), as the Call and Website buttons of a help card do."""
    if open_content_link(context, href):
        return True
    if href.startswith(("tel:", "sms:", "https:")):
        from guardian_app.ui.widgets.resource_card import open_url

        return open_url(href)
    return False


def make_links_open(label: QLabel, context: AppContext, on_help: Callable[[], None] | None = None) -> None:
    """Let ``label`` show rich text whose links open Guardian's pages (by mouse and by keyboard).

    ``on_help`` replaces what a link to Get help now as a whole does (the urgent banner opens it on the
    situation of the sign ticked)."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    flag = Qt.TextInteractionFlag
    label.setTextInteractionFlags(flag.TextSelectableByMouse | flag.TextSelectableByKeyboard
                                  | flag.LinksAccessibleByMouse | flag.LinksAccessibleByKeyboard)
    if on_help is None:
        label.linkActivated.connect(lambda href: open_any_link(context, href))
        return

    def open_link(href: str) -> None:
        if href == f"{HREF_PREFIX}page:help":
            on_help()
        else:
            open_any_link(context, href)

    label.linkActivated.connect(open_link)


def set_content_text(label: QLabel, text: str) -> None:
    """Show ``text`` in a label prepared by :func:`make_links_open`."""
    label.setText(content_html(text))


def content_label(text: str, context: AppContext, parent: QWidget | None = None, *, role: str = "") -> QLabel:
    """A wrapped, selectable paragraph of content whose links open their pages."""
    label = QLabel(parent)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    make_links_open(label, context)
    set_content_text(label, text)
    return label


__all__ = ["content_html", "content_label", "has_links", "make_links_open", "open_any_link", "open_content_link",
           "set_content_text"]
