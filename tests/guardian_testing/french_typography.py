"""French typography checks shared by the French content tests (no-break spaces, « » quotes)."""

from __future__ import annotations

import re

from guardian_app.content.links import plain

NO_BREAK_SPACES = "\u00a0\u202f"


def typography_problems(text: str) -> list[str]:
    """What breaks French typography in ``text``: missing no-break spaces, unbalanced or English quotes.

    Content links are checked by their words: a link's target (``guide:...``) is an id, not French."""
    text = plain(text)
    problems = []
    for match in re.finditer(r"[?!:;»]", text):
        before = text[match.start() - 1] if match.start() else ""
        if before not in NO_BREAK_SPACES:
            problems.append(f"no no-break space before {match.group(0)!r} at {match.start()}")
    for match in re.finditer("«", text):
        after = text[match.end()] if match.end() < len(text) else ""
        if after not in NO_BREAK_SPACES:
            problems.append(f"no no-break space after '«' at {match.start()}")
    if text.count("«") != text.count("»"):
        problems.append("unbalanced « »")
    if '"' in text:
        problems.append('English quotes " instead of « »')
    return problems
