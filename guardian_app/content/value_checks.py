"""The long way of checking one value against its field, and the words for every problem found.

:class:`ValueChecker` is the base of :class:`~guardian_app.content.validator.FileValidator`: the validator
checks the common cases inline (text written as text, known ids) and sends everything else here, where each
problem becomes a :class:`ContentIssue` at the value's line and column, worded for the person editing the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from guardian_app.content.field_table import INVALID, Field, Table
from guardian_app.content.model import ContentIssue
from guardian_app.content.raw_item import Ref, new_ref, suggestion
from guardian_app.content.spec import ID_PATTERN, MAX_INT_DIGITS, FieldSpec
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

ID_RE = re.compile(ID_PATTERN)
_INT_RE = re.compile(r"[-+]?[0-9]+")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# An HTML or rich-text tag: Guardian shows content as plain text, so a pack author is told the tags will show.
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!?][^<>]{0,40}")
_SHOWN_CHARACTERS = 60  # of a value quoted back in a message
_TRUE_WORDS = frozenset({"true", "yes", "on", "y"})

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
_EXPECTED = {"text": "text", "id": "an id", "url": "a web address (https://...)",
             "dial": "a number written as text in quotes, e.g. '911'", "int": "a whole number",
             "bool": "true or false", "date": "a date"}
_PATTERN_PROBLEM = {"url": "must be a full web address starting with https://, found",
                    "dial": "must contain only digits (and a leading +), found",
                    "text": "is not in the expected form"}


def describe(node: Node) -> str:
    """What a node is, in words: "text", "a number", "a list"..."""
    return _TAG_WORDS.get(node[0], "a value")


def pairs(node: Node) -> Iterator[tuple[Node, Node]]:
    """A mapping node's (key, value) pairs, in file order."""
    items = iter(node[1])
    return zip(items, items, strict=False)


def shorten(text: str) -> str:
    """A value as quoted back in a message: at most ``_SHOWN_CHARACTERS`` characters."""
    if len(text) <= _SHOWN_CHARACTERS:
        return text
    return f"{text[:_SHOWN_CHARACTERS]}… ({len(text):,} characters)"


def markup_warning(text: str) -> str | None:
    """A warning's words when ``text`` holds a tag such as ``<img``, else None."""
    found = _MARKUP.search(text) if "<" in text else None
    if found is None:
        return None
    return (f"looks like markup ('{shorten(found.group())}'); Guardian shows text exactly as written, so"
            " the tags would show as typed")


def blank(text: str) -> bool:
    """True for '' and whitespace only; the same as ``not text.strip()`` without copying long texts."""
    return not text or text.isspace()


