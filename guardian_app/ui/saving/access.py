"""Getting at the store for an action: one action at a time (so quick exit can end it), the passphrase asked
until it is right or the person gives up, read-only when another Guardian uses the saved answers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from PySide6.QtWidgets import QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.saving.dialogs import Prompts, status
from guardian_app.ui.saving.state import StorageState, state_for, translate

if TYPE_CHECKING:
    from guardian_app.storage import StorageError, Store

P = ParamSpec("P")
R = TypeVar("R")
MAX_PASSPHRASE_TRIES = 5
# Errors after which the open store no longer matches the file: close it, the next action opens it again.
STALE_STORE_KINDS = ("lock-changed", "erased", "in-use", "corrupt")


def one_action(run: Callable[Concatenate[AppContext, QWidget | None, P], R],
               ) -> Callable[Concatenate[AppContext, QWidget | None, P], R]:
    """Run a menu action as one action of its context's storage state (see ``StorageState.action``)."""
    @functools.wraps(run)
    def action(context: AppContext, parent: QWidget | None, *args: P.args, **kwargs: P.kwargs) -> R:
        with state_for(context).action():
            return run(context, parent, *args, **kwargs)

    return action


def explain(state: StorageState, prompts: Prompts, error: StorageError) -> None:
    """Say what went wrong; close a store that no longer matches its file (another window changed it)."""
    if error.kind in STALE_STORE_KINDS:
        state.close_store()
    prompts.explain(error)


def open_store(context: AppContext, prompts: Prompts) -> Store | None:
    """The open store, opened (and unlocked) if needed; None if it cannot be used now (already explained),
    or when quick exit ended the action meanwhile."""
    from guardian_app.storage import InvalidPassphrase, PassphraseRequired, StorageError, Store, WrongPassphrase

    state = state_for(context)
    if state.store is not None:
        return state.store
    read_only = not state.claim_folder()
    passphrase: str | None = None
    store: Store | None = None
    for _attempt in range(MAX_PASSPHRASE_TRIES):
        try:
            store = Store.open(state.data_folder(), passphrase, read_only=read_only)
            break
        except PassphraseRequired:
            prompt = translate("SessionActions", "Your saved answers are locked. Type your passphrase:")
        except (WrongPassphrase, InvalidPassphrase) as error:
            prompts.explain(error)
            prompt = translate("SessionActions", "Type your passphrase again:")
        except StorageError as error:
            prompts.explain(error)
            break
        passphrase = prompts.passphrase(prompt)  # None when cancelled, or after quick exit
        if passphrase is None:
            break
    if store is None or prompts.cancelled:
        if store is not None:
            store.close()
        state.release_folder()
        return None
    state.store = store
    _tell_what_changed(store, prompts, read_only)
    return None if prompts.cancelled else store


def _tell_what_changed(store: Store, prompts: Prompts, in_use: bool) -> None:
    """A damaged file put aside (and what came back from it), or a read-only opening: said once."""
    if store.recovered_copy is not None:
        if store.salvaged_count:
            text = translate(
                "SessionActions",
                "The file with your saved answers was damaged. Guardian put it aside (it was not deleted) and "
                "kept the {count} saved items it could still read. Your session on screen is safe.\n\n"
                "The damaged copy is here: {path}",
            ).format(count=store.salvaged_count, path=str(store.recovered_copy))
        else:
            text = translate(
                "SessionActions",
                "The file with your saved answers was damaged and could not be read. Guardian put it aside "
                "(it was not deleted) and started a new, empty one. Your session on screen is safe.\n\n"
                "The damaged copy is here: {path}",
            ).format(path=str(store.recovered_copy))
        store.recovered_copy = None  # the store, not the state: quick exit may have closed the state's
        prompts.inform(translate("SessionActions", "Saved answers were damaged"), text)
    if in_use:
        status(prompts.parent, translate(
            "SessionActions",
            "Another Guardian window is using your saved answers: here you can open them, not change them."))
