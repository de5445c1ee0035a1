"""What the validator hands the loader: valid items as read from one file, and the references they hold.

A :class:`RawItem` is one item before languages, packs and references are merged; each :class:`Ref` is one id
it names, kept with where it was written until every file is read and the loader resolves it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

# Words longer than this get no "did you mean": difflib's cost grows with the square of their length.
_MAX_SUGGESTED_WORD = 64


class Ref(NamedTuple):
    """A reference from one item to another, kept with where it was written.

    There is one per id written, kept until every file is read, so it is a tuple made in C (see ``new_ref``)
    that keeps only what it is given: libyaml's 0-based line and column (int objects the mark already holds)
    rather than the mark, and its place in words is worked out when asked, for a reference found broken.
    """

    target: str  # kind key, e.g. "stages"
    value: str
    within: str  # where the field holding the id is, e.g. "signs[3]" (shared by the item's references)
    field: str  # that field's name, e.g. "stages", or '' when ``within`` names the field itself
    place: int  # the id's place in the field's list, or -1 for an id on its own
    mark_line: int  # 0-based
    mark_column: int

    @property
    def where(self) -> str:
        """E.g. "signs[3].stages[0]"."""
        where = f"{self.within}.{self.field}" if self.field else self.within
        return where if self.place < 0 else f"{where}[{self.place}]"

    @property
    def line(self) -> int:
        return self.mark_line + 1

    @property
    def column(self) -> int:
        return self.mark_column + 1


# Makes a Ref from one tuple of its fields in C, without the named tuple's Python-level ``__new__``.
new_ref = tuple.__new__


@dataclass(slots=True)
class RawItem:
    """One valid item as read from one file, before languages, packs and references are merged."""

    kind: str
    id: str
    values: dict[str, object]
    path: str  # as shown to people
    line: int
    column: int
    where: str  # e.g. "signs[3]"
    origin: str  # the content folder (built-in or pack) the item came from
    refs: list[Ref] = field(default_factory=list)


def suggestion(word: str, choices: object) -> str:
    """' (did you mean 'x'?)' when a close known word exists, else ''."""
    if len(word) > _MAX_SUGGESTED_WORD:
        return ""
    import difflib  # only ever needed for a mistake: keep it off the start-up path

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)  # type: ignore[call-overload]
    return f" (did you mean '{close[0]}'?)" if close else ""
