"""The "Child's age" choice of the warning-signs page: "Any age", or one of the four age bands of the starters.

Choosing an age hides the signs that do not fit it and reads each sign's level at that age (see
``guardian_app.content.ages``). The choice lives in this widget only: it is never written to settings or to the
session file, and quick exit puts it back to "Any age", because a child's age says something about a family.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from guardian_app.content.model import Content


class AgeFilter(QWidget):
    """A labelled combo box of age bands.

    Signals:
        age_changed(str): the band chosen, "" for any age.
    """

    age_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("ageFilter")
        self.combo.setMinimumWidth(self.combo.fontMetrics().averageCharWidth() * 12)
        self.label.setBuddy(self.combo)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        self.combo.addItem("", "")
        self.combo.currentIndexChanged.connect(lambda _position: self.age_changed.emit(self.age()))
        self.retranslate()

    def age(self) -> str:
        """The band chosen, "" for any age."""
        return str(self.combo.currentData() or "")

    def set_age(self, band: str) -> None:
        """Choose ``band`` ("" for any age); an unknown band chooses any age."""
        self.combo.setCurrentIndex(max(self.combo.findData(band), 0))

    def set_bands(self, content: Content) -> None:
        """List the content's age bands (after a change of language), keeping the band chosen."""
        chosen = self.age()
        self.combo.blockSignals(True)
        while self.combo.count() > 1:
            self.combo.removeItem(1)
        for band in content.age_bands:
            self.combo.addItem(band.title, band.id)
        self.combo.setCurrentIndex(max(self.combo.findData(chosen), 0))
        self.combo.blockSignals(False)
        if self.age() != chosen:
            self.age_changed.emit(self.age())

    def retranslate(self) -> None:
        self.label.setText(self.tr("Child's &age:"))
        self.combo.setItemText(0, self.tr("Any age"))
        self.combo.setAccessibleName(self.tr("Show the signs for my child's age"))
        self.combo.setToolTip(self.tr("Not saved: Guardian forgets the age when it closes."))
