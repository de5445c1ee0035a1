"""Saving sessions and records of events on this computer, only when the user has said yes.

Qt-free. The GUI decides *whether* to save (the "storage/remember" setting) and *where* (a folder it
passes in); this package only knows how: SQLite with a versioned schema, every write in one transaction,
and optional AES-GCM encryption of everything a family typed when the user sets a passphrase.
"""

from __future__ import annotations

from guardian_app.storage.errors import (
    DatabaseCorrupt,
    InvalidPassphrase,
    ItemDamaged,
    LockChanged,
    NewerVersion,
    PassphraseRequired,
    StorageError,
    StorageUnavailable,
    StoreGone,
    WrongPassphrase,
)
from guardian_app.storage.store import (
    DB_FILE_NAME,
    RECORD,
    SESSION,
    DamagedItem,
    Listing,
    LockChange,
    SavedItem,
    Store,
    erase_all,
    is_locked_at,
    storage_files,
)

__all__ = [
    "DB_FILE_NAME",
    "RECORD",
    "SESSION",
    "DamagedItem",
    "DatabaseCorrupt",
    "InvalidPassphrase",
    "ItemDamaged",
    "Listing",
    "LockChange",
    "LockChanged",
    "NewerVersion",
    "PassphraseRequired",
    "SavedItem",
    "StorageError",
    "StorageUnavailable",
    "Store",
    "StoreGone",
    "WrongPassphrase",
    "erase_all",
    "is_locked_at",
    "storage_files",
]
