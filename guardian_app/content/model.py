"""The typed, Qt-free model of everything Guardian shows.

The loader turns the YAML under ``content/`` into these frozen objects; widgets only ever see these. One
:class:`Content` holds one language, with English filled in item by item where a translation is missing.
Language-neutral facts (phone numbers, web addresses, sources) live once, in ``content/resources.yaml``, and are
merged into each :class:`Resource`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from guardian_app.content.practice_model import FamilyText, GlossaryTerm, HouseRule, Scenario
from guardian_app.content.situations_model import HelpSituation

LEVELS: tuple[str, ...] = ("watch", "concern", "urgent")
LevelId = Literal["watch", "concern", "urgent"]
REGIONS: tuple[str, ...] = ("CA", "US", "GB", "AU")
LANGUAGES: tuple[str, ...] = ("en", "fr")
# The age bands of the conversation starters; signs say which of them they fit (none listed: every one).
AGE_BANDS: tuple[str, ...] = ("6-9", "10-12", "13-15", "16-18")


@dataclass(frozen=True)
class ContentIssue:
    """One problem found in a content file, printed as ``path:line:col: message``."""

    path: str
    line: int
    column: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        # A pack's file names and values are someone else's: never let them start a line or send escapes.
        from guardian_app.content.safe_text import printable

        prefix = "" if self.severity == "error" else "warning: "
        return f"{printable(self.path)}:{self.line}:{self.column}: {prefix}{printable(self.message)}"


# --- page texts -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    """A titled block of text shown on a page (home welcome, about, sources, caveats...)."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    sources: tuple[str, ...] = ()  # published pages behind the facts of this text


# --- how luring works -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stage:
    """One stage of online luring, in the order it usually happens."""

    id: str
    order: int
    title: str
    summary: str  # one plain sentence, shown on the timeline
    offender_does: tuple[str, ...]
    parent_may_notice: tuple[str, ...]
    what_to_do: tuple[str, ...]
    icon: str = ""  # file name under assets/stages/, e.g. "contact.svg"
    sources: tuple[str, ...] = ()  # published pages behind the facts of this stage
    keywords: tuple[str, ...] = ()  # other words people search with (never shown)


@dataclass(frozen=True)
class Level:
    """How worrying a sign is: watch, concern or urgent, with what that means for a parent."""

    id: LevelId
    title: str
    advice: str


@dataclass(frozen=True)
class SignCategory:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Sign:
    """Something a parent can observe, linked to the stages it points to and to what helps."""

    id: str
    category: str  # SignCategory.id
    label: str  # short, everyday words
    why: str  # why it matters
    stages: tuple[str, ...]  # Stage ids
    level: LevelId
    situations: tuple[str, ...] = ()  # Situation ids of conversation starters that fit
    guides: tuple[str, ...] = ()  # Guide ids
    help_groups: tuple[str, ...] = ()  # ResourceGroup ids
    keywords: tuple[str, ...] = ()  # other words people search with (never shown)
    ages: tuple[str, ...] = ()  # the AGE_BANDS it fits; () fits every age
    level_by_age: tuple[tuple[str, LevelId], ...] = ()  # (age band, level) where it differs from ``level``

    def fits_age(self, age_band: str | None) -> bool:
        """True when the sign fits ``age_band`` (None: no age chosen, every sign fits)."""
        return age_band is None or not self.ages or age_band in self.ages

    def level_for(self, age_band: str | None) -> LevelId:
        """How worrying the sign is at ``age_band``: its own level unless the content gives one for that age."""
        for band, level in self.level_by_age:
            if band == age_band:
                return level
        return self.level


# --- conversation starters --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgeBand:
    id: str  # "6-9", "10-12", "13-15", "16-18"
    title: str
    description: str = ""


@dataclass(frozen=True)
class Situation:
    id: str
    title: str
    description: str = ""
    keywords: tuple[str, ...] = ()  # other words people search with (never shown)


@dataclass(frozen=True)
class Starter:
    """A way to open a conversation, with what to do next and what to avoid."""

    id: str
    situation: str  # Situation id
    age_bands: tuple[str, ...]  # AgeBand ids
    opener: str
    follow_ups: tuple[str, ...]
    listen_for: str
    avoid: str
    timing: str
    if_they_tell_you: str = ""


