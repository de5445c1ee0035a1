"""What the counselor session page and its action plan share: the ticked signs grouped by stage, and the words
of a help line's details (the take-home page itself is :mod:`guardian_app.handouts.action_plan`; the record of
events is :mod:`guardian_app.handouts.record`).

Qt-free. The words arrive already translated in a labels object, so this module holds no UI text of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from guardian_app.content.model import Content, Sign
from guardian_app.family.session import Session


@dataclass(frozen=True)
class HelpLineLabels:
    """Translated words of a help line's details. ``{...}`` fields are filled with ``str.format``."""

    phone_line: str = "Phone: {phone}"
    text_line: str = "Text: {keyword} to {number}"
    text_line_plain: str = "Text: {number}"
    web_line: str = "Web: {url}"


def grouped_signs(session: Session, content: Content) -> list[tuple[str, list[Sign]]]:
    """(stage title, ticked signs): each sign under its earliest stage, stages in order; unknown ids (old
    saves) are skipped."""
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

