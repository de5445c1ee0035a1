"""The SQLite store of saved sessions and records of events.

Why it survives a crash: the database runs in WAL mode with ``synchronous=FULL`` and every write is one
``BEGIN IMMEDIATE ... COMMIT`` transaction, so a process killed at any moment leaves the last committed state.
Why nothing leaks when locked: labels and payloads are encrypted before they reach SQLite, ``secure_delete``
zeroes freed space, and after a passphrase is set the WAL is checkpointed away and the file vacuumed, so no
earlier plaintext copy stays in any file.

A damaged file is never deleted: it is renamed with a timestamp (``guardian.sqlite3.corrupt-<time>``) and the
store starts fresh; :attr:`Store.recovered_copy` tells the UI so it can say so.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from guardian_app.storage import crypto
from guardian_app.storage.errors import (
    DatabaseCorrupt,
    NewerVersion,
    PassphraseRequired,
    StorageError,
    StorageUnavailable,
)
from guardian_app.storage.schema import SCHEMA_VERSION, migrate

DB_FILE_NAME = "guardian.sqlite3"
SESSION: Literal["sessions"] = "sessions"
RECORD: Literal["records"] = "records"
Kind = Literal["sessions", "records"]
_KINDS: tuple[str, ...] = (SESSION, RECORD)


@dataclass(frozen=True)
class SavedItem:
    """One line of the "Open saved" list. Times are ISO 8601, UTC."""

    kind: Kind
    id: int
    label: str
    created: str
    updated: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _unavailable(exc: BaseException, path: Path | None) -> StorageUnavailable:
    """Turn an OS or SQLite error into a kind the UI can explain: read-only, disk-full or unavailable."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "full" in text:
        kind = "disk-full"
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text \
            or "permission" in text or "unable to open" in text:
        kind = "read-only"
    else:
        kind = "unavailable"
    return StorageUnavailable(f"cannot save in {path}: {exc}", path, kind)


