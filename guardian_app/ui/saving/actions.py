"""The Session menu's actions: new, open saved, save, end, erase all, passphrase, and the question asked on close.

When saving fails (read-only folder, full disk...), the person is told in plain words and the session simply
stays in memory: nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from guardian_app.family.record import EventRecord
from guardian_app.family.session import session_from_dict, session_to_dict
from guardian_app.ui.context import AppContext

if TYPE_CHECKING:
    from guardian_app.storage import SavedItem, Store
    from guardian_app.storage.store import Kind
from guardian_app.ui.saving.dialogs import (
    CANCEL,
    MIN_PASSPHRASE_LENGTH,
    YES_CANCEL,
    SavedItemsDialog,
    ask_consent,
    ask_passphrase,
    explain_error,
    status,
)
from guardian_app.ui.saving.state import state_for, translate


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
            passphrase = ask_passphrase(
                parent, translate("SessionActions", "Your saved answers are locked. Type your passphrase:")
            )
        except WrongPassphrase as error:
            explain_error(parent, error)
            passphrase = ask_passphrase(parent, translate("SessionActions", "Type your passphrase again:"))
        except StorageError as error:
            explain_error(parent, error)
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
    if not ask_consent(context, parent):
        return False
    store = _open_store(context, parent)
    if store is None:
        return False
    data = to_dict()
    try:
        new_id = store.save(kind, label, data, store_id)
    except StorageError as error:
        explain_error(parent, error)
        return False
    saved(new_id, data)
    status(parent, done_message)
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
            YES_CANCEL,
            CANCEL,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    context.replace_session()
    state.replace_record()
    state.close_store()
    status(parent, translate("SessionActions", "Session ended. Nothing is left in memory."))


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
        YES_CANCEL,
        CANCEL,
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

    if not ask_consent(context, parent):
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
            YES_CANCEL,
            CANCEL,
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
        explain_error(parent, error)
        return
    finally:
        QApplication.restoreOverrideCursor()
    status(
        parent,
        translate("SessionActions", "Your saved answers are locked.")
        if new
        else translate("SessionActions", "The lock was removed."),
    )


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
            explain_error(parent, error)
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
        explain_error(parent, error)
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
