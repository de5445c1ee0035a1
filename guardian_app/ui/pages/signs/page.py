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
:mod:`.detail` (the selected sign), :mod:`.model` (the list's model and filter). The page fits the window, so
only its list and side panel scroll; it scrolls as a whole only when the window is too small for it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.checklist import ChecklistSummary, ordered_stages, summarize
from guardian_app.content.model import LEVELS, Section
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.levels import level_words
from guardian_app.ui.pages.page import Page
from guardian_app.ui.pages.signs.banner import UrgentBanner
from guardian_app.ui.pages.signs.detail import SignDetail
from guardian_app.ui.pages.signs.model import LEVEL_COLUMN, SIGN_COLUMN, ChecklistFilter, ChecklistModel
from guardian_app.ui.pages.signs.summary_strip import SummaryStrip
from guardian_app.ui.widgets.buttons import WrapCheckBox
from guardian_app.ui.widgets.fit_or_scroll import FitOrScrollArea
from guardian_app.ui.widgets.fitted_panels import PanelPart, SidePanel, card
from guardian_app.ui.widgets.layouts import FlowLayout
from guardian_app.ui.widgets.steady_text import SteadyText, measured_label, settle_layouts
from guardian_app.ui.widgets.wrapping_delegate import WrappingDelegate


def _section_text(section: Section | None) -> str:
    return "\n\n".join(section.paragraphs) if section else ""


class SignsPage(Page):
    """Warning signs: the checklist, its live summary, the urgent banner and each sign's explanation."""

    page_id = "signs"
    scrolls_itself = True  # the list and the side panel scroll; the page fits the window (FitOrScrollArea)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._model = ChecklistModel(context, self)
        self._proxy = ChecklistFilter(self)
        self._proxy.setSourceModel(self._model)
        self._frame = FitOrScrollArea(self._needed_height, self)
        self._frame.setObjectName("signsFrame")
        body = QWidget()
        outer = self._outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(12)
        self._title = measured_label("h1")
        self._title.setObjectName("signsTitle")
        self._not_diagnosis = measured_label()  # the "not a test" reminder
        self._not_diagnosis.setObjectName("notDiagnosis")
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
        self._splitter.addWidget(self._build_list_column())
        self._right_scroll = self._build_side_panel()
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

    def _build_list_column(self) -> QWidget:
        """The filters, the list of signs and, under it, the selected sign's detail."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addLayout(self._build_filters(left))
        self._view = self._build_view(left)
        left_layout.addWidget(self._view, 3)
        self._detail = SignDetail(self.context, self._model.level_description, left)
        left_layout.addWidget(self._detail, 2)
        return left

    def _build_filters(self, left: QWidget) -> FlowLayout:
        # A flow: at large text sizes the filters wrap onto more lines instead of widening the page.
        filters = FlowLayout(spacing=10)
        category_box = QWidget(left)
        category_row = QHBoxLayout(category_box)
        category_row.setContentsMargins(0, 0, 0, 0)
        self._category_label = QLabel(category_box)
        self._category_label.setObjectName("categoryLabel")
        self._category_combo = QComboBox(category_box)
        self._category_combo.setObjectName("categoryFilter")
        # Its width is its longest category's, but it may be narrower: a long French category name at 200 %
        # text would otherwise widen the page. The open list still shows every name whole.
        self._category_combo.setMinimumWidth(self._category_combo.fontMetrics().averageCharWidth() * 16)
        self._category_label.setBuddy(self._category_combo)
        self._only_ticked = WrapCheckBox(parent=left)  # wraps at 200 % text (French)
        self._only_ticked.setObjectName("onlyTicked")
        self._reset = QPushButton(left)
        self._reset.setObjectName("resetTicks")
        category_row.addWidget(self._category_label)
        category_row.addWidget(self._category_combo, 1)
        for widget in (category_box, self._only_ticked, self._reset):
            filters.addWidget(widget)
        return filters

    def _build_view(self, left: QWidget) -> QTreeView:
        view = QTreeView(left)
        view.setObjectName("signsList")
        view.setModel(self._proxy)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(False)
        # Labels wrap instead of being cut off: a parent must read the whole sign.
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setItemDelegate(WrappingDelegate(view, SIGN_COLUMN))
        view.setAllColumnsShowFocus(True)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SIGN_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A fixed width (set in retranslate): "resize to contents" would measure every row on every tick.
        header.setSectionResizeMode(LEVEL_COLUMN, QHeaderView.ResizeMode.Fixed)
        view.setIndentation(16)
        header.sectionResized.connect(self._on_column_resized)
        view.expandAll()
        return view

    def _build_side_panel(self) -> SidePanel:
        """What to do next and the caveats; the urgent banner opens at its top when it sits beside the list."""
        panel = SidePanel()
        panel.setObjectName("nextStepsPanel")
        # Only text inside: the area keeps its Tab stop so keyboard users can scroll it, and says what it holds.
        panel.setFrameShape(QFrame.Shape.NoFrame)
        right = PanelPart()
        right_layout = self._right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 4, 0)
        right_layout.setSpacing(12)
        steps, steps_layout = card("nextSteps", right, side=True)
        self._steps_title = measured_label("h3")
        self._steps_title.setObjectName("nextStepsTitle")
        self._steps_box = SteadyText(rich=True)
        self._steps_box.label.setObjectName("nextStepsList")
        steps_layout.addWidget(self._steps_title)
        steps_layout.addWidget(self._steps_box)
        caveats, caveats_layout = card("caveats", right, side=True)
        self._caveats_card = caveats
        self._caveats_title = measured_label("h3")
        self._caveats_title.setObjectName("caveatsTitle")
        self._caveats_text = measured_label()
        self._caveats_text.setObjectName("caveatsText")
        caveats_layout.addWidget(self._caveats_title)
        caveats_layout.addWidget(self._caveats_text)
        right_layout.addWidget(steps)
        right_layout.addWidget(caveats)
        right_layout.addStretch(1)
        panel.setWidget(right)
        return panel

    def _connect(self, context: AppContext) -> None:
        self._category_combo.currentIndexChanged.connect(self._on_category_chosen)
        self._only_ticked.toggled.connect(self._proxy.set_only_ticked)
        self._only_ticked.toggled.connect(lambda _checked: self._view.expandAll())
        self._reset.clicked.connect(self._ask_reset)
        self._proxy.rowsInserted.connect(self._expand_new_rows)
        self._proxy.layoutChanged.connect(self._view.expandAll)
        self._proxy.modelReset.connect(self._view.expandAll)
        self._view.selectionModel().currentChanged.connect(self._on_current_changed)
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
        source = self._model.index_for(item_id)
        if not source.isValid():
            return
        if item_id.startswith("category:"):
            position = self._category_combo.findData(item_id.removeprefix("category:"))
            self._category_combo.setCurrentIndex(max(position, 0))
        else:
            if self._proxy.category() and self._proxy.category() != self._model.category_at(source).id:  # type: ignore[union-attr]
                self._category_combo.setCurrentIndex(0)
            if self._only_ticked.isChecked() and not self._model.is_ticked(item_id):
                self._only_ticked.setChecked(False)
        index = self._proxy.mapFromSource(source)
        if index.isValid():
            self._view.setCurrentIndex(index)
            flags = QItemSelectionModel.SelectionFlag
            self._view.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)
            self._view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_sensitive(self) -> None:
        """Untick everything at once, without asking (quick exit, End session)."""
        self._clear_ticks()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Warning signs"))
        self._category_label.setText(self.tr("&Show:"))
        self._category_combo.setAccessibleName(self.tr("Show signs from this category"))
        if self._category_combo.count():
            self._category_combo.setItemText(0, self.tr("All categories"))
        self._only_ticked.setText(self.tr("Show only what I ticked"))
        self._only_ticked.setAccessibleName(self.tr("Show only the signs I ticked"))
        self._reset.setText(self.tr("Clear all ticks"))
        self._reset.setAccessibleName(self.tr("Clear all ticks"))
        self._view.setAccessibleName(self.tr("Warning signs, grouped by category"))
        self._view.setAccessibleDescription(
            self.tr("Use the arrow keys to move and the Space bar to tick or untick a sign."))
        self._steps_title.setText(self.tr("What you can do next"))
        self._right_scroll.setAccessibleName(self.tr("What you can do next"))
        for part in (self._summary, self._banner, self._detail):
            part.retranslate()
        self._model.retranslate()
        self._model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, LEVEL_COLUMN)
        self._size_level_column()
        self._summary.reserve_room(self.context.content)
        self._update_summary()
        self._show_detail(self._view.currentIndex())

    # --- building from content -----------------------------------------------------------------------------

    def _on_content_changed(self) -> None:
        content = self.context.content
        self._summary.timeline.set_stages(ordered_stages(content))
        self._fill_categories()
        not_a_test = content.section("signs-not-a-diagnosis")
        self._not_diagnosis.setText(_section_text(not_a_test))
        self._not_diagnosis.setAccessibleName(not_a_test.title if not_a_test else "")
        caveats = content.section("signs-caveats")
        self._caveats_title.setText(caveats.title if caveats else "")
        self._caveats_text.setText(_section_text(caveats))
        self._caveats_card.setVisible(caveats is not None)
        self._banner.set_section(content.section("signs-urgent-banner"))
        self._view.expandAll()
        self._summary.reserve_room(content)
        self._update_summary()
        self._show_detail(self._view.currentIndex())

    def _fill_categories(self) -> None:
        chosen = self._proxy.category()
        self._category_combo.blockSignals(True)
        self._category_combo.clear()
        self._category_combo.addItem(self.tr("All categories"), "")
        for row in range(self._model.rowCount()):
            category = self._model.category_at(self._model.index(row, 0))
            if category is not None:
                self._category_combo.addItem(category.title, category.id)
        position = self._category_combo.findData(chosen)
        self._category_combo.setCurrentIndex(max(position, 0))
        self._category_combo.blockSignals(False)
        self._proxy.set_category(self._category_combo.currentData() or "")

    # --- the live summary ----------------------------------------------------------------------------------

    def summary(self) -> ChecklistSummary:
        return summarize(self.context.content, self.context.session.ticked_signs)

    def _update_summary(self) -> None:
        # Runs on every tick: it only sets the texts and counts that changed on existing widgets, never
        # rebuilds them. The count and the lit stages keep their size; the next steps and the banner's list
        # may grow, but only inside the side panel (see the module docstring).
        summary = self.summary()
        self._summary.show_summary(summary)
        if summary.next_steps:
            items = "".join(
                f"<li style='margin-bottom:6px'>{html.escape(step)}</li>" for step in summary.next_steps)
            self._steps_box.setText(f"<ol style='margin-left:0px'>{items}</ol>")
        else:
            self._steps_box.setText(html.escape(self.tr(
                "When you tick a sign, steps that fit what you noticed will appear here.")))
        steps_said = "\n".join(summary.next_steps)
        if self._steps_box.label.accessibleDescription() != steps_said:
            self._steps_box.label.setAccessibleDescription(steps_said)
        self._banner.show_urgent(summary.urgent)
        settle_layouts()

    def is_urgent_banner_shown(self) -> bool:
        return not self._banner.isHidden()

    # --- the selected sign and navigation ------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(current)

    def _show_detail(self, proxy_index: QModelIndex | QPersistentModelIndex) -> None:
        source = self._proxy.mapToSource(proxy_index) if proxy_index.isValid() else QModelIndex()
        sign = self._model.sign_at(source)
        if sign is None:
            self._detail.show_other(self._model.category_at(source))
        else:
            self._detail.show_sign(sign)

    def _open_stage(self, stage_id: str) -> None:
        self.context.open("luring", stage_id)

    # --- filters and reset ---------------------------------------------------------------------------------

    def _size_level_column(self) -> None:
        words = [level_words(level) for level in LEVELS]
        words.append(str(self._model.headerData(LEVEL_COLUMN, Qt.Orientation.Horizontal)))
        metrics = self._view.fontMetrics()
        bold = self._view.font()
        bold.setBold(True)
        widest = max(max(metrics.horizontalAdvance(word), QFontMetrics(bold).horizontalAdvance(word))
                     for word in words)
        self._view.header().resizeSection(LEVEL_COLUMN, widest + 28)

    def _on_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == SIGN_COLUMN:
            self._view.doItemsLayout()  # wrapped rows take a new height

    def _on_category_chosen(self, _position: int) -> None:
        self._proxy.set_category(self._category_combo.currentData() or "")
        self._view.expandAll()

    def _expand_new_rows(self, parent: QModelIndex, first: int, last: int) -> None:
        # a category that reappears under a filter should show its signs, not a closed heading
        if not parent.isValid():
            for row in range(first, last + 1):
                self._view.expand(self._proxy.index(row, 0))

    def _ask_reset(self) -> None:
        if not self._model.ticked_ids():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Clear all ticks?"),
            self.tr("This unticks every sign on this list. Your notes are not affected. Clear the ticks?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._clear_ticks()

    def _clear_ticks(self) -> None:
        session = self.context.session
        changed = False
        for sign_id in list(session.ticked_signs):
            changed = session.set_ticked(sign_id, False) or changed
        if changed:
            self.context.notify_session_changed()

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
        detail = self._detail.heightForWidth(max(self._detail.width(), line * 12))
        return max(least, detail + line * 12)


    def _fit_columns(self) -> None:
        """Side by side when there is room for both columns, else one above the other (large text)."""
        char = max(1, self.fontMetrics().averageCharWidth())
        wide = self.width() >= char * 118
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._splitter.orientation() != orientation:
            self._splitter.setOrientation(orientation)
        line = self.fontMetrics().lineSpacing()
        # stacked, each part keeps a usable height; the page scrolls as a whole (FitOrScrollArea)
        self._view.setMinimumHeight(0 if wide else line * 14)
        self._right_scroll.setMinimumHeight(0 if wide else line * 16)
        self._right_scroll.setMinimumWidth(char * 30 if wide else 0)
        self._detail.set_claims_height(not wide)
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
        for layout in (self._outer, self._right_layout):
            layout.removeWidget(banner)
        if beside:
            self._right_layout.insertWidget(0, banner)
            # Tab order follows what is on screen: the side panel, then the banner's buttons
            QWidget.setTabOrder(self._right_scroll, banner.help_button)
        else:
            self._outer.insertWidget(self._outer.indexOf(self._summary), banner)
            markers = self._summary.timeline.markers()
            first_stage = markers[0] if markers else self._category_combo
            before = first_stage.previousInFocusChain()
            if before is not None and before is not banner.help_button:
                QWidget.setTabOrder(before, banner.help_button)
        QWidget.setTabOrder(banner.help_button, banner.guide_button)
        banner.setVisible(banner.urgent)  # moving it to another parent hides it

    def apply_theme(self) -> None:
        """Colours come from the theme in use: rebuild the page's style sheet and the level colour."""
        self._apply_style()
        self._model.apply_theme()
        self._fit_columns()
        self._show_detail(self._view.currentIndex())
        self._view.viewport().update()

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
