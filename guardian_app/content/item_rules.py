"""Checks across the fields of one item, which the field tables of ``spec.py`` cannot express.

The validator runs the rule of an item's kind once the item's fields are valid each on their own; every
problem names the field it is about, so it is reported at that field's line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping


def _sign_ages(values: Mapping[str, object]) -> list[tuple[str, str]]:
    """A level given for an age band must be for a band the sign fits."""
    ages = values.get("ages") or ()
    by_age = values.get("level_by_age") or {}
    assert isinstance(ages, tuple) and isinstance(by_age, dict)
    if not ages:
        return []
    return [("level_by_age", f"a level is given for ages {band}, but 'ages' leaves them out"
                             f" (the sign fits {', '.join(ages)})")
            for band in by_age if band not in ages]


# kind key -> the rule: (field name, message) for each problem of one item's values
ITEM_RULES: dict[str, Callable[[Mapping[str, object]], list[tuple[str, str]]]] = {
    "signs": _sign_ages,
}
