"""What to do next, ranked by urgency, from the ticked warning signs (Qt-free).

A ticked sign may point to situations (``help_situations[].signs``). The situations lit by the most serious
ticked signs speak first, their first steps taken in turn (a threat: stop contact, do not pay, keep evidence
without any sexual image, report). Then come the advice of the highest level ticked, the steps of situations
lit by milder signs, and what to do at the stages of luring the signs point to, furthest stage first. When
only "watch" signs are ticked, the calm advice of that level comes first instead.

Near-duplicates (the same target, or mostly the same words) are merged; there are never more than
``max_steps``, and each step has a link target: where to act or read more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from guardian_app.content.links import LinkTarget, first_target, parse_target, plain
from guardian_app.content.model import LEVELS, Content, HelpSituation, Level, Sign, Stage

#: Words that say little about what a step asks: left out when comparing two steps.
_COMMON_TEXT = (
    "a an and are as at be by can do for from have if in is it its of on or so that the their them they this to"
    " with you your yours not no any all more child children"
    " ne pas de des du la le les un une et ou en est que qui pour par avec vous votre vos il elle ils sur plus"
    " enfant enfants"
)
_COMMON_WORDS = frozenset(_COMMON_TEXT.split())
_WORD = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"[ \t\r\n]+")
#: Two steps sharing at least this share of the shorter one's meaningful words say the same thing.
_SAME_WORDS_SHARE = 0.6


@dataclass(frozen=True)
class NextStep:
    """One thing to do next: its words (which may hold content links), where to act, and where it came from."""

    text: str
    target: LinkTarget
    situation: str = ""  # the HelpSituation id it comes from, if any

    @property
    def plain_text(self) -> str:
        return plain(self.text)


def situations_for_signs(content: Content, signs: Iterable[Sign]) -> list[tuple[HelpSituation, Level]]:
    """The situations the signs point to, most serious ticked level first, then in content order."""
    level_rank = {level_id: rank for rank, level_id in enumerate(LEVELS)}
    best: dict[str, int] = {}
    for sign in signs:
        for situation in content.help_situations:
            if sign.id in situation.signs:
                best[situation.id] = max(best.get(situation.id, -1), level_rank[sign.level])
    order = {situation.id: index for index, situation in enumerate(content.help_situations)}
    ranked = sorted(best, key=lambda situation_id: (-best[situation_id], order[situation_id]))
    result = []
    for situation_id in ranked:
        found = content.help_situation(situation_id)
        level = content.level(LEVELS[best[situation_id]])
        if found is not None and level is not None:
            result.append((found, level))
    return result


def _meaningful_words(text: str) -> frozenset[str]:
    return frozenset(word for word in _WORD.findall(plain(text).casefold()) if word not in _COMMON_WORDS)


class _Steps:
    """The list being built: refuses near-duplicates and stops at the limit."""

    def __init__(self, max_steps: int) -> None:
        self.max_steps = max_steps
        self.steps: list[NextStep] = []
        self._words: list[frozenset[str]] = []

    @property
    def full(self) -> bool:
        return len(self.steps) >= self.max_steps

    def add(self, step: NextStep) -> None:
        if self.full or not step.text.strip():
            return
        words = _meaningful_words(step.text)
        for kept_words in self._words:
            shorter = min(len(words), len(kept_words))
            if shorter and len(words & kept_words) >= max(2, _SAME_WORDS_SHARE * shorter):
                return
        # Folded YAML may leave line breaks; no-break spaces (French typography) stay as they are.
        self.steps.append(NextStep(_SPACES.sub(" ", step.text).strip(), step.target, step.situation))
        self._words.append(words)


def _situation_steps(situations: Sequence[HelpSituation]) -> list[NextStep]:
    """The steps of ``situations``, taken in turn: every situation's first step, then every second step..."""
    steps: list[NextStep] = []
    depth = max((len(situation.steps) for situation in situations), default=0)
    for index in range(depth):
        for situation in situations:
            if index < len(situation.steps):
                step = situation.steps[index]
                target = parse_target(step.link) or LinkTarget("situation", situation.id)
                steps.append(NextStep(step.text, target, situation.id))
    return steps


def _stage_steps(lit_stages: Sequence[Stage]) -> list[NextStep]:
    """One step from each lit stage in turn, furthest stage first (it is the most pressing)."""
    steps: list[NextStep] = []
    depth = max((len(stage.what_to_do) for stage in lit_stages), default=0)
    for index in range(depth):
        for stage in lit_stages:
            if index < len(stage.what_to_do):
                text = stage.what_to_do[index]
                steps.append(NextStep(text, first_target(text) or LinkTarget("stage", stage.id)))
    return steps


def rank_next_steps(content: Content, ticked: Sequence[Sign], highest_level: Level | None,
                    lit_stages: Sequence[Stage], max_steps: int) -> tuple[NextStep, ...]:
    """The next steps for the ticked signs, most urgent first (see the module docstring)."""
    chosen = _Steps(max_steps)
    lit = situations_for_signs(content, ticked)
    top_level = lit[0][1].id if lit else ""
    first = [situation for situation, level in lit if level.id == top_level]
    later = [situation for situation, level in lit if level.id != top_level]
    advice = []
    if highest_level is not None:
        # Calm advice for mild signs is about talking; anything more serious is about reaching help.
        where = LinkTarget("page", "talk" if highest_level.id == "watch" else "help")
        advice = [NextStep(highest_level.advice, first_target(highest_level.advice) or where)]
    if top_level in ("urgent", "concern"):
        ordered = [*_situation_steps(first), *advice, *_situation_steps(later)]
    else:
        ordered = [*advice, *_situation_steps(first), *_situation_steps(later)]
    for step in [*ordered, *_stage_steps(lit_stages)]:
        chosen.add(step)
        if chosen.full:
            break
    return tuple(chosen.steps)
