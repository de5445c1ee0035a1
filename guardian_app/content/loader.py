"""Load Guardian's content: read every file, validate it, merge languages and packs, resolve references.

:func:`load_content` never raises for bad content. Whatever is invalid (a file, an item) is left out and
reported in :attr:`LoadResult.issues`, so the app still opens with what is valid. The order of work:

1. read a *layer* (a content folder): ``resources.yaml`` (language-neutral facts) and every ``*.yaml`` of the
   English folder and of the chosen language's folder;
2. overlay each pack's layer on it (same id replaces, new id adds); a pack with any error is ignored whole;
3. assemble one :class:`Content`: the chosen language item by item over English, neutral facts joined with
   their texts by id, then every reference checked, and items with a broken reference left out.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guardian_app.content import model, practice_model, verified_facts
from guardian_app.content.link_check import check_links
from guardian_app.content.model import Content, ContentIssue
from guardian_app.content.pack_files import link_outside
from guardian_app.content.scenario_graph import TRANSLATION_CHECKS
from guardian_app.content.situation_check import build_help_situation, check_situations
from guardian_app.content.spec import LANGUAGE_KIND_BY_KEY, LANGUAGE_KINDS, NEUTRAL_FILE, NEUTRAL_KIND_BY_KEY
from guardian_app.content.validator import FileValidator, RawItem, suggestion
from guardian_app.content.verified_facts import changed_facts, check_displays
from guardian_app.content.yaml_reader import display_path, read_yaml_file

REFERENCE_LANGUAGE = "en"
_LANGUAGE_NAMES = {"en": "English", "fr": "French"}
# Kinds checked for references in this order, so an item left out is gone before later kinds point at it.
_REFERENCE_ORDER = ("guides", "signs", "starters", "resources", "regions", "help_situations", "scenarios",
                    "house_rules", "family_texts")
_MODEL_CLASSES: dict[str, Any] = dict(model.CONTENT_KINDS)


@dataclass(frozen=True)
class LoadResult:
    """The content that could be loaded, and every problem found on the way (errors and warnings)."""

    content: Content
    issues: tuple[ContentIssue, ...] = ()

    @property
    def errors(self) -> tuple[ContentIssue, ...]:
        return tuple(issue for issue in self.issues if issue.severity == "error")

    @property
    def warnings(self) -> tuple[ContentIssue, ...]:
        return tuple(issue for issue in self.issues if issue.severity == "warning")

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Layer:
    """The valid items of one or more content folders, by kind and id, in file order."""

    neutral: dict[str, dict[str, RawItem]] = field(default_factory=dict)
    # language -> kind -> id -> item
    texts: dict[str, dict[str, dict[str, RawItem]]] = field(default_factory=dict)
    # (folder, language, kind) -> where that kind's key first appears, for "missing translation" warnings
    key_positions: dict[tuple[str, str, str], tuple[str, int, int]] = field(default_factory=dict)
    # (folder, language) -> the language folder as shown
    language_dirs: dict[tuple[str, str], str] = field(default_factory=dict)
    issues: list[ContentIssue] = field(default_factory=list)
    # (kind, id) of items left out because of errors already reported
    rejected: set[tuple[str, str]] = field(default_factory=set)


def _internal_error(shown_path: str, error: BaseException) -> ContentIssue:
    return ContentIssue(shown_path, 1, 1, f"internal error while reading this file ({type(error).__name__}:"
                                          f" {error}); the file was skipped, please report this")


def _read_file_into(layer: Layer, path: Path, origin: str, language: str | None) -> None:
    """Validate one file and add its items to ``layer`` (first definition of an id wins)."""
    shown = display_path(path)
    kinds = NEUTRAL_KIND_BY_KEY if language is None else LANGUAGE_KIND_BY_KEY
    role = "resources.yaml at the top of the content folder" if language is None else "a language file"
    try:
        checker = FileValidator(shown, origin, kinds, role)
        # Items are checked while the file is parsed; they count only if the whole file parses.
        root, issues = read_yaml_file(path, checker.take_list)
        layer.issues.extend(issues)
        if root is None:
            return
        checker.validate_root(root)
    except Exception as error:  # a bug must never stop the app from opening
        layer.issues.append(_internal_error(shown, error))
        return
    layer.issues.extend(checker.issues)
    layer.rejected |= checker.rejected
    target = layer.neutral if language is None else layer.texts.setdefault(language, {})
    if language is not None:
        for key, (line, column) in checker.key_positions.items():
            layer.key_positions.setdefault((origin, language, key), (shown, line, column))
    for item in checker.items:
        items = target.get(item.kind)
        if items is None:
            items = target[item.kind] = {}
        first = items.get(item.id)
        if first is not None:
            layer.issues.append(ContentIssue(
                item.path, item.line, item.column,
                f"{item.where}.id: duplicate id '{item.id}' (first defined at {first.path}:{first.line}:"
                f"{first.column})"))
            continue
        items[item.id] = item


def read_layer(folder: Path, languages: Iterable[str], *, confined: bool = False) -> Layer:
    """Read one content folder (built-in or pack); any file or language folder may be missing.

    With ``confined`` (a pack), a file or folder that is a link to somewhere outside ``folder`` is refused
    without being read.
    """
    layer = Layer()
    origin = str(folder)

    def refused(path: Path) -> bool:
        issue = link_outside(path, folder) if confined else None
        if issue is not None:
            layer.issues.append(issue)
        return issue is not None

    neutral_path = folder / NEUTRAL_FILE
    if neutral_path.is_file() and not refused(neutral_path):
        _read_file_into(layer, neutral_path, origin, None)
    for language in languages:
        language_dir = folder / language
        layer.language_dirs[(origin, language)] = display_path(language_dir)
        layer.texts.setdefault(language, {})
        if not language_dir.is_dir() or refused(language_dir):
            continue
        try:
            files = sorted(path for path in language_dir.glob("*.yaml") if path.is_file())
        except OSError as error:
            layer.issues.append(ContentIssue(display_path(language_dir), 1, 1,
                                             f"cannot list the folder: {error}"))
            continue
        for path in files:
            if not refused(path):
                _read_file_into(layer, path, origin, language)
    return layer


def overlay(base: Layer, pack: Layer) -> Layer:
    """A new layer: ``base`` with the pack's items replacing same ids and adding new ids."""
    result = Layer(
        neutral={kind: dict(items) for kind, items in base.neutral.items()},
        texts={lang: {kind: dict(items) for kind, items in kinds.items()}
               for lang, kinds in base.texts.items()},
        key_positions={**base.key_positions, **pack.key_positions},
        rejected=base.rejected | pack.rejected,
        language_dirs={**base.language_dirs, **pack.language_dirs},
    )
    for kind, items in pack.neutral.items():
        result.neutral.setdefault(kind, {}).update(items)
    for language, kinds in pack.texts.items():
        for kind, items in kinds.items():
            result.texts.setdefault(language, {}).setdefault(kind, {}).update(items)
    return result