def _looks_corrupt(exc: sqlite3.DatabaseError) -> bool:
    if not isinstance(exc, sqlite3.OperationalError):
        return True  # "file is not a database", "database disk image is malformed"
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def storage_files(folder: Path) -> list[Path]:
    """Every file the store made in ``folder``: the database, its WAL/journal files, moved-aside copies."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob(DB_FILE_NAME + "*") if path.is_file())


def erase_all(folder: Path, extra_files: Iterable[Path] = ()) -> list[Path]:
    """Delete every stored file (close any open :class:`Store` first); returns what was deleted.

    ``extra_files`` are other files to erase too, such as Guardian's settings file. The folder itself is
    removed when it is left empty. Raises :class:`StorageUnavailable` naming what could not be deleted,
    after deleting everything it could.
    """
    erased: list[Path] = []
    failed: list[str] = []
    for path in [*storage_files(folder), *extra_files]:
        if not path.exists():
            continue
        try:
            path.unlink()
            erased.append(path)
        except OSError as exc:
            failed.append(f"{path}: {exc.strerror or exc}")
    with suppress(OSError):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    if failed:
        raise StorageUnavailable("could not erase: " + "; ".join(failed), folder)
    return erased


def is_locked_at(folder: Path) -> bool:
    """Whether saved answers in ``folder`` need a passphrase. Reads only; never creates a file."""
    path = folder / DB_FILE_NAME
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT 1 FROM meta WHERE key = 'salt'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None


class Store:
    """An open database of saved sessions and records. Use :meth:`open`; call :meth:`close` when done."""

    def __init__(self, folder: Path, conn: sqlite3.Connection, recovered_copy: Path | None) -> None:
        self.folder = folder
        self.path = folder / DB_FILE_NAME
        self._conn: sqlite3.Connection | None = conn
        self._key: bytes | None = None
        self.recovered_copy = recovered_copy  # where a damaged database was moved, to tell the user

    # --- opening ----------------------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path, passphrase: str | None = None,
             kdf: crypto.KdfParams | None = None) -> Store:
        """Open (or create) the store in ``folder``.

        Raises :class:`PassphraseRequired` / :class:`WrongPassphrase` for a locked store (nothing is changed),
        :class:`NewerVersion` for a file from a newer Guardian, :class:`StorageUnavailable` when the folder
        cannot be used. A damaged file is moved aside and a fresh store is opened instead. A new store is
        locked at once when a passphrase is given.
        """
        folder = Path(folder)
        path = folder / DB_FILE_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _unavailable(exc, folder) from exc
        existed = path.exists()
        recovered: Path | None = None
        try:
            conn = cls._connect_checked(path)
        except DatabaseCorrupt:
            recovered = cls._move_aside(path)
            existed = False
            conn = cls._connect_checked(path)
        store = cls(folder, conn, recovered)
        try:
            store._unlock(passphrase, kdf, new=not existed)
        except BaseException:
            store.close()
            raise
        return store

    @staticmethod
    def _connect_checked(path: Path) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
        except sqlite3.Error as exc:
            raise _unavailable(exc, path) from exc
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            if [tuple(row) for row in result] != [("ok",)]:
                raise DatabaseCorrupt(f"integrity check failed: {result[:3]}", path)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise NewerVersion(f"schema version {version} is newer than {SCHEMA_VERSION}", path)
            # WAL + FULL: a commit is on disk before it returns, and a killed writer leaves the last commit.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            migrate(conn)
        except StorageError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            if _looks_corrupt(exc):
                raise DatabaseCorrupt(str(exc), path) from exc
            raise _unavailable(exc, path) from exc
        return conn

    @staticmethod
    def _move_aside(path: Path) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.corrupt-{stamp}")
        counter = 1
        while target.exists():
            counter += 1
            target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        try:
            # The -wal and -shm files belong to the damaged file: keep them with it, for anyone repairing it.
            for suffix in ("-wal", "-shm", "-journal"):
                side = path.with_name(path.name + suffix)
                if side.exists():
                    side.rename(target.with_name(target.name + suffix))
            path.rename(target)
        except OSError as exc:
            raise _unavailable(exc, path) from exc
        return target

    def _unlock(self, passphrase: str | None, kdf: crypto.KdfParams | None, *, new: bool) -> None:
        salt = self._meta("salt")
        if salt is None:
            if new and passphrase:
                self.set_passphrase(passphrase, kdf)
            return
        if not passphrase:
            raise PassphraseRequired("the saved answers are locked", self.path)
        params = crypto.KdfParams.from_json(self._meta("kdf") or b"{}")
        key = crypto.derive_key(passphrase, salt, params)
        crypto.check_verifier(key, self._meta("verifier") or b"")
        self._key = key

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

    def _meta(self, key: str) -> bytes | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return bytes(row[0]) if row else None

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write; SQLite and OS errors become :class:`StorageUnavailable`."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise _unavailable(exc, self.path) from exc
        except OSError as exc:
            raise _unavailable(exc, self.path) from exc

    def _seal(self, kind: str, column: str, data: bytes, key: bytes | None = None) -> bytes:
        key = self._key if key is None else key
        return crypto.encrypt(key, data, f"guardian:{kind}:{column}".encode()) if key else data

    def _open_blob(self, kind: str, column: str, blob: bytes) -> bytes:
        return crypto.decrypt(self._key, blob, f"guardian:{kind}:{column}".encode()) if self._key else blob

    @staticmethod
    def _check_kind(kind: str) -> None:
        if kind not in _KINDS:
            raise ValueError(f"unknown kind {kind!r}")

    # --- sessions and records ---------------------------------------------------------------------------

    def items(self, kind: Kind) -> list[SavedItem]:
        """Saved items of one kind, most recently changed first."""
        self._check_kind(kind)
        rows = self.conn.execute(
            f"SELECT id, label, created, updated FROM {kind} ORDER BY updated DESC, id DESC")
        return [
            SavedItem(kind, int(row[0]), self._open_blob(kind, "label", bytes(row[1])).decode("utf-8"),
                      str(row[2]), str(row[3]))
            for row in rows
        ]

    def save(self, kind: Kind, label: str, payload: dict[str, Any], item_id: int | None = None) -> int:
        """Insert or replace one item; returns its id (a deleted id is saved again as a new item)."""
        self._check_kind(kind)
        label_blob = self._seal(kind, "label", label.encode("utf-8"))
        payload_blob = self._seal(kind, "payload", json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        now = _now()
        with self._transaction() as conn:
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
        """The payload of one item; raises ``KeyError`` if it no longer exists."""
        self._check_kind(kind)
        row = self.conn.execute(f"SELECT payload FROM {kind} WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        data = json.loads(self._open_blob(kind, "payload", bytes(row[0])).decode("utf-8"))
        return data if isinstance(data, dict) else {}

    def delete(self, kind: Kind, item_id: int) -> None:
        """Delete one item; ``secure_delete`` overwrites its bytes in the file."""
        self._check_kind(kind)
        with self._transaction() as conn:
            conn.execute(f"DELETE FROM {kind} WHERE id = ?", (item_id,))
        self._purge_old_copies()

    # --- the passphrase ---------------------------------------------------------------------------------

    def set_passphrase(self, passphrase: str | None, kdf: crypto.KdfParams | None = None) -> None:
        """Lock with a new passphrase (or remove the lock with ``None``), re-encrypting everything at once."""
        new_key: bytes | None = None
        meta: list[tuple[str, bytes]] = []
        if passphrase:
            params = kdf or crypto.KdfParams()
            salt = crypto.new_salt()
            new_key = crypto.derive_key(passphrase, salt, params)
            meta = [("kdf", params.to_json()), ("salt", salt), ("verifier", crypto.make_verifier(new_key))]
        with self._transaction() as conn:
            for kind in _KINDS:
                rows = conn.execute(f"SELECT id, label, payload FROM {kind}").fetchall()
                for row_id, label, payload in rows:
                    plain_label = self._open_blob(kind, "label", bytes(label))
                    plain_payload = self._open_blob(kind, "payload", bytes(payload))
                    if new_key:
                        plain_label = self._seal(kind, "label", plain_label, new_key)
                        plain_payload = self._seal(kind, "payload", plain_payload, new_key)
                    conn.execute(f"UPDATE {kind} SET label = ?, payload = ? WHERE id = ?",
                                 (plain_label, plain_payload, row_id))
            conn.execute("DELETE FROM meta WHERE key IN ('kdf', 'salt', 'verifier')")
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta)
        self._key = new_key
        self._purge_old_copies(vacuum=True)

    def _purge_old_copies(self, vacuum: bool = False) -> None:
        """Fold the WAL into the database and empty it, so older versions of a page live in no file."""
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if vacuum:
                self.conn.execute("VACUUM")
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise _unavailable(exc, self.path) from exc

    # --- closing ----------------------------------------------------------------------------------------

    def close(self) -> None:
        """Checkpoint and close; safe to call twice."""
        if self._conn is None:
            return
        with suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None
        self._key = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
