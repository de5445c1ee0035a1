"""One damaged row never hides the others: it is listed as damaged, opens with a clear error, moves aside."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from guardian_testing.storage_damage import FAST_KDF, flip_bit, read_column, write_column

from guardian_app.storage import (
    DB_FILE_NAME,
    RECORD,
    SESSION,
    DamagedItem,
    ItemDamaged,
    Store,
    WrongPassphrase,
)
from guardian_app.storage.crypto import KdfParams

CANARY = "Canary-91d2-Noah-sent-the-photo"


def _three_items(folder: Path, passphrase: str | None = None) -> tuple[int, int, int]:
    with Store.open(folder, passphrase, FAST_KDF) as store:
        first = store.save(SESSION, "first", {"notes": "one"})
        second = store.save(SESSION, "second", {"notes": "two " + CANARY})
        record = store.save(RECORD, "record", {"entries": [{"platform": "Game chat"}]})
    return first, second, record


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("label", b"\xff\xfe not text", "label"),
        ("payload", b'{"notes": "cut', "payload"),
        ("payload", b"[1, 2]", "payload"),
        ("created", b"2026-13-45T99:00:00", "dates"),
        # Invalid UTF-8 inside a TEXT column made SQLite itself fail the whole query before.
        ("updated", sqlite3.Binary(b"\xc3\x28"), "dates"),
    ],
)
def test_a_damaged_plain_row_is_listed_apart_and_the_others_open(
    tmp_path: Path, column: str, value: object, reason: str
) -> None:
    first, second, record = _three_items(tmp_path)
    if column == "updated":
        conn = sqlite3.connect(tmp_path / DB_FILE_NAME)
        with conn:
            conn.execute("UPDATE sessions SET updated = CAST(? AS TEXT) WHERE id = ?", (value, second))
        conn.close()
    else:
        write_column(tmp_path, "sessions", second, column, value)
    with Store.open(tmp_path) as store:
        listing = store.listing()
        assert [(item.kind, item.id) for item in listing.items] == [(SESSION, first), (RECORD, record)]
        assert [(item.kind, item.id, item.reason) for item in listing.damaged] == [(SESSION, second, reason)]
        assert [item.id for item in store.items(SESSION)] == [first]
        assert store.load(SESSION, first) == {"notes": "one"}
        assert store.load(RECORD, record)["entries"][0]["platform"] == "Game chat"


@pytest.mark.parametrize("column", ["label", "payload"])
def test_a_damaged_locked_row_is_damaged_not_a_wrong_passphrase(tmp_path: Path, column: str) -> None:
    first, second, _record = _three_items(tmp_path, "correct horse")
    blob = read_column(tmp_path, "sessions", second, column)
    write_column(tmp_path, "sessions", second, column, flip_bit(blob, 200))
    with Store.open(tmp_path, "correct horse") as store:
        listing = store.listing()
        assert [item.id for item in listing.damaged] == [second]
        assert store.load(SESSION, first) == {"notes": "one"}
        if column == "payload":
            with pytest.raises(ItemDamaged) as caught:
                store.load(SESSION, second)
            assert not isinstance(caught.value, WrongPassphrase)
            assert caught.value.kind == "damaged"
            assert caught.value.action == "open" and caught.value.while_reading
            assert (caught.value.item_kind, caught.value.item_id) == (SESSION, second)


def test_moving_aside_keeps_the_bytes_and_never_moves_a_good_item(tmp_path: Path) -> None:
    first, second, _record = _three_items(tmp_path)
    damaged_label = b"\xff" + CANARY.encode()
    write_column(tmp_path, "sessions", second, "label", damaged_label)
    with Store.open(tmp_path) as store:
        assert store.move_aside(SESSION, first) is False  # reads fine: stays
        assert store.move_aside(SESSION, 999) is False
        assert store.move_aside(SESSION, second) is True
        listing = store.listing()
        assert listing.damaged == []
        assert [item.id for item in listing.items if item.kind == SESSION] == [first]
        assert store.moved_aside_count() == 1
    conn = sqlite3.connect(tmp_path / DB_FILE_NAME)
    kept = json.loads(conn.execute("SELECT row FROM quarantine").fetchone()[0])
    conn.close()
    assert bytes.fromhex(kept["label"]) == damaged_label
    assert CANARY in bytes.fromhex(kept["payload"]).decode()


def test_a_lock_seals_moved_aside_rows_too(tmp_path: Path) -> None:
    _first, second, _record = _three_items(tmp_path)
    write_column(tmp_path, "sessions", second, "created", "not a date")
    with Store.open(tmp_path) as store:
        assert store.move_aside(SESSION, second)
        store.set_passphrase("a long passphrase", FAST_KDF)
    for path in tmp_path.iterdir():
        assert CANARY.encode() not in path.read_bytes(), path
        assert CANARY.encode().hex().encode() not in path.read_bytes(), path
    with Store.open(tmp_path, "a long passphrase") as store:
        assert store.moved_aside_count() == 1
        store.set_passphrase(None)  # removing the lock unseals them again, readable for a repair
    conn = sqlite3.connect(tmp_path / DB_FILE_NAME)
    kept = json.loads(conn.execute("SELECT row FROM quarantine").fetchone()[0])
    conn.close()
    assert CANARY in bytes.fromhex(kept["payload"]).decode()


def test_changing_the_passphrase_moves_undecryptable_rows_aside(tmp_path: Path) -> None:
    first, second, record = _three_items(tmp_path, "old passphrase")
    blob = read_column(tmp_path, "sessions", second, "payload")
    write_column(tmp_path, "sessions", second, "payload", flip_bit(blob, 7))
    with Store.open(tmp_path, "old passphrase") as store:
        change = store.set_passphrase("new passphrase", FAST_KDF)
        assert change.locked
        assert change.moved_aside == [DamagedItem(SESSION, second, "payload")]
    with Store.open(tmp_path, "new passphrase") as store:
        assert store.listing().damaged == []
        assert store.load(SESSION, first) == {"notes": "one"}
        assert store.load(RECORD, record)["entries"]
        assert store.moved_aside_count() == 1


def test_a_damaged_verifier_still_opens_with_the_right_passphrase(tmp_path: Path) -> None:
    first, _second, _record = _three_items(tmp_path, "correct horse")
    conn = sqlite3.connect(tmp_path / DB_FILE_NAME)
    with conn:
        verifier = conn.execute("SELECT value FROM meta WHERE key = 'verifier'").fetchone()[0]
        conn.execute("UPDATE meta SET value = ? WHERE key = 'verifier'", (flip_bit(verifier, 99),))
    conn.close()
    with pytest.raises(WrongPassphrase):
        Store.open(tmp_path, "wrong horse")
    with Store.open(tmp_path, "correct horse") as store:
        assert store.load(SESSION, first) == {"notes": "one"}


@pytest.mark.parametrize("kdf_record", [b"{not json", b'{"n": 1099511627776, "r": 8, "p": 1, "length": 32}'])
def test_a_damaged_key_record_falls_back_to_the_defaults(tmp_path: Path, kdf_record: bytes) -> None:
    # A real lock (default settings): the damaged record must not hang or crash, and the lock still opens.
    with Store.open(tmp_path, "correct horse") as store:
        item = store.save(SESSION, "x", {"notes": "kept"})
    conn = sqlite3.connect(tmp_path / DB_FILE_NAME)
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'kdf'", (kdf_record,))
    conn.close()
    assert KdfParams.from_json(kdf_record).sane()
    with Store.open(tmp_path, "correct horse") as store:
        assert store.load(SESSION, item) == {"notes": "kept"}


def test_damaged_files_are_each_kept_under_their_own_name(tmp_path: Path) -> None:
    copies = []
    for content in (b"first garbage " * 600, b"second garbage " * 600):
        (tmp_path / DB_FILE_NAME).write_bytes(content)
        with Store.open(tmp_path) as store:
            assert store.recovered_copy is not None
            copies.append((store.recovered_copy, content))
    assert copies[0][0] != copies[1][0]
    for path, content in copies:
        assert path.read_bytes() == content  # moved, never overwritten or deleted


@pytest.mark.parametrize("locked", [False, True])
def test_a_damaged_page_moves_the_file_aside_but_every_readable_item_comes_back(
    tmp_path: Path, locked: bool
) -> None:
    passphrase = "correct horse" if locked else None
    marker = "overflow-marker-" * 2000  # a long payload spreads over a chain of overflow pages
    with Store.open(tmp_path, passphrase, FAST_KDF) as store:
        kept = [store.save(SESSION, f"kept {number}", {"notes": f"note {number}"}) for number in range(5)]
        big = store.save(RECORD, "big", {"notes": marker})
    path = tmp_path / DB_FILE_NAME
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = [number for number in range(1, len(data) // page_size) if _is_overflow_page(data, number, page_size)]
    assert pages, "the big record has overflow pages"
    first = pages[0] * page_size
    data[first:first + 4] = (0xFFFFFFF0).to_bytes(4, "big")  # the chain now points past the end of the file
    path.write_bytes(bytes(data))
    with Store.open(tmp_path, passphrase) as store:
        assert store.recovered_copy is not None and store.recovered_copy.read_bytes() == bytes(data)
        assert store.salvaged_count == 5
        assert store.is_locked == locked
        assert sorted(item.id for item in store.listing().items) == kept
        for number, item_id in enumerate(kept):
            assert store.load(SESSION, item_id) == {"notes": f"note {number}"}
        with pytest.raises(KeyError):
            store.load(RECORD, big)  # it lives on only in the moved-aside copy


def _is_overflow_page(data: bytearray, number: int, page_size: int) -> bool:
    """A page that is not page 1 and not a b-tree page (by its flag byte): in this small file, where
    nothing was ever deleted, that is an overflow page of the big record (its first 4 bytes: the next one)."""
    if number == 0:
        return False
    flag = data[number * page_size]
    page = data[number * page_size: (number + 1) * page_size]
    return flag not in (2, 5, 10, 13) and any(page[4:])


def test_a_renamed_column_in_the_stored_schema_is_a_damaged_file_moved_aside(tmp_path: Path) -> None:
    """A bit flip inside sqlite_master can rename a column and still pass SQLite's integrity check."""
    import sqlite3

    from guardian_app.storage import DB_FILE_NAME, Store

    store = Store.open(tmp_path)
    store.close()
    conn = sqlite3.connect(tmp_path / DB_FILE_NAME)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'value BLOB', 'valuf BLOB') WHERE name = 'meta'")
    conn.commit()
    conn.close()
    reopened = Store.open(tmp_path)
    try:
        assert reopened.recovered_copy is not None and reopened.recovered_copy.is_file()
    finally:
        reopened.close()
