"""What the counselor session page shows and prints in common: its translated words and the signs grouped by
stage (the take-home page itself is :mod:`guardian_app.handouts.action_plan`; the record of events is
:mod:`guardian_app.handouts.record`).

Qt-free. Every string that came from a person or a content file is escaped here, once. The words of the page
itself (headings, "Date:"...) arrive already translated in a labels object, so this module holds no UI text of
its own and the windows keep all their strings in ``tr()``.

Privacy: a summary names no one. The only identifying text it can carry is what the counselor typed in the
label, and private notes are left out unless the caller asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from guardian_app.content.model import Content, Sign
from guardian_app.family.session import Session


@dataclass(frozen=True)
class SummaryLabels:
    """Translated words of the summary page. ``{...}`` fields are filled with ``str.format``."""

    title: str = "Session summary"
    date_line: str = "Date: {date}"
    label_line: str = "Label: {label}"
    intro: str = ("These are the warning signs noticed today and the next steps we talked about. It is a "
                  "list of things to watch and do, not a test result or a score.")
    signs_heading: str = "Signs noticed"
    no_signs: str = "No signs were ticked in this session."
    level_line: str = "How worrying: {level}"
    note_line: str = "Note: {note}"
    notes_heading: str = "Private notes"
    plan_heading: str = "Conversation starters chosen"
    no_plan: str = "No conversation starters were chosen."
    next_steps_heading: str = "Next steps"
    help_heading: str = "Help lines"
    phone_line: str = "Phone: {phone}"
    text_line: str = "Text: {keyword} to {number}"
    text_line_plain: str = "Text: {number}"
    web_line: str = "Web: {url}"
    hours_line: str = "Hours: {hours}"
    not_a_screen: str = ("Guardian is not a screening tool. It does not give a score or decide what is "
                         "happening. If you are worried, talk to one of the help lines above.")


def _grouped_signs(session: Session, content: Content) -> list[tuple[str, list[Sign]]]:
    """Ticked signs under their earliest stage, stages in order; unknown ids (old saves) are skipped."""
    order = {stage.id: stage.order for stage in content.stages}
    groups: dict[str, list[Sign]] = {}
    for sign_id in session.ticked_signs:
        sign = content.sign(sign_id)
        if sign is None:
            continue
        first_stage = min(sign.stages, key=lambda stage_id: order.get(stage_id, 999))
        groups.setdefault(first_stage, []).append(sign)
    result: list[tuple[str, list[Sign]]] = []
    for stage_id in sorted(groups, key=lambda stage_id: order.get(stage_id, 999)):
        stage = content.stage(stage_id)
        result.append((stage.title if stage else stage_id, groups[stage_id]))
    return result


def grouped_signs(session: Session, content: Content) -> list[tuple[str, list[Sign]]]:
    """Public for the session page: (stage title, ticked signs) in stage order."""
    return _grouped_signs(session, content)
