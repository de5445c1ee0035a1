"""The counselor session page: signs by stage, private notes, presentation mode, summary exports."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from guardian_app.ui.pages.session import SessionPage


def _pdf_text(path: Path) -> str:
    text = " ".join((page.extract_text() or "") for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures such as "fi" vary


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = SessionPage(context)
    qtbot.addWidget(widget)
    return widget


def _tick_two(context) -> list:  # type: ignore[no-untyped-def]
    signs = [context.content.signs[0], context.content.signs[-1]]
    for sign in signs:
        context.session.set_ticked(sign.id, True)
    context.session.set_in_plan(context.content.starters[0].id, True)
    context.notify_session_changed()
    return signs



def note_editors(page: QWidget) -> dict[str, QPlainTextEdit]:
    """The private note fields on the page, by sign id (fields of a rebuilt list are deleted first)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    prefix = "signNote-"
    return {editor.objectName().removeprefix(prefix): editor for editor in page.findChildren(QPlainTextEdit)
            if editor.objectName().startswith(prefix)}


def test_shows_ticked_signs_under_their_stage_with_note_boxes(page, context) -> None:  # type: ignore[no-untyped-def]
    signs = _tick_two(context)
    assert set(note_editors(page)) == {sign.id for sign in signs}
    texts = " ".join(label.text() for label in page.findChildren(type(page.title)))
    assert signs[0].label in texts
    assert context.content.starters[0].opener in texts
    first_stage = context.content.stage(signs[0].stages[0])
    assert first_stage is not None


def test_typing_notes_goes_into_the_session(page, context) -> None:  # type: ignore[no-untyped-def]
    signs = _tick_two(context)
    note_editors(page)[signs[0].id].setPlainText("Saw it on Monday")
    page.notes_edit.setPlainText("General note")
    page.label_edit.setText("")
    page.label_edit.textEdited.emit("Group B")
    assert context.session.sign_notes[signs[0].id] == "Saw it on Monday"
    assert context.session.notes == "General note"
    assert context.session.label == "Group B"
    context.notify_session_changed()  # a rebuild keeps the notes
    assert note_editors(page)[signs[0].id].toPlainText() == "Saw it on Monday"


def test_presentation_mode_hides_private_notes(page, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    signs = _tick_two(context)
    page.show()
    qtbot.waitExposed(page)
    editor = note_editors(page)[signs[0].id]
    assert editor.isVisible() and page.notes_edit.isVisible()
    context.set_presentation_mode(True)
    assert not editor.isVisible()
    assert not page.notes_edit.isVisible()
    assert not page.include_notes.isVisible()
    page.include_notes.setChecked(True)
    context.session.notes = "PRIVATE-CANARY"
    assert "PRIVATE-CANARY" not in page.summary_html()
    context.set_presentation_mode(False)
    assert note_editors(page)[signs[0].id].isVisible()
    assert "PRIVATE-CANARY" in page.summary_html()


def test_session_replaced_resets_the_page(page, context) -> None:  # type: ignore[no-untyped-def]
    _tick_two(context)
    context.session.notes = "old"
    page.notes_edit.setPlainText("old")
    context.replace_session()
    assert note_editors(page) == {}
    assert page.notes_edit.toPlainText() == ""


def test_screening_tools_explainer_says_guardian_gives_no_score(page) -> None:  # type: ignore[no-untyped-def]
    texts = " ".join(label.text() for label in page.findChildren(type(page.title)))
    for name in ("CSE-IT", "TVIT", "QYIT", "SSCST"):
        assert name in texts
    assert "never gives a score" in texts


def test_every_interactive_widget_has_an_accessible_name(page, context) -> None:  # type: ignore[no-untyped-def]
    _tick_two(context)
    for widget in page.findChildren(QPushButton) + page.findChildren(QLineEdit) + page.findChildren(
            QPlainTextEdit):
        assert widget.accessibleName(), widget


def test_export_summary_pdf_reads_back(page, context, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    signs = _tick_two(context)
    context.session.label = "Room 4 <b>"
    target = tmp_path / "summary"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    page.export_pdf()
    text = _pdf_text(tmp_path / "summary.pdf")
    assert "Our action plan" in text
    assert "Room 4 <b>" in text
    assert " ".join(signs[0].label.split()) in text
    assert "not a screening tool" in text


def test_print_page_uses_the_printing_module(page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import guardian_app.ui.printing as printing

    calls = []
    monkeypatch.setattr(printing, "print_html", lambda html, parent, title="": calls.append(html) or True)
    page.print_page()
    assert calls and "Our action plan" in calls[0]
