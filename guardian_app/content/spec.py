"""The content format, described once: every item kind, its fields, their types and what they refer to.

The validator (``validator.py``) and the JSON Schema (``schema.py``) are both derived from these tables, so
the two can never disagree. To add a field: add it here and to the dataclass in ``model.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from guardian_app.content.links import LINK_TARGET_PATTERN
from guardian_app.content.model import AGE_BANDS, LEVELS, REGIONS
from guardian_app.content.practice_model import EFFECTS

FieldType = Literal["text", "id", "int", "bool", "date", "url", "dial", "text_list", "id_list", "url_list",
                    "object", "object_list", "object_item"]

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
DIAL_PATTERN = r"^\+?[0-9]+$"
URL_PATTERN = r"^https://[^\s]+$"
ICON_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*\.(svg|png)$"
# Patterns are written for the JSON Schema too (where '$' is the end); the validator matches them against the
# whole value (``fullmatch``), so a trailing newline never slips through.

# The longest value of each type, in characters (the longest shipped paragraph has under 600): a pack can
# fill neither the screen nor the terminal. A number to dial has at most 15 digits (E.164) and a '+'.
MAX_LENGTH: dict[str, int] = {"text": 2000, "url": 2000, "dial": 16, "id": 64}
MAX_LIST_ITEMS = 100  # items of one list field (a sign's stages, a guide's steps...); top-level lists have none
MAX_INT_DIGITS = 6  # an order; bounded so that a 5,000-digit number is a clear error, not a crash


@dataclass(frozen=True)
class FieldSpec:
    """One field of an item.

    ``ref`` names the item kind an id (or each id of a list) must exist in; ``enum`` restricts the value;
    ``allow_empty`` lets a text be '' (e.g. hours that are not verified); ``min_items`` applies to lists.
    """

    name: str
    type: FieldType
    required: bool = True
    ref: str | None = None
    enum: tuple[str, ...] | None = None
    allow_empty: bool = False
    min_items: int = 0
    pattern: str | None = None
    fields: tuple[FieldSpec, ...] = ()  # for "object" and "object_list"
    description: str = ""
    max_length: int | None = None  # None: ``MAX_LENGTH`` of the type
    max_items: int = MAX_LIST_ITEMS

    @property
    def length_limit(self) -> int:
        """The longest this value (or each element of this list) may be, in characters."""
        if self.max_length is not None:
            return self.max_length
        return MAX_LENGTH.get(_ELEMENT_OF.get(self.type, self.type), MAX_LENGTH["text"])


_ELEMENT_OF = {"text_list": "text", "id_list": "id", "url_list": "url"}


@dataclass(frozen=True)
class KindSpec:
    """One top-level list (``signs:``, ``stages:``...): its item fields, and how messages name one item."""

    key: str
    noun: str
    fields: tuple[FieldSpec, ...]
    description: str = ""

    def field(self, name: str) -> FieldSpec | None:
        return next((spec for spec in self.fields if spec.name == name), None)


def _id(enum: tuple[str, ...] | None = None) -> FieldSpec:
    return FieldSpec("id", "id", enum=enum, description="a unique id: lowercase letters, digits and '-'")


def _text(name: str, required: bool = True, allow_empty: bool = False, description: str = "") -> FieldSpec:
    return FieldSpec(name, "text", required=required, allow_empty=allow_empty or not required,
                     description=description)


def _texts(name: str, description: str = "") -> FieldSpec:
    return FieldSpec(name, "text_list", min_items=1, description=description)


def _refs(name: str, ref: str, required: bool = False, min_items: int = 0) -> FieldSpec:
    return FieldSpec(name, "id_list", required=required, ref=ref, min_items=min_items,
                     description=f"ids of {ref}")


def _keywords() -> FieldSpec:
    return FieldSpec("keywords", "text_list", required=False,
                     description="other words people may search with (e.g. 'sextortion'); never shown")


def _sources() -> FieldSpec:
    return FieldSpec("sources", "url_list", required=False, pattern=URL_PATTERN,
                     description="published pages behind the facts of this text")


# A sign's level at one age band, where the content says it differs from the sign's own level.
_LEVEL_BY_AGE_FIELDS = tuple(
    FieldSpec(band, "id", required=False, ref="levels", enum=LEVELS, description=f"level at ages {band}")
    for band in AGE_BANDS
)

_STEP_FIELDS = (
    _id(),
    _text("title"),
    _text("detail"),
    _refs("help_groups", "groups"),
    FieldSpec("important", "bool", required=False, description="shown with emphasis"),
    _sources(),
    _keywords(),
)

_PHONE_FIELDS = (
    FieldSpec("dial", "dial", pattern=DIAL_PATTERN, description="what goes after tel:, e.g. '+18006686868'"),
    FieldSpec("display", "text", max_length=60, description="as people write it, e.g. 1-800-668-6868"),
)

_TEXT_LINE_FIELDS = (
    FieldSpec("number", "dial", pattern=DIAL_PATTERN, description="what goes after sms:, e.g. '686868'"),
    FieldSpec("keyword", "text", required=False, allow_empty=True, max_length=30),
    FieldSpec("display", "text", required=False, allow_empty=True, max_length=60),
)

_SITUATION_STEP_FIELDS = (
    _id(),
    _text("text", description="one short thing to do, most urgent first"),
    FieldSpec("link", "text", pattern=LINK_TARGET_PATTERN,
              description="where to act, e.g. 'guide:someone-is-threatening-my-child#stop-contact'"),
)

# What is happening: per region, the services to show first (resource ids) and a plain sentence for a gap.
_REGION_LEADS = tuple(_refs(region, "resources") for region in REGIONS)
_REGION_FALLBACKS = tuple(_text(region, required=False) for region in REGIONS)

_REPLY_FIELDS = (
    _id(), _text("text", description="what the parent says"),
    FieldSpec("effect", "id", enum=EFFECTS, description="helps, mixed or hurts"),
    _text("feedback", description="why it helps or hurts, in a sentence or two"),
    FieldSpec("next", "id", description="id of the node the child answers with (same scenario)"),
    FieldSpec("phrase", "id", required=False, ref="phrases", description="the phrase to avoid it draws on"),
)

_NODE_FIELDS = (
    _id(), _text("child", description="what the child says"),
    FieldSpec("replies", "object_list", required=False, fields=_REPLY_FIELDS,
              description="two to four replies; none makes this node an ending"),
    _text("went_well", required=False, description="endings: what went well"),
    _text("try_next", required=False, description="endings: one thing to try next time"),
)

# Practise a conversation, the glossary and the family plan (see practice_model.py).
PRACTICE_KINDS: tuple[KindSpec, ...] = (
    KindSpec("scenarios", "scenario", (
        _id(), _text("title"),
        FieldSpec("age_band", "id", ref="age_bands"),
        _text("setting"),
        FieldSpec("nodes", "object_list", min_items=2, fields=_NODE_FIELDS,
                  description="the conversation; the first node is where it starts"),
        _refs("starters", "starters"), _refs("guides", "guides"), _refs("help_groups", "groups"),
    ), "conversations to practise"),
    KindSpec("glossary", "glossary term", (
        _id(), _text("term"), _text("definition"),
        FieldSpec("source_url", "url", pattern=URL_PATTERN),
        FieldSpec("words", "text_list", required=False, description="other forms of the word to link"),
        _text("why_this_word", required=False),
    ), "words parents meet"),
    KindSpec("house_rules", "house rule", (
        _id(), _refs("age_bands", "age_bands", required=True, min_items=1), _text("text"),
    ), "suggested family rules for devices"),
    KindSpec("family_texts", "family text", (
        _id(), _text("title"), _texts("paragraphs"),
        _refs("resources", "resources"),
        FieldSpec("steps", "text_list", required=False),
    ), "texts of the family plan and of the page for the child"),
)

# Texts, one language per folder (content/<lang>/*.yaml).
LANGUAGE_KINDS: tuple[KindSpec, ...] = (
    KindSpec("sections", "section", (_id(), _text("title"), _texts("paragraphs"), _sources()), "page texts"),
    KindSpec("stages", "stage", (
        _id(), FieldSpec("order", "int"), _text("title"), _text("summary"),
        FieldSpec("icon", "text", required=False, allow_empty=True, pattern=ICON_PATTERN,
                  description="file name under assets/stages/"),
        _texts("offender_does"), _texts("parent_may_notice"), _texts("what_to_do"),
        _sources(), _keywords(),
    ), "stages of online luring"),
    KindSpec("levels", "level", (_id(LEVELS), _text("title"), _text("advice")), "how worrying a sign is"),
    KindSpec("categories", "category", (_id(), _text("title"), _text("description", required=False)),
             "sign categories"),
    KindSpec("signs", "sign", (
        _id(),
        FieldSpec("category", "id", ref="categories"),
        _text("label"), _text("why"),
        _refs("stages", "stages", required=True, min_items=1),
        FieldSpec("level", "id", ref="levels", enum=LEVELS),
        _refs("situations", "situations"),
        _refs("guides", "guides"),
        _refs("help_groups", "groups"),
        _keywords(),
        FieldSpec("ages", "id_list", required=False, ref="age_bands", enum=AGE_BANDS,
                  description="the age bands the sign fits; leave out when it fits every age"),
        FieldSpec("level_by_age", "object", required=False, fields=_LEVEL_BY_AGE_FIELDS,
                  description="a different level at some ages, e.g. {'16-18': concern}"),
    ), "warning signs"),
    KindSpec("age_bands", "age band", (_id(), _text("title"), _text("description", required=False)),
             "age bands"),
    KindSpec("situations", "situation", (
        _id(), _text("title"), _text("description", required=False), _keywords(),
    ), "situations for conversation starters"),
    KindSpec("starters", "starter", (
        _id(),
        FieldSpec("situation", "id", ref="situations"),
        _refs("age_bands", "age_bands", required=True, min_items=1),
        _text("opener"), _texts("follow_ups"), _text("listen_for"), _text("avoid"), _text("timing"),
        _text("if_they_tell_you", required=False),
    ), "conversation starters"),
    KindSpec("phrases", "phrase", (_id(), _text("avoid"), _text("instead")), "what not to say, and instead"),
    KindSpec("guides", "guide", (
        _id(), _text("title"), _text("intro"),
        FieldSpec("steps", "object_list", min_items=1, fields=_STEP_FIELDS),
        _text("closing", required=False),
        _sources(), _keywords(),
    ), "step-by-step guides"),
    KindSpec("groups", "resource group", (
        _id(), FieldSpec("order", "int"), _text("title"), _text("description", required=False),
    ), "groups of help resources"),
    KindSpec("regions", "region", (_id(REGIONS), _text("name")), "region names"),
    KindSpec("resources", "resource", (
        _id(), _text("name"), _text("purpose"),
        _text("hours", allow_empty=True, description="'' when hours are not verified"),
        _text("languages", allow_empty=True, description="'' when languages are not verified"),
        _text("note", required=False),
        _keywords(),
    ), "the words about each help resource"),
    KindSpec("help_situations", "help situation", (
        _id(), _text("title"), _text("description"),
        FieldSpec("steps", "object_list", min_items=1, fields=_SITUATION_STEP_FIELDS,
                  description="the first things to do, each with where to act"),
        FieldSpec("leads", "object", fields=_REGION_LEADS,
                  description="per region (CA, US, GB, AU): resource ids shown first, in order"),
        FieldSpec("fallback", "object", required=False, fields=_REGION_FALLBACKS,
                  description="per region: a plain sentence shown when a kind of line is missing there"),
        FieldSpec("guide", "id", required=False, ref="guides"),
        _refs("signs", "signs"),
        _refs("starters", "starters"),
        _keywords(),
    ), "what is happening: situations on Get help now"),
    *PRACTICE_KINDS,
)

# Language-neutral facts (content/resources.yaml).
NEUTRAL_KINDS: tuple[KindSpec, ...] = (
    KindSpec("regions", "region", (
        _id(REGIONS),
        FieldSpec("emergency", "id", ref="resources", description="resource id of the emergency number"),
        FieldSpec("primary", "id", ref="resources", description="resource id shown first on Get help now"),
        FieldSpec("emergency_number", "dial", pattern=DIAL_PATTERN, description="e.g. '911'"),
        _refs("leads", "resources"),
    ), "regions and their emergency numbers"),
    KindSpec("resources", "resource", (
        _id(),
        FieldSpec("regions", "id_list", ref="regions", enum=REGIONS, min_items=1),
        FieldSpec("group", "id", ref="groups"),
        _text("subregion", required=False),
        FieldSpec("phone", "object", required=False, fields=_PHONE_FIELDS),
        FieldSpec("text", "object", required=False, fields=_TEXT_LINE_FIELDS),
        FieldSpec("web", "url", required=False, allow_empty=True, pattern=URL_PATTERN),
        FieldSpec("chat", "url", required=False, allow_empty=True, pattern=URL_PATTERN),
        FieldSpec("source_urls", "url_list", min_items=1, pattern=URL_PATTERN),
        FieldSpec("verified_on", "date", description="the date the details were checked, e.g. 2026-11-29"),
    ), "verified contact facts of help resources"),
)

LANGUAGE_KIND_BY_KEY = {kind.key: kind for kind in LANGUAGE_KINDS}
NEUTRAL_KIND_BY_KEY = {kind.key: kind for kind in NEUTRAL_KINDS}
NEUTRAL_FILE = "resources.yaml"
