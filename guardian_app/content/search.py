"""A small full-text index over the content, for the search box (Qt-free).

Matching ignores case and accents ("ecole" finds "école") and works on whole words: every word of the query
must be a word of the item, or, for a word of three letters or more, the start of one ("threat" finds
"threatening", so results stay live while typing), but never the inside of a word ("AI" does not find
"said"). Each item may carry ``keywords``: other words people search with ("sextortion", "deepfake"), matched
like a title and never shown. Results are ranked by kind first (:data:`KIND_RANKS`: guides before everything
else), then by how many query words the title or keywords hold.

Normalised text is computed once when the index is built, as its words between single spaces, so a keystroke
only runs fast substring tests (" word" for a word start, " word " for a whole word): well under a frame even
for ten thousand items. Snippets are cut from the item's own text only (never a category or guide name run
into it), and only for the hits that are returned.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, islice, repeat
from operator import contains, eq, not_

from guardian_app.content.links import plain
from guardian_app.content.model import Content

# Combining marks left by NFKD decomposition: removing them turns "é" into "e".
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "«": " ", "»": " ", "\u00a0": " ", "\u202f": " "})
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[\W_]+")

# Which page shows a section, by the prefix of its id (sections are shared by every page).
_SECTION_PAGES = ("home", "luring", "signs", "talk", "help", "guide", "session", "record", "about")

SNIPPET_CHARS = 140
# A query word this long or longer also matches the start of a longer word; a shorter one only a whole word.
PREFIX_MIN_CHARS = 3
# Results by kind, lower first; kinds not listed share OTHER_KINDS_RANK. A parent searching "sextortion" needs
# the guide before a sign or a stage that mentions it. (A kind for what a parent is facing goes in at 0 too.)
KIND_RANKS: dict[str, int] = {"guide": 0, "what-is-happening": 0}
OTHER_KINDS_RANK = 1
# Sentences already end with punctuation; other parts of an item's text (a phone number, languages) are set
# apart so a snippet reads cleanly.
_SENTENCE_END = (".", "!", "?", "…", ":", "»", '"', ")")


def normalise(text: str) -> str:
    """Lower-case, accent-free, single-spaced text for matching."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    return _SPACES.sub(" ", _COMBINING.sub("", text)).strip()


def _words_text(text: str) -> str:
    """The words of ``text``, normalised as :func:`normalise` does, each with a space on both sides.

    Punctuation and spaces all become one space, so the apostrophes and spaces :func:`normalise` evens out
    need no pass of their own; accents are removed only from text that has any (most of it is ASCII).
    """
    folded = unicodedata.normalize("NFKD", text.casefold())
    if not folded.isascii():
        folded = _COMBINING.sub("", folded)
    return f" {_NOT_WORD.sub(' ', folded).strip()} "


def query_patterns(query: str) -> list[str]:
    """What each word of ``query`` must be found as: " word" (a word start) or " word " (a whole word).

    Longest first: the longest is usually the rarest, so filtering by it first keeps later passes short.
    """
    words = _NOT_WORD.sub(" ", normalise(query)).split()
    patterns = {f" {word} " if len(word) < PREFIX_MIN_CHARS else f" {word}" for word in words}
    return sorted(patterns, key=len, reverse=True)


@dataclass(frozen=True)
class SearchHit:
    """One search result: where to go (``page_id``, ``item_id``), what it is (``kind``) and what to show.

    ``instead_of`` is set for a phrase: the words to avoid, shown labelled ("Instead of: ...") under the
    better words in ``title``, never as a snippet of their own.
    """

    page_id: str
    item_id: str
    kind: str  # sign, category, stage, starter, situation, phrase, guide, step, resource, group, section,
    # scenario, glossary, house rule, family text,
    # what-is-happening (a situation of Get help now)
    title: str
    snippet: str
    instead_of: str = ""


@dataclass(frozen=True)
class _Entry:
    page_id: str
    item_id: str
    kind: str
    title: str
    body: str  # the item's own text, for snippets
    title_words: str  # title and keywords, as _words_text gives them
    all_words: str  # everything searchable: title, keywords, body and context (a category, a guide title)
    instead_of: str = ""


