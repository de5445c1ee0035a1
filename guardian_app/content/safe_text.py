"""Text from content files and file names, made safe to print on one line of a terminal or a notice.

A pack is written by someone else: its file names and values may hold newlines (that would forge extra
``path:line:col:`` lines), terminal escape codes (colours, cursor moves, a changed window title), invisible
format characters (right-to-left overrides) or bytes that are not UTF-8 (kept by Python as lone surrogates,
which cannot even be printed). :func:`printable` writes every such character as a visible escape.
"""

from __future__ import annotations

# Python's "surrogateescape" keeps an undecodable byte 0xNN of a file name as the lone surrogate U+DCNN.
_ESCAPED_BYTES = range(0xDC80, 0xDD00)


def _escape(char: str) -> str:
    code = ord(char)
    if code in _ESCAPED_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(text: str) -> str:
    """``text`` with every character that is not printable (controls, escapes, line and paragraph separators,
    format characters, lone surrogates) written as a visible ``\\xNN`` / ``\\uNNNN`` escape; spaces stay."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() or char == " " else _escape(char) for char in text)
