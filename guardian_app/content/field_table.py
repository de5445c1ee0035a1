"""The spec's fields compiled once into what checking them needs (a :class:`Field` each, a :class:`Table` each).

``spec.py`` says what a field is; this module works out, once per field, its compiled pattern, which fast
check :class:`~guardian_app.content.validator.FileValidator` writes out for it, its list element and its
nested fields, so that checking hundreds of thousands of values does no spec lookups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardian_app.content.spec import FieldSpec, FieldType

_patterns: dict[str, re.Pattern[str]] = {}


class Invalid:
    """Marks a value that failed validation (None is a legitimate value elsewhere)."""


INVALID = Invalid()
ABSENT = Invalid()  # an optional list or object written with no value, while its mapping is checked
# The checks ``FileValidator`` writes out for the common case; everything else is ``OTHER``.
OTHER, TEXT, PATTERN_TEXT, ID, TEXT_LIST, ID_LIST = range(6)
_CHECKS = {"id": ID, "text_list": TEXT_LIST, "url_list": TEXT_LIST, "id_list": ID_LIST}
_COLLECTION_TYPES = frozenset({"object", "id_list", "text_list", "url_list", "object_list"})
_ELEMENT_TYPE: dict[str, FieldType] = {"text_list": "text", "id_list": "id", "url_list": "url",
                                       "object_list": "object_item"}


@dataclass(frozen=True, eq=False)
class Field:
    """A field's spec with what checking it needs, worked out once (see :func:`table`)."""

    spec: FieldSpec
    name: str
    regex: re.Pattern[str] | None
    check: int  # which check ``FileValidator`` writes out for the common case (``TEXT``, ``ID``...)
    min_items: int
    max_items: int
    max_length: int  # in characters, for a text, id, address or number (each element's, for a list)
    element_regex: re.Pattern[str] | None  # for lists: their element's regex and choices
    element_choices: tuple[str, ...] | None
    # Text whose only checks are "written as text", "not blank" and the pattern: checked inline.
    plain_text: bool
    is_id: bool
    choices: tuple[str, ...] | None  # an id's fixed choices (enum), checked instead of the id pattern
    ref: str | None  # the item kind an id refers to
    # An optional list or object written with no value: simply absent.
    skip_null: bool
    element: Field | None  # for lists: each element's field, as required and non-empty
    table: Table | None  # for objects: their fields


@dataclass(frozen=True, eq=False)
class Table:
    """The fields of an item or an object by name, in spec order, and the required ones."""

    fields: dict[str, Field]
    required: tuple[str, ...]
    required_set: frozenset[str]  # the same, to check them all at once


# fields tuple's id -> (the tuple itself, kept alive so that its id is never reused; its table)
_tables: dict[int, tuple[tuple[FieldSpec, ...], Table]] = {}


def table(fields: tuple[FieldSpec, ...]) -> Table:
    """The (cached) table of a spec's fields; spec tuples are module constants, so this is built once each."""
    cached = _tables.get(id(fields))
    if cached is not None and cached[0] is fields:
        return cached[1]
    required = tuple(spec.name for spec in fields if spec.required)
    built = Table({spec.name: _field(spec) for spec in fields}, required, frozenset(required))
    _tables[id(fields)] = (fields, built)
    return built


def _field(spec: FieldSpec) -> Field:
    element = None
    if spec.type in _ELEMENT_TYPE:
        element = _field(FieldSpec(spec.name, _ELEMENT_TYPE[spec.type], ref=spec.ref, enum=spec.enum,
                                   pattern=spec.pattern, fields=spec.fields, max_length=spec.max_length))
    nested = table(spec.fields) if spec.type in ("object", "object_item") else None
    regex = pattern(spec.pattern) if spec.pattern else None
    if spec.type in ("text", "url", "dial"):
        check = TEXT if regex is None else PATTERN_TEXT
    else:
        check = _CHECKS.get(spec.type, OTHER)
    return Field(
        spec=spec,
        name=spec.name,
        regex=regex,
        check=check,
        min_items=spec.min_items,
        max_items=spec.max_items,
        max_length=spec.length_limit,
        element_regex=element.regex if element is not None else None,
        element_choices=element.choices if element is not None else None,
        plain_text=spec.type in ("text", "url", "dial"),
        is_id=spec.type == "id",
        choices=spec.enum,
        ref=spec.ref,
        skip_null=not spec.required and spec.type in _COLLECTION_TYPES,
        element=element,
        table=nested,
    )


def pattern(source: str) -> re.Pattern[str]:
    """The compiled ``source``, compiled once."""
    compiled = _patterns.get(source)
    if compiled is None:
        compiled = _patterns[source] = re.compile(source)
    return compiled
