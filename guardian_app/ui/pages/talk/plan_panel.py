""""My conversation plan" on the Talk page: the starters a parent starred, with Remove buttons, printed or saved
as a one-page PDF handout (HTML from :mod:`guardian_app.handouts.plan`, written by ``printing``).

The plan lives only in the in-memory session. QtPrintSupport is never imported here: ``printing`` loads it
only when the parent actually prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from guardian_app.content.model import Starter
from guardian_app.handouts.plan import PlanLabels, build_plan_html
from guardian_app.ui import printing, theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.file_dialog import export_document
from guardian_app.ui.pages.talk.panels import TalkPanel, talk_label
from guardian_app.ui.widgets.labels import announce
from guardian_app.ui.widgets.layouts import FlowLayout, clear_layout

DEFAULT_PDF_NAME = "conversation-plan.pdf"


class PlanPanel(TalkPanel):
    """The plan's starters in order, a hint, Export as PDF and Print, and a status line."""

    remove_requested = Signal(str)  # a starter id whose Remove button was pressed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.hint = talk_label(object_name="muted")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.status = talk_label(object_name="planStatus")
        self.status.setAccessibleName("")
        self.status.hide()
        buttons = FlowLayout(spacing=8)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        self.body.addWidget(self.hint)
        self.body.addLayout(self.rows)
        self.body.addLayout(buttons)
        self.body.addWidget(self.status)

    def retranslate(self) -> None:
        self.title.setText(self.tr("My conversation plan"))
        self.export_button.setText(self.tr("Export as PDF…"))
        self.export_button.setAccessibleName(self.tr("Export my conversation plan as a PDF"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print my conversation plan"))

    def show_plan(self, starters: Sequence[Starter]) -> None:
        """One numbered row per starter, each with its Remove button; the hint and buttons follow."""
        clear_layout(self.rows)
        for number, starter in enumerate(starters, start=1):
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove from my plan: {opener}").format(opener=starter.opener))
            remove.clicked.connect(lambda _=False, sid=starter.id: self.remove_requested.emit(sid))
            row_layout.addWidget(talk_label(f"{number}. {starter.opener}"), 1)
            row_layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(row)
        has_plan = bool(starters)
        self.hint.setText(
            self.tr("Print these questions, or save them as a PDF to keep. Guardian does not keep this "
                    "list after you close it.")
            if has_plan
            else self.tr("Your plan is empty. Choose “☆ Add to my plan” on any question to collect the "
                         "ones you want to try.")
        )
        self.export_button.setEnabled(has_plan)
        self.print_button.setEnabled(has_plan)

    def clear(self) -> None:
        """Forget the rows and the status (quick exit, End session)."""
        clear_layout(self.rows)
        self.show_status("")
        self.export_button.setEnabled(False)
        self.print_button.setEnabled(False)

    def plan_html(self, starter_ids: Sequence[str]) -> str:
        today = QDate.currentDate()
        return build_plan_html(
            self.context.content,
            list(starter_ids),
            self.context.region,
            dt.date(today.year(), today.month(), today.day()),
            labels=self._labels(),
            date_text=QLocale().toString(today, QLocale.FormatType.LongFormat),
        )

    def _labels(self) -> PlanLabels:
        return PlanLabels(
            title=self.tr("My conversation plan"),
            prepared_on=self.tr("Prepared on {date}"),
            intro=self.tr("Pick a calm moment. Ask one question, then listen more than you talk. "
                          "It is fine to come back to it another day."),
            starters_heading=self.tr("Ways to start talking"),
            no_starters=self.tr("No conversation starters chosen yet. Add some from the Talk with your child "
                                "page."),
            disclosure_heading=self.tr("If your child tells you something"),
            help_heading=self.tr("Help lines"),
            call=self.tr("Call {number}"),
            text_keyword=self.tr("Text {keyword} to {number}"),
            text_plain=self.tr("Text {number}"),
            emergency=self.tr("In an emergency, or if your child is in danger now, call {number}."),
            avoid=self.tr("Try not to: {avoid}"),
        )

    def export_pdf(self, starter_ids: Sequence[str]) -> bool:
        """Ask where to save the plan, then save it as a PDF; returns whether a file was written."""
        return export_document(
            self, self.plan_html(starter_ids), caption=self.tr("Save my conversation plan as a PDF"),
            file_name=DEFAULT_PDF_NAME, title=self.tr("My conversation plan"),
            failed=lambda reason: self.show_status(
                self.tr("The plan was not saved. {reason}").format(reason=reason), problem=True),
            saved=lambda path: self.show_status(self.tr("Saved: {file}").format(file=str(path))))

    def print_plan(self, starter_ids: Sequence[str]) -> bool:
        printed = printing.print_html(self.plan_html(starter_ids), self, self.tr("My conversation plan"))
        if printed:
            self.show_status(self.tr("Your plan was sent to the printer."))
        return printed

    def show_status(self, message: str, problem: bool = False) -> None:
        # A problem is said in words ("not saved"), the colour only repeats it.
        palette = theme.current()
        colour = palette.urgent_text if problem else palette.text
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(message)
        self.status.setAccessibleName(message)
        self.status.setVisible(bool(message))
        announce(self.status, message)  # "Copied" is read out although the focus stays on the card
