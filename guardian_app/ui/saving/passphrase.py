"""Session > Passphrase: lock saved answers, change the passphrase, or remove the lock.

"Locked" is said only once the store reports the lock committed. Items that could not be decrypted are kept
aside (never dropped) and the person is told; so are older unlocked copies a full disk kept for now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.saving.access import explain, one_action, open_store
from guardian_app.ui.saving.dialogs import MIN_PASSPHRASE_LENGTH, Prompts, ask_consent, status
from guardian_app.ui.saving.state import state_for, translate

if TYPE_CHECKING:
    from guardian_app.storage.rekey import LockChange

_PASSWORD = QLineEdit.EchoMode.Password


def _title() -> str:
    return translate("SessionActions", "Passphrase")


def report_moved_aside(prompts: Prompts, title: str, change: LockChange) -> None:
    """Say which damaged items a new lock could not cover (they were moved aside, never deleted)."""
    if change.moved_aside:
        prompts.inform(title, translate(
            "SessionActions",
            "{count} damaged saved items could not be locked with the new passphrase. They were moved aside "
            "(kept, not deleted) and no longer appear in the list.",
        ).format(count=len(change.moved_aside)))


def _ask_new(prompts: Prompts, locked: bool) -> tuple[bool, str | None]:
    """(go on, the new passphrase or None to remove the lock), after the questions about it."""
    new, ok = prompts.text(_title(), translate(
        "SessionActions",
        "Choose a passphrase to lock your saved answers. A few words are easy to remember and hard to "
        "guess. If you forget it, the saved answers cannot be opened.\n\nNew passphrase:",
    ), _PASSWORD)
    if not ok:
        return False, None
    if not new:
        if not locked:
            return False, None
        answer = prompts.ask(translate("SessionActions", "Remove the lock"), translate(
            "SessionActions", "Remove the passphrase? Your saved answers will no longer be locked."))
        return answer == QMessageBox.StandardButton.Yes, None
    if len(new) < MIN_PASSPHRASE_LENGTH:
        prompts.warn(_title(), translate("SessionActions", "Please use at least {count} characters.").format(
            count=MIN_PASSPHRASE_LENGTH))
        return False, None
    again, ok = prompts.text(_title(), translate("SessionActions", "Type the same passphrase again:"), _PASSWORD)
    if not ok:
        return False, None
    if again != new:
        prompts.warn(_title(), translate(
            "SessionActions", "The two passphrases are not the same. Nothing was changed."))
        return False, None
    return True, new


@one_action
def set_passphrase(context: AppContext, parent: QWidget | None) -> None:
    """Lock saved answers with a passphrase, change it, or remove it (empty passphrase)."""
    from guardian_app.storage import StorageError

    state = state_for(context)
    prompts = Prompts(state, parent, "lock")
    if not ask_consent(context, prompts):
        return
    store = open_store(context, prompts)
    if store is None:
        return
    go_on, new = _ask_new(prompts, store.is_locked)
    if not go_on or prompts.cancelled:
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        change = store.set_passphrase(new)
    except StorageError as error:
        explain(state, prompts, error)
        return
    finally:
        QApplication.restoreOverrideCursor()
    report_moved_aside(prompts, _title(), change)
    if new and not change.old_copies_cleared:
        prompts.inform(_title(), translate(
            "SessionActions",
            "Your saved answers are locked. Older unlocked copies could not be wiped from the disk yet, "
            "because it is full or busy. Guardian wipes them as soon as it can; freeing some space helps.",
        ))
    status(parent, translate("SessionActions", "Your saved answers are locked.")
           if new else translate("SessionActions", "The lock was removed."))
