"""Glossary words on a page: the first use of each links to a small window with its plain definition.

A page keeps one :class:`GlossaryLinks`. Its :meth:`~GlossaryLinks.label` makes a wrapped label in which the
first use on the page of each glossary word is a link (``glossary:ID``); Tab reaches the link and Enter opens it,
as a click does. The popup says the word, what it means, why the word is used when the content says so, and
where the definition comes from; Escape or Close closes it and the focus goes back where it was.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from guardian_app.content.glossary_links import GlossaryLinker, term_id_from_link
from guardian_app.content.links import HREF_PREFIX, LinkPart, parse, plain
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


class GlossaryLinks(QObject):
    """Glossary links for one page; call :meth:`reset` before the page's text is built again."""

    def __init__(self, page: QWidget, context: AppContext) -> None:
        super().__init__(page)
        self._page = page
        self._context = context
        self._linker = GlossaryLinker(context.content.glossary)
        self.popup: GlossaryPopup | None = None
        context.content_changed.connect(self._on_content_changed)

    def reset(self) -> None:
        self._linker.reset()

    def label(self, text: str, role: str = "") -> QLabel:
        """A wrapped label for ``text``, with the first use on this page of each glossary word as a link, and
        the content's own links (``[words](kind:id)``, see ``links.py``) opening their pages."""
        shown = "".join(
            f'<a href="{html.escape(HREF_PREFIX + str(part.target))}">{html.escape(part.text)}</a>'
            if isinstance(part, LinkPart) else self._linker.link(part.text)
            for part in parse(text))
        label = paragraph(shown, role=role, rich=True)
        label.setOpenExternalLinks(False)  # glossary: links are ours; nothing leaves the app
        label.setAccessibleName(plain(text))
        label.linkActivated.connect(lambda link, source=label: self.open_link(link, source))
        return label

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

    @Slot()
    def _on_content_changed(self) -> None:
        self._linker = GlossaryLinker(self._context.content.glossary)
