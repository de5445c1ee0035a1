"""Session > Open saved: the list of saved sessions and records (damaged ones too), then opening one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

from guardian_app.family.record import EventRecord
from guardian_app.family.session import session_from_dict, session_to_dict
from guardian_app.ui.context import AppContext
from guardian_app.ui.saving.access import explain, one_action, open_store
from guardian_app.ui.saving.dialogs import Prompts, SavedItemsDialog
from guardian_app.ui.saving.state import StorageState, state_for, translate

if TYPE_CHECKING:
    from guardian_app.storage import DamagedItem, Listing, SavedItem, Store


@one_action
def open_saved(context: AppContext, parent: QWidget | None) -> None:
    """List saved sessions and records; open, delete or move aside (asks for the passphrase when locked)."""
    from guardian_app.storage import DB_FILE_NAME, StorageError

    state = state_for(context)
    prompts = Prompts(state, parent, "open")
    if state.store is None and not (state.data_folder() / DB_FILE_NAME).is_file():
        # Checked before opening anything, so looking never creates a file.
        prompts.inform(translate("SessionActions", "Open saved answers"),
                       translate("SessionActions", "Nothing has been saved on this computer yet."))
        return
    store = open_store(context, prompts)
    if store is None:
        return
    try:
        listing = store.listing()
    except StorageError as error:
        explain(state, prompts, error)
        return
    chosen = _choose(state, store, prompts, listing)
    if chosen is None or prompts.cancelled:
        return
    try:
        data = store.load(chosen.kind, chosen.id)
    except KeyError:
        return
    except StorageError as error:
        explain(state, prompts, error)
        return
    _show_opened(context, prompts, chosen.kind, chosen.id, data)


def _choose(state: StorageState, store: Store, prompts: Prompts, listing: Listing,
            ) -> SavedItem | DamagedItem | None:
    """Show the list until the person opens an item or closes it; deleting and moving aside happen here."""
    from guardian_app.storage import RECORD, SESSION, StorageError

    def refresh() -> None:
        try:
            fresh = store.listing()
        except StorageError as error:
            dialog.reject()
            explain(state, prompts, error)
            return
        dialog.set_items(fresh.items, fresh.damaged)

    def delete(saved: SavedItem) -> None:
        if prompts.cancelled:
            return
        try:
            store.delete(saved.kind, saved.id)
        except StorageError as error:
            explain(state, prompts, error)
            return
        if saved.kind == SESSION and saved.id == state.session_id:
            state.session_id, state.session_snapshot = None, None
        if saved.kind == RECORD and saved.id == state.record_id:
            state.record_id, state.record_snapshot = None, None
        refresh()

    def move_aside(broken: DamagedItem) -> None:
        if prompts.cancelled:
            return
        try:
            store.move_aside(broken.kind, broken.id)
        except StorageError as error:
            explain(state, prompts, error)
            return
        refresh()

    dialog = SavedItemsDialog(listing.items, prompts.parent, listing.damaged)
    dialog.on_delete = delete
    dialog.on_move_aside = move_aside
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen
    finally:
        dialog.deleteLater()


def _show_opened(context: AppContext, prompts: Prompts, kind: str, item_id: int, data: dict[str, Any]) -> None:
    from guardian_app.storage import SESSION
    from guardian_app.ui.saving.actions import resolve_unsaved

    state = state_for(context)
    if kind == SESSION:
        question = translate("SessionActions", "The session on screen has not been saved. Save it first?")
        if state.session_unsaved() and not resolve_unsaved(context, prompts, question):
            return
        if prompts.cancelled:
            return
        session = session_from_dict(data)
        context.replace_session(session)
        state.session_id, state.session_snapshot = item_id, session_to_dict(session)
        context.open("session")
        return
    question = translate("SessionActions", "The record on screen has not been saved. Save it first?")
    if state.record_unsaved() and not resolve_unsaved(context, prompts, question):
        return
    if prompts.cancelled:
        return
    state.replace_record(EventRecord.from_dict(data), item_id)
    context.open("record")