def _missing_translation_position(layer: Layer, item: RawItem, language: str) -> tuple[str, int, int]:
    position = layer.key_positions.get((item.origin, language, item.kind))
    if position is None:
        # The pack or folder has no file with this kind yet: point at the language folder itself.
        folder = layer.language_dirs.get((item.origin, language))
        folder = folder or display_path(Path(item.origin) / language)
        return folder, 1, 1
    return position


def _merge_language(layer: Layer, language: str, strict: bool,
                    issues: list[ContentIssue]) -> dict[str, dict[str, RawItem]]:
    """Every kind's items in the chosen language, English filling in (with a warning) where one is missing."""
    english = layer.texts.get(REFERENCE_LANGUAGE, {})
    if language == REFERENCE_LANGUAGE:
        return {kind.key: dict(english.get(kind.key, {})) for kind in LANGUAGE_KINDS}
    translated = layer.texts.get(language, {})
    language_name = _LANGUAGE_NAMES.get(language, language)
    merged: dict[str, dict[str, RawItem]] = {}
    for kind in LANGUAGE_KINDS:
        english_items = english.get(kind.key, {})
        translated_items = translated.get(kind.key, {})
        check_translation = TRANSLATION_CHECKS.get(kind.key)
        result: dict[str, RawItem] = {}
        for item_id, english_item in english_items.items():
            translation = translated_items.get(item_id)
            if translation is not None:
                problems = check_translation(english_item, translation, language_name) if check_translation \
                    else ()
                issues.extend(problems)
                result[item_id] = english_item if problems else translation
                continue
            result[item_id] = english_item
            path, line, column = _missing_translation_position(layer, english_item, language)
            issues.append(ContentIssue(
                path, line, column,
                f"{kind.key}: {kind.noun} '{item_id}' has no {language_name} text yet; English is shown"
                f" (from {english_item.path}:{english_item.line})",
                "error" if strict else "warning"))
        for item_id, translation in translated_items.items():
            if item_id not in english_items:
                issues.append(ContentIssue(
                    translation.path, translation.line, translation.column,
                    f"{translation.where}.id: {kind.noun} '{item_id}' does not exist in English"
                    f"{suggestion(item_id, english_items)}; every id must exist in the English folder first"))
        merged[kind.key] = result
    return merged


