"""Warning signs for one age band, without Qt.

Signs name the age bands they fit (``Sign.ages``; none named: every age) and may give a different level at some
ages (``Sign.level_by_age``). A page that lets a parent choose their child's age shows only the signs that fit,
and reads every level at that age: :func:`at_age` gives the content as it reads for that age, so whatever is
worked out from the signs' levels (the urgent banner, the most serious level, next steps) follows the age too.
The age is never stored: it says something about a family.
"""

from __future__ import annotations

import dataclasses

from guardian_app.content.model import Content, Sign


def signs_for_age(content: Content, age_band: str | None) -> tuple[Sign, ...]:
    """The signs that fit ``age_band`` (every sign when it is None), in content order."""
    return tuple(sign for sign in content.signs if sign.fits_age(age_band))


def at_age(content: Content, age_band: str | None) -> Content:
    """``content`` with each sign's level the one it has at ``age_band``.

    Every sign stays (a sign ticked before the age was chosen still counts); ``content`` itself comes back
    when no level changes.
    """
    if age_band is None or not any(sign.level_by_age for sign in content.signs):
        return content
    signs = tuple(
        dataclasses.replace(sign, level=level) if (level := sign.level_for(age_band)) != sign.level else sign
        for sign in content.signs
    )
    if all(new is old for new, old in zip(signs, content.signs, strict=True)):
        return content
    return dataclasses.replace(content, signs=signs)
