"""A small full-text index over the content, for the search box (Qt-free).

Matching ignores case and accents ("ecole" finds "école") and every word of the query must appear.
Normalised text is computed once when the index is built, so a keystroke only runs fast substring tests: well
under a frame even for ten thousand items. Snippets are cut from the original text only for the hits
that are returned.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from guardian_app.content.model import Content

# Combining marks left by NFKD decomposition: removing them turns "é" into "e".
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "«": " ", "»": " ", "\u00a0": " ", "\u202f": " "})
_SPACES = re.compile(r"\s+")

# Which page shows a section, by the prefix of its id (sections are shared by every page).
_SECTION_PAGES = ("home", "luring", "signs", "talk", "help", "guide", "session", "record", "about")

SNIPPET_CHARS = 140


def normalise(text: str) -> str:
    """Lower-case, accent-free, single-spaced text for matching."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    return _SPACES.sub(" ", _COMBINING.sub("", text)).strip()


@dataclass(frozen=True)
class SearchHit:
    """One search result: where to go (``page_id``, ``item_id``), what it is (``kind``) and what to show."""

    page_id: str
    item_id: str
    kind: str  # sign, category, stage, starter, situation, phrase, guide, step, resource, group, section
    title: str
    snippet: str


@dataclass(frozen=True)
class _Entry:
    page_id: str
    item_id: str
    kind: str
    title: str
    body: str
    title_norm: str
    all_norm: str


class SearchIndex:
    """Every searchable item of one :class:`Content`, optionally limited to one region's help resources."""

    def __init__(self, content: Content, region: str | None = None) -> None:
        self._entries: list[_Entry] = []
        self._build(content, region)

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Items containing every word of ``query``; items with the words in their title come first."""
        words = sorted(set(normalise(query).split()), key=len, reverse=True)
        if not words or limit <= 0:
            return []
        # The longest word is usually the rarest: filtering by it first keeps the later passes short.
        candidates = [i for i, entry in enumerate(self._entries) if words[0] in entry.all_norm]
        for word in words[1:]:
            candidates = [i for i in candidates if word in self._entries[i].all_norm]

        def rank(index: int) -> tuple[int, int, int]:
            title = self._entries[index].title_norm
            in_title = sum(word in title for word in words)
            starts = 0 if title.startswith(words[-1]) or title.startswith(words[0]) else 1
            return (-in_title, starts, index)

        best = sorted(candidates, key=rank)[:limit]
        return [self._hit(self._entries[i], words) for i in best]

    # --- building -------------------------------------------------------------------------------------------

    def _add(self, page_id: str, item_id: str, kind: str, title: str, texts: Iterable[str]) -> None:
        body = " ".join(text for text in texts if text)
        self._entries.append(_Entry(page_id, item_id, kind, title, body, normalise(title),
                                    normalise(f"{title} {body}")))

    def _build(self, content: Content, region: str | None) -> None:
        for stage in content.stages:
            self._add("luring", stage.id, "stage", stage.title,
                      [stage.summary, *stage.offender_does, *stage.parent_may_notice, *stage.what_to_do])
        for category in content.categories:
            self._add("signs", f"category:{category.id}", "category", category.title, [category.description])
        for sign in content.signs:
            sign_category = content.category(sign.category)
            self._add("signs", sign.id, "sign", sign.label,
                      [sign.why, sign_category.title if sign_category else ""])
        for situation in content.situations:
            self._add("talk", f"situation:{situation.id}", "situation", situation.title,
                      [situation.description])
        for starter in content.starters:
            self._add("talk", starter.id, "starter", starter.opener,
                      [*starter.follow_ups, starter.listen_for, starter.avoid, starter.timing,
                       starter.if_they_tell_you])
        for phrase in content.phrases:
            self._add("talk", "", "phrase", phrase.instead, [phrase.avoid])
        for guide in content.guides:
            self._add("guide", guide.id, "guide", guide.title, [guide.intro, guide.closing])
            for step in guide.steps:
                self._add("guide", guide.id, "step", step.title, [step.detail, guide.title])
        for group in content.groups:
            self._add("help", f"group:{group.id}", "group", group.title, [group.description])
        for resource in content.resources:
            if region is not None and region not in resource.regions:
                continue
            phone = resource.phone.display if resource.phone else ""
            text = (resource.text.display or resource.text.number) if resource.text else ""
            self._add("help", resource.id, "resource", resource.name,
                      [resource.purpose, phone, text, resource.languages, resource.note])
        for section in content.sections:
            page_id = section.id.split("-", 1)[0]
            if page_id in _SECTION_PAGES:
                self._add(page_id, "", "section", section.title, section.paragraphs)

    # --- results --------------------------------------------------------------------------------------------

    @staticmethod
    def _hit(entry: _Entry, words: list[str]) -> SearchHit:
        return SearchHit(entry.page_id, entry.item_id, entry.kind, entry.title, _snippet(entry.body, words))


def _snippet(text: str, words: list[str]) -> str:
    """A short excerpt of ``text`` around the first matching word (the start of the text if none matches)."""
    text = _SPACES.sub(" ", text).strip()
    if len(text) <= SNIPPET_CHARS:
        return text
    # Normalise character by character, remembering where each normalised character came from.
    norm_chars: list[str] = []
    origin: list[int] = []
    for position, char in enumerate(text):
        folded = _COMBINING.sub("", unicodedata.normalize("NFKD", char.casefold().translate(_APOSTROPHES)))
        norm_chars.append(folded)
        origin.extend([position] * len(folded))
    norm = "".join(norm_chars)
    found = min((pos for pos in (norm.find(word) for word in words) if pos >= 0), default=-1)
    start = 0
    if found >= 0:
        start = max(0, origin[found] - SNIPPET_CHARS // 3)
        # Begin at a word boundary so the excerpt does not open mid-word.
        space = text.rfind(" ", 0, start)
        start = 0 if space < 0 else space + 1
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    return ("… " if start > 0 else "") + text[start:end] + (" …" if end < len(text) else "")
