"""The "How luring works" page: the pattern of online luring, one stage at a time.

It should teach a parent the pattern in about two minutes: a short introduction, the nine stages as a
timeline down the left, and, for the chosen stage, what the person doing harm does, what a parent may notice,
what to do, and the warning signs that belong to it (each opens the checklist). It ends with what to tell
your child: it is never their fault. Stages that signs ticked on the checklist point to are lit on the
timeline too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.checklist import ordered_stages, summarize
from guardian_app.content.links import plain
from guardian_app.content.model import Section, Sign, Stage
from guardian_app.ui.context import AppContext
from guardian_app.ui.levels import level_words
from guardian_app.ui.pages.page import Page
from guardian_app.ui.widgets.buttons import LinkButton, WrapButton
from guardian_app.ui.widgets.glossary import GlossaryLinks
from guardian_app.ui.widgets.labels import wrapped_label
from guardian_app.ui.widgets.layouts import fit_direction, fit_row
from guardian_app.ui.widgets.stage_timeline import StageTimeline


def _bullets(items: list[str]) -> str:
    """Content sentences, already escaped HTML with their links (``GlossaryLinks``), as an HTML list."""
    rows = "".join(f"<li style='margin-bottom:6px'>{item}</li>" for item in items)
    return f"<ul style='margin-left:0px; -qt-list-indent:1'>{rows}</ul>"


class SignLinkButton(WrapButton):
    """A flat, link-like button for one warning sign; opens it on the checklist. Long labels wrap."""

    def __init__(self, sign: Sign, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.sign = sign
        self.setProperty("role", "link")
        self.setObjectName(f"sign-{sign.id}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)


class LuringPage(Page):
    """How luring works: introduction, stage timeline, the chosen stage explained, and "not your fault"."""

    page_id = "luring"
    scrolls_itself = True  # one scroll area fills the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stages: tuple[Stage, ...] = ()
        self._sign_buttons: list[SignLinkButton] = []

        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea(self)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take Tab; no silent stop
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        page_layout.addWidget(self._scroll)
        body = QWidget()
        body.setObjectName("luringBody")
        self._scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 32)
        layout.setSpacing(16)

        # --- introduction ---
        self._title = wrapped_label("h1", object_name="luringTitle")
        self._intro = wrapped_label("lead")
        self._intro.setObjectName("luringIntro")
        self._pattern_note = wrapped_label("muted")
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self._pattern_note)
        self._lit_note = wrapped_label("muted")
        self._lit_note.setObjectName("litNote")
        layout.addWidget(self._lit_note)

        # --- timeline (left) and the chosen stage (right) ---
        # Side by side when there is room; at large text sizes the stage text goes below the timeline.
        row = self._row = QHBoxLayout()
        row.setSpacing(24)
        layout.addLayout(row)
        self._timeline = StageTimeline(vertical=True, selectable=True, parent=body)
        self._timeline.setObjectName("luringTimeline")
        self._timeline.setMinimumWidth(340)
        self._timeline.setMaximumWidth(420)
        self._timeline.stage_activated.connect(self._show_stage)
        row.addWidget(self._timeline, 2, Qt.AlignmentFlag.AlignTop)

        row.addWidget(self._build_stage_card(body, layout), 3, Qt.AlignmentFlag.AlignTop)

        layout.addWidget(self._build_fault_card(body))
        self.glossary = GlossaryLinks(self, context)  # the first use of a glossary word links to its meaning
        self.glossary.track(self._intro, self._stage_summary, self._does, self._notice, self._todo, self._fault_text)
        # The page ends with what to do next.
        self._next_action = LinkButton("", body)
        self._next_action.setObjectName("luringNextAction")
        self._next_action.clicked.connect(lambda: self.context.open("signs"))
        layout.addWidget(self._next_action, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        self.follow_content(self._on_content_changed)
        context.session_changed.connect(self._on_session_changed)
        context.session_replaced.connect(self._on_session_changed)
        self.retranslate()
        self._on_content_changed()

    def _build_stage_card(self, body: QWidget, page_layout: QVBoxLayout) -> QFrame:
        """The chosen stage: what the person does, what you may notice, what to do, its signs; Previous/Next."""
        self._detail = QFrame(body)
        self._detail.setObjectName("stageDetail")
        self._detail.setProperty("role", "card")
        detail = QVBoxLayout(self._detail)
        detail.setContentsMargins(28, 22, 28, 22)
        # what the page and the card take from the width, left and right of Previous and Next
        page_margins, card_margins = page_layout.contentsMargins(), detail.contentsMargins()
        self._card_margins_x = (page_margins.left() + page_margins.right()
                                + card_margins.left() + card_margins.right())
        detail.setSpacing(10)
        self._stage_number = wrapped_label("muted", object_name="stageNumber")
        self._stage_title = wrapped_label("h2", object_name="stageTitle")
        self._stage_summary = wrapped_label("lead")
        self._does_title = wrapped_label("h3")
        self._does = wrapped_label("lead", rich=True, object_name="stageDoes")
        self._notice_title = wrapped_label("h3")
        self._notice = wrapped_label("lead", rich=True)
        self._todo_title = wrapped_label("h3")
        self._todo = wrapped_label("lead", rich=True, object_name="stageTodo")
        self._signs_title = wrapped_label("h3")
        self._signs_hint = wrapped_label("muted")
        self._signs_box = QVBoxLayout()
        self._signs_box.setSpacing(2)
        for widget in (self._stage_number, self._stage_title, self._stage_summary, self._does_title,
                       self._does, self._notice_title, self._notice, self._todo_title, self._todo,
                       self._signs_title, self._signs_hint):
            detail.addWidget(widget)
        detail.addLayout(self._signs_box)
        steps = self._steps = QHBoxLayout()
        self._previous = QPushButton(self._detail)
        self._previous.setObjectName("previousStage")
        self._previous.clicked.connect(lambda: self._step(-1))
        self._next = QPushButton(self._detail)
        self._next.setObjectName("nextStage")
        self._next.setProperty("role", "primary")
        self._next.clicked.connect(lambda: self._step(1))
        steps.addWidget(self._previous)
        steps.addStretch(1)
        steps.addWidget(self._next)
        detail.addSpacing(8)
        detail.addLayout(steps)
        return self._detail

    def _build_fault_card(self, body: QWidget) -> QFrame:
        """Never their fault: the child's, nor the parent's."""
        self._fault = QFrame(body)
        self._fault.setObjectName("notYourFault")
        self._fault.setProperty("role", "card")
        fault = QVBoxLayout(self._fault)
        fault.setContentsMargins(28, 20, 28, 20)
        fault.setSpacing(8)
        self._fault_title = wrapped_label("h2")
        self._fault_text = wrapped_label("lead", object_name="notYourFaultText")
        fault.addWidget(self._fault_title)
        fault.addWidget(self._fault_text)
        return self._fault

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        char = max(1, self.fontMetrics().averageCharWidth())
        wide = self.width() >= char * 110
        fit_direction(self._row, wide)
        self._timeline.setMaximumWidth(char * 55 if wide else 16_777_215)
        # Under the timeline the stage card takes the page's width; Previous and Next stack when they do not
        # fit side by side (French at 200 % text).
        if wide:
            fit_direction(self._steps, True)
        else:
            room = (self._scroll.width() - self._scroll.verticalScrollBar().sizeHint().width()
                    - self._card_margins_x)
            fit_row(self._steps, room)

    # --- Page API ------------------------------------------------------------------------------------------

    def show_item(self, item_id: str) -> None:
        """Select a stage by id (unknown ids are ignored)."""
        if self._timeline.set_current(item_id):
            self._show_stage(item_id)
            marker = self._timeline.marker(item_id)
            if marker is not None:
                self._scroll.ensureWidgetVisible(self._detail, 0, 0)
                marker.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_stage(self) -> str:
        return self._timeline.current_stage()

    def sign_buttons(self) -> tuple[SignLinkButton, ...]:
        return tuple(self._sign_buttons)

    def retranslate(self) -> None:
        self._pattern_note.setText(self.tr(
            "Not every story follows every step. Stages can overlap, repeat or be skipped. "
            "Choose a stage to read about it."))
        self._timeline.setAccessibleName(self.tr("The stages of online luring, in order"))
        self._lit_note.setText(self.tr(
            "A filled circle with a number shows how many of the signs you ticked point to that stage."))
        self._does_title.setText(self.tr("What the person doing harm does"))
        self._notice_title.setText(self.tr("What you may notice"))
        self._todo_title.setText(self.tr("What you can do"))
        self._signs_title.setText(self.tr("Warning signs that belong to this stage"))
        self._signs_hint.setText(self.tr("Select a sign to see it on the warning-signs checklist."))
        self._previous.setText(self.tr("Previous stage"))
        self._previous.setAccessibleName(self.tr("Previous stage"))
        self._next.setText(self.tr("Next stage"))
        self._next.setAccessibleName(self.tr("Next stage"))
        self._next_action.setText(self.tr("Next: look through the warning signs and tick what you noticed"))
        current = self._timeline.current_stage()
        if current:
            self._show_stage(current)

    # --- content -------------------------------------------------------------------------------------------

    def _on_content_changed(self) -> None:
        content = self.context.content
        self._stages = ordered_stages(content)
        self._timeline.set_stages(self._stages)
        intro = content.section("luring-intro")
        self._title.setText(intro.title if intro else self.tr("How luring works"))
        self.glossary.set_text(self._intro, self._paragraphs(intro))
        fault = content.section("luring-not-your-fault")
        self._fault.setVisible(fault is not None)
        self._fault_title.setText(fault.title if fault else "")
        self.glossary.set_text(self._fault_text, self._paragraphs(fault))
        current = self._timeline.current_stage()
        if not current and self._stages:
            current = self._stages[0].id
        if current:
            self._timeline.set_current(current)
            self._show_stage(current)
        self._light_from_session()

    @staticmethod
    def _paragraphs(section: Section | None) -> str:
        return "\n\n".join(section.paragraphs) if section else ""

    def _on_session_changed(self) -> None:
        self.refresh_when_shown(self._light_from_session)  # every tick lands here

    def _light_from_session(self) -> None:
        summary = summarize(self.context.content, self.context.session.ticked_signs)
        self._timeline.set_counts({item.stage.id: item.count for item in summary.stage_counts})
        self._lit_note.setVisible(bool(summary.lit_stages))
        current = self._timeline.current_stage()
        if current:
            self._fill_signs(current)

    def _show_stage(self, stage_id: str) -> None:
        stage = self.context.content.stage(stage_id)
        if stage is None:
            return
        self._timeline.set_current(stage_id)
        number = next((n for n, item in enumerate(self._stages, start=1) if item.id == stage_id), 0)
        self._stage_number.setText(self.tr("Stage {number} of {total}").format(
            number=number, total=len(self._stages)))
        self._stage_title.setText(stage.title)
        self.glossary.set_text(self._stage_summary, stage.summary)
        self.glossary.set_text(self._does, stage.offender_does, _bullets)
        self.glossary.set_text(self._notice, stage.parent_may_notice, _bullets)
        self.glossary.set_text(self._todo, stage.what_to_do, _bullets)
        for label, items in ((self._does, stage.offender_does), (self._notice, stage.parent_may_notice),
                             (self._todo, stage.what_to_do)):
            label.setAccessibleDescription("\n".join(plain(item) for item in items))
        self._detail.setAccessibleName(
            self.tr("Stage {number}: {title}").format(number=number, title=stage.title))
        self._previous.setEnabled(number > 1)
        self._next.setEnabled(0 < number < len(self._stages))
        self._fill_signs(stage_id)

    def _fill_signs(self, stage_id: str) -> None:
        # Rebuilt only when the stage or the ticks change; a stage has a handful of signs.
        for button in self._sign_buttons:
            self._signs_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._sign_buttons = []
        ticked = set(self.context.session.ticked_signs)
        signs = self.context.content.signs_for_stage(stage_id)
        for sign in signs:
            level = level_words(sign.level)
            if sign.id in ticked:
                text = self.tr("{label} ({level}, you ticked this)").format(label=sign.label, level=level)
            else:
                text = self.tr("{label} ({level})").format(label=sign.label, level=level)
            button = SignLinkButton(sign, text, self._detail)
            button.setAccessibleName(text)
            button.setAccessibleDescription(self.tr("Opens this sign on the warning-signs checklist."))
            button.clicked.connect(self._open_sign)
            self._signs_box.addWidget(button)
            self._sign_buttons.append(button)
        self._signs_title.setVisible(bool(signs))
        self._signs_hint.setVisible(bool(signs))

    # --- navigation ----------------------------------------------------------------------------------------

    def _open_sign(self) -> None:
        button = self.sender()
        if isinstance(button, SignLinkButton):
            self.context.open("signs", button.sign.id)

    def _step(self, step: int) -> None:
        ids = [stage.id for stage in self._stages]
        current = self._timeline.current_stage()
        if current in ids:
            index = ids.index(current) + step
            if 0 <= index < len(ids):
                self.show_item(ids[index])
