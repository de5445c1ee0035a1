"""Guardian's colours and style sheet, in one place.

Every colour a widget uses comes from a :class:`Palette` here, so contrast can be checked by a test (WCAG AA:
4.5:1 for text, 3:1 for focus rings and borders). Pages ask for colours by role, never by hex value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from guardian_app.paths import asset_path


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

# The View > Theme choices, saved in settings under THEME_SETTING. "system" follows the platform's light or
# dark colour scheme, live (EN 301 549 11.7: follow the user's platform colour preferences).
THEME_SETTING = "view/theme"
THEME_SYSTEM = "system"
THEME_CHOICES: tuple[str, ...] = (THEME_SYSTEM, LIGHT.name, DARK.name, HIGH_CONTRAST.name)

_current: Palette = LIGHT


def palette_for(choice: str, system_is_dark: bool = False) -> Palette:
    """The palette for a theme choice; "system" (or anything unknown) follows the platform's scheme."""
    if choice in PALETTES:
        return PALETTES[choice]
    return DARK if system_is_dark else LIGHT


def text_pairs(palette: Palette) -> dict[str, tuple[str, str]]:
    """Every (text colour, background) pair Guardian draws text with; each needs 4.5:1 (WCAG 1.4.3)."""
    p = palette
    return {
        "body text on page": (p.text, p.window),
        "body text on card": (p.text, p.surface),
        "muted, placeholder and disabled text on page": (p.muted_text, p.window),
        "muted, placeholder and disabled text on card": (p.muted_text, p.surface),
        "link on page": (p.accent, p.window),
        "link on card": (p.accent, p.surface),
        "primary button": (p.on_accent, p.accent),
        "focused primary button": (p.accent, p.surface),
        "Get help button": (p.on_help, p.help),
        "focused Get help button": (p.text, p.surface),
        "urgent banner": (p.urgent_text, p.urgent_bg),
        "urgent level word": (p.urgent_text, p.surface),
        "concern level word": (p.concern, p.surface),
        "watch level word": (p.watch, p.surface),
        "selected row": (p.selection_text, p.selection_bg),
        "lit stage number": (p.on_stage_lit, p.stage_lit),
    }


def non_text_pairs(palette: Palette) -> dict[str, tuple[str, str]]:
    """Borders, focus rings and indicators against what they sit on; each needs 3:1 (WCAG 1.4.11)."""
    p = palette
    return {
        "input and check box border on card": (p.border, p.surface),
        "input and check box border on page": (p.border, p.window),
        "focus ring on page": (p.focus, p.window),
        "focus ring on card": (p.focus, p.surface),
        "focus marker on the selected page name": (p.selection_text, p.selection_bg),
        "urgent banner frame": (p.urgent_text, p.urgent_bg),
        "lit stage circle": (p.stage_lit, p.surface),
        "check mark": (p.text, p.surface),
    }


def current() -> Palette:
    """The palette in use now."""
    return _current


def set_current(palette: Palette) -> None:
    global _current
    _current = palette


# --- check box indicators -----------------------------------------------------------------------------------
# Fusion draws an empty box's border from the window colour, which vanishes on the black high-contrast
# background. The style sheet draws the box itself (border ``border``, 3:1 against cards and pages) and shows
# the mark from a small SVG in the theme's text colour: style sheets can only show marks from files, so one file
# per palette, state and (dis)abled colour ships under ``assets/indicators/``, written by
# ``python -m guardian_app.ui.theme`` and checked against the palettes by tests/ui/test_themes.py. (Drawing the
# box from Python, in a QProxyStyle, called into Python for every control Qt painted: ~60 ms at start-up.)
INDICATOR_MARKS = {
    "checked": '<polyline points="4.4,10.4 8.4,14.4 15.6,5.6"/>',
    "indeterminate": '<line x1="5" y1="10" x2="15" y2="10"/>',
}


