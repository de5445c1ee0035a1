"""The JSON Schema (draft 2020-12) of a content file, derived from the spec tables in ``spec.py``.

Editors use it to autocomplete and check YAML as it is typed (``guardian-app schema > guardian.schema.json``).
It describes both kinds of file: ``content/resources.yaml`` (language-neutral facts) and any file of a
language folder. Cross-file checks (references, unique ids, translations) only ``guardian-app validate`` does.
"""

from __future__ import annotations

from typing import Any

from guardian_app.content.spec import (
    LANGUAGE_KINDS,
    MAX_INT_DIGITS,
    NEUTRAL_KINDS,
    FieldSpec,
    FieldType,
    KindSpec,
)

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_ELEMENT_TYPE: dict[str, FieldType] = {"text_list": "text", "id_list": "id", "url_list": "url",
                                       "object_list": "object"}


def _with_empty(pattern: str) -> str:
    return f"^$|{pattern}"


def _field_schema(spec: FieldSpec) -> dict[str, Any]:
    schema: dict[str, Any]
    kind = spec.type
    if kind in ("text", "url", "dial"):
        schema = {"type": "string", "maxLength": spec.length_limit}
        if not spec.allow_empty:
            schema["minLength"] = 1
        if spec.pattern:
            schema["pattern"] = _with_empty(spec.pattern) if spec.allow_empty else spec.pattern
    elif kind == "id":
        schema = {"type": "string", "enum": list(spec.enum)} if spec.enum else \
            {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": spec.length_limit}
    elif kind == "int":
        largest = 10 ** MAX_INT_DIGITS - 1
        schema = {"type": "integer", "minimum": -largest, "maximum": largest}
    elif kind == "bool":
        schema = {"type": "boolean"}
    elif kind == "date":
        schema = {"type": "string", "format": "date"}
    elif kind in ("object", "object_item"):
        schema = _object_schema(spec.fields)
    else:
        element = FieldSpec(spec.name, _ELEMENT_TYPE[kind], enum=spec.enum, pattern=spec.pattern,
                            fields=spec.fields, max_length=spec.max_length)
        schema = {"type": "array", "items": _field_schema(element), "maxItems": spec.max_items}
        if spec.min_items:
            schema["minItems"] = spec.min_items
    description = spec.description or (f"id of a {spec.ref} item" if spec.ref else "")
    if description:
        schema["description"] = description
    return schema


def _object_schema(fields: tuple[FieldSpec, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {spec.name: _field_schema(spec) for spec in fields},
        "required": [spec.name for spec in fields if spec.required],
        "additionalProperties": False,
    }


def _file_schema(kinds: tuple[KindSpec, ...], prefix: str, description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": {
            kind.key: {"type": "array", "description": kind.description,
                       "items": {"$ref": f"#/$defs/{prefix}{kind.key}"}}
            for kind in kinds
        },
        "additionalProperties": False,
        "minProperties": 1,
    }


def json_schema() -> dict[str, Any]:
    """The schema as a JSON-ready dict."""
    defs: dict[str, Any] = {}
    for kind in LANGUAGE_KINDS:
        defs[f"text-{kind.key}"] = {**_object_schema(kind.fields), "title": kind.noun}
    for kind in NEUTRAL_KINDS:
        defs[f"facts-{kind.key}"] = {**_object_schema(kind.fields), "title": f"{kind.noun} facts"}
    defs["language-file"] = _file_schema(LANGUAGE_KINDS, "text-",
                                         "a file in a language folder (content/en/...)")
    defs["facts-file"] = _file_schema(NEUTRAL_KINDS, "facts-",
                                      "content/resources.yaml: neutral facts of regions and resources")
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": "https://guardian-app.invalid/content.schema.json",
        "title": "Guardian content file",
        "description": "A YAML file under content/ (see docs/CONTENT.md). Quote text that looks like a"
                       " number, a date or yes/no.",
        "anyOf": [{"$ref": "#/$defs/language-file"}, {"$ref": "#/$defs/facts-file"}],
        "$defs": defs,
    }