class SearchIndex:
    """Every searchable item of one :class:`Content`, optionally limited to one region's help resources."""

    def __init__(self, content: Content, region: str | None = None) -> None:
        self._entries: list[_Entry] = []
        self._build(content, region)
        # Plain lists of the normalised texts: a keystroke scans them without an attribute lookup per entry.
        self._all_norms = [entry.all_words for entry in self._entries]
        self._title_norms = [entry.title_words for entry in self._entries]
        self._kind_ranks = [KIND_RANKS.get(entry.kind, OTHER_KINDS_RANK) for entry in self._entries]
        self._rank_values = sorted(set(self._kind_ranks))
        # The last query's patterns and the entries holding them all: typing only ever narrows a search.
        self._last_patterns: list[str] = []
        self._last_candidates: list[int] = list(range(len(self._entries)))

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Items holding every word of ``query``: guides first, then items with the words in their title."""
        patterns = query_patterns(query)
        if not patterns or limit <= 0:
            return []
        all_norms = self._all_norms
        last = self._last_patterns
        if last and all(any(old in pattern for pattern in patterns) for old in last):
            # Each pattern of the last query is inside one of this query (the usual keystroke): every entry
            # holding this query held that one, so only the last candidates need looking at.
            candidates = self._last_candidates
            for pattern in patterns:
                if pattern not in last:  # the last query's patterns are known to be there
                    candidates = _holding(candidates, all_norms, pattern)
        else:
            first = patterns[0]
            candidates = list(compress(range(len(all_norms)), map(contains, all_norms, repeat(first))))
            for pattern in patterns[1:]:
                candidates = _holding(candidates, all_norms, pattern)
        self._last_patterns, self._last_candidates = patterns, candidates
        best: list[int] = []
        for members in self._by_kind_rank(candidates):
            best += self._ranked(members, patterns, limit - len(best))
            if len(best) >= limit:
                break
        return [self._hit(self._entries[i], patterns) for i in best]

    def _by_kind_rank(self, candidates: list[int]) -> Iterable[list[int]]:
        """``candidates`` split by the rank of their kind, best rank first, each in content order."""
        if len(self._rank_values) == 1:
            yield candidates
            return
        ranks = list(map(self._kind_ranks.__getitem__, candidates))
        for rank in self._rank_values:
            yield list(compress(candidates, map(eq, ranks, repeat(rank))))

    def _ranked(self, candidates: list[int], patterns: list[str], limit: int) -> list[int]:
        """The best ``limit`` of ``candidates``: more of the words in the title (or keywords) first, then titles
        starting with the longest or the shortest word, then content order (the order of ``candidates``).

        A one-letter query matches nearly everything: the passes below stop once they have ``limit``.
        """
        if limit <= 0 or not candidates:
            return []
        titles = self._title_norms
        first = patterns[0]
        candidate_titles = list(map(titles.__getitem__, candidates))
        if len(patterns) == 1:
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
            return best
        # How many of the words each title holds, counted in C; a title starting with a word holds it, so
        # entries with no word in their title all rank last, in content order.
        title_counts: Counter[int] = Counter()
        for pattern in patterns:
            title_counts.update(compress(candidates, map(contains, candidate_titles, repeat(pattern))))
        prefixes = (patterns[-1], first)
        keyed = [(-count, 0 if titles[i].startswith(prefixes) else 1, i) for i, count in title_counts.items()]
        best = [key[2] for key in heapq.nsmallest(limit, keyed)]
        if len(best) < limit:
            lacking = compress(candidates, map(not_, map(title_counts.__contains__, candidates)))
            best += islice(lacking, limit - len(best))
        return best

    # --- building -------------------------------------------------------------------------------------------

    def _add(self, page_id: str, item_id: str, kind: str, title: str, texts: Iterable[str],
             keywords: Iterable[str] = (), context: Iterable[str] = (), instead_of: str = "") -> None:
        body = _join(texts)
        title_words = _words_text(" ".join((title, *keywords)))
        # Each text is normalised once: the title's words, then the rest's, joined at their shared space.
        other_words = _words_text(" ".join((body, *context, instead_of)))
        all_words = title_words + other_words[1:] if other_words.strip() else title_words
        self._entries.append(_Entry(page_id, item_id, kind, title, body, title_words, all_words, instead_of))

    def _build(self, content: Content, region: str | None) -> None:
        for stage in content.stages:
            self._add("luring", stage.id, "stage", stage.title,
                      [stage.summary, *stage.offender_does, *stage.parent_may_notice, *stage.what_to_do],
                      stage.keywords)
        for category in content.categories:
            self._add("signs", f"category:{category.id}", "category", category.title, [category.description])
        for sign in content.signs:
            sign_category = content.category(sign.category)
            self._add("signs", sign.id, "sign", sign.label, [sign.why], sign.keywords,
                      [sign_category.title] if sign_category else [])
        for situation in content.situations:
            self._add("talk", f"situation:{situation.id}", "situation", situation.title,
                      [situation.description], situation.keywords)
        for starter in content.starters:
            self._add("talk", starter.id, "starter", starter.opener,
                      [*starter.follow_ups, starter.listen_for, starter.avoid, starter.timing,
                       starter.if_they_tell_you])
        for phrase in content.phrases:
            self._add("talk", "", "phrase", phrase.instead, [], instead_of=phrase.avoid)
        for guide in content.guides:
            self._add("guide", guide.id, "guide", guide.title, [guide.intro, guide.closing], guide.keywords)
            for step in guide.steps:
                self._add("guide", guide.id, "step", step.title, [step.detail], step.keywords, [guide.title])
        # Get help now with a situation's lines first; ranked with the guides, after them.
        for happening in content.help_situations:
            self._add("help", f"situation:{happening.id}", "what-is-happening", happening.title,
                      [happening.description, *(step.text for step in happening.steps)], happening.keywords)
        for group in content.groups:
            self._add("help", f"group:{group.id}", "group", group.title, [group.description])
        for resource in content.resources:
            if region is not None and region not in resource.regions:
                continue
            phone = resource.phone.display if resource.phone else ""
            text = (resource.text.display or resource.text.number) if resource.text else ""
            self._add("help", resource.id, "resource", resource.name,
                      [resource.purpose, phone, text, resource.languages, resource.note], resource.keywords)
        self._build_practice(content)
        for section in content.sections:
            page_id = section.id.split("-", 1)[0]
            if page_id in _SECTION_PAGES:
                self._add(page_id, "", "section", section.title, section.paragraphs)

    def _build_practice(self, content: Content) -> None:
        """Scenarios and glossary words (Practise a conversation), the family plan and the page for the child."""
        for scenario in content.scenarios:
            self._add("practice", scenario.id, "scenario", scenario.title,
                      [scenario.setting, *(node.child for node in scenario.nodes)])
        for term in content.glossary:
            self._add("practice", f"glossary:{term.id}", "glossary", term.term,
                      [term.definition, term.why_this_word], term.words)
        for rule in content.house_rules:
            self._add("family-plan", f"rule:{rule.id}", "house rule", rule.text, [])
        for text in content.family_texts:
            page_id = "for-child" if text.id.startswith("child-") else "family-plan"
            self._add(page_id, text.id, "family text", text.title, [*text.paragraphs, *text.steps])

    # --- results --------------------------------------------------------------------------------------------

    @staticmethod
    def _hit(entry: _Entry, patterns: list[str]) -> SearchHit:
        return SearchHit(entry.page_id, entry.item_id, entry.kind, entry.title, _snippet(entry.body, patterns),
                         entry.instead_of)


def _join(texts: Iterable[str]) -> str:
    """An item's texts as one: after a sentence a space, after anything else (a number, a name) a " · "."""
    joined = ""
    for text in texts:
        # Content links are searched and shown by their words, never by their targets' ids.
        text = " ".join(plain(text).split()) if text else ""
        if not text:
            continue
        if joined:
            joined += " " if joined.endswith(_SENTENCE_END) else " · "
        joined += text
    return joined


def _holding(indices: list[int], texts: list[str], word: str) -> list[int]:
    """Those of ``indices`` whose text holds ``word``, in order (the loop runs in C)."""
    return list(compress(indices, map(contains, map(texts.__getitem__, indices), repeat(word))))


def _snippet(text: str, patterns: list[str]) -> str:
    """A short excerpt of ``text`` around the first matching word (the start of the text if none matches)."""
    if len(text) <= SNIPPET_CHARS:
        return text
    norm, origin = _normalise_with_origin(text)
    found = min((pos for pos in (_word_position(norm, pattern) for pattern in patterns) if pos >= 0),
                default=-1)
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


def _word_position(norm: str, pattern: str) -> int:
    """Where the word of ``pattern`` (see :func:`query_patterns`) starts in ``norm``, or -1."""
    word = pattern.strip()
    whole = pattern.endswith(" ")
    match = re.search(rf"(?<![^\W_]){re.escape(word)}" + (r"(?![^\W_])" if whole else ""), norm)
    return match.start() if match else -1


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
