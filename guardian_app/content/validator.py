"""Check one parsed content file against the spec tables and turn its items into plain values.

Every problem becomes a :class:`ContentIssue` at the exact line and column of the offending value; an item
with any problem is left out (the rest of the file is still used). References between items (a sign's stages,
a resource's group...) are only *collected* here, as :class:`Ref`; the loader resolves them once every file is
read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from guardian_app.content.model import ContentIssue
from guardian_app.content.spec import ID_PATTERN, FieldSpec, FieldType, KindSpec
from guardian_app.content.yaml_reader import STR_TAG, Node

_ID_RE = re.compile(ID_PATTERN)
_INT_RE = re.compile(r"^[-+]?[0-9]+$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_TRUE_WORDS = frozenset({"true", "yes", "on", "y"})
_patterns: dict[str, re.Pattern[str]] = {}

_TAG_WORDS = {
    "tag:yaml.org,2002:bool": "a yes/no value",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:null": "nothing",
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:merge": "'<<'",
    "tag:yaml.org,2002:value": "'='",
    STR_TAG: "text",
}


class Ref(NamedTuple):
    """A reference from one item to another, kept with where it was written.

    A named tuple rather than a frozen dataclass: there is one per id written in a list, and a tuple is made
    several times faster.
    """

    target: str  # kind key, e.g. "stages"
    value: str
    where: str  # e.g. "signs[3].stages[0]"
    line: int
    column: int


@dataclass
class RawItem:
    """One valid item as read from one file, before languages, packs and references are merged."""

    kind: str
    id: str
    values: dict[str, object]
    path: str  # as shown to people
    line: int
    column: int
    where: str  # e.g. "signs[3]"
    origin: str  # the content folder (built-in or pack) the item came from
    refs: list[Ref] = field(default_factory=list)


def suggestion(word: str, choices: object) -> str:
    """' (did you mean 'x'?)' when a close known word exists, else ''."""
    import difflib  # only ever needed for a mistake: keep it off the start-up path

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)  # type: ignore[call-overload]
    return f" (did you mean '{close[0]}'?)" if close else ""


def _describe(node: Node) -> str:
    if node.kind == "map":
        return "a mapping"
    if node.kind == "seq":
        return "a list"
    return _TAG_WORDS.get(node.tag, "a value")


class FileValidator:
    """Validates the items of one file; collects issues and valid :class:`RawItem` objects."""

    def __init__(self, shown_path: str, origin: str, kinds: Mapping[str, KindSpec], file_role: str) -> None:
        self.path = shown_path
        self.origin = origin
        self.kinds = kinds
        self.file_role = file_role
        self.issues: list[ContentIssue] = []
        self.items: list[RawItem] = []
        self.key_positions: dict[str, tuple[int, int]] = {}
        # (kind, id) of items left out for errors: later checks stay quiet about them instead of piling on.
        self.rejected: set[tuple[str, str]] = set()

    def error(self, node: Node, message: str) -> None:
        self.issues.append(ContentIssue(self.path, node.line, node.column, message))

    def _mapping_pairs(self, node: Node, where: str) -> list[tuple[str, Node, Node]] | None:
        """The (key, key node, value node) pairs of a mapping, refusing non-text and duplicate keys."""
        pairs: list[tuple[str, Node, Node]] = []
        seen: dict[str, Node] = {}
        ok = True
        for key_node, value_node in node.items:
            if key_node.kind != "scalar" or key_node.tag != STR_TAG:
                self.error(key_node, f"{where}: keys must be plain words, found {_describe(key_node)}")
                ok = False
                continue
            first = seen.get(key_node.value)
            if first is not None:
                self.error(key_node,
                           f"{where}: duplicate key '{key_node.value}' (first at line {first.line})")
                ok = False
                continue
            seen[key_node.value] = key_node
            pairs.append((key_node.value, key_node, value_node))
        return pairs if ok else None

    def validate_root(self, root: Node) -> None:
        if root.kind != "map":
            self.error(root, f"a content file must be a mapping of top-level keys ({', '.join(self.kinds)}),"
                             f" found {_describe(root)}")
            return
        pairs = self._mapping_pairs(root, "file")
        if pairs is None:
            # A duplicated top-level key would silently hide half a file; keep the valid keys only.
            pairs = []
            seen: set[str] = set()
            for key_node, value_node in root.items:
                if key_node.kind == "scalar" and key_node.tag == STR_TAG and key_node.value not in seen:
                    seen.add(key_node.value)
                    pairs.append((key_node.value, key_node, value_node))
        for key, key_node, value_node in pairs:
            kind = self.kinds.get(key)
            if kind is None:
                self.error(key_node, f"unknown top-level key '{key}'{suggestion(key, self.kinds)};"
                                     f" {self.file_role} may hold: {', '.join(self.kinds)}")
                continue
            self.key_positions[key] = (key_node.line, key_node.column)
            if value_node.kind != "seq":
                if value_node.kind == "scalar" and value_node.tag == "tag:yaml.org,2002:null":
                    self.error(value_node, f"{key}: the list is empty; add items starting with '- id: ...'"
                                           " or remove the key")
                else:
                    self.error(value_node, f"{key}: must be a list of items, found {_describe(value_node)}")
                continue
            for index, item_node in enumerate(value_node.children):
                self._validate_item(kind, item_node, f"{key}[{index}]")

    def _validate_item(self, kind: KindSpec, node: Node, where: str) -> None:
        refs: list[Ref] = []
        values = self._validate_object(_table(kind.fields), node, where, refs)
        if values is None:
            self._remember_rejected(kind.key, node)
            return
        item_id = str(values["id"])
        self.items.append(RawItem(kind.key, item_id, values, self.path, node.line, node.column, where,
                                  self.origin, refs))

    def _remember_rejected(self, kind: str, node: Node) -> None:
        if node.kind != "map":
            return
        for key_node, value_node in node.items:
            if key_node.value == "id" and value_node.kind == "scalar":
                self.rejected.add((kind, value_node.value))

    def _validate_object(self, table: _Table, node: Node, where: str,
                         refs: list[Ref]) -> dict[str, object] | None:
        if node.kind != "map":
            self.error(node, f"{where}: must be a mapping of fields (name: value), found {_describe(node)}")
            return None
        # One pass checks keys and values together. A key that is not a word or is written twice means the
        # mapping is not checked at all: then whatever this pass reported is taken back and
        # ``_mapping_pairs`` reports the keys alone.
        issues_before, refs_before = len(self.issues), len(refs)
        fields = table.fields
        present: set[str] = set()
        values: dict[str, object] = {}
        ok = True
        for key_node, value_node in node.items:
            name = key_node.value
            if key_node.kind != "scalar" or key_node.tag != STR_TAG or name in present:
                del self.issues[issues_before:], refs[refs_before:]
                self._mapping_pairs(node, where)
                return None
            present.add(name)
            field_info = fields.get(name)
            if field_info is None:
                self.error(key_node, f"{where}: unknown field '{name}'{suggestion(name, fields)}")
                ok = False
                continue
            # The common cases first, before the field's ``where`` is even built: text written as text.
            if value_node.kind == "scalar" and value_node.tag == STR_TAG:
                text = value_node.value
                if text and not text.isspace():
                    if field_info.plain_text:
                        if field_info.regex is None or field_info.regex.match(text):
                            values[name] = text
                            continue
                    elif field_info.is_id:
                        value = self._validate_id(field_info.spec, value_node, f"{where}.{name}", refs)
                        if value is _INVALID:
                            ok = False
                        else:
                            values[name] = value
                        continue
            elif (field_info.skip_null and value_node.kind == "scalar"
                    and value_node.tag == "tag:yaml.org,2002:null"):
                continue  # an optional list or object left empty is simply absent
            value = self._validate_value(field_info, value_node, f"{where}.{name}", refs)
            if value is _INVALID:
                ok = False
            else:
                values[name] = value
        for name in table.required:
            # A required field that is present but invalid was reported above, not as missing.
            if name not in values and name not in present:
                self.error(node, f"{where}: missing required field '{name}'")
                ok = False
        return values if ok else None

    def _validate_value(self, field_info: _Field, node: Node, where: str, refs: list[Ref]) -> object:
        spec = field_info.spec
        kind = spec.type
        if field_info.element is not None:  # a list
            if node.kind != "seq":
                example = "[a, b]" if kind != "object_list" else "items starting with '- '"
                self.error(node, f"{where}: must be a list ({example}), found {_describe(node)}")
                return _INVALID
            children = node.children
            if len(children) < spec.min_items:
                self.error(node, f"{where}: needs at least {spec.min_items} item(s)")
                return _INVALID
            element = field_info.element
            plain_text = element.plain_text
            regex = element.regex
            result: list[object] = []
            ok = True
            seen_ids: dict[str, int] = {}
            for index, child in enumerate(children):
                if (plain_text and child.kind == "scalar" and child.tag == STR_TAG
                        and (text := child.value) and not text.isspace()
                        and (regex is None or regex.match(text))):
                    result.append(text)
                    continue
                value = self._validate_value(element, child, f"{where}[{index}]", refs)
                if value is _INVALID:
                    ok = False
                    continue
                if kind == "object_list" and isinstance(value, dict):
                    step_id = str(value.get("id"))
                    if step_id in seen_ids:
                        self.error(child, f"{where}[{index}].id: duplicate id '{step_id}'"
                                          f" (first at {where}[{seen_ids[step_id]}])")
                        ok = False
                        continue
                    seen_ids[step_id] = index
                result.append(value)
            # A tuple, as the model keeps lists: items are built from these values without a copy.
            return tuple(result) if ok else _INVALID
        if field_info.table is not None:  # "object" and "object_item"
            value = self._validate_object(field_info.table, node, where, refs)
            return _INVALID if value is None else value
        if node.kind != "scalar":
            self.error(node, f"{where}: expected {_EXPECTED[kind]}, found {_describe(node)}")
            return _INVALID
        if kind == "int":
            if node.tag != "tag:yaml.org,2002:int" or not _INT_RE.match(node.value):
                self.error(node, f"{where}: expected a whole number, found {_describe(node)} '{node.value}'")
                return _INVALID
            return int(node.value)
        if kind == "bool":
            if node.tag != "tag:yaml.org,2002:bool":
                self.error(node, f"{where}: expected true or false, found {_describe(node)} '{node.value}'")
                return _INVALID
            return node.value.lower() in _TRUE_WORDS
        if kind == "date":
            return self._validate_date(node, where)
        # Everything else is text: it must have been written (or quoted) as text.
        if node.tag != STR_TAG:
            if node.tag == "tag:yaml.org,2002:null":
                self.error(node, f"{where}: is empty; write the {_EXPECTED[kind]}, or '' for none"
                           if spec.allow_empty else f"{where}: is empty; write the {_EXPECTED[kind]}")
            else:
                self.error(node, f"{where}: expected {_EXPECTED[kind]}, but {node.value} is read as"
                                 f" {_describe(node)}; put it in quotes: '{node.value}'")
            return _INVALID
        text = node.value
        if _blank(text):
            if spec.allow_empty:
                return ""
            self.error(node, f"{where}: must not be empty")
            return _INVALID
        if kind == "id":
            return self._validate_id(spec, node, where, refs)
        if field_info.regex is not None and not field_info.regex.match(text):
            self.error(node, f"{where}: {_PATTERN_PROBLEM.get(kind, 'is not in the expected form')} '{text}'")
            return _INVALID
        return text

    def _validate_id(self, spec: FieldSpec, node: Node, where: str, refs: list[Ref]) -> object:
        text = node.value
        if spec.enum is not None:
            if text not in spec.enum:
                self.error(node, f"{where}: '{text}' is not one of {', '.join(spec.enum)}"
                                 f"{suggestion(text, spec.enum)}")
                return _INVALID
        elif not _ID_RE.match(text):
            self.error(node, f"{where}: '{text}' is not a valid id (use lowercase letters, digits and '-')")
            return _INVALID
        if spec.ref:
            refs.append(Ref(spec.ref, text, where, node.line, node.column))
        return text

    def _validate_date(self, node: Node, where: str) -> object:
        if node.tag in ("tag:yaml.org,2002:timestamp", STR_TAG) and _DATE_RE.match(node.value):
            try:
                return dt.date.fromisoformat(node.value)
            except ValueError:
                pass
        self.error(node, f"{where}: expected a date written YYYY-MM-DD, found '{node.value}'")
        return _INVALID


def _blank(text: str) -> bool:
    """True for '' and whitespace only; the same as ``not text.strip()`` without copying long texts."""
    return not text or text.isspace()


@dataclass(frozen=True, eq=False)
class _Field:
    """A field's spec with what checking it needs, worked out once (see :func:`_table`)."""

    spec: FieldSpec
    regex: re.Pattern[str] | None
    # Text whose only checks are "written as text", "not blank" and the pattern: checked inline.
    plain_text: bool
    is_id: bool
    # An optional list or object written with no value: simply absent.
    skip_null: bool
    element: _Field | None  # for lists: each element's field, as required and non-empty
    table: _Table | None  # for objects: their fields


