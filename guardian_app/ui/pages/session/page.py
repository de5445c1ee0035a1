"""The counselor's session page: what was noticed today, private notes, the plan, next steps and help lines.

Everything shown here lives in memory (``context.session``) until the counselor chooses Save, which asks for
consent first. In presentation mode the private notes are hidden, so a screen shared with a family never
shows them. The page also explains the professional screening tools counselors may know, and that Guardian is
not one of them: it never gives a score.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_app.handouts.action_plan import action_plan_html
from guardian_app.handouts.summary import grouped_signs
from guardian_app.ui.context import AppContext
from guardian_app.ui.levels import level_style
from guardian_app.ui.pages.document_page import DocumentPage, DocumentWords
from guardian_app.ui.pages.session.agreed import AgreedActionsEditor, fill_agreed_lines
from guardian_app.ui.pages.session.duty_note import add_duty_note, retheme_sources
from guardian_app.ui.pages.session.family_view import (
    apply_family_view,
    counselor_only_widgets,
    sign_note_box,
    title_text,
)
from guardian_app.ui.pages.session.help_lines import fill_first_steps, fill_help_lines
from guardian_app.ui.pages.session.labels import action_plan_labels, help_line_labels, level_text, level_words
from guardian_app.ui.widgets.buttons import WrapCheckBox
from guardian_app.ui.widgets.content_text import open_any_link
from guardian_app.ui.widgets.family_links import FamilyLinks
from guardian_app.ui.widgets.labels import heading, paragraph
from guardian_app.ui.widgets.layouts import FlowLayout, clear_layout
from guardian_app.ui.widgets.panels import Card

# A sign's private note shows this many lines of text before it scrolls, at any text size.
_NOTE_LINES = 3


def _today_text() -> str:
    """Today written the way the chosen language writes dates (the default QLocale follows it)."""
    return QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)


class SessionPage(DocumentPage):
    """Counselor session: label, signs by stage with notes, general notes, plan, next steps, help, exports."""

    page_id = "session"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._note_editors: dict[str, QPlainTextEdit] = {}
        self._private_widgets: list[QWidget] = []
        self._note_holders: list[QWidget] = []
        self._level_labels: list[tuple[QLabel, str]] = []
        self.family_view: bool | None = None  # None: follow presentation mode (see _apply_presentation)
        self.scroll_column = self.fill_with_column()
        # The notes, check box and buttons inside are the Tab stops; the area scrolls to them.
        self.scroll_column.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column = self.scroll_column.column

        self._build_top(column)
        self._build_cards(column)
        self._build_buttons(column)
        self._private_widgets = counselor_only_widgets(self)

        context.session_changed.connect(self._on_session_changed)
        context.session_replaced.connect(self.refresh)
        self.follow_content(self.refresh)
        context.region_changed.connect(lambda _region: self._fill_help())
        context.presentation_changed.connect(self._apply_presentation)
        self.retranslate()
        self.refresh()

    # --- building -------------------------------------------------------------------------------------------

    def _build_top(self, column: QVBoxLayout) -> None:
        self.title = heading("", 1)
        column.addWidget(self.title)
        self.intro_holder = QWidget()
        self.intro_box = QVBoxLayout(self.intro_holder)
        self.intro_box.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.intro_holder)
        self.label_holder = QWidget()
        label_row = QHBoxLayout(self.label_holder)
        label_row.setContentsMargins(0, 0, 0, 0)
        self.label_caption = QLabel()
        self.label_caption.setWordWrap(True)  # long in French and at large text sizes
        self.label_edit = QLineEdit()
        self.label_caption.setBuddy(self.label_edit)
        self.label_edit.textEdited.connect(self._label_edited)
        label_row.addWidget(self.label_caption)
        label_row.addWidget(self.label_edit, 1)
        column.addWidget(self.label_holder)

    @staticmethod
    def _section(column: QVBoxLayout) -> tuple[Card, QLabel, QVBoxLayout]:
        """A card with a heading and a box its rows are filled into."""
        card = Card()
        title = heading("", 2)
        card.body.addWidget(title)
        box = QVBoxLayout()
        card.body.addLayout(box)
        column.addWidget(card)
        return card, title, box

    def _build_cards(self, column: QVBoxLayout) -> None:
        self.signs_card, self.signs_heading, self.signs_box = self._section(column)
        self.notes_card = Card()
        self.notes_caption = QLabel()
        self.notes_caption.setProperty("role", "h3")
        self.notes_caption.setWordWrap(True)  # long in French and at large text sizes
        self.notes_edit = QPlainTextEdit()
        self.notes_caption.setBuddy(self.notes_edit)
        self.notes_edit.textChanged.connect(self._notes_edited)
        self.notes_card.body.addWidget(self.notes_caption)
        self.notes_card.body.addWidget(self.notes_edit)
        column.addWidget(self.notes_card)
        self.plan_card, self.plan_heading, self.plan_box = self._section(column)
        self.plan_card.body.addWidget(FamilyLinks(self.context))  # the family plan and the page for the child
        self.steps_card, self.steps_heading, self.steps_box = self._section(column)
        self.agreed_card, self.agreed_heading, agreed_body = self._section(column)
        self.agreed_editor = AgreedActionsEditor()
        self.agreed_editor.edited.connect(self._fill_agreed)
        agreed_body.addWidget(self.agreed_editor)
        self.agreed_family = QWidget()
        self.agreed_box = QVBoxLayout(self.agreed_family)
        self.agreed_box.setContentsMargins(0, 0, 0, 0)
        agreed_body.addWidget(self.agreed_family)
        self.help_card, self.help_heading, self.help_box = self._section(column)
        self.tools_card = Card()
        self.tools_box = QVBoxLayout()
        self.tools_card.body.addLayout(self.tools_box)
        column.addWidget(self.tools_card)
        self.include_notes = WrapCheckBox()  # wraps at 200 % text instead of widening the page
        column.addWidget(self.include_notes)

    def _build_buttons(self, column: QVBoxLayout) -> None:
        # A flow: at large text sizes or in a small window the buttons wrap onto more rows.
        self.buttons_holder = QWidget()
        buttons = FlowLayout(self.buttons_holder, spacing=8)
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        self.new_button = QPushButton()
        self.end_button = QPushButton()
        for button in (self.export_button, self.print_button, self.preview_button, self.save_button,
                       self.new_button, self.end_button):
            buttons.addWidget(button)
        column.addWidget(self.buttons_holder)
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_page)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(lambda: self.context.saving().save_session(self))
        self.new_button.clicked.connect(lambda: self.context.saving().new_session(self))
        self.end_button.clicked.connect(lambda: self.context.saving().end_session(self))

    # --- translatable chrome ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(title_text(self.showing_family_view()))
        self.scroll_column.setAccessibleName(self.tr("Counselor session"))
        self.label_caption.setText(self.tr("&Label (optional, no names needed):"))
        self.label_edit.setPlaceholderText(self.tr("For example: Tuesday afternoon"))
        self.label_edit.setAccessibleName(self.tr("Session label"))
        self.signs_heading.setText(self.tr("Signs noticed, by stage"))
        self.notes_caption.setText(self.tr("&Private notes (hidden in presentation mode)"))
        self.notes_edit.setAccessibleName(self.tr("Private notes"))
        self.plan_heading.setText(self.tr("Conversation starters chosen"))
        self.steps_heading.setText(self.tr("Next steps"))
        self.agreed_heading.setText(self.tr("What we agreed"))
        self.agreed_editor.retranslate()
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
        calm = self.showing_family_view()
        for label, level_id in self._level_labels:
            label.setStyleSheet(level_style(level_id, calm))
        retheme_sources(self.tools_card)
        height = self._note_height()
        for editor in self._note_editors.values():
            editor.setFixedHeight(height)

    @staticmethod
    def _note_height() -> int:
        return QFontMetrics(QApplication.font()).lineSpacing() * _NOTE_LINES + 16

    def level_words(self, level_id: str) -> str:
        """A level in a word; colour marks it too, but the word is what carries the meaning."""
        return level_words(level_id)

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
        self.agreed_editor.set_session(session)
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
        add_duty_note(self.tools_box, content)

    def _on_session_changed(self) -> None:
        self.refresh_when_shown(self._refresh_derived)  # every tick and plan change lands here

    def _refresh_derived(self) -> None:
        if not hasattr(self, "signs_box"):
            return
        self._fill_signs()
        self._fill_plan()
        self._fill_steps()
        self._fill_help()
        self._fill_agreed()
        self._apply_presentation(self.context.presentation_mode)

    def _fill_signs(self) -> None:
        session, content = self.context.session, self.context.content
        for editor in self._note_editors.values():
            # The editors are deleted later: their private notes (and undo history) go now.
            editor.blockSignals(True)
            editor.setPlainText("")
            editor.blockSignals(False)
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
                    level_label = paragraph(level_text(sign.level, level.title))
                    level_label.setObjectName(f"level-{sign.level}")
                    level_label.setStyleSheet(level_style(sign.level, self.showing_family_view()))
                    self._level_labels.append((level_label, sign.level))
                    self.signs_box.addWidget(level_label)
                holder, editor = sign_note_box(sign, session.sign_notes.get(sign.id, ""), note_height)
                editor.textChanged.connect(
                    lambda sign_id=sign.id, box=editor: self._sign_note_edited(sign_id, box))
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
        fill_first_steps(self.steps_box, self.context.session, self.context.content)

    def _fill_help(self) -> None:
        context = self.context
        fill_help_lines(self.help_box, context.session, context.content, context.region, help_line_labels(),
                        lambda href: open_any_link(self.context, href))

    def showing_family_view(self) -> bool:
        return self.context.presentation_mode if self.family_view is None else self.family_view

    def set_family_view(self, family_view: bool | None) -> None:
        """Force the family view on (presenter copy) or off (counselor's page), or follow presentation mode."""
        self.family_view = family_view
        self._apply_presentation(self.context.presentation_mode)

    def note_holders(self) -> list[QWidget]:
        """The private-note box under each ticked sign (object name "session-sign-note")."""
        return list(self._note_holders)

    def _fill_agreed(self) -> None:
        fill_agreed_lines(self.agreed_box, self.context.session)

    def _apply_presentation(self, enabled: bool) -> None:
        """The family view: counselor-only widgets (notes, label, instructions, buttons) leave the screen.

        ``family_view`` overrides presentation mode: the presenter view's copy is always the family view, and
        the counselor's own page keeps its notes while the family sees the second screen.
        """
        apply_family_view(self, enabled if self.family_view is None else self.family_view)

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
        self.label_edit.setText("")  # unlike clear(), setText empties the undo history
        self.notes_edit.blockSignals(True)
        self.notes_edit.clear()
        self.notes_edit.blockSignals(False)
        self.agreed_editor.set_session(self.context.session)
        self._fill_agreed()  # now, even when the page is out of sight and refreshes only when shown
        self.refresh()

    # --- the summary --------------------------------------------------------------------------------------

    def include_private_notes(self) -> bool:
        return self.include_notes.isChecked() and not self.context.presentation_mode

    def summary_html(self) -> str:
        return action_plan_html(self.context.session, self.context.content, self.context.region,
                                labels=action_plan_labels(), date=_today_text(),
                                include_notes=self.include_private_notes())

    def document_html(self) -> str:
        return self.summary_html()

    def document_words(self) -> DocumentWords:
        return DocumentWords(
            title=self.tr("Session summary"), export_caption=self.tr("Export summary as PDF"),
            file_stem="guardian-session-summary",
            failure=self.tr("The summary could not be saved as a PDF. Your session is still open.\n\n{reason}"))
