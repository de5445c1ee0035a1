"""Read one YAML content file safely into a small tree of positioned nodes.

Content files come from counselors, translators and organisations' packs, so a file may be broken or hostile.
This module is the only place that touches the YAML parser, and it never constructs Python objects from YAML:
it walks libyaml's parser events (``yaml.CSafeLoader``) itself, with an explicit stack, so that

* huge files are refused from ``stat`` before a byte is read,
* anchors and aliases ("billion laughs") are refused at the first one,
* deep nesting (``[`` * 100000) is refused at a fixed depth, without Python recursion,
* explicit tags such as ``!!python/object`` are refused and never resolved, let alone constructed,
* every node keeps its position (libyaml's mark), so every problem reads ``path:line:col: message``.

Scalars keep their text and their *resolved* YAML 1.1 tag, so the validator can tell a quoted ``'no'`` (text)
from a bare ``no`` (a boolean) without ever turning one into the other.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Container
from pathlib import Path
from typing import Any, Protocol

import yaml
from yaml.resolver import Resolver

from guardian_app.content.model import ContentIssue

MAX_FILE_BYTES = 2 * 1024 * 1024
# Content needs six levels (file > list > item > steps > step > help_groups); 32 leaves room for packs.
MAX_DEPTH = 32

STR_TAG = "tag:yaml.org,2002:str"
INT_TAG = "tag:yaml.org,2002:int"
BOOL_TAG = "tag:yaml.org,2002:bool"
NULL_TAG = "tag:yaml.org,2002:null"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

# YAML's printable set (YAML 1.1 §5.1); anything else is refused by libyaml with a position that is a byte or
# character index depending on the build, so we find it ourselves and report an exact line and column.
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r"
_RESOLVER = Resolver()


class Mark(Protocol):
    """Where a node starts, as libyaml gives it (0-based); :func:`position` makes it 1-based."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


# A node is a plain tuple ``(tag, value, mark)``, the cheapest object Python makes (one is made per YAML value,
# hundreds of thousands for a large pack):
#
# * a scalar: its resolved YAML 1.1 tag (``STR_TAG``, ``INT_TAG``...), its text as written, its mark;
# * a mapping: ``(MAP, [key, value, key, value, ...], mark)``, keys and values flat, in file order;
# * a list: ``(SEQ, [child, ...], mark)``.
#
# ``MAP`` and ``SEQ`` are never a resolved tag, so one comparison of ``node[0]`` tells text from everything else.
Node = tuple[str, Any, Mark]
MAP = "map"
SEQ = "seq"
# Given the key node of a top-level list, what receives each of its items (None: keep them in the tree).
ListHandler = Callable[[Node], "Callable[[Node], None] | None"]


def position(node: Node) -> tuple[int, int]:
    """The node's 1-based (line, column), as editors show them."""
    mark = node[2]
    return mark.line + 1, mark.column + 1


