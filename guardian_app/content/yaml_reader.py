"""Read one YAML content file safely into a small tree of positioned nodes.

Content files come from counselors, translators and organisations' packs, so a file may be broken or hostile.
This module is the only place that touches the YAML parser, and it never constructs Python objects from YAML:
it walks libyaml's parser events (``yaml.CSafeLoader``) itself, with an explicit stack, so that

* huge files are refused from ``stat`` before a byte is read,
* anchors and aliases ("billion laughs") are refused at the first one,
* deep nesting (``[`` * 100000) is refused at a fixed depth, without Python recursion,
* explicit tags such as ``!!python/object`` are refused and never resolved, let alone constructed,
* every node keeps its 1-based line and column, so every problem reads ``path:line:col: message``.

Scalars keep their text and their *resolved* YAML 1.1 tag, so the validator can tell a quoted ``'no'`` (text)
from a bare ``no`` (a boolean) without ever turning one into the other.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from yaml.resolver import Resolver

from guardian_app.content.model import ContentIssue

MAX_FILE_BYTES = 2 * 1024 * 1024
# Content needs six levels (file > list > item > steps > step > help_groups); 32 leaves room for packs.
MAX_DEPTH = 32

STR_TAG = "tag:yaml.org,2002:str"
NodeKind = Literal["map", "seq", "scalar"]

# YAML's printable set (YAML 1.1 §5.1); anything else is refused by libyaml with a position that is a byte or
# character index depending on the build, so we find it ourselves and report an exact line and column.
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_RESOLVER = Resolver()


@dataclass(slots=True)
class Node:
    """A YAML node with its 1-based position. A mapping's ``items`` are (key, value) pairs in file order."""

    kind: NodeKind
    line: int
    column: int
    tag: str = STR_TAG  # resolved tag of a scalar (str, int, bool, null, float, timestamp...)
    value: str = ""  # text of a scalar, as written
    quoted: bool = False
    items: list[tuple[Node, Node]] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)


def display_path(path: Path) -> str:
    """The path as people read it: relative to the current folder when it is inside it, else absolute."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(absolute)


def _line_col(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _bytes_line_col(data: bytes, index: int) -> tuple[int, int]:
    # Columns are counted in characters, as editors show them; the prefix before the bad byte is valid UTF-8.
    line_start = data.rfind(b"\n", 0, index) + 1
    column = len(data[line_start:index].decode("utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, index) + 1, column


class _Refused(Exception):
    """Stops the event walk at the first problem that makes the rest of the file untrustworthy."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


def read_yaml_file(path: Path) -> tuple[Node | None, list[ContentIssue]]:
    """Read and parse one file; returns its root node, or None and the reasons it cannot be used."""
    shown = display_path(path)

    def refuse(line: int, column: int, message: str) -> tuple[Node | None, list[ContentIssue]]:
        return None, [ContentIssue(shown, line, column, message)]

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return refuse(1, 1, f"file is too large ({size / 1048576:.1f} MB);"
                                " content files are limited to 2 MB")
        with path.open("rb") as stream:
            # Read one byte past the cap: the file may have grown since stat.
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return refuse(1, 1, f"cannot read the file: {error.strerror or error}")
    if len(data) > MAX_FILE_BYTES:
        return refuse(1, 1, "file is too large; content files are limited to 2 MB")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _bytes_line_col(data, error.start)
        return refuse(line, column, f"invalid UTF-8 (byte 0x{data[error.start]:02X}); save the file as UTF-8")
    return parse_yaml_text(text, shown)


def parse_yaml_text(text: str, shown_path: str) -> tuple[Node | None, list[ContentIssue]]:
    """Parse YAML text (already decoded) into a node tree; never raises for any input."""

    def refuse(line: int, column: int, message: str) -> tuple[Node | None, list[ContentIssue]]:
        return None, [ContentIssue(shown_path, line, column, message)]

    if text.startswith("\ufeff"):
        text = text[1:]
    bad = _NOT_PRINTABLE.search(text)
    if bad:
        line, column = _line_col(text, bad.start())
        char = bad.group()
        what = "an unpaired surrogate" if "\ud800" <= char <= "\udfff" else "a control character"
        return refuse(line, column, f"{what} (U+{ord(char):04X}) is not allowed in a content file")
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        return refuse(1, 1, "file is too large; content files are limited to 2 MB")
    try:
        root = _compose(text)
    except _Refused as refused:
        return refuse(refused.line, refused.column, refused.message)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = error.problem or "invalid YAML"
        context = f" ({error.context})" if error.context else ""
        return refuse(line, column, f"YAML syntax error: {problem}{context}")
    except yaml.YAMLError as error:
        return refuse(1, 1, f"YAML error: {error}")
    if root is None:
        return refuse(1, 1, "file is empty; a content file needs top-level keys such as 'signs:'")
    return root, []


def _compose(text: str) -> Node | None:
    """Build the node tree from parser events with an explicit stack (no recursion, bounded depth)."""
    loader = yaml.CSafeLoader(text)
    try:
        root: Node | None = None
        documents = 0
        # Each open collection, and for mappings the key waiting for its value.
        stack: list[tuple[Node, Node | None]] = []

        def attach(node: Node) -> None:
            nonlocal root
            if not stack:
                root = node
                return
            parent, pending_key = stack[-1]
            if parent.kind == "seq":
                parent.children.append(node)
            elif pending_key is None:
                stack[-1] = (parent, node)
            else:
                parent.items.append((pending_key, node))
                stack[-1] = (parent, None)

        while loader.check_event():
            event = loader.get_event()
            mark = event.start_mark  # type: ignore[union-attr]
            line, column = mark.line + 1, mark.column + 1  # type: ignore[union-attr]
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _Refused(line, column, "only one YAML document is allowed per file (remove '---')")
                continue
            if isinstance(event, yaml.AliasEvent):
                raise _Refused(line, column, f"aliases ('*{event.anchor}') are not allowed in content files;"
                                             " write the value out in full")
            if isinstance(event, yaml.NodeEvent):
                if event.anchor is not None:
                    raise _Refused(line, column, f"anchors ('&{event.anchor}') are not allowed in content"
                                                 " files; write the value out in full")
                tag = getattr(event, "tag", None)
                if tag is not None and tag != "!":
                    shown_tag = tag.replace("tag:yaml.org,2002:", "!!", 1)
                    raise _Refused(line, column, f"tags such as '{shown_tag}' are not allowed in content"
                                                 " files; quote the value if it is text")
            if isinstance(event, yaml.ScalarEvent):
                plain = event.style in ("", None) and event.tag is None
                tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False)) if plain else STR_TAG
                attach(Node("scalar", line, column, tag=tag, value=event.value, quoted=not plain))
            elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                if len(stack) >= MAX_DEPTH:
                    raise _Refused(line, column, f"nesting is too deep (more than {MAX_DEPTH} levels)")
                node = Node("seq" if isinstance(event, yaml.SequenceStartEvent) else "map", line, column)
                attach(node)
                stack.append((node, None))
            elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                stack.pop()
        return root
    finally:
        loader.dispose()
