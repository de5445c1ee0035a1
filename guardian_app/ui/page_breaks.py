"""Page breaks for handouts: a heading stays with what follows it, and a step or paragraph never splits.

Qt's rich text reads ``page-break-before/after: always`` but not ``avoid``. So, once a document is laid out for
pages, :func:`keep_together` moves to the next page any block that would run across a page boundary (when it
fits on one page) and any heading left alone at the bottom of a page, one at a time, until none is left.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

# A document rarely needs more than a few moves; this only bounds a pathological one.
_MAX_MOVES = 200


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


def _first_problem(document: QTextDocument, page_height: float) -> QTextBlock | None:
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        following = block.next()
        if rect.height() < page_height and not _in_table(block):
            top = _page_of(rect.top() + 0.5, page_height)
            if top != _page_of(rect.bottom() - 0.5, page_height):
                return block  # runs across a page boundary
            if _is_heading(block) and following.isValid():
                next_rect = layout.blockBoundingRect(following)
                if _page_of(next_rect.top() + 0.5, page_height) > top:
                    return block  # a heading alone at the bottom of a page
        block = following
    return None


def keep_together(document: QTextDocument) -> int:
    """Move blocks to the next page until no heading or step is split; returns how many moved."""
    page_height = document.pageSize().height()
    if page_height <= 0:
        return 0
    moved = 0
    while moved < _MAX_MOVES:
        block = _first_problem(document, page_height)
        if block is None:
            break
        # Move the heading just above too, so it stays with this block.
        target = block.previous() if block.previous().isValid() and _is_heading(block.previous()) else block
        fmt = target.blockFormat()
        if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            break  # already at the top of a page: it cannot do better
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(target).setBlockFormat(fmt)
        moved += 1
    return moved
