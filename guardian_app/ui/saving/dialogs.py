"""The questions and messages of saving: consent, passphrase, plain-words errors (titled by what Guardian was
doing: opening is never called saving), all through :class:`Prompts`, which goes silent after quick exit."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.saving.saved_list import CANCEL, YES_CANCEL, SavedItemsDialog
from guardian_app.ui.saving.state import REMEMBER_KEY, StorageState, remember_enabled, translate

if TYPE_CHECKING:
    from guardian_app.storage import StorageError

__all__ = ["CANCEL", "MIN_PASSPHRASE_LENGTH", "YES_CANCEL", "Prompts", "SavedItemsDialog", "ask_consent",
           "error_message", "status"]

MIN_PASSPHRASE_LENGTH = 8
Button = QMessageBox.StandardButton
log = logging.getLogger(__name__)


READING = ("open", "list")
PASSPHRASE_KINDS = ("wrong-passphrase", "empty-passphrase", "invalid-passphrase")


def _title(action: str, kind: str) -> str:
    if kind in PASSPHRASE_KINDS:
        return translate("SessionActions", "Passphrase")
    titles = {
        "open": translate("SessionActions", "Could not open your saved answers"),
        "list": translate("SessionActions", "Could not open your saved answers"),
        "delete": translate("SessionActions", "Could not delete"),
        "lock": translate("SessionActions", "Could not change the lock"),
        "move-aside": translate("SessionActions", "Could not move it aside"),
        "erase": translate("SessionActions", "Could not erase"),
    }
    return titles.get(action, translate("SessionActions", "Could not save"))


def _reading_text(error: StorageError) -> str | None:
    """Messages for problems met while opening or listing saved answers."""
    if error.kind == "damaged":
        return translate(
            "SessionActions",
            "This saved item is damaged and cannot be opened. Your other saved answers are fine. You can "
            "move it aside from the list of saved answers.",
        )
    if error.kind == "disk-full":
        return translate(
            "SessionActions",
            "There is not enough space on the disk to open your saved answers. Free some space and try again.",
        )
    if error.kind in ("read-only", "unavailable"):
        return translate(
            "SessionActions",
            "Guardian cannot open its folder of saved answers right now. Nothing was changed.\n\nFolder: {folder}",
        ).format(folder=str(error.path or ""))
    return None


def _writing_text(error: StorageError, kept: str) -> str | None:
    """Messages for problems met while saving, deleting, locking or moving aside."""
    if error.kind == "read-only":
        return translate(
            "SessionActions",
            "Guardian cannot save in its folder because the folder cannot be written to. {kept}"
            "\n\nFolder: {folder}",
        ).format(kept=kept, folder=str(error.path or ""))
    if error.kind == "disk-full":
        return translate(
            "SessionActions",
            "There is not enough space on the disk to save. {kept} Free some space and try again.",
        ).format(kept=kept)
    if error.kind == "in-use":
        return translate(
            "SessionActions",
            "Another Guardian window is using your saved answers, so here they can be read but not changed. "
            "{kept} Save in the other window, or close it and try again.",
        ).format(kept=kept)
    return None


def _any_text(error: StorageError, kept: str) -> str:
    texts = {
        "wrong-passphrase": translate(
            "SessionActions",
            "That passphrase does not unlock your saved answers. Nothing was changed. "
            "Please check it and try again.",
        ),
        "empty-passphrase": translate("SessionActions", "Please type a passphrase. Nothing was changed."),
        "invalid-passphrase": translate(
            "SessionActions",
            "That passphrase holds characters Guardian cannot use (they may come from a copy and paste). "
            "Please type it with the keyboard. Nothing was changed.",
        ),
        "newer-version": translate(
            "SessionActions",
            "Your saved answers were made by a newer version of Guardian. Please update Guardian to "
            "open them. Nothing was changed.",
        ),
        "lock-changed": translate(
            "SessionActions",
            "Your saved answers were locked, unlocked or given a new passphrase in another Guardian window. "
            "Nothing was changed here. {kept} Please try again: Guardian will ask for the passphrase if one "
            "is needed.",
        ).format(kept=kept),
        "erased": translate(
            "SessionActions",
            "Your saved answers were erased in another Guardian window, so nothing was saved here. {kept}",
        ).format(kept=kept),
    }
    return texts.get(error.kind) or translate(
        "SessionActions", "Guardian could not do this right now. {kept}\n\nDetails: {details}"
    ).format(kept=kept, details=str(error))


def error_message(error: StorageError, purpose: str = "save") -> tuple[str, str]:
    """The title and text that explain ``error`` in plain words.

    ``purpose`` is what the person asked for ("save", "open", "lock"...): opening the store is a step of
    saving too, and a folder that cannot be used while saving is a saving problem ("nothing was lost").
    """
    action = error.action or purpose
    if action in READING and purpose not in READING:
        action = purpose
    kept = translate("SessionActions", "Your session is still open; nothing was lost.")
    text = _reading_text(error) if action in READING else _writing_text(error, kept)
    return _title(action, error.kind), text or _any_text(error, kept)


def status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 6000)


class Prompts:
    """The questions and messages of one action. Once quick exit is triggered nothing more is shown: a
    question gets Cancel without asking, and a message or an error goes to the log instead."""

    def __init__(self, state: StorageState, parent: QWidget | None, purpose: str = "save") -> None:
        self.state = state
        self.parent = parent
        self.purpose = purpose  # "save", "open", "lock" or "erase": titles the errors (see error_message)

    @property
    def cancelled(self) -> bool:
        return self.state.cancelled

    def _silenced(self, title: str) -> bool:
        if self.state.cancelled:
            log.info("After quick exit, not shown: %s", title)
            return True
        return False

    def inform(self, title: str, text: str) -> None:
        if not self._silenced(title):
            QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        if not self._silenced(title):
            QMessageBox.warning(self.parent, title, text)

    def ask(self, title: str, text: str, buttons: Button = YES_CANCEL, default: Button = CANCEL) -> Button:
        """The button chosen; Cancel when quick exit came before or during the question."""
        if self._silenced(title):
            return CANCEL
        answer = QMessageBox.question(self.parent, title, text, buttons, default)
        return CANCEL if self.state.cancelled else answer

    def text(self, title: str, prompt: str, echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal,
             ) -> tuple[str, bool]:
        """What was typed and whether OK was pressed; ("", False) when quick exit came first or meanwhile."""
        if self._silenced(title):
            return "", False
        typed, ok = QInputDialog.getText(self.parent, title, prompt, echo)
        return ("", False) if self.state.cancelled else (typed, ok)

    def passphrase(self, prompt: str) -> str | None:
        typed, ok = self.text(translate("SessionActions", "Passphrase"), prompt, QLineEdit.EchoMode.Password)
        return typed if ok and typed else None

    def explain(self, error: StorageError) -> None:
        title, text = error_message(error, self.purpose)
        if self.state.cancelled:
            log.warning("After quick exit, not shown: %s (%s: %s)", title, error.kind, error)
            return
        QMessageBox.warning(self.parent, title, text)


def ask_consent(context: AppContext, prompts: Prompts) -> bool:
    """Explain what would be stored, and turn on "Remember my answers on this computer" only on yes."""
    if remember_enabled(context):
        return True
    text = translate(
        "SessionActions",
        "Guardian can remember your answers on this computer, so you can open them again later.\n\n"
        "It would store: the label you typed, the signs you ticked, your private notes, the conversation "
        "starters you chose, your family safety plan, and any record of events. Nothing is sent anywhere.\n\n"
        "Anyone who uses this computer account could open them, unless you lock them with a passphrase "
        '(Session menu). You can erase everything at any time with "Erase all my data".\n\n'
        "Remember my answers on this computer?",
    )
    answer = prompts.ask(translate("SessionActions", "Remember my answers on this computer?"), text)
    if answer != Button.Yes:
        return False
    context.settings.setValue(REMEMBER_KEY, True)
    return True