@dataclass(frozen=True, eq=False)
class _Table:
    """The fields of an item or an object by name, in spec order, and the required ones."""

    fields: dict[str, _Field]
    required: tuple[str, ...]


# fields tuple's id -> (the tuple itself, kept alive so that its id is never reused; its table)
_tables: dict[int, tuple[tuple[FieldSpec, ...], _Table]] = {}


def _table(fields: tuple[FieldSpec, ...]) -> _Table:
    """The (cached) table of a spec's fields; spec tuples are module constants, so this is built once each."""
    cached = _tables.get(id(fields))
    if cached is not None and cached[0] is fields:
        return cached[1]
    required = tuple(spec.name for spec in fields if spec.required)
    table = _Table({spec.name: _field(spec) for spec in fields}, required)
    _tables[id(fields)] = (fields, table)
    return table


def _field(spec: FieldSpec) -> _Field:
    element = None
    if spec.type in _ELEMENT_TYPE:
        element = _field(FieldSpec(spec.name, _ELEMENT_TYPE[spec.type], ref=spec.ref, enum=spec.enum,
                                   pattern=spec.pattern, fields=spec.fields))
    table = _table(spec.fields) if spec.type in ("object", "object_item") else None
    return _Field(
        spec=spec,
        regex=_pattern(spec.pattern) if spec.pattern else None,
        plain_text=spec.type in ("text", "url", "dial"),
        is_id=spec.type == "id",
        skip_null=not spec.required and spec.type in _COLLECTION_TYPES,
        element=element,
        table=table,
    )


def _pattern(source: str) -> re.Pattern[str]:
    compiled = _patterns.get(source)
    if compiled is None:
        compiled = _patterns[source] = re.compile(source)
    return compiled


class _Invalid:
    """Marks a value that failed validation (None is a legitimate value elsewhere)."""


_INVALID = _Invalid()
_COLLECTION_TYPES = frozenset({"object", "id_list", "text_list", "url_list", "object_list"})
_ELEMENT_TYPE: dict[str, FieldType] = {"text_list": "text", "id_list": "id", "url_list": "url",
                                 "object_list": "object_item"}
_EXPECTED = {"text": "text", "id": "an id", "url": "a web address (https://...)",
             "dial": "a number written as text in quotes, e.g. '911'", "int": "a whole number",
             "bool": "true or false", "date": "a date"}
_PATTERN_PROBLEM = {"url": "must be a full web address starting with https://, found",
                    "dial": "must contain only digits (and a leading +), found",
                    "text": "is not in the expected form"}
