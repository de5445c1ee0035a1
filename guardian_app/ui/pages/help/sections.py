"""Parts of Get help now built from content: the emergency line, and one section per kind of line.

Their words are translated in the "HelpPage" context, as when they were the page's own methods.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from guardian_app.content.help_lines import GroupLines
from guardian_app.content.model import Region, Resource
from guardian_app.ui.widgets.resource_card import SELECTABLE, ResourceCard, open_url

translate = QCoreApplication.translate


def emergency_line(region: Region, emergency: Resource | None, parent: QWidget) -> tuple[QFrame, QPushButton]:
    """"If a child is in danger right now, call 911." with its Call button (returned too, for focus)."""
    frame = QFrame(parent)
    frame.setObjectName("emergencyLine")
    row = QHBoxLayout(frame)
    row.setContentsMargins(16, 10, 16, 10)
    sentence = translate("HelpPage", "If a child is in danger right now, call {number}.").format(
        number=region.emergency_number)
    label = QLabel(sentence, frame)
    label.setTextFormat(Qt.TextFormat.PlainText)  # content is text, never markup
    label.setProperty("role", "h3")
    label.setWordWrap(True)
    label.setTextInteractionFlags(SELECTABLE)
    row.addWidget(label, 1)
    call_text = translate("HelpPage", "Call {number}").format(number=region.emergency_number)
    button = QPushButton(call_text, frame)
    button.setObjectName("emergencyCallButton")
    button.setAccessibleName(
        translate("HelpPage", "Call the emergency number, {number}").format(number=region.emergency_number))
    url = emergency.tel_url() if emergency is not None else f"tel:{region.emergency_number}"
    button.clicked.connect(lambda: open_url(url))
    row.addWidget(button)
    return frame, button


def group_section(lines: GroupLines, region: Region, locale: QLocale, parent: QWidget,
                  cards: dict[str, ResourceCard], items: dict[str, QWidget]) -> QFrame | None:
    """One kind of line: its other lines, or a plain sentence when the region has none of this kind.

    Each card made is added to ``cards`` and ``items`` (by resource id), the section to ``items`` as
    ``group:<id>``, so the page can scroll to them.
    """
    group = lines.group
    if not lines.resources and not lines.missing:
        return None  # every line of this kind is shown first, above
    section = QFrame(parent)
    section.setObjectName(f"group-{group.id}")
    column = QVBoxLayout(section)
    # Room for the highlight border, so it never touches the text.
    column.setContentsMargins(10, 6, 10, 6)
    column.setSpacing(8)
    heading = QLabel(group.title, section)
    heading.setTextFormat(Qt.TextFormat.PlainText)  # content is text, never markup
    heading.setProperty("role", "h2")
    heading.setWordWrap(True)
    column.addWidget(heading)
    if group.description:
        about = QLabel(group.description, section)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        column.addWidget(about)
    gap = ""
    if lines.missing:
        gap = translate("HelpPage", "Guardian does not list a line of this kind for {region} yet.").format(
            region=region.name)
    elif lines.part_of_region_only:
        gap = translate("HelpPage", "The only line listed here is for people in Quebec. Guardian does not list "
                                    "one for the rest of {region} yet.").format(region=region.name)
    if gap:
        note = QLabel(gap, section)
        note.setTextFormat(Qt.TextFormat.PlainText)  # the region's name is content: text, never markup
        note.setObjectName("groupGap")
        note.setWordWrap(True)
        note.setTextInteractionFlags(SELECTABLE)
        column.addWidget(note)
    for resource in lines.resources:
        card = ResourceCard(resource, locale=locale, parent=section)
        column.addWidget(card)
        cards[resource.id] = card
        items.setdefault(resource.id, card)
    items[f"group:{group.id}"] = section
    return section
