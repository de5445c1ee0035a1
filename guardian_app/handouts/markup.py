"""Small HTML helpers shared by the handouts (Qt-free): the page around a body, typed text with its breaks."""

from __future__ import annotations

from html import escape


def document(title: str, body: list[str]) -> str:
    """A whole HTML page with ``title`` and the ``body`` parts."""
    return ("<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head><body>"
            + "".join(body) + "</body></html>")


def paragraphs(text: str) -> str:
    """Typed text keeps its line breaks on paper."""
    return "<br>".join(escape(line) for line in text.strip().splitlines())
