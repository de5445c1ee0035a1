"""Check one content file against the spec tables and turn its items into plain values.

Every problem becomes a :class:`ContentIssue` at the exact line and column of the offending value; an item
with any problem is left out (the rest of the file is still used). References between items (a sign's stages,
a resource's group...) are only *collected* here, as :class:`Ref`; the loader resolves them once every file is
read.

The items of top-level lists are checked while the reader parses the file (:meth:`FileValidator.take_list`),
the rest of the tree once it is parsed (:meth:`FileValidator.validate_root`); the issues come out in the same
order either way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from guardian_app.content.item_rules import ITEM_RULES
from guardian_app.content.model import ContentIssue
from guardian_app.content.scenario_graph import ITEM_CHECKS
from guardian_app.content.spec import ID_PATTERN, FieldSpec, FieldType, KindSpec
from guardian_app.content.yaml_reader import (
    BOOL_TAG,
    INT_TAG,
    MAP,
    NULL_TAG,
    SEQ,
    STR_TAG,
    TIMESTAMP_TAG,
    Node,
    position,
)

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
    MAP: "a mapping",
    SEQ: "a list",
}


class Ref(NamedTuple):
    """A reference from one item to another, kept with where it was written.

    There is one per id written, kept until every file is read, so it is a tuple made in C (see ``_new_ref``)
    that keeps only what it is given: libyaml's 0-based line and column (int objects the mark already holds)
    rather than the mark, and its place in words is worked out when asked, for a reference found broken.
    """

    target: str  # kind key, e.g. "stages"
    value: str
    within: str  # where the field holding the id is, e.g. "signs[3]" (shared by the item's references)
    field: str  # that field's name, e.g. "stages", or '' when ``within`` names the field itself
    place: int  # the id's place in the field's list, or -1 for an id on its own
    mark_line: int  # 0-based
    mark_column: int

    @property
    def where(self) -> str:
        """E.g. "signs[3].stages[0]"."""
        where = f"{self.within}.{self.field}" if self.field else self.within
        return where if self.place < 0 else f"{where}[{self.place}]"

    @property
    def line(self) -> int:
        return self.mark_line + 1

    @property
    def column(self) -> int:
        return self.mark_column + 1


# Makes a Ref from one tuple of its fields in C, without the named tuple's Python-level ``__new__``.
_new_ref = tuple.__new__


@dataclass(slots=True)
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
    return _TAG_WORDS.get(node[0], "a value")


def _pairs(node: Node) -> Iterator[tuple[Node, Node]]:
    """A mapping node's (key, value) pairs, in file order."""
    items = iter(node[1])
    return zip(items, items, strict=False)


