"""The family view of the session page: what presentation mode (F11) leaves on a screen shared with a family.

The family sees the signs noticed by stage, the chosen starters, the next steps, what was agreed and the help
lines, with levels in words and no alarm colours. Everything meant for the counselor leaves the screen: the
instructions, the label field, the private notes, the screening-tool explainer, the agreed-actions editor and the
session buttons. Each of those widgets has an object name, so tests (and people reading the code) can list them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from guardian_app.content.model import Sign

if TYPE_CHECKING:
    from guardian_app.ui.pages.session.page import SessionPage

# Object names of the widgets only the counselor sees, in page order.
COUNSELOR_ONLY = (
    "session-intro",
    "session-label",
    "session-notes",
    "session-agreed-editor",
    "session-screening-tools",
    "session-include-notes",
    "session-buttons",
)
# Shown once per ticked sign, under it: the sign's private note.
SIGN_NOTE = "session-sign-note"
# Shown only in the family view: what was agreed, as plain lines.
FAMILY_ONLY = ("session-agreed-family",)


def counselor_only_widgets(page: SessionPage) -> list[QWidget]:
    """Name the page's counselor-only widgets and return them (the per-sign note boxes come and go)."""
    widgets: list[QWidget] = [page.intro_holder, page.label_holder, page.notes_card, page.agreed_editor,
                              page.tools_card, page.include_notes, page.buttons_holder]
    for widget, name in zip(widgets, COUNSELOR_ONLY, strict=True):
        widget.setObjectName(name)
    page.agreed_family.setObjectName(FAMILY_ONLY[0])
    return widgets


def apply_family_view(page: SessionPage, enabled: bool) -> None:
    """Hide (or show again) everything meant for the counselor, and calm the level words."""
    for widget in page._private_widgets:
        widget.setVisible(not enabled)
    for holder in page._note_holders:
        holder.setVisible(not enabled)
    page.tools_card.setVisible(not enabled and page.tools_box.count() > 0)
    page.agreed_family.setVisible(enabled)
    page.agreed_card.setVisible(not enabled or page.agreed_box.count() > 0)
    page.title.setText(title_text(enabled))
    page.apply_theme()


def title_text(family_view: bool) -> str:
    return (QCoreApplication.translate("SessionPage", "What we talked about today") if family_view
            else QCoreApplication.translate("SessionPage", "Counselor session"))


def sign_note_box(sign: Sign, text: str, height: int) -> tuple[QWidget, QPlainTextEdit]:
    """The private note under a ticked sign (counselor-only): its holder, named SIGN_NOTE, and its editor."""
    translate = QCoreApplication.translate
    caption = QLabel(translate("SessionPage", "Private note on this sign:"))
    editor = QPlainTextEdit()
    editor.setObjectName(f"signNote-{sign.id}")
    editor.setAccessibleName(translate("SessionPage", "Private note: {sign}").format(sign=sign.label))
    editor.setFixedHeight(height)
    editor.setPlainText(text)
    caption.setBuddy(editor)
    holder = QWidget()
    holder.setObjectName(SIGN_NOTE)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(16, 0, 0, 0)
    layout.addWidget(caption)
    layout.addWidget(editor)
    return holder, editor
