"""Reading stored rows one at a time, so that one damaged row never hides the others.

Every column is read as raw bytes (``CAST(... AS BLOB)``: a damaged byte in a TEXT column must not make
SQLite's UTF-8 decoding fail the whole query), then checked: the label and payload must decrypt (when
locked), be UTF-8, the payload a JSON object, the dates ISO 8601. A row that fails any check, or that SQLite
itself cannot read, is reported as a :class:`DamagedItem` with its id; the rest are listed as usual.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Literal

from guardian_app.storage import crypto
from guardian_app.storage.errors import WrongPassphrase

SESSION: Literal["sessions"] = "sessions"
RECORD: Literal["records"] = "records"
Kind = Literal["sessions", "records"]
KINDS: tuple[Kind, ...] = (SESSION, RECORD)
ROW_COLUMNS = ("label", "payload", "created", "updated")


@dataclass(frozen=True)
class SavedItem:
    """One line of the "Open saved" list. Times are ISO 8601, UTC."""

    kind: Kind
    id: int
    label: str
    created: str
    updated: str


@dataclass(frozen=True)
class DamagedItem:
    """A saved item that cannot be listed. ``reason`` is for logs ("label", "payload", "dates", "unreadable");
    ``updated`` is the raw date when it could still be read, to help a person recognise the item.

    ``can_open``: only the label or the dates are damaged, so :meth:`Store.load` still gives the answers
    (and saving them again under that id repairs the row).
    """

    kind: Kind
    id: int
    reason: str
    updated: str = ""
    can_open: bool = False


@dataclass
class Listing:
    """What :meth:`Store.listing` found: readable items, most recently changed first, and damaged ones."""

    items: list[SavedItem] = field(default_factory=list)
    damaged: list[DamagedItem] = field(default_factory=list)


class RowDamage(Exception):
    """Internal: which part of a row is damaged."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def aad(kind: str, column: str) -> bytes:
    return f"guardian:{kind}:{column}".encode()


def seal(key: bytes | None, kind: str, column: str, data: bytes) -> bytes:
    return crypto.encrypt(key, data, aad(kind, column)) if key else data


def unseal(key: bytes | None, kind: str, column: str, blob: bytes) -> bytes:
    """The plaintext of one column; raises :class:`RowDamage` when it cannot be decrypted."""
    if not key:
        return blob
    try:
        return crypto.decrypt(key, blob, aad(kind, column))
    except WrongPassphrase as exc:  # the key was checked at open: this blob is damaged
        raise RowDamage(column) from exc


def fetch_raw(conn: sqlite3.Connection, kind: str, item_id: int) -> tuple[bytes, ...] | None:
    """The row's columns as bytes, or None when there is no such row; raises :class:`RowDamage` when
    SQLite cannot read it or a column is missing."""
    columns = ", ".join(f"CAST({name} AS BLOB)" for name in ROW_COLUMNS)
    try:
        row = conn.execute(f"SELECT {columns} FROM {kind} WHERE id = ?", (item_id,)).fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise RowDamage("unreadable") from exc
    if row is None:
        return None
    if any(value is None for value in row):
        raise RowDamage("unreadable")
    return tuple(bytes(value) for value in row)


def _text(data: bytes, reason: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RowDamage(reason) from exc


def _date(data: bytes) -> str:
    text = _text(data, "dates")
    try:
        dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise RowDamage("dates") from exc
    return text


def decode_payload(key: bytes | None, kind: str, blob: bytes) -> dict[str, Any]:
    """The payload as Guardian wrote it: a JSON object; raises :class:`RowDamage` otherwise."""
    text = _text(unseal(key, kind, "payload", blob), "payload")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise RowDamage("payload") from exc
    if not isinstance(data, dict):
        raise RowDamage("payload")
    return data


def decode_row(key: bytes | None, kind: Kind, item_id: int, raw: tuple[bytes, ...]) -> SavedItem:
    """A listed item, after checking every column (payload included, so "Open" will not fail)."""
    label, payload, created, updated = raw
    text = _text(unseal(key, kind, "label", label), "label")
    decode_payload(key, kind, payload)
    return SavedItem(kind, item_id, text, _date(created), _date(updated))


def _raw_date(raw: tuple[bytes, ...] | None) -> str:
    if raw is None:
        return ""
    return raw[3].decode("utf-8", "replace")[:40]


def read_kind(conn: sqlite3.Connection, kind: Kind, key: bytes | None) -> Listing:
    """Every row of one kind, each read and checked on its own."""
    listing = Listing()
    try:
        ids = [int(row[0]) for row in conn.execute(f"SELECT id FROM {kind} ORDER BY updated DESC, id DESC")]
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        # The order could not be read; ids alone may still be (a damaged date column, for one).
        ids = [int(row[0]) for row in conn.execute(f"SELECT id FROM {kind} ORDER BY id DESC")]
    for item_id in ids:
        raw: tuple[bytes, ...] | None = None
        try:
            raw = fetch_raw(conn, kind, item_id)
            if raw is None:
                continue
            listing.items.append(decode_row(key, kind, item_id, raw))
        except RowDamage as damage:
            listing.damaged.append(DamagedItem(kind, item_id, damage.reason, _raw_date(raw),
                                               _payload_opens(key, kind, raw, damage.reason)))
    return listing


def _payload_opens(key: bytes | None, kind: str, raw: tuple[bytes, ...] | None, reason: str) -> bool:
    if raw is None or reason not in ("label", "dates"):
        return False
    try:
        decode_payload(key, kind, raw[1])
    except RowDamage:
        return False
    return True


def key_opens_a_label(conn: sqlite3.Connection, key: bytes) -> bool:
    """Whether ``key`` decrypts a stored label: the right passphrase still opens a damaged verifier."""
    for kind in KINDS:
        for (label,) in conn.execute(f"SELECT CAST(label AS BLOB) FROM {kind} LIMIT 5"):
            if label is not None and crypto.opens(key, bytes(label), aad(kind, "label")):
                return True
    return False
