"""The warning-signs checklist page.

A parent ticks what they have noticed, grouped by category. Beside the list, a live summary says how many
signs are ticked, lights up the stages of luring they point to on the stage timeline, and lists a few next
steps taken from the content. An urgent sign raises a clear banner at once, with the way to "Someone is
threatening my child" and to "Get help now". There is never a score or a verdict: the page says so plainly,
and shows the caveats.

Ticks live only in memory (``context.session``); nothing here writes to disk.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.checklist import ChecklistSummary, ordered_stages, summarize
from guardian_app.content.model import Section, Sign
from guardian_app.ui import theme
from guardian_app.ui.checklist_model import LEVEL_COLUMN, SIGN_COLUMN, ChecklistFilter, ChecklistModel
from guardian_app.ui.context import AppContext
from guardian_app.ui.page import Page
from guardian_app.ui.stage_timeline import StageTimeline
from guardian_app.ui.widgets import FlowLayout, fit_direction

THREATENED_GUIDE = "someone-is-threatening-my-child"


def _label(role: str = "", parent: QWidget | None = None, rich: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


def _card(object_name: str, parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName(object_name)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    return frame, layout


def _section_text(section: Section | None) -> str:
    return "\n\n".join(section.paragraphs) if section else ""


class _WrappingDelegate(QStyledItemDelegate):
    """Gives wrapped sign labels the height they need at the column's width (Qt sizes rows unwrapped)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # The view asks for every row's height after each tick; measuring text is slow, so heights are kept
        # per (text, width, font height, depth) and a tick costs a dictionary look-up per row.
        self._heights: dict[tuple[str, int, int, int, int], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth = 1 if index.parent().isValid() else 0
        key = (str(index.data() or ""), index.column(), self._view.columnWidth(index.column()),
               option.fontMetrics.height(), depth)
        cached = self._heights.get(key)
        if cached is None:
            if len(self._heights) > 5000:  # many widths after lots of resizing: start again
                self._heights.clear()
            cached = self._heights[key] = self._measure(option, index, depth)
        return cached

    def _measure(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                 depth: int) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != SIGN_COLUMN:
            return hint
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = self._view.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 12
        used = self._view.indentation() * (depth + 1) + indicator + 12
        width = max(80, self._view.columnWidth(SIGN_COLUMN) - used)
        wrap = int(Qt.TextFlag.TextWordWrap)
        text = item.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), wrap, item.text)
        return QSize(hint.width(), max(hint.height(), text.height() + 10))