def _join_facts(kind: str, facts: dict[str, RawItem], texts: dict[str, RawItem], english_dir: str,
                rejected: set[tuple[str, str]], issues: list[ContentIssue]) -> dict[str, RawItem]:
    """Join language-neutral facts with their texts by id; either one alone is an error and is left out."""
    noun = NEUTRAL_KIND_BY_KEY[kind].noun
    joined: dict[str, RawItem] = {}
    for item_id, fact in facts.items():
        text = texts.get(item_id)
        if text is None:
            if (kind, item_id) in rejected:
                continue
            issues.append(ContentIssue(
                fact.path, fact.line, fact.column,
                f"{fact.where}: {noun} '{item_id}' has no text in {english_dir}"
                f" (add it under '{kind}:' there)"))
            continue
        joined[item_id] = RawItem(kind, item_id, {**text.values, **fact.values}, fact.path, fact.line,
                                  fact.column, fact.where, fact.origin, list(fact.refs) + list(text.refs))
    for item_id, text in texts.items():
        if item_id not in facts and (kind, item_id) not in rejected:
            issues.append(ContentIssue(
                text.path, text.line, text.column,
                f"{text.where}.id: {noun} '{item_id}' has no facts in {NEUTRAL_FILE} at the top of the"
                f" content folder{suggestion(item_id, facts)}"))
    return joined


def _check_references(merged: dict[str, dict[str, RawItem]], issues: list[ContentIssue]) -> None:
    """Leave out every item that points at an id that does not exist (or was itself left out)."""
    no_items: dict[str, RawItem] = {}  # one empty default, not one per reference
    for kind in _REFERENCE_ORDER:
        items = merged.get(kind, no_items)
        for item_id, item in list(items.items()):
            broken = False
            for ref in item.refs:
                targets = merged.get(ref.target, no_items)
                if ref.value not in targets:
                    target_spec = LANGUAGE_KIND_BY_KEY.get(ref.target)
                    noun = target_spec.noun if target_spec else ref.target
                    issues.append(ContentIssue(item.path, ref.line, ref.column,
                                               f"{ref.where}: unknown {noun} '{ref.value}'"
                                               f"{suggestion(ref.value, targets)}"))
                    broken = True
            if broken:
                del items[item_id]


def _build(kind: str, items: Iterable[RawItem]) -> tuple[object, ...]:
    """The model objects of one kind, in order.

    The validator gives lists as tuples already, so most items are built straight from their values.
    """
    cls = _MODEL_CLASSES[kind]
    if kind == "guides":
        return tuple([_build_guide(cls, item.values) for item in items])
    if kind == "resources":
        return tuple([_build_resource(cls, item.values) for item in items])
    if kind == "help_situations":
        return tuple([build_help_situation(item.values) for item in items])
    if kind == "scenarios":
        return tuple([_build_scenario(item.values) for item in items])
    if kind == "signs":
        return tuple([cls(**_sign_values(item.values)) for item in items])
    return tuple([cls(**item.values) for item in items])


def _sign_values(values: dict[str, object]) -> dict[str, object]:
    """A sign's levels by age as (band, level) pairs in age order (the model keeps no dicts: items hash)."""
    by_age = values.get("level_by_age")
    if not isinstance(by_age, dict):
        return values
    pairs = tuple((band, by_age[band]) for band in model.AGE_BANDS if band in by_age)
    return {**values, "level_by_age": pairs}


def _build_guide(cls: Any, values: dict[str, object]) -> object:
    steps = tuple(model.GuideStep(**step) for step in values["steps"])  # type: ignore[attr-defined]
    return cls(**{**values, "steps": steps})


def _build_scenario(values: dict[str, object]) -> object:
    nodes = tuple(
        practice_model.ScenarioNode(**{**node, "replies": tuple(practice_model.ScenarioReply(**reply)
                                                               for reply in node.get("replies", ()))})
        for node in values["nodes"]  # type: ignore[attr-defined]
    )
    return practice_model.Scenario(**{**values, "nodes": nodes})  # type: ignore[arg-type]


