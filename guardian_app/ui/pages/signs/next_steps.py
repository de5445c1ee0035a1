"""The side panel of the warning-signs page: what to do next (from the ticked signs) and the caveats.

When the list and this panel sit side by side, the urgent banner opens at the panel's top (:meth:`put_on_top`),
so a tick that raises it never moves the list.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from guardian_app.content.links import HREF_PREFIX, has_links
from guardian_app.content.model import Section
from guardian_app.content.next_steps import NextStep
from guardian_app.ui.context import AppContext
from guardian_app.ui.widgets.content_text import content_html, make_links_open
from guardian_app.ui.widgets.fitted_panels import PanelPart, SidePanel, card
from guardian_app.ui.widgets.steady_text import SteadyText, measured_label


def _step_html(step: NextStep) -> str:
    """One next step as a list item whose words lead to where to act (escaped: content is text)."""
    if has_links(step.text):
        return f"<li style='margin-bottom:6px'>{content_html(step.text)}</li>"
    href = html.escape(HREF_PREFIX + str(step.target))
    return f"<li style='margin-bottom:6px'><a href=\"{href}\">{html.escape(step.text)}</a></li>"


def section_text(section: Section | None) -> str:
    """A content section's paragraphs as plain text, blank lines between them."""
    return "\n\n".join(section.paragraphs) if section else ""


class NextStepsPanel(SidePanel):
    """The next steps that fit the ticked signs, and the caveats, in a panel that scrolls when it must."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextStepsPanel")
        # Only text inside: the area keeps its Tab stop so keyboard users can scroll it, and says what it holds.
        self.setFrameShape(QFrame.Shape.NoFrame)
        right = PanelPart()
        self._layout = QVBoxLayout(right)
        self._layout.setContentsMargins(4, 0, 4, 0)
        self._layout.setSpacing(12)
        steps, steps_layout = card("nextSteps", right, side=True)
        self._steps_title = measured_label("h3", object_name="nextStepsTitle")
        self._steps = SteadyText(rich=True)
        self._steps.label.setObjectName("nextStepsList")
        make_links_open(self._steps.label, context)  # each step leads to where to act
        steps_layout.addWidget(self._steps_title)
        steps_layout.addWidget(self._steps)
        self._caveats, caveats_layout = card("caveats", right, side=True)
        self._caveats_title = measured_label("h3", object_name="caveatsTitle")
        self._caveats_text = measured_label(object_name="caveatsText")
        make_links_open(self._caveats_text, context)
        caveats_layout.addWidget(self._caveats_title)
        caveats_layout.addWidget(self._caveats_text)
        self._layout.addWidget(steps)
        self._layout.addWidget(self._caveats)
        self._layout.addStretch(1)
        self.setWidget(right)

    def retranslate(self) -> None:
        self._steps_title.setText(self.tr("What you can do next"))
        self.setAccessibleName(self.tr("What you can do next"))

    def set_caveats(self, caveats: Section | None) -> None:
        self._caveats_title.setText(caveats.title if caveats else "")
        self._caveats_text.setText(content_html(section_text(caveats)))
        self._caveats.setVisible(caveats is not None)

    def show_steps(self, actions: Sequence[NextStep], steps: Sequence[str]) -> None:
        """The next steps as a numbered list whose words lead to where to act, or how they will appear (only
        what changed is set); ``steps`` are the same in plain words, for screen readers."""
        if actions:
            items = "".join(_step_html(step) for step in actions)
            self._steps.setText(f"<ol style='margin-left:0px'>{items}</ol>")
        else:
            self._steps.setText(html.escape(self.tr(
                "When you tick a sign, steps that fit what you noticed will appear here.")))
        said = "\n".join(steps)
        if self._steps.label.accessibleDescription() != said:
            self._steps.label.setAccessibleDescription(said)

    def put_on_top(self, widget: QWidget) -> None:
        """Show ``widget`` (the urgent banner) above the next steps."""
        self._layout.insertWidget(0, widget)

    def take(self, widget: QWidget) -> None:
        """Stop laying out ``widget`` here (it moves elsewhere)."""
        self._layout.removeWidget(widget)
