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


MIGRATIONS: tuple[Migration, ...] = (_v1_initial,)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the database up to :data:`SCHEMA_VERSION`, one transaction per step."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration(conn)
            conn.execute(f"PRAGMA user_version = {number:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
