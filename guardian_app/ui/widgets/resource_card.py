"""One help resource as a card: what it is for, its number (selectable text) and one-click actions.

Used by "Get help now", by the step-by-step guides (compact form) and by any page that points to help.
Every action goes through ``QDesktopServices.openUrl`` (``tel:``, ``sms:``, ``https:``), so the computer's own
calling, texting or browser app takes over; nothing here touches the network.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from guardian_app.content.model import Phone, Resource
from guardian_app.ui import theme
from guardian_app.ui.widgets.labels import announce, plain_tooltip
from guardian_app.ui.widgets.layouts import FlowLayout

# Long enough to read, short enough not to linger over the next action.
STATUS_MESSAGE_MS = 4000
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
_HAS_LETTERS = re.compile(r"[A-Za-z]")
REPORT_GROUP = "report"  # the resource group whose web address is a report form


def copyable_number(phone: Phone) -> str:
    """The number as people would paste it into a phone: digits with their usual grouping.

    Displays such as "1-800-CALL-FBI (1-800-225-5324)" or "1-800-843-5678 (1-800-THE-LOST)" carry a second,
    spelled form; the one to copy is the form made of digits.
    """
    main, _, rest = phone.display.partition(" (")
    alternative = rest.rstrip(")")
    if _HAS_LETTERS.search(main) and alternative and not _HAS_LETTERS.search(alternative):
        return alternative
    return main if alternative else phone.display


def format_checked_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A date in words for the reader's language, e.g. "29 November 2026" or "29 novembre 2026"."""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def open_url(url: str) -> bool:
    """Hand a tel:, sms: or https: address to the system; False when nothing on this computer can open it."""
    return bool(url) and QDesktopServices.openUrl(QUrl(url))


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or url).rstrip(".")
    return host.removeprefix("www.")


def breakable_address(address: str) -> str:
    """``address`` with a place to wrap after each dot and slash (a zero-width space), as browsers wrap
    addresses: at large text a long one wraps onto the next line instead of widening or cutting off the card.
    Only for showing; links keep the address as it is."""
    return address.replace(".", ".\u200b").replace("/", "/\u200b")


