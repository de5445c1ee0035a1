"""Cards, the page's scrollable reading column, and the Qt palette built from a theme palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guardian_app.ui import theme
from guardian_app.ui.widgets.labels import READABLE_WIDTH_PX


class Card(QFrame):
    """A framed panel with its own vertical layout (``card.body``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(8)


class ScrollColumn(QScrollArea):
    """A scroll area holding one centred column of readable width; add widgets to ``column``.

    Pages that are longer than the window use this so text never gets clipped at large font sizes.
    """

    def __init__(self, parent: QWidget | None = None, *, max_width: int = READABLE_WIDTH_PX) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The controls inside are Tab stops and the area scrolls to them: the area itself would be a silent stop.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.setContentsMargins(32, 28, 32, 40)
        self.inner = QWidget(outer)
        self.inner.setMaximumWidth(max_width)
        self.column = QVBoxLayout(self.inner)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        # Stretch on both sides centres the column; its own large stretch lets it grow up to max_width first.
        outer_layout.addStretch(1)
        outer_layout.addWidget(self.inner, 100, Qt.AlignmentFlag.AlignTop)
        outer_layout.addStretch(1)
        self.setWidget(outer)


def qt_palette(palette: theme.Palette) -> QPalette:
    """A QPalette from a theme palette, so standard widgets (selection and placeholder text too) match.

    The 3D roles (Light, Mid, Dark, Shadow) are set too: Fusion draws frames, scroll bars and check boxes
    with them, and derived defaults vanish on a black high-contrast background.
    """
    qpal = QPalette()
    roles = {
        QPalette.ColorRole.Light: palette.border,
        QPalette.ColorRole.Midlight: palette.border,
        QPalette.ColorRole.Mid: palette.border,
        QPalette.ColorRole.Dark: palette.border,
        QPalette.ColorRole.Shadow: palette.border,
        QPalette.ColorRole.BrightText: palette.text,
        QPalette.ColorRole.Window: palette.window,
        QPalette.ColorRole.WindowText: palette.text,
        QPalette.ColorRole.Base: palette.surface,
        QPalette.ColorRole.AlternateBase: palette.window,
        QPalette.ColorRole.Text: palette.text,
        QPalette.ColorRole.Button: palette.surface,
        QPalette.ColorRole.ButtonText: palette.text,
        QPalette.ColorRole.Highlight: palette.selection_bg,
        QPalette.ColorRole.HighlightedText: palette.selection_text,
        QPalette.ColorRole.PlaceholderText: palette.muted_text,
        QPalette.ColorRole.Link: palette.accent,
        QPalette.ColorRole.LinkVisited: palette.accent,
        QPalette.ColorRole.ToolTipBase: palette.surface,
        QPalette.ColorRole.ToolTipText: palette.text,
    }
    for role, colour in roles.items():
        qpal.setColor(role, QColor(colour))
    # Disabled text stays readable (4.5:1, checked by tests/test_contrast.py), only quieter.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        qpal.setColor(QPalette.ColorGroup.Disabled, role, QColor(palette.muted_text))
    return qpal
