"""The saving service a window and its pages reach through ``AppContext.saving()``.

It is imported only when something asks to save, open or erase (storage, SQLite and cryptography stay out of
start-up). Every action takes the widget that asks, so its questions appear over the right window.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.saving import actions, lock
from guardian_app.ui.saving.state import StorageState

log = logging.getLogger(__name__)


class SavingService:
    """The Session menu's actions and the close question, for one context."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.state = StorageState(context)

    def new_session(self, parent: QWidget | None) -> None:
        actions.new_session(self.context, parent)

    def open_saved(self, parent: QWidget | None) -> None:
        actions.open_saved(self.context, parent)

    def save_session(self, parent: QWidget | None) -> bool:
        return actions.save_session(self.context, parent)

    def save_record(self, parent: QWidget | None) -> bool:
        return actions.save_record(self.context, parent)

    def end_session(self, parent: QWidget | None) -> None:
        actions.end_session(self.context, parent)

    def erase_all_data(self, parent: QWidget | None) -> None:
        actions.erase_all_data(self.context, parent)

    def lock(self, parent: QWidget | None) -> None:
        """Lock saved answers with a passphrase (or lock them now, when a passphrase is set)."""
        lock.lock(self.context, parent)

    def change_passphrase(self, parent: QWidget | None) -> None:
        lock.change(self.context, parent)

    def remove_passphrase(self, parent: QWidget | None) -> None:
        lock.remove(self.context, parent)

    def confirm_close(self, parent: QWidget | None) -> bool:
        """Whether the window may close (unsaved work was saved, or the person chose to leave it)."""
        return actions.confirm_close(self.context, parent)

    def forget(self) -> None:
        """Quick exit: end the action under way (no more questions or messages), drop the record of events
        and close the store, so its key leaves memory."""
        try:
            self.state.forget_after_quick_exit()
        except Exception:
            log.exception("Forgetting the saved-session state failed during quick exit")
