"""A small full-text index over the content, for the search box (Qt-free).

Matching ignores case and accents ("ecole" finds "école") and every word of the query must appear.
Normalised text is computed once when the index is built, so a keystroke only runs fast substring tests: well
under a frame even for ten thousand items. Snippets are cut from the original text only for the hits
that are returned.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, islice, repeat
from operator import contains, not_

from guardian_app.content.links import plain
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
        # Plain lists of the normalised texts: a keystroke scans them without an attribute lookup per entry.
        self._all_norms = [entry.all_norm for entry in self._entries]
        self._title_norms = [entry.title_norm for entry in self._entries]
        # The last query's words and the entries holding them all: typing only ever narrows a search.
        self._last_words: list[str] = []
        self._last_candidates: list[int] = list(range(len(self._entries)))

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Items containing every word of ``query``; items with the words in their title come first."""
        words = sorted(set(normalise(query).split()), key=len, reverse=True)
        if not words or limit <= 0:
            return []
        # The longest word is usually the rarest: filtering by it first keeps the later passes short.
        all_norms = self._all_norms
        first = words[0]
        if self._last_words and all(any(old in word for word in words) for old in self._last_words):
            # Each word of the last query is inside a word of this one (the usual keystroke): every entry
            # holding this query held that one, so only the last candidates need looking at.
            candidates = self._last_candidates
            for word in words:
                if word not in self._last_words:  # the last query's words are known to be there
                    candidates = _holding(candidates, all_norms, word)
        else:
            candidates = list(compress(range(len(all_norms)), map(contains, all_norms, repeat(first))))
            for word in words[1:]:
                candidates = _holding(candidates, all_norms, word)
        self._last_words, self._last_candidates = words, candidates
        # Rank: items with more of the words in their title first, then titles starting with the longest or
        # the shortest word, then content order (the order of ``candidates``). Only the best ``limit`` are
        # needed, and a one-letter query matches nearly everything: the passes below stop once they have them.
        titles = self._title_norms
        candidate_titles = list(map(titles.__getitem__, candidates))
        if len(words) == 1:
            # A one-word query: titles starting with it, then titles holding it, then the rest.
            starts = compress(candidates, map(str.startswith, candidate_titles, repeat(first)))
            best = list(islice(starts, limit))
            if len(best) < limit:
                starting = set(best)
                holding = compress(candidates, map(contains, candidate_titles, repeat(first)))
                best += islice((i for i in holding if i not in starting), limit - len(best))
            if len(best) < limit:
                lacking = compress(candidates, map(not_, map(contains, candidate_titles, repeat(first))))
                best += islice(lacking, limit - len(best))
        else:
            # How many of the words each title holds, counted in C; a title starting with a word holds it, so
            # entries with no word in their title all rank last, in content order.
            title_counts: Counter[int] = Counter()
            for word in words:
                title_counts.update(compress(candidates, map(contains, candidate_titles, repeat(word))))
            prefixes = (words[-1], first)
            keyed = [(-count, 0 if titles[i].startswith(prefixes) else 1, i)
                     for i, count in title_counts.items()]
            best = [key[2] for key in heapq.nsmallest(limit, keyed)]
            if len(best) < limit:
                lacking = compress(candidates, map(not_, map(title_counts.__contains__, candidates)))
                best += islice(lacking, limit - len(best))
        return [self._hit(self._entries[i], words) for i in best]

    # --- building -------------------------------------------------------------------------------------------

    def _add(self, page_id: str, item_id: str, kind: str, title: str, texts: Iterable[str]) -> None:
        # Content links are searched and shown by their words, never by their targets' ids.
        body = " ".join(plain(text) for text in texts if text)
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


def _holding(indices: list[int], texts: list[str], word: str) -> list[int]:
    """Those of ``indices`` whose text holds ``word``, in order (the loop runs in C)."""
    return list(compress(indices, map(contains, map(texts.__getitem__, indices), repeat(word))))


def _snippet(text: str, words: list[str]) -> str:
    """A short excerpt of ``text`` around the first matching word (the start of the text if none matches)."""
    text = _SPACES.sub(" ", text).strip()
    if len(text) <= SNIPPET_CHARS:
        return text
    norm, origin = _normalise_with_origin(text)
    found = min((pos for pos in (norm.find(word) for word in words) if pos >= 0), default=-1)
    start = 0
    if found >= 0:
        start = max(0, (origin[found] if origin is not None else found) - SNIPPET_CHARS // 3)
        # Begin at a word boundary so the excerpt does not open mid-word.
        space = text.rfind(" ", 0, start)
        start = 0 if space < 0 else space + 1
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    return ("… " if start > 0 else "") + text[start:end] + (" …" if end < len(text) else "")


_NON_ASCII = re.compile("[^\x00-\x7f]")
_folded_chars: dict[str, str] = {}


def _fold_char(char: str) -> str:
    """One character as :func:`normalise` matches it (possibly several characters, or none)."""
    folded = _folded_chars.get(char)
    if folded is None:
        folded = _COMBINING.sub("", unicodedata.normalize("NFKD", char.casefold().translate(_APOSTROPHES)))
        _folded_chars[char] = folded
    return folded


def _normalise_with_origin(text: str) -> tuple[str, list[int] | None]:
    """``text`` normalised character by character, and where each normalised character came from.

    An ASCII character only changes case, so ASCII runs are lowered whole; the origin is None when every
    character maps to itself (ASCII text), meaning position i comes from position i.
    """
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    origin: list[int] = []
    position = 0
    for match in _NON_ASCII.finditer(text):
        char_at = match.start()
        if char_at > position:
            parts.append(text[position:char_at].lower())
            origin.extend(range(position, char_at))
        folded = _fold_char(match.group())
        parts.append(folded)
        origin.extend([char_at] * len(folded))
        position = char_at + 1
    if position < len(text):
        parts.append(text[position:].lower())
        origin.extend(range(position, len(text)))
    return "".join(parts), origin
