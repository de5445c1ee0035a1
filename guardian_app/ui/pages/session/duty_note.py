"""The counselor's note on the duty to report a child who may need protection, and on what can stay private.

It comes from the ``counselor-duty-to-report`` section of ``counselor.yaml``, with its sources as links. It sits in
the screening-tools card, so it is counselor-only: the family view (presentation mode) hides it with that card.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from guardian_app.content.model import Content
from guardian_app.ui.widgets.labels import heading, paragraph
from guardian_app.ui.widgets.sources_line import SourcesLine

DUTY_SECTION = "counselor-duty-to-report"
DUTY_NOTE = "session-duty-to-report"  # object name of the note's holder


def duty_note(content: Content) -> QWidget | None:
    """The note as one widget named DUTY_NOTE (heading, paragraphs, sources), or None if the content lacks it."""
    section = content.section(DUTY_SECTION)
    if section is None:
        return None
    holder = QWidget()
    holder.setObjectName(DUTY_NOTE)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 12, 0, 0)
    layout.addWidget(heading(section.title, 2))
    for text in section.paragraphs:
        layout.addWidget(paragraph(text))
    if section.sources:
        layout.addWidget(SourcesLine(section.sources, holder))
    return holder


def add_duty_note(box: QVBoxLayout, content: Content) -> None:
    """Add the note to ``box`` (the screening-tools card), when the content has it."""
    if (note := duty_note(content)) is not None:
        box.addWidget(note)


def retheme_sources(parent: QWidget) -> None:
    """Write the note's source links again in the current theme's link colour."""
    for line in parent.findChildren(SourcesLine):
        line.apply_theme()
