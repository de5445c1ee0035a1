"""The counselor's session page: what was noticed today, private notes, the plan, next steps and help lines.

Everything shown here lives in memory (``context.session``) until the counselor chooses Save, which asks for
consent first. In presentation mode the private notes are hidden, so a screen shared with a family never
shows them. The page also explains the professional screening tools counselors may know, and that Guardian is
not one of them: it never gives a score.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.links import HREF_PREFIX, LinkTarget
from guardian_app.handouts.summary import SummaryLabels, grouped_signs, next_steps, session_summary_html
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.levels import level_colour, level_words
from guardian_app.ui.pages.page import Page
from guardian_app.ui.widgets.buttons import WrapCheckBox
from guardian_app.ui.widgets.content_text import open_any_link
from guardian_app.ui.widgets.family_links import FamilyLinks
from guardian_app.ui.widgets.labels import caption_row, heading, paragraph
from guardian_app.ui.widgets.layouts import FlowLayout, clear_layout
from guardian_app.ui.widgets.panels import Card, ScrollColumn

# A sign's private note shows this many lines of text before it scrolls, at any text size.
_NOTE_LINES = 3


def _today_text() -> str:
    """Today written the way the chosen language writes dates (the default QLocale follows it)."""
    return QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)


class SessionPage(Page):
    """Counselor session: label, signs by stage with notes, general notes, plan, next steps, help, exports."""

    page_id = "session"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._note_editors: dict[str, QPlainTextEdit] = {}
        self._private_widgets: list[QWidget] = []
        self._note_holders: list[QWidget] = []
        self._level_labels: list[tuple[QLabel, str]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_column = ScrollColumn(self)
        # The notes, check box and buttons inside are the Tab stops; the area scrolls to them.
        self.scroll_column.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll_column)
        column = self.scroll_column.column

        self.title = heading("", 1)
        column.addWidget(self.title)
        self.intro_box = QVBoxLayout()
        column.addLayout(self.intro_box)

        column.addLayout(self._build_label_row())
        self.signs_card, self.signs_heading, self.signs_box = self._titled_card(column)
        column.addWidget(self._build_notes_card())
        self.plan_card, self.plan_heading, self.plan_box = self._titled_card(column)
        self.plan_card.body.addWidget(FamilyLinks(context))  # the family plan and the page for the child
        self.steps_card, self.steps_heading, self.steps_box = self._titled_card(column)
        self.help_card, self.help_heading, self.help_box = self._titled_card(column)
        self.tools_card = Card()
        self.tools_box = QVBoxLayout()
        self.tools_card.body.addLayout(self.tools_box)
        column.addWidget(self.tools_card)
        self.include_notes = WrapCheckBox()  # wraps at 200 % text instead of widening the page
        column.addWidget(self.include_notes)
        self._private_widgets.append(self.include_notes)
        column.addLayout(self._build_buttons())
        context.session_changed.connect(self._on_session_changed)
        context.session_replaced.connect(self.refresh)
        self.follow_content(self.refresh)
        context.region_changed.connect(lambda _region: self._fill_help())
        context.presentation_changed.connect(self._apply_presentation)
        self.retranslate()
        self.refresh()

    # --- building -----------------------------------------------------------------------------------------

    @staticmethod
    def _titled_card(column: QVBoxLayout) -> tuple[Card, QLabel, QVBoxLayout]:
        """A card with a heading and a box for its rows, added to ``column``."""
        card = Card()
        title = heading("", 2)
        card.body.addWidget(title)
        box = QVBoxLayout()
        card.body.addLayout(box)
        column.addWidget(card)
        return card, title, box

    def _build_label_row(self) -> QHBoxLayout:
        label_row, self.label_caption, self.label_edit = caption_row()
        self.label_edit.textEdited.connect(self._label_edited)
        return label_row

    def _build_notes_card(self) -> Card:
        self.notes_card = Card()
        self.notes_caption = QLabel()
        self.notes_caption.setProperty("role", "h3")
        self.notes_caption.setWordWrap(True)  # long in French and at large text sizes
        self.notes_edit = QPlainTextEdit()
        self.notes_caption.setBuddy(self.notes_edit)
        self.notes_edit.textChanged.connect(self._notes_edited)
        self.notes_card.body.addWidget(self.notes_caption)
        self.notes_card.body.addWidget(self.notes_edit)
        self._private_widgets.append(self.notes_card)
        return self.notes_card

    def _build_buttons(self) -> FlowLayout:
        # A flow: at large text sizes or in a small window the buttons wrap onto more rows.
        buttons = FlowLayout(spacing=8)
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        self.new_button = QPushButton()
        self.end_button = QPushButton()
        for button in (self.export_button, self.print_button, self.preview_button, self.save_button,
                       self.new_button, self.end_button):
            buttons.addWidget(button)
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_page)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(lambda: self.context.saving().save_session(self))
        self.new_button.clicked.connect(lambda: self.context.saving().new_session(self))
        self.end_button.clicked.connect(lambda: self.context.saving().end_session(self))
        return buttons

    # --- translatable chrome ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Counselor session"))
        self.scroll_column.setAccessibleName(self.tr("Counselor session"))
        self.label_caption.setText(self.tr("&Label (optional, no names needed):"))
        self.label_edit.setPlaceholderText(self.tr("For example: Tuesday, 2 pm"))
        self.label_edit.setAccessibleName(self.tr("Session label"))
        self.signs_heading.setText(self.tr("Signs noticed, by stage"))
        self.notes_caption.setText(self.tr("&Private notes (hidden in presentation mode)"))
        self.notes_edit.setAccessibleName(self.tr("Private notes"))
        self.plan_heading.setText(self.tr("Conversation starters chosen"))
        self.steps_heading.setText(self.tr("Next steps"))
        self.help_heading.setText(self.tr("Help lines"))
        self.include_notes.setText(self.tr("&Include my private notes in the summary"))
        self.include_notes.setAccessibleName(self.tr("Include my private notes in the summary"))
        for button, text, name in (
            (self.export_button, self.tr("&Export summary as PDF…"),
             self.tr("Export the session summary as PDF")),
            (self.print_button, self.tr("&Print…"), self.tr("Print the session summary")),
            (self.preview_button, self.tr("Pre&view…"), self.tr("Preview the session summary")),
            (self.save_button, self.tr("&Save"), self.tr("Save this session on this computer")),
            (self.new_button, self.tr("&New session"), self.tr("Start a new session")),
            (self.end_button, self.tr("E&nd session"), self.tr("End the session and clear it from memory")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self._refresh_derived()

    def apply_theme(self) -> None:
        """Level words take the theme's level colours; note boxes keep their lines at the text size in use."""
        for label, level_id in self._level_labels:
            label.setStyleSheet(self._level_style(level_id))
        height = self._note_height()
        for editor in self._note_editors.values():
            editor.setFixedHeight(height)

    @staticmethod
    def _level_style(level_id: str) -> str:
        weight = "font-weight: 600;" if level_id in ("urgent", "concern") else ""
        return f"color: {level_colour(level_id, theme.current().muted_text)}; {weight}"

    @staticmethod
    def _note_height() -> int:
        return QFontMetrics(QApplication.font()).lineSpacing() * _NOTE_LINES + 16

    # --- filling from the session and content -----------------------------------------------------------

    def refresh(self) -> None:
        """Reset every view from the session (it was replaced) and the content (it may have changed)."""
        session = self.context.session
        if self.label_edit.text() != session.label:
            self.label_edit.setText(session.label)
        if self.notes_edit.toPlainText() != session.notes:
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(session.notes)
            self.notes_edit.blockSignals(False)
        self._fill_sections()
        self._refresh_derived()

    def _fill_sections(self) -> None:
        content = self.context.content
        clear_layout(self.intro_box)
        intro = content.section("counselor-session-intro")
        for text in intro.paragraphs if intro else ():
            self.intro_box.addWidget(paragraph(text))
        clear_layout(self.tools_box)
        tools = content.section("counselor-screening-tools")
        if tools:
            self.tools_box.addWidget(heading(tools.title, 2))
            for text in tools.paragraphs:
                self.tools_box.addWidget(paragraph(text))
        self.tools_card.setVisible(tools is not None)

    def _on_session_changed(self) -> None:
        self.refresh_when_shown(self._refresh_derived)  # every tick and plan change lands here

    def _refresh_derived(self) -> None:
        if not hasattr(self, "signs_box"):
            return
        self._fill_signs()
        self._fill_plan()
        self._fill_steps()
        self._fill_help()
        self._apply_presentation(self.context.presentation_mode)

    def _fill_signs(self) -> None:
        session, content = self.context.session, self.context.content
        clear_layout(self.signs_box)
        self._note_editors.clear()
        self._note_holders.clear()
        self._level_labels.clear()
        groups = grouped_signs(session, content)
        if not groups:
            self.signs_box.addWidget(paragraph(self.tr(
                "No signs are ticked yet. You can tick them on the Warning signs page.")))
        note_height = self._note_height()
        for stage_title, signs in groups:
            self.signs_box.addWidget(heading(stage_title, 3))
            for sign in signs:
                level = content.level(sign.level)
                self.signs_box.addWidget(paragraph("• " + sign.label))
                if level:
                    words = level_words(sign.level)
                    text = (self.tr("How worrying: {level} ({title})").format(level=words, title=level.title)
                            if words else self.tr("How worrying: {level}").format(level=level.title))
                    level_label = paragraph(text)
                    level_label.setObjectName(f"level-{sign.level}")
                    level_label.setStyleSheet(self._level_style(sign.level))
                    self._level_labels.append((level_label, sign.level))
                    self.signs_box.addWidget(level_label)
                caption = QLabel(self.tr("Private note on this sign:"))
                editor = QPlainTextEdit()
                editor.setObjectName(f"signNote-{sign.id}")
                editor.setAccessibleName(self.tr("Private note: {sign}").format(sign=sign.label))
                editor.setFixedHeight(note_height)
                editor.setPlainText(session.sign_notes.get(sign.id, ""))
                editor.textChanged.connect(
                    lambda sign_id=sign.id, box=editor: self._sign_note_edited(sign_id, box))
                caption.setBuddy(editor)
                holder = QWidget()
                holder_layout = QVBoxLayout(holder)
                holder_layout.setContentsMargins(16, 0, 0, 0)
                holder_layout.addWidget(caption)
                holder_layout.addWidget(editor)
                self.signs_box.addWidget(holder)
                self._note_editors[sign.id] = editor
                self._note_holders.append(holder)

    def _fill_plan(self) -> None:
        clear_layout(self.plan_box)
        content = self.context.content
        starters = [s for starter_id in self.context.session.plan if (s := content.starter(starter_id))]
        if not starters:
            self.plan_box.addWidget(paragraph(self.tr(
                "No conversation starters chosen yet. You can add them on the Talk with your child page.")))
        for number, starter in enumerate(starters, start=1):
            self.plan_box.addWidget(paragraph(f"{number}. {starter.opener}"))

    def _fill_steps(self) -> None:
        clear_layout(self.steps_box)
        for step in next_steps(self.context.session, self.context.content):
            self.steps_box.addWidget(paragraph("• " + step))

    def _fill_help(self) -> None:
        clear_layout(self.help_box)
        labels = self._summary_labels()
        e = html.escape
        for resource in self.context.content.resources_for(self.context.region):
            # Clickable: the name opens the line on Get help now (call, copy, QR code), the number calls it,
            # the address opens the website. Every word is escaped; only these links are made.
            name_href = e(HREF_PREFIX + str(LinkTarget("resource", resource.id)))
            lines = [f'<a href="{name_href}">{e(resource.name)}</a>']
            if resource.phone:
                phone = f'<a href="{e(resource.tel_url())}">{e(resource.phone.display)}</a>'
                lines.append(e(labels.phone_line).replace("{phone}", phone))
            if resource.text:
                number = resource.text.display or resource.text.number
                lines.append(e(labels.text_line.format(keyword=resource.text.keyword, number=number)
                               if resource.text.keyword else labels.text_line_plain.format(number=number)))
            if resource.web:
                web = f'<a href="{e(resource.web)}">{e(resource.web)}</a>'
                lines.append(e(labels.web_line).replace("{url}", web))
            line = paragraph("<br>".join(lines), rich=True)
            line.setObjectName("sessionHelpLine")
            line.setOpenExternalLinks(False)
            line.linkActivated.connect(lambda href: open_any_link(self.context, href))
            self.help_box.addWidget(line)

    def _apply_presentation(self, enabled: bool) -> None:
        """Private notes are never on screen in presentation mode."""
        for widget in self._private_widgets:
            widget.setVisible(not enabled)
        for holder in self._note_holders:
            holder.setVisible(not enabled)

    # --- edits go straight into the in-memory session ---------------------------------------------------

    def _label_edited(self, text: str) -> None:
        self.context.session.label = text

    def _notes_edited(self) -> None:
        self.context.session.notes = self.notes_edit.toPlainText()

    def _sign_note_edited(self, sign_id: str, editor: QPlainTextEdit) -> None:
        text = editor.toPlainText()
        if text:
            self.context.session.sign_notes[sign_id] = text
        else:
            self.context.session.sign_notes.pop(sign_id, None)

    def clear_sensitive(self) -> None:
        self.label_edit.clear()
        self.notes_edit.blockSignals(True)
        self.notes_edit.clear()
        self.notes_edit.blockSignals(False)
        self.refresh()

    # --- the summary --------------------------------------------------------------------------------------

    def _summary_labels(self) -> SummaryLabels:
        return SummaryLabels(
            title=self.tr("Session summary"),
            date_line=self.tr("Date: {date}"),
            label_line=self.tr("Label: {label}"),
            intro=self.tr("These are the warning signs noticed today and the next steps we talked about. It "
                          "is a list of things to watch and do, not a test result or a score."),
            signs_heading=self.tr("Signs noticed"),
            no_signs=self.tr("No signs were ticked in this session."),
            level_line=self.tr("How worrying: {level}"),
            note_line=self.tr("Note: {note}"),
            notes_heading=self.tr("Private notes"),
            plan_heading=self.tr("Conversation starters chosen"),
            no_plan=self.tr("No conversation starters were chosen."),
            next_steps_heading=self.tr("Next steps"),
            help_heading=self.tr("Help lines"),
            phone_line=self.tr("Phone: {phone}"),
            text_line=self.tr("Text: {keyword} to {number}"),
            text_line_plain=self.tr("Text: {number}"),
            web_line=self.tr("Web: {url}"),
            hours_line=self.tr("Hours: {hours}"),
            not_a_screen=self.tr("Guardian is not a screening tool. It does not give a score or decide what "
                                 "is happening. If you are worried, talk to one of the help lines above."),
        )

    def include_private_notes(self) -> bool:
        return self.include_notes.isChecked() and not self.context.presentation_mode

    def summary_html(self) -> str:
        return session_summary_html(self.context.session, self.context.content, self.context.region,
                                    labels=self._summary_labels(), date=_today_text(),
                                    include_notes=self.include_private_notes())

    def can_print(self) -> bool:
        return True

    def export_pdf(self) -> bool:
        """Ask where, then save the document as a PDF (written atomically by the printing module)."""
        from guardian_app.ui.printing import export_document

        return export_document(
            self, self.summary_html(), caption=self.tr("Export summary as PDF"),
            file_name=f"guardian-session-summary-{dt.date.today().isoformat()}.pdf", title=self.tr("Session summary"),
            failure=self.tr("The summary could not be saved as a PDF. Your session is still open.\n\n{reason}"))

    def print_page(self) -> bool:
        """Print the document (the main window's Print action calls this)."""
        from guardian_app.ui.printing import print_html

        return print_html(self.summary_html(), self, self.tr("Session summary"))

    def preview(self) -> None:
        from guardian_app.ui.printing import preview_html

        preview_html(self.summary_html(), self, self.tr("Session summary"))
