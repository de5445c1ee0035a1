"""The list of content kinds has one source (``model.CONTENT_KINDS``); the schema in ``spec.py`` describes
exactly those kinds, and ``Content`` has a field for each."""

from __future__ import annotations

import dataclasses

from guardian_app.content.model import CONTENT_KINDS, Content
from guardian_app.content.spec import LANGUAGE_KINDS, NEUTRAL_KINDS


def test_the_schema_describes_every_content_kind_and_no_other() -> None:
    names = [name for name, _model_class in CONTENT_KINDS]
    assert len(names) == len(set(names))
    assert {kind.key for kind in (*LANGUAGE_KINDS, *NEUTRAL_KINDS)} == set(names)


def test_content_has_one_field_per_kind_in_the_same_order() -> None:
    fields = [f.name for f in dataclasses.fields(Content) if f.name not in ("language", "_index")]
    assert fields == [name for name, _model_class in CONTENT_KINDS]
