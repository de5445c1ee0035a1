"""The list column of the warning-signs page: the filters (category, only what I ticked, clear all ticks),
the list of signs by category, and under it the selected sign's detail."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.model import LEVELS
from guardian_app.ui.context import AppContext
from guardian_app.ui.levels import level_words
from guardian_app.ui.pages.signs.age_filter import AgeFilter
from guardian_app.ui.pages.signs.detail import SignDetail
from guardian_app.ui.pages.signs.model import LEVEL_COLUMN, SIGN_COLUMN, ChecklistFilter, ChecklistModel
from guardian_app.ui.widgets.buttons import WrapCheckBox
from guardian_app.ui.widgets.layouts import FlowLayout
from guardian_app.ui.widgets.wrapping_delegate import WrappingDelegate


class SignsList(QWidget):
    """Filters, the checklist of signs (ticked with the Space bar or a click) and the selected sign's detail.

    ``age_changed`` fires when the child's age is chosen (or cleared): the list has hidden the signs that do not
    fit it and reads every level at that age.
    """

    age_changed = Signal(str)

    def __init__(self, context: AppContext, model: ChecklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._model = model
        self._proxy = ChecklistFilter(self)
        self._proxy.setSourceModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._build_filters(self))
        self.view = self._build_view(self)
        layout.addWidget(self.view, 3)
        self.detail = SignDetail(context, model.level_description, self)
        layout.addWidget(self.detail, 2)
        self._connect()

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
        self.age_filter = AgeFilter(left)
        for widget in (category_box, self.age_filter, self._only_ticked, self._reset):
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

    def _connect(self) -> None:
        self._category_combo.currentIndexChanged.connect(self._on_category_chosen)
        self.age_filter.age_changed.connect(self._on_age_chosen)
        self._only_ticked.toggled.connect(self._proxy.set_only_ticked)
        self._only_ticked.toggled.connect(lambda _checked: self.view.expandAll())
        self._reset.clicked.connect(self._ask_reset)
        self._proxy.rowsInserted.connect(self._expand_new_rows)
        self._proxy.layoutChanged.connect(self.view.expandAll)
        self._proxy.modelReset.connect(self.view.expandAll)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

    @property
    def first_filter(self) -> QWidget:
        """The first of the filters (the category choice), for the Tab order."""
        return self._category_combo

    def retranslate(self) -> None:
        self._category_label.setText(self.tr("&Show:"))
        self._category_combo.setAccessibleName(self.tr("Show signs from this category"))
        if self._category_combo.count():
            self._category_combo.setItemText(0, self.tr("All categories"))
        self.age_filter.retranslate()
        self._only_ticked.setText(self.tr("Show only what I ticked"))
        self._only_ticked.setAccessibleName(self.tr("Show only the signs I ticked"))
        self._reset.setText(self.tr("Clear all ticks"))
        self._reset.setAccessibleName(self.tr("Clear all ticks"))
        self.view.setAccessibleName(self.tr("Warning signs, grouped by category"))
        self.view.setAccessibleDescription(
            self.tr("Use the arrow keys to move and the Space bar to tick or untick a sign."))
        self.detail.retranslate()
        self._model.retranslate()
        self._model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, LEVEL_COLUMN)
        self._size_level_column()
        self.show_detail()

    def set_stacked(self, stacked: bool, line: int) -> None:
        """Above the side panel (large text): the list keeps a usable height and the detail its whole text."""
        self.view.setMinimumHeight(line * 14 if stacked else 0)
        self.detail.set_claims_height(stacked)

    def rebuild(self) -> None:
        """After new content: the categories and ages to choose from, every category open, the detail again."""
        self._fill_categories()
        self.age_filter.set_bands(self.context.content)
        self._apply_age()
        self.view.expandAll()
        self.show_detail()

    def age(self) -> str:
        """The child's age band chosen ("" for every age)."""
        return self.age_filter.age()

    def forget_age(self) -> None:
        self.age_filter.set_age("")

    def _on_age_chosen(self, band: str) -> None:
        self._apply_age()
        self.age_changed.emit(band)
        self.show_detail()

    def _apply_age(self) -> None:
        """Hide the signs that do not fit the child's age and read the levels at that age (memory only)."""
        age = self.age_filter.age() or None
        self._model.set_age(age)
        self._proxy.set_hidden_signs(
            frozenset(sign.id for sign in self.context.content.signs if not sign.fits_age(age)))
        self.view.expandAll()

    def select(self, item_id: str) -> None:
        """Select a sign (by id) or a category ("category:<id>") and bring it into view."""
        source = self._model.index_for(item_id)
        if not source.isValid():
            return
        if item_id in self._proxy.hidden_signs():
            self.age_filter.set_age("")  # a sign asked for by name is shown, whatever age was chosen
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
            self.view.setCurrentIndex(index)
            flags = QItemSelectionModel.SelectionFlag
            self.view.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_detail(current)

    def show_detail(self, proxy_index: QModelIndex | QPersistentModelIndex | None = None) -> None:
        """Show the detail of a row (by default the current one)."""
        if proxy_index is None:
            proxy_index = self.view.currentIndex()
        source = self._proxy.mapToSource(proxy_index) if proxy_index.isValid() else QModelIndex()
        sign = self._model.sign_at(source)
        if sign is None:
            self.detail.show_other(self._model.category_at(source))
        else:
            self.detail.show_sign(sign, self._model.level_of(sign))

    def _size_level_column(self) -> None:
        words = [level_words(level) for level in LEVELS]
        words.append(str(self._model.headerData(LEVEL_COLUMN, Qt.Orientation.Horizontal)))
        metrics = self.view.fontMetrics()
        bold = self.view.font()
        bold.setBold(True)
        widest = max(max(metrics.horizontalAdvance(word), QFontMetrics(bold).horizontalAdvance(word))
                     for word in words)
        self.view.header().resizeSection(LEVEL_COLUMN, widest + 28)

    def _on_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == SIGN_COLUMN:
            self.view.doItemsLayout()  # wrapped rows take a new height

    def _on_category_chosen(self, _position: int) -> None:
        self._proxy.set_category(self._category_combo.currentData() or "")
        self.view.expandAll()

    def _expand_new_rows(self, parent: QModelIndex, first: int, last: int) -> None:
        # a category that reappears under a filter should show its signs, not a closed heading
        if not parent.isValid():
            for row in range(first, last + 1):
                self.view.expand(self._proxy.index(row, 0))

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
            self.clear_ticks()

    def clear_ticks(self) -> None:
        """Untick every sign, without asking."""
        session = self.context.session
        changed = False
        for sign_id in list(session.ticked_signs):
            changed = session.set_ticked(sign_id, False) or changed
        if changed:
            self.context.notify_session_changed()
