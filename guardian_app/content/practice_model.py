"""The typed model of the practice, family-plan and glossary content (Qt-free, frozen like ``model.py``).

* :class:`Scenario`: a branching conversation to rehearse. The app plays the child (each
  :class:`ScenarioNode` is one thing the child says); the parent picks one of two to four
  :class:`ScenarioReply`; each reply carries feedback and leads to the child's next words. A node without
  replies is an ending and says what went well and one thing to try next time.
* :class:`GlossaryTerm`: a word a parent meets, a plain definition and its source.
* :class:`HouseRule`: a suggested family rule for devices, for one or more age bands.
* :class:`FamilyText`: a titled block of the family plan or of the page written to the child, with the
  help resources (by id) it points to; pages show those that serve the chosen region.

:class:`ScenarioRun` plays a scenario: the page only shows what it says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EFFECTS: tuple[str, ...] = ("helps", "mixed", "hurts")
EffectId = Literal["helps", "mixed", "hurts"]


@dataclass(frozen=True)
class ScenarioReply:
    """One reply the parent may pick, why it helps or hurts, and which node the child answers with."""

    id: str
    text: str
    effect: EffectId
    feedback: str
    next: str  # ScenarioNode id in the same scenario
    phrase: str = ""  # Phrase id ("phrases to avoid / what to say instead") the feedback draws on


@dataclass(frozen=True)
class ScenarioNode:
    """What the child says; with replies it asks the parent to choose, without it is an ending."""

    id: str
    child: str
    replies: tuple[ScenarioReply, ...] = ()
    went_well: str = ""  # endings only
    try_next: str = ""  # endings only

    @property
    def is_ending(self) -> bool:
        return not self.replies

    def reply(self, reply_id: str) -> ScenarioReply | None:
        return next((reply for reply in self.replies if reply.id == reply_id), None)


@dataclass(frozen=True)
class Scenario:
    """A conversation to rehearse; the first node is where it starts."""

    id: str
    title: str
    age_band: str  # AgeBand id
    setting: str  # what is happening, in a sentence or two, before the child speaks
    nodes: tuple[ScenarioNode, ...]
    starters: tuple[str, ...] = ()  # Starter ids: "Practise this" appears on these
    guides: tuple[str, ...] = ()  # Guide ids
    help_groups: tuple[str, ...] = ()  # ResourceGroup ids, shown for the chosen region

    def node(self, node_id: str) -> ScenarioNode | None:
        return next((node for node in self.nodes if node.id == node_id), None)


@dataclass(frozen=True)
class GlossaryTerm:
    """A word parents meet, what it means in plain words, and where that comes from."""

    id: str
    term: str
    definition: str
    source_url: str
    words: tuple[str, ...] = ()  # other forms to find on pages ("groomed", "groomers"); the term is always one
    why_this_word: str = ""  # e.g. why "child sexual abuse material" and not "child pornography"


@dataclass(frozen=True)
class HouseRule:
    """A suggested family rule about devices, for the age bands it fits."""

    id: str
    age_bands: tuple[str, ...]  # AgeBand ids
    text: str


@dataclass(frozen=True)
class FamilyText:
    """A block of the family plan or of the page for the child."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    resources: tuple[str, ...] = ()  # Resource ids; shown when they serve the chosen region
    steps: tuple[str, ...] = ()  # a short numbered list, e.g. what to do if someone asks for pictures


@dataclass(frozen=True)
class ScenarioStep:
    """One turn played: what the child said, and the reply the parent picked."""

    node: ScenarioNode
    reply: ScenarioReply


@dataclass
class ScenarioRun:
    """One play-through of a scenario: where it is, what was chosen, and the summary at the end."""

    scenario: Scenario
    steps: list[ScenarioStep] = field(default_factory=list)
    # Endless back-and-forth is impossible in validated content, but a run stops here whatever happens.
    max_turns: int = 50

    def __post_init__(self) -> None:
        self._current = self.scenario.nodes[0]

    @property
    def current(self) -> ScenarioNode:
        return self._current

    @property
    def finished(self) -> bool:
        return self._current.is_ending or len(self.steps) >= self.max_turns

    def choose(self, reply_id: str) -> ScenarioReply:
        """Pick a reply of the current node; returns it (its feedback is what to show next)."""
        if self.finished:
            raise ValueError("the conversation has ended")
        reply = self._current.reply(reply_id)
        if reply is None:
            raise KeyError(reply_id)
        following = self.scenario.node(reply.next)
        if following is None:  # validated content never does this
            raise KeyError(reply.next)
        self.steps.append(ScenarioStep(self._current, reply))
        self._current = following
        return reply

    def restart(self) -> None:
        self.steps.clear()
        self._current = self.scenario.nodes[0]

    def replies_with(self, effect: str) -> tuple[ScenarioReply, ...]:
        """The replies picked so far with that effect, in order."""
        return tuple(step.reply for step in self.steps if step.reply.effect == effect)
