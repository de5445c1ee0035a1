"""One help resource on a handout (the conversation plan, the session summary): its name, then its phone, text,
web and hours lines, escaped, in the words the caller passes (already translated). Qt-free."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from guardian_app.content.model import Resource


@dataclass(frozen=True)
class ResourceWords:
    """How each line reads; ``{phone}`` (or ``{number}``), ``{keyword}``, ``{url}`` and ``{hours}`` are filled in."""

    phone: str = "Phone: {phone}"
    text_keyword: str = "Text: {keyword} to {number}"
    text_plain: str = "Text: {number}"
    web: str = "Web: {url}"
    hours: str = "Hours: {hours}"


def web_display(url: str) -> str:
    """A web address as people say it: no https://, no www., no trailing slash."""
    shown = re.sub(r"^https?://", "", url)
    shown = re.sub(r"^www\.", "", shown)
    return shown.rstrip("/")


def resource_lines(resource: Resource, words: ResourceWords, *, purpose: bool = False,
                   compact: bool = False) -> list[str]:
    """The resource's lines as HTML: its name in bold, its purpose (if asked), then how to reach it.

    ``compact`` (the one-page plan) writes the web address as people say it and the web and hours lines in
    small print.
    """
    lines = [f"<b>{escape(resource.name)}</b>"]
    if purpose and resource.purpose:
        lines.append(escape(resource.purpose))
    if resource.phone:
        display = resource.phone.display
        lines.append(escape(words.phone.format(phone=display, number=display)))
    if resource.text:
        shown = resource.text.display or resource.text.number
        line = (words.text_keyword.format(keyword=resource.text.keyword, number=shown) if resource.text.keyword
                else words.text_plain.format(number=shown))
        lines.append(escape(line))
    if resource.web:
        web = escape(words.web.format(url=web_display(resource.web) if compact else resource.web))
        lines.append(f'<span style="font-size: 9.5pt;">{web}</span>' if compact else web)
    if resource.hours:
        hours = escape(words.hours.format(hours=resource.hours))
        lines.append(f'<span class="muted" style="font-size: 9.5pt;">{hours}</span>' if compact else hours)
    return lines
