"""The filters of the Talk page: the child's age, a situation (with its description) and a search word.

The age and situation chosen say something about the family (a child's age, "threats"): they live in memory
only, are never written to the settings, and are reset by quick exit and End session. The three filters sit
side by side while they fit, else one under the other (200 % text).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from guardian_app.ui.context import AppContext

# Where older versions kept the filters (never written now).
SETTINGS_GROUP = "talk"
SETTING_AGE = "talk/age_band"
SETTING_SITUATION = "talk/situation"


class StarterFilters(QWidget):
    """Age, situation and search; ``changed`` fires whenever what should be shown changes."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Guardian once remembered the filters on disk; they are the family's, so drop what it left there.
        if SETTINGS_GROUP in context.settings.childGroups():
            context.settings.remove(SETTINGS_GROUP)
        self.age_label = QLabel()
        self.age_combo = QComboBox()
        self.age_label.setBuddy(self.age_combo)
        self.situation_label = QLabel()
        self.situation_combo = QComboBox()
        self.situation_label.setBuddy(self.situation_combo)
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        for combo in (self.age_combo, self.situation_combo):
            # sized to a short text, not the longest item, so the filters fit at large text sizes
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for label in (self.age_label, self.situation_label, self.search_label):
            label.setWordWrap(True)  # three names on one row were wider than the page at 200 % text (French)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._wide: bool | None = None
        self._place(wide=True)
        self.age_combo.currentIndexChanged.connect(self._on_age_changed)
        self.situation_combo.currentIndexChanged.connect(self._on_situation_changed)
        self.search_edit.textChanged.connect(self.changed)

    def retranslate(self) -> None:
        self.age_label.setText(self.tr("&Child's age"))
        self.age_combo.setAccessibleName(self.tr("Child's age"))
        self.situation_label.setText(self.tr("&Situation"))
        self.situation_combo.setAccessibleName(self.tr("Situation"))
        self.search_label.setText(self.tr("Searc&h"))
        self.search_edit.setPlaceholderText(self.tr("A word, like game, photo or secret"))
        self.search_edit.setAccessibleName(self.tr("Search the conversation starters"))
        if self.age_combo.count():
            self.age_combo.setItemText(0, self.tr("All ages"))
            self.situation_combo.setItemText(0, self.tr("All situations"))

    def current(self) -> tuple[str, str, str]:
        """The age band id, the situation id ("" for all) and the search text."""
        return (self.age_combo.currentData() or "", self.situation_combo.currentData() or "",
                self.search_edit.text())

    def fill(self) -> None:
        """The age bands and situations of the content, keeping (or restoring) what was chosen."""
        content = self.context.content
        wanted_age = self.age_combo.currentData() or ""
        wanted_situation = self.situation_combo.currentData() or ""
        for combo in (self.age_combo, self.situation_combo):
            combo.blockSignals(True)
            combo.clear()
        self.age_combo.addItem(self.tr("All ages"), "")
        for band in content.age_bands:
            self.age_combo.addItem(band.title, band.id)
        self.situation_combo.addItem(self.tr("All situations"), "")
        for situation in content.situations:
            self.situation_combo.addItem(situation.title, situation.id)
        self.age_combo.setCurrentIndex(max(0, self.age_combo.findData(wanted_age)))
        self.situation_combo.setCurrentIndex(max(0, self.situation_combo.findData(wanted_situation)))
        for combo in (self.age_combo, self.situation_combo):
            combo.blockSignals(False)

    def reset(self) -> None:
        self.age_combo.setCurrentIndex(0)
        self.situation_combo.setCurrentIndex(0)
        self.search_edit.setText("")  # unlike clear(), setText empties the undo history

    def choose_situation(self, situation_id: str) -> bool:
        """Show every starter of one situation (any age, no search word); False if it is unknown."""
        index = self.situation_combo.findData(situation_id)
        if index < 0:
            return False
        self.age_combo.setCurrentIndex(0)
        self.search_edit.clear()
        self.situation_combo.setCurrentIndex(index)
        return True

    def _on_age_changed(self) -> None:
        self.changed.emit()

    def _on_situation_changed(self) -> None:
        self.changed.emit()

    def _pairs(self) -> tuple[tuple[QWidget, QWidget], ...]:
        return ((self.age_label, self.age_combo), (self.situation_label, self.situation_combo),
                (self.search_label, self.search_edit))

    def fit(self, room: int) -> None:
        """Side by side if they fit in ``room`` pixels, else one under the other."""
        pairs = self._pairs()
        needed = (sum(max(label.minimumSizeHint().width(), field.minimumSizeHint().width())
                      for label, field in pairs)
                  + self._grid.horizontalSpacing() * (len(pairs) - 1))
        self._place(wide=room >= needed)

    def _place(self, *, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        grid = self._grid
        for index, (label, field) in enumerate(self._pairs()):
            grid.removeWidget(label)
            grid.removeWidget(field)
            if wide:  # names on the first row, the fields under them
                grid.addWidget(label, 0, index)
                grid.addWidget(field, 1, index)
            else:
                grid.addWidget(label, 2 * index, 0)
                grid.addWidget(field, 2 * index + 1, 0)
        for column, stretch in enumerate((2, 3, 3)):
            grid.setColumnStretch(column, stretch if wide or column == 0 else 0)
