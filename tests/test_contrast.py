"""WCAG contrast of every theme's colour pairs, computed from ``theme.py`` (no Qt needed).

Text needs 4.5:1 (WCAG 1.4.3), borders, focus rings and indicators 3:1 (WCAG 1.4.11).
"""

from __future__ import annotations

import pytest

from guardian_app.ui import theme


def relative_luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_formula_matches_the_wcag_example() -> None:
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)


@pytest.mark.parametrize("palette", theme.PALETTES.values(), ids=lambda p: p.name)
def test_text_pairs_reach_4_5(palette: theme.Palette) -> None:
    low = {name: round(contrast(fg, bg), 2) for name, (fg, bg) in theme.text_pairs(palette).items()
           if contrast(fg, bg) < 4.5}
    assert not low, f"{palette.name}: text below 4.5:1: {low}"


@pytest.mark.parametrize("palette", theme.PALETTES.values(), ids=lambda p: p.name)
def test_non_text_pairs_reach_3(palette: theme.Palette) -> None:
    low = {name: round(contrast(fg, bg), 2) for name, (fg, bg) in theme.non_text_pairs(palette).items()
           if contrast(fg, bg) < 3.0}
    assert not low, f"{palette.name}: borders or focus rings below 3:1: {low}"


def test_every_palette_colour_is_in_a_checked_pair() -> None:
    for palette in theme.PALETTES.values():
        pairs = {**theme.text_pairs(palette), **theme.non_text_pairs(palette)}
        used = {colour for pair in pairs.values() for colour in pair}
        fields = {name: value for name, value in vars(palette).items() if name != "name"}
        unchecked = {name for name, value in fields.items() if value not in used}
        assert not unchecked, f"{palette.name}: colours never checked: {unchecked}"


def test_system_theme_follows_the_platform_scheme() -> None:
    assert theme.palette_for(theme.THEME_SYSTEM, system_is_dark=True) is theme.DARK
    assert theme.palette_for(theme.THEME_SYSTEM, system_is_dark=False) is theme.LIGHT
    assert theme.palette_for("high-contrast") is theme.HIGH_CONTRAST
    assert set(theme.THEME_CHOICES) == {"system", "light", "dark", "high-contrast"}