def _build_resource(cls: Any, values: dict[str, object]) -> object:
    values = dict(values)
    phone = values.get("phone")
    if isinstance(phone, dict):
        values["phone"] = model.Phone(**phone)
    text = values.get("text")
    if isinstance(text, dict):
        values["text"] = model.TextLine(**{"display": text["number"], **text})
    return cls(**values)


def assemble(layer: Layer, language: str, strict: bool = False) -> tuple[Content, list[ContentIssue]]:
    """One language's :class:`Content` from a layer, with the problems found while merging."""
    issues: list[ContentIssue] = []
    merged = _merge_language(layer, language, strict, issues)
    english_dirs = sorted({folder for (_, lang), folder in layer.language_dirs.items()
                           if lang == REFERENCE_LANGUAGE}) or ["the en folder"]
    english_dir = english_dirs[0]
    for kind in NEUTRAL_KIND_BY_KEY:
        merged[kind] = _join_facts(kind, layer.neutral.get(kind, {}), merged.get(kind, {}), english_dir,
                                   layer.rejected, issues)
    _check_references(merged, issues)
    issues.extend(check_situations(merged))
    issues.extend(check_links(merged))
    built = {kind: _build(kind, items.values()) for kind, items in merged.items()}
    return Content(language, **built), issues  # type: ignore[arg-type]


def _inside(shown_path: str, folder: Path) -> bool:
    shown_folder = display_path(folder)
    return shown_path == shown_folder or shown_path.startswith(shown_folder.rstrip(os.sep) + os.sep)


def _unique(issues: Iterable[ContentIssue]) -> tuple[ContentIssue, ...]:
    return tuple(dict.fromkeys(issues))


def load_content(language: str = REFERENCE_LANGUAGE, packs: Sequence[Path | str] = (),
                 base_dir: Path | str | None = None, *, strict_languages: bool = False) -> LoadResult:
    """Load the built-in content (or ``base_dir``) in ``language``, with each pack in ``packs`` laid over it.

    Never raises for bad content: invalid files and items are left out and described in ``issues``. A pack
    with any error is ignored as a whole (its issues are returned). With ``strict_languages`` a missing
    translation is an error instead of a warning (English is still shown).
    """
    # Loading makes tens of thousands of small objects that all stay alive until it ends and form no cycles:
    # the cycle collector would only walk them again and again (a quarter of the time on a large pack).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load(language, packs, base_dir, strict_languages)
    except Exception as error:  # never let a bug keep a frightened parent from opening the app
        where = display_path(Path(base_dir)) if base_dir is not None else "content"
        return LoadResult(Content(language), (_internal_error(where, error),))
    finally:
        if collecting:
            gc.enable()


def _load(language: str, packs: Sequence[Path | str], base_dir: Path | str | None,
          strict: bool) -> LoadResult:
    from guardian_app.paths import content_dir

    base = Path(base_dir) if base_dir is not None else content_dir()
    languages = tuple(dict.fromkeys((REFERENCE_LANGUAGE, language)))
    if not base.is_dir():
        return LoadResult(Content(language), (ContentIssue(display_path(base), 1, 1,
                                                           "content folder not found"),))
    current = read_layer(base, languages)
    current.issues.extend(check_displays(current.neutral, current.rejected))
    content, merge_issues = assemble(current, language, strict)
    issues: list[ContentIssue] = [*current.issues, *merge_issues]
    for pack_value in packs:
        pack = Path(pack_value)
        if not pack.is_dir():
            issues.append(ContentIssue(display_path(pack), 1, 1,
                                       "content pack folder not found; pack ignored"))
            continue
        pack_layer = read_layer(pack, languages, confined=True)
        if not verified_facts.pack_may_change_facts(pack):
            pack_layer.issues.extend(changed_facts(current.neutral, pack_layer.neutral))
        pack_layer.issues.extend(check_displays(pack_layer.neutral, pack_layer.rejected))
        combined = overlay(current, pack_layer)
        pack_content, combined_issues = assemble(combined, language, strict)
        pack_issues = [*pack_layer.issues, *(issue for issue in combined_issues if _inside(issue.path, pack))]
        if any(issue.severity == "error" for issue in pack_issues):
            issues.extend(pack_issues)
            continue
        issues.extend(pack_issues)
        current, content = combined, pack_content
    return LoadResult(content, _unique(issues))

