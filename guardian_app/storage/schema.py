"""The database layout, as a list of migrations applied in order (``PRAGMA user_version`` counts them).

To change the layout, append a migration; never edit one that has shipped. Each runs in the same transaction
as the version bump, so a crash leaves either the old layout or the new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _v1_initial(conn: sqlite3.Connection) -> None:
    # Labels and payloads are BLOBs: UTF-8 JSON when unlocked, AES-GCM ciphertext when locked.
    # Times stay readable so lists can be sorted without the passphrase; they say nothing about a family.
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
    for table in ("sessions", "records"):
        conn.execute(
            f"CREATE TABLE {table} ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " label BLOB NOT NULL,"
            " payload BLOB NOT NULL,"
            " created TEXT NOT NULL,"
            " updated TEXT NOT NULL)"
        )


def _v2_quarantine(conn: sqlite3.Connection) -> None:
    # Damaged items moved aside, never deleted: the row's bytes as they were (JSON of hex strings), sealed
    # with the key when the store is locked, so a lock leaves no plaintext here either.
    conn.execute(
        "CREATE TABLE quarantine ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " kind TEXT NOT NULL,"
        " item_id INTEGER,"
        " reason TEXT NOT NULL,"
        " moved TEXT NOT NULL,"
        " row BLOB NOT NULL)"
    )


MIGRATIONS: tuple[Migration, ...] = (_v1_initial, _v2_quarantine)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the database up to :data:`SCHEMA_VERSION`, one transaction per step.

    The version is read again inside each write transaction: another Guardian may have migrated the same
    file in the meantime, and a step must never run twice.
    """
    while user_version(conn) < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(conn)
            if version < SCHEMA_VERSION:
                MIGRATIONS[version](conn)
                conn.execute(f"PRAGMA user_version = {version + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


# The columns each version's tables must have. A flipped bit in the file's stored schema can rename a column
# and still pass SQLite's integrity check; such a file is damaged, not a store to read.
_EXPECTED_COLUMNS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "meta", ("key", "value")),
    (1, "sessions", ("id", "label", "payload", "created", "updated")),
    (1, "records", ("id", "label", "payload", "created", "updated")),
    (2, "quarantine", ("id", "kind", "item_id", "reason", "moved", "row")),
)


def layout_problem(conn: sqlite3.Connection) -> str | None:
    """What is wrong with the tables for the file's version (None when they are as that version made them)."""
    version = user_version(conn)
    for since, table, columns in _EXPECTED_COLUMNS:
        if version < since:
            continue
        found = tuple(str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})").fetchall())
        if found != columns:
            return f"table {table} has columns {found}, expected {columns}"
    return None