def indicator_svg(colour: str, mark: str) -> str:
    """The SVG of one check mark (``checked`` or ``indeterminate``) drawn in ``colour``."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20">'
        f'<g fill="none" stroke="{colour}" stroke-width="2.8" stroke-linecap="round" stroke-linejoin="round">'
        f"{INDICATOR_MARKS[mark]}</g></svg>\n"
    )


def indicator_files(palette: Palette) -> dict[Path, str]:
    """Every indicator file ``palette`` needs, with the text it must hold."""
    files = {}
    for mark in INDICATOR_MARKS:
        files[indicator_path(palette, mark)] = indicator_svg(palette.text, mark)
        files[indicator_path(palette, mark, enabled=False)] = indicator_svg(palette.muted_text, mark)
    return files


def indicator_path(palette: Palette, mark: str, *, enabled: bool = True) -> Path:
    return asset_path(f"indicators/{palette.name}-{mark}{'' if enabled else '-disabled'}.svg")


def _indicator_rules(palette: Palette, size_px: int) -> str:
    p = palette
    views = ("QCheckBox", "QAbstractItemView")

    def selectors(state: str) -> str:
        return ", ".join(f"{view}::indicator{state}" for view in views)

    def url(mark: str, enabled: bool = True) -> str:
        return f'url("{indicator_path(p, mark, enabled=enabled).as_posix()}")'

    return f"""
{selectors("")} {{
    width: {size_px}px; height: {size_px}px; background: {p.surface}; border: 2px solid {p.border};
    border-radius: 3px;
}}
{selectors(":disabled")} {{ border-color: {p.muted_text}; }}
{selectors(":checked")} {{ image: {url("checked")}; }}
{selectors(":indeterminate")} {{ image: {url("indeterminate")}; }}
{selectors(":checked:disabled")} {{ image: {url("checked", False)}; }}
{selectors(":indeterminate:disabled")} {{ image: {url("indeterminate", False)}; }}
"""


def write_indicator_files() -> list[Path]:
    """(Re)write ``assets/indicators/`` from the palettes; returns the files written."""
    written = []
    for palette in PALETTES.values():
        for path, text in indicator_files(palette).items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            written.append(path)
    return written


def stylesheet(palette: Palette, base_point_size: float = 11.0) -> str:
    """The main window's style sheet for ``palette``, with text sizes scaled from ``base_point_size``.

    Sizes are in points derived from the base size, so presentation mode can re-apply the sheet with a larger
    base. Widgets opt in to roles with a dynamic property, e.g. ``label.setProperty("role", "h1")``:
    ``h1``, ``h2``, ``h3`` (headings), ``lead`` (a larger opening paragraph), ``muted`` (secondary text),
    ``card`` (a framed panel), ``link`` (a flat button that reads like a link), ``primary`` (a filled button),
    ``entry`` (a large entry-point button, see :class:`guardian_app.ui.widgets.EntryButton`).
    """
    p = palette
    size = base_point_size

    def pt(factor: float) -> str:
        return f"{size * factor:.1f}pt"

    return (_text_and_frames(p, pt) + _buttons_and_lists(p, pt) + _fields_and_menus(p, pt)
            + _indicator_rules(p, round(size * 1.5)))


_Points = Callable[[float], str]


def _text_and_frames(p: Palette, pt: _Points) -> str:
    """Windows, scroll areas, labels and their roles, cards, the header."""
    return f"""
