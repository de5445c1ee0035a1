"""Glossary words on a page: the first use of each links to a small window with its plain definition.

A page keeps one :class:`GlossaryLinks`. Its :meth:`~GlossaryLinks.label` makes a wrapped label in which the
first use on the page of each glossary word is a link (``glossary:ID``); Tab reaches the link and Enter opens it,
as a click does. A page whose labels already exist and change text (a stage, a sign) names them once, in
reading order, with :meth:`~GlossaryLinks.track`, and sets their text with :meth:`~GlossaryLinks.set_text`:
every tracked label is linked again in order, so the first use on the page is the one linked whichever label
changed. Parts read on their own (a starter card's details) take :meth:`~GlossaryLinks.linked_html`. Content
links (``[words](kind:id)``) stay links to their pages, and no glossary link is made inside them.

The popup says the word, what it means, why the word is used when the content says so, and where the
definition comes from; Escape or Close closes it and the focus goes back where it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from guardian_app.content.glossary_links import GlossaryLinker, term_id_from_link
from guardian_app.content.links import plain
from guardian_app.content.practice_model import GlossaryTerm
from guardian_app.ui.context import AppContext
from guardian_app.ui.widgets.content_text import open_content_link
from guardian_app.ui.widgets.labels import paragraph


class GlossaryPopup(QDialog):
    """A small window with one term's definition; Escape or Close closes it.

    A dialog rather than a ``Qt.Popup``: a popup grabs the keyboard and mouse, which screen readers and some
    platforms handle badly; a small modeless dialog takes the focus and gives it back when closed.
    """

    def __init__(self, term: GlossaryTerm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term = term
        self.setObjectName("glossaryPopup")
        self.setWindowTitle(term.term)
        self.setAccessibleName(self.tr("Definition of {term}").format(term=term.term))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(term.term)
        title.setProperty("role", "h3")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.definition_label = paragraph(term.definition)
        layout.addWidget(self.definition_label)
        if term.why_this_word:
            layout.addWidget(paragraph(term.why_this_word))
        self.source_label = paragraph(self.tr("Source: {url}").format(url=term.source_url), role="muted")
        layout.addWidget(self.source_label)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the definition"))
        self.close_button.clicked.connect(self.close)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMaximumWidth(480)

    def open_near(self, point: QPoint) -> None:
        self.adjustSize()
        self.move(point)
        self.show()
        self.activateWindow()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)


#: How a tracked label shows its texts once each is HTML (a bullet list, say); by default one after the other.
Layout = Callable[[list[str]], str]

_LINK_FLAGS = (Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
               | Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)


@dataclass
class _Tracked:
    label: QLabel
    flags: Qt.TextInteractionFlag  # the label's own, kept while it shows no link (no silent Tab stop)
    texts: tuple[str, ...] = ()
    layout: Layout | None = None
    # What the label was last linked from (its texts, layout, and the words linked before it) and the words
    # linked after it: a label whose key has not changed is not linked again.
    key: tuple[object, ...] = ()
    linked_after: frozenset[str] = frozenset()


class GlossaryLinks(QObject):
    """Glossary links for one page; call :meth:`reset` before the page's text is built again."""

    def __init__(self, page: QWidget, context: AppContext) -> None:
        super().__init__(page)
        self._page = page
        self._context = context
        self._content = context.content
        self._linker = GlossaryLinker(context.content.glossary)
        self._tracked: list[_Tracked] = []
        self.popup: GlossaryPopup | None = None

    @property
    def linker(self) -> GlossaryLinker:
        # Built again when the content changed (another language), whichever page handler runs first.
        if self._content is not self._context.content:
            self._content = self._context.content
            self._linker = GlossaryLinker(self._content.glossary)
        return self._linker

    def reset(self) -> None:
        self.linker.reset()

    def html(self, text: str) -> str:
        """Content ``text`` as escaped HTML, with its links and the glossary words not yet linked on the page."""
        return self.linker.link_content(text)

    def linked_html(self, texts: Sequence[str]) -> list[str]:
        """Texts read on their own, as a card's details are: each glossary word linked once among them."""
        self.reset()
        return [self.html(text) for text in texts]

    def track(self, *labels: QLabel) -> None:
        """Show these labels' texts (set with :meth:`set_text`) with links, the labels in reading order."""
        for label in labels:
            self._tracked.append(_Tracked(label, label.textInteractionFlags()))
            label.setTextFormat(Qt.TextFormat.RichText)  # the HTML comes from html(): every word escaped
            self._open_links(label)

    def set_text(self, label: QLabel, text: str | Sequence[str], layout: Layout | None = None) -> None:
        """Give a tracked label its content text (or texts, shown by ``layout``); the page is linked again
        from that label on (the labels before it keep their links)."""
        entry = next(entry for entry in self._tracked if entry.label is label)
        entry.texts = (text,) if isinstance(text, str) else tuple(text)
        entry.layout = layout
        linker = self.linker
        linker.reset()
        for tracked in self._tracked:
            key = (tracked.texts, tracked.layout, frozenset(linker.linked), self._content)
            if key == tracked.key:
                linker.linked = set(tracked.linked_after)
                continue
            shown = [linker.link_content(item) for item in tracked.texts]
            rich = tracked.layout(shown) if tracked.layout is not None else "".join(shown)
            tracked.key, tracked.linked_after = key, frozenset(linker.linked)
            flags = _LINK_FLAGS if "<a " in rich else tracked.flags
            if tracked.label.textInteractionFlags() != flags:
                tracked.label.setTextInteractionFlags(flags)
            if tracked.label.text() != rich:  # a label given a text lays its page out again: only when new
                tracked.label.setText(rich)

    def label(self, text: str, role: str = "") -> QLabel:
        """A wrapped label for ``text``, with the first use on this page of each glossary word as a link, and
        the content's own links (``[words](kind:id)``, see ``links.py``) opening their pages."""
        label = paragraph(self.html(text), role=role, rich=True)
        label.setAccessibleName(plain(text))
        self._open_links(label)
        return label

    def attach(self, label: QLabel, text: str) -> QLabel:
        """Show content ``text`` in a label made elsewhere (once per label), linked as the page's next text."""
        label.setTextFormat(Qt.TextFormat.RichText)  # the HTML comes from html(): every word escaped
        label.setTextInteractionFlags(_LINK_FLAGS)
        label.setText(self.html(text))
        self._open_links(label)
        return label

    def _open_links(self, label: QLabel) -> None:
        label.setOpenExternalLinks(False)  # glossary: links are ours; nothing leaves the app
        label.linkActivated.connect(lambda link, source=label: self.open_link(link, source))

    def open_link(self, link: str, near: QWidget | None = None) -> GlossaryPopup | None:
        if open_content_link(self._context, link):  # a content link: its page, not a definition
            return None
        return self.open_term(term_id_from_link(link), near)

    def open_term(self, term_id: str, near: QWidget | None = None) -> GlossaryPopup | None:
        term = self._context.content.glossary_term(term_id)
        if term is None:
            return None
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
        self.popup = GlossaryPopup(term, self._page)
        anchor = near if near is not None else self._page
        self.popup.open_near(anchor.mapToGlobal(QPoint(0, anchor.height())))
        return self.popup
