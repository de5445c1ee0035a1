"""The Session menu's actions: new, open saved, save, end, erase all, passphrase, and the question asked on close.

When saving fails (read-only folder, full disk...), the person is told in plain words and the session simply
stays in memory: nothing is lost. Every action runs as one action of the storage state (``one_action``):
once quick exit is triggered it asks and shows nothing more. Opening lives in ``opening.py``, the passphrase
in ``passphrase.py``; both are reachable from here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from guardian_app.family.session import session_to_dict
from guardian_app.ui.context import AppContext
from guardian_app.ui.saving.access import explain, one_action, open_store
from guardian_app.ui.saving.dialogs import Prompts, ask_consent, status
from guardian_app.ui.saving.lock import lock
from guardian_app.ui.saving.opening import open_saved
from guardian_app.ui.saving.state import state_for, translate

if TYPE_CHECKING:
    from guardian_app.storage.store import Kind

__all__ = ["confirm_close", "end_session", "erase_all_data", "lock", "new_session", "open_saved", "resolve_unsaved",
           "save_record", "save_session"]

Button = QMessageBox.StandardButton


@one_action
def save_session(context: AppContext, parent: QWidget | None) -> bool:
    """Save the session (asking for consent first when saving is off); returns whether it was saved."""
    from guardian_app.storage import SESSION

    state = state_for(context)

    def saved(store_id: int, data: dict[str, Any]) -> None:
        state.session_id, state.session_snapshot = store_id, data

    return _save_item(context, Prompts(state, parent), SESSION, context.session.is_empty(),
                      context.session.label, lambda: session_to_dict(context.session), state.session_id, saved,
                      translate("SessionActions", "Session saved on this computer."))


@one_action
def save_record(context: AppContext, parent: QWidget | None) -> bool:
    """Save the record of events, with the same consent as sessions; returns whether it was saved."""
    from guardian_app.storage import RECORD

    state = state_for(context)

    def saved(store_id: int, data: dict[str, Any]) -> None:
        state.record_id, state.record_snapshot = store_id, data

    return _save_item(context, Prompts(state, parent), RECORD, state.record.is_empty(), state.record.label,
                      state.record.to_dict, state.record_id, saved,
                      translate("SessionActions", "Record of events saved on this computer."))


def _save_item(context: AppContext, prompts: Prompts, kind: Kind, empty: bool, label: str,
               to_dict: Callable[[], dict[str, Any]], store_id: int | None,
               saved: Callable[[int, dict[str, Any]], None], done_message: str) -> bool:
    """The steps both saves share: nothing-to-save, consent, open the store, write, remember what was saved."""
    from guardian_app.storage import StorageError

    if empty:
        prompts.inform(translate("SessionActions", "Save"),
                       translate("SessionActions", "There is nothing to save yet."))
        return False
    if not ask_consent(context, prompts):
        return False
    store = open_store(context, prompts)
    if store is None or prompts.cancelled:
        return False
    data = to_dict()
    try:
        new_id = store.save(kind, label, data, store_id)
    except StorageError as error:
        explain(state_for(context), prompts, error)
        return False
    saved(new_id, data)
    status(prompts.parent, done_message)
    return True


def resolve_unsaved(context: AppContext, prompts: Prompts, question: str) -> bool:
    """Save / Discard / Cancel when there is unsaved work; returns whether to go on."""
    state = state_for(context)
    if not state.has_unsaved_work():
        return True
    text = question + "\n\n" + translate(
        "SessionActions", "Save keeps it on this computer. Discard clears it from memory.")
    answer = prompts.ask(translate("SessionActions", "Unsaved answers"), text,
                         Button.Save | Button.Discard | Button.Cancel, Button.Cancel)
    if answer == Button.Save:
        saved = True
        if state.session_unsaved():
            saved = save_session(context, prompts.parent)
        if saved and state.record_unsaved():
            saved = save_record(context, prompts.parent)
        return saved and not prompts.cancelled
    return answer == Button.Discard


@one_action
def confirm_close(context: AppContext, parent: QWidget | None) -> bool:
    """Asked when the window closes: True to close (saved, discarded or nothing to save), False to stay."""
    state = state_for(context)
    question = translate("SessionActions", "Some answers have not been saved. Save them before closing?")
    if not resolve_unsaved(context, Prompts(state, parent), question):
        return False
    state.close_store()
    return True


@one_action
def new_session(context: AppContext, parent: QWidget | None) -> None:
    """Start again with an empty session and record (after Save / Discard / Cancel if needed)."""
    state = state_for(context)
    question = translate("SessionActions", "Some answers have not been saved. Save them first?")
    if not resolve_unsaved(context, Prompts(state, parent), question):
        return
    context.replace_session()
    state.replace_record()


@one_action
def end_session(context: AppContext, parent: QWidget | None) -> None:
    """Clear everything from memory: the session, the record, and the key of a locked store."""
    state = state_for(context)
    prompts = Prompts(state, parent)
    if state.has_unsaved_work():
        answer = prompts.ask(translate("SessionActions", "End session"), translate(
            "SessionActions",
            "End the session? Everything on screen will be cleared from memory. Answers that were not "
            "saved cannot be brought back.",
        ))
        if answer != Button.Yes:
            return
    from guardian_app.storage import DB_FILE_NAME

    saved = state.store is not None or (state.data_folder() / DB_FILE_NAME).is_file()
    context.replace_session()
    state.replace_record()
    state.close_store()
    context.forget_family()  # every page empties its fields, searches, filters and ticks, undo included
    # Say only what is true: the screen is cleared; what the family chose to save is still saved.
    if saved:
        status(parent, translate("SessionActions", "Session ended. What was on screen is cleared. Saved answers "
                                                   "stay on this computer until you erase them."))
    else:
        status(parent, translate("SessionActions", "Session ended. What was on screen is cleared."))


@one_action
def erase_all_data(context: AppContext, parent: QWidget | None) -> None:
    """Delete every saved session and record, damaged copies, and Guardian's settings; then say what went."""
    from guardian_app.storage import StorageError, erase_all

    state = state_for(context)
    prompts = Prompts(state, parent, "erase")
    title = translate("SessionActions", "Erase all my data")
    answer = prompts.ask(title, translate(
        "SessionActions",
        "This deletes every saved session and record of events, the passphrase lock, and Guardian's "
        "settings on this computer. It cannot be undone.\n\nWhat is on screen now stays until you end "
        "the session.\n\nErase everything?",
    ))
    if answer != Button.Yes:
        return
    state.close_store()
    if not state.claim_folder():
        prompts.warn(title, translate(
            "SessionActions",
            "Another Guardian window is using your saved answers. Please close it first, then erase. "
            "Nothing was erased."))
        return
    state.release_folder()
    settings_file = Path(context.settings.fileName()) if context.settings.fileName() else None
    context.settings.clear()
    context.settings.sync()
    try:
        erased = erase_all(state.data_folder(), [settings_file] if settings_file else [])
    except StorageError as error:
        prompts.warn(title, translate(
            "SessionActions",
            "Some files could not be erased. Please close other copies of Guardian and try again.\n\n"
            "Details: {details}",
        ).format(details=str(error)))
        return
    state.session_id = state.record_id = None
    state.session_snapshot = state.record_snapshot = None
    if erased:
        names = "\n".join(str(path) for path in erased)
        text = translate("SessionActions", "These files were erased:\n\n{files}").format(files=names)
    else:
        text = translate("SessionActions", "There was nothing saved on this computer to erase.")
    prompts.inform(title, text)
