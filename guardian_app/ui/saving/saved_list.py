"""The "Open saved answers" list: saved sessions and records, and damaged ones with an offer to move them aside.

A damaged item is never hidden: it is listed with what can still be told about it. When only its label or
date is damaged its answers still open; either way it can be moved aside (kept inside Guardian's file for a
repair, out of the list, erased with everything else by "Erase all my data").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from guardian_app.storage import DamagedItem, SavedItem

    Entry = SavedItem | DamagedItem

YES_CANCEL = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
CANCEL = QMessageBox.StandardButton.Cancel


def _when(updated: str) -> str:
    try:
        dt.datetime.fromisoformat(updated)
    except ValueError:
        return ""
    return updated.replace("T", " ")[:16]


class SavedItemsDialog(QDialog):
    """The list of saved sessions and records, with Open, Delete and (for damaged items) Move aside."""

    def __init__(self, items: list[SavedItem], parent: QWidget | None = None,
                 damaged: Sequence[DamagedItem] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open saved answers"))
        self.chosen: Entry | None = None
        self.deleted: list[SavedItem] = []
        self.on_delete: Callable[[SavedItem], None] | None = None
        self.on_move_aside: Callable[[DamagedItem], None] | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Saved sessions and records of events on this computer:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved sessions and records"))
        intro.setBuddy(self.list)
        layout.addWidget(self.list)
        self.damaged_note = QLabel(self.tr(
            "Some saved items are damaged and cannot be read in full. Your other saved answers are fine. "
            "You can move a damaged item aside: it leaves this list but is kept, not deleted."))
        self.damaged_note.setWordWrap(True)
        layout.addWidget(self.damaged_note)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected item"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected item"))
        self.move_aside_button = QPushButton(self.tr("&Move aside…"))
        self.move_aside_button.setAccessibleName(self.tr("Move the selected damaged item aside"))
        close_button = QPushButton(self.tr("Close"))
        close_button.setAccessibleName(self.tr("Close this list"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.move_aside_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.move_aside_button.clicked.connect(self.move_selected_aside)
        close_button.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.set_items(items, damaged)

    def set_items(self, items: list[SavedItem], damaged: Sequence[DamagedItem] = ()) -> None:
        self.list.clear()
        for saved in items:
            self._add(saved, self._item_text(saved))
        for broken in damaged:
            self._add(broken, self._damaged_text(broken))
        if items or damaged:
            self.list.setCurrentRow(0)
        self.damaged_note.setVisible(bool(damaged))
        self.move_aside_button.setVisible(bool(damaged))
        self._update_buttons()

    def _add(self, entry: Entry, text: str) -> None:
        row = QListWidgetItem(text)
        row.setData(Qt.ItemDataRole.UserRole, entry)
        self.list.addItem(row)

    def _kind(self, kind: str) -> str:
        return self.tr("Session") if kind == "sessions" else self.tr("Record of events")

    def _item_text(self, saved: SavedItem) -> str:
        return self.tr("{kind}: {label} (saved {when} UTC)").format(
            kind=self._kind(saved.kind), label=saved.label or self.tr("(no label)"), when=_when(saved.updated))

    def _damaged_text(self, broken: DamagedItem) -> str:
        if broken.can_open:
            text = self.tr("{kind}, damaged: its name cannot be read, but it can still be opened")
        else:
            text = self.tr("{kind}, damaged: it cannot be opened")
        text = text.format(kind=self._kind(broken.kind))
        when = _when(broken.updated)
        return self.tr("{item} (saved {when} UTC)").format(item=text, when=when) if when else text

    def selected(self) -> Entry | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def _selected_saved(self) -> SavedItem | None:
        from guardian_app.storage import SavedItem  # loaded already: the list was read from the store

        entry = self.selected()
        return entry if isinstance(entry, SavedItem) else None

    def _selected_damaged(self) -> DamagedItem | None:
        from guardian_app.storage import DamagedItem

        entry = self.selected()
        return entry if isinstance(entry, DamagedItem) else None

    def _update_buttons(self) -> None:
        broken = self._selected_damaged()
        self.open_button.setEnabled(self._selected_saved() is not None or (broken is not None and broken.can_open))
        self.delete_button.setEnabled(self._selected_saved() is not None)
        self.move_aside_button.setEnabled(broken is not None)

    def open_selected(self) -> None:
        broken = self._selected_damaged()
        entry: Entry | None = broken if broken is not None and broken.can_open else self._selected_saved()
        if entry is not None:
            self.chosen = entry
            self.accept()

    def delete_selected(self) -> None:
        saved = self._selected_saved()
        if saved is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr('Delete "{label}" from this computer? This cannot be undone.').format(
                label=saved.label or self.tr("(no label)")
            ),
            YES_CANCEL,
            CANCEL,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.deleted.append(saved)
            if self.on_delete is not None:
                self.on_delete(saved)

    def move_selected_aside(self) -> None:
        broken = self._selected_damaged()
        if broken is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Move aside"),
            self.tr("Move this damaged item aside? It leaves this list, but it is kept inside Guardian's file "
                    "(not deleted), in case it can be repaired. \"Erase all my data\" removes it too."),
            YES_CANCEL,
            CANCEL,
        )
        if answer == QMessageBox.StandardButton.Yes and self.on_move_aside is not None:
            self.on_move_aside(broken)
