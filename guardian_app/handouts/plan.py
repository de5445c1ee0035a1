"""The "My conversation plan" handout, as HTML for ``guardian_app.ui.printing``.

Qt-free: it takes the content, the chosen starter ids, the region and a date, and returns HTML in the subset
Qt's rich text understands (headings, paragraphs, lists, simple tables). Every content string is escaped here.

The handout's own words (title, headings) arrive in :class:`PlanLabels`, so the page can pass them through
Qt's translator; the English defaults keep this module usable and testable without Qt.

Counselors hand this page to parents, so it is built to fit on one sheet for a usual plan: the chosen openers
with their follow-up questions, the short "If your child tells you something" steps, and the help lines.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from guardian_app.content.links import plain
from guardian_app.content.model import Content, Guide, Resource, Starter
from guardian_app.handouts.resource_block import ResourceWords, resource_lines

DISCLOSURE_GUIDE_ID = "if-your-child-tells-you"

# Help groups shown on the handout, after the region's primary line and before its emergency number.
HANDOUT_HELP_GROUPS: tuple[str, ...] = ("report", "child-support")


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


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph, as plain text (content links give their words), to keep the handout
    short (the app shows the rest)."""
    text = " ".join(plain(text).split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


def help_resources(content: Content, region_id: str) -> tuple[Resource, ...]:
    """The lines on the handout: the region's primary line, report and child support, then the emergency one.

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
        for resource in content.resources_for(region_id, group_id):
            add(resource)
    if region is not None:
        add(content.resource(region.emergency))
    return tuple(chosen)


def _starter_html(number: int, starter: Starter) -> str:
    opener = f"<b>{number}.&nbsp; {_e(starter.opener)}</b>"
    parts = [f'<p style="margin-top: 7px; margin-bottom: 1px;">{opener}</p>']
    if starter.follow_ups:
        items = "".join(f"<li>{_e(question)}</li>" for question in starter.follow_ups)
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
        detail = first_sentence(step.detail)
        # Important steps are marked by weight and colour and by their words, never by colour alone.
        title = f"<b>{number}. {_e(step.title)}</b>"
        if step.important:
            title = f'<span class="important">{number}. {_e(step.title)}</span>'
        cells.append(f'<p style="margin-bottom: 6px;">{title}<br/>{_e(detail)}</p>')
    return _columns(cells)


def _resource_html(resource: Resource, labels: PlanLabels) -> str:
    words = ResourceWords(phone=labels.call, text_keyword=labels.text_keyword, text_plain=labels.text_plain,
                          web="{url}", hours="{hours}")
    return f'<p style="margin-bottom: 8px;">{"<br/>".join(resource_lines(resource, words, compact=True))}</p>'


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
        "<html><body>",
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
        parts.append(_columns([_resource_html(resource, labels) for resource in lines], columns=3))
    # The emergency number gets its own sentence, not a box among the others: it is for danger right now.
    if region is not None:
        emergency = content.resource(region.emergency)
        dial = emergency.phone.display if emergency and emergency.phone else region.emergency_number
        if dial:
            parts.append(f'<p class="important">{_e(labels.emergency.format(number=dial))}</p>')
    parts.append(f"<h2>{_e(labels.starters_heading)}</h2>")
    if starters:
        parts.extend(_starter_html(number, starter) for number, starter in enumerate(starters, start=1))
    else:
        parts.append(f"<p>{_e(labels.no_starters)}</p>")

    guide = content.guide(DISCLOSURE_GUIDE_ID)
    if guide is not None:
        parts.append(f"<h2>{_e(labels.disclosure_heading)}</h2>")
        parts.append(_guide_html(guide))

    parts.append("</body></html>")
    return "".join(parts)
