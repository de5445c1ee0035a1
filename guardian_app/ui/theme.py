"""Guardian's colours and style sheet, in one place.

Every colour a widget uses comes from a :class:`Palette` here, so contrast can be checked by a test (WCAG AA:
4.5:1 for text, 3:1 for focus rings and borders). Pages ask for colours by role, never by hex value.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Palette:
    name: str
    window: str  # page background
    surface: str  # cards and panels
    text: str
    muted_text: str  # secondary text, placeholders
    accent: str  # links, primary buttons (background), selected navigation
    on_accent: str  # text on accent
    help: str  # the "Get help now" button background: calm, clearly visible
    on_help: str
    urgent_bg: str  # urgent banner background
    urgent_text: str
    concern: str  # text colour for "concern" level labels
    watch: str  # text colour for "watch" level labels
    border: str  # card and input borders (>= 3:1 against surface)
    focus: str  # focus ring (>= 3:1 against window and surface)
    selection_bg: str
    selection_text: str
    stage_lit: str  # a stage on the timeline that ticked signs point to
    on_stage_lit: str


LIGHT = Palette(
    name="light",
    window="#f6f7f9",
    surface="#ffffff",
    text="#1d2430",
    muted_text="#4d5766",
    accent="#1f5f8b",
    on_accent="#ffffff",
    help="#1b6e4f",
    on_help="#ffffff",
    urgent_bg="#fdecea",
    urgent_text="#8a1c13",
    concern="#8a4b00",
    watch="#3b5570",
    border="#7b8696",
    focus="#1f5f8b",
    selection_bg="#1f5f8b",
    selection_text="#ffffff",
    stage_lit="#1f5f8b",
    on_stage_lit="#ffffff",
)

DARK = Palette(
    name="dark",
    window="#16191e",
    surface="#20242b",
    text="#e9edf2",
    muted_text="#b4bcc8",
    accent="#7cb8e6",
    on_accent="#0d1116",
    help="#5fc79c",
    on_help="#0d1116",
    urgent_bg="#4a1612",
    urgent_text="#ffd9d4",
    concern="#f0b566",
    watch="#a9c3de",
    border="#8590a0",
    focus="#7cb8e6",
    selection_bg="#7cb8e6",
    selection_text="#0d1116",
    stage_lit="#7cb8e6",
    on_stage_lit="#0d1116",
)

HIGH_CONTRAST = Palette(
    name="high-contrast",
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted_text="#ffffff",
    accent="#ffff00",
    on_accent="#000000",
    help="#00ff7f",
    on_help="#000000",
    urgent_bg="#000000",
    urgent_text="#ffff00",
    concern="#ffd700",
    watch="#ffffff",
    border="#ffffff",
    focus="#00ffff",
    selection_bg="#ffff00",
    selection_text="#000000",
    stage_lit="#ffff00",
    on_stage_lit="#000000",
)

PALETTES: dict[str, Palette] = {p.name: p for p in (LIGHT, DARK, HIGH_CONTRAST)}

_current: Palette = LIGHT


def current() -> Palette:
    """The palette in use now."""
    return _current


def set_current(palette: Palette) -> None:
    global _current
    _current = palette
