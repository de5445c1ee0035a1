"""One conversation starter as a readable card on the "Talk with your child" page.

The opener is shown large, because it is the sentence a parent will actually say. Everything else
(follow-up questions, what to listen for, what to avoid, timing, what to do if the child tells you something)
sits behind a "More" button, so the list stays calm and easy to scan. The details are built the first time
they are opened: the page makes about sixty cards at once and most are never expanded.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from guardian_app.content.links import plain
from guardian_app.content.model import Starter
from guardian_app.ui import theme
from guardian_app.ui.widgets.content_text import content_html
from guardian_app.ui.widgets.layouts import FlowLayout


class StarterCard(QFrame):
    """A card for one :class:`Starter`.

    Signals:
        plan_toggled(str, bool): the starter was starred or un-starred (its id, whether it is in the plan).
        copied(str): the opener (and follow-ups) were put on the clipboard; carries the starter id.
        practise_requested(str): "Practise this" was chosen; carries the id of the scenario to play.
    """

    plan_toggled = Signal(str, bool)
    copied = Signal(str)
    link_activated = Signal(str)  # a content link in the details ("guardian:guide:..."): the page opens it
    practise_requested = Signal(str)

    def __init__(self, starter: Starter, context_line: str = "", parent: QWidget | None = None, *,
                 scenario_id: str = "", text_html: Callable[[Sequence[str]], list[str]] | None = None) -> None:
        super().__init__(parent)
        self.starter = starter
        # the details' texts as HTML, in order (the page links glossary words); by default their links only
        self._text_html = text_html or (lambda texts: [content_html(text) for text in texts])
        self.scenario_id = scenario_id  # the practice scenario for this starter, or empty
        self.setObjectName("starterCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Not "Maximum" high: that capped the card at its one-width size hint, and at 200 % text the wrapped
        # opener needs more lines than that (the page's stretch keeps cards from growing taller than needed).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # Everything the search box looks through, folded once so that typing stays instant.
        self.search_text = " ".join(
            (starter.opener, *starter.follow_ups, starter.listen_for, starter.avoid, starter.timing,
             plain(starter.if_they_tell_you))
        ).casefold()
        self._highlighted = False

        self.context_label = QLabel(context_line)
        self.context_label.setObjectName("starterContext")
        self.context_label.setTextFormat(Qt.TextFormat.PlainText)  # content is text, never markup
        self.context_label.setWordWrap(True)

        self.opener_label = QLabel(starter.opener)
        self.opener_label.setObjectName("starterOpener")
        self.opener_label.setTextFormat(Qt.TextFormat.PlainText)
        self.opener_label.setWordWrap(True)
        self.opener_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a role, not a fixed font: the window's style sheet scales it with the text size setting
        self.opener_label.setProperty("role", "h3")

        self.plan_button = QPushButton()
        self.plan_button.setCheckable(True)
        self.plan_button.toggled.connect(self._on_plan_toggled)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.more_button = QPushButton()
        self.more_button.setCheckable(True)
        self.more_button.toggled.connect(self.set_expanded)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        # Plan and Copy wrap onto a second row when the card is narrow (French at 200 % text), More stays right.
        actions = FlowLayout(spacing=6)  # the gap the row had (the style's layout spacing)
        actions.addWidget(self.plan_button)
        actions.addWidget(self.copy_button)
        self.practise_button: QPushButton | None = None
        if scenario_id:
            self.practise_button = QPushButton()
            self.practise_button.setObjectName("practiseThis")
            self.practise_button.clicked.connect(lambda: self.practise_requested.emit(self.scenario_id))
            actions.addWidget(self.practise_button)
        buttons.addLayout(actions)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)

        self.details_label: QLabel | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 12, 14, 12)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.context_label)
        self._layout.addWidget(self.opener_label)
        self._layout.addLayout(buttons)

        self.apply_theme()
        self.retranslate()

    # --- state -----------------------------------------------------------------------------------------

    @property
    def in_plan(self) -> bool:
        return self.plan_button.isChecked()

    def set_in_plan(self, in_plan: bool) -> None:
        """Show whether the starter is in the plan, without telling anyone (the session already knows)."""
        self.plan_button.blockSignals(True)
        self.plan_button.setChecked(in_plan)
        self.plan_button.blockSignals(False)
        self._update_plan_button()

    def is_expanded(self) -> bool:
        return self.details_label is not None and self.details_label.isVisibleTo(self)

    def set_expanded(self, expanded: bool) -> None:
        if expanded and self.details_label is None:
            self.details_label = QLabel(self._details_html())
            self.details_label.setObjectName("starterDetails")
            self.details_label.setWordWrap(True)
            self.details_label.setTextFormat(Qt.TextFormat.RichText)
            flag = Qt.TextInteractionFlag
            self.details_label.setTextInteractionFlags(
                flag.TextSelectableByMouse | flag.LinksAccessibleByMouse | flag.LinksAccessibleByKeyboard)
            self.details_label.linkActivated.connect(self.link_activated)
            self._layout.addWidget(self.details_label)
        if self.details_label is not None:
            self.details_label.setVisible(expanded)
        if self.more_button.isChecked() != expanded:
            self.more_button.blockSignals(True)
            self.more_button.setChecked(expanded)
            self.more_button.blockSignals(False)
        self._update_more_button()

    def set_highlighted(self, highlighted: bool) -> None:
        """Mark the card the parent was sent to (from a warning sign); a thicker border, not just a colour."""
        self._highlighted = highlighted
        self.apply_theme()

    def clipboard_text(self) -> str:
        lines = [self.starter.opener]
        lines.extend(f"- {question}" for question in self.starter.follow_ups)
        return "\n".join(lines)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.clipboard_text())
        self.copied.emit(self.starter.id)

    # --- looks and words -------------------------------------------------------------------------------

    def apply_theme(self) -> None:
        palette = theme.current()
        border = f"3px solid {palette.focus}" if self._highlighted else f"1px solid {palette.border}"
        self.setStyleSheet(
            f"QFrame#starterCard {{ background: {palette.surface}; border: {border}; border-radius: 8px; }}"
            f"QLabel#starterContext {{ color: {palette.muted_text}; }}"
            f"QLabel#starterOpener, QLabel#starterDetails {{ color: {palette.text}; }}"
        )

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy this question"))
        self.copy_button.setToolTip(
            self.tr("Copy the question and the follow-ups, to paste in a note or a message")
        )
        if self.practise_button is not None:
            self.practise_button.setText(self.tr("Practise this"))
            self.practise_button.setAccessibleName(self.tr("Practise a conversation about this"))
        self._update_plan_button()
        self._update_more_button()
        if self.details_label is not None:
            self.details_label.setText(self._details_html())

    def _update_plan_button(self) -> None:
        # The star and the words both change, so the state never rests on colour or shape alone.
        if self.plan_button.isChecked():
            self.plan_button.setText(self.tr("★ In my plan"))
            self.plan_button.setAccessibleName(self.tr("Remove from my plan"))
            self.plan_button.setToolTip(
                self.tr("This question is in your conversation plan. Click to remove it.")
            )
        else:
            self.plan_button.setText(self.tr("☆ Add to my plan"))
            self.plan_button.setAccessibleName(self.tr("Add to my plan"))
            self.plan_button.setToolTip(self.tr("Add this question to your conversation plan"))

    def _update_more_button(self) -> None:
        if self.more_button.isChecked():
            self.more_button.setText(self.tr("Less ▲"))
            self.more_button.setAccessibleName(self.tr("Show less"))
        else:
            self.more_button.setText(self.tr("More ▼"))
            self.more_button.setAccessibleName(self.tr("Show more: follow-up questions and tips"))

    def _details_html(self) -> str:
        starter = self.starter
        e = html.escape
        parts = []
        sections = [(title, text) for title, text in (
            (self.tr("What to listen for"), starter.listen_for),
            (self.tr("What to avoid"), starter.avoid),
            (self.tr("When to ask"), starter.timing),
            (self.tr("If they tell you something"), starter.if_they_tell_you),
        ) if text]
        # Escaped like every content text; only Guardian's own markup becomes links.
        shown = self._text_html([*starter.follow_ups, *(text for _title, text in sections)])
        questions, texts = shown[:len(starter.follow_ups)], shown[len(starter.follow_ups):]
        if questions:
            items = "".join(f"<li>{question}</li>" for question in questions)
            parts.append(f"<p><b>{e(self.tr('Then you could ask'))}</b></p><ul>{items}</ul>")
        for (title, _text), text_html in zip(sections, texts, strict=True):
            parts.append(f"<p><b>{e(title)}</b><br/>{text_html}</p>")
        return "".join(parts)

    def _on_plan_toggled(self, checked: bool) -> None:
        self._update_plan_button()
        self.plan_toggled.emit(self.starter.id, checked)
