"""The warning-signs checklist as a Qt tree model: categories, each with its signs.

Signs are user-checkable; categories are not (ticking a whole category would say more than a parent saw),
and show how many of their signs are ticked instead. The ticks live in ``context.session`` (memory only): the
model writes them with ``session.set_ticked`` and announces them with ``context.notify_session_changed``,
follows changes made elsewhere, resets from a replaced session, and rebuilds when the content changes.

Two columns: the sign, and how serious it is, in words ("Urgent"), never by colour alone. With a child's age
chosen (:meth:`ChecklistModel.set_age`, memory only), a sign's level is the one it has at that age, and the
filter (:meth:`ChecklistFilter.set_hidden_signs`) hides the signs that do not fit that age.

The cells are ``QStandardItem``s holding every role's value, so painting the list never calls into Python (a
full repaint of the list costs a third of what a Python ``data()`` did). What a tick changes is written to its
four cells at once: the sign's two and its category's two. Texts that come from ``tr()`` and colours that come
from the theme are written again by :meth:`ChecklistModel.retranslate` and :meth:`ChecklistModel.apply_theme`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from guardian_app.content.model import Sign, SignCategory
from guardian_app.ui.context import AppContext
from guardian_app.ui.levels import level_colour, level_words

IdRole = Qt.ItemDataRole.UserRole + 1  # the category id or sign id
KindRole = Qt.ItemDataRole.UserRole + 2  # "category" or "sign"
LevelRole = Qt.ItemDataRole.UserRole + 3  # a sign's level id: watch, concern, urgent
CategoryRole = Qt.ItemDataRole.UserRole + 4  # the category id of a category or of a sign's category

SIGN_COLUMN = 0
LEVEL_COLUMN = 1
COLUMN_COUNT = 2

AnyIndex = QModelIndex | QPersistentModelIndex
Roles = dict[int, Any]

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_SPOKEN = Qt.ItemDataRole.AccessibleDescriptionRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_SIGN_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_CATEGORY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)  # only the weight is set: size and family still come from the list
    return font


class ChecklistModel(QStandardItemModel):
    """Categories at the top level, their signs beneath; ticks kept in the session."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(0, COLUMN_COUNT, parent)
        self._context = context
        self._categories: list[SignCategory] = []
        self._signs: list[list[Sign]] = []
        self._signs_by_id: dict[str, Sign] = {}
        self._category_rows: dict[str, int] = {}
        self._position: dict[str, tuple[int, int]] = {}  # sign id -> (category row, sign row)
        self._ticked: set[str] = set()
        self._age: str | None = None  # the child's age band, never stored: levels are read at this age
        self._build()
        context.content_changed.connect(self._on_content_changed)
        context.session_changed.connect(self._sync_from_session)
        context.session_replaced.connect(self._sync_from_session)

    # --- public helpers ------------------------------------------------------------------------------------

    def level_of(self, sign: Sign) -> str:
        """How serious ``sign`` is at the age chosen (its own level when no age is chosen)."""
        return sign.level_for(self._age)

    def age(self) -> str | None:
        return self._age

    def set_age(self, age_band: str | None) -> None:
        """Read every level at ``age_band`` (None: each sign's own level); only the cells that change repaint."""
        if age_band == self._age:
            return
        before = {sign.id: self.level_of(sign) for signs in self._signs for sign in signs}
        self._age = age_band
        for signs in self._signs:
            for sign in signs:
                if self.level_of(sign) != before[sign.id]:
                    self._write_level(sign)

    def level_description(self, level_id: str) -> str:
        """The level in words with the content's title, e.g. "Urgent: Act now"."""
        level = self._context.content.level(level_id)
        words = level_words(level_id)
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
            row = self._category_rows.get(item_id.removeprefix("category:"), -1)
            return self.index(row, column) if row >= 0 else QModelIndex()
        position = self._position.get(item_id)
        if position is None:
            return QModelIndex()
        return self.index(position[1], column, self.index(position[0], SIGN_COLUMN))

    def sign_at(self, index: AnyIndex) -> Sign | None:
        if not index.isValid() or index.data(KindRole) != "sign":
            return None
        return self._signs_by_id.get(index.data(IdRole))

    def category_at(self, index: AnyIndex) -> SignCategory | None:
        if not index.isValid():
            return None
        row = self._category_rows.get(index.data(CategoryRole), -1)
        return self._categories[row] if row >= 0 else None

    def retranslate(self) -> None:
        """Write the translated words (levels, counts, tooltips) again, after a change of language."""
        for row in range(len(self._categories)):
            self._write_category(row)
            for sign in self._signs[row]:
                self._write_sign(sign)

    def apply_theme(self) -> None:
        """Colour the level words with the theme in use (the words themselves say the level)."""
        for signs in self._signs:
            for sign in signs:
                self.setItemData(self.index_for(sign.id, LEVEL_COLUMN),
                                 {Qt.ItemDataRole.ForegroundRole: self._level_brush(self.level_of(sign))})

    # --- Qt model API --------------------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == SIGN_COLUMN:
                return self.tr("Warning sign")
            if section == LEVEL_COLUMN:
                return self.tr("How serious")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Only a sign's check box can be changed (by a click or Space): it ticks the sign in the session."""
        sign = self.sign_at(index)
        if sign is None or role != _CHECK or index.column() != SIGN_COLUMN:
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

    # --- what each cell holds ------------------------------------------------------------------------------

    def _category_roles(self, row: int) -> tuple[Roles, Roles]:
        """The changing roles of a category's two cells: its ticked count, said and shown."""
        signs = self._signs[row]
        ticked = sum(1 for sign in signs if sign.id in self._ticked)
        count_text = self.tr("{ticked} of {total} ticked").format(ticked=ticked, total=len(signs))
        spoken = " ".join(part for part in (self._categories[row].description, count_text + ".") if part)
        title: Roles = {_TOOLTIP: spoken, _SPOKEN: spoken}
        return title, {**title, _DISPLAY: count_text if ticked else ""}

    def _sign_roles(self, sign: Sign) -> tuple[Roles, Roles]:
        """The changing roles of a sign's two cells: its tick, and its level and tick in words."""
        ticked = sign.id in self._ticked
        level = self.level_of(sign)
        spoken = self.tr("How serious: {level}. {ticked}").format(
            level=self.level_description(level), ticked=self.tr("Ticked.") if ticked else self.tr("Not ticked."))
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return ({_TOOLTIP: spoken, _SPOKEN: spoken, _CHECK: state.value},
                {_TOOLTIP: spoken, _SPOKEN: spoken, _DISPLAY: level_words(level)})

    def _level_brush(self, level_id: str) -> QBrush:
        return QBrush(QColor(level_colour(level_id)))

    def _write_category(self, row: int) -> None:
        title, count = self._category_roles(row)
        self.setItemData(self.index(row, SIGN_COLUMN), title)
        self.setItemData(self.index(row, LEVEL_COLUMN), count)

    def _level_roles(self, sign: Sign) -> Roles:
        """The roles of a sign's level cell that depend on its level: colour, weight and the level id."""
        level = self.level_of(sign)
        # An empty font sets nothing, so the list's own font shows: the level's weight, not a leftover bold.
        font = _bold() if level == "urgent" else QFont()
        return {Qt.ItemDataRole.ForegroundRole: self._level_brush(level), Qt.ItemDataRole.FontRole: font,
                LevelRole: level}

    def _write_level(self, sign: Sign) -> None:
        label, level = self._sign_roles(sign)
        self.setItemData(self.index_for(sign.id, SIGN_COLUMN), label)
        self.setItemData(self.index_for(sign.id, LEVEL_COLUMN), {**level, **self._level_roles(sign)})

    def _write_sign(self, sign: Sign) -> None:
        label, level = self._sign_roles(sign)
        self.setItemData(self.index_for(sign.id, SIGN_COLUMN), label)
        self.setItemData(self.index_for(sign.id, LEVEL_COLUMN), level)

    @staticmethod
    def _item(roles: Roles, fixed: Roles, flags: Qt.ItemFlag) -> QStandardItem:
        item = QStandardItem()
        item.setFlags(flags)
        for role, value in {**fixed, **roles}.items():
            item.setData(value, role)
        return item

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
        self._signs_by_id = {sign.id: sign for signs in self._signs for sign in signs}
        self._category_rows = {category.id: row for row, category in enumerate(self._categories)}
        self._ticked = {sign for sign in self._context.session.ticked_signs if sign in self._position}

        rows = []
        for row, category in enumerate(self._categories):
            ids = {IdRole: category.id, KindRole: "category", CategoryRole: category.id}
            title, count = self._category_roles(row)
            title_item = self._item(title, {**ids, _DISPLAY: category.title, Qt.ItemDataRole.FontRole: _bold()},
                                    _CATEGORY_FLAGS)
            for sign in self._signs[row]:
                ids_of_sign = {IdRole: sign.id, KindRole: "sign", CategoryRole: sign.category}
                label, level = self._sign_roles(sign)
                level_fixed = {**ids_of_sign, **self._level_roles(sign)}
                title_item.appendRow([
                    self._item(label, {**ids_of_sign, _DISPLAY: sign.label},
                               _SIGN_FLAGS | Qt.ItemFlag.ItemIsUserCheckable),
                    self._item(level, level_fixed, _SIGN_FLAGS),
                ])
            rows.append([title_item, self._item(count, ids, _CATEGORY_FLAGS)])
        self.removeRows(0, self.rowCount())
        for row_items in rows:
            self.appendRow(row_items)

    def _on_content_changed(self) -> None:
        self._build()

    def _sync_from_session(self) -> None:
        """Follow ticks made elsewhere (another page, a reopened or cleared session); repaint only changes."""
        wanted = {sign_id for sign_id in self._context.session.ticked_signs if sign_id in self._position}
        changed = wanted ^ self._ticked
        self._ticked = wanted
        for sign_id in changed:
            self._announce(sign_id)

    def _announce(self, sign_id: str) -> None:
        # One signal per cell with the roles that changed: a view repaints just those cells.
        self._write_sign(self._signs_by_id[sign_id])
        self._write_category(self._position[sign_id][0])


class ChecklistFilter(QSortFilterProxyModel):
    """Shows one category or all, optionally only the ticked signs, and never the signs hidden for the child's
    age (categories follow their signs)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._category = ""
        self._only_ticked = False
        self._hidden: frozenset[str] = frozenset()
        self.setRecursiveFilteringEnabled(True)

    def hidden_signs(self) -> frozenset[str]:
        return self._hidden

    def set_hidden_signs(self, sign_ids: frozenset[str]) -> None:
        """Hide these signs (e.g. those that do not fit the child's age); an empty set hides none."""
        if sign_ids != self._hidden:
            self.beginFilterChange()
            self._hidden = sign_ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

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
            # with "only ticked" or signs hidden, a category shows only through a sign (recursive filtering)
            return not (self._only_ticked or self._hidden)
        if self._hidden and model.data(index, IdRole) in self._hidden:
            return False
        if self._only_ticked:
            return model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
        return True
