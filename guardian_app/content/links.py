"""Links inside content text, Qt-free: ``[words](kind:id)`` or ``[words](kind:id#part)``.

Content may point a parent to another place in Guardian instead of naming it in words::

    Follow the guide [Someone is threatening my child](guide:someone-is-threatening-my-child).
    [Write it down in Record of events](page:record) while you remember.

A target is ``kind:id``, with ``#part`` for a step of a guide. The kinds are listed in :data:`TARGET_KINDS`.
:func:`parse` cuts a text into plain :class:`TextPart` and :class:`LinkPart` pieces; the UI turns the links
into real links (only Guardian's own markup makes links: the words of a link are plain text) and opens them
with ``context.open(*target.destination())``. :func:`plain` gives the words alone, for printing and search.
``guardian-app validate`` checks that every target exists (``link_check.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The pages a ``page:`` link may open (the ids of ``ui/registry.py``; a test keeps the two the same).
PAGE_IDS: tuple[str, ...] = ("home", "luring", "signs", "talk", "practice", "help", "guide", "family-plan",
                             "for-child", "session", "record", "about")

#: Link kinds, and what each one points at (the content kind its id belongs to, or "pages").
TARGET_KINDS: dict[str, str] = {
    "page": "pages",
    "guide": "guides",  # guide:<guide id>, or guide:<guide id>#<step id>
    "situation": "help_situations",  # Get help now, with this situation's lines first
    "resource": "resources",
    "group": "groups",
    "stage": "stages",
    "sign": "signs",
    "starter": "starters",
}

_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
#: A link target on its own, as the ``link`` field of a situation step holds it.
LINK_TARGET_PATTERN = rf"^[a-z]+:{_ID}(#{_ID})?$"
_TARGET_RE = re.compile(rf"([a-z]+):({_ID})(?:#({_ID}))?")
#: A link in running text. The words may not hold brackets; the target may not hold spaces.
LINK_RE = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s]*)\)")
#: What looks like the start of a link's target: where a text may hold a link (or a broken one).
LINK_MARK = "]("


@dataclass(frozen=True)
class LinkTarget:
    """Where a link goes: a content ``kind`` (see :data:`TARGET_KINDS`), an ``id``, and maybe a ``part``."""

    kind: str
    id: str
    part: str = ""

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}" + (f"#{self.part}" if self.part else "")

    def destination(self) -> tuple[str, str]:
        """The ``(page_id, item_id)`` to give ``context.open``."""
        if self.kind == "page":
            return self.id, ""
        if self.kind == "guide":
            return "guide", f"{self.id}#{self.part}" if self.part else self.id
        if self.kind == "situation":
            return "help", f"situation:{self.id}"
        if self.kind == "group":
            return "help", f"group:{self.id}"
        if self.kind == "resource":
            return "help", self.id
        if self.kind == "stage":
            return "luring", self.id
        if self.kind == "sign":
            return "signs", self.id
        return "talk", self.id  # starter


@dataclass(frozen=True)
class TextPart:
    text: str


@dataclass(frozen=True)
class LinkPart:
    text: str
    target: LinkTarget


Part = TextPart | LinkPart


def parse_target(text: str) -> LinkTarget | None:
    """The target written as ``kind:id`` or ``kind:id#part``, or None when it is not in that form."""
    match = _TARGET_RE.fullmatch(text)
    if match is None or match.group(1) not in TARGET_KINDS:
        return None
    return LinkTarget(match.group(1), match.group(2), match.group(3) or "")


def has_links(text: str) -> bool:
    return LINK_MARK in text


def parse(text: str) -> tuple[Part, ...]:
    """``text`` cut into plain parts and links, in order. A link whose target is malformed stays plain text."""
    if LINK_MARK not in text:
        return (TextPart(text),) if text else ()
    parts: list[Part] = []
    plain_start = 0
    for match in LINK_RE.finditer(text):
        target = parse_target(match.group(2))
        if target is None:
            continue
        if match.start() > plain_start:
            parts.append(TextPart(text[plain_start:match.start()]))
        parts.append(LinkPart(match.group(1), target))
        plain_start = match.end()
    if plain_start < len(text):
        parts.append(TextPart(text[plain_start:]))
    return tuple(_merge_plain(parts))


def _merge_plain(parts: list[Part]) -> list[Part]:
    merged: list[Part] = []
    for part in parts:
        if merged and isinstance(part, TextPart) and isinstance(merged[-1], TextPart):
            merged[-1] = TextPart(merged[-1].text + part.text)
        else:
            merged.append(part)
    return merged


def plain(text: str) -> str:
    """``text`` with every link replaced by its words (for printing, search and plain labels)."""
    if LINK_MARK not in text:
        return text
    return "".join(part.text for part in parse(text))


def targets(text: str) -> tuple[LinkTarget, ...]:
    """The targets of the well-formed links in ``text``, in order."""
    return tuple(part.target for part in parse(text) if isinstance(part, LinkPart))


def first_target(text: str) -> LinkTarget | None:
    found = targets(text)
    return found[0] if found else None


@dataclass(frozen=True)
class RawLink:
    """A link as written, for checking: its words, its target text, and where it starts in the text."""

    text: str
    target_text: str
    offset: int


def raw_links(text: str) -> list[RawLink]:
    """Every ``[words](target)`` written in ``text``, well formed or not (the checker reports the bad ones)."""
    if LINK_MARK not in text:
        return []
    return [RawLink(match.group(1), match.group(2), match.start()) for match in LINK_RE.finditer(text)]


#: What a link's address starts with in rich text, so the UI knows it is one of Guardian's own links.
HREF_PREFIX = "guardian:"


def to_html(text: str) -> str:
    """``text`` as rich text: every part escaped, each link an ``<a href="guardian:kind:id#part">``.

    Only this markup makes links: words from the content are escaped, so content can never add its own."""
    from html import escape

    pieces = []
    for part in parse(text):
        if isinstance(part, LinkPart):
            pieces.append(f'<a href="{escape(HREF_PREFIX + str(part.target))}">{escape(part.text)}</a>')
        else:
            pieces.append(escape(part.text))
    return "".join(pieces)


def target_from_href(href: str) -> LinkTarget | None:
    """The target of an address made by :func:`to_html`, or None for any other address."""
    if not href.startswith(HREF_PREFIX):
        return None
    return parse_target(href[len(HREF_PREFIX):])