class FileValidator:
    """Validates the items of one file; collects issues and valid :class:`RawItem` objects.

    Nodes are the reader's tuples ``(tag, value, mark)`` (see :data:`yaml_reader.Node`). A large pack has
    hundreds of thousands of values, so the checks that run for nearly every one (text written as text, an
    id already seen in this file or one of fixed choices, lists of those) are written out inline in
    :meth:`_validate_object`; anything unusual goes the long way through :meth:`_validate_value`, which also
    words every problem.
    """

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
        # Lists whose items were taken while parsing (see :meth:`take_list`), by key, with where their
        # issues start: they are told after the file's key problems, as if checked in the tree.
        self._taken_lists: dict[str, int] = {}
        # Ids of this file already proven well formed: the same stage, category or level ids come back in
        # every item, and a set lookup is cheaper than the pattern.
        self._good_ids: set[str] = set()

    def error(self, node: Node, message: str) -> None:
        mark = node[2]
        self.issues.append(ContentIssue(self.path, mark.line + 1, mark.column + 1, message))

    def _mapping_pairs(self, node: Node, where: str) -> list[tuple[str, Node, Node]] | None:
        """The (key, key node, value node) pairs of a mapping, refusing non-text and duplicate keys."""
        pairs: list[tuple[str, Node, Node]] = []
        seen: dict[str, Node] = {}
        ok = True
        for key_node, value_node in _pairs(node):
            if key_node[0] != STR_TAG:
                self.error(key_node, f"{where}: keys must be plain words, found {_describe(key_node)}")
                ok = False
                continue
            key = key_node[1]
            first = seen.get(key)
            if first is not None:
                self.error(key_node, f"{where}: duplicate key '{key}' (first at line {position(first)[0]})")
                ok = False
                continue
            seen[key] = key_node
            pairs.append((key, key_node, value_node))
        return pairs if ok else None

    def take_list(self, key_node: Node) -> Callable[[Node], None] | None:
        """What checks the items of a top-level list while the file is parsed (a ``yaml_reader.ListHandler``).

        The reader asks only for the lists under the first writing of a text key, the ones
        :meth:`validate_root` would check, one list after the other; each list's issues are told in their
        place by :meth:`validate_root`.
        """
        kind = self.kinds.get(key_node[1])
        if kind is None:
            return None  # an unknown key: validate_root says so, and its items are not checked
        self._taken_lists[key_node[1]] = len(self.issues)
        return self._item_checker(kind)

    def validate_root(self, root: Node) -> None:
        """Check the file's top-level keys and the items of their lists still in the tree."""
        # The issues of the items taken while parsing, by key: the lists came one after the other.
        taken, self.issues = self.issues, []
        starts = [*self._taken_lists.values(), len(taken)]
        taken_by_key = {key: taken[start:end]
                        for key, start, end in zip(self._taken_lists, starts, starts[1:], strict=False)}
        if root[0] != MAP:
            self.error(root, f"a content file must be a mapping of top-level keys ({', '.join(self.kinds)}),"
                             f" found {_describe(root)}")
            return
        pairs = self._mapping_pairs(root, "file")
        if pairs is None:
            # A duplicated top-level key would silently hide half a file; keep the valid keys only.
            pairs = []
            seen: set[str] = set()
            for key_node, value_node in _pairs(root):
                if key_node[0] == STR_TAG and key_node[1] not in seen:
                    seen.add(key_node[1])
                    pairs.append((key_node[1], key_node, value_node))
        for key, key_node, value_node in pairs:
            kind = self.kinds.get(key)
            if kind is None:
                self.error(key_node, f"unknown top-level key '{key}'{suggestion(key, self.kinds)};"
                                     f" {self.file_role} may hold: {', '.join(self.kinds)}")
                continue
            self.key_positions[key] = position(key_node)
            if value_node[0] != SEQ:
                if value_node[0] == NULL_TAG:
                    self.error(value_node, f"{key}: the list is empty; add items starting with '- id: ...'"
                                           " or remove the key")
                else:
                    self.error(value_node, f"{key}: must be a list of items, found {_describe(value_node)}")
                continue
            self.issues.extend(taken_by_key.get(key, ()))
            check_item = self._item_checker(kind)
            for item_node in value_node[1]:
                check_item(item_node)

    def _item_checker(self, kind: KindSpec) -> Callable[[Node], None]:
        """What checks the items of one top-level list, in order, and keeps the valid ones."""
        key = kind.key
        table = _table(kind.fields)
        validate_object = self._validate_object
        whole_item_check = ITEM_CHECKS.get(key)  # e.g. a scenario checked as a graph
        keep = self.items.append
        path, origin = self.path, self.origin
        rule = ITEM_RULES.get(key)
        index = 0

        def check_item(node: Node) -> None:
            nonlocal index
            where = f"{key}[{index}]"
            index += 1
            refs: list[Ref] = []
            values = validate_object(table, node, where, refs)
            if values is not None and whole_item_check is not None:
                problems = whole_item_check(node, values, where)
                for problem_node, message in problems:
                    self.error(problem_node, message)
                values = None if problems else values
            if values is None or (rule is not None and self._broken_rule(rule, values, node, where)):
                self._remember_rejected(key, node)
                return
            mark = node[2]
            keep(RawItem(key, str(values["id"]), values, path, mark.line + 1, mark.column + 1, where, origin, refs))

        return check_item

    def _broken_rule(self, rule: Callable[[Mapping[str, object]], list[tuple[str, str]]],
                     values: dict[str, object], node: Node, where: str) -> bool:
        """Report the problems ``rule`` finds across the item's fields, at each field's key; True if any."""
        problems = rule(values)
        for field_name, message in problems:
            key_node = next((key for key, _ in _pairs(node) if key[1] == field_name), node)
            self.error(key_node, f"{where}.{field_name}: {message}")
        return bool(problems)

    def _remember_rejected(self, kind: str, node: Node) -> None:
        if node[0] != MAP:
            return
        for key_node, value_node in _pairs(node):
            if key_node[1] == "id" and value_node[0] not in (MAP, SEQ):
                self.rejected.add((kind, value_node[1]))

    def _validate_object(self, table: _Table, node: Node, where: str,
                         refs: list[Ref]) -> dict[str, object] | None:
        if node[0] != MAP:
            self.error(node, f"{where}: must be a mapping of fields (name: value), found {_describe(node)}")
            return None
        # One pass checks keys and values together, and the checks nearly every value needs (text written as
        # text, an id already seen in this file, a list of those) are written out here, before the field's
        # ``where`` is even built; anything else goes the long way through ``_validate_value``, which words
        # the problems. Every key gets an entry in ``values`` (``_INVALID`` or ``_ABSENT`` when it has no
        # value), so a key written twice shows as fewer entries than keys. A key that is not a word or is
        # written twice means the mapping is not checked at all: then whatever this pass reported is taken
        # back and ``_mapping_pairs`` reports the keys alone.
        issues_before, refs_before = len(self.issues), len(refs)
        items = node[1]
        fields = table.fields
        good_ids = self._good_ids
        values: dict[str, object] = {}
        ok = True
        absent = False
        keys_and_values = iter(items)
        for key_node in keys_and_values:
            value_node = next(keys_and_values)
            if key_node[0] != STR_TAG:
                break
            name = key_node[1]
            field_info = fields.get(name)
            if field_info is None:
                self.error(key_node, f"{where}: unknown field '{name}'{suggestion(name, fields)}")
                values[name] = _INVALID
                ok = False
                continue
            # The values are stored under the spec's own name, not the key's text: an item's values live
            # until every file is read, and the name is then one string for all of them.
            name = field_info.name
            tag = value_node[0]
            check = field_info.check
            if tag == STR_TAG:
                text = value_node[1]
                if text and not text.isspace():
                    if check == _TEXT:
                        values[name] = text
                        continue
                    if check == _ID:
                        choices = field_info.choices
                        if (text in good_ids or _ID_RE.match(text)) if choices is None else text in choices:
                            if field_info.ref is not None:
                                mark = value_node[2]
                                refs.append(_new_ref(Ref, (field_info.ref, text, where, name, -1,
                                                           mark.line, mark.column)))
                            values[name] = text
                            continue
                    elif check == _PATTERN_TEXT and field_info.regex.match(text):  # type: ignore[union-attr]
                        values[name] = text
                        continue
            elif tag == SEQ:
                children = value_node[1]
                if check == _TEXT_LIST and len(children) >= field_info.min_items:
                    regex = field_info.element_regex
                    texts: list[str] = []
                    for child in children:
                        text = child[1]
                        if (child[0] != STR_TAG or not text or text.isspace()
                                or (regex is not None and not regex.match(text))):
                            break
                        texts.append(text)
                    else:
                        values[name] = tuple(texts)
                        continue
                elif check == _ID_LIST and len(children) >= field_info.min_items:
                    # Ids already proven in this file (or fixed choices), each one a reference.
                    choices = field_info.element_choices
                    known = good_ids if choices is None else choices
                    target = field_info.ref
                    refs_before_list = len(refs)
                    ids: list[str] = []
                    for index, child in enumerate(children):
                        text = child[1]
                        if child[0] != STR_TAG or text not in known:
                            del refs[refs_before_list:]
                            break
                        if target is not None:
                            mark = child[2]
                            refs.append(_new_ref(Ref, (target, text, where, name, index, mark.line,
                                                       mark.column)))
                        ids.append(text)
                    else:
                        values[name] = tuple(ids)
                        continue
            elif tag == NULL_TAG and field_info.skip_null:
                values[name] = _ABSENT  # an optional list or object left empty is simply absent
                absent = True
                continue
            value = self._validate_value(field_info, value_node, f"{where}.{name}", refs)
            values[name] = value
            if value is _INVALID:
                ok = False
        else:
            if len(values) * 2 == len(items):  # else a key was written twice
                # A required field that is present but invalid was reported above, not as missing.
                if not values.keys() >= table.required_set:
                    for name in table.required:
                        if name not in values:
                            self.error(node, f"{where}: missing required field '{name}'")
                    ok = False
                if not ok:
                    return None
                if absent:
                    return {name: value for name, value in values.items() if value is not _ABSENT}
                return values
        del self.issues[issues_before:], refs[refs_before:]
        self._mapping_pairs(node, where)
        return None

    def _validate_value(self, field_info: _Field, node: Node, where: str, refs: list[Ref]) -> object:
        spec = field_info.spec
        kind = spec.type
        tag = node[0]
        if field_info.element is not None:  # a list
            if tag != SEQ:
                example = "[a, b]" if kind != "object_list" else "items starting with '- '"
                self.error(node, f"{where}: must be a list ({example}), found {_describe(node)}")
                return _INVALID
            children: list[Node] = node[1]
            if len(children) < spec.min_items:
                self.error(node, f"{where}: needs at least {spec.min_items} item(s)")
                return _INVALID
            return self._validate_list(field_info.element, children, kind == "object_list", where, refs)
        if field_info.table is not None:  # "object" and "object_item"
            value = self._validate_object(field_info.table, node, where, refs)
            return _INVALID if value is None else value
        if tag in (MAP, SEQ):
            self.error(node, f"{where}: expected {_EXPECTED[kind]}, found {_describe(node)}")
            return _INVALID
        text = node[1]
        if kind == "int":
            if tag != INT_TAG or not _INT_RE.match(text):
                self.error(node, f"{where}: expected a whole number, found {_describe(node)} '{text}'")
                return _INVALID
            return int(text)
        if kind == "bool":
            if tag != BOOL_TAG:
                self.error(node, f"{where}: expected true or false, found {_describe(node)} '{text}'")
                return _INVALID
            return text.lower() in _TRUE_WORDS
        if kind == "date":
            return self._validate_date(node, where)
        # Everything else is text: it must have been written (or quoted) as text.
        if tag != STR_TAG:
            if tag == NULL_TAG:
                self.error(node, f"{where}: is empty; write the {_EXPECTED[kind]}, or '' for none"
                           if spec.allow_empty else f"{where}: is empty; write the {_EXPECTED[kind]}")
            else:
                self.error(node, f"{where}: expected {_EXPECTED[kind]}, but {text} is read as"
                                 f" {_describe(node)}; put it in quotes: '{text}'")
            return _INVALID
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

    def _validate_list(self, element: _Field, children: list[Node], object_list: bool, where: str,
                       refs: list[Ref]) -> object:
        """The elements of a list field, as a tuple (as the model keeps lists), or ``_INVALID``."""
        plain_text = element.plain_text
        regex = element.regex
        is_id = element.is_id
        choices = element.choices
        ref = element.ref
        good_ids = self._good_ids
        result: list[object] = []
        ok = True
        seen_ids: dict[str, int] = {}
        for index, child in enumerate(children):
            if child[0] == STR_TAG and (text := child[1]) and not text.isspace():
                if plain_text:
                    if regex is None or regex.match(text):
                        result.append(text)
                        continue
                elif is_id and (text in good_ids if choices is None else text in choices):
                    if ref is not None:
                        mark = child[2]
                        refs.append(_new_ref(Ref, (ref, text, where, "", index, mark.line, mark.column)))
                    result.append(text)
                    continue
            value = self._validate_value(element, child, f"{where}[{index}]", refs)
            if value is _INVALID:
                ok = False
                continue
            if object_list and isinstance(value, dict):
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

    def _validate_id(self, spec: FieldSpec, node: Node, where: str, refs: list[Ref]) -> object:
        text = node[1]
        if spec.enum is not None:
            if text not in spec.enum:
                self.error(node, f"{where}: '{text}' is not one of {', '.join(spec.enum)}"
                                 f"{suggestion(text, spec.enum)}")
                return _INVALID
        elif not _ID_RE.match(text):
            self.error(node, f"{where}: '{text}' is not a valid id (use lowercase letters, digits and '-')")
            return _INVALID
        else:
            self._good_ids.add(text)
        if spec.ref:
            mark = node[2]
            refs.append(Ref(spec.ref, text, where, "", -1, mark.line, mark.column))
        return text

    def _validate_date(self, node: Node, where: str) -> object:
        text = node[1]
        if (node[0] == TIMESTAMP_TAG or node[0] == STR_TAG) and _DATE_RE.match(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        self.error(node, f"{where}: expected a date written YYYY-MM-DD, found '{text}'")
        return _INVALID


def _blank(text: str) -> bool:
    """True for '' and whitespace only; the same as ``not text.strip()`` without copying long texts."""
    return not text or text.isspace()


@dataclass(frozen=True, eq=False)
class _Field:
    """A field's spec with what checking it needs, worked out once (see :func:`_table`)."""

    spec: FieldSpec
    name: str
    regex: re.Pattern[str] | None
    check: int  # which check ``_validate_object`` writes out for the common case (``_TEXT``, ``_ID``...)
    min_items: int
    element_regex: re.Pattern[str] | None  # for lists: their element's regex and choices
    element_choices: tuple[str, ...] | None
    # Text whose only checks are "written as text", "not blank" and the pattern: checked inline.
    plain_text: bool
    is_id: bool
    choices: tuple[str, ...] | None  # an id's fixed choices (enum), checked instead of the id pattern
    ref: str | None  # the item kind an id refers to
    # An optional list or object written with no value: simply absent.
    skip_null: bool
    element: _Field | None  # for lists: each element's field, as required and non-empty
    table: _Table | None  # for objects: their fields


@dataclass(frozen=True, eq=False)
class _Table:
    """The fields of an item or an object by name, in spec order, and the required ones."""

    fields: dict[str, _Field]
    required: tuple[str, ...]
    required_set: frozenset[str]  # the same, to check them all at once


# fields tuple's id -> (the tuple itself, kept alive so that its id is never reused; its table)
_tables: dict[int, tuple[tuple[FieldSpec, ...], _Table]] = {}


def _table(fields: tuple[FieldSpec, ...]) -> _Table:
    """The (cached) table of a spec's fields; spec tuples are module constants, so this is built once each."""
    cached = _tables.get(id(fields))
    if cached is not None and cached[0] is fields:
        return cached[1]
    required = tuple(spec.name for spec in fields if spec.required)
    table = _Table({spec.name: _field(spec) for spec in fields}, required, frozenset(required))
    _tables[id(fields)] = (fields, table)
    return table


def _field(spec: FieldSpec) -> _Field:
    element = None
    if spec.type in _ELEMENT_TYPE:
        element = _field(FieldSpec(spec.name, _ELEMENT_TYPE[spec.type], ref=spec.ref, enum=spec.enum,
                                   pattern=spec.pattern, fields=spec.fields))
    table = _table(spec.fields) if spec.type in ("object", "object_item") else None
    regex = _pattern(spec.pattern) if spec.pattern else None
    if spec.type in ("text", "url", "dial"):
        check = _TEXT if regex is None else _PATTERN_TEXT
    else:
        check = _CHECKS.get(spec.type, _OTHER)
    return _Field(
        spec=spec,
        name=spec.name,
        regex=regex,
        check=check,
        min_items=spec.min_items,
        element_regex=element.regex if element is not None else None,
        element_choices=element.choices if element is not None else None,
        plain_text=spec.type in ("text", "url", "dial"),
        is_id=spec.type == "id",
        choices=spec.enum,
        ref=spec.ref,
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
_ABSENT = _Invalid()  # an optional list or object written with no value, while its mapping is checked
# The checks ``_validate_object`` writes out for the common case; everything else is ``_OTHER``.
_OTHER, _TEXT, _PATTERN_TEXT, _ID, _TEXT_LIST, _ID_LIST = range(6)
_CHECKS = {"id": _ID, "text_list": _TEXT_LIST, "url_list": _TEXT_LIST, "id_list": _ID_LIST}
_COLLECTION_TYPES = frozenset({"object", "id_list", "text_list", "url_list", "object_list"})
_ELEMENT_TYPE: dict[str, FieldType] = {"text_list": "text", "id_list": "id", "url_list": "url",
                                 "object_list": "object_item"}
_EXPECTED = {"text": "text", "id": "an id", "url": "a web address (https://...)",
             "dial": "a number written as text in quotes, e.g. '911'", "int": "a whole number",
             "bool": "true or false", "date": "a date"}
_PATTERN_PROBLEM = {"url": "must be a full web address starting with https://, found",
                    "dial": "must contain only digits (and a leading +), found",
                    "text": "is not in the expected form"}
