"""Check one content file against the spec tables and turn its items into plain values.

Every problem becomes a :class:`ContentIssue` at the exact line and column of the offending value; an item
with any problem is left out (the rest of the file is still used). References between items (a sign's stages,
a resource's group...) are only *collected* here, as :class:`Ref`; the loader resolves them once every file is
read.

The items of top-level lists are checked while the reader parses the file (:meth:`FileValidator.take_list`),
the rest of the tree once it is parsed (:meth:`FileValidator.validate_root`); the issues come out in the same
order either way. The common checks are written out here; the long way, with the words for every problem, is
in ``value_checks.py``, and the compiled field tables in ``field_table.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from guardian_app.content.field_table import (
    ABSENT,
    ID,
    ID_LIST,
    INVALID,
    PATTERN_TEXT,
    TEXT,
    TEXT_LIST,
    Field,
    Table,
    table,
)
from guardian_app.content.item_rules import ITEM_RULES
from guardian_app.content.raw_item import RawItem, Ref, new_ref, suggestion
from guardian_app.content.scenario_graph import ITEM_CHECKS
from guardian_app.content.spec import KindSpec
from guardian_app.content.value_checks import ID_RE, ValueChecker, describe, pairs, shorten
from guardian_app.content.yaml_reader import MAP, NULL_TAG, SEQ, STR_TAG, Node, position

__all__ = ["FileValidator", "RawItem", "Ref", "suggestion"]


class FileValidator(ValueChecker):
    """Validates the items of one file; collects issues and valid :class:`RawItem` objects.

    Nodes are the reader's tuples ``(tag, value, mark)`` (see :data:`yaml_reader.Node`). A large pack has
    hundreds of thousands of values, so the checks that run for nearly every one (text written as text, an
    id already seen in this file or one of fixed choices, lists of those) are written out inline in
    :meth:`_validate_object` and :meth:`_quick_list`; anything unusual goes the long way through
    :meth:`_validate_value`, which also words every problem.
    """

    def __init__(self, shown_path: str, origin: str, kinds: Mapping[str, KindSpec], file_role: str) -> None:
        super().__init__(shown_path)
        self.origin = origin
        self.kinds = kinds
        self.file_role = file_role
        self.items: list[RawItem] = []
        self.key_positions: dict[str, tuple[int, int]] = {}
        # (kind, id) of items left out for errors: later checks stay quiet about them instead of piling on.
        self.rejected: set[tuple[str, str]] = set()
        # Lists whose items were taken while parsing (see :meth:`take_list`), by key, with where their
        # issues start: they are told after the file's key problems, as if checked in the tree.
        self._taken_lists: dict[str, int] = {}

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
                             f" found {describe(root)}")
            return
        for key, key_node, value_node in self._root_pairs(root):
            kind = self.kinds.get(key)
            if kind is None:
                self.error(key_node, f"unknown top-level key '{shorten(key)}'{suggestion(key, self.kinds)};"
                                     f" {self.file_role} may hold: {', '.join(self.kinds)}")
                continue
            self.key_positions[key] = position(key_node)
            if value_node[0] != SEQ:
                if value_node[0] == NULL_TAG:
                    self.error(value_node, f"{key}: the list is empty; add items starting with '- id: ...'"
                                           " or remove the key")
                else:
                    self.error(value_node, f"{key}: must be a list of items, found {describe(value_node)}")
                continue
            self.issues.extend(taken_by_key.get(key, ()))
            check_item = self._item_checker(kind)
            for item_node in value_node[1]:
                check_item(item_node)

    def _root_pairs(self, root: Node) -> list[tuple[str, Node, Node]]:
        """The file's top-level (key, key node, value node) pairs, the problems with its keys reported."""
        found = self._mapping_pairs(root, "file")
        if found is not None:
            return found
        # A duplicated top-level key would silently hide half a file; keep the valid keys only.
        found = []
        seen: set[str] = set()
        for key_node, value_node in pairs(root):
            if key_node[0] == STR_TAG and key_node[1] not in seen:
                seen.add(key_node[1])
                found.append((key_node[1], key_node, value_node))
        return found

    def _item_checker(self, kind: KindSpec) -> Callable[[Node], None]:
        """What checks the items of one top-level list, in order, and keeps the valid ones."""
        key = kind.key
        item_table = table(kind.fields)
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
            values = validate_object(item_table, node, where, refs)
            if values is not None and whole_item_check is not None:
                problems = whole_item_check(node, values, where)
                for problem_node, message in problems:
                    self.error(problem_node, message)
                values = None if problems else values
            if values is None or (rule is not None and self._broken_rule(rule, values, node, where)):
                self._remember_rejected(key, node)
                return
            mark = node[2]
            keep(RawItem(key, str(values["id"]), values, path, mark.line + 1, mark.column + 1, where, origin,
                         refs))

        return check_item

    def _broken_rule(self, rule: Callable[[Mapping[str, object]], list[tuple[str, str]]],
                     values: dict[str, object], node: Node, where: str) -> bool:
        """Report the problems ``rule`` finds across the item's fields, at each field's key; True if any."""
        problems = rule(values)
        for field_name, message in problems:
            key_node = next((key for key, _ in pairs(node) if key[1] == field_name), node)
            self.error(key_node, f"{where}.{field_name}: {message}")
        return bool(problems)

    def _remember_rejected(self, kind: str, node: Node) -> None:
        if node[0] != MAP:
            return
        for key_node, value_node in pairs(node):
            if key_node[1] == "id" and value_node[0] not in (MAP, SEQ):
                self.rejected.add((kind, value_node[1]))

    def _validate_object(self, table: Table, node: Node, where: str,
                         refs: list[Ref]) -> dict[str, object] | None:
        """The values of a mapping, by field name, or None when any is wrong (every problem reported).

        One pass checks keys and values together, and the checks nearly every value needs (text written as
        text, an id already seen in this file) are written out here, before the field's ``where`` is even
        built; lists go through :meth:`_quick_list`, anything else the long way through ``_validate_value``,
        which words the problems. Every key gets an entry in ``values`` (``INVALID`` or ``ABSENT`` when it
        has no value), so a key written twice shows as fewer entries than keys. A key that is not a word or
        is written twice means the mapping is not checked at all: then whatever this pass reported is taken
        back and ``_mapping_pairs`` reports the keys alone.
        """
        if node[0] != MAP:
            self.error(node, f"{where}: must be a mapping of fields (name: value), found {describe(node)}")
            return None
        issues_before, refs_before = len(self.issues), len(refs)
        items = node[1]
        fields = table.fields
        good_ids = self._good_ids
        values: dict[str, object] = {}
        ok = True
        keys_and_values = iter(items)
        for key_node in keys_and_values:
            value_node = next(keys_and_values)
            if key_node[0] != STR_TAG:
                break
            field_info = fields.get(key_node[1])
            if field_info is None:
                self.error(key_node, f"{where}: unknown field '{shorten(key_node[1])}'"
                                     f"{suggestion(key_node[1], fields)}")
                values[key_node[1]] = INVALID
                ok = False
                continue
            # The values are stored under the spec's own name, not the key's text: an item's values live
            # until every file is read, and the name is then one string for all of them.
            name = field_info.name
            tag = value_node[0]
            check = field_info.check
            if tag == STR_TAG:
                text = value_node[1]
                if text and not text.isspace() and len(text) <= field_info.max_length:
                    if check == TEXT and "<" not in text:
                        values[name] = text
                        continue
                    if check == ID:
                        choices = field_info.choices
                        if (text in good_ids or ID_RE.fullmatch(text)) if choices is None else text in choices:
                            if field_info.ref is not None:
                                mark = value_node[2]
                                refs.append(new_ref(Ref, (field_info.ref, text, where, name, -1,
                                                          mark.line, mark.column)))
                            values[name] = text
                            continue
                    elif check == PATTERN_TEXT and field_info.regex.fullmatch(text):  # type: ignore[union-attr]
                        values[name] = text
                        continue
            elif tag == SEQ:
                if (quick := self._quick_list(field_info, value_node[1], where, refs)) is not None:
                    values[name] = quick
                    continue
            elif tag == NULL_TAG and field_info.skip_null:
                values[name] = ABSENT  # an optional list or object left empty is simply absent
                continue
            value = self._validate_value(field_info, value_node, f"{where}.{name}", refs)
            values[name] = value
            if value is INVALID:
                ok = False
        else:
            if len(values) * 2 == len(items):  # else a key was written twice
                return self._complete(table, node, where, values, ok)
        del self.issues[issues_before:], refs[refs_before:]
        self._mapping_pairs(node, where)
        return None

    def _quick_list(self, field_info: Field, children: list[Node], where: str,
                    refs: list[Ref]) -> tuple[str, ...] | None:
        """A list of plain texts or of ids already proven, checked inline; None sends it the long way."""
        check = field_info.check
        if not field_info.min_items <= len(children) <= field_info.max_items:
            return None
        if check == TEXT_LIST:
            regex = field_info.element_regex
            max_length = field_info.element.max_length  # type: ignore[union-attr]
            texts: list[str] = []
            for child in children:
                text = child[1]
                if (child[0] != STR_TAG or not text or text.isspace() or len(text) > max_length or "<" in text
                        or (regex is not None and not regex.fullmatch(text))):
                    return None
                texts.append(text)
            return tuple(texts)
        if check == ID_LIST:
            # Ids already proven in this file (or fixed choices), each one a reference.
            choices = field_info.element_choices
            known = self._good_ids if choices is None else choices
            target, name = field_info.ref, field_info.name
            refs_before_list = len(refs)
            ids: list[str] = []
            for index, child in enumerate(children):
                text = child[1]
                if child[0] != STR_TAG or text not in known:
                    del refs[refs_before_list:]
                    return None
                if target is not None:
                    mark = child[2]
                    refs.append(new_ref(Ref, (target, text, where, name, index, mark.line, mark.column)))
                ids.append(text)
            return tuple(ids)
        return None

    def _complete(self, table: Table, node: Node, where: str, values: dict[str, object],
                  ok: bool) -> dict[str, object] | None:
        """The values of a mapping whose keys were all words written once, or None when any is wrong."""
        # A required field that is present but invalid was reported above, not as missing.
        if not values.keys() >= table.required_set:
            for name in table.required:
                if name not in values:
                    self.error(node, f"{where}: missing required field '{name}'")
            ok = False
        if not ok:
            return None
        if ABSENT in values.values():
            return {name: value for name, value in values.items() if value is not ABSENT}
        return values