class SignsPage(Page):
    """Warning signs: the checklist, its live summary, the urgent banner and each sign's explanation."""

    page_id = "signs"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._model = ChecklistModel(context, self)
        self._proxy = ChecklistFilter(self)
        self._proxy.setSourceModel(self._model)
        self._current_sign: Sign | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(12)

        # --- heading and the "not a test" reminder ---
        self._title = _label("h1")
        self._not_diagnosis = _label()
        self._not_diagnosis.setObjectName("notDiagnosis")
        outer.addWidget(self._title)
        outer.addWidget(self._not_diagnosis)

        # --- urgent banner, hidden until an urgent sign is ticked ---
        self._banner = QFrame(self)
        self._banner.setObjectName("urgentBanner")
        banner_row = self._banner_row = QHBoxLayout(self._banner)
        banner_row.setContentsMargins(18, 12, 18, 12)
        banner_row.setSpacing(18)
        banner_layout = QVBoxLayout()
        banner_layout.setSpacing(6)
        self._banner_title = _label("h2")
        self._banner_title.setObjectName("urgentBannerTitle")
        self._banner_text = _label()
        self._banner_signs = _label()
        self._banner_guide = QPushButton(self._banner)
        self._banner_guide.setObjectName("urgentGuideButton")
        self._banner_guide.setProperty("role", "primary")
        self._banner_guide.clicked.connect(self._open_threat_guide)
        self._banner_help = QPushButton(self._banner)
        self._banner_help.setObjectName("getHelpButton")
        self._banner_help.clicked.connect(self._open_help)
        banner_buttons = QVBoxLayout()
        banner_buttons.setSpacing(8)
        banner_buttons.addWidget(self._banner_help)
        banner_buttons.addWidget(self._banner_guide)
        banner_buttons.addStretch(1)
        for widget in (self._banner_title, self._banner_text, self._banner_signs):
            banner_layout.addWidget(widget)
        banner_row.addLayout(banner_layout, 1)
        banner_row.addLayout(banner_buttons)
        self._banner.hide()
        outer.addWidget(self._banner)

        # --- the summary strip: count, stage timeline, lit stages in words ---
        summary, summary_layout = _card("summaryCard", self)
        self._count_label = _label("h3")
        self._count_label.setObjectName("tickedCount")
        self._timeline = StageTimeline(vertical=False, selectable=False, parent=summary)
        self._timeline.stage_activated.connect(self._open_stage)
        self._lit_label = _label()
        self._lit_label.setObjectName("litStages")
        summary_layout.addWidget(self._count_label)
        summary_layout.addWidget(self._timeline)
        summary_layout.addWidget(self._lit_label)
        outer.addWidget(summary)

        # --- the list (left) and what to do (right) ---
        splitter = self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        # A flow: at large text sizes the filters wrap onto more lines instead of widening the page.
        filters = FlowLayout(spacing=10)
        category_box = QWidget(left)
        category_row = QHBoxLayout(category_box)
        category_row.setContentsMargins(0, 0, 0, 0)
        self._category_label = QLabel(category_box)
        self._category_combo = QComboBox(category_box)
        self._category_combo.setObjectName("categoryFilter")
        self._category_label.setBuddy(self._category_combo)
        self._only_ticked = QCheckBox(left)
        self._only_ticked.setObjectName("onlyTicked")
        self._reset = QPushButton(left)
        self._reset.setObjectName("resetTicks")
        category_row.addWidget(self._category_label)
        category_row.addWidget(self._category_combo, 1)
        filters.addWidget(category_box)
        filters.addWidget(self._only_ticked)
        filters.addWidget(self._reset)
        left_layout.addLayout(filters)

        self._view = QTreeView(left)
        self._view.setObjectName("signsList")
        self._view.setModel(self._proxy)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setAlternatingRowColors(False)
        # Labels wrap instead of being cut off: a parent must read the whole sign.
        self._view.setWordWrap(True)
        self._view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._view.setItemDelegate(_WrappingDelegate(self._view))
        self._view.setAllColumnsShowFocus(True)
        header = self._view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SIGN_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A fixed width (set in retranslate): "resize to contents" would measure every row on every tick.
        header.setSectionResizeMode(LEVEL_COLUMN, QHeaderView.ResizeMode.Fixed)
        self._view.setIndentation(16)
        header.sectionResized.connect(self._on_column_resized)
        self._view.expandAll()
        left_layout.addWidget(self._view, 3)

        detail, detail_layout = _card("signDetail", left)
        self._detail_title = _label("h3")
        self._detail_level = _label()
        self._detail_level.setObjectName("detailLevel")
        self._detail_why = _label()
        self._detail_stages = _label("muted")
        self._see_stage = QPushButton(detail)
        self._see_stage.setObjectName("seeStageButton")
        self._see_stage.clicked.connect(self._open_sign_stage)
        self._talk = QPushButton(detail)
        self._talk.setObjectName("talkButton")
        self._talk.clicked.connect(self._open_sign_talk)
        self._help = QPushButton(detail)
        self._help.setObjectName("signHelpButton")
        self._help.clicked.connect(self._open_sign_help)
        detail_buttons = FlowLayout(spacing=8)
        for button in (self._see_stage, self._talk, self._help):
            detail_buttons.addWidget(button)
        for widget in (self._detail_title, self._detail_level, self._detail_why, self._detail_stages):
            detail_layout.addWidget(widget)
        detail_layout.addLayout(detail_buttons)
        detail_layout.addStretch(1)
        left_layout.addWidget(detail, 2)

        right_scroll = QScrollArea(splitter)
        # Only text inside: the area keeps its Tab stop so keyboard users can scroll it, and says what it holds.
        self._right_scroll = right_scroll
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 4, 0)
        right_layout.setSpacing(12)
        steps, steps_layout = _card("nextSteps", right)
        self._steps_title = _label("h3")
        self._steps_list = _label(rich=True)
        self._steps_list.setObjectName("nextStepsList")
        steps_layout.addWidget(self._steps_title)
        steps_layout.addWidget(self._steps_list)
        caveats, caveats_layout = _card("caveats", right)
        self._caveats_card = caveats
        self._caveats_title = _label("h3")
        self._caveats_text = _label()
        caveats_layout.addWidget(self._caveats_title)
        caveats_layout.addWidget(self._caveats_text)
        right_layout.addWidget(steps)
        right_layout.addWidget(caveats)
        right_layout.addStretch(1)
        right_scroll.setWidget(right)

        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        self._right_scroll = right_scroll
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([660, 460])

        # --- wiring ---
        self._category_combo.currentIndexChanged.connect(self._on_category_chosen)
        self._only_ticked.toggled.connect(self._proxy.set_only_ticked)
        self._only_ticked.toggled.connect(lambda _checked: self._view.expandAll())
        self._reset.clicked.connect(self._ask_reset)
        self._proxy.rowsInserted.connect(self._expand_new_rows)
        self._proxy.layoutChanged.connect(self._view.expandAll)
        self._proxy.modelReset.connect(self._view.expandAll)
        view_selection = self._view.selectionModel()
        view_selection.currentChanged.connect(self._on_current_changed)
        context.session_changed.connect(self._update_summary)
        context.session_replaced.connect(self._update_summary)
        context.content_changed.connect(self._on_content_changed)

        self._apply_style()
        self.retranslate()
        self._on_content_changed()

    # --- Page API ------------------------------------------------------------------------------------------

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
        self._timeline.setAccessibleName(self.tr("Stages the ticked signs point to"))
        self._banner_guide.setText(self.tr("Someone is threatening my child"))
        self._banner_guide.setAccessibleName(self.tr("Open the guide: Someone is threatening my child"))
        self._banner_help.setText(self.tr("Get help now"))
        self._banner_help.setAccessibleName(self.tr("Get help now"))
        self._see_stage.setText(self.tr("See this stage"))
        self._see_stage.setAccessibleName(self.tr("See this stage in How luring works"))
        self._talk.setText(self.tr("Ways to talk about it"))
        self._talk.setAccessibleName(self.tr("Ways to talk with your child about it"))
        self._help.setText(self.tr("Where to get help"))
        self._help.setAccessibleName(self.tr("Where to get help with this"))
        self._steps_title.setText(self.tr("What you can do next"))
        self._right_scroll.setAccessibleName(self.tr("What you can do next"))
        self._model.retranslate()
        self._model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, LEVEL_COLUMN)
        self._size_level_column()
        self._update_summary()
        self._show_detail(self._view.currentIndex())

    # --- building from content -----------------------------------------------------------------------------

    def _on_content_changed(self) -> None:
        content = self.context.content
        self._timeline.set_stages(ordered_stages(content))
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

        not_a_test = content.section("signs-not-a-diagnosis")
        self._not_diagnosis.setText(_section_text(not_a_test))
        self._not_diagnosis.setAccessibleName(not_a_test.title if not_a_test else "")
        caveats = content.section("signs-caveats")
        self._caveats_title.setText(caveats.title if caveats else "")
        self._caveats_text.setText(_section_text(caveats))
        self._caveats_card.setVisible(caveats is not None)
        banner = content.section("signs-urgent-banner")
        self._banner_text.setText(_section_text(banner))
        self._banner_section_title = banner.title if banner else ""
        self._view.expandAll()
        self._update_summary()
        self._show_detail(self._view.currentIndex())

    # --- the live summary ----------------------------------------------------------------------------------

    def summary(self) -> ChecklistSummary:
        return summarize(self.context.content, self.context.session.ticked_signs)

    def _update_summary(self) -> None:
        # Runs on every tick: it only sets texts and counts on existing widgets, never rebuilds them.
        summary = self.summary()
        count = summary.count
        if count == 0:
            self._count_label.setText(self.tr("You have not ticked any signs yet."))
            self._lit_label.setText(self.tr(
                "Tick what you have noticed. The stages your signs point to will light up here."))
        else:
            if count == 1:
                self._count_label.setText(self.tr("You ticked 1 sign. It points to these stages:"))
            else:
                self._count_label.setText(
                    self.tr("You ticked {count} signs. They point to these stages:").format(count=count))
            parts = []
            for item in summary.lit_stages:
                stage_number = summary.stage_counts.index(item) + 1
                signs = self.tr("1 sign") if item.count == 1 else self.tr("{n} signs").format(n=item.count)
                parts.append(self.tr("{number}. {title} ({signs})").format(
                    number=stage_number, title=item.stage.title, signs=signs))
            self._lit_label.setText(self.tr("Lit up: {stages}. Select a stage to learn about it.").format(
                stages=", ".join(parts)))
        self._count_label.setAccessibleName(self._count_label.text())
        self._timeline.set_counts({item.stage.id: item.count for item in summary.stage_counts})

        if summary.next_steps:
            items = "".join(
                f"<li style='margin-bottom:6px'>{html.escape(step)}</li>" for step in summary.next_steps)
            self._steps_list.setText(f"<ol style='margin-left:0px'>{items}</ol>")
        else:
            self._steps_list.setText(html.escape(self.tr(
                "When you tick a sign, steps that fit what you noticed will appear here.")))
        self._steps_list.setAccessibleDescription("\n".join(summary.next_steps))

        urgent = bool(summary.urgent)
        if urgent:
            title = getattr(self, "_banner_section_title", "")
            self._banner_title.setText(
                self.tr("Urgent: {title}").format(title=title) if title else self.tr("Urgent"))
            labels = "; ".join(sign.label for sign in summary.urgent)
            self._banner_signs.setText(self.tr("Urgent sign you ticked: {signs}").format(signs=labels)
                                       if len(summary.urgent) == 1
                                       else self.tr("Urgent signs you ticked: {signs}").format(signs=labels))
            self._banner.setAccessibleName(self._banner_title.text())
            self._banner.setAccessibleDescription(self._banner_text.text())
        self._banner.setVisible(urgent)

    def is_urgent_banner_shown(self) -> bool:
        return not self._banner.isHidden()

    # --- the selected sign ---------------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(current)

    def _show_detail(self, proxy_index: QModelIndex | QPersistentModelIndex) -> None:
        source = self._proxy.mapToSource(proxy_index) if proxy_index.isValid() else QModelIndex()
        sign = self._model.sign_at(source)
        self._current_sign = sign
        buttons = (self._see_stage, self._talk, self._help)
        if sign is None:
            category = self._model.category_at(source)
            if category is not None:
                self._detail_title.setText(category.title)
                self._detail_why.setText(category.description)
            else:
                self._detail_title.setText(self.tr("Select a sign to read about it"))
                self._detail_why.setText(self.tr(
                    "Choose a sign in the list to see why it matters and what you can do. "
                    "Press the Space bar, or click its box, to tick it."))
            self._detail_level.hide()
            self._detail_stages.hide()
            for button in buttons:
                button.hide()
            return
        content = self.context.content
        palette = theme.current()
        colour = {"urgent": palette.urgent_text, "concern": palette.concern, "watch": palette.watch}
        self._detail_title.setText(sign.label)
        level = self.tr("How serious: {level}").format(level=self._model.level_description(sign.level))
        self._detail_level.setText(level)
        self._detail_level.setStyleSheet(
            f"color: {colour.get(sign.level, palette.text)}; font-weight: 600; background: transparent;")
        self._detail_level.show()
        self._detail_why.setText(sign.why)
        stage_numbers = {stage.id: number for number, stage in enumerate(ordered_stages(content), start=1)}
        stage_names = [
            self.tr("{number}. {title}").format(number=stage_numbers.get(stage_id, "?"), title=stage.title)
            for stage_id in sign.stages if (stage := content.stage(stage_id)) is not None
        ]
        self._detail_stages.setText(
            self.tr("Stages of luring: {stages}").format(stages=", ".join(stage_names)))
        self._detail_stages.setVisible(bool(stage_names))
        self._see_stage.setVisible(bool(stage_names))
        self._talk.show()
        self._help.show()

    # --- navigation ----------------------------------------------------------------------------------------

    def _open_stage(self, stage_id: str) -> None:
        self.context.open("luring", stage_id)

    def _open_sign_stage(self) -> None:
        if self._current_sign and self._current_sign.stages:
            self.context.open("luring", self._current_sign.stages[0])

    def _open_sign_talk(self) -> None:
        sign = self._current_sign
        if sign is not None:
            self.context.open("talk", f"situation:{sign.situations[0]}" if sign.situations else "")

    def _open_sign_help(self) -> None:
        sign = self._current_sign
        if sign is None:
            return
        if sign.help_groups:
            self.context.open("help", f"group:{sign.help_groups[0]}")
        elif sign.guides:
            self.context.open("guide", sign.guides[0])
        else:
            self.context.open("help")

    def _open_threat_guide(self) -> None:
        self.context.open("guide", THREATENED_GUIDE)

    def _open_help(self) -> None:
        self.context.open("help")

    # --- filters and reset ---------------------------------------------------------------------------------

    def _size_level_column(self) -> None:
        words = [self._model.level_words(level) for level in ("watch", "concern", "urgent")]
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Side by side when there is room for both columns, else one above the other (large text)."""
        char = max(1, self.fontMetrics().averageCharWidth())
        wide = self.width() >= char * 118
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._splitter.orientation() != orientation:
            self._splitter.setOrientation(orientation)
        line = self.fontMetrics().lineSpacing()
        # stacked, each part keeps a usable height; the page frame scrolls
        self._view.setMinimumHeight(0 if wide else line * 14)
        self._right_scroll.setMinimumHeight(0 if wide else line * 16)
        self._right_scroll.setMinimumWidth(char * 30 if wide else 0)
        fit_direction(self._banner_row, self.width() >= char * 90)

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
            QFrame#urgentBanner {{
                background: {palette.urgent_bg}; border: 3px solid {palette.urgent_text}; border-radius: 8px;
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
