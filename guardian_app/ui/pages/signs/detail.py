"""The detail card under the list of warning signs: why the selected sign matters, how serious it is, the
stages it points to, and buttons to those stages, to ways of talking about it and to help."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from guardian_app.content.checklist import ordered_stages
from guardian_app.content.help_lines import general_target
from guardian_app.content.model import Sign, SignCategory
from guardian_app.content.next_steps import situations_for_signs
from guardian_app.ui.context import AppContext
from guardian_app.ui.levels import level_colour
from guardian_app.ui.widgets.fitted_panels import FittedCard
from guardian_app.ui.widgets.glossary import GlossaryLinks
from guardian_app.ui.widgets.layouts import FlowLayout
from guardian_app.ui.widgets.steady_text import measured_label


class SignDetail(FittedCard):
    """What the list's current row says: a sign (with its buttons), a category, or how to use the list."""

    def __init__(self, context: AppContext, level_description: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._level_description = level_description
        self._sign: Sign | None = None
        self.setObjectName("signDetail")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        self._title = measured_label("h3", object_name="detailTitle")
        self._level = measured_label(object_name="detailLevel")
        self._why = measured_label(object_name="detailWhy")
        self.glossary = GlossaryLinks(self, context)  # in the sign's text, glossary words link to their meaning
        self.glossary.track(self._why)
        self._stages = measured_label("muted", object_name="detailStages")
        self._see_stage = self._button("seeStageButton", self._open_stage)
        self._talk = self._button("talkButton", self._open_talk)
        self._help = self._button("signHelpButton", self._open_help)
        buttons = FlowLayout(spacing=8)
        for button in (self._see_stage, self._talk, self._help):
            buttons.addWidget(button)
        for widget in (self._title, self._level, self._why, self._stages):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _button(self, object_name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(object_name)
        button.clicked.connect(slot)
        return button

    @property
    def sign(self) -> Sign | None:
        """The sign shown, if any."""
        return self._sign

    def retranslate(self) -> None:
        self._see_stage.setText(self.tr("See this stage"))
        self._see_stage.setAccessibleName(self.tr("See this stage in How luring works"))
        self._talk.setText(self.tr("Ways to talk about it"))
        self._talk.setAccessibleName(self.tr("Ways to talk with your child about it"))
        self._help.setText(self.tr("Where to get help"))
        self._help.setAccessibleName(self.tr("Where to get help with this"))

    def show_other(self, category: SignCategory | None) -> None:
        """A category's title and description, or (for no row) how to use the list."""
        self._sign = None
        if category is not None:
            self._title.setText(category.title)
            self.glossary.set_text(self._why, category.description)
        else:
            self._title.setText(self.tr("Select a sign to read about it"))
            self.glossary.set_text(self._why, self.tr(
                "Choose a sign in the list to see why it matters and what you can do. "
                "Press the Space bar, or click its box, to tick it."))
        for widget in (self._level, self._stages, self._see_stage, self._talk, self._help):
            widget.hide()

    def show_sign(self, sign: Sign, level_id: str) -> None:
        """The sign's label, its level (``level_id``: read at the child's age), why it matters and its stages,
        with its three buttons."""
        self._sign = sign
        content = self.context.content
        self._title.setText(sign.label)
        self._level.setText(self.tr("How serious: {level}").format(level=self._level_description(level_id)))
        self._level.setStyleSheet(f"color: {level_colour(level_id)}; font-weight: 600; background: transparent;")
        self._level.show()
        self.glossary.set_text(self._why, sign.why)
        stage_numbers = {stage.id: number for number, stage in enumerate(ordered_stages(content), start=1)}
        stage_names = [
            self.tr("{number}. {title}").format(number=stage_numbers.get(stage_id, "?"), title=stage.title)
            for stage_id in sign.stages if (stage := content.stage(stage_id)) is not None
        ]
        self._stages.setText(self.tr("Stages of luring: {stages}").format(stages=", ".join(stage_names)))
        self._stages.setVisible(bool(stage_names))
        self._see_stage.setVisible(bool(stage_names))
        self._talk.show()
        self._help.show()

    def _open_stage(self) -> None:
        if self._sign and self._sign.stages:
            self.context.open("luring", self._sign.stages[0])

    def _open_talk(self) -> None:
        sign = self._sign
        if sign is not None:
            self.context.open("talk", f"situation:{sign.situations[0]}" if sign.situations else "")

    def _open_help(self) -> None:
        sign = self._sign
        if sign is None:
            return
        content = self.context.content
        # The situation the sign points to puts its own lines first; else the first kind of line the region
        # has for all of it (a line for Quebec only is never where a general link lands).
        lit = situations_for_signs(content, [sign])
        group = next((group_id for group_id in sign.help_groups
                      if general_target(content, self.context.region, group_id) is not None), "")
        if lit:
            self.context.open("help", f"situation:{lit[0][0].id}")
        elif group:
            self.context.open("help", f"group:{group}")
        else:  # the top of Get help now: the lines that fit most parents come first
            self.context.open("help")
