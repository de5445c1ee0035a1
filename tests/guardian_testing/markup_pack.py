"""A content pack that rewords every built-in English text with markup, as a hostile organisation might.

Every text of every item (names, purposes, hours, titles, paragraphs, steps...) starts with an image that
would load a local file, a span that hides words, and a link. Contact facts are left alone, so the pack is
valid and the app uses it: then whatever the window shows must show these tags as text, never draw them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from guardian_app.content.spec import LANGUAGE_KIND_BY_KEY, FieldSpec
from guardian_app.paths import content_dir

MARKUP = ('<img src="file:///tmp/guardian-canary.png"><span style="font-size:0px">HIDDEN</span>'
          '<a href="https://evil.example/">link</a> ')
# What must never reach a label as live markup (escaped, these read &lt;img ... and are harmless).
LIVE_MARKUP = ("<img", '<span style="font-size', '<a href="https://evil.example')


def _dress(value: Any, spec: FieldSpec) -> Any:
    if spec.type == "text" and spec.pattern is None and isinstance(value, str):
        return MARKUP + value
    if spec.type == "text_list" and isinstance(value, list):
        return [MARKUP + text for text in value]
    if spec.type == "object_list" and isinstance(value, list):
        return [_dress_item(step, spec.fields) for step in value]
    return value


def _dress_item(item: dict[str, Any], fields: tuple[FieldSpec, ...]) -> dict[str, Any]:
    by_name = {spec.name: spec for spec in fields}
    return {name: _dress(value, by_name[name]) if name in by_name else value for name, value in item.items()}


def write_markup_pack(target: Path) -> Path:
    """Write the pack (English files only) into ``target``; returns ``target``."""
    (target / "en").mkdir(parents=True, exist_ok=True)
    for source in sorted((content_dir() / "en").glob("*.yaml")):
        data = yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}
        dressed = {key: [_dress_item(item, LANGUAGE_KIND_BY_KEY[key].fields) for item in items]
                   for key, items in data.items()}
        (target / "en" / source.name).write_text(
            yaml.dump(dressed, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=10_000),
            encoding="utf-8")
    return target
