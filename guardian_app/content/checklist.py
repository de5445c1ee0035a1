"""What the ticked warning signs point to, without Qt.

Given the ids of the signs a parent ticked, :func:`summarize` says which stages of luring they point to (with
how many ticked signs point to each), the most serious level ticked, which ticked signs are urgent, and a
short list of next steps ranked by urgency (``next_steps.py``): the first steps of the situations the
most serious signs point to, the advice of the highest level, then what to do at the stages lit up.

This is never a score or a verdict. It only gathers what the content already says, so a parent knows where to
read next and what to do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from guardian_app.content.model import LEVELS, Content, Level, Sign, Stage
from guardian_app.content.next_steps import NextStep, rank_next_steps

#: At most this many next steps are shown: more would overwhelm a worried parent.
MAX_NEXT_STEPS = 5


@dataclass(frozen=True)
class StageCount:
    """A stage that ticked signs point to, and how many of them do."""

    stage: Stage
    count: int


@dataclass(frozen=True)
class ChecklistSummary:
    """What a set of ticked signs points to.

    Attributes:
        ticked: the ticked signs known to the content, in content order (unknown ids are left out).
        stage_counts: how many ticked signs point to each stage, for every stage, in stage order
            (0 = not lit).
        highest_level: the most serious level among the ticked signs, or None when nothing is ticked.
        urgent: the ticked signs whose level is "urgent".
        next_steps: the words of ``actions``, as plain text (content links replaced by their words).
        actions: what to do next, most urgent first, at most ``MAX_NEXT_STEPS``, each with where to act
            (see ``next_steps.py``).
    """

    ticked: tuple[Sign, ...]
    stage_counts: tuple[StageCount, ...]
    highest_level: Level | None
    urgent: tuple[Sign, ...]
    next_steps: tuple[str, ...]
    actions: tuple[NextStep, ...] = ()

    @property
    def count(self) -> int:
        return len(self.ticked)

    @property
    def lit_stages(self) -> tuple[StageCount, ...]:
        """Only the stages at least one ticked sign points to, in stage order."""
        return tuple(item for item in self.stage_counts if item.count)

    def count_for(self, stage_id: str) -> int:
        return next((item.count for item in self.stage_counts if item.stage.id == stage_id), 0)


def ordered_stages(content: Content) -> tuple[Stage, ...]:
    """The stages in the order they usually happen (by ``order``, then file order)."""
    return tuple(sorted(content.stages, key=lambda stage: stage.order))


def summarize(
    content: Content, ticked_ids: Iterable[str], max_steps: int = MAX_NEXT_STEPS
) -> ChecklistSummary:
    """Gather what the ticked signs point to. Ids the content does not know are ignored."""
    wanted = set(ticked_ids)
    ticked = tuple(sign for sign in content.signs if sign.id in wanted)
    stages = ordered_stages(content)

    counts = {stage.id: 0 for stage in stages}
    for sign in ticked:
        for stage_id in dict.fromkeys(sign.stages):  # a sign listing a stage twice still counts once
            if stage_id in counts:
                counts[stage_id] += 1
    stage_counts = tuple(StageCount(stage, counts[stage.id]) for stage in stages)

    highest_level: Level | None = None
    ticked_levels = {sign.level for sign in ticked}
    for level_id in reversed(LEVELS):
        if level_id in ticked_levels:
            highest_level = content.level(level_id)
            break

    urgent = tuple(sign for sign in ticked if sign.level == "urgent")
    lit_stages = [item.stage for item in reversed(stage_counts) if item.count]
    actions = rank_next_steps(content, ticked, highest_level, lit_stages, max_steps)
    next_steps = tuple(action.plain_text for action in actions)
    return ChecklistSummary(ticked, stage_counts, highest_level, urgent, next_steps, actions)
