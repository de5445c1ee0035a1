"""What one running Guardian knows about saving: the open store (the key lives only there, in memory),
which saved items the session and the record came from, and the record of events itself.

Nothing is written to disk until the person says yes to "Remember my answers on this computer" (setting
``storage/remember``, off by default).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal

from guardian_app.family.record import EventRecord
from guardian_app.family.session import session_to_dict
from guardian_app.ui.context import AppContext

if TYPE_CHECKING:
    from guardian_app.storage import Store


REMEMBER_KEY = "storage/remember"


STATE_ATTRIBUTE = "_guardian_storage_state"


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


def state_for(context: AppContext) -> StorageState:
    """The storage state of this context, made on first use."""
    state = getattr(context, STATE_ATTRIBUTE, None)
    if not isinstance(state, StorageState):
        state = StorageState(context)
        setattr(context, STATE_ATTRIBUTE, state)
    return state


def remember_enabled(context: AppContext) -> bool:
    return bool(context.settings.value(REMEMBER_KEY, False, type=bool))
