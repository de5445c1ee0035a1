"""The one-page action plan a family takes home from a counselor session, as HTML for ``guardian_app.ui.printing``.

Qt-free. A usual session (about six signs, three starters) fits one page: the signs by stage, the first steps of
each guide the signs point to (its steps, not its introduction), the starters, what was agreed (who does what by
when) and the next meeting, and the region's top three lines for what was noticed. Lines that serve only part of
a region (Quebec-only services) are left out: the family may live elsewhere in the country.

Every string from a person or a content file is escaped here, once; the page's own words arrive translated in
an :class:`ActionPlanLabels`. Private notes appear only when the caller asks for them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from guardian_app.content.model import LEVELS, Content, Guide, Resource, Sign
from guardian_app.family.session import Session
from guardian_app.handouts.summary import grouped_signs

# How many steps of each guide go on the page: the most urgent guide gets more.
FIRST_GUIDE_STEPS = 4
OTHER_GUIDE_STEPS = 3
TOP_LINES = 3


@dataclass(frozen=True)
class ActionPlanLabels:
    """Translated words of the action plan. ``{...}`` fields are filled with ``str.format``."""

    title: str = "Our action plan"
    date_line: str = "Date: {date}"
    label_line: str = "Label: {label}"
    signs_heading: str = "What we noticed"
    no_signs: str = "No signs were ticked in this session."
    level_line: str = "How serious: {level}"
    note_line: str = "Note: {note}"
    notes_heading: str = "Private notes"
    steps_heading: str = "First steps"
    plan_heading: str = "Conversation starters"
    agreed_heading: str = "What we agreed"
    agreed_line: str = "{who}: {what}"
    by_when: str = "{action} (by {when})"
    next_meeting: str = "We meet again: {when}"
    nothing_agreed: str = "Nothing written down yet."
    help_heading: str = "Who to call"
    phone_line: str = "Phone: {phone}"
    text_line: str = "Text: {keyword} to {number}"
    text_line_plain: str = "Text: {number}"
    not_a_screen: str = ("Guardian is not a screening tool. It does not give a score or decide what is "
                         "happening.")


# Paper: headings stay with what follows and a step never splits (see guardian_app.ui.page_breaks).
_STYLE = ("<style>h2, h3 { page-break-after: avoid; } li, p { page-break-inside: avoid; }"
          " body { font-size: 10pt; } h2 { margin-top: 7px; } h3 { margin-top: 4px; }"
          " li { margin-bottom: 1px; }</style>")


def _ticked(session: Session, content: Content) -> list[Sign]:
    """Ticked signs, most serious first (ties in the order they were ticked)."""
    signs = [sign for sign_id in session.ticked_signs if (sign := content.sign(sign_id))]
    return sorted(signs, key=lambda sign: -LEVELS.index(sign.level))


def guides_for(session: Session, content: Content) -> list[Guide]:
    """The guides the ticked signs point to, the most serious sign's first, each once."""
    guides: list[Guide] = []
    for sign in _ticked(session, content):
        for guide_id in sign.guides:
            guide = content.guide(guide_id)
            if guide and guide not in guides:
                guides.append(guide)
    return guides


def first_steps(session: Session, content: Content) -> list[tuple[Guide, list[str]]]:
    """(guide, its first step titles) for each guide that applies; the session page shows the same."""
    result = []
    for index, guide in enumerate(guides_for(session, content)):
        count = FIRST_GUIDE_STEPS if index == 0 else OTHER_GUIDE_STEPS
        result.append((guide, [step.title for step in guide.steps[:count]]))
    return result


def top_lines(session: Session, content: Content, region_id: str, limit: int = TOP_LINES) -> list[Resource]:
    """The region's first line for each kind of help the ticked signs call for, most serious first.

    Filled up with the region's main line and emergency number when fewer apply. Never a line that serves only
    part of the region.
    """
    region = content.region(region_id)
    wanted: list[str] = []
    for sign in _ticked(session, content):
        wanted.extend(group for group in sign.help_groups if group not in wanted)
    chosen: list[Resource] = []
    for group in wanted:
        found = [res for res in content.resources_for(region_id, group) if not res.subregion]
        if found and found[0] not in chosen:
            chosen.append(found[0])
    extras = [content.resource(region.primary), content.resource(region.emergency)] if region else []
    for resource in extras:
        if resource and resource not in chosen and not resource.subregion:
            chosen.append(resource)
    return chosen[:limit]


def _link(url: str, text: str) -> str:
    return f"<a href=\"{escape(url, quote=True)}\">{escape(text)}</a>"


