"""The questions and messages of saving: consent, passphrase, plain-words errors, and the saved-items list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_app.ui.context import AppContext

if TYPE_CHECKING:
    from guardian_app.storage import SavedItem, StorageError
from guardian_app.ui.saving.state import REMEMBER_KEY, remember_enabled, translate

MIN_PASSPHRASE_LENGTH = 8


YES_CANCEL = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel


CANCEL = QMessageBox.StandardButton.Cancel


def explain_error(parent: QWidget | None, error: StorageError) -> None:
    kept = translate("SessionActions", "Your session is still open; nothing was lost.")
    if error.kind == "read-only":
        text = translate(
            "SessionActions",
            "Guardian cannot save in its folder because the folder cannot be written to. {kept}"
            "\n\nFolder: {folder}",
        ).format(kept=kept, folder=str(error.path or ""))
    elif error.kind == "disk-full":
        text = translate(
            "SessionActions",
            "There is not enough space on the disk to save. {kept} Free some space and try again.",
        ).format(kept=kept)
    elif error.kind == "wrong-passphrase":
        text = translate(
            "SessionActions",
            "That passphrase does not unlock your saved answers. Nothing was changed. "
            "Please check it and try again.",
        )
    elif error.kind == "newer-version":
        text = translate(
            "SessionActions",
            "Your saved answers were made by a newer version of Guardian. Please update Guardian to "
            "open them. Nothing was changed.",
        )
    else:
        text = translate(
            "SessionActions", "Guardian could not save right now. {kept}\n\nDetails: {details}"
        ).format(kept=kept, details=str(error))
    QMessageBox.warning(parent, translate("SessionActions", "Could not save"), text)


def status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 6000)


def ask_consent(context: AppContext, parent: QWidget | None) -> bool:
    """Explain what would be stored, and turn on "Remember my answers on this computer" only on yes."""
    if remember_enabled(context):
        return True
    text = translate(
        "SessionActions",
        "Guardian can remember your answers on this computer, so you can open them again later.\n\n"
        "It would store: the label you typed, the signs you ticked, your private notes, the conversation "
        "starters you chose, and any record of events. Nothing is sent anywhere.\n\n"
        "Anyone who uses this computer account could open them, unless you lock them with a passphrase "
        '(Session menu). You can erase everything at any time with "Erase all my data".\n\n'
        "Remember my answers on this computer?",
    )
    answer = QMessageBox.question(
        parent,
        translate("SessionActions", "Remember my answers on this computer?"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    context.settings.setValue(REMEMBER_KEY, True)
    return True


def ask_passphrase(parent: QWidget | None, prompt: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, translate("SessionActions", "Passphrase"), prompt, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None


class SavedItemsDialog(QDialog):
    """The list of saved sessions and records, with Open and Delete."""

    def __init__(self, items: list[SavedItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open saved answers"))
        self.chosen: SavedItem | None = None
        self.deleted: list[SavedItem] = []
        self._on_delete: Any = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Saved sessions and records of events on this computer:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved sessions and records"))
        intro.setBuddy(self.list)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected item"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected item"))
        close_button = QPushButton(self.tr("Close"))
        close_button.setAccessibleName(self.tr("Close this list"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        close_button.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.set_items(items)

    def set_items(self, items: list[SavedItem]) -> None:
        self.list.clear()
        for saved in items:
            kind = self.tr("Session") if saved.kind == "sessions" else self.tr("Record of events")
            label = saved.label or self.tr("(no label)")
            when = saved.updated.replace("T", " ")[:16]
            entry = QListWidgetItem(
                self.tr("{kind}: {label} (saved {when} UTC)").format(kind=kind, label=label, when=when)
            )
            entry.setData(Qt.ItemDataRole.UserRole, saved)
            self.list.addItem(entry)
        if items:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected(self) -> SavedItem | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def open_selected(self) -> None:
        self.chosen = self.selected()
        if self.chosen is not None:
            self.accept()

    def delete_selected(self) -> None:
        saved = self.selected()
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
            if self._on_delete is not None:
                self._on_delete(saved)
