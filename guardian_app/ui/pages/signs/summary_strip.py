"""The summary strip of the warning-signs page: how many signs are ticked, the stages they point to on the
stage timeline, and those stages in words.

A tick never changes its height: the count and the "lit up" sentence keep room for the longest text they can
show (:class:`~guardian_app.ui.widgets.steady_text.SteadyText`), so the list below never moves.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from guardian_app.content.checklist import ChecklistSummary, StageCount, ordered_stages
from guardian_app.content.model import Content
from guardian_app.ui.widgets.labels import announce
from guardian_app.ui.widgets.stage_timeline import StageTimeline
from guardian_app.ui.widgets.steady_text import SteadyText


class SummaryStrip(QFrame):
    """The count of ticked signs, the stage timeline with the stages they point to lit, and those in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        self._count = SteadyText("h3", selectable=False)
        self._count.label.setObjectName("tickedCount")
        self.timeline = StageTimeline(vertical=False, selectable=False, parent=self)
        self.timeline.setObjectName("signsTimeline")
        self._lit = SteadyText(selectable=False)
        self._lit.label.setObjectName("litStages")
        layout.addWidget(self._count)
        layout.addWidget(self.timeline)
        layout.addWidget(self._lit)

    def retranslate(self) -> None:
        self.timeline.setAccessibleName(self.tr("Stages the ticked signs point to"))

    def show_summary(self, summary: ChecklistSummary) -> None:
        """Set the count, the lit stages and the timeline's counts (only what changed is set)."""
        count = summary.count
        self._count.setText(self._count_text(count))
        if count == 0:
            self._lit.setText(self._lit_text(()))
        else:
            numbered = ((summary.stage_counts.index(item) + 1, item) for item in summary.lit_stages)
            self._lit.setText(self._lit_text(numbered))
        label = self._count.label
        if label.accessibleName() != label.text():
            label.setAccessibleName(label.text())
        self.timeline.set_counts({item.stage.id: item.count for item in summary.stage_counts})

    def announce(self) -> None:
        """Have screen readers say the count and the stages lit (the focus stays on the list)."""
        announce(self._count.label, f"{self._count.label.text()} {self._lit.label.text()}")

    def reserve_room(self, content: Content) -> None:
        """Keep room for the longest texts: every sign ticked, every stage lit."""
        most = [StageCount(stage, sum(1 for sign in content.signs if stage.id in sign.stages))
                for stage in ordered_stages(content)]
        self._count.reserve(self._count_text(count) for count in (0, 1, max(2, len(content.signs))))
        self._lit.reserve([self._lit_text(()),
                           self._lit_text((number, item) for number, item in enumerate(most, 1) if item.count)])

    def _count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("You have not ticked any signs yet.")
        if count == 1:
            return self.tr("You ticked 1 sign. It points to these stages:")
        return self.tr("You ticked {count} signs. They point to these stages:").format(count=count)

    def _lit_text(self, numbered: Iterable[tuple[int, StageCount]]) -> str:
        """The lit stages in words, from (stage number, stage and count); the hint when there are none."""
        parts = []
        for number, item in numbered:
            signs = self.tr("1 sign") if item.count == 1 else self.tr("{n} signs").format(n=item.count)
            parts.append(self.tr("{number}. {title} ({signs})").format(
                number=number, title=item.stage.title, signs=signs))
        if not parts:
            return self.tr("Tick what you have noticed. The stages your signs point to will light up here.")
        return self.tr("Lit up: {stages}. Select a stage to learn about it.").format(stages=", ".join(parts))
