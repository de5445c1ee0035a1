"""What can go wrong when saving, each with a ``kind`` the UI turns into a calm, translated message.

Every error also says what Guardian was doing (``action``: "open", "list", "save", "delete", "lock",
"move-aside", "erase"), so the UI can title its message "Could not open" or "Could not save" truthfully.
The messages here are plain English for logs and tests; the windows never show them as they are.
"""

from __future__ import annotations

from pathlib import Path

OPEN = "open"
LIST = "list"
SAVE = "save"
DELETE = "delete"
LOCK = "lock"
MOVE_ASIDE = "move-aside"
ERASE = "erase"


class StorageError(Exception):
    """Saving or opening failed. The session in memory is never touched by a failure."""

    kind = "unavailable"

    def __init__(self, message: str, path: Path | None = None, action: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.action = action  # set by the Store method that failed, when the raiser did not know

    @property
    def while_reading(self) -> bool:
        """Whether this happened while opening or listing (not while writing): for the message's title."""
        return self.action in (OPEN, LIST)


class StorageUnavailable(StorageError):
    """The folder cannot be written: read-only, full, missing permission... ``kind`` says which."""

    def __init__(self, message: str, path: Path | None = None, kind: str = "unavailable",
                 action: str | None = None) -> None:
        super().__init__(message, path, action)
        self.kind = kind  # "read-only", "disk-full" or "unavailable"


class PassphraseRequired(StorageError):
    """The saved answers are locked; a passphrase is needed to open them."""

    kind = "passphrase-required"


class WrongPassphrase(StorageError):
    """The passphrase does not unlock the saved answers. Nothing was changed."""

    kind = "wrong-passphrase"


class InvalidPassphrase(StorageError):
    """The passphrase cannot be used: ``kind`` is "empty-passphrase" or "invalid-passphrase".

    "invalid-passphrase" means it holds characters that are not text (a lone surrogate pasted from a
    broken source, for instance). Nothing was changed.
    """

    def __init__(self, message: str, kind: str = "invalid-passphrase", action: str | None = None) -> None:
        super().__init__(message, None, action)
        self.kind = kind


class NewerVersion(StorageError):
    """The saved answers were written by a newer Guardian; this one leaves them alone."""

    kind = "newer-version"


class DatabaseCorrupt(StorageError):
    """The database file is damaged (internal: :class:`Store` moves it aside and starts fresh)."""

    kind = "corrupt"


class ItemDamaged(StorageError):
    """One saved item cannot be read (a damaged byte); the others are fine. It can be moved aside."""

    kind = "damaged"

    def __init__(self, message: str, item_kind: str, item_id: int, path: Path | None = None,
                 action: str | None = None) -> None:
        super().__init__(message, path, action)
        self.item_kind = item_kind
        self.item_id = item_id


class LockChanged(StorageError):
    """Another Guardian window locked, unlocked or re-keyed the saved answers since this one opened them.

    Nothing was written. Close the store and open it again (with the passphrase now in force).
    """

    kind = "lock-changed"


class StoreGone(StorageError):
    """The saved answers were erased or moved (by another Guardian window) since this one opened them.

    Nothing was written: a save never "succeeds" into a file that is no longer there.
    """

    kind = "erased"