@dataclass(frozen=True)
class Phrase:
    """Something not to say, and what to say instead."""

    id: str
    avoid: str
    instead: str


# --- step-by-step guides ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GuideStep:
    id: str
    title: str
    detail: str
    help_groups: tuple[str, ...] = ()  # resource groups to show under this step, for the chosen region
    important: bool = False  # shown with emphasis (e.g. "never save or forward a sexual image of a child")
    sources: tuple[str, ...] = ()  # published pages behind the facts of this step
    keywords: tuple[str, ...] = ()  # other words people search with (never shown)


@dataclass(frozen=True)
class Guide:
    """A numbered, calm list of steps, e.g. "Someone is threatening my child"."""

    id: str
    title: str
    intro: str
    steps: tuple[GuideStep, ...]
    closing: str = ""
    sources: tuple[str, ...] = ()  # published pages behind the facts of the introduction
    keywords: tuple[str, ...] = ()  # other words people search with (never shown)


# --- help resources ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phone:
    dial: str  # what goes after "tel:", e.g. "+18339001010" or "911"
    display: str  # as people write it, e.g. "1-833-900-1010"


@dataclass(frozen=True)
class TextLine:
    number: str  # what goes after "sms:", e.g. "686868"
    keyword: str = ""  # e.g. "CONNECT"
    display: str = ""  # as people write it; defaults to number


@dataclass(frozen=True)
class ResourceGroup:
    """What a parent needs: report, remove images, support for the child, crisis, emergency..."""

    id: str
    order: int
    title: str
    description: str = ""


@dataclass(frozen=True)
class Resource:
    """A hotline or reporting service. Contact facts come only from verified entries in the fact-check."""

    id: str
    regions: tuple[str, ...]  # where it serves: "CA", "US", "GB", "AU" (Take It Down serves all four)
    group: str  # ResourceGroup id
    name: str
    purpose: str
    hours: str  # "" when hours are not verified: then nothing is shown
    languages: str
    source_urls: tuple[str, ...]
    verified_on: dt.date
    phone: Phone | None = None
    text: TextLine | None = None
    web: str = ""
    chat: str = ""
    subregion: str = ""  # e.g. "QC" for Quebec-only services
    note: str = ""  # a short caution, e.g. "Only for people in Quebec"
    keywords: tuple[str, ...] = ()  # other words people search with (never shown)

    def tel_url(self) -> str:
        return f"tel:{self.phone.dial}" if self.phone else ""

    def sms_url(self) -> str:
        if not self.text:
            return ""
        return f"sms:{self.text.number}" + (f"?body={self.text.keyword}" if self.text.keyword else "")


@dataclass(frozen=True)
class Region:
    id: str  # "CA", "US", "GB", "AU"
    name: str
    emergency: str  # Resource id of the emergency number
    primary: str  # Resource id shown large at the top of Get help now
    emergency_number: str  # e.g. "911", shown in "call 911" sentences
    leads: tuple[str, ...] = ()  # Resource ids shown first, side by side, when no situation is chosen


# --- the whole bundle -------------------------------------------------------------------------------------

_Item = TypeVar("_Item")


def _by_id(items: Iterable[_Item]) -> dict[str, _Item]:
    return {item.id: item for item in items}  # type: ignore[attr-defined]


# Every kind of content item: Content's field for it and its model class, in Content's order. The one list the
# loader, the cache and Content's own index are built from (the fields each kind has are in ``spec.py``).
CONTENT_KINDS: tuple[tuple[str, type], ...] = (
    ("sections", Section), ("stages", Stage), ("levels", Level), ("categories", SignCategory), ("signs", Sign),
    ("age_bands", AgeBand), ("situations", Situation), ("starters", Starter), ("phrases", Phrase),
    ("guides", Guide), ("groups", ResourceGroup), ("regions", Region), ("resources", Resource),
    ("help_situations", HelpSituation), ("scenarios", Scenario), ("glossary", GlossaryTerm),
    ("house_rules", HouseRule), ("family_texts", FamilyText),
)


