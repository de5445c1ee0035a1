"""Headings, wrapped paragraphs and screen-reader announcements.

They only set a ``role`` property; how a role looks is decided once, in
:func:`guardian_app.ui.theme.stylesheet`, so every page looks the same and presentation mode can scale all
text together.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

# Wide lines are tiring to read; about 75 characters per line is the usual comfortable limit.
READABLE_WIDTH_PX = 820


def wrapped_label(role: str = "", parent: QWidget | None = None, *, text: str = "", rich: bool = False,
                  selectable: bool = True, object_name: str = "", label_class: type[QLabel] = QLabel) -> QLabel:
    """A word-wrapped label with a style ``role`` (h1, h3, lead, muted...), plain text unless ``rich``,
    selectable with the mouse unless ``selectable`` is False; ``label_class`` may be a QLabel subclass."""
    label = label_class(parent)
    if text:
        label.setText(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    if object_name:
        label.setObjectName(object_name)
    return label


def caption_row() -> tuple[QHBoxLayout, QLabel, QLineEdit]:
    """A wrapping caption (its buddy set) beside a one-line field taking the rest of the row."""
    row = QHBoxLayout()
    caption = QLabel()
    caption.setWordWrap(True)  # long in French and at large text sizes
    edit = QLineEdit()
    caption.setBuddy(edit)
    row.addWidget(caption)
    row.addWidget(edit, 1)
    return row, caption, edit


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A heading label (level 1 to 3) that wraps and is exposed to screen readers as plain text."""
    label = QLabel(text, parent)
    label.setProperty("role", f"h{max(1, min(level, 3))}")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def paragraph(text: str, parent: QWidget | None = None, *, role: str = "", rich: bool = False) -> QLabel:
    """A wrapped paragraph; selectable so a parent can copy a phone number or a sentence.

    ``rich`` allows simple HTML (links); content strings are otherwise shown as plain text, never as markup.
    """
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    flag = Qt.TextInteractionFlag
    flags = flag.TextSelectableByMouse | flag.TextSelectableByKeyboard
    if rich:
        flags |= flag.LinksAccessibleByMouse | flag.LinksAccessibleByKeyboard
    label.setTextInteractionFlags(flags)
    label.setOpenExternalLinks(rich)
    if role:
        label.setProperty("role", role)
    return label


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows exactly these characters.

    Qt draws a tooltip as rich text when it looks like markup, and has no switch to stop it; a tooltip
    holding content (a name, an address, a number) is therefore escaped inside a paragraph of Guardian's own.
    """
    if "<" not in text:
        return text  # nothing Qt could read as a tag
    import html

    return "<p style='white-space: pre-wrap'>" + html.escape(text) + "</p>"


def announce(widget: QWidget, message: str, *, urgent: bool = False) -> None:
    """Have screen readers read a short status (e.g. "Copied") that appears without moving the focus.

    A screen reader says it after what it is saying now; an ``urgent`` one interrupts (the urgent banner).
    """
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # its ~10 enums only when first needed

    if message and QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, message)
        if urgent:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
