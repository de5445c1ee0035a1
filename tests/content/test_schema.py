"""The JSON Schema is derived from the same spec tables as the validator, so the two cannot drift."""

from __future__ import annotations

import json

from guardian_app.content.schema import json_schema
from guardian_app.content.spec import LANGUAGE_KINDS, NEUTRAL_KINDS


def test_schema_is_draft_2020_12_and_json_serialisable() -> None:
    schema = json_schema()

    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert json.loads(json.dumps(schema)) == schema


def test_schema_lists_every_top_level_key_and_field() -> None:
    schema = json_schema()
    defs = schema["$defs"]

    assert set(defs["language-file"]["properties"]) == {kind.key for kind in LANGUAGE_KINDS}
    assert set(defs["facts-file"]["properties"]) == {"regions", "resources"}
    for prefix, kinds in (("text-", LANGUAGE_KINDS), ("facts-", NEUTRAL_KINDS)):
        for kind in kinds:
            item = defs[prefix + kind.key]
            assert set(item["properties"]) == {spec.name for spec in kind.fields}
            assert set(item["required"]) == {spec.name for spec in kind.fields if spec.required}
            assert item["additionalProperties"] is False


def test_schema_enums_and_text_types() -> None:
    defs = json_schema()["$defs"]

    assert defs["text-levels"]["properties"]["id"]["enum"] == ["watch", "concern", "urgent"]
    assert defs["text-signs"]["properties"]["level"]["enum"] == ["watch", "concern", "urgent"]
    assert defs["facts-regions"]["properties"]["id"]["enum"] == ["CA", "US", "GB", "AU"]
    assert defs["facts-resources"]["properties"]["regions"]["items"]["enum"] == ["CA", "US", "GB", "AU"]
    phone = defs["facts-resources"]["properties"]["phone"]
    assert phone["properties"]["dial"]["type"] == "string"  # so an unquoted number is flagged in the editor
    steps = defs["text-guides"]["properties"]["steps"]
    assert steps["items"]["properties"]["important"]["type"] == "boolean"
    assert defs["text-resources"]["properties"]["hours"].get("minLength") is None  # '' is allowed
