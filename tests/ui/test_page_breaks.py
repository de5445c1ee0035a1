"""A long action plan runs on, but never with a heading alone at a page's foot or a step split across pages."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from guardian_app.content.model import Content
from guardian_app.family.session import Session
from guardian_app.handouts.action_plan import action_plan_html
from guardian_app.ui.page_breaks import keep_together


def test_no_heading_or_step_is_split(qapp, content_en: Content) -> None:  # type: ignore[no-untyped-def]
    session = Session(ticked_signs=[sign.id for sign in content_en.signs],
                      plan=[starter.id for starter in content_en.starters[:12]])
    document = QTextDocument()
    document.setHtml(action_plan_html(session, content_en, "CA"))
    page_height = 700.0
    document.setPageSize(QSizeF(500, page_height))
    assert keep_together(document) > 0
    assert document.pageCount() > 1
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        top, bottom = int((rect.top() + 0.5) // page_height), int((rect.bottom() - 0.5) // page_height)
        assert top == bottom, block.text()
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            assert int((layout.blockBoundingRect(following).top() + 0.5) // page_height) == top, block.text()
        block = following
