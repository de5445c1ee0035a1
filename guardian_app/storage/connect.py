"""Opening the SQLite file: read-write when the folder allows it, read-only when it does not.

Read-write: integrity check, then WAL with ``synchronous=FULL`` (a commit is on disk before it returns, and
a killed writer leaves the last commit) and any pending migration. Both of those write, so they run only
when needed: a file already in WAL mode at the current version is opened without writing anything.

Read-only (a read-only folder, a full disk): ``mode=ro``, and when SQLite cannot even make its shared-memory
file, ``immutable=1``, but only when no WAL file holds commits that such a reader would miss. Saved answers
can then still be read; writing says why it cannot.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from guardian_app.storage.errors import DatabaseCorrupt, NewerVersion, StorageError
from guardian_app.storage.files import unavailable
from guardian_app.storage.schema import SCHEMA_VERSION, layout_problem, migrate, user_version

BUSY_TIMEOUT_SECONDS = 10


def looks_corrupt(exc: sqlite3.DatabaseError) -> bool:
    if not isinstance(exc, sqlite3.OperationalError):
        return True  # "file is not a database", "database disk image is malformed"
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _text(data: bytes) -> str:
    # SQLite's own messages (integrity_check quotes damaged bytes) must never fail to decode.
    return data.decode("utf-8", "replace")


def _check(conn: sqlite3.Connection, path: Path) -> None:
    conn.text_factory = _text
    result = conn.execute("PRAGMA integrity_check").fetchall()
    if [tuple(row) for row in result] != [("ok",)]:
        raise DatabaseCorrupt(f"integrity check failed: {result[:3]}", path)
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise NewerVersion(f"schema version {version} is newer than {SCHEMA_VERSION}", path)
    problem = layout_problem(conn)
    if problem is not None:
        raise DatabaseCorrupt(problem, path)


def _guarded(conn: sqlite3.Connection, path: Path, steps: list[str], *, write: bool) -> sqlite3.Connection:
    """Run the checks and pragmas; close ``conn`` and raise a :class:`StorageError` if any fails."""
    try:
        _check(conn, path)
        for statement in steps:
            conn.execute(statement)
        if write:
            if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn)
            # Old page versions left in the WAL (a lock applied on a full disk) go as soon as there is room.
            wal = path.with_name(path.name + "-wal")
            if wal.is_file() and wal.stat().st_size:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except StorageError:
        conn.close()
        raise
    except UnicodeDecodeError as exc:  # SQLite's message quotes damaged bytes from the file
        conn.close()
        raise DatabaseCorrupt("damaged text in the file's structure", path) from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        if looks_corrupt(exc):
            raise DatabaseCorrupt(str(exc), path) from exc
        raise unavailable(exc, path) from exc
    return conn


def connect_read_write(path: Path) -> sqlite3.Connection:
    """A checked, migrated connection in WAL mode; :class:`DatabaseCorrupt` when the file is damaged."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rwc", uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        raise unavailable(exc, path) from exc
    steps = ["PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY"]
    return _guarded(conn, path, steps, write=True)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A checked connection that never writes (``query_only``); the store must be at the current version
    or an older one whose tables are a subset. Raises :class:`StorageError` when even that is impossible."""
    uri = path.absolute().as_uri()
    attempts = [f"{uri}?mode=ro"]
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        attempts.append(f"{uri}?mode=ro&immutable=1")
    error: StorageError | None = None
    for attempt in attempts:
        try:
            conn = sqlite3.connect(attempt, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
        except sqlite3.Error as exc:
            error = unavailable(exc, path)
            continue
        try:
            return _guarded(conn, path, ["PRAGMA query_only = ON", "PRAGMA temp_store = MEMORY"],
                            write=False)
        except DatabaseCorrupt:
            raise
        except StorageError as exc:
            error = exc
    assert error is not None
    raise error


def purge_old_copies(conn: sqlite3.Connection, vacuum: bool) -> bool:
    """Fold the WAL into the database and empty it (and VACUUM if asked), so older versions of a page live in
    no file. Returns whether that worked: a failure (full disk, another window reading) is not an error of the
    write that came before, which is committed."""
    try:
        busy = int(conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0])
        if vacuum:
            conn.execute("VACUUM")
            busy |= int(conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0])
    except sqlite3.Error:
        busy = 1
    return not busy
