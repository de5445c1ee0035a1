"""The session summary as HTML, ready for ``guardian_app.ui.printing`` (the record of events is in
:mod:`guardian_app.handouts.record`).

Qt-free. Every string that came from a person or a content file is escaped here, once. The words of the page
itself (headings, "Date:"...) arrive already translated in a labels object, so this module holds no UI text of
its own and the windows keep all their strings in ``tr()``.

Privacy: a summary names no one. The only identifying text it can carry is what the counselor typed in the
label, and private notes are left out unless the caller asks for them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from guardian_app.content.links import plain
from guardian_app.content.model import LEVELS, Content, Resource, Sign
from guardian_app.family.session import Session
from guardian_app.handouts.markup import document, paragraphs
from guardian_app.handouts.resource_block import ResourceWords, resource_lines


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


def next_steps(session: Session, content: Content) -> list[str]:
    """Plain sentences (content links give their words): the advice for the most serious level ticked, then
    the guides the signs point to."""
    steps: list[str] = []
    ticked = [sign for sign_id in session.ticked_signs if (sign := content.sign(sign_id))]
    if ticked:
        worst = max(ticked, key=lambda sign: LEVELS.index(sign.level)).level
        level = content.level(worst)
        if level:
            steps.append(plain(level.advice))
    seen: set[str] = set()
    for sign in ticked:
        for guide_id in sign.guides:
            guide = content.guide(guide_id)
            if guide and guide_id not in seen:
                seen.add(guide_id)
                steps.append(f"{guide.title}: {plain(guide.intro)}")
    section = content.section("counselor-next-steps")
    if section:
        steps.extend(plain(paragraph) for paragraph in section.paragraphs)
    return steps


def help_lines(content: Content, region_id: str) -> tuple[Resource, ...]:
    return content.resources_for(region_id)


def _resource_html(resource: Resource, labels: SummaryLabels) -> str:
    words = ResourceWords(phone=labels.phone_line, text_keyword=labels.text_line, text_plain=labels.text_line_plain,
                          web=labels.web_line, hours=labels.hours_line)
    return "<li>" + "<br>".join(resource_lines(resource, words, purpose=True)) + "</li>"


def session_summary_html(session: Session, content: Content, region_id: str, *,
                         labels: SummaryLabels | None = None, date: dt.date | str | None = None,
                         include_notes: bool = False) -> str:
    """The take-away summary of a session. Private notes appear only with ``include_notes``."""
    labels = labels or SummaryLabels()
    when = date if isinstance(date, str) else (date or dt.date.today()).isoformat()
    body = [f"<h1>{escape(labels.title)}</h1>",
            f"<p class=\"muted\">{escape(labels.date_line.format(date=when))}</p>"]
    if session.label.strip():
        body.append(f"<p>{escape(labels.label_line.format(label=session.label.strip()))}</p>")
    body.append(f"<p>{escape(labels.intro)}</p>")

    body.append(f"<h2>{escape(labels.signs_heading)}</h2>")
    groups = _grouped_signs(session, content)
    if not groups:
        body.append(f"<p>{escape(labels.no_signs)}</p>")
    for stage_title, signs in groups:
        body.append(f"<h3>{escape(stage_title)}</h3><ul>")
        for sign in signs:
            level = content.level(sign.level)
            item = escape(sign.label)
            if level:
                level_text = escape(labels.level_line.format(level=level.title))
                item += f"<br><span class=\"muted\">{level_text}</span>"
            note = session.sign_notes.get(sign.id, "").strip()
            if include_notes and note:
                item += "<br>" + paragraphs(labels.note_line.format(note=note))
            body.append(f"<li>{item}</li>")
        body.append("</ul>")
    if include_notes and session.notes.strip():
        body.append(f"<h2>{escape(labels.notes_heading)}</h2><p>{paragraphs(session.notes)}</p>")

    body.append(f"<h2>{escape(labels.plan_heading)}</h2>")
    starters = [starter for starter_id in session.plan if (starter := content.starter(starter_id))]
    if starters:
        body.append("<ol>" + "".join(f"<li>{escape(starter.opener)}</li>" for starter in starters) + "</ol>")
    else:
        body.append(f"<p>{escape(labels.no_plan)}</p>")

    steps = next_steps(session, content)
    if steps:
        body.append(f"<h2>{escape(labels.next_steps_heading)}</h2><ul>")
        body.extend(f"<li>{escape(step)}</li>" for step in steps)
        body.append("</ul>")

    resources = help_lines(content, region_id)
    if resources:
        body.append(f"<h2>{escape(labels.help_heading)}</h2><ul>")
        body.extend(_resource_html(resource, labels) for resource in resources)
        body.append("</ul>")
    body.append(f"<p class=\"muted\">{escape(labels.not_a_screen)}</p>")
    return document(labels.title, body)
