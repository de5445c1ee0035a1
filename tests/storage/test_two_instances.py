"""Two Guardian windows on one file (two Store objects in one process): locking, re-keying and erasing in one
never make the other write plaintext, lose a record, or "save" into a deleted file."""

from __future__ import annotations

from pathlib import Path

import pytest
from guardian_testing.storage_damage import FAST_KDF

from guardian_app.storage import (
    DB_FILE_NAME,
    SESSION,
    LockChanged,
    StorageUnavailable,
    Store,
    StoreGone,
    erase_all,
)

CANARY = "Canary-5e07-Lea-was-asked-to-keep-a-secret"


def _all_bytes(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())


def test_a_save_into_a_store_the_other_window_locked_fails_and_writes_no_plaintext(tmp_path: Path) -> None:
    first, second = Store.open(tmp_path), Store.open(tmp_path)
    try:
        first.set_passphrase("a long passphrase", FAST_KDF)
        with pytest.raises(LockChanged) as caught:
            second.save(SESSION, CANARY, {"notes": CANARY})
        assert caught.value.action == "save" and not caught.value.while_reading
        with pytest.raises(LockChanged):
            second.listing()  # not "everything is damaged"
        with pytest.raises(LockChanged):
            second.set_passphrase(None)
        assert CANARY.encode() not in _all_bytes(tmp_path)
    finally:
        first.close()
        second.close()
    with Store.open(tmp_path, "a long passphrase") as store:
        assert store.listing().items == []


def test_a_re_key_while_the_other_window_holds_the_old_key_loses_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path, "old passphrase", FAST_KDF) as store:
        kept = store.save(SESSION, "kept", {"notes": "kept"})
    first, second = Store.open(tmp_path, "old passphrase"), Store.open(tmp_path, "old passphrase")
    try:
        first.set_passphrase("new passphrase", FAST_KDF)
        with pytest.raises(LockChanged):
            second.save(SESSION, "with the old key", {"notes": "x"})
        with pytest.raises(LockChanged):
            second.save(SESSION, "kept, changed", {"notes": "changed"}, kept)
        with pytest.raises(LockChanged):
            second.move_aside(SESSION, kept)  # never quarantines a good item under a stale key
        with pytest.raises(LockChanged):
            second.load(SESSION, kept)
    finally:
        first.close()
        second.close()
    with Store.open(tmp_path, "new passphrase") as store:
        listing = store.listing()
        assert listing.damaged == []
        assert [item.label for item in listing.items] == ["kept"]
        assert store.load(SESSION, kept) == {"notes": "kept"}


def test_an_unlock_in_one_window_stops_the_other_from_sealing_with_a_dead_key(tmp_path: Path) -> None:
    first = Store.open(tmp_path, "a long passphrase", FAST_KDF)
    second = Store.open(tmp_path, "a long passphrase")
    try:
        first.set_passphrase(None)
        with pytest.raises(LockChanged):
            second.save(SESSION, "sealed with a key nobody has", {})
    finally:
        first.close()
        second.close()
    with Store.open(tmp_path) as store:
        assert store.listing().damaged == []


def test_a_save_after_the_other_window_erased_fails(tmp_path: Path) -> None:
    first, second = Store.open(tmp_path), Store.open(tmp_path)
    second.save(SESSION, "before", {})
    first.close()
    erased = erase_all(tmp_path)
    assert tmp_path / DB_FILE_NAME in erased
    try:
        with pytest.raises(StoreGone) as caught:
            second.save(SESSION, CANARY, {"notes": CANARY})
        assert caught.value.kind == "erased"
        with pytest.raises(StoreGone):
            second.listing()
    finally:
        second.close()
    assert not tmp_path.exists() or not any(tmp_path.iterdir())


def test_a_new_store_made_after_an_erase_is_not_the_old_windows(tmp_path: Path) -> None:
    old_window = Store.open(tmp_path)
    erase_all(tmp_path)
    with Store.open(tmp_path) as new_window:
        new_window.save(SESSION, "new", {})
    try:
        with pytest.raises(StoreGone):
            old_window.save(SESSION, "into the wrong file", {})
    finally:
        old_window.close()  # closing must not touch the new file
    with Store.open(tmp_path) as store:
        assert [item.label for item in store.listing().items] == ["new"]


def test_both_windows_save_and_see_each_others_items(tmp_path: Path) -> None:
    first = Store.open(tmp_path, "a long passphrase", FAST_KDF)
    second = Store.open(tmp_path, "a long passphrase")
    try:
        one = first.save(SESSION, "from the first", {"n": 1})
        two = second.save(SESSION, "from the second", {"n": 2})
        assert {item.id for item in first.listing().items} == {one, two}
        assert second.load(SESSION, one) == {"n": 1}
    finally:
        first.close()
        second.close()


def test_a_second_window_can_open_the_answers_read_only(tmp_path: Path) -> None:
    writer = Store.open(tmp_path, "a long passphrase", FAST_KDF)
    try:
        first = writer.save(SESSION, "first", {"n": 1})
        with Store.open(tmp_path, "a long passphrase", read_only=True) as reader:
            assert reader.read_only and reader.read_only_reason == "in-use"
            second = writer.save(SESSION, "second", {"n": 2})  # the writer goes on; the reader sees it
            assert {item.id for item in reader.listing().items} == {first, second}
            assert reader.load(SESSION, second) == {"n": 2}
            with pytest.raises(StorageUnavailable) as caught:
                reader.save(SESSION, "from the reader", {})
            assert (caught.value.kind, caught.value.action) == ("in-use", "save")
            with pytest.raises(StorageUnavailable):
                reader.set_passphrase(None)
    finally:
        writer.close()