@dataclass(frozen=True)
class Content:
    """Everything Guardian shows, in one language (English filled in where a translation is missing)."""

    language: str
    sections: tuple[Section, ...] = ()
    stages: tuple[Stage, ...] = ()
    levels: tuple[Level, ...] = ()
    categories: tuple[SignCategory, ...] = ()
    signs: tuple[Sign, ...] = ()
    age_bands: tuple[AgeBand, ...] = ()
    situations: tuple[Situation, ...] = ()
    starters: tuple[Starter, ...] = ()
    phrases: tuple[Phrase, ...] = ()
    guides: tuple[Guide, ...] = ()
    groups: tuple[ResourceGroup, ...] = ()
    regions: tuple[Region, ...] = ()
    resources: tuple[Resource, ...] = ()
    help_situations: tuple[HelpSituation, ...] = ()
    scenarios: tuple[Scenario, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    house_rules: tuple[HouseRule, ...] = ()
    family_texts: tuple[FamilyText, ...] = ()
    _index: dict[str, dict[str, object]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name, _model_class in CONTENT_KINDS:
            self._index[name] = _by_id(getattr(self, name))

    def section(self, section_id: str) -> Section | None:
        return self._index["sections"].get(section_id)  # type: ignore[return-value]

    def stage(self, stage_id: str) -> Stage | None:
        return self._index["stages"].get(stage_id)  # type: ignore[return-value]

    def level(self, level_id: str) -> Level | None:
        return self._index["levels"].get(level_id)  # type: ignore[return-value]

    def category(self, category_id: str) -> SignCategory | None:
        return self._index["categories"].get(category_id)  # type: ignore[return-value]

    def sign(self, sign_id: str) -> Sign | None:
        return self._index["signs"].get(sign_id)  # type: ignore[return-value]

    def age_band(self, band_id: str) -> AgeBand | None:
        return self._index["age_bands"].get(band_id)  # type: ignore[return-value]

    def situation(self, situation_id: str) -> Situation | None:
        return self._index["situations"].get(situation_id)  # type: ignore[return-value]

    def starter(self, starter_id: str) -> Starter | None:
        return self._index["starters"].get(starter_id)  # type: ignore[return-value]

    def guide(self, guide_id: str) -> Guide | None:
        return self._index["guides"].get(guide_id)  # type: ignore[return-value]

    def group(self, group_id: str) -> ResourceGroup | None:
        return self._index["groups"].get(group_id)  # type: ignore[return-value]

    def region(self, region_id: str) -> Region | None:
        return self._index["regions"].get(region_id)  # type: ignore[return-value]

    def resource(self, resource_id: str) -> Resource | None:
        return self._index["resources"].get(resource_id)  # type: ignore[return-value]

    def help_situation(self, situation_id: str) -> HelpSituation | None:
        return self._index["help_situations"].get(situation_id)  # type: ignore[return-value]

    def signs_in_category(self, category_id: str) -> tuple[Sign, ...]:
        return tuple(sign for sign in self.signs if sign.category == category_id)

    def signs_for_stage(self, stage_id: str) -> tuple[Sign, ...]:
        return tuple(sign for sign in self.signs if stage_id in sign.stages)

    def starters_for(self, age_band: str | None = None, situation: str | None = None) -> tuple[Starter, ...]:
        return tuple(
            starter
            for starter in self.starters
            if (age_band is None or age_band in starter.age_bands)
            and (situation is None or starter.situation == situation)
        )

    def resources_for(self, region_id: str, group_id: str | None = None) -> tuple[Resource, ...]:
        """The region's resources, in group order, then in file order."""
        group_order = {group.id: group.order for group in self.groups}
        chosen = [
            res for res in self.resources
            if region_id in res.regions and (group_id is None or res.group == group_id)
        ]
        return tuple(sorted(chosen, key=lambda res: group_order.get(res.group, 999)))

    def scenario(self, scenario_id: str) -> Scenario | None:
        return self._index["scenarios"].get(scenario_id)  # type: ignore[return-value]

    def glossary_term(self, term_id: str) -> GlossaryTerm | None:
        return self._index["glossary"].get(term_id)  # type: ignore[return-value]

    def family_text(self, text_id: str) -> FamilyText | None:
        return self._index["family_texts"].get(text_id)  # type: ignore[return-value]

    def scenarios_for_starter(self, starter_id: str) -> tuple[Scenario, ...]:
        return tuple(scenario for scenario in self.scenarios if starter_id in scenario.starters)

    def house_rules_for(self, age_band: str) -> tuple[HouseRule, ...]:
        return tuple(rule for rule in self.house_rules if age_band in rule.age_bands)
