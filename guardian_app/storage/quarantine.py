"""Moving a damaged item aside: out of the list, into the ``quarantine`` table, never deleted.

The row's bytes are kept exactly as they were (hex in a small JSON object), so someone repairing the file
later has everything. When the store is locked, that JSON is sealed with the key like any label, and it is
re-sealed when the passphrase changes, so a lock leaves no plaintext here either. A row SQLite cannot read
at all cannot be copied out: the whole file is copied aside first (``<name>.corrupt-<time>``).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

from guardian_app.storage import crypto
from guardian_app.storage.errors import WrongPassphrase
from guardian_app.storage.files import SIDE_SUFFIXES
from guardian_app.storage.rows import ROW_COLUMNS, RowDamage, fetch_raw

_AAD = b"guardian:quarantine:row"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def copy_file_aside(path: Path) -> Path:
    """Copy the database and its side files to ``<name>.corrupt-<time>[-n]`` (inside a write transaction,
    so nobody changes them meanwhile); returns the copy's path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    for suffix in SIDE_SUFFIXES:
        side = path.with_name(path.name + suffix)
        if side.exists() and suffix != "-shm":
            shutil.copyfile(side, target.with_name(target.name + suffix))
    shutil.copyfile(path, target)
    return target


def move_row(conn: sqlite3.Connection, path: Path, kind: str, item_id: int, reason: str,
             key: bytes | None) -> None:
    """Inside the caller's write transaction: keep the row's bytes in ``quarantine``, then remove the row."""
    kept: dict[str, object] = {"id": item_id}
    try:
        raw = fetch_raw(conn, kind, item_id)
    except RowDamage:
        kept["copy"] = copy_file_aside(path).name
    else:
        if raw is None:
            return
        kept.update((name, value.hex()) for name, value in zip(ROW_COLUMNS, raw, strict=True))
    blob = json.dumps(kept, sort_keys=True).encode()
    if key:
        blob = crypto.encrypt(key, blob, _AAD)
    conn.execute("INSERT INTO quarantine (kind, item_id, reason, moved, row) VALUES (?, ?, ?, ?, ?)",
                 (kind, item_id, reason, _now(), blob))
    conn.execute(f"DELETE FROM {kind} WHERE id = ?", (item_id,))


def reseal(conn: sqlite3.Connection, old_key: bytes | None, new_key: bytes | None) -> None:
    """Inside the caller's write transaction: re-seal every moved-aside row for a new key (or none)."""
    for row_id, blob in conn.execute("SELECT id, row FROM quarantine").fetchall():
        data = bytes(blob)
        if old_key:
            try:
                data = crypto.decrypt(old_key, data, _AAD)
            except WrongPassphrase:
                # Itself damaged, but still sealed: keep it as it is (no plaintext can come of it).
                continue
        if new_key:
            data = crypto.encrypt(new_key, data, _AAD)
        conn.execute("UPDATE quarantine SET row = ? WHERE id = ?", (data, row_id))


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM quarantine").fetchone()[0])