def display_path(path: Path) -> str:
    """The path as people read it: relative to the current folder when it is inside it, else absolute."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(absolute)


def _is_printable_ascii(text: str) -> bool:
    """True when ``text`` is ASCII without a control character (other than tab and line breaks)."""
    return text.isascii() and not text.encode("ascii").translate(None, _PRINTABLE_ASCII)


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


def read_yaml_file(path: Path, on_list: ListHandler | None = None) -> tuple[Node | None, list[ContentIssue]]:
    """Read and parse one file; returns its root node, or None and the reasons it cannot be used.

    ``on_list`` takes the items of top-level lists while the file is parsed (see :func:`parse_yaml_text`).
    """
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
    return parse_yaml_text(text, shown, on_list)


def parse_yaml_text(text: str, shown_path: str,
                    on_list: ListHandler | None = None) -> tuple[Node | None, list[ContentIssue]]:
    """Parse YAML text (already decoded) into a node tree; never raises for any input (but what ``on_list`` raises).

    With ``on_list``, when a list opens as the value of a top-level key written as text (the first time that
    key is written), ``on_list(key_node)`` may give a receiver: then each item of the list is handed to it as
    soon as the item is complete, and is not kept in the tree (the list is left empty). Content files are a
    few long top-level lists, so each item is checked while its nodes are fresh, and no file's whole tree is
    ever held. The items handed over are only worth keeping if the file parses to the end (the root is not
    None).
    """

    def refuse(line: int, column: int, message: str) -> tuple[Node | None, list[ContentIssue]]:
        return None, [ContentIssue(shown_path, line, column, message)]

    if text.startswith("\ufeff"):
        text = text[1:]
    # Nearly every content file is ASCII, and then one C pass over its bytes proves it printable.
    bad = None if _is_printable_ascii(text) else _NOT_PRINTABLE.search(text)
    if bad:
        line, column = _line_col(text, bad.start())
        char = bad.group()
        what = "an unpaired surrogate" if "\ud800" <= char <= "\udfff" else "a control character"
        return refuse(line, column, f"{what} (U+{ord(char):04X}) is not allowed in a content file")
    # A character takes at most 4 bytes in UTF-8: only a long text needs encoding to be measured.
    if len(text) > MAX_FILE_BYTES // 4 and len(text.encode("utf-8")) > MAX_FILE_BYTES:
        return refuse(1, 1, "file is too large; content files are limited to 2 MB")
    try:
        root = _compose(text, on_list)
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


def _compose(text: str, on_list: ListHandler | None = None) -> Node | None:
    """Build the node tree from parser events with an explicit stack (no recursion, bounded depth).

    This loop runs once per YAML event of every content file, so it does as little as it can per event: it
    dispatches on the event's exact class (most frequent first), makes each node one tuple and appends it to
    the open collection's list (a mapping's keys and values alike, see :data:`Node`), and resolves plain
    scalars through a per-file cache over the resolver's first-character table (see :func:`_plain_tag`).
    A collection joins its parent when it ends, complete, so the items of a top-level list can be handed to
    the receiver ``on_list`` gives instead (see :func:`parse_yaml_text`).
    """
    loader = yaml.CSafeLoader(text)
    try:
        # Events are typed loosely in the stubs; each branch below knows its exact class.
        get_event: Callable[[], Any] = loader.get_event
        scalar_event = _ScalarEvent
        str_tag = STR_TAG
        first_chars = _resolved_first_chars()
        resolved: dict[str, str] = {}  # plain scalar text -> tag; keys and ids repeat all through a file
        documents = 0
        # The root lands in ``top``; ``append`` adds to the open collection's list, and the enclosing
        # collections wait on the stack (its length is the nesting depth).
        top: list[Node] = []
        append = top.append
        # Each open collection with its parent's ``append``: a collection joins its parent when it ends.
        stack: list[tuple[Callable[[Node], None], Node]] = []
        top_level = _TopLevelLists(on_list) if on_list is not None else None
        while True:
            event = get_event()
            if event is None:  # after the stream's end
                return top[0] if top else None
            cls = type(event)
            if cls is scalar_event:
                if event.anchor is not None or event.tag is not None:
                    _refuse_node_event(event)  # a tag (even '!') or an anchor: checked the slow way
                    append((str_tag, event.value, event.start_mark))  # only '!' gets here: text
                elif event.style:  # '' for plain; quoted and block scalars are text
                    append((str_tag, event.value, event.start_mark))
                else:
                    value = event.value
                    if value and value[0] not in first_chars:
                        append((str_tag, value, event.start_mark))
                    else:
                        tag = resolved.get(value)
                        if tag is None:
                            tag = resolved[value] = _plain_tag(value)
                        append((tag, value, event.start_mark))
            elif cls is _MappingEndEvent or cls is _SequenceEndEvent:
                # A collection joins its parent once it is complete (so a top-level list's item can be
                # handed over whole).
                parent_append, node = stack.pop()
                parent_append(node)
                append = parent_append
            elif cls is _MappingStartEvent or cls is _SequenceStartEvent:
                append = _open_collection(event, cls is _SequenceStartEvent, stack, append, top_level)
            elif cls is _DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise _Refused(mark.line + 1, mark.column + 1,
                                   "only one YAML document is allowed per file (remove '---')")
            elif cls is _AliasEvent:
                _refuse_node_event(event)
            elif cls not in _PLAIN_EVENTS:
                raise _Refused(1, 1, f"unexpected YAML event {cls.__name__}")
    finally:
        loader.dispose()


def _resolved_first_chars() -> Container[object]:
    """The resolver's implicit resolvers by first character: a plain scalar whose first character is not there
    (most words and sentences) is text, as in :func:`_plain_tag`, without hashing it into the cache."""
    first_chars: Container[object] = _RESOLVER.yaml_implicit_resolvers
    if None in first_chars:  # a resolver for any first character: never set by Guardian, always resolve
        return _ANY_FIRST_CHAR
    return first_chars


def _open_collection(event: Any, is_sequence: bool, stack: list[tuple[Callable[[Node], None], Node]],
                     append: Callable[[Node], None], top_level: _TopLevelLists | None) -> Callable[[Node], None]:
    """Open a mapping or list at ``event``: it waits on ``stack``; returns the ``append`` of its children."""
    if event.anchor is not None or event.tag is not None:
        _refuse_node_event(event)
    depth = len(stack)
    if depth >= MAX_DEPTH:
        mark = event.start_mark
        raise _Refused(mark.line + 1, mark.column + 1, f"nesting is too deep (more than {MAX_DEPTH} levels)")
    children: list[Node] = []
    node = (SEQ if is_sequence else MAP, children, event.start_mark)
    stack.append((append, node))
    if depth == 1 and top_level is not None and is_sequence:
        return top_level.receiver(stack[0][1]) or children.append
    return children.append


class _TopLevelLists:
    """Finds the receivers of top-level lists' items from a :data:`ListHandler` (see :func:`parse_yaml_text`)."""

    def __init__(self, on_list: ListHandler) -> None:
        self.on_list = on_list
        self.keys_seen: set[str] = set()  # text keys of the root mapping before ``scanned``
        self.scanned = 0

    def receiver(self, root: Node) -> Callable[[Node], None] | None:
        """What receives the items of a list opening at depth 1: None to keep them in the tree."""
        if root[0] != MAP or len(root[1]) % 2 == 0:  # not the value of a top-level key
            return None
        pairs = root[1]
        while self.scanned < len(pairs) - 1:
            key_node = pairs[self.scanned]
            if key_node[0] == STR_TAG:
                self.keys_seen.add(key_node[1])
            self.scanned += 2
        key_node = pairs[-1]
        if key_node[0] != STR_TAG or key_node[1] in self.keys_seen:
            return None
        return self.on_list(key_node)


