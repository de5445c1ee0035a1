"""The Session menu: new, open saved, save, end, erase all, passphrase, and the question asked on close.

The main window imports this module lazily and calls these functions with its :class:`AppContext`. Nothing is
written to disk until the person says yes to "Remember my answers on this computer" (setting
``storage/remember``, off by default). Each context carries a small :class:`StorageState`: the open store (the
key lives only there, in memory), which saved items the session and the record came from, and the record of
events itself, so the record page and this menu share one copy.

When saving fails (read-only folder, full disk...), the person is told in plain words and the session simply
stays in memory: nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
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

from guardian_app.family.record import EventRecord
from guardian_app.family.session import session_from_dict, session_to_dict
from guardian_app.ui.context import AppContext

if TYPE_CHECKING:
    from guardian_app.storage import SavedItem, StorageError, Store
    from guardian_app.storage.store import Kind

REMEMBER_KEY = "storage/remember"
MIN_PASSPHRASE_LENGTH = 8
_STATE_ATTRIBUTE = "_guardian_storage_state"
_YES_CANCEL = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
_CANCEL = QMessageBox.StandardButton.Cancel
# Called as translate("SessionActions", "literal") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


class StorageState(QObject):
    """What one running Guardian knows about saving. Lives on the context; never written anywhere itself.

    Signals:
        record_replaced: the record of events was cleared or another one was opened; the record page reloads.
    """

    record_replaced = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.folder: Path | None = None  # None: the platform's app-data folder; tests point it elsewhere
        self.store: Store | None = None
        self.session_id: int | None = None
        self.session_snapshot: dict[str, Any] | None = None
        self.record = EventRecord()
        self.record_id: int | None = None
        self.record_snapshot: dict[str, Any] | None = None
        context.session_replaced.connect(self._forget_session_origin)

    def data_folder(self) -> Path:
        if self.folder is not None:
            return self.folder
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))

    def _forget_session_origin(self) -> None:
        # A new or reopened session: whoever replaced it sets the id again when it came from the store.
        self.session_id = None
        self.session_snapshot = None

    def session_unsaved(self) -> bool:
        session = self.context.session
        return not session.is_empty() and session_to_dict(session) != self.session_snapshot

    def record_unsaved(self) -> bool:
        return not self.record.is_empty() and self.record.to_dict() != self.record_snapshot

    def has_unsaved_work(self) -> bool:
        return self.session_unsaved() or self.record_unsaved()

    def replace_record(self, record: EventRecord | None = None, record_id: int | None = None) -> None:
        self.record = record if record is not None else EventRecord()
        self.record_id = record_id
        self.record_snapshot = self.record.to_dict() if record_id is not None else None
        self.record_replaced.emit()

    def close_store(self) -> None:
        """Close the database and forget the key: a locked store asks for its passphrase again."""
        if self.store is not None:
            self.store.close()
            self.store = None


def state_for(context: AppContext) -> StorageState:
    """The storage state of this context, made on first use."""
    state = getattr(context, _STATE_ATTRIBUTE, None)
    if not isinstance(state, StorageState):
        state = StorageState(context)
        setattr(context, _STATE_ATTRIBUTE, state)
    return state


def remember_enabled(context: AppContext) -> bool:
    return bool(context.settings.value(REMEMBER_KEY, False, type=bool))


# --- messages ---------------------------------------------------------------------------------------------


def _explain_error(parent: QWidget | None, error: StorageError) -> None:
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


def _status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 6000)


def _ask_consent(context: AppContext, parent: QWidget | None) -> bool:
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


def _ask_passphrase(parent: QWidget | None, prompt: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, translate("SessionActions", "Passphrase"), prompt, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None


def _open_store(context: AppContext, parent: QWidget | None) -> Store | None:
    """The open store, opened (and unlocked) if needed; None if it cannot be used now (already explained)."""
    from guardian_app.storage import PassphraseRequired, StorageError, Store, WrongPassphrase

    state = state_for(context)
    if state.store is not None:
        return state.store
    folder = state.data_folder()
    passphrase: str | None = None
    for _attempt in range(5):
        try:
            state.store = Store.open(folder, passphrase)
            break
        except PassphraseRequired:
            passphrase = _ask_passphrase(
                parent, translate("SessionActions", "Your saved answers are locked. Type your passphrase:")
            )
        except WrongPassphrase as error:
            _explain_error(parent, error)
            passphrase = _ask_passphrase(parent, translate("SessionActions", "Type your passphrase again:"))
        except StorageError as error:
            _explain_error(parent, error)
            return None
        if passphrase is None:
            return None
    if state.store is None:
        return None
    if state.store.recovered_copy is not None:
        QMessageBox.information(
            parent,
            translate("SessionActions", "Saved answers were damaged"),
            translate(
                "SessionActions",
                "The file with your saved answers was damaged and could not be read. Guardian put it aside "
                "(it was not deleted) and started a new, empty one. Your session on screen is safe.\n\n"
                "The damaged copy is here: {path}",
            ).format(path=str(state.store.recovered_copy)),
        )
        state.store.recovered_copy = None
    return state.store


# --- the menu actions -------------------------------------------------------------------------------------


def save_session(context: AppContext, parent: QWidget | None) -> bool:
    """Save the session (asking for consent first when saving is off); returns whether it was saved."""
    from guardian_app.storage import SESSION

    state = state_for(context)

    def saved(store_id: int, data: dict[str, Any]) -> None:
        state.session_id, state.session_snapshot = store_id, data

    return _save_item(context, parent, SESSION, context.session.is_empty(), context.session.label,
                      lambda: session_to_dict(context.session), state.session_id, saved,
                      translate("SessionActions", "Session saved on this computer."))


def save_record(context: AppContext, parent: QWidget | None) -> bool:
    """Save the record of events, with the same consent as sessions; returns whether it was saved."""
    from guardian_app.storage import RECORD

    state = state_for(context)

    def saved(store_id: int, data: dict[str, Any]) -> None:
        state.record_id, state.record_snapshot = store_id, data

    return _save_item(context, parent, RECORD, state.record.is_empty(), state.record.label,
                      state.record.to_dict, state.record_id, saved,
                      translate("SessionActions", "Record of events saved on this computer."))


def _save_item(context: AppContext, parent: QWidget | None, kind: Kind, empty: bool, label: str,
               to_dict: Callable[[], dict[str, Any]], store_id: int | None,
               saved: Callable[[int, dict[str, Any]], None], done_message: str) -> bool:
    """The steps both saves share: nothing-to-save, consent, open the store, write, remember what was saved."""
    from guardian_app.storage import StorageError

    if empty:
        QMessageBox.information(
            parent,
            translate("SessionActions", "Save"),
            translate("SessionActions", "There is nothing to save yet."),
        )
        return False
    if not _ask_consent(context, parent):
        return False
    store = _open_store(context, parent)
    if store is None:
        return False
    data = to_dict()
    try:
        new_id = store.save(kind, label, data, store_id)
    except StorageError as error:
        _explain_error(parent, error)
        return False
    saved(new_id, data)
    _status(parent, done_message)
    return True


def _resolve_unsaved(context: AppContext, parent: QWidget | None, question: str) -> bool:
    """Save / Discard / Cancel when there is unsaved work; returns whether to go on."""
    state = state_for(context)
    if not state.has_unsaved_work():
        return True
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    text = (
        question
        + "\n\n"
        + translate("SessionActions", "Save keeps it on this computer. Discard clears it from memory.")
    )
    answer = QMessageBox.question(
        parent,
        translate("SessionActions", "Unsaved answers"),
        text,
        buttons,
        QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Save:
        saved = True
        if state.session_unsaved():
            saved = save_session(context, parent)
        if saved and state.record_unsaved():
            saved = save_record(context, parent)
        return saved
    return answer == QMessageBox.StandardButton.Discard


def confirm_close(context: AppContext, parent: QWidget | None) -> bool:
    """Asked when the window closes: True to close (saved, discarded or nothing to save), False to stay."""
    question = translate("SessionActions", "Some answers have not been saved. Save them before closing?")
    if not _resolve_unsaved(context, parent, question):
        return False
    state_for(context).close_store()
    return True


def new_session(context: AppContext, parent: QWidget | None) -> None:
    """Start again with an empty session and record (after Save / Discard / Cancel if needed)."""
    if not _resolve_unsaved(
        context, parent, translate("SessionActions", "Some answers have not been saved. Save them first?")
    ):
        return
    state = state_for(context)
    context.replace_session()
    state.replace_record()


def end_session(context: AppContext, parent: QWidget | None) -> None:
    """Clear everything from memory: the session, the record, and the key of a locked store."""
    state = state_for(context)
    if state.has_unsaved_work():
        answer = QMessageBox.question(
            parent,
            translate("SessionActions", "End session"),
            translate(
                "SessionActions",
                "End the session? Everything on screen will be cleared from memory. Answers that were not "
                "saved cannot be brought back.",
            ),
            _YES_CANCEL,
            _CANCEL,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    context.replace_session()
    state.replace_record()
    state.close_store()
    _status(parent, translate("SessionActions", "Session ended. Nothing is left in memory."))


def erase_all_data(context: AppContext, parent: QWidget | None) -> None:
    """Delete every saved session and record, damaged copies, and Guardian's settings; then say what went."""
    from guardian_app.storage import StorageError, erase_all

    answer = QMessageBox.question(
        parent,
        translate("SessionActions", "Erase all my data"),
        translate(
            "SessionActions",
            "This deletes every saved session and record of events, the passphrase lock, and Guardian's "
            "settings on this computer. It cannot be undone.\n\nWhat is on screen now stays until you end "
            "the session.\n\nErase everything?",
        ),
        _YES_CANCEL,
        _CANCEL,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    state = state_for(context)
    state.close_store()
    settings_file = Path(context.settings.fileName()) if context.settings.fileName() else None
    context.settings.clear()
    context.settings.sync()
    try:
        erased = erase_all(state.data_folder(), [settings_file] if settings_file else [])
    except StorageError as error:
        QMessageBox.warning(
            parent,
            translate("SessionActions", "Erase all my data"),
            translate(
                "SessionActions",
                "Some files could not be erased. Please close other copies of Guardian and try again.\n\n"
                "Details: {details}",
            ).format(details=str(error)),
        )
        return
    state.session_id = state.record_id = None
    state.session_snapshot = state.record_snapshot = None
    if erased:
        names = "\n".join(str(path) for path in erased)
        text = translate("SessionActions", "These files were erased:\n\n{files}").format(files=names)
    else:
        text = translate("SessionActions", "There was nothing saved on this computer to erase.")
    QMessageBox.information(parent, translate("SessionActions", "Erase all my data"), text)


def set_passphrase(context: AppContext, parent: QWidget | None) -> None:
    """Lock saved answers with a passphrase, change it, or remove it (empty passphrase)."""
    from guardian_app.storage import StorageError

    if not _ask_consent(context, parent):
        return
    store = _open_store(context, parent)
    if store is None:
        return
    first = QInputDialog.getText(
        parent,
        translate("SessionActions", "Passphrase"),
        translate(
            "SessionActions",
            "Choose a passphrase to lock your saved answers. A few words are easy to remember and hard to "
            "guess. If you forget it, the saved answers cannot be opened.\n\nNew passphrase:",
        ),
        QLineEdit.EchoMode.Password,
    )
    new, ok = first
    if not ok:
        return
    if not new:
        if not store.is_locked:
            return
        answer = QMessageBox.question(
            parent,
            translate("SessionActions", "Remove the lock"),
            translate(
                "SessionActions", "Remove the passphrase? Your saved answers will no longer be locked."
            ),
            _YES_CANCEL,
            _CANCEL,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    else:
        if len(new) < MIN_PASSPHRASE_LENGTH:
            QMessageBox.warning(
                parent,
                translate("SessionActions", "Passphrase"),
                translate("SessionActions", "Please use at least {count} characters.").format(
                    count=MIN_PASSPHRASE_LENGTH
                ),
            )
            return
        again, ok = QInputDialog.getText(
            parent,
            translate("SessionActions", "Passphrase"),
            translate("SessionActions", "Type the same passphrase again:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if again != new:
            QMessageBox.warning(
                parent,
                translate("SessionActions", "Passphrase"),
                translate("SessionActions", "The two passphrases are not the same. Nothing was changed."),
            )
            return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        store.set_passphrase(new or None)
    except StorageError as error:
        _explain_error(parent, error)
        return
    finally:
        QApplication.restoreOverrideCursor()
    _status(
        parent,
        translate("SessionActions", "Your saved answers are locked.")
        if new
        else translate("SessionActions", "The lock was removed."),
    )


# --- opening saved answers --------------------------------------------------------------------------------


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
            _YES_CANCEL,
            _CANCEL,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.deleted.append(saved)
            if self._on_delete is not None:
                self._on_delete(saved)


def open_saved(context: AppContext, parent: QWidget | None) -> None:
    """List saved sessions and records; open or delete them (asks for the passphrase when locked)."""
    from guardian_app.storage import DB_FILE_NAME, RECORD, SESSION, StorageError

    state = state_for(context)
    if state.store is None and not (state.data_folder() / DB_FILE_NAME).is_file():
        # Checked before opening anything, so looking never creates a file.
        QMessageBox.information(
            parent,
            translate("SessionActions", "Open saved answers"),
            translate("SessionActions", "Nothing has been saved on this computer yet."),
        )
        return
    store = _open_store(context, parent)
    if store is None:
        return

    def all_items() -> list[SavedItem]:
        return store.items(SESSION) + store.items(RECORD)

    def delete(saved: SavedItem) -> None:
        try:
            store.delete(saved.kind, saved.id)
        except StorageError as error:
            _explain_error(parent, error)
            return
        if saved.kind == SESSION and saved.id == state.session_id:
            state.session_id, state.session_snapshot = None, None
        if saved.kind == RECORD and saved.id == state.record_id:
            state.record_id, state.record_snapshot = None, None
        dialog.set_items(all_items())

    dialog = SavedItemsDialog(all_items(), parent)
    dialog._on_delete = delete
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        chosen = dialog.chosen
    finally:
        dialog.deleteLater()
    try:
        data = store.load(chosen.kind, chosen.id)
    except KeyError:
        return
    except StorageError as error:
        _explain_error(parent, error)
        return
    if chosen.kind == SESSION:
        if state.session_unsaved() and not _resolve_unsaved(
            context,
            parent,
            translate("SessionActions", "The session on screen has not been saved. Save it first?"),
        ):
            return
        session = session_from_dict(data)
        context.replace_session(session)
        state.session_id, state.session_snapshot = chosen.id, session_to_dict(session)
        context.open("session")
    else:
        if state.record_unsaved() and not _resolve_unsaved(
            context,
            parent,
            translate("SessionActions", "The record on screen has not been saved. Save it first?"),
        ):
            return
        state.replace_record(EventRecord.from_dict(data), chosen.id)
        context.open("record")
