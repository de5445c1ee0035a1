"""Presentation mode (F11) on the session page is a family view: nothing meant for the counselor is on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from guardian_app.family.session import AgreedAction
from guardian_app.ui.pages.session import SessionPage

# Every widget only the counselor sees, by object name: instructions, label field, private notes, the
# agreed-actions editor, the screening-tool explainer, "include my notes" and the session buttons.
COUNSELOR_ONLY = (
    "session-intro",
    "session-label",
    "session-notes",
    "session-agreed-editor",
    "session-screening-tools",
    "session-include-notes",
    "session-buttons",
)


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = SessionPage(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    return widget


def _usual_session(page: SessionPage) -> SessionPage:
    context = page.context
    signs = [sign for sign in context.content.signs if sign.level == "urgent"][:1] + [
        sign for sign in context.content.signs if sign.level != "urgent"][:3]
    for sign in signs:
        context.session.set_ticked(sign.id, True)
        context.session.sign_notes[sign.id] = "NOTE-CANARY"
    for starter in context.content.starters[:3]:
        context.session.set_in_plan(starter.id, True)
    context.session.actions.append(AgreedAction("Parent", "Call the school counselor", "Friday"))
    context.session.next_meeting = "Tuesday, 4 pm"
    context.session.notes = "PRIVATE-CANARY"
    context.notify_session_changed()
    page.refresh()
    QCoreApplication.processEvents()  # widgets added to a shown layout appear on the next event loop pass
    return page


def _named(page: SessionPage, name: str) -> QWidget:
    found = page.findChildren(QWidget, name)
    assert len(found) == 1, name
    return found[0]


def _visible_text(page: SessionPage) -> str:
    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def test_f11_hides_every_counselor_only_widget_and_restores_them(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.show()
    qtbot.waitExposed(page)
    _usual_session(page)
    notes = page.note_holders()
    assert len(notes) == 4
    for name in COUNSELOR_ONLY:
        assert _named(page, name).isVisible(), name
    assert all(note.isVisible() for note in notes)
    assert not _named(page, "session-agreed-family").isVisible()

    page.context.set_presentation_mode(True)  # what F11 (the window's presentation action) does
    QCoreApplication.processEvents()
    for name in COUNSELOR_ONLY:
        assert not _named(page, name).isVisible(), name
    assert not any(note.isVisible() for note in page.note_holders())
    family = _named(page, "session-agreed-family")
    assert family.isVisible()
    text = _visible_text(page)
    assert "Call the school counselor" in text and "Tuesday, 4 pm" in text
    assert "CANARY" not in text
    assert page.context.content.starters[0].opener in text
    # Levels in words, without alarm colours.
    levels = [label for label in page.findChildren(QLabel)
              if label.objectName().startswith("level-") and label.isVisible()]
    assert levels and all(label.styleSheet() == "" for label in levels)
    assert all(label.text().startswith("How serious:") for label in levels)

    page.context.set_presentation_mode(False)
    QCoreApplication.processEvents()
    for name in COUNSELOR_ONLY:
        assert _named(page, name).isVisible(), name
    assert all(note.isVisible() for note in page.note_holders())
    assert not _named(page, "session-agreed-family").isVisible()
    urgent = [label for label in page.findChildren(QLabel)
              if label.objectName() == "level-urgent" and label.isVisible()]
    assert urgent and "color" in urgent[0].styleSheet()


def test_agreed_actions_typed_in_the_editor_go_into_the_session(page) -> None:  # type: ignore[no-untyped-def]
    _usual_session(page)
    page.agreed_editor.add_row()
    who, what, when = page.agreed_editor.row_edits[-1]
    for edit, text in ((who, "Counselor"), (what, "Check in with the teacher"), (when, "next week")):
        edit.setText(text)
        edit.textEdited.emit(text)
    assert page.context.session.actions[-1] == AgreedAction("Counselor", "Check in with the teacher", "next week")
    page.agreed_editor.meeting_edit.textEdited.emit("Monday")
    assert page.context.session.next_meeting == "Monday"
