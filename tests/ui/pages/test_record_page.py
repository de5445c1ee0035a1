"""The record of events page: add, edit, delete entries; export a PDF for the police."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QLineEdit, QListWidget, QMessageBox, QPlainTextEdit, QPushButton

from guardian_app.family.record import EventEntry, EventRecord
from guardian_app.ui.pages.record import RecordPage
from guardian_app.ui.saving.state import state_for


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    widget = RecordPage(context)
    qtbot.addWidget(widget)
    return widget


def _type(page: RecordPage, name: str, text: str) -> None:
    editor = page.fields[name]
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)
        editor.textEdited.emit(text)


def test_add_edit_and_delete_entries(page, context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    record = state_for(context).record
    assert not page.form_card.isEnabled()
    page.add_entry()
    _type(page, "platform", "Game chat")
    _type(page, "what_happened", "Asked for a photo, then threatened to share it")
    page.add_entry()
    _type(page, "username", "cool_gamer_99")
    assert [entry.platform for entry in record.entries] == ["Game chat", ""]
    assert record.entries[1].username == "cool_gamer_99"
    assert "Game chat" in page.entry_list.item(0).text()
    page.entry_list.setCurrentRow(0)
    assert page.fields["platform"].text() == "Game chat"  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Cancel)
    page.delete_entry()
    assert len(record.entries) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    page.delete_entry()
    assert [entry.username for entry in record.entries] == ["cool_gamer_99"]


def test_explains_why_no_pictures_are_kept(page) -> None:  # type: ignore[no-untyped-def]
    texts = " ".join(label.text() for label in page.findChildren(type(page.title)))
    assert "never images" in texts
    assert "Where the screenshots are kept" in texts


def test_every_interactive_widget_has_an_accessible_name(page) -> None:  # type: ignore[no-untyped-def]
    page.add_entry()
    widgets = (page.findChildren(QPushButton) + page.findChildren(QLineEdit)
               + page.findChildren(QPlainTextEdit)
               + page.findChildren(QListWidget))
    for widget in widgets:
        assert widget.accessibleName(), widget


def test_reopened_record_is_shown(page, context) -> None:  # type: ignore[no-untyped-def]
    state = state_for(context)
    state.replace_record(EventRecord("March", [EventEntry(platform="Photo app", report_number="A-1")]), 3)
    assert page.label_edit.text() == "March"
    assert page.fields["report_number"].text() == "A-1"  # type: ignore[union-attr]
    assert not state.record_unsaved()


def test_export_record_pdf_reads_back(page, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page.add_entry()
    _type(page, "platform", "Photo app")
    _type(page, "username", "user<script>")
    _type(page, "payment_amount", "$50 gift card")
    _type(page, "reported_to", "Cybertip.ca")
    _type(page, "report_number", "CT-12345")
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    page.export_pdf()
    text = " ".join((p.extract_text() or "") for p in PdfReader(str(target)).pages)
    text = unicodedata.normalize("NFKC", text)
    text = " ".join(text.split())  # ligatures such as "fi" and line breaks vary
    for expected in ("Record of events", "Photo app", "user<script>", "$50 gift card", "CT-12345",
                     "Report or file number"):
        assert expected in text


def test_the_fields_tiplines_ask_for_are_typed_and_printed(page, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    page.add_entry()
    typed = {"child_account": "mia.draws", "other_names": "jay_2009, 555-0134",
             "transaction_numbers": "Gift card 4821-XXXX, receipt 99310", "report_number": "CT-777, police 24-118"}
    for name, text in typed.items():
        _type(page, name, text)
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    page.export_pdf()
    text = " ".join((p.extract_text() or "") for p in PdfReader(str(target)).pages)
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    labels = page.field_labels()
    for name, value in typed.items():
        assert value in text
        assert " ".join(labels[name].split()) in text
