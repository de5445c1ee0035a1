"""Checks a practice scenario as a graph, and its translation against English.

The field checks (types, required feedback, unique ids within a list) are the validator's, from ``spec.py``.
What only makes sense for the whole conversation is checked here, on the item's YAML nodes so every problem
points at its exact ``path:line:col``:

* every reply's ``next`` names a node of the same scenario;
* every node can be reached from the first one;
* from every node some path reaches an ending (a node without replies): no loop without a way out;
* a node with replies has two to four of them; an ending says what went well and what to try next time.

:func:`translation_issues` then checks that a translated scenario has the same nodes, replies and links as
English (a French scenario missing a branch would strand a parent half-way).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from guardian_app.content.model import ContentIssue
from guardian_app.content.yaml_reader import MAP, SEQ, Node

if TYPE_CHECKING:
    from guardian_app.content.validator import RawItem

MIN_REPLIES = 2
MAX_REPLIES = 4
# A problem: the YAML node it is about, and the message.
Problem = tuple[Node, str]


@dataclass(frozen=True)
class _RawNode:
    id: str
    yaml: Node
    where: str
    nexts: tuple[tuple[str, Node, str], ...]  # (target id, its YAML node, where)
    replies: int
    ending_fields: frozenset[str]


def _field(mapping: Node, name: str) -> Node | None:
    items = mapping[1]
    for index in range(0, len(items), 2):
        if items[index][1] == name:
            return items[index + 1]
    return None


def _read_nodes(item: Node, where: str) -> list[_RawNode]:
    nodes_seq = _field(item, "nodes")
    raw: list[_RawNode] = []
    if nodes_seq is None or nodes_seq[0] != SEQ:
        return raw
    for index, node in enumerate(nodes_seq[1]):
        node_where = f"{where}.nodes[{index}]"
        id_node = _field(node, "id")
        replies = _field(node, "replies")
        nexts: list[tuple[str, Node, str]] = []
        count = 0
        if replies is not None and replies[0] == SEQ:
            count = len(replies[1])
            for reply_index, reply in enumerate(replies[1]):
                next_node = _field(reply, "next") if reply[0] == MAP else None
                if next_node is not None:
                    nexts.append((next_node[1], next_node, f"{node_where}.replies[{reply_index}].next"))
        present = frozenset(name for name in ("went_well", "try_next") if _field(node, name) is not None)
        raw.append(_RawNode(str(id_node[1]) if id_node else "", node, node_where, tuple(nexts), count, present))
    return raw


def _reachable(start: str, edges: dict[str, list[str]]) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        for target in edges.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def _can_end(nodes: list[_RawNode], edges: dict[str, list[str]]) -> set[str]:
    """The ids of nodes from which some path reaches an ending (walked backwards from the endings)."""
    incoming: dict[str, list[str]] = {}
    for source, targets in edges.items():
        for target in targets:
            incoming.setdefault(target, []).append(source)
    ending = {node.id for node in nodes if node.replies == 0}
    return set().union(*(_reachable(end, incoming) for end in ending)) if ending else set()


def _shape_problems(node: _RawNode) -> list[Problem]:
    if node.replies == 0:
        missing = [name for name in ("went_well", "try_next") if name not in node.ending_fields]
        if missing:
            return [(node.yaml, f"{node.where}: node '{node.id}' is an ending (it has no replies), so it needs"
                                f" {' and '.join(repr(name) for name in missing)}")]
        return []
    if not MIN_REPLIES <= node.replies <= MAX_REPLIES:
        return [(node.yaml, f"{node.where}: node '{node.id}' has {node.replies} replies; give the parent"
                            f" {MIN_REPLIES} to {MAX_REPLIES} to choose from (or none, for an ending)")]
    return []


def check_scenario(item: Node, values: dict[str, object], where: str) -> list[Problem]:
    """Every graph problem of one scenario whose fields are already valid."""
    from guardian_app.content.validator import suggestion

    nodes = _read_nodes(item, where)
    if not nodes:
        return []
    ids = {node.id for node in nodes}
    problems: list[Problem] = []
    edges: dict[str, list[str]] = {}
    for node in nodes:
        problems += _shape_problems(node)
        for target, yaml_node, next_where in node.nexts:
            if target not in ids:
                problems.append((yaml_node, f"{next_where}: unknown node '{target}'{suggestion(target, ids)}"
                                            f"; it must be the id of a node of this scenario"))
            else:
                edges.setdefault(node.id, []).append(target)
    if problems:
        return problems
    start = nodes[0].id
    reachable = _reachable(start, edges)
    ends = _can_end(nodes, edges)
    for node in nodes:
        if node.id not in reachable:
            problems.append((node.yaml, f"{node.where}: node '{node.id}' cannot be reached: no reply leads to"
                                        f" it from the first node '{start}'"))
        elif node.id not in ends:
            problems.append((node.yaml, f"{node.where}: from node '{node.id}' no reply ever reaches an ending"
                                        " (a node without replies): the conversation could never end"))
    return problems


# --- translations -----------------------------------------------------------------------------------------


def _shape(values: dict[str, object]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Node id -> its (reply id, next) pairs, in order."""
    shape: dict[str, tuple[tuple[str, str], ...]] = {}
    nodes: tuple[dict[str, object], ...] = values.get("nodes", ())  # type: ignore[assignment]
    for node in nodes:
        replies: tuple[dict[str, str], ...] = node.get("replies", ())  # type: ignore[assignment]
        shape[str(node["id"])] = tuple((reply["id"], reply["next"]) for reply in replies)
    return shape


def scenario_translation_issues(english: RawItem, translation: RawItem, language_name: str) -> list[ContentIssue]:
    """Where a translated scenario's nodes, replies or links differ from English."""
    english_shape = _shape(english.values)
    translated_shape = _shape(translation.values)
    where, item_id = translation.where, translation.id
    from_english = f"{english.path}:{english.line}"
    messages: list[str] = []
    for node_id, replies in english_shape.items():
        translated = translated_shape.get(node_id)
        if translated is None:
            messages.append(f"node '{node_id}' has no {language_name} text")
        elif translated != replies:
            messages.append(f"node '{node_id}' has other replies or links than in English"
                            f" ({', '.join(f'{r}->{n}' for r, n in replies)})")
    messages += [f"node '{node_id}' does not exist in English" for node_id in translated_shape
                 if node_id not in english_shape]
    return [ContentIssue(translation.path, translation.line, translation.column,
                         f"{where}: {language_name} scenario '{item_id}' is incomplete: {message}; English is"
                         f" shown (from {from_english})") for message in messages]


ITEM_CHECKS: dict[str, Callable[[Node, dict[str, object], str], list[Problem]]] = {"scenarios": check_scenario}
TRANSLATION_CHECKS: dict[str, Callable[[RawItem, RawItem, str], list[ContentIssue]]] = {
    "scenarios": scenario_translation_issues,
}
