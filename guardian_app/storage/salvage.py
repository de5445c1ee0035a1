"""After a damaged file is moved aside: copy every row that can still be read into the fresh file.

One damaged page must not hide the other saved items. Rows are copied as raw bytes, never decrypted, with
the lock's salt, key settings and verifier, so a locked store stays locked with the same passphrase and
nothing needs the key. Rows SQLite cannot read stay only in the moved-aside copy, which is kept whole.
If the lock record itself cannot be read, nothing is copied (encrypted rows without their salt could never
be opened): the fresh store starts empty, as before, and the copy still holds everything.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path

from guardian_app.storage.rows import KINDS, ROW_COLUMNS, RowDamage, fetch_raw

_LOCK_KEYS = ("kdf", "salt", "verifier")


def _read_lock(source: sqlite3.Connection) -> list[tuple[str, bytes]] | None:
    """The lock record (empty when the store was not locked), or None when it cannot be read whole."""
    try:
        rows = source.execute("SELECT key, CAST(value AS BLOB) FROM meta WHERE key IN (?, ?, ?)",
                              _LOCK_KEYS).fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return None
    found = {bytes(key).decode("utf-8", "replace"): bytes(value) for key, value in rows if value is not None}
    if not found:
        return []
    if set(found) != set(_LOCK_KEYS):
        return None
    return sorted(found.items())


def _text(value: bytes) -> str:
    return bytes(value).decode("utf-8", "replace")


def _ids(source: sqlite3.Connection, table: str) -> list[int]:
    try:
        return [int(row[0]) for row in source.execute(f"SELECT id FROM {table}")]
    except (sqlite3.DatabaseError, UnicodeDecodeError, TypeError, ValueError):
        return []


def _copy_rows(source: sqlite3.Connection, target: sqlite3.Connection) -> int:
    copied = 0
    for kind in KINDS:
        for item_id in _ids(source, kind):
            try:
                raw = fetch_raw(source, kind, item_id)
            except RowDamage:
                continue
            if raw is not None:
                target.execute(f"INSERT INTO {kind} (id, {', '.join(ROW_COLUMNS)}) VALUES (?, ?, ?, ?, ?)",
                               (item_id, *raw))
                copied += 1
    for row_id in _ids(source, "quarantine"):
        with suppress(sqlite3.DatabaseError, UnicodeDecodeError):
            row = source.execute("SELECT kind, item_id, reason, moved, CAST(row AS BLOB) FROM quarantine "
                                 "WHERE id = ?", (row_id,)).fetchone()
            if row is not None and None not in (row[0], row[2], row[3], row[4]):
                kind, item_id, reason, moved, kept = row
                target.execute("INSERT INTO quarantine (kind, item_id, reason, moved, row) VALUES (?, ?, ?, ?, ?)",
                               (_text(kind), item_id, _text(reason), _text(moved), bytes(kept)))
    return copied


def salvage(copy: Path, target: sqlite3.Connection) -> int:
    """Copy what can be read from ``copy`` (a moved-aside file) into the fresh, empty ``target``;
    returns how many saved items were copied. Never raises for damage in ``copy``."""
    try:
        source = sqlite3.connect(f"{copy.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        source.text_factory = bytes
        lock = _read_lock(source)
        if lock is None:
            return 0
        target.execute("BEGIN IMMEDIATE")
        try:
            target.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", lock)
            copied = _copy_rows(source, target)
            target.execute("COMMIT")
        except BaseException:
            if target.in_transaction:
                with suppress(sqlite3.Error):
                    target.execute("ROLLBACK")
            raise
        return copied
    except sqlite3.Error:
        return 0
    finally:
        source.close()
