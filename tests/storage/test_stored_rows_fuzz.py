"""Hypothesis: a flipped bit in any column of any stored row, or anywhere in the file, never locks a family out.

Column flips (plain and locked stores): listing never raises, every other item is listed and opens with what
was saved, the flipped one either still opens or is listed as damaged and can be moved aside. File flips:
opening and listing raise nothing but typed storage errors, and a file moved aside keeps the damaged bytes.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import suppress
from pathlib import Path

import pytest
from guardian_testing.storage_damage import FAST_KDF, flip_bit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardian_app.storage import DB_FILE_NAME, RECORD, SESSION, ItemDamaged, StorageError, Store

PASSPHRASE = "a long passphrase"
# Every example writes and syncs a small file: in memory where the system offers it, that costs nothing.
SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() else None
COLUMNS = ("id", "label", "payload", "created", "updated")
ITEMS = {
    (SESSION, "Tuesday group"): {"notes": "talked about the game chat", "ticked_signs": ["gifts", "secrecy"]},
    (SESSION, "Élodie, été"): {"notes": "« elle a dit non »", "plan": ["s1"]},
    (SESSION, ""): {"notes": ""},
    (RECORD, "What happened"): {"entries": [{"platform": "Game chat", "what_happened": "asked for photos"}]},
    (RECORD, "Second record"): {"entries": []},
}


class Template:
    """A stored file to damage (a plain class: Hypothesis prints dataclasses field by field)."""

    def __init__(self, data: bytes, passphrase: str | None,
                 ids: dict[tuple[str, int], tuple[str, dict[str, object]]]) -> None:
        self.data = data
        self.passphrase = passphrase
        self.ids = ids  # (kind, id) -> (label, payload)

    def __repr__(self) -> str:  # Hypothesis prints the arguments of a failing example
        return f"Template(locked={self.passphrase is not None})"


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Template]:
    made = {}
    for locked in (False, True):
        folder = tmp_path_factory.mktemp("locked" if locked else "plain")
        passphrase = PASSPHRASE if locked else None
        ids = {}
        with Store.open(folder, passphrase, FAST_KDF) as store:
            for (kind, label), payload in ITEMS.items():
                ids[(kind, store.save(kind, label, payload))] = (label, payload)  # type: ignore[arg-type]
        made[locked] = Template((folder / DB_FILE_NAME).read_bytes(), passphrase, ids)
    return made


def _flip_column(path: Path, table: str, item_id: int, column: str, bit: int) -> int | None:
    """Flip one bit of one stored value; returns the row's id afterwards (None if a flipped id collides)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            if column == "id":
                new_id = item_id ^ (1 << (bit % 40))
                if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (new_id,)).fetchone():
                    return None
                conn.execute(f"UPDATE {table} SET id = ? WHERE id = ?", (new_id, item_id))
                return new_id
            value = conn.execute(f"SELECT CAST({column} AS BLOB) FROM {table} WHERE id = ?",
                                 (item_id,)).fetchone()[0]
            if not value:
                return None  # an empty label has no bit to flip
            flipped = flip_bit(bytes(value), bit)
            # Dates are TEXT: keep them TEXT, invalid UTF-8 included, as a bad disk would leave them.
            cast = "CAST(? AS TEXT)" if column in ("created", "updated") else "?"
            conn.execute(f"UPDATE {table} SET {column} = {cast} WHERE id = ?", (flipped, item_id))
    finally:
        conn.close()
    return item_id


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(locked=st.booleans(), row=st.integers(0, len(ITEMS) - 1), column=st.sampled_from(COLUMNS),
       bit=st.integers(0, 10_000))
def test_a_flipped_bit_in_a_row_hides_no_other_item(templates: dict[bool, Template], locked: bool, row: int,
                                                    column: str, bit: int) -> None:
    template = templates[locked]
    (kind, flipped_id), (label, payload) = list(template.ids.items())[row]
    with tempfile.TemporaryDirectory(dir=SCRATCH) as name:
        folder = Path(name)
        (folder / DB_FILE_NAME).write_bytes(template.data)
        now_id = _flip_column(folder / DB_FILE_NAME, kind, flipped_id, column, bit)
        if now_id is None:
            return
        with Store.open(folder, template.passphrase) as store:
            listing = store.listing()
            listed = {(item.kind, item.id): item for item in listing.items}
            for (other_kind, other_id), (other_label, other_payload) in template.ids.items():
                if (other_kind, other_id) == (kind, flipped_id):
                    continue
                assert listed[(other_kind, other_id)].label == other_label
                assert store.load(other_kind, other_id) == other_payload  # type: ignore[arg-type]
            damaged = [(item.kind, item.id) for item in listing.damaged]
            assert damaged in ([], [(kind, now_id)])
            if locked and column in ("label", "payload"):
                assert damaged == [(kind, now_id)]  # authenticated: a flip never reads as other text
            if damaged:
                assert (kind, now_id) not in listed
                [item] = listing.damaged
                if column == "payload":
                    assert not item.can_open
                    with pytest.raises(ItemDamaged):
                        store.load(kind, now_id)  # type: ignore[arg-type]
                else:  # a damaged label or date: the answers themselves still open
                    assert item.can_open
                    assert store.load(kind, now_id) == payload  # type: ignore[arg-type]
                assert store.move_aside(kind, now_id)  # type: ignore[arg-type]
                assert store.listing().damaged == []
                assert store.moved_aside_count() == 1
            else:
                assert isinstance(store.load(kind, now_id), dict)  # type: ignore[arg-type]
                if column in ("id", "created"):
                    assert store.load(kind, now_id) == payload  # type: ignore[arg-type]
                    assert listed[(kind, now_id)].label == label
        with Store.open(folder, template.passphrase) as store:
            assert len(store.listing().items) == len(ITEMS) - len(damaged)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(locked=st.booleans(), flips=st.lists(st.integers(0, 2**30), min_size=1, max_size=3))
def test_flipped_bits_anywhere_in_the_file_never_crash_and_never_delete(
    templates: dict[bool, Template], locked: bool, flips: list[int]
) -> None:
    template = templates[locked]
    data = template.data
    for bit in flips:
        data = flip_bit(data, bit)
    with tempfile.TemporaryDirectory(dir=SCRATCH) as name:
        folder = Path(name)
        (folder / DB_FILE_NAME).write_bytes(data)
        try:
            store = Store.open(folder, template.passphrase, FAST_KDF)
        except StorageError:
            assert (folder / DB_FILE_NAME).read_bytes() == data  # refused, and left exactly as it was
            return
        with store:
            if store.recovered_copy is not None:
                assert store.recovered_copy.read_bytes() == data
            try:
                listing = store.listing()
            except StorageError:
                return
            for item in listing.items:
                with suppress(StorageError):
                    assert isinstance(store.load(item.kind, item.id), dict)
            for damaged in listing.damaged:
                with suppress(StorageError):
                    store.move_aside(damaged.kind, damaged.id)
