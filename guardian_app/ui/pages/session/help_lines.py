"""The session page's help lines (the same top three lines as the action plan, for what was noticed) and its
first steps (the advice for the most serious level ticked, then the first steps of each guide that applies).

Clickable: the name opens the line on Get help now (call, copy, QR code), the number calls it, the address opens
the website. Every word is escaped; only these links are made.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout

from guardian_app.content.links import HREF_PREFIX, LinkTarget
from guardian_app.content.model import LEVELS, Content
from guardian_app.family.session import Session
from guardian_app.handouts.action_plan import first_steps, top_lines
from guardian_app.handouts.summary import HelpLineLabels
from guardian_app.ui.widgets.labels import heading, paragraph
from guardian_app.ui.widgets.layouts import clear_layout


def fill_help_lines(box: QVBoxLayout, session: Session, content: Content, region: str, labels: HelpLineLabels,
                    open_link: Callable[[str], object]) -> None:
    """One paragraph per line: name, phone, text and web address, each a link."""
    clear_layout(box)
    e = html.escape
    for resource in top_lines(session, content, region):
        name_href = e(HREF_PREFIX + str(LinkTarget("resource", resource.id)))
        lines = [f'<a href="{name_href}">{e(resource.name)}</a>']
        if resource.phone:
            phone = f'<a href="{e(resource.tel_url())}">{e(resource.phone.display)}</a>'
            lines.append(e(labels.phone_line).replace("{phone}", phone))
        if resource.text:
            number = resource.text.display or resource.text.number
            lines.append(e(labels.text_line.format(keyword=resource.text.keyword, number=number)
                           if resource.text.keyword else labels.text_line_plain.format(number=number)))
        if resource.web:
            web = f'<a href="{e(resource.web)}">{e(resource.web)}</a>'
            lines.append(e(labels.web_line).replace("{url}", web))
        line = paragraph("<br>".join(lines), rich=True)
        line.setObjectName("sessionHelpLine")
        line.setOpenExternalLinks(False)
        line.linkActivated.connect(open_link)
        box.addWidget(line)


def fill_first_steps(box: QVBoxLayout, session: Session, content: Content) -> None:
    """The level's advice, then each guide's title and its first numbered steps (not its introduction)."""
    clear_layout(box)
    ticked = [sign for sign_id in session.ticked_signs if (sign := content.sign(sign_id))]
    if ticked:
        level = content.level(max(ticked, key=lambda sign: LEVELS.index(sign.level)).level)
        if level:
            box.addWidget(paragraph(level.advice))
    for guide, titles in first_steps(session, content):
        box.addWidget(heading(guide.title, 3))
        for number, title in enumerate(titles, start=1):
            box.addWidget(paragraph(f"{number}. {title}"))
