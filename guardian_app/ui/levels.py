"""How serious a warning sign is, in words and in colour: one place for every page that shows a level.

The words are translated in the context "Levels"; the colour comes from the theme in use. Colour is never
alone: the word always goes with it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from guardian_app.ui import theme

_WORDS: dict[str, str] = {
    "watch": str(QT_TRANSLATE_NOOP("Levels", "Watch")),
    "concern": str(QT_TRANSLATE_NOOP("Levels", "Concern")),
    "urgent": str(QT_TRANSLATE_NOOP("Levels", "Urgent")),
}


def level_words(level_id: str) -> str:
    """A level in a word ("Urgent" is always spelled out); an unknown id as it is."""
    words = _WORDS.get(level_id)
    return QCoreApplication.translate("Levels", words) if words else level_id


def level_colour(level_id: str, default: str = "") -> str:
    """The theme's text colour for a level; ``default`` (else the theme's text colour) for an unknown id."""
    palette = theme.current()
    colours = {"urgent": palette.urgent_text, "concern": palette.concern, "watch": palette.watch}
    return colours.get(level_id, default or palette.text)


def level_style(level_id: str, calm: bool = False) -> str:
    """A level's style sheet for the counselor; calm (the family view) shows the words alone, in the text colour."""
    if calm:
        return ""
    weight = "font-weight: 600;" if level_id in ("urgent", "concern") else ""
    return f"color: {level_colour(level_id, theme.current().muted_text)}; {weight}"
