"""Passphrases as people type them: composed or decomposed accents open the same lock; bad text is refused."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from guardian_testing.storage_damage import FAST_KDF

from guardian_app.storage import SESSION, InvalidPassphrase, Store, WrongPassphrase, is_locked_at
from guardian_app.storage.crypto import KdfParams

COMPOSED = unicodedata.normalize("NFC", "Élodie à la plage, été")
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def test_the_two_spellings_differ_as_text() -> None:
    assert COMPOSED != DECOMPOSED


@pytest.mark.parametrize(("locked_with", "typed"), [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)])
def test_a_lock_opens_however_the_accents_are_typed(tmp_path: Path, locked_with: str, typed: str) -> None:
    with Store.open(tmp_path, locked_with, FAST_KDF) as store:
        item = store.save(SESSION, "x", {"notes": "kept"})
    with Store.open(tmp_path, typed) as store:
        assert store.load(SESSION, item) == {"notes": "kept"}
    with pytest.raises(WrongPassphrase):
        Store.open(tmp_path, typed + "x")


@pytest.mark.parametrize(("locked_with", "typed"), [(COMPOSED, COMPOSED), (COMPOSED, DECOMPOSED),
                                                    (DECOMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)])
def test_locks_made_before_normalising_still_open(tmp_path: Path, locked_with: str, typed: str) -> None:
    # An older Guardian derived the key from the passphrase exactly as typed and stored no normal form.
    older = KdfParams(n=FAST_KDF.n, normalization="")
    with Store.open(tmp_path, locked_with, older) as store:
        item = store.save(SESSION, "x", {"notes": "kept"})
    with Store.open(tmp_path, typed) as store:
        assert store.load(SESSION, item) == {"notes": "kept"}
        store.set_passphrase(typed, FAST_KDF)  # re-locking moves it to the normalised form
    with Store.open(tmp_path, DECOMPOSED if typed == COMPOSED else COMPOSED) as store:
        assert store.load(SESSION, item) == {"notes": "kept"}


@pytest.mark.parametrize("bad", ["lone \ud800 surrogate", "\udfff"])
def test_a_passphrase_that_is_not_text_is_refused_clearly(tmp_path: Path, bad: str) -> None:
    with pytest.raises(InvalidPassphrase) as caught:
        Store.open(tmp_path, bad, FAST_KDF)
    assert caught.value.kind == "invalid-passphrase"
    assert caught.value.action == "open"
    with Store.open(tmp_path) as store:
        store.save(SESSION, "x", {})
        with pytest.raises(InvalidPassphrase) as caught:
            store.set_passphrase(bad, FAST_KDF)
        assert caught.value.action == "lock"
        assert not store.is_locked
    assert not is_locked_at(tmp_path)


def test_an_empty_passphrase_is_refused_never_silently_ignored(tmp_path: Path) -> None:
    with Store.open(tmp_path, "a long passphrase", FAST_KDF) as store:
        item = store.save(SESSION, "x", {"notes": "kept"})
        with pytest.raises(InvalidPassphrase) as caught:
            store.set_passphrase("")
        assert caught.value.kind == "empty-passphrase"
        assert store.is_locked  # "" never removes the lock; None does
    assert is_locked_at(tmp_path)
    with pytest.raises(InvalidPassphrase) as caught:
        Store.open(tmp_path, "")
    assert caught.value.kind == "empty-passphrase"
    with Store.open(tmp_path, "a long passphrase") as store:
        assert store.load(SESSION, item) == {"notes": "kept"}


def test_a_label_with_a_lone_surrogate_is_saved_without_a_crash(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        item = store.save(SESSION, "label \ud800", {"notes": "note \udfff"})
        assert store.listing().damaged == []
        assert store.load(SESSION, item)["notes"].startswith("note ")
