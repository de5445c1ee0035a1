"""The duty-to-report note shows on the counselor's session page, with its sources, and the family view hides it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from guardian_app.ui.pages.session import SessionPage

NOTE = "session-duty-to-report"


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = SessionPage(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    QCoreApplication.processEvents()
    return widget


def _note(page: SessionPage) -> QWidget:
    found = page.findChildren(QWidget, NOTE)
    assert len(found) == 1
    return found[0]


def test_note_shows_with_its_title_text_and_sources(page) -> None:  # type: ignore[no-untyped-def]
    section = page.context.content.section("counselor-duty-to-report")
    assert section is not None
    note = _note(page)
    assert note.isVisible()
    texts = [label.text() for label in note.findChildren(QLabel)]
    assert section.title in texts
    assert section.paragraphs[0] in texts
    sources = note.findChildren(QLabel, "sourcesLine")
    assert len(sources) == 1 and sources[0].isVisible()
    assert all(url in sources[0].text() for url in section.sources)


def test_note_sits_with_the_screening_tools_and_is_hidden_in_presentation_mode(page) -> None:  # type: ignore[no-untyped-def]
    tools = page.findChildren(QWidget, "session-screening-tools")[0]
    note = _note(page)
    assert tools.isAncestorOf(note)
    page.context.set_presentation_mode(True)
    QCoreApplication.processEvents()
    assert not note.isVisible()
    page.context.set_presentation_mode(False)
    QCoreApplication.processEvents()
    assert note.isVisible()
