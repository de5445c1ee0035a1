"""Changing the lock: every row re-sealed for the new key (or none) inside the caller's one transaction.

A row the old key cannot open is not re-encrypted (that would need its plaintext) and not dropped: it moves
to quarantine, still sealed as it was, and :class:`LockChange` names it so the UI can say so.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from guardian_app.storage import crypto, quarantine
from guardian_app.storage.rows import DamagedItem, Kind, RowDamage, fetch_raw, seal, unseal


@dataclass(frozen=True)
class LockChange:
    """What :meth:`Store.set_passphrase` did. It returns only once the new lock (or no lock) is committed.

    ``moved_aside``: items that could not be decrypted, kept in quarantine instead of re-encrypted.
    ``old_copies_cleared``: False when the old copies could not be purged from the WAL yet (a full disk,
    another window reading); they are purged again on the next write, on close and on the next open.
    """

    locked: bool
    moved_aside: list[DamagedItem] = field(default_factory=list)
    old_copies_cleared: bool = True


def rekey_rows(conn: sqlite3.Connection, path: Path, kind: Kind, old_key: bytes | None,
               new_key: bytes | None) -> list[DamagedItem]:
    """Re-seal every row of one kind for ``new_key``; rows ``old_key`` cannot open go to quarantine."""
    moved: list[DamagedItem] = []
    for (row_id,) in conn.execute(f"SELECT id FROM {kind}").fetchall():
        try:
            raw = fetch_raw(conn, kind, row_id)
            if raw is None:
                continue
            label = unseal(old_key, kind, "label", raw[0])
            payload = unseal(old_key, kind, "payload", raw[1])
        except RowDamage as damage:
            quarantine.move_row(conn, path, kind, row_id, damage.reason, old_key)
            moved.append(DamagedItem(kind, row_id, damage.reason))
            continue
        conn.execute(f"UPDATE {kind} SET label = ?, payload = ? WHERE id = ?",
                     (seal(new_key, kind, "label", label), seal(new_key, kind, "payload", payload), row_id))
    return moved


def new_lock(passphrase: str | None, kdf: crypto.KdfParams | None) -> tuple[bytes | None, bytes | None,
                                                                        list[tuple[str, bytes]]]:
    """The key, salt and meta rows of a new lock (all empty for ``None``: no lock). Derives the key: slow."""
    if passphrase is None:
        return None, None, []
    params = kdf or crypto.KdfParams()
    salt = crypto.new_salt()
    key = crypto.derive_key(passphrase, salt, params)
    return key, salt, [("kdf", params.to_json()), ("salt", salt), ("verifier", crypto.make_verifier(key))]
