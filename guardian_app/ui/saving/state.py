"""What one running Guardian knows about saving: the open store (the key lives only there, in memory),
which saved items the session and the record came from, and the record of events itself.

Nothing is written to disk until the person says yes to "Remember my answers on this computer" (setting
``storage/remember``, off by default).

Two Guardians: while a Guardian uses the saved answers it holds a lock file (``QLockFile``) in their folder.
A second Guardian opens them read-only (it can list and open them; saving says that another window is using
them). Bringing the first window to the front instead would need a local socket (QtNetwork, which Guardian
never imports) and is often refused by the desktop anyway; read-only keeps both windows useful and safe. The
lock is taken only when saving is first used, never at start-up: nothing is written before consent. The
store itself re-checks the file and its lock in every write, so even without this file nothing is lost.

Quick exit wins: :meth:`StorageState.forget_after_quick_exit` counts quick exits, and the action under way
(:meth:`StorageState.action`) sees :attr:`StorageState.cancelled` turn true, so it asks nothing more, shows
nothing more (errors go to the log) and ends.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal

from guardian_app.family.record import EventRecord
from guardian_app.family.session import session_to_dict
from guardian_app.ui.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from guardian_app.storage import Store


REMEMBER_KEY = "storage/remember"
# Named after the database, so "Erase all my data" finds and removes it with the rest.
LOCK_FILE_NAME = "guardian.sqlite3.lock"
log = logging.getLogger(__name__)




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
        self.quick_exits = 0
        self._action_started_at: int | None = None  # quick_exits when the action under way began
        self._folder_lock: QLockFile | None = None
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
        self.release_folder()

    # --- two Guardians --------------------------------------------------------------------------------------

    def claim_folder(self) -> bool:
        """Hold the saved answers' lock file; False when another running Guardian holds it.

        Made only when saving is used (the folder then exists or is about to). A lock left by a Guardian that
        crashed is taken over (Qt checks whether its process still runs).
        """
        from PySide6.QtCore import QLockFile

        if self._folder_lock is not None:
            return True
        folder = self.data_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # nothing can be saved there anyway; the store explains why
        lock = QLockFile(str(folder / LOCK_FILE_NAME))
        lock.setStaleLockTime(0)  # never "stale" by age: only when its Guardian no longer runs
        if lock.tryLock(0):
            self._folder_lock = lock
            return True
        return lock.error() != QLockFile.LockError.LockFailedError  # unwritable: not another Guardian

    def release_folder(self) -> None:
        if self._folder_lock is not None:
            self._folder_lock.unlock()
            self._folder_lock = None

    # --- quick exit wins ------------------------------------------------------------------------------------

    @contextmanager
    def action(self) -> Iterator[None]:
        """One menu action from its start to its end; an action started inside another joins it."""
        if self._action_started_at is not None:
            yield
            return
        self._action_started_at = self.quick_exits
        try:
            yield
        finally:
            self._action_started_at = None

    @property
    def cancelled(self) -> bool:
        """Quick exit was triggered while the action under way waited: it must show and ask nothing more."""
        return self._action_started_at is not None and self._action_started_at != self.quick_exits

    def forget_after_quick_exit(self) -> None:
        """Quick exit: end the action under way, drop the record and close the store (the key goes too)."""
        self.quick_exits += 1
        self.replace_record()
        self.close_store()


def state_for(context: AppContext) -> StorageState:
    """The storage state of this context (its saving service's, made on first use)."""
    return context.saving().state


def remember_enabled(context: AppContext) -> bool:
    return bool(context.settings.value(REMEMBER_KEY, False, type=bool))
