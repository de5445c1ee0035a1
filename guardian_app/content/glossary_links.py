"""Links the first use of each glossary word on a page to its definition (Qt-free).

A page hands :class:`GlossaryLinker` its texts in reading order; each comes back as escaped HTML where the
first occurrence of each glossary word on the page is ``<a href="glossary:ID">word</a>``. Later uses stay
plain, as in a printed glossary: one link per word per page is enough, and a page full of links is hard to
read. Matching ignores case, keeps whole words only and prefers the longest form ("financial sextortion"
before "sextortion").
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from guardian_app.content.links import HREF_PREFIX, LinkPart, parse
from guardian_app.content.practice_model import GlossaryTerm

LINK_SCHEME = "glossary:"


def term_id_from_link(link: str) -> str:
    """The term id of a ``glossary:ID`` link, or '' for any other link."""
    return link[len(LINK_SCHEME):] if link.startswith(LINK_SCHEME) else ""


class GlossaryLinker:
    """Finds glossary words in a page's texts; remembers which were linked already on that page."""

    def __init__(self, glossary: Iterable[GlossaryTerm]) -> None:
        forms: dict[str, str] = {}
        for term in glossary:
            for form in (term.term, *term.words):
                forms.setdefault(form.casefold(), term.id)
        self._term_by_form = forms
        alternatives = sorted(forms, key=len, reverse=True)
        self._pattern = (re.compile(r"(?<!\w)(" + "|".join(map(re.escape, alternatives)) + r")(?!\w)",
                                    re.IGNORECASE) if alternatives else None)
        self.linked: set[str] = set()

    def reset(self) -> None:
        """Start a new page: every word may be linked once again."""
        self.linked.clear()

    def link(self, text: str) -> str:
        """``text`` as escaped HTML, with the first use on this page of each glossary word linked."""
        if self._pattern is None:
            return html.escape(text)
        parts: list[str] = []
        position = 0
        for match in self._pattern.finditer(text):
            term_id = self._term_by_form[match.group(1).casefold()]
            if term_id in self.linked:
                continue
            self.linked.add(term_id)
            parts.append(html.escape(text[position:match.start()]))
            parts.append(f'<a href="{LINK_SCHEME}{term_id}">{html.escape(match.group(1))}</a>')
            position = match.end()
        parts.append(html.escape(text[position:]))
        return "".join(parts)

    def link_content(self, text: str) -> str:
        """Content ``text`` as escaped HTML: its own links (``[words](kind:id)``, see ``links.py``) as
        ``guardian:`` links, and the first use on this page of each glossary word, outside those links, as a
        ``glossary:`` link. Line breaks are kept."""
        shown = "".join(
            f'<a href="{html.escape(HREF_PREFIX + str(part.target))}">{html.escape(part.text)}</a>'
            if isinstance(part, LinkPart) else self.link(part.text)
            for part in parse(text))
        return shown.replace("\n", "<br>")

    def link_page(self, texts: Sequence[str]) -> list[str]:
        """Every text of one page, in reading order, each as HTML."""
        self.reset()
        return [self.link(text) for text in texts]
