"""What can go wrong when saving, each with a ``kind`` the UI turns into a calm, translated message.

The messages here are plain English for logs and tests; the windows never show them as they are.
"""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Saving or opening failed. The session in memory is never touched by a failure."""

    kind = "unavailable"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class StorageUnavailable(StorageError):
    """The folder cannot be written: read-only, full, missing permission... ``kind`` says which."""

    def __init__(self, message: str, path: Path | None = None, kind: str = "unavailable") -> None:
        super().__init__(message, path)
        self.kind = kind  # "read-only", "disk-full" or "unavailable"


class PassphraseRequired(StorageError):
    """The saved answers are locked; a passphrase is needed to open them."""

    kind = "passphrase-required"


class WrongPassphrase(StorageError):
    """The passphrase does not unlock the saved answers. Nothing was changed."""

    kind = "wrong-passphrase"


class NewerVersion(StorageError):
    """The saved answers were written by a newer Guardian; this one leaves them alone."""

    kind = "newer-version"


class DatabaseCorrupt(StorageError):
    """The database file is damaged (internal: :class:`Store` moves it aside and starts fresh)."""

    kind = "corrupt"
