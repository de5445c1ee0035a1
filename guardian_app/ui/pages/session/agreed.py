"""What the family and the counselor agreed: who does what by when, and the date of the next meeting.

The counselor types them during the session; they go straight into the in-memory session (saved only when the
counselor chooses Save). The editor is for the counselor; the family view shows the same things as plain lines.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from guardian_app.family.session import AgreedAction, Session
from guardian_app.ui.widgets.labels import heading, paragraph
from guardian_app.ui.widgets.layouts import clear_layout

translate = QCoreApplication.translate


def agreed_lines(session: Session) -> list[str]:
    """The agreed actions as sentences for the family view, then the next meeting."""
    lines = []
    for action in session.agreed_actions():
        who, what = action.who.strip(), action.what.strip()
        line = translate("AgreedActions", "{who}: {what}").format(who=who, what=what) if who and what else who or what
        if action.when.strip():
            line = translate("AgreedActions", "{action} (by {when})").format(action=line, when=action.when.strip())
        lines.append(line)
    if session.next_meeting.strip():
        lines.append(translate("AgreedActions", "We meet again: {when}").format(when=session.next_meeting.strip()))
    return lines


class AgreedActionsEditor(QWidget):
    """Rows of Who / What / By when, an Add button and the next meeting date; edits go into the session.

    Signals:
        edited: something was typed (the page refreshes the family lines).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_row)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        meeting_row = QHBoxLayout()
        self.meeting_caption = QLabel()
        self.meeting_caption.setWordWrap(True)
        self.meeting_edit = QLineEdit()
        self.meeting_caption.setBuddy(self.meeting_edit)
        self.meeting_edit.textEdited.connect(self._meeting_edited)
        meeting_row.addWidget(self.meeting_caption)
        meeting_row.addWidget(self.meeting_edit, 1)
        layout.addLayout(meeting_row)
        self.row_edits: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(translate("AgreedActions", "&Add an agreed action"))
        self.add_button.setAccessibleName(translate("AgreedActions", "Add an agreed action"))
        self.meeting_caption.setText(translate("AgreedActions", "Next &meeting:"))
        self.meeting_edit.setPlaceholderText(translate("AgreedActions", "For example: Tuesday 14 May, 4 pm"))
        self.meeting_edit.setAccessibleName(translate("AgreedActions", "Next meeting"))
        self._fill()

    def set_session(self, session: Session) -> None:
        self._session = session
        if self.meeting_edit.text() != session.next_meeting:
            self.meeting_edit.setText(session.next_meeting)
        self._fill()

    def _fill(self) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                if isinstance(widget, QLineEdit):
                    widget.setText("")  # deleted later: what the family agreed (and its undo) goes now
                widget.hide()
                widget.deleteLater()
        self.row_edits.clear()
        session = self._session
        if session is None:
            return
        for column, text in enumerate((translate("AgreedActions", "Who"), translate("AgreedActions", "Does what"),
                                       translate("AgreedActions", "By when"))):
            self.grid.addWidget(heading(text, 3), 0, column)
        for index, action in enumerate(session.actions):
            self._add_editors(index, action)
        self.grid.setColumnStretch(1, 2)

    def _add_editors(self, index: int, action: AgreedAction) -> None:
        edits = (QLineEdit(action.who), QLineEdit(action.what), QLineEdit(action.when))
        names = (translate("AgreedActions", "Who, action {number}"),
                 translate("AgreedActions", "Does what, action {number}"),
                 translate("AgreedActions", "By when, action {number}"))
        for column, (edit, name) in enumerate(zip(edits, names, strict=True)):
            edit.setAccessibleName(name.format(number=index + 1))
            edit.textEdited.connect(lambda _text, row=index: self._row_edited(row))
            self.grid.addWidget(edit, index + 1, column)
        self.row_edits.append(edits)

    def add_row(self) -> None:
        """A new empty row, with the cursor in its Who box."""
        if self._session is None:
            return
        self._session.actions.append(AgreedAction())
        self._add_editors(len(self._session.actions) - 1, self._session.actions[-1])
        self.row_edits[-1][0].setFocus()

    def _row_edited(self, row: int) -> None:
        if self._session is None or row >= len(self._session.actions):
            return
        who, what, when = self.row_edits[row]
        self._session.actions[row] = AgreedAction(who.text(), what.text(), when.text())
        self.edited.emit()

    def _meeting_edited(self, text: str) -> None:
        if self._session is not None:
            self._session.next_meeting = text
            self.edited.emit()


def fill_agreed_lines(layout: QVBoxLayout, session: Session) -> None:
    """The family's read-only view of what was agreed."""
    clear_layout(layout)
    for line in agreed_lines(session):
        layout.addWidget(paragraph("• " + line))