def _resource_html(resource: Resource, labels: ActionPlanLabels) -> str:
    parts = [f"<b>{escape(resource.name)}</b>"]
    if resource.phone:
        parts.append(_link(resource.tel_url(), labels.phone_line.format(phone=resource.phone.display)))
    if resource.text:
        number = resource.text.display or resource.text.number
        line = (labels.text_line.format(keyword=resource.text.keyword, number=number) if resource.text.keyword
                else labels.text_line_plain.format(number=number))
        parts.append(_link(resource.sms_url(), line))
    if resource.web:
        parts.append(_link(resource.web, resource.web.removeprefix("https://").removeprefix("www.").rstrip("/")))
    return "<li>" + " · ".join(parts) + "</li>"


def _signs_html(session: Session, content: Content, labels: ActionPlanLabels, include_notes: bool) -> list[str]:
    body = [f"<h2>{escape(labels.signs_heading)}</h2>"]
    groups = grouped_signs(session, content)
    if not groups:
        body.append(f"<p>{escape(labels.no_signs)}</p>")
    for stage_title, signs in groups:
        body.append(f"<h3>{escape(stage_title)}</h3><ul>")
        for sign in signs:
            item = escape(sign.label)
            level = content.level(sign.level)
            if level:
                item += f" <span class=\"muted\">({escape(labels.level_line.format(level=level.title))})</span>"
            note = session.sign_notes.get(sign.id, "").strip()
            if include_notes and note:
                item += "<br>" + escape(labels.note_line.format(note=note))
            body.append(f"<li>{item}</li>")
        body.append("</ul>")
    if include_notes and session.notes.strip():
        notes = "<br>".join(escape(line) for line in session.notes.strip().splitlines())
        body.append(f"<h2>{escape(labels.notes_heading)}</h2><p>{notes}</p>")
    return body


def _steps_html(session: Session, content: Content, labels: ActionPlanLabels) -> list[str]:
    ticked = _ticked(session, content)
    steps = first_steps(session, content)
    if not ticked:
        return []
    body = [f"<h2>{escape(labels.steps_heading)}</h2>"]
    level = content.level(ticked[0].level)
    if level:
        body.append(f"<p>{escape(level.advice)}</p>")
    for guide, titles in steps:
        body.append(f"<h3>{escape(guide.title)}</h3><ol>")
        body.extend(f"<li>{escape(title)}</li>" for title in titles)
        body.append("</ol>")
    return body


def _agreed_html(session: Session, labels: ActionPlanLabels) -> list[str]:
    body = [f"<h2>{escape(labels.agreed_heading)}</h2>"]
    items = []
    for action in session.agreed_actions():
        who, what, when = action.who.strip(), action.what.strip(), action.when.strip()
        line = labels.agreed_line.format(who=who, what=what) if who and what else who or what
        if when:
            line = labels.by_when.format(action=line, when=when)
        items.append(f"<li>{escape(line)}</li>")
    if session.next_meeting.strip():
        items.append(f"<li><b>{escape(labels.next_meeting.format(when=session.next_meeting.strip()))}</b></li>")
    body.append("<ul>" + "".join(items) + "</ul>" if items else f"<p>{escape(labels.nothing_agreed)}</p>")
    return body


def action_plan_html(session: Session, content: Content, region_id: str, *,
                     labels: ActionPlanLabels | None = None, date: dt.date | str | None = None,
                     include_notes: bool = False) -> str:
    """The one-page plan a family takes home. Private notes appear only with ``include_notes``."""
    labels = labels or ActionPlanLabels()
    when = date if isinstance(date, str) else (date or dt.date.today()).isoformat()
    top = [labels.date_line.format(date=when)]
    if session.label.strip():
        top.append(labels.label_line.format(label=session.label.strip()))
    body = [f"<h1>{escape(labels.title)}</h1>",
            f"<p class=\"muted\">{escape(' · '.join(top))}<br>{escape(labels.not_a_screen)}</p>"]
    body += _signs_html(session, content, labels, include_notes)
    body += _steps_html(session, content, labels)
    starters = [starter for starter_id in session.plan if (starter := content.starter(starter_id))]
    if starters:
        body.append(f"<h2>{escape(labels.plan_heading)}</h2><ol>"
                    + "".join(f"<li>{escape(starter.opener)}</li>" for starter in starters) + "</ol>")
    body += _agreed_html(session, labels)
    lines = top_lines(session, content, region_id)
    if lines:
        body.append(f"<h2>{escape(labels.help_heading)}</h2><ul>")
        body.extend(_resource_html(resource, labels) for resource in lines)
        body.append("</ul>")
    return ("<html><head><meta charset=\"utf-8\"><title>" + escape(labels.title) + "</title>" + _STYLE
            + "</head><body>" + "".join(body) + "</body></html>")
