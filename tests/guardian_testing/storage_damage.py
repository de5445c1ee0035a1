"""Helpers for the storage tests: fast key settings, and damage done to a file the way a bad disk would.

Imported as ``guardian_testing.storage_damage`` (``tests`` is on the path).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from guardian_app.storage import DB_FILE_NAME
from guardian_app.storage.crypto import KdfParams

# Real locks use N = 2**17 (half a second); tests that lock many times use a tiny N, stored the same way.
FAST_KDF = KdfParams(n=2**4)


def write_column(folder: Path, table: str, item_id: int, column: str, value: object) -> None:
    """Overwrite one stored value behind Guardian's back (a damaged byte on disk, as SQLite would read it)."""
    conn = sqlite3.connect(folder / DB_FILE_NAME)
    try:
        with conn:
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, item_id))
    finally:
        conn.close()


def read_column(folder: Path, table: str, item_id: int, column: str) -> bytes:
    conn = sqlite3.connect(folder / DB_FILE_NAME)
    try:
        row = conn.execute(f"SELECT CAST({column} AS BLOB) FROM {table} WHERE id = ?", (item_id,)).fetchone()
    finally:
        conn.close()
    return bytes(row[0])


def flip_bit(data: bytes, bit: int) -> bytes:
    position = bit % (len(data) * 8)
    changed = bytearray(data)
    changed[position // 8] ^= 1 << (position % 8)
    return bytes(changed)
