"""Check every content link (``[words](kind:id#part)``, see ``links.py``) once all files are merged.

A link to a page, guide, step, situation or resource that does not exist is an error at the exact
``path:line:col`` of its target, so ``guardian-app validate`` fails. The item stays in: the app shows the
link's words as plain text, and the parent still reads the sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from guardian_app.content.links import LINK_MARK, PAGE_IDS, TARGET_KINDS, parse_target, raw_links
from guardian_app.content.model import ContentIssue
from guardian_app.content.validator import RawItem, suggestion

#: The field of a situation step that holds a bare target (not a link in running text).
TARGET_FIELD = "link"
_KIND_LIST = ", ".join(TARGET_KINDS)


def _texts(value: object, path: list[str], field: str, bare: bool) -> Iterator[tuple[str, str, str]]:
    """The texts inside an item's values that hold a link mark (or, with ``bare``, a ``link`` target), each
    with where it is and the name of the field holding it. Other texts are passed over in place."""
    if isinstance(value, str):
        yield "".join(path), field, value
        return
    children: Iterable[tuple[str, object]]
    if isinstance(value, dict):
        children = value.items()
    elif isinstance(value, tuple):
        children = ((f"[{index}]", child) for index, child in enumerate(value))
    else:
        return
    for name, child in children:
        child_field = field if name.startswith("[") else name
        if type(child) is str and LINK_MARK not in child and not (bare and child_field == TARGET_FIELD):
            continue
        path.append(name if name.startswith("[") else f".{name}")
        yield from _texts(child, path, child_field, bare)
        path.pop()


def _has_mark(values: Iterable[object]) -> bool:
    """Whether any text inside ``values`` may hold a link: a quick pass (texts are tested in place, only lists
    and objects cost a call), so the items without links, nearly all of them, cost little more."""
    for value in values:
        kind = type(value)
        if kind is str:
            if LINK_MARK in value:  # type: ignore[operator]
                return True
        elif kind is tuple:
            if _has_mark(value):  # type: ignore[arg-type]
                return True
        elif kind is dict and _has_mark(value.values()):  # type: ignore[attr-defined]
            return True
    return False


class _Positions:
    """Finds where a target is written in a file, reading each file once, only when a problem is found."""

    def __init__(self) -> None:
        self._files: dict[str, str | None] = {}

    def find(self, item: RawItem, needle: str, after: int, shift: int = 0) -> tuple[int, int, int]:
        """(line, column, offset) of ``needle`` (``shift`` characters in) at or after offset ``after`` in the
        item's file; the item's own position when it cannot be found."""
        text = self._files.get(item.path, "")
        if item.path not in self._files:
            try:
                text = Path(item.path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                text = None
            self._files[item.path] = text
        if not text:
            return item.line, item.column, after
        if after == 0:
            after = _offset_of_line(text, item.line)
        index = text.find(needle, after)
        if index < 0:
            return item.line, item.column, after
        line_start = text.rfind("\n", 0, index) + 1
        return text.count("\n", 0, index) + 1, index - line_start + 1 + shift, index + len(needle)


def _offset_of_line(text: str, line: int) -> int:
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            return 0
    return offset


def target_problem(target_text: str, merged: Mapping[str, Mapping[str, RawItem]]) -> str:
    """What is wrong with a link target, or '' when it points at something that exists."""
    target = parse_target(target_text)
    if target is None:
        kind = target_text.partition(":")[0]
        if ":" in target_text and kind not in TARGET_KINDS:
            return f"unknown link kind '{kind}'{suggestion(kind, TARGET_KINDS)} (use one of: {_KIND_LIST})"
        return (f"'{target_text}' is not a link target; write kind:id or kind:id#step, e.g."
                " guide:someone-is-threatening-my-child#stop-contact")
    if target.kind == "page":
        known: Mapping[str, object] = dict.fromkeys(PAGE_IDS)
    else:
        known = merged.get(TARGET_KINDS[target.kind], {})
    if target.id not in known:
        return f"link to unknown {target.kind} '{target.id}'{suggestion(target.id, known)}"
    if target.part and target.kind != "guide":
        return f"'#{target.part}': only a guide link may point at a part (a step)"
    if target.part:
        guide = merged["guides"][target.id]
        steps = {str(step["id"]): step for step in guide.values.get("steps", ())  # type: ignore[attr-defined]
                 if isinstance(step, dict)}
        if target.part not in steps:
            return (f"link to unknown step '{target.part}' of guide '{target.id}'"
                    f"{suggestion(target.part, steps)}")
    return ""


def check_links(merged: Mapping[str, Mapping[str, RawItem]]) -> list[ContentIssue]:
    """An error for every broken link in every merged item."""
    issues: list[ContentIssue] = []
    positions = _Positions()
    # The same few targets come back in many texts: each is judged once.
    judged: dict[str, str] = {}

    def problem_of(target_text: str) -> str:
        problem = judged.get(target_text)
        if problem is None:
            problem = judged[target_text] = target_problem(target_text, merged)
        return problem

    for kind, items in merged.items():
        bare_targets = kind == "help_situations"  # their steps' ``link`` fields hold targets on their own
        for item in items.values():
            if not bare_targets and not _has_mark(item.values.values()):
                continue
            after = 0
            for where, field, text in _texts(item.values, [item.where], "", bare_targets):
                if bare_targets and field == TARGET_FIELD:
                    problem = problem_of(text)
                    if problem:
                        line, column, after = positions.find(item, text, after)
                        issues.append(ContentIssue(item.path, line, column, f"{where}: {problem}"))
                    continue
                if LINK_MARK not in text:
                    continue
                links = raw_links(text)
                if text.count(LINK_MARK) > len(links):
                    line, column, after = positions.find(item, LINK_MARK, after)
                    issues.append(ContentIssue(item.path, line, column,
                                               f"{where}: a link must be written [words](kind:id) with no"
                                               " space or line break inside the brackets"))
                for link in links:
                    problem = problem_of(link.target_text)
                    if problem:
                        line, column, after = positions.find(item, f"]({link.target_text})", after, 2)
                        issues.append(ContentIssue(item.path, line, column, f"{where}: {problem}"))
    return issues
