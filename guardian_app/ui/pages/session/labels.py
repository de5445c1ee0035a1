"""The translated words of the session page and its action plan (headings, "Date:"...), in the "SessionPage"
context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guardian_app.handouts.action_plan import ActionPlanLabels
from guardian_app.handouts.summary import HelpLineLabels
from guardian_app.ui.levels import level_words

translate = QCoreApplication.translate


def level_text(level_id: str, title: str) -> str:
    """The same words as the Warning signs page: "How serious: Urgent: Act now"."""
    words = level_words(level_id)
    level = translate("SessionPage", "{level}: {title}").format(level=words, title=title) if words else title
    return translate("SessionPage", "How serious: {level}").format(level=level)


def help_line_labels() -> HelpLineLabels:
    """The words of a help line's details on the session page, in the interface language."""
    return HelpLineLabels(
        phone_line=translate("SessionPage", "Phone: {phone}"),
        text_line=translate("SessionPage", "Text: {keyword} to {number}"),
        text_line_plain=translate("SessionPage", "Text: {number}"),
        web_line=translate("SessionPage", "Web: {url}"),
    )


def action_plan_labels() -> ActionPlanLabels:
    """The one-page action plan's words in the interface language."""
    return ActionPlanLabels(
        title=translate("SessionPage", "Our action plan"),
        date_line=translate("SessionPage", "Date: {date}"),
        label_line=translate("SessionPage", "Label: {label}"),
        signs_heading=translate("SessionPage", "What we noticed"),
        no_signs=translate("SessionPage", "No signs were ticked in this session."),
        level_line=translate("SessionPage", "How serious: {level}"),
        note_line=translate("SessionPage", "Note: {note}"),
        notes_heading=translate("SessionPage", "Private notes"),
        steps_heading=translate("SessionPage", "First steps"),
        plan_heading=translate("SessionPage", "Conversation starters chosen"),
        agreed_heading=translate("SessionPage", "What we agreed"),
        agreed_line=translate("AgreedActions", "{who}: {what}"),
        by_when=translate("AgreedActions", "{action} (by {when})"),
        next_meeting=translate("AgreedActions", "We meet again: {when}"),
        nothing_agreed=translate("SessionPage", "Nothing written down yet."),
        help_heading=translate("SessionPage", "Who to call"),
        phone_line=translate("SessionPage", "Phone: {phone}"),
        text_line=translate("SessionPage", "Text: {keyword} to {number}"),
        text_line_plain=translate("SessionPage", "Text: {number}"),
        not_a_screen=translate("SessionPage", "Guardian is not a screening tool. It does not give a score or "
                               "decide what is happening."),
    )