class ValueChecker:
    """Checks values the long way and words their problems; subclasses check objects (``_validate_object``)."""

    def __init__(self, shown_path: str) -> None:
        self.path = shown_path
        self.issues: list[ContentIssue] = []
        # Ids of this file already proven well formed: the same stage, category or level ids come back in
        # every item, and a set lookup is cheaper than the pattern.
        self._good_ids: set[str] = set()

    def error(self, node: Node, message: str) -> None:
        mark = node[2]
        self.issues.append(ContentIssue(self.path, mark.line + 1, mark.column + 1, message))

    def warn(self, node: Node, message: str) -> None:
        mark = node[2]
        self.issues.append(ContentIssue(self.path, mark.line + 1, mark.column + 1, message, "warning"))

    def _validate_object(self, table: Table, node: Node, where: str,
                         refs: list[Ref]) -> dict[str, object] | None:
        raise NotImplementedError

    def _mapping_pairs(self, node: Node, where: str) -> list[tuple[str, Node, Node]] | None:
        """The (key, key node, value node) pairs of a mapping, refusing non-text and duplicate keys."""
        found: list[tuple[str, Node, Node]] = []
        seen: dict[str, Node] = {}
        ok = True
        for key_node, value_node in pairs(node):
            if key_node[0] != STR_TAG:
                self.error(key_node, f"{where}: keys must be plain words, found {describe(key_node)}")
                ok = False
                continue
            key = key_node[1]
            first = seen.get(key)
            if first is not None:
                self.error(key_node, f"{where}: duplicate key '{shorten(key)}' (first at line {position(first)[0]})")
                ok = False
                continue
            seen[key] = key_node
            found.append((key, key_node, value_node))
        return found if ok else None

    def _validate_value(self, field_info: Field, node: Node, where: str, refs: list[Ref]) -> object:
        spec = field_info.spec
        kind = spec.type
        tag = node[0]
        if field_info.element is not None:  # a list
            if tag != SEQ:
                example = "[a, b]" if kind != "object_list" else "items starting with '- '"
                self.error(node, f"{where}: must be a list ({example}), found {describe(node)}")
                return INVALID
            children: list[Node] = node[1]
            if len(children) < spec.min_items:
                self.error(node, f"{where}: needs at least {spec.min_items} item(s)")
                return INVALID
            if len(children) > spec.max_items:
                self.error(node, f"{where}: has {len(children):,} items; at most {spec.max_items} are allowed")
                return INVALID
            return self._validate_list(field_info.element, children, kind == "object_list", where, refs)
        if field_info.table is not None:  # "object" and "object_item"
            value = self._validate_object(field_info.table, node, where, refs)
            return INVALID if value is None else value
        if tag in (MAP, SEQ):
            self.error(node, f"{where}: expected {_EXPECTED[kind]}, found {describe(node)}")
            return INVALID
        if kind == "int":
            return self._validate_int(node, where)
        if kind == "bool":
            if tag != BOOL_TAG:
                self.error(node, f"{where}: expected true or false, found {describe(node)}"
                                 f" '{shorten(node[1])}'")
                return INVALID
            return node[1].lower() in _TRUE_WORDS
        if kind == "date":
            return self._validate_date(node, where)
        return self._validate_text(field_info, node, where, refs)

    def _validate_text(self, field_info: Field, node: Node, where: str, refs: list[Ref]) -> object:
        """Text, ids, web addresses and numbers to dial: all must have been written (or quoted) as text."""
        spec = field_info.spec
        kind = spec.type
        tag, text = node[0], node[1]
        if tag != STR_TAG:
            if tag == NULL_TAG:
                self.error(node, f"{where}: is empty; write the {_EXPECTED[kind]}, or '' for none"
                           if spec.allow_empty else f"{where}: is empty; write the {_EXPECTED[kind]}")
            else:
                self.error(node, f"{where}: expected {_EXPECTED[kind]}, but {shorten(text)} is read as"
                                 f" {describe(node)}; put it in quotes: '{shorten(text)}'")
            return INVALID
        if blank(text):
            if spec.allow_empty:
                return ""
            self.error(node, f"{where}: must not be empty")
            return INVALID
        if len(text) > field_info.max_length:
            self.error(node, f"{where}: is {len(text):,} characters long; at most {field_info.max_length:,}"
                             " are allowed")
            return INVALID
        if kind == "id":
            return self._validate_id(spec, node, where, refs)
        if field_info.regex is not None and not field_info.regex.fullmatch(text):
            problem = _PATTERN_PROBLEM.get(kind, "is not in the expected form")
            self.error(node, f"{where}: {problem} '{shorten(text)}'")
            return INVALID
        if kind == "text" and (warning := markup_warning(text)) is not None:
            self.warn(node, f"{where}: {warning}")
        return text

    def _validate_list(self, element: Field, children: list[Node], object_list: bool, where: str,
                       refs: list[Ref]) -> object:
        """The elements of a list field, as a tuple (as the model keeps lists), or ``INVALID``."""
        plain_text = element.plain_text
        regex = element.regex
        max_length = element.max_length
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
                    if len(text) <= max_length and "<" not in text and (regex is None or regex.fullmatch(text)):
                        result.append(text)
                        continue
                elif is_id and (text in good_ids if choices is None else text in choices):
                    if ref is not None:
                        mark = child[2]
                        refs.append(new_ref(Ref, (ref, text, where, "", index, mark.line, mark.column)))
                    result.append(text)
                    continue
            value = self._validate_value(element, child, f"{where}[{index}]", refs)
            if value is INVALID:
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
        return tuple(result) if ok else INVALID

    def _validate_id(self, spec: FieldSpec, node: Node, where: str, refs: list[Ref]) -> object:
        text = node[1]
        if spec.enum is not None:
            if text not in spec.enum:
                self.error(node, f"{where}: '{shorten(text)}' is not one of {', '.join(spec.enum)}"
                                 f"{suggestion(text, spec.enum)}")
                return INVALID
        elif not ID_RE.fullmatch(text):
            self.error(node, f"{where}: '{shorten(text)}' is not a valid id (use lowercase letters, digits"
                             " and '-')")
            return INVALID
        else:
            self._good_ids.add(text)
        if spec.ref:
            mark = node[2]
            refs.append(Ref(spec.ref, text, where, "", -1, mark.line, mark.column))
        return text

    def _validate_int(self, node: Node, where: str) -> object:
        text = node[1]
        if node[0] != INT_TAG or not _INT_RE.fullmatch(text):
            self.error(node, f"{where}: expected a whole number, found {describe(node)} '{shorten(text)}'")
            return INVALID
        digits = len(text.lstrip("+-"))
        if digits > MAX_INT_DIGITS:
            self.error(node, f"{where}: a number of {digits:,} digits is too large; use a whole number of at"
                             f" most {MAX_INT_DIGITS} digits")
            return INVALID
        return int(text)

    def _validate_date(self, node: Node, where: str) -> object:
        text = node[1]
        if (node[0] == TIMESTAMP_TAG or node[0] == STR_TAG) and _DATE_RE.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        self.error(node, f"{where}: expected a date written YYYY-MM-DD, found '{shorten(text)}'")
        return INVALID