class _EveryCharacter:
    """Stands for the resolver table when it has a wildcard entry: then no first character proves a text."""

    def __contains__(self, char: object) -> bool:
        return True


_ANY_FIRST_CHAR = _EveryCharacter()
_ScalarEvent = yaml.ScalarEvent
_MappingStartEvent = yaml.MappingStartEvent
_MappingEndEvent = yaml.MappingEndEvent
_SequenceStartEvent = yaml.SequenceStartEvent
_SequenceEndEvent = yaml.SequenceEndEvent
_DocumentStartEvent = yaml.DocumentStartEvent
_AliasEvent = yaml.AliasEvent
# Events that carry nothing the tree needs.
_PLAIN_EVENTS = frozenset({yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent})


def _refuse_node_event(event: Any) -> None:
    """Raise for an alias, an anchor or an explicit tag; returns only for the non-specific tag '!'."""
    mark = event.start_mark
    line, column = mark.line + 1, mark.column + 1
    if isinstance(event, yaml.AliasEvent):
        raise _Refused(line, column, f"aliases ('*{event.anchor}') are not allowed in content files;"
                                     " write the value out in full")
    if event.anchor is not None:
        raise _Refused(line, column, f"anchors ('&{event.anchor}') are not allowed in content"
                                     " files; write the value out in full")
    tag = getattr(event, "tag", None)
    if tag is not None and tag != "!":
        shown_tag = tag.replace("tag:yaml.org,2002:", "!!", 1)
        raise _Refused(line, column, f"tags such as '{shown_tag}' are not allowed in content"
                                     " files; quote the value if it is text")


def _plain_tag(value: str) -> str:
    """The YAML 1.1 tag of a plain scalar, exactly as ``Resolver.resolve`` gives it, without its overhead.

    The resolver keeps its implicit resolvers by the first character they can match: most plain scalars in
    content are words or sentences whose first character starts no number, boolean, null or date, and those
    are text without trying a single regular expression.
    """
    table = _RESOLVER.yaml_implicit_resolvers
    candidates = table.get(value[:1])
    wildcard = table.get(None)
    if not candidates and not wildcard:
        return STR_TAG
    for tag, regexp in (candidates or []) + (wildcard or []):
        if regexp.match(value):
            return str(tag)
    if _RESOLVER.yaml_path_resolvers:  # never set by Guardian; keep the resolver's own answer if it is
        return str(_RESOLVER.resolve(yaml.ScalarNode, value, (True, False)))
    return STR_TAG
