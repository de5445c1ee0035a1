"""The session page's help lines: the same top three lines as the action plan, for what was noticed."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from guardian_app.content.model import Content
from guardian_app.family.session import Session
from guardian_app.handouts.action_plan import top_lines
from guardian_app.handouts.summary import SummaryLabels
from guardian_app.ui.widgets.labels import paragraph
from guardian_app.ui.widgets.layouts import clear_layout


def fill_help_lines(box: QVBoxLayout, session: Session, content: Content, region: str,
                    labels: SummaryLabels) -> None:
    """One paragraph per line: name, phone, text and web address."""
    clear_layout(box)
    for resource in top_lines(session, content, region):
        lines = [resource.name]
        if resource.phone:
            lines.append(labels.phone_line.format(phone=resource.phone.display))
        if resource.text:
            number = resource.text.display or resource.text.number
            lines.append(labels.text_line.format(keyword=resource.text.keyword, number=number)
                         if resource.text.keyword else labels.text_line_plain.format(number=number))
        if resource.web:
            lines.append(labels.web_line.format(url=resource.web))
        box.addWidget(paragraph("\n".join(lines)))
