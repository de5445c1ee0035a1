"""The "My conversation plan" handout, as HTML for ``guardian_app.ui.printing``.

Qt-free: it takes the content, the chosen starter ids, the region and a date, and returns HTML in the subset
Qt's rich text understands (headings, paragraphs, lists, simple tables). Every content string is escaped here.

The handout's own words (title, headings) arrive in :class:`PlanLabels`, so the page can pass them through
Qt's translator; the English defaults keep this module usable and testable without Qt.

Counselors hand this page to parents, so it is built to fit on one sheet for a usual plan: the chosen openers
with their follow-up questions and what to avoid, the short "If your child tells you something" steps, and the
help lines: the region's main line, reporting, image take-down, support for the child, the crisis line and the
emergency number. Web addresses never break inside a word, and every phone number and address is a link.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from guardian_app.content.links import plain
from guardian_app.content.model import Content, Guide, Resource, Starter
from guardian_app.handouts.resource_block import web_display

DISCLOSURE_GUIDE_ID = "if-your-child-tells-you"

# Follow-up questions per opener on paper (the app shows them all).
FOLLOW_UPS = 2

# Help groups shown on the handout, after the region's primary line and before its emergency number.
HANDOUT_HELP_GROUPS: tuple[str, ...] = ("report", "remove-images", "child-support", "crisis")


@dataclass(frozen=True)
class PlanLabels:
    """The handout's own words; the Talk page passes translated ones."""

    title: str = "My conversation plan"
    prepared_on: str = "Prepared on {date}"
    intro: str = (
        "Pick a calm moment. Ask one question, then listen more than you talk. "
        "It is fine to come back to it another day."
    )
    starters_heading: str = "Ways to start talking"
    no_starters: str = "No conversation starters chosen yet. Add some from the Talk with your child page."
    disclosure_heading: str = "If your child tells you something"
    help_heading: str = "Help lines"
    call: str = "Call {number}"
    text_keyword: str = "Text {keyword} to {number}"
    text_plain: str = "Text {number}"
    emergency: str = "In an emergency, or if your child is in danger now, call {number}."
    avoid: str = "Try not to: {avoid}"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph, as plain text (content links give their words), to keep the handout
    short (the app shows the rest)."""
    text = " ".join(plain(text).split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


def help_resources(content: Content, region_id: str) -> tuple[Resource, ...]:
    """The lines on the handout: the region's primary line, then the first line of each handout group (report,
    image take-down, child support, crisis), then the emergency one.

    Services only for part of the region (e.g. Quebec) are left out: the handout must be right for everyone.
    """
    region = content.region(region_id)
    chosen: list[Resource] = []

    def add(resource: Resource | None) -> None:
        if resource is not None and resource not in chosen and not resource.subregion:
            chosen.append(resource)

    if region is not None:
        add(content.resource(region.primary))
    for group_id in HANDOUT_HELP_GROUPS:
        found = [res for res in content.resources_for(region_id, group_id) if not res.subregion]
        add(found[0] if found else None)
    if region is not None:
        add(content.resource(region.emergency))
    return tuple(chosen)


def _starter_html(number: int, starter: Starter, labels: PlanLabels) -> str:
    opener = f"<b>{number}.&nbsp; {_e(starter.opener)}</b>"
    parts = [f'<p style="margin-top: 6px; margin-bottom: 1px;">{opener}</p>']
    items = "".join(f"<li>{_e(question)}</li>" for question in starter.follow_ups[:FOLLOW_UPS])
    if starter.avoid:
        items += f'<li><i>{_e(labels.avoid.format(avoid=first_sentence(starter.avoid)))}</i></li>'
    if items:
        parts.append(f'<ul style="margin-top: 0; margin-bottom: 0;">{items}</ul>')
    return "".join(parts)


def _columns(cells: Sequence[str], columns: int = 2) -> str:
    """Cells in a borderless table, filled column by column, so that short items share the page's width."""
    per_column = -(-len(cells) // columns)
    width = 100 // columns
    tds = []
    for column in range(columns):
        chunk = "".join(cells[column * per_column:(column + 1) * per_column])
        # The gap between columns is right padding, so the last column keeps the full right edge.
        padding = ' style="padding-right: 16px;"' if column < columns - 1 else ""
        tds.append(f'<td width="{width}%" valign="top"{padding}>{chunk}</td>')
    return f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{"".join(tds)}</tr></table>'


def _guide_html(guide: Guide) -> str:
    cells = []
    for number, step in enumerate(guide.steps, start=1):
        # Step titles only, so the page stays one page; the app has each step's detail.
        # Important steps are marked by weight and colour and by their words, never by colour alone.
        title = f"<b>{number}. {_e(step.title)}</b>"
        if step.important:
            title = f'<span class="important">{number}. {_e(step.title)}</span>'
        cells.append(f'<p style="margin-bottom: 4px;">{title}</p>')
    return _columns(cells, columns=3)


def _link(url: str, text: str) -> str:
    return f'<a href="{_e(url)}">{_e(text)}</a>'


def _resource_html(resource: Resource, labels: PlanLabels) -> str:
    lines = [f"<b>{_e(resource.name)}</b>"]
    if resource.phone:
        lines.append(_link(resource.tel_url(), labels.call.format(number=resource.phone.display)))
    if resource.text:
        shown = resource.text.display or resource.text.number
        if resource.text.keyword:
            text = labels.text_keyword.format(keyword=resource.text.keyword, number=shown)
        else:
            text = labels.text_plain.format(number=shown)
        lines.append(_link(resource.sms_url(), text))
    if resource.web:
        # An address never breaks inside a word: it stays on one line (the column is wide enough for it).
        web = _link(resource.web, web_display(resource.web))
        lines.append(f'<span style="font-size: 9pt; white-space: nowrap;">{web}</span>')
    if resource.hours:
        lines.append(f'<span class="muted" style="font-size: 9pt;">{_e(resource.hours)}</span>')
    return f'<p style="margin-bottom: 6px;">{"<br/>".join(lines)}</p>'


def build_plan_html(
    content: Content,
    starter_ids: Sequence[str],
    region_id: str,
    date: dt.date,
    *,
    labels: PlanLabels | None = None,
    date_text: str = "",
) -> str:
    """The handout as HTML. Unknown starter ids are skipped.

    ``date_text`` is the date as the user's locale writes it (the ISO date when empty).
    """
    labels = labels or PlanLabels()
    starters = [starter for starter in (content.starter(sid) for sid in starter_ids) if starter is not None]
    when = date_text or date.isoformat()

    parts = [
        "<html><head><style>body { font-size: 10pt; }</style></head><body>",
        f"<h1>{_e(labels.title)}</h1>",
        f'<p class="muted">{_e(labels.prepared_on.format(date=when))}</p>',
        f"<p>{_e(labels.intro)}</p>",
    ]
    # Help lines come first: they are what a parent must find fast, and they never split across pages.
    region = content.region(region_id)
    emergency_id = region.emergency if region is not None else ""
    resources = help_resources(content, region_id)
    lines = [resource for resource in resources if resource.id != emergency_id]
    if resources:
        parts.append(f"<h2>{_e(labels.help_heading)}</h2>")
        parts.append(_columns([_resource_html(resource, labels) for resource in lines], columns=2))
    # The emergency number gets its own sentence, not a box among the others: it is for danger right now.
    if region is not None:
        emergency = content.resource(region.emergency)
        dial = emergency.phone.display if emergency and emergency.phone else region.emergency_number
        if dial:
            parts.append(f'<p class="important">{_e(labels.emergency.format(number=dial))}</p>')
    parts.append(f"<h2>{_e(labels.starters_heading)}</h2>")
    if starters:
        parts.extend(_starter_html(number, starter, labels) for number, starter in enumerate(starters, start=1))
    else:
        parts.append(f"<p>{_e(labels.no_starters)}</p>")

    guide = content.guide(DISCLOSURE_GUIDE_ID)
    if guide is not None:
        parts.append(f"<h2>{_e(labels.disclosure_heading)}</h2>")
        parts.append(_guide_html(guide))

    parts.append("</body></html>")
    return "".join(parts)