class NaturalLabel(QLabel):
    """A word-wrapped label that asks for its text's width on one line: in a flow it takes a whole line
    when it fits and wraps only when the line is too short (Qt's own hint for wrapped text is narrower)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.wordWrap() or not self.text():
            return hint
        margins = self.contentsMargins()
        width = (self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 2
                 + margins.left() + margins.right())
        return QSize(width, self.heightForWidth(width))


class ResourceCard(QFrame):
    """A resource with its actions.

    ``compact`` leaves out languages and sources, for short lists under a guide step.
    """

    def __init__(
        self,
        resource: Resource,
        *,
        compact: bool = False,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.resource = resource
        self.compact = compact
        self._locale = locale or QLocale()
        self.setObjectName(f"resource-{resource.id}")
        # The card is a group named after the service, so "1-833-900-1010" is heard inside "Canadian Human
        # Trafficking Hotline" while each label keeps its own text as its name.
        self.setAccessibleName(resource.name)
        self.setProperty("role", "card")
        self.setProperty("resourceCard", "true")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Not "Maximum" vertically: that caps the card at its one-line size hint, and wrapped text (large text,
        # narrow window) would be cut off. The layouts around cards keep them from stretching.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.call_button: QPushButton | None = None
        self.copy_button: QPushButton | None = None
        self.text_button: QPushButton | None = None
        self.chat_button: QPushButton | None = None
        self.web_button: QPushButton | None = None
        self.number_label: QLabel | None = None
        self.sources_label: QLabel | None = None
        self.status_label = QLabel(self)
        self.status_label.setObjectName("cardStatus")
        self.status_label.setProperty("role", "muted")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_MESSAGE_MS)
        self._status_timer.timeout.connect(self.status_label.hide)
        self._build()

    # --- public -------------------------------------------------------------------------------------------

    def call(self) -> None:
        if not open_url(self.resource.tel_url()):
            self._show_status(self.tr("This computer has no calling app. Dial the number on your phone."))

    def copy_number(self) -> None:
        if self.resource.phone:
            QGuiApplication.clipboard().setText(copyable_number(self.resource.phone))
            self._show_status(self.tr("Copied"))

    def send_text(self) -> None:
        if not open_url(self.resource.sms_url()):
            self._show_status(self.tr("This computer has no texting app. Send the text from your phone."))

    def open_chat(self) -> None:
        if not open_url(self.resource.chat):
            self._show_status(self.tr("Could not open the chat page. Type the address into your browser."))

    def open_website(self) -> None:
        if not open_url(self.resource.web):
            self._show_status(self.tr("Could not open the website. Type the address into your browser."))

    def first_action(self) -> QPushButton | None:
        """The button keyboard focus should land on when this card is shown from elsewhere."""
        buttons = (self.call_button, self.text_button, self.chat_button, self.web_button)
        return next((button for button in buttons if button is not None), None)

    def apply_theme(self) -> None:
        """Colours set when the card was built (the source links) follow the theme in use."""
        if self.sources_label is not None:
            self.sources_label.setText(self._sources_text())

    # --- building -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        res = self.resource
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)

        # A flow, not a fixed row: at large text sizes the badge moves under the name instead of widening
        # the card.
        title_row = FlowLayout(spacing=8)
        self.name_label = NaturalLabel(res.name, self)
        self.name_label.setObjectName("resourceName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)  # content is text, never markup
        self.name_label.setProperty("role", "h3")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(SELECTABLE)
        title_row.addWidget(self.name_label)
        if res.subregion == "QC":
            # Said in words, not only by colour or position: a parent outside Quebec should not call these.
            only = QLabel(self.tr("Quebec only"), self)
            only.setObjectName("subregionBadge")
            title_row.addWidget(only)
        layout.addLayout(title_row)

        purpose = QLabel(res.purpose, self)
        purpose.setObjectName("resourcePurpose")
        purpose.setTextFormat(Qt.TextFormat.PlainText)
        purpose.setWordWrap(True)
        layout.addWidget(purpose)

        if res.phone:
            self.number_label = QLabel(res.phone.display, self)
            self.number_label.setObjectName("phoneNumber")
            self.number_label.setTextFormat(Qt.TextFormat.PlainText)
            self.number_label.setProperty("role", "h3")
            self.number_label.setTextInteractionFlags(SELECTABLE)
            self.number_label.setWordWrap(True)
            # Its name stays its text, the number: a screen reader reads the number, and says what it is after.
            self.number_label.setAccessibleDescription(self.tr("Phone number of {name}").format(name=res.name))
            layout.addWidget(self.number_label)
        if res.text:
            text_label = QLabel(self._text_sentence(), self)
            text_label.setObjectName("textLine")
            text_label.setTextFormat(Qt.TextFormat.PlainText)
            text_label.setTextInteractionFlags(SELECTABLE)
            text_label.setWordWrap(True)
            layout.addWidget(text_label)
        actions = self._action_row()
        if actions is not None:
            layout.addLayout(actions)
        layout.addWidget(self.status_label)

        details = []
        if res.hours:
            details.append(self.tr("Hours: {hours}").format(hours=res.hours))
        if res.languages and not self.compact:
            details.append(self.tr("Languages: {languages}").format(languages=res.languages))
        if res.note:
            details.append(res.note)
        for text in details:
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)

        if not self.compact:
            layout.addWidget(self._sources_label())

    def _text_sentence(self) -> str:
        text = self.resource.text
        assert text is not None
        number = text.display or text.number
        if text.keyword:
            return self.tr("Text {keyword} to {number}").format(keyword=text.keyword, number=number)
        return self.tr("Text {number}").format(number=number)

    def _action_row(self) -> FlowLayout | None:
        """The actions, most direct first: call, copy, text, chat, website; they wrap onto more rows when the
        card is narrow or the text is large."""
        res = self.resource
        row = FlowLayout(spacing=8)
        if res.phone:
            self.call_button = QPushButton(self.tr("Call"), self)
            self.call_button.setProperty("role", "primary")
            self.call_button.setAccessibleName(self.tr("Call {name}").format(name=res.name))
            self.call_button.setToolTip(plain_tooltip(self.tr("Call {number}").format(number=res.phone.display)))
            self.call_button.clicked.connect(self.call)
            row.addWidget(self.call_button)
            self.copy_button = QPushButton(self.tr("Copy number"), self)
            self.copy_button.setAccessibleName(self.tr("Copy the number of {name}").format(name=res.name))
            self.copy_button.clicked.connect(self.copy_number)
            row.addWidget(self.copy_button)
        if res.text:
            self.text_button = QPushButton(self.tr("Send a text"), self)
            self.text_button.setAccessibleName(self.tr("Send a text to {name}").format(name=res.name))
            self.text_button.setToolTip(plain_tooltip(self._text_sentence()))
            self.text_button.clicked.connect(self.send_text)
            row.addWidget(self.text_button)
        if res.chat:
            self.chat_button = QPushButton(self.tr("Chat online"), self)
            self.chat_button.setAccessibleName(self.tr("Chat online with {name}").format(name=res.name))
            self.chat_button.setToolTip(plain_tooltip(res.chat))
            self.chat_button.clicked.connect(self.open_chat)
            row.addWidget(self.chat_button)
        # When chat and website are the same page, one button is enough.
        if res.web and res.web.rstrip("/") != res.chat.rstrip("/"):
            if res.group == REPORT_GROUP:
                # A reporting service's web address is where the report is made: say so on the button.
                self.web_button = QPushButton(self.tr("Report online"), self)
                self.web_button.setAccessibleName(self.tr("Report online to {name}").format(name=res.name))
            else:
                self.web_button = QPushButton(self.tr("Website"), self)
                self.web_button.setAccessibleName(self.tr("Open the website of {name}").format(name=res.name))
            self.web_button.setToolTip(plain_tooltip(res.web))
            self.web_button.clicked.connect(self.open_website)
            row.addWidget(self.web_button)
        if row.count() == 0:
            return None
        return row

    def _sources(self) -> list[tuple[str, str]]:
        """(host, address) of the sources shown: two are enough to check a detail; About lists them all."""
        hosts: list[tuple[str, str]] = []
        for url in self.resource.source_urls:
            host = _host(url)
            if host not in (known for known, _ in hosts):
                hosts.append((host, url))
        return hosts[:2]

    def _sources_text(self, *, plain: bool = False) -> str:
        """The sources line as shown (links), or ``plain``: the same words as a screen reader should say them,
        without the wrapping hints inside the addresses."""
        colour = theme.current().accent
        links = ", ".join(
            host if plain else
            f'<a href="{html.escape(url)}" style="color: {colour}">{breakable_address(html.escape(host))}</a>'
            for host, url in self._sources())
        checked = format_checked_date(self.resource.verified_on, self._locale)
        return self.tr("Checked on {date}. Source: {links}").format(date=checked, links=links)

    def _sources_label(self) -> QLabel:
        label = QLabel(self._sources_text(), self)
        self.sources_label = label
        label.setObjectName("sourceLine")
        label.setProperty("role", "muted")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        # Named by what it shows (the date and the addresses); what it is goes in the description.
        label.setAccessibleName(self._sources_text(plain=True))
        label.setAccessibleDescription(self.tr("Sources for {name}").format(name=self.resource.name))
        # Links go through open_url like every other action, so tests and policies see one path.
        label.linkActivated.connect(open_url)
        return label

    def _show_status(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.show()
        self._status_timer.start()
        announce(self.status_label, message)  # "Copied" is heard although the focus stays on the button
