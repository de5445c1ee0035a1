"""Get help now starts from what is happening: the "What is happening?" buttons and the chosen situation.

One button per situation (a click, or Tab then Space) puts that situation's lines first; a second click on the
chosen button goes back to the lines for every situation. The chosen situation shows its first steps, each a
link to where to act, its guide, and a plain sentence when the region has no line of a kind it needs. What a
parent chose is never saved: it says something about a family.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from guardian_app.content.links import HREF_PREFIX
from guardian_app.content.model import HelpSituation
from guardian_app.ui.context import AppContext
from guardian_app.ui.widgets.buttons import LinkButton, NaturalWrapButton
from guardian_app.ui.widgets.content_text import content_label, make_links_open
from guardian_app.ui.widgets.labels import plain_tooltip
from guardian_app.ui.widgets.layouts import FlowLayout, fit_direction


def situations_style(help_colour: str, focus: str, border: str, surface: str) -> str:
    """Colours of the situation buttons. The chosen one has a thick border and a check mark in its words (and
    "chosen" in its accessible name): never colour alone."""
    return f"""
QPushButton[role="situation"] {{ border: 1px solid {border}; border-radius: 8px; background: {surface}; }}
QPushButton[role="situation"]:checked {{ border: 3px solid {help_colour}; }}
QPushButton[role="situation"]:focus {{ border: 3px solid {focus}; }}
QPushButton[role="situation"] QLabel {{ background: transparent; }}
QFrame#situationPanel {{ border: 2px solid {help_colour}; border-radius: 10px; background: {surface}; }}
QFrame#situationPanel QLabel {{ background: transparent; }}
"""


class SituationButton(NaturalWrapButton):
    """A situation's button: its title wraps at large text sizes instead of widening the page."""


class SituationPicker(QWidget):
    """ "What is happening?": one checkable button per situation; at most one is chosen.

    Signals:
        chosen(str): the situation chosen, or '' when the chosen one was clicked again.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("situationPicker")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "h2")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self.flow = FlowLayout(spacing=8)
        column.addLayout(self.flow)
        self.buttons: dict[str, SituationButton] = {}
        self.current = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What is happening?"))
        self.hint.setText(self.tr("Choose what fits best: the lines for it come first. Choose it again to see"
                                  " the lines for every situation."))
        for situation_id, button in self.buttons.items():
            self._name(button, situation_id, button.property("title") or "")

    def set_situations(self, situations: tuple[HelpSituation, ...], current: str) -> None:
        """Show a button for each situation, ``current`` chosen ('' for none)."""
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        known = {situation.id for situation in situations}
        self.current = current if current in known else ""
        for situation in situations:
            button = SituationButton(self._words(situation.title, situation.id == self.current), self)
            button.setProperty("role", "situation")
            button.setProperty("title", situation.title)
            button.setObjectName(f"situation-{situation.id}")
            button.setCheckable(True)
            button.setChecked(situation.id == self.current)
            button.setToolTip(plain_tooltip(situation.description))
            policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            button.setSizePolicy(policy)
            self._name(button, situation.id, situation.title)
            button.clicked.connect(lambda _checked=False, sid=situation.id: self.choose(sid, toggle=True))
            self.flow.addWidget(button)
            self.buttons[situation.id] = button

    def choose(self, situation_id: str, *, toggle: bool = False) -> None:
        """Choose ``situation_id`` ('' for none); with ``toggle``, choosing the chosen one again clears it."""
        if toggle and situation_id == self.current:
            situation_id = ""
        if situation_id and situation_id not in self.buttons:
            return
        self.current = situation_id
        for button_id, button in self.buttons.items():
            button.setChecked(button_id == situation_id)
            button.setText(self._words(button.property("title") or "", button_id == situation_id))
            self._name(button, button_id, button.property("title") or "")
        self.chosen.emit(situation_id)

    @staticmethod
    def _words(title: str, chosen: bool) -> str:
        return f"\u2713 {title}" if chosen else title

    def _name(self, button: SituationButton, situation_id: str, title: str) -> None:
        # Said in words, not only by colour: a screen reader hears which situation is chosen.
        name = self.tr("{situation}, chosen").format(situation=title) if situation_id == self.current else title
        button.setAccessibleName(name)


class LeadsRow(QWidget):
    """The lines shown first, side by side when each has room for comfortable lines, else one under another."""

    # Each panel needs about this many average characters of width beside the others.
    PANEL_MIN_CHARS = 44

    def __init__(self, panels: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadsRow")
        self.panels = panels
        self.row = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(16)
        for panel in panels:
            self.row.addWidget(panel, 1, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        needed = self.fontMetrics().averageCharWidth() * self.PANEL_MIN_CHARS * len(self.panels)
        fit_direction(self.row, len(self.panels) > 1 and event.size().width() >= needed)

    def minimumSizeHint(self) -> QSize:  # Qt override
        # The stacked minimum: the side-by-side one would keep the row too wide to ever stack.
        widths = [panel.minimumSizeHint().width() for panel in self.panels]
        return QSize(max(widths, default=0), super().minimumSizeHint().height())


class SituationPanel(QFrame):
    """The chosen situation: what it is, a sentence for what a region lacks, its first steps and its guide."""

    def __init__(self, situation: HelpSituation, fallback: str, guide_title: str, context: AppContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("situationPanel")
        self.situation = situation
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(8)
        title = QLabel(situation.title, self)
        title.setProperty("role", "h2")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(title)
        column.addWidget(content_label(situation.description, context, self))
        self.fallback_label: QLabel | None = None
        if fallback:
            self.fallback_label = content_label(fallback, context, self, role="lead")
            self.fallback_label.setObjectName("situationFallback")
            column.addWidget(self.fallback_label)
        steps_heading = QLabel(self.tr("What to do first"), self)
        steps_heading.setProperty("role", "h3")
        steps_heading.setWordWrap(True)
        column.addWidget(steps_heading)
        self.steps_label = QLabel(self)
        self.steps_label.setObjectName("situationSteps")
        self.steps_label.setWordWrap(True)
        make_links_open(self.steps_label, context)
        # Each step is a link to where to act; its words come from the content and are escaped.
        items = "".join(f'<li style="margin-bottom:6px"><a href="{escape(HREF_PREFIX + step.link)}">'
                        f"{escape(step.text)}</a></li>" for step in situation.steps)
        self.steps_label.setText(f"<ol>{items}</ol>")
        column.addWidget(self.steps_label)
        self.guide_button: LinkButton | None = None
        if situation.guide and guide_title:
            self.guide_button = LinkButton(self.tr("Step by step: {guide}").format(guide=guide_title), self)
            self.guide_button.setObjectName("situationGuideButton")
            self.guide_button.clicked.connect(lambda: context.open("guide", situation.guide))
            column.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.talk_button: LinkButton | None = None
        if situation.starters:
            self.talk_button = LinkButton(self.tr("Ways to talk with your child about it"), self)
            self.talk_button.setObjectName("situationTalkButton")
            first_starter = situation.starters[0]
            self.talk_button.clicked.connect(lambda: context.open("talk", first_starter))
            column.addWidget(self.talk_button, 0, Qt.AlignmentFlag.AlignLeft)
