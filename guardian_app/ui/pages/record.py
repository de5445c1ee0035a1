"""The record of events: a calm form for what police and tiplines ask, kept in memory unless saved.

The record itself lives on the context's storage state (``context.saving().state``), so the Session menu
can save it, ask about it on close, and clear it when the session ends. Guardian never stores pictures;
the page explains why and asks only where the screenshots are kept.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_app.family.record import ENTRY_FIELDS, EventEntry
from guardian_app.handouts.record import RecordLabels, record_html
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.document_page import DocumentPage, DocumentWords
from guardian_app.ui.widgets.buttons import LinkButton
from guardian_app.ui.widgets.labels import caption_row, heading, paragraph
from guardian_app.ui.widgets.layouts import FlowLayout, clear_layout
from guardian_app.ui.widgets.panels import Card

_MULTILINE = frozenset({"what_happened", "screenshots"})
# Lines of text a multi-line box shows, and entries the list shows, before they scroll (at any text size).
_MULTILINE_LINES = 4
_LIST_ROWS = 4


def _today_text() -> str:
    """Today written the way the chosen language writes dates (the default QLocale follows it)."""
    return QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)


class RecordPage(DocumentPage):
    """Entries listed on the left of a form; Add, Delete, Save, Export as PDF, Print, Preview."""

    page_id = "record"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state = context.saving().state
        self._loading = False
        self.scroll_column = self.fill_with_column()
        # The fields, list and buttons inside are the Tab stops; the area scrolls to them.
        self.scroll_column.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column = self.scroll_column.column

        self.title = heading("", 1)
        column.addWidget(self.title)
        self.intro_box = QVBoxLayout()
        column.addLayout(self.intro_box)
        self.images_card = Card()
        self.images_box = QVBoxLayout()
        self.images_card.body.addLayout(self.images_box)
        column.addWidget(self.images_card)

        label_row, self.label_caption, self.label_edit = caption_row()
        self.label_edit.textEdited.connect(self._label_edited)
        column.addLayout(label_row)

        self._build_entries(column)

        column.addWidget(self._build_form())

        buttons = FlowLayout(spacing=8)
        self.save_button = QPushButton()
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.preview_button = QPushButton()
        for button in (self.save_button, self.export_button, self.print_button, self.preview_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        # The page ends with what to do next: bring the record to a service that takes reports.
        self.next_action = LinkButton()
        self.next_action.setObjectName("recordNextAction")
        self.next_action.clicked.connect(lambda: self.context.open("help", "group:report"))
        column.addWidget(self.next_action, 0, Qt.AlignmentFlag.AlignLeft)
        self.save_button.clicked.connect(lambda: self.context.saving().save_record(self))
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_page)
        self.preview_button.clicked.connect(self.preview)

        self.state.record_replaced.connect(self.reload)
        self.follow_content(self._fill_sections)
        self.retranslate()
        self._fill_sections()
        self.reload()
        self.apply_theme()

    def apply_theme(self) -> None:
        """Boxes keep the same number of visible lines at the text size in use (the main window calls this
        after every theme or text size change); colours all come from the shared style sheet."""
        metrics = QFontMetrics(QApplication.font())
        for name, editor in self.fields.items():
            if name in _MULTILINE:
                editor.setFixedHeight(metrics.lineSpacing() * _MULTILINE_LINES + 16)
        # each entry row can wrap onto two lines in a narrow window
        self.entry_list.setMaximumHeight(metrics.lineSpacing() * 2 * _LIST_ROWS + 16)

    def _build_entries(self, column: QVBoxLayout) -> None:
        """The list of entries, with Add and Delete under it."""
        self.entries_caption = QLabel()
        self.entries_caption.setProperty("role", "h3")
        self.entries_caption.setWordWrap(True)
        self.entry_list = QListWidget()
        self.entry_list.setWordWrap(True)
        self.entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries_caption.setBuddy(self.entry_list)
        self.entry_list.currentRowChanged.connect(self._show_entry)
        column.addWidget(self.entries_caption)
        column.addWidget(self.entry_list)
        # Flows, not rows: at large text sizes or in a small window the buttons wrap onto more rows.
        entry_buttons = FlowLayout(spacing=8)
        self.add_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        entry_buttons.addWidget(self.add_button)
        entry_buttons.addWidget(self.delete_button)
        column.addLayout(entry_buttons)

    def _build_form(self) -> Card:
        """One caption and field per entry field (several lines for the long ones)."""
        self.form_card = Card()
        form = QFormLayout()
        # Every caption goes above its field: long ones (French, large text) never squeeze it, and the
        # form keeps the same shape at every text size.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form_card.body.addLayout(form)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.captions: dict[str, QLabel] = {}
        for name in ENTRY_FIELDS:
            editor: QLineEdit | QPlainTextEdit
            if name in _MULTILINE:
                editor = QPlainTextEdit()
                editor.textChanged.connect(lambda field=name: self._field_edited(field))
            else:
                editor = QLineEdit()
                editor.textEdited.connect(lambda _text, field=name: self._field_edited(field))
            caption = QLabel()
            caption.setWordWrap(True)
            caption.setBuddy(editor)
            form.addRow(caption, editor)
            self.fields[name] = editor
            self.captions[name] = caption
        return self.form_card


    # --- text ---------------------------------------------------------------------------------------------

    def field_labels(self) -> dict[str, str]:
        return {
            "date": self.tr("Date"),
            "time": self.tr("Time"),
            "platform": self.tr("Platform or app"),
            "child_account": self.tr("Your child's account name on the app"),
            "username": self.tr("Their username"),
            "other_names": self.tr("Other names or phone numbers they used"),
            "profile_link": self.tr("Link to their profile"),
            "what_happened": self.tr("What they asked for or threatened"),
            "payment_amount": self.tr("Money paid, if any"),
            "payment_method": self.tr("How it was paid"),
            "payment_when": self.tr("When it was paid"),
            "transaction_numbers": self.tr("Payment or gift-card transaction numbers"),
            "screenshots": self.tr("What was screenshotted"),
            "screenshots_where": self.tr("Where the screenshots are kept"),
            "reported_to": self.tr("Reported to"),
            "report_number": self.tr("Report or file number"),
        }

    def retranslate(self) -> None:
        self.next_action.setText(self.tr("Next: report what happened, on Get help now"))
        self.title.setText(self.tr("Record of events"))
        self.scroll_column.setAccessibleName(self.tr("Record of events"))
        self.label_caption.setText(self.tr("&Label (optional):"))
        self.label_edit.setAccessibleName(self.tr("Record label"))
        self.label_edit.setPlaceholderText(self.tr("For example: Game chat, March"))
        self.entries_caption.setText(self.tr("&Entries"))
        self.entry_list.setAccessibleName(self.tr("Entries in this record"))
        for name, text in self.field_labels().items():
            # "Date:" in English, "Date :" (no-break space) in French: the colon is translated too.
            self.captions[name].setText(self.tr("{field}:").format(field=text))
            self.fields[name].setAccessibleName(text)
        self.fields["date"].setPlaceholderText(self.tr("For example: 2026-03-14"))
        self.fields["time"].setPlaceholderText(self.tr("For example: about 9 pm"))
        self.fields["screenshots_where"].setPlaceholderText(
            self.tr("For example: on my phone, in a folder called Report"))
        for button, text, name in (
            (self.add_button, self.tr("&Add entry"), self.tr("Add an entry")),
            (self.delete_button, self.tr("&Delete entry…"), self.tr("Delete the selected entry")),
            (self.save_button, self.tr("&Save"), self.tr("Save this record on this computer")),
            (self.export_button, self.tr("E&xport as PDF…"), self.tr("Export the record as PDF")),
            (self.print_button, self.tr("&Print…"), self.tr("Print the record")),
            (self.preview_button, self.tr("Pre&view…"), self.tr("Preview the record")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self._refresh_list_texts()

    def _fill_sections(self) -> None:
        content = self.context.content
        clear_layout(self.intro_box)
        intro = content.section("record-intro")
        for text in intro.paragraphs if intro else ():
            self.intro_box.addWidget(paragraph(text))
        clear_layout(self.images_box)
        images = content.section("record-no-images")
        if images:
            self.images_box.addWidget(heading(images.title, 2))
            for text in images.paragraphs:
                self.images_box.addWidget(paragraph(text))
        self.images_card.setVisible(images is not None)

    # --- the record in memory -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the state's record again (a new one was opened, or it was cleared)."""
        record = self.state.record
        self.label_edit.setText(record.label)
        self._loading = True
        self.entry_list.clear()
        self.entry_list.addItems(["" for _ in record.entries])
        self._loading = False
        self._refresh_list_texts()
        self.entry_list.setCurrentRow(0 if record.entries else -1)
        self._show_entry(self.entry_list.currentRow())

    def _entry_title(self, number: int, entry: EventEntry) -> str:
        summary = " · ".join(part for part in (entry.date, entry.time, entry.platform) if part.strip())
        return self.tr("Entry {number}").format(number=number) + (f": {summary}" if summary else "")

    def _refresh_list_texts(self) -> None:
        if not hasattr(self, "entry_list"):
            return
        for row, entry in enumerate(self.state.record.entries):
            item = self.entry_list.item(row)
            if item is not None:
                item.setText(self._entry_title(row + 1, entry))

    def current_entry(self) -> EventEntry | None:
        row = self.entry_list.currentRow()
        entries = self.state.record.entries
        return entries[row] if 0 <= row < len(entries) else None

    def _show_entry(self, _row: int) -> None:
        if self._loading:
            return
        entry = self.current_entry()
        self._loading = True
        for name, editor in self.fields.items():
            value = getattr(entry, name) if entry else ""
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                editor.setText(value)
        self._loading = False
        self.form_card.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)

    def _field_edited(self, name: str) -> None:
        entry = self.current_entry()
        if self._loading or entry is None:
            return
        editor = self.fields[name]
        setattr(entry, name, editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text())
        self._refresh_list_texts()

    def _label_edited(self, text: str) -> None:
        self.state.record.label = text

    def add_entry(self) -> None:
        entry = EventEntry(date=dt.date.today().isoformat())
        self.state.record.entries.append(entry)
        self._loading = True
        self.entry_list.addItem("")
        self._loading = False
        self._refresh_list_texts()
        self.entry_list.setCurrentRow(len(self.state.record.entries) - 1)
        self.fields["time"].setFocus()

    def delete_entry(self) -> None:
        row = self.entry_list.currentRow()
        entry = self.current_entry()
        if entry is None:
            return
        if not entry.is_empty():
            answer = QMessageBox.question(
                self, self.tr("Delete entry"), self.tr("Delete this entry? This cannot be undone."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        del self.state.record.entries[row]
        self.reload()
        self.entry_list.setCurrentRow(min(row, len(self.state.record.entries) - 1))

    def clear_sensitive(self) -> None:
        self.state.record.clear()
        self.reload()

    # --- paper ----------------------------------------------------------------------------------------------

    def record_html(self) -> str:
        labels = RecordLabels(
            title=self.tr("Record of events"),
            date_line=self.tr("Printed: {date}"),
            label_line=self.tr("Label: {label}"),
            intro=self.tr("A private record of what happened, to help the police or a tipline. Screenshots "
                          "are kept by the family, not in Guardian."),
            entry_heading=self.tr("Entry {number}"),
            no_entries=self.tr("No entries yet."),
            fields=self.field_labels(),
        )
        return record_html(self.state.record, labels=labels, date=_today_text())

    def document_html(self) -> str:
        return self.record_html()

    def document_words(self) -> DocumentWords:
        return DocumentWords(
            title=self.tr("Record of events"), export_caption=self.tr("Export as PDF"),
            file_stem="guardian-record-of-events",
            failure=self.tr("The record could not be saved as a PDF. It is still open here.\n\n{reason}"))
