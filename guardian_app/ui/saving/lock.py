"""The passphrase lock of the Session menu: lock saved answers, change the passphrase, remove it.

Locking sets a passphrase (asked twice); when the answers are already locked, it locks them now (the key leaves
memory, so the passphrase is asked before they open again). Changing or removing asks for the current passphrase
first, so no one at the computer can change the lock without knowing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.saving.dialogs import CANCEL, MIN_PASSPHRASE_LENGTH, YES_CANCEL, ask_consent, explain_error, status
from guardian_app.ui.saving.state import state_for, translate

if TYPE_CHECKING:
    from guardian_app.storage import Store


def _title() -> str:
    return translate("PassphraseLock", "Passphrase lock")


def _ask(parent: QWidget | None, prompt: str) -> str | None:
    text, ok = QInputDialog.getText(parent, _title(), prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def _ask_new(parent: QWidget | None) -> str | None:
    """A new passphrase, typed twice and long enough; None (already explained) otherwise."""
    new = _ask(parent, translate(
        "PassphraseLock",
        "Choose a passphrase to lock your saved answers. A few words are easy to remember and hard to guess. "
        "If you forget it, the saved answers cannot be opened.\n\nNew passphrase:"))
    if new is None:
        return None
    if len(new) < MIN_PASSPHRASE_LENGTH:
        QMessageBox.warning(parent, _title(), translate(
            "PassphraseLock", "Please use at least {count} characters. Nothing was changed.").format(
                count=MIN_PASSPHRASE_LENGTH))
        return None
    again = _ask(parent, translate("PassphraseLock", "Type the same passphrase again:"))
    if again is None:
        return None
    if again != new:
        QMessageBox.warning(parent, _title(), translate(
            "PassphraseLock", "The two passphrases are not the same. Nothing was changed."))
        return None
    return new


def _unlocked_store(context: AppContext, parent: QWidget | None) -> Store | None:
    """The store opened with the current passphrase, asked now even if it was open; None if not given."""
    from guardian_app.storage import StorageError, Store, WrongPassphrase, is_locked_at

    state = state_for(context)
    folder = state.data_folder()
    if not is_locked_at(folder):
        QMessageBox.information(parent, _title(), translate(
            "PassphraseLock", "Your saved answers are not locked. Use “Lock saved answers” to choose a passphrase."))
        return None
    current = _ask(parent, translate("PassphraseLock", "Type your current passphrase:"))
    if current is None:
        return None
    state.close_store()
    try:
        state.store = Store.open(folder, current)
    except WrongPassphrase as error:
        explain_error(parent, error)
        return None
    except StorageError as error:
        explain_error(parent, error)
        return None
    return state.store


def _apply(parent: QWidget | None, store: Store, passphrase: str | None) -> bool:
    from guardian_app.storage import StorageError

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        store.set_passphrase(passphrase)
    except StorageError as error:
        explain_error(parent, error)
        return False
    finally:
        QApplication.restoreOverrideCursor()
    return True


def lock(context: AppContext, parent: QWidget | None) -> None:
    """Choose a passphrase; if one is set already, lock now (the passphrase is asked before opening again)."""
    from guardian_app.storage import StorageError, Store, is_locked_at

    state = state_for(context)
    if is_locked_at(state.data_folder()):
        state.close_store()
        status(parent, translate("PassphraseLock",
                                 "Locked. Guardian will ask for the passphrase before opening saved answers."))
        return
    if not ask_consent(context, parent):
        return
    new = _ask_new(parent)
    if new is None:
        return
    if state.store is None:
        try:
            state.store = Store.open(state.data_folder())
        except StorageError as error:
            explain_error(parent, error)
            return
    if _apply(parent, state.store, new):
        status(parent, translate("PassphraseLock", "Your saved answers are locked."))


def change(context: AppContext, parent: QWidget | None) -> None:
    """Ask the current passphrase, then a new one twice."""
    store = _unlocked_store(context, parent)
    if store is None:
        return
    new = _ask_new(parent)
    if new is not None and _apply(parent, store, new):
        status(parent, translate("PassphraseLock", "The passphrase was changed."))


def remove(context: AppContext, parent: QWidget | None) -> None:
    """Ask the current passphrase, then whether to remove the lock."""
    store = _unlocked_store(context, parent)
    if store is None:
        return
    answer = QMessageBox.question(
        parent, _title(),
        translate("PassphraseLock", "Remove the passphrase? Your saved answers will no longer be locked."),
        YES_CANCEL, CANCEL)
    if answer == QMessageBox.StandardButton.Yes and _apply(parent, store, None):
        status(parent, translate("PassphraseLock", "The lock was removed."))
