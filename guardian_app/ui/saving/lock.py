"""The passphrase lock of the Session menu: lock saved answers, change the passphrase, remove it.

Locking sets a passphrase (asked twice); when the answers are already locked, it locks them now (the key leaves
memory, so the passphrase is asked before they open again). Changing or removing asks for the current passphrase
first, so no one at the computer can change the lock without knowing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.saving.access import explain, one_action, open_store
from guardian_app.ui.saving.dialogs import MIN_PASSPHRASE_LENGTH, Prompts, ask_consent, status
from guardian_app.ui.saving.state import StorageState, state_for, translate

if TYPE_CHECKING:
    from guardian_app.storage import Store
    from guardian_app.storage.rekey import LockChange

_PASSWORD = QLineEdit.EchoMode.Password


def _title() -> str:
    return translate("PassphraseLock", "Passphrase lock")


def _ask(prompts: Prompts, prompt: str) -> str | None:
    text, ok = prompts.text(_title(), prompt, _PASSWORD)
    return text if ok and text else None


def _ask_new(prompts: Prompts) -> str | None:
    """A new passphrase, typed twice and long enough; None (already explained) otherwise."""
    new = _ask(prompts, translate(
        "PassphraseLock",
        "Choose a passphrase to lock your saved answers. A few words are easy to remember and hard to guess. "
        "If you forget it, the saved answers cannot be opened.\n\nNew passphrase:"))
    if new is None:
        return None
    if len(new) < MIN_PASSPHRASE_LENGTH:
        prompts.warn(_title(), translate(
            "PassphraseLock", "Please use at least {count} characters. Nothing was changed.").format(
                count=MIN_PASSPHRASE_LENGTH))
        return None
    again = _ask(prompts, translate("PassphraseLock", "Type the same passphrase again:"))
    if again is None:
        return None
    if again != new:
        prompts.warn(_title(), translate(
            "PassphraseLock", "The two passphrases are not the same. Nothing was changed."))
        return None
    return new


def _is_locked(state: StorageState) -> bool:
    from guardian_app.storage import is_locked_at

    return is_locked_at(state.data_folder())


def _unlocked_store(context: AppContext, prompts: Prompts) -> Store | None:
    """The store opened again with the current passphrase (asked now, even if it was open); None if not."""
    state = state_for(context)
    if not _is_locked(state):
        prompts.inform(_title(), translate(
            "PassphraseLock", "Your saved answers are not locked. Use “Lock saved answers” to choose a passphrase."))
        return None
    state.close_store()  # so the current passphrase is asked: no one changes the lock without knowing it
    return open_store(context, prompts)


def _apply(state: StorageState, prompts: Prompts, store: Store, passphrase: str | None) -> bool:
    from guardian_app.storage import StorageError

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        change = store.set_passphrase(passphrase)
    except StorageError as error:
        explain(state, prompts, error)
        return False
    finally:
        QApplication.restoreOverrideCursor()
    _report(prompts, change, passphrase is not None)
    return True


def _report(prompts: Prompts, change: LockChange, locked: bool) -> None:
    """What the person should know after a lock change: damaged items moved aside, copies not yet wiped."""
    if change.moved_aside:
        prompts.inform(_title(), translate(
            "SessionActions",
            "{count} damaged saved items could not be locked with the new passphrase. They were moved aside "
            "(kept, not deleted) and no longer appear in the list.",
        ).format(count=len(change.moved_aside)))
    if locked and not change.old_copies_cleared:
        prompts.inform(_title(), translate(
            "SessionActions",
            "Your saved answers are locked. Older unlocked copies could not be wiped from the disk yet, "
            "because it is full or busy. Guardian wipes them as soon as it can; freeing some space helps.",
        ))


@one_action
def lock(context: AppContext, parent: QWidget | None) -> None:
    """Choose a passphrase; if one is set already, lock now (the passphrase is asked before opening again)."""
    state = state_for(context)
    prompts = Prompts(state, parent, "lock")
    if _is_locked(state):
        state.close_store()
        status(parent, translate("PassphraseLock",
                                 "Locked. Guardian will ask for the passphrase before opening saved answers."))
        return
    if not ask_consent(context, prompts):
        return
    store = open_store(context, prompts)
    if store is None:
        return
    new = _ask_new(prompts)
    if new is not None and not prompts.cancelled and _apply(state, prompts, store, new):
        status(parent, translate("PassphraseLock", "Your saved answers are locked."))


@one_action
def change(context: AppContext, parent: QWidget | None) -> None:
    """Ask the current passphrase, then a new one twice."""
    state = state_for(context)
    prompts = Prompts(state, parent, "lock")
    store = _unlocked_store(context, prompts)
    if store is None:
        return
    new = _ask_new(prompts)
    if new is not None and not prompts.cancelled and _apply(state, prompts, store, new):
        status(parent, translate("PassphraseLock", "The passphrase was changed."))


@one_action
def remove(context: AppContext, parent: QWidget | None) -> None:
    """Ask the current passphrase, then whether to remove the lock."""
    state = state_for(context)
    prompts = Prompts(state, parent, "lock")
    store = _unlocked_store(context, prompts)
    if store is None:
        return
    answer = prompts.ask(_title(), translate(
        "PassphraseLock", "Remove the passphrase? Your saved answers will no longer be locked."))
    if answer == QMessageBox.StandardButton.Yes and _apply(state, prompts, store, None):
        status(parent, translate("PassphraseLock", "The lock was removed."))
