"""The SQLite store of saved sessions and records of events.

Why it survives a crash: the database runs in WAL mode with ``synchronous=FULL`` and every write is one
``BEGIN IMMEDIATE ... COMMIT`` transaction, so a process killed at any moment leaves the last committed state.
Why nothing leaks when locked: labels and payloads are encrypted before they reach SQLite, ``secure_delete``
zeroes freed space, and after a passphrase is set the WAL is checkpointed away and the file vacuumed, so no
earlier plaintext copy stays in any file.

Why nobody is locked out: a damaged row is listed as damaged and can be moved aside (``rows.py``,
``quarantine.py``); a damaged file is never deleted but renamed with a timestamp
(``guardian.sqlite3.corrupt-<time>``), and every row that can still be read is copied into a fresh file
(``salvage.py``; :attr:`Store.recovered_copy` and :attr:`Store.salvaged_count` tell the UI); a folder that
cannot be written (read-only, full disk) still opens, read-only (``connect.py``).

Why two Guardian windows are safe: each write transaction first checks, under SQLite's write lock, that the
file is still the one this store opened (not erased) and that the lock (the salt) is still the one its key
belongs to (not locked, unlocked or re-keyed by the other window). If not, nothing is written:
:class:`StoreGone` or :class:`LockChanged`, and the UI opens the store again.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from guardian_app.storage import crypto, quarantine
from guardian_app.storage.connect import connect_read_only, connect_read_write, looks_corrupt, purge_old_copies
from guardian_app.storage.errors import (
    DELETE,
    LIST,
    LOCK,
    MOVE_ASIDE,
    OPEN,
    SAVE,
    DatabaseCorrupt,
    ItemDamaged,
    LockChanged,
    PassphraseRequired,
    StorageError,
    StorageUnavailable,
    StoreGone,
    WrongPassphrase,
)
from guardian_app.storage.files import (
    DB_FILE_NAME,
    erase_all,
    file_identity,
    is_locked_at,
    move_file_aside,
    storage_files,
    unavailable,
    writable,
)
from guardian_app.storage.rekey import LockChange, new_lock, rekey_rows
from guardian_app.storage.rows import (
    KINDS,
    RECORD,
    SESSION,
    DamagedItem,
    Kind,
    Listing,
    RowDamage,
    SavedItem,
    decode_payload,
    decode_row,
    fetch_raw,
    key_opens_a_label,
    read_kind,
    seal,
)
from guardian_app.storage.salvage import salvage

__all__ = ["DB_FILE_NAME", "RECORD", "SESSION", "DamagedItem", "Kind", "Listing", "LockChange", "SavedItem",
           "Store", "erase_all", "is_locked_at", "storage_files"]

IN_USE = "in-use"  # read_only_reason when the caller asked for read-only (another Guardian is open)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _tag(error: StorageError, action: str) -> StorageError:
    if error.action is None:
        error.action = action
    return error


class Store:
    """An open database of saved sessions and records. Use :meth:`open`; call :meth:`close` when done."""

    def __init__(self, folder: Path, conn: sqlite3.Connection, recovered_copy: Path | None,
                 read_only_reason: str | None = None) -> None:
        self.folder = folder
        self.path = folder / DB_FILE_NAME
        self._conn: sqlite3.Connection | None = conn
        self._key: bytes | None = None
        self._salt: bytes | None = None  # the lock the key belongs to, checked again in every transaction
        self._identity = file_identity(self.path)
        self.recovered_copy = recovered_copy  # where a damaged database was moved, to tell the user
        self.salvaged_count = 0  # how many saved items were copied from that damaged file into this one
        # None when writable; else why not: "read-only", "disk-full", "unavailable" or "in-use".
        self.read_only_reason = read_only_reason
        self.old_copies_cleared = True
        self.created_now = False  # made by this open (a new or a recovered file): locked at once if asked

    # --- opening ----------------------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path, passphrase: str | None = None, kdf: crypto.KdfParams | None = None,
             *, read_only: bool = False) -> Store:
        """Open (or create) the store in ``folder``.

        Raises :class:`PassphraseRequired` / :class:`WrongPassphrase` for a locked store (nothing is changed),
        :class:`InvalidPassphrase` for an empty passphrase or one that is not text, :class:`NewerVersion`
        for a file from a newer Guardian, :class:`StorageUnavailable` when the folder cannot be used. A
        damaged file is moved aside and a fresh store is opened instead. A folder that cannot be written
        opens read-only when the file can be read (see :attr:`read_only_reason`). A new store is locked at
        once when a passphrase is given.
        """
        try:
            if passphrase is not None:
                crypto.check_passphrase(passphrase)
            store = cls._connect(Path(folder), read_only)
            try:
                store._unlock(passphrase, kdf)
            except BaseException:
                store.close()
                raise
        except StorageError as error:
            raise _tag(error, OPEN) from error.__cause__
        return store

    @classmethod
    def _connect(cls, folder: Path, read_only: bool) -> Store:
        path = folder / DB_FILE_NAME
        if read_only:
            return cls(folder, connect_read_only(path), None, IN_USE)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if not path.is_file():
                raise unavailable(exc, folder) from exc
        recovered: Path | None = None
        salvaged = 0
        existed = path.exists()
        try:
            try:
                conn = connect_read_write(path)
            except DatabaseCorrupt:
                recovered = move_file_aside(path)
                conn = connect_read_write(path)
                salvaged = salvage(recovered, conn)
                existed = salvaged > 0 or is_locked_at(folder)
        except StorageUnavailable as error:
            if not path.is_file():
                raise
            try:  # saved answers can still be read from a read-only folder or a full disk
                return cls(folder, connect_read_only(path), None, error.kind)
            except StorageError:
                raise error from None
        # SQLite opens a file it may not write without a word; nothing had to be written to open it.
        store = cls(folder, conn, recovered, None if writable(path) else "read-only")
        store.created_now = not existed
        store.salvaged_count = salvaged
        return store

    def _unlock(self, passphrase: str | None, kdf: crypto.KdfParams | None) -> None:
        salt = self._meta("salt")
        if salt is None:
            if passphrase and self.created_now:
                self.set_passphrase(passphrase, kdf)
            return
        if passphrase is None:
            raise PassphraseRequired("the saved answers are locked", self.path)
        params = crypto.KdfParams.from_json(self._meta("kdf") or b"")
        verifier = self._meta("verifier") or b""
        for key in crypto.key_candidates(passphrase, salt, params):
            if crypto.verifies(key, verifier) or key_opens_a_label(self.conn, key):
                self._key, self._salt = key, salt
                return
        raise WrongPassphrase("the passphrase does not unlock the saved answers", self.path)

    # --- small helpers ----------------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StorageError("the store is closed", self.path)
        return self._conn

    @property
    def is_locked(self) -> bool:
        """Whether a passphrase protects what is stored."""
        return self._key is not None

    @property
    def read_only(self) -> bool:
        """Whether this store can only be read (see :attr:`read_only_reason`)."""
        return self.read_only_reason is not None

    def _meta(self, key: str) -> bytes | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return bytes(row[0]) if row else None

    def _check_current(self) -> None:
        """Raise unless the file and its lock are still those this store opened (another window may have
        erased, locked, unlocked or re-keyed them)."""
        if file_identity(self.path) != self._identity:
            raise StoreGone("the saved answers were erased or moved since they were opened", self.path)
        if self._meta("salt") != self._salt:
            raise LockChanged("the lock changed since the saved answers were opened", self.path)

    def _refuse_if_read_only(self, action: str) -> None:
        if self.read_only_reason is not None:
            raise StorageUnavailable("the saved answers are open read-only", self.path,
                                     self.read_only_reason, action)

    @contextmanager
    def _transaction(self, action: str, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing step, checked with :meth:`_check_current` once the lock is held."""
        if write:
            self._refuse_if_read_only(action)
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                self._check_current()
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise
        except StorageError as error:
            raise _tag(error, action) from error.__cause__
        except UnicodeDecodeError as exc:  # SQLite's message quotes damaged bytes from the file
            raise DatabaseCorrupt("damaged text in the file's structure", self.path, action) from exc
        except sqlite3.DatabaseError as exc:
            if looks_corrupt(exc):
                raise DatabaseCorrupt(str(exc), self.path, action) from exc
            raise unavailable(exc, self.path, action) from exc
        except (sqlite3.Error, OSError) as exc:
            raise unavailable(exc, self.path, action) from exc

    @staticmethod
    def _check_kind(kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")

    # --- sessions and records ---------------------------------------------------------------------------

    def listing(self) -> Listing:
        """Every readable item (sessions, then records, most recently changed first) and every damaged one.

        A damaged row never hides the others. Raises only :class:`StorageError` (for instance
        :class:`LockChanged` when another window changed the lock).
        """
        result = Listing()
        with self._transaction(LIST, write=False) as conn:
            for kind in KINDS:
                part = read_kind(conn, kind, self._key)
                result.items.extend(part.items)
                result.damaged.extend(part.damaged)
        return result

    def items(self, kind: Kind) -> list[SavedItem]:
        """Readable saved items of one kind, most recently changed first (damaged ones: :meth:`listing`)."""
        self._check_kind(kind)
        with self._transaction(LIST, write=False) as conn:
            return read_kind(conn, kind, self._key).items

    def save(self, kind: Kind, label: str, payload: dict[str, Any], item_id: int | None = None) -> int:
        """Insert or replace one item; returns its id (a deleted id is saved again as a new item)."""
        self._check_kind(kind)
        label_bytes = label.encode("utf-8", "replace")
        payload_bytes = json.dumps(payload, ensure_ascii=False).encode("utf-8", "replace")
        now = _now()
        with self._transaction(SAVE) as conn:
            # Sealed once the lock is known to be current: never plaintext into a store locked meanwhile.
            label_blob = seal(self._key, kind, "label", label_bytes)
            payload_blob = seal(self._key, kind, "payload", payload_bytes)
            if item_id is not None:
                cursor = conn.execute(f"UPDATE {kind} SET label = ?, payload = ?, updated = ? WHERE id = ?",
                                      (label_blob, payload_blob, now, item_id))
                if cursor.rowcount:
                    return item_id
            cursor = conn.execute(
                f"INSERT INTO {kind} (label, payload, created, updated) VALUES (?, ?, ?, ?)",
                (label_blob, payload_blob, now, now))
            return int(cursor.lastrowid or 0)

    def load(self, kind: Kind, item_id: int) -> dict[str, Any]:
        """The payload of one item; ``KeyError`` if it no longer exists, :class:`ItemDamaged` if damaged."""
        self._check_kind(kind)
        with self._transaction(OPEN, write=False) as conn:
            try:
                raw = fetch_raw(conn, kind, item_id)
                if raw is None:
                    raise KeyError(item_id)
                return decode_payload(self._key, kind, raw[1])
            except RowDamage as damage:
                raise ItemDamaged(f"item {item_id} is damaged ({damage.reason})", kind, item_id,
                                  self.path, OPEN) from damage

    def delete(self, kind: Kind, item_id: int) -> None:
        """Delete one item; ``secure_delete`` overwrites its bytes in the file."""
        self._check_kind(kind)
        with self._transaction(DELETE) as conn:
            conn.execute(f"DELETE FROM {kind} WHERE id = ?", (item_id,))
        self._purge_old_copies()

    def move_aside(self, kind: Kind, item_id: int) -> bool:
        """Move a damaged item out of the list into quarantine (kept, never deleted); returns whether it
        moved. An item that reads fine under the current lock is never moved."""
        self._check_kind(kind)
        with self._transaction(MOVE_ASIDE) as conn:
            try:
                raw = fetch_raw(conn, kind, item_id)
                if raw is None:
                    return False
                decode_row(self._key, kind, item_id, raw)
                return False
            except RowDamage as damage:
                quarantine.move_row(conn, self.path, kind, item_id, damage.reason, self._key)
        return True

    def moved_aside_count(self) -> int:
        """How many damaged items are kept in quarantine (erased with everything else)."""
        try:
            with self._transaction(LIST, write=False) as conn:
                return quarantine.count(conn)
        except DatabaseCorrupt:
            return 0
        except StorageUnavailable:
            return 0  # an older file opened read-only has no quarantine table yet

    # --- the passphrase ---------------------------------------------------------------------------------

    def set_passphrase(self, passphrase: str | None, kdf: crypto.KdfParams | None = None) -> LockChange:
        """Lock with a new passphrase (or remove the lock with ``None``), re-encrypting everything at once.

        Returns only when the change is committed; raises (and changes nothing) otherwise. An empty
        passphrase is refused (:class:`InvalidPassphrase`): removing the lock is ``None``, never "".
        """
        self._refuse_if_read_only(LOCK)  # before the slow key derivation
        try:
            new_key, salt, meta = new_lock(passphrase, kdf)
        except StorageError as error:
            raise _tag(error, LOCK) from error.__cause__
        moved: list[DamagedItem] = []
        try:
            with self._transaction(LOCK) as conn:
                for kind in KINDS:
                    moved += rekey_rows(conn, self.path, kind, self._key, new_key)
                quarantine.reseal(conn, self._key, new_key)
                conn.execute("DELETE FROM meta WHERE key IN ('kdf', 'salt', 'verifier')")
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta)
        except StorageUnavailable:
            if not self._committed(salt):
                raise
            # SQLite reported an error, yet the commit reached the disk: the new lock is what is there.
        self._key, self._salt = new_key, salt
        return LockChange(new_key is not None, moved, self._purge_old_copies(vacuum=True))

    def _committed(self, salt: bytes | None) -> bool:
        """After a failed lock change: whether the new salt is nonetheless the one on disk."""
        try:
            return self._meta("salt") == salt
        except (sqlite3.Error, StorageError):
            return False

    def _purge_old_copies(self, vacuum: bool = False) -> bool:
        """Fold the WAL away (see :func:`purge_old_copies`); a failure is tried again on the next write and close."""
        self.old_copies_cleared = purge_old_copies(self.conn, vacuum or not self.old_copies_cleared)
        return self.old_copies_cleared

    # --- closing ----------------------------------------------------------------------------------------

    def close(self) -> None:
        """Checkpoint and close; safe to call twice."""
        if self._conn is None:
            return
        if self.read_only_reason is None and file_identity(self.path) == self._identity:
            self._purge_old_copies()
        self._conn.close()
        self._conn = None
        self._key = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
