"""The warning-signs checklist as a Qt tree model: categories, each with its signs.

Signs are user-checkable; categories are not (ticking a whole category would say more than a parent saw),
and show how many of their signs are ticked instead. The ticks live in ``context.session`` (memory only): the
model writes them with ``session.set_ticked`` and announces them with ``context.notify_session_changed``,
follows changes made elsewhere, resets from a replaced session, and rebuilds when the content changes.

Two columns: the sign, and how serious it is, in words ("Urgent"), never by colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from guardian_app.content.model import Sign, SignCategory
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext

IdRole = Qt.ItemDataRole.UserRole + 1  # the category id or sign id
KindRole = Qt.ItemDataRole.UserRole + 2  # "category" or "sign"
LevelRole = Qt.ItemDataRole.UserRole + 3  # a sign's level id: watch, concern, urgent
CategoryRole = Qt.ItemDataRole.UserRole + 4  # the category id of a category or of a sign's category

SIGN_COLUMN = 0
LEVEL_COLUMN = 1
COLUMN_COUNT = 2

_NO_PARENT = 0xFFFFFFFF  # internalId of a category row (a sign row stores its category's row)
# What a tick changes: the sign's check box and its spoken/tooltip state, and its category's count.
_COUNT_ROLES = [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole]
_TICK_ROLES = [Qt.ItemDataRole.CheckStateRole, *_COUNT_ROLES]

AnyIndex = QModelIndex | QPersistentModelIndex


class ChecklistModel(QAbstractItemModel):
    """Categories at the top level, their signs beneath; ticks kept in the session."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._categories: list[SignCategory] = []
        self._signs: list[list[Sign]] = []
        self._position: dict[str, tuple[int, int]] = {}  # sign id -> (category row, sign row)
        self._ticked: set[str] = set()
        self._build()
        context.content_changed.connect(self._on_content_changed)
        context.session_changed.connect(self._sync_from_session)
        context.session_replaced.connect(self._sync_from_session)

    # --- public helpers ------------------------------------------------------------------------------------

    def level_words(self, level_id: str) -> str:
        """A level in one or two plain words: the word "Urgent" is always spelled out."""
        words = {"watch": self.tr("Watch"), "concern": self.tr("Concern"), "urgent": self.tr("Urgent")}
        return words.get(level_id, level_id)

    def level_description(self, level_id: str) -> str:
        """The level in words with the content's title, e.g. "Urgent: Act now"."""
        level = self._context.content.level(level_id)
        words = self.level_words(level_id)
        return self.tr("{level}: {title}").format(level=words, title=level.title) if level else words

    def ticked_ids(self) -> tuple[str, ...]:
        """Ticked signs, in the order they were ticked."""
        return tuple(sign_id for sign_id in self._context.session.ticked_signs if sign_id in self._ticked)

    def is_ticked(self, sign_id: str) -> bool:
        return sign_id in self._ticked

    def set_ticked(self, sign_id: str, ticked: bool) -> bool:
        """Tick or untick one sign; returns whether anything changed."""
        index = self.index_for(sign_id)
        if not index.isValid() or self.sign_at(index) is None:
            return False
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return self.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    def index_for(self, item_id: str, column: int = SIGN_COLUMN) -> QModelIndex:
        """The index of a sign id, or of "category:<id>"; invalid when unknown."""
        if item_id.startswith("category:"):
            category_id = item_id.removeprefix("category:")
            row = next((row for row, cat in enumerate(self._categories) if cat.id == category_id), -1)
            return self.index(row, column) if row >= 0 else QModelIndex()
        position = self._position.get(item_id)
        if position is None:
            return QModelIndex()
        return self.index(position[1], column, self.index(position[0], 0))

    def sign_at(self, index: AnyIndex) -> Sign | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._signs[index.internalId()][index.row()]

    def category_at(self, index: AnyIndex) -> SignCategory | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _NO_PARENT else index.internalId()
        return self._categories[row]

    # --- Qt model API --------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds are checked here rather than with hasIndex(): views call this thousands of times.
        if row < 0 or not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT) if row < len(self._categories) else QModelIndex()
        is_category = parent.internalId() == _NO_PARENT and parent.column() == 0
        if is_category and row < len(self._signs[parent.row()]):
            return self.createIndex(row, column, parent.row())
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _NO_PARENT)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._categories)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._signs[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == SIGN_COLUMN:
                return self.tr("Warning sign")
            if section == LEVEL_COLUMN:
                return self.tr("How serious")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _NO_PARENT:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
            if index.column() == SIGN_COLUMN:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        sign = self.sign_at(index)
        if sign is None:
            return self._category_data(index, role)
        return self._sign_data(sign, index.column(), role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        sign = self.sign_at(index)
        if sign is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != SIGN_COLUMN:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        if not self._context.session.set_ticked(sign.id, ticked):
            return False
        if ticked:
            self._ticked.add(sign.id)
        else:
            self._ticked.discard(sign.id)
        self._announce(sign.id)
        self._context.notify_session_changed()
        return True

    # --- data by kind --------------------------------------------------------------------------------------

    def _category_data(self, index: AnyIndex, role: int) -> Any:
        category = self._categories[index.row()]
        if role == IdRole:
            return category.id
        if role == KindRole:
            return "category"
        if role == CategoryRole:
            return category.id
        ticked = sum(1 for sign in self._signs[index.row()] if sign.id in self._ticked)
        total = len(self._signs[index.row()])
        count_text = self.tr("{ticked} of {total} ticked").format(ticked=ticked, total=total)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == SIGN_COLUMN:
                return category.title
            return count_text if ticked else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return " ".join(part for part in (category.description, count_text + ".") if part)
        if role == Qt.ItemDataRole.FontRole and index.column() == SIGN_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _sign_data(self, sign: Sign, column: int, role: int) -> Any:
        if role == IdRole:
            return sign.id
        if role == KindRole:
            return "sign"
        if role == LevelRole:
            return sign.level
        if role == CategoryRole:
            return sign.category
        if role == Qt.ItemDataRole.DisplayRole:
            return sign.label if column == SIGN_COLUMN else self.level_words(sign.level)
        if role == Qt.ItemDataRole.CheckStateRole and column == SIGN_COLUMN:
            return (Qt.CheckState.Checked if sign.id in self._ticked else Qt.CheckState.Unchecked).value
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            ticked = self.tr("Ticked.") if sign.id in self._ticked else self.tr("Not ticked.")
            return self.tr("How serious: {level}. {ticked}").format(
                level=self.level_description(sign.level), ticked=ticked)
        if role == Qt.ItemDataRole.ForegroundRole and column == LEVEL_COLUMN:
            palette = theme.current()
            colour = {"urgent": palette.urgent_text, "concern": palette.concern, "watch": palette.watch}
            return QBrush(QColor(colour.get(sign.level, palette.text)))
        if role == Qt.ItemDataRole.FontRole and column == LEVEL_COLUMN and sign.level == "urgent":
            font = QFont()
            font.setBold(True)
            return font
        return None

    # --- keeping in step with the context ------------------------------------------------------------------

    def _build(self) -> None:
        content = self._context.content
        self._categories = []
        self._signs = []
        self._position = {}
        for category in content.categories:
            signs = list(content.signs_in_category(category.id))
            if not signs:
                continue  # an empty heading would only add noise
            for row, sign in enumerate(signs):
                self._position[sign.id] = (len(self._categories), row)
            self._categories.append(category)
            self._signs.append(signs)
        self._ticked = {sign for sign in self._context.session.ticked_signs if sign in self._position}

    def _on_content_changed(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _sync_from_session(self) -> None:
        """Follow ticks made elsewhere (another page, a reopened or cleared session); repaint only changes."""
        wanted = {sign_id for sign_id in self._context.session.ticked_signs if sign_id in self._position}
        changed = wanted ^ self._ticked
        self._ticked = wanted
        for sign_id in changed:
            self._announce(sign_id)

    def _announce(self, sign_id: str) -> None:
        # One cell per signal, with the roles that changed: a view repaints just that cell, whereas a range of
        # several cells makes it repaint (and query every role of) every visible row, on every tick.
        category_row, row = self._position[sign_id]
        parent = self.index(category_row, SIGN_COLUMN)
        sign_index = self.index(row, SIGN_COLUMN, parent)
        self.dataChanged.emit(sign_index, sign_index, _TICK_ROLES)
        # the category shows how many of its signs are ticked
        self.dataChanged.emit(parent, parent, _COUNT_ROLES)
        count_index = self.index(category_row, LEVEL_COLUMN)
        self.dataChanged.emit(count_index, count_index, [Qt.ItemDataRole.DisplayRole, *_COUNT_ROLES])


class ChecklistFilter(QSortFilterProxyModel):
    """Shows one category or all, and optionally only the ticked signs (categories follow their signs)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._category = ""
        self._only_ticked = False
        self.setRecursiveFilteringEnabled(True)

    def category(self) -> str:
        return self._category

    def set_category(self, category_id: str) -> None:
        """Show one category's signs; "" shows all."""
        if category_id != self._category:
            self.beginFilterChange()
            self._category = category_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def only_ticked(self) -> bool:
        return self._only_ticked

    def set_only_ticked(self, only_ticked: bool) -> None:
        if only_ticked != self._only_ticked:
            self.beginFilterChange()
            self._only_ticked = only_ticked
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._category and model.data(index, CategoryRole) != self._category:
            return False
        if model.data(index, KindRole) == "category":
            # with "only ticked", a category shows only through a ticked sign (recursive filtering)
            return not self._only_ticked
        if self._only_ticked:
            return model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
        return True
