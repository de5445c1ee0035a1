"""The urgent banner of the warning-signs page: shown while an urgent sign is ticked.

Drawn as one box in two parts: its title, buttons and words above, and below them the urgent signs ticked,
which grow with each one. Only the lower part changes size then: the upper part, with its long words and
styled buttons, is not painted again (the container paints nothing of its own).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QFrame, QPushButton, QVBoxLayout, QWidget

from guardian_app.content.links import plain
from guardian_app.content.model import Section, Sign
from guardian_app.content.next_steps import situations_for_signs
from guardian_app.content.well_known import THREAT_GUIDE_ID
from guardian_app.ui.context import AppContext
from guardian_app.ui.widgets.content_text import content_html, make_links_open
from guardian_app.ui.widgets.fitted_panels import StackedParts
from guardian_app.ui.widgets.labels import announce
from guardian_app.ui.widgets.steady_text import SteadyText, measured_label, set_text_if_changed


class UrgentBanner(StackedParts):
    """The way to "Someone is threatening my child" and to "Get help now", with the urgent signs ticked."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("urgentBanner")
        self._section_title = ""
        self._words = ""  # the banner's words without link markup, for screen readers
        self._urgent_situation = ""  # the situation the most urgent ticked sign points to
        self.urgent = False  # whether an urgent sign is ticked (the banner is shown then)
        top = QFrame(self)
        top.setObjectName("urgentBannerTop")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(18, 12, 18, 4)
        top_layout.setSpacing(8)
        self._title = measured_label("h2", object_name="urgentBannerTitle")
        self._text = measured_label(object_name="urgentBannerText")
        make_links_open(self._text, context, on_help=self._open_help)
        self.help_button = QPushButton(self)
        self.help_button.setObjectName("getHelpButton")
        self.help_button.clicked.connect(self._open_help)
        self.guide_button = QPushButton(self)
        self.guide_button.setObjectName("urgentGuideButton")
        self.guide_button.setProperty("role", "primary")
        self.guide_button.clicked.connect(lambda: self.context.open("guide", THREAT_GUIDE_ID))
        top_layout.addWidget(self._title)
        top_layout.addLayout(self._words_and_buttons())
        bottom = QFrame(self)
        bottom.setObjectName("urgentBannerSigns")
        signs_layout = QVBoxLayout(bottom)
        signs_layout.setContentsMargins(18, 2, 18, 12)
        self._signs = SteadyText(selectable=False)  # grows with each urgent sign ticked
        self._signs.label.setObjectName("urgentSignsTicked")
        signs_layout.addWidget(self._signs)
        self.add(top)
        self.add(bottom)
        self.hide()

    def _words_and_buttons(self) -> QBoxLayout:
        # Under the title, its words and its two buttons: side by side when the banner is wide, else the
        # buttons first, so they show at once even when the words are long (see set_wide).
        row = self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(18)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addWidget(self._text)
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.guide_button)
        buttons.addStretch(1)
        row.addLayout(words, 1)
        row.addLayout(buttons)
        return row

    def set_wide(self, wide: bool) -> None:
        """Words and buttons side by side (wide), else the buttons above the words."""
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.BottomToTop
        if self._row.direction() != direction:
            self._row.setDirection(direction)

    def set_section(self, section: Section | None) -> None:
        """The banner's title and words, from the content section "signs-urgent-banner"."""
        text = "\n\n".join(section.paragraphs) if section else ""
        self._text.setText(content_html(text))
        self._words = plain(text)
        self._section_title = section.title if section else ""

    def retranslate(self) -> None:
        self.guide_button.setText(self.tr("Someone is threatening my child"))
        self.guide_button.setAccessibleName(self.tr("Open the guide: Someone is threatening my child"))
        self.help_button.setText(self.tr("Get help now"))
        self.help_button.setAccessibleName(self.tr("Get help now"))

    def _open_help(self) -> None:
        situation = self._urgent_situation if self.urgent else ""
        self.context.open("help", f"situation:{situation}" if situation else "")

    def announce(self) -> None:
        """Have screen readers say the banner at once, interrupting (it has just appeared)."""
        announce(self, f"{self._title.text()}. {self._signs.text()}", urgent=True)

    def show_urgent(self, urgent: Sequence[Sign]) -> None:
        """Show the banner with the urgent signs ticked, or hide it when there are none."""
        self.urgent = bool(urgent)
        if urgent:
            title = self._section_title
            set_text_if_changed(self._title, self.tr("Urgent: {title}").format(title=title) if title
                                else self.tr("Urgent"))
            labels = "; ".join(sign.label for sign in urgent)
            self._signs.setText(
                self.tr("Urgent sign you ticked: {signs}").format(signs=labels) if len(urgent) == 1
                else self.tr("Urgent signs you ticked: {signs}").format(signs=labels))
            if self.accessibleName() != self._title.text():
                self.setAccessibleName(self._title.text())
            if self.accessibleDescription() != self._words:
                self.setAccessibleDescription(self._words)
            # Get help now opens with the lines of what the most urgent sign points to.
            lit = situations_for_signs(self.context.content, urgent)
            self._urgent_situation = lit[0][0].id if lit else ""
        if self.isHidden() == self.urgent:
            self.setVisible(self.urgent)
