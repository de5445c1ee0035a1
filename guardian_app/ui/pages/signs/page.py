"""The warning-signs checklist page.

A parent ticks what they have noticed, grouped by category. Beside the list, a live summary says how many
signs are ticked, lights up the stages of luring they point to on the stage timeline, and lists a few next
steps taken from the content. An urgent sign raises a clear banner at once, with the way to "Someone is
threatening my child" and to "Get help now". There is never a score or a verdict: the page says so plainly,
and shows the caveats.

Ticks live only in memory (``context.session``); nothing here writes to disk.

A tick must repaint in well under a frame, and the list must not jump under the parent's pointer, so a tick
never changes the size of anything beside the list: the count and the "lit up" sentence keep the height of the
longest text they can show (:mod:`~guardian_app.ui.widgets.steady_text`), the timeline's markers keep theirs
(bold or not), and when the list and the next steps sit side by side the urgent banner opens at the top of the
next steps, not above the list. Laying out and painting the list again is what made a tick slow. Texts that did
not change are not set again.

The parts: :mod:`.banner` (the urgent banner), :mod:`.summary_strip` (count, timeline, lit stages),
:mod:`.list_column` (filters, list and :mod:`.detail`), :mod:`.next_steps` (the side panel), :mod:`.model`
(the list's model and filter). The page fits the window, so
only its list and side panel scroll; it scrolls as a whole only when the window is too small for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.ages import at_age
from guardian_app.content.checklist import ChecklistSummary, ordered_stages, summarize
from guardian_app.content.model import Content
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.page import Page
from guardian_app.ui.pages.signs.banner import UrgentBanner
from guardian_app.ui.pages.signs.list_column import SignsList
from guardian_app.ui.pages.signs.model import ChecklistModel
from guardian_app.ui.pages.signs.next_steps import NextStepsPanel, section_text
from guardian_app.ui.pages.signs.summary_strip import SummaryStrip
from guardian_app.ui.widgets.content_text import content_html, make_links_open
from guardian_app.ui.widgets.fit_or_scroll import FitOrScrollArea
from guardian_app.ui.widgets.steady_text import measured_label, settle_layouts


class SignsPage(Page):
    """Warning signs: the checklist, its live summary, the urgent banner and each sign's explanation."""

    page_id = "signs"
    scrolls_itself = True  # the list and the side panel scroll; the page fits the window (FitOrScrollArea)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._model = ChecklistModel(context, self)
        self._content_at_age: Content | None = None  # the content read at the child's age, made when needed
        self._said: tuple[int, bool] | None = None  # (count, urgent) when the page last spoke, see _say_changes
        self._frame = FitOrScrollArea(self._needed_height, self)
        self._frame.setObjectName("signsFrame")
        body = QWidget()
        outer = self._outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(12)
        self._title = measured_label("h1", object_name="signsTitle")
        self._not_diagnosis = measured_label(object_name="notDiagnosis")  # the "not a test" reminder
        make_links_open(self._not_diagnosis, context)
        self._banner = UrgentBanner(context, body)  # hidden until an urgent sign is ticked
        self._banner_beside: bool | None = None  # placed by _place_banner, beside the list or above it
        self._summary = SummaryStrip(body)
        self._summary.timeline.stage_activated.connect(self._open_stage)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, body)
        self._splitter.setObjectName("signsSplitter")
        self._splitter.setChildrenCollapsible(False)
        for widget in (self._title, self._not_diagnosis, self._summary):
            outer.addWidget(widget)
        outer.addWidget(self._splitter, 1)
        self._list = SignsList(context, self._model)
        self._list.age_changed.connect(self._on_age_chosen)
        self._splitter.addWidget(self._list)
        self._right_scroll = NextStepsPanel(context)
        self._splitter.addWidget(self._right_scroll)
        self._splitter.setStretchFactor(0, 5)
        self._splitter.setStretchFactor(1, 4)
        self._splitter.setSizes([660, 460])
        self._frame.setWidget(body)
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self._frame)
        self._place_banner(beside=True)
        self._connect(context)
        self._apply_style()
        self.retranslate()
        self._on_content_changed()

    # --- building ------------------------------------------------------------------------------------------

    def _connect(self, context: AppContext) -> None:
        context.session_changed.connect(self._update_summary)
        context.session_replaced.connect(self._update_summary)
        self.follow_content(self._on_content_changed)

    # --- Page API ------------------------------------------------------------------------------------------

    @property
    def checklist_model(self) -> ChecklistModel:
        """The list's model: one row per category, its signs below, tickable (tests and benches tick here)."""
        return self._model

    def show_item(self, item_id: str) -> None:
        """Select a sign (by id) or a category ("category:<id>") and bring it into view."""
        self._list.select(item_id)

    def clear_sensitive(self) -> None:
        """Untick everything and forget the child's age at once, without asking (quick exit, End session)."""
        self._list.clear_ticks()
        self._list.forget_age()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Warning signs"))
        for part in (self._summary, self._banner, self._list, self._right_scroll):
            part.retranslate()
        self._summary.reserve_room(self.context.content)
        self._update_summary()

    # --- building from content -----------------------------------------------------------------------------

    def _on_content_changed(self) -> None:
        content = self.context.content
        self._content_at_age = None
        self._summary.timeline.set_stages(ordered_stages(content))
        self._list.rebuild()
        not_a_test = content.section("signs-not-a-diagnosis")
        self._not_diagnosis.setText(content_html(section_text(not_a_test)))
        self._not_diagnosis.setAccessibleName(not_a_test.title if not_a_test else "")
        self._right_scroll.set_caveats(content.section("signs-caveats"))
        self._banner.set_section(content.section("signs-urgent-banner"))
        self._summary.reserve_room(content)
        self._update_summary()

    # --- the live summary ----------------------------------------------------------------------------------

    def summary(self) -> ChecklistSummary:
        """What the ticked signs point to, with every level read at the child's age when one is chosen."""
        if self._content_at_age is None:
            self._content_at_age = at_age(self.context.content, self._list.age() or None)
        return summarize(self._content_at_age, self.context.session.ticked_signs)

    def _on_age_chosen(self, _band: str) -> None:
        self._content_at_age = None
        self._update_summary()

    def _update_summary(self) -> None:
        # Runs on every tick: it only sets the texts and counts that changed on existing widgets, never
        # rebuilds them. The count and the lit stages keep their size; the next steps and the banner's list
        # may grow, but only inside the side panel (see the module docstring).
        summary = self.summary()
        self._summary.show_summary(summary)
        self._right_scroll.show_steps(summary.actions, summary.next_steps)
        self._banner.show_urgent(summary.urgent)
        settle_layouts()
        self._say_changes(summary.count, bool(summary.urgent))

    def _say_changes(self, count: int, urgent: bool) -> None:
        """Announce what a tick changed away from the focus, which stays on the list: the count and the stages
        that light up, and the urgent banner when it appears. Quiet while the page is out of sight (a new
        session, quick exit) and when only the language changed."""
        said, self._said = self._said, (count, urgent)
        if said is None or not self.isVisible():
            return
        if count != said[0]:
            self._summary.announce()
        if urgent and not said[1]:
            self._banner.announce()

    def is_urgent_banner_shown(self) -> bool:
        return not self._banner.isHidden()

    # --- the selected sign and navigation ------------------------------------------------------------------

    def _open_stage(self, stage_id: str) -> None:
        self.context.open("luring", stage_id)

    # --- looks ---------------------------------------------------------------------------------------------

    # --- looks ---------------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _needed_height(self, width: int) -> int:
        """The height the body needs at ``width`` to show everything without cutting a text off: the texts
        above the list at their height for that width, and the list and side panel at a usable height."""
        outer = self._outer
        margins = outer.contentsMargins()
        inner = width - margins.left() - margins.right()
        items = [item for index in range(outer.count()) if (item := outer.itemAt(index)) and not item.isEmpty()]
        needed = margins.top() + margins.bottom() + outer.spacing() * max(0, len(items) - 1)
        for item in items:
            if item.widget() is self._splitter:
                needed += self._splitter_height()
            elif item.hasHeightForWidth():
                needed += item.heightForWidth(inner)
            else:
                needed += item.sizeHint().height()
        return needed

    def _splitter_height(self) -> int:
        least = self._splitter.minimumSizeHint().height()
        if self._splitter.orientation() == Qt.Orientation.Vertical:
            return least  # stacked: each part keeps a usable height (see _fit_columns)
        line = self.fontMetrics().lineSpacing()
        detail = self._list.detail
        needed = detail.heightForWidth(max(detail.width(), line * 12))
        return max(least, needed + line * 12)


    def _fit_columns(self) -> None:
        """Side by side when there is room for both columns, else one above the other (large text)."""
        char = max(1, self.fontMetrics().averageCharWidth())
        wide = self.width() >= char * 118
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._splitter.orientation() != orientation:
            self._splitter.setOrientation(orientation)
        line = self.fontMetrics().lineSpacing()
        # stacked, each part keeps a usable height; the page scrolls as a whole (FitOrScrollArea)
        self._list.set_stacked(not wide, line)
        self._right_scroll.setMinimumHeight(0 if wide else line * 16)
        self._right_scroll.setMinimumWidth(char * 30 if wide else 0)
        self._place_banner(beside=wide)
        # beside the list the banner is as narrow as the next steps: its buttons go above its words
        self._banner.set_wide(not wide and self.width() >= char * 90)

    def _place_banner(self, beside: bool) -> None:
        """The urgent banner opens at the top of the next steps when they sit beside the list, else above the
        summary: either way it shows at once, and it never takes height from the list (which would lay out
        and repaint the whole list on the tick that raises it, and move the signs under the pointer)."""
        if beside == self._banner_beside:
            return
        self._banner_beside = beside
        banner = self._banner
        self._outer.removeWidget(banner)
        self._right_scroll.take(banner)
        if beside:
            self._right_scroll.put_on_top(banner)
            # Tab order follows what is on screen: the side panel, then the banner's buttons
            QWidget.setTabOrder(self._right_scroll, banner.help_button)
        else:
            self._outer.insertWidget(self._outer.indexOf(self._summary), banner)
            markers = self._summary.timeline.markers()
            first_stage = markers[0] if markers else self._list.first_filter
            before = first_stage.previousInFocusChain()
            # Qt orders tab stops only after another tab stop: skip what Tab never reaches (a splitter handle).
            while before is not None and before is not first_stage and not (
                    before.focusPolicy() & Qt.FocusPolicy.TabFocus):
                before = before.previousInFocusChain()
            if before is not None and before is not banner.help_button:
                QWidget.setTabOrder(before, banner.help_button)
        QWidget.setTabOrder(banner.help_button, banner.guide_button)
        banner.setVisible(banner.urgent)  # moving it to another parent hides it

    def apply_theme(self) -> None:
        """Colours come from the theme in use: rebuild the page's style sheet and the level colour."""
        self._apply_style()
        self._model.apply_theme()
        self._fit_columns()
        self._list.show_detail()
        self._list.view.viewport().update()

    def _apply_style(self) -> None:
        palette = theme.current()
        # Only what the shared style sheet does not cover: the urgent banner and the list's selected row.
        self.setStyleSheet(
            f"""
            QFrame#urgentBannerTop, QFrame#urgentBannerSigns {{
                background: {palette.urgent_bg}; border: 3px solid {palette.urgent_text};
            }}
            QFrame#urgentBannerTop {{
                border-bottom: none; border-top-left-radius: 8px; border-top-right-radius: 8px;
            }}
            QFrame#urgentBannerSigns {{
                border-top: none; border-bottom-left-radius: 8px; border-bottom-right-radius: 8px;
            }}
            QFrame#urgentBanner QLabel {{ color: {palette.urgent_text}; background: transparent; }}
            QLabel#urgentBannerTitle {{ font-weight: 700; }}
            QLabel#notDiagnosis {{ color: {palette.text}; }}
            QTreeView#signsList {{
                background: {palette.surface}; color: {palette.text}; border: 1px solid {palette.border};
                selection-background-color: {palette.selection_bg}; selection-color: {palette.selection_text};
            }}
            QTreeView#signsList::item {{ padding: 4px 2px; }}
            QTreeView#signsList:focus {{ border: 2px solid {palette.focus}; }}
            """
        )