QMainWindow, QDialog {{ background: {p.window}; color: {p.text}; }}
QWidget#centralArea, QStackedWidget#pageStack {{ background: {p.window}; }}
QScrollArea {{ background: {p.window}; border: none; }}
QScrollArea > QWidget > QWidget {{ background: {p.window}; }}
QLabel {{ color: {p.text}; }}
QLabel[role="h1"] {{ font-size: {pt(2.0)}; font-weight: 600; }}
QLabel[role="h2"] {{ font-size: {pt(1.5)}; font-weight: 600; }}
QLabel[role="h3"] {{ font-size: {pt(1.2)}; font-weight: 600; }}
QLabel[role="lead"] {{ font-size: {pt(1.2)}; }}
QLabel[role="muted"] {{ color: {p.muted_text}; }}
QFrame[role="card"] {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 8px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame#headerBar {{ background: {p.surface}; border-bottom: 1px solid {p.border}; }}
QLabel#appTitle {{ font-size: {pt(1.5)}; font-weight: 600; color: {p.text}; background: transparent; }}
"""


def _buttons_and_lists(p: Palette, pt: _Points) -> str:
    """Buttons and their roles, the page list, the content banner, the search panel."""
    return f"""QPushButton {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: 6px;
    padding: 6px 14px; min-height: 24px; font-size: {pt(1.0)};
}}
QPushButton:hover {{ border-color: {p.accent}; }}
QPushButton:focus {{ border: 2px solid {p.focus}; }}
QPushButton:disabled {{ color: {p.muted_text}; }}
QPushButton[role="primary"] {{ background: {p.accent}; color: {p.on_accent}; border-color: {p.accent}; }}
QPushButton[role="primary"]:focus {{
    background: {p.surface}; color: {p.accent}; border: 3px solid {p.focus};
}}
QPushButton[role="link"] {{
    background: transparent; border: none; color: {p.accent}; text-decoration: underline; padding: 2px 0;
    text-align: left; font-size: {pt(1.1)};
}}
QPushButton[role="link"]:focus {{ border: 2px solid {p.focus}; }}
QPushButton[role="link"] QLabel {{
    color: {p.accent}; background: transparent; text-decoration: underline; font-size: {pt(1.1)};
}}
QPushButton#getHelpButton {{
    background: {p.help}; color: {p.on_help}; border: 2px solid {p.help}; border-radius: 8px;
    font-size: {pt(1.25)}; font-weight: 600; padding: 8px 22px; min-height: 32px;
}}
QPushButton#getHelpButton:focus {{ background: {p.surface}; color: {p.text}; border: 3px solid {p.focus}; }}
QPushButton#quickExitButton {{ font-size: {pt(1.1)}; padding: 8px 16px; min-height: 32px; }}
QPushButton[role="entry"] {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: 10px; padding: 0;
    text-align: left;
}}
QPushButton[role="entry"]:hover {{ border: 2px solid {p.accent}; }}
QPushButton[role="entry"]:focus {{ border: 3px solid {p.focus}; }}
QPushButton[role="entry"] QLabel {{ background: transparent; }}
QLabel#entryDescription {{ font-size: {pt(1.05)}; color: {p.muted_text}; }}
QListWidget#navigation {{
    background: {p.surface}; color: {p.text}; border: none; border-right: 1px solid {p.border};
    font-size: {pt(1.1)}; outline: none;
}}
QListWidget#navigation::item {{ padding: 10px 14px; border-left: 4px solid transparent; }}
QListWidget#navigation::item:selected {{
    background: {p.selection_bg}; color: {p.selection_text}; border-left: 4px solid {p.focus};
}}
QListWidget#navigation:focus {{ border: 2px solid {p.focus}; }}
QListWidget#navigation::item:selected:focus {{ border-left: 6px solid {p.selection_text}; }}
QFrame#contentBanner {{ background: {p.surface}; border: 2px solid {p.accent}; border-radius: 8px; }}
QFrame#contentBanner QLabel {{ background: transparent; }}
QFrame#searchPanel {{ background: {p.surface}; border-bottom: 1px solid {p.border}; }}
"""


def _fields_and_menus(p: Palette, pt: _Points) -> str:
    """Text fields, check boxes, combo boxes, item views, menus, the status bar, tooltips."""
    return f"""QLineEdit, QTextEdit, QPlainTextEdit {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: 4px; padding: 4px;
    selection-background-color: {p.selection_bg}; selection-color: {p.selection_text};
}}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {p.focus}; }}
QListWidget#searchResults {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    selection-background-color: {p.selection_bg}; selection-color: {p.selection_text};
}}
QListWidget#searchResults::item {{ padding: 6px; border-bottom: 1px solid {p.border}; }}
QListWidget#searchResults::item:selected {{ background: {p.selection_bg}; color: {p.selection_text}; }}
QStatusBar {{ background: {p.surface}; color: {p.text}; }}
QStatusBar QLabel {{ color: {p.text}; }}
QLineEdit:disabled, QTextEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled, QCheckBox:disabled {{
    color: {p.muted_text};
}}
QCheckBox, QRadioButton {{
    color: {p.text}; background: transparent; spacing: 8px; padding: 2px 4px;
    border: 2px solid transparent; border-radius: 4px;
}}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {p.focus}; }}
QCheckBox[role="step"] {{ font-size: {pt(1.2)}; font-weight: 600; }}
QComboBox {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: 4px;
    padding: 4px 8px; min-height: 22px;
}}
QComboBox:focus {{ border: 2px solid {p.focus}; }}
QComboBox QAbstractItemView {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    selection-background-color: {p.selection_bg}; selection-color: {p.selection_text};
}}
QTreeView, QListView, QTableView {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    selection-background-color: {p.selection_bg}; selection-color: {p.selection_text};
}}
QTreeView:focus, QListView:focus, QTableView:focus {{ border: 2px solid {p.focus}; }}
QHeaderView::section {{
    background: {p.window}; color: {p.text}; border: none; border-bottom: 1px solid {p.border}; padding: 4px;
}}
QToolButton {{ color: {p.text}; border: 2px solid transparent; border-radius: 4px; }}
QToolButton:focus {{ border: 2px solid {p.focus}; }}
QMenuBar {{ background: {p.surface}; color: {p.text}; }}
QMenuBar::item:selected {{ background: {p.selection_bg}; color: {p.selection_text}; }}
QMenu {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}
QMenu::item:selected {{ background: {p.selection_bg}; color: {p.selection_text}; }}
QMenu::item:disabled {{ color: {p.muted_text}; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}
"""


if __name__ == "__main__":
    for written_file in write_indicator_files():
        print(written_file)
