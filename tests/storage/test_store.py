"""The SQLite store: round trips, locking, damaged files, crashes and erasing leave people's notes safe."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from guardian_app.storage import (
    DB_FILE_NAME,
    RECORD,
    SESSION,
    PassphraseRequired,
    StorageUnavailable,
    Store,
    WrongPassphrase,
    erase_all,
    is_locked_at,
    storage_files,
)
from guardian_app.storage.crypto import KdfParams
from guardian_app.storage.schema import SCHEMA_VERSION

REPO_ROOT = Path(__file__).resolve().parents[2]
CANARY = "Canary-7f3c-Ava-said-he-asked-for-photos"


def _all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(path, path.read_bytes()) for path in folder.rglob("*") if path.is_file()]


def test_save_and_reopen_round_trip(tmp_path: Path) -> None:
    payload = {"ticked_signs": ["a", "b"], "sign_notes": {"a": "é ✓"}, "notes": "n", "plan": ["s1"]}
    with Store.open(tmp_path) as store:
        session_id = store.save(SESSION, "Tuesday group", payload)
        record_id = store.save(RECORD, "", {"entries": [{"platform": "Game chat"}]})
        store.save(SESSION, "Tuesday group, later", {**payload, "notes": "changed"}, session_id)
    with Store.open(tmp_path) as store:
        assert [item.label for item in store.items(SESSION)] == ["Tuesday group, later"]
        assert store.load(SESSION, session_id)["notes"] == "changed"
        assert store.load(RECORD, record_id) == {"entries": [{"platform": "Game chat"}]}
        store.delete(SESSION, session_id)
        assert store.items(SESSION) == []
        with pytest.raises(KeyError):
            store.load(SESSION, session_id)
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_saving_a_deleted_id_saves_it_again(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        first = store.save(SESSION, "x", {})
        store.delete(SESSION, first)
        again = store.save(SESSION, "x", {"notes": "kept"}, first)
        assert store.load(SESSION, again) == {"notes": "kept"}


def test_erase_all_leaves_no_file_behind(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    settings_file = tmp_path / "Guardian.ini"
    settings_file.write_text("[storage]\nremember=true\n")
    with Store.open(folder) as store:
        store.save(SESSION, "x", {"notes": CANARY})
    (folder / DB_FILE_NAME).with_name(DB_FILE_NAME + ".corrupt-20260101-000000").write_bytes(b"old")
    erased = erase_all(folder, [settings_file, tmp_path / "never-existed.ini"])
    assert folder / DB_FILE_NAME in erased
    assert settings_file in erased
    assert any(".corrupt-" in path.name for path in erased)
    assert not folder.exists()
    assert not settings_file.exists()
    assert storage_files(folder) == []


def test_damaged_database_is_moved_aside_and_a_fresh_one_starts(tmp_path: Path) -> None:
    (tmp_path / DB_FILE_NAME).write_bytes(os.urandom(8192))
    garbage = (tmp_path / DB_FILE_NAME).read_bytes()
    with Store.open(tmp_path) as store:
        assert store.recovered_copy is not None
        assert store.recovered_copy.read_bytes() == garbage  # kept, not deleted
        assert store.items(SESSION) == []
        store.save(SESSION, "fresh", {})
    with Store.open(tmp_path) as store:
        assert store.recovered_copy is None
        assert [item.label for item in store.items(SESSION)] == ["fresh"]


def test_truncated_database_is_moved_aside(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        for number in range(50):
            store.save(SESSION, f"s{number}", {"notes": "x" * 500})
    path = tmp_path / DB_FILE_NAME
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\0" * 300 + data[400 : len(data) // 2])
    with Store.open(tmp_path) as store:
        assert store.recovered_copy is not None


def test_wrong_passphrase_is_clear_and_changes_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path, "correct horse") as store:
        assert store.is_locked
        item = store.save(SESSION, "locked label", {"notes": "kept"})
    before = {path: data for path, data in _all_bytes(tmp_path)}
    assert is_locked_at(tmp_path)
    with pytest.raises(PassphraseRequired):
        Store.open(tmp_path)
    with pytest.raises(WrongPassphrase):
        Store.open(tmp_path, "wrong horse")
    assert {path: data for path, data in _all_bytes(tmp_path)} == before
    with Store.open(tmp_path, "correct horse") as store:
        assert store.load(SESSION, item) == {"notes": "kept"}
        assert store.items(SESSION)[0].label == "locked label"


def test_stored_kdf_parameters_meet_owasp_minimums(tmp_path: Path) -> None:
    with Store.open(tmp_path, "pass") as store:
        raw = store.conn.execute("SELECT value FROM meta WHERE key='kdf'").fetchone()[0]
        params = KdfParams.from_json(raw)
        salt = store.conn.execute("SELECT value FROM meta WHERE key='salt'").fetchone()[0]
    assert params.n >= 2**17 and params.r == 8 and params.p == 1
    assert len(salt) == 16


def test_canary_never_in_plaintext_when_locked(tmp_path: Path) -> None:
    # Saved in the clear first, then locked: the earlier plaintext must not survive in the file or the WAL.
    with Store.open(tmp_path) as store:
        item = store.save(SESSION, CANARY + " label", {"notes": CANARY, "sign_notes": {"x": CANARY}})
        assert any(CANARY.encode() in data for _, data in _all_bytes(tmp_path))
        store.set_passphrase("a long passphrase")
        store.save(SESSION, CANARY + " label", {"notes": CANARY + " again"}, item)
        store.save(RECORD, CANARY, {"entries": [{"what_happened": CANARY}]})
        for path, data in _all_bytes(tmp_path):  # while open: database, WAL and shared memory
            assert CANARY.encode() not in data, path
            assert CANARY.encode("utf-16-le") not in data, path
    for path, data in _all_bytes(tmp_path):
        assert CANARY.encode() not in data, path
    with Store.open(tmp_path, "a long passphrase") as store:
        assert store.load(SESSION, item)["notes"] == CANARY + " again"
        store.set_passphrase(None)  # removing the lock keeps the data
    with Store.open(tmp_path) as store:
        assert store.load(SESSION, item)["notes"] == CANARY + " again"


def test_folder_that_cannot_be_made_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StorageUnavailable) as caught:
        Store.open(blocker / "data")
    assert caught.value.kind in ("read-only", "unavailable")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_gives_a_clear_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(StorageUnavailable) as caught:
            Store.open(tmp_path)
        assert caught.value.kind == "read-only"
    finally:
        tmp_path.chmod(0o755)


def test_disk_full_while_saving_gives_a_clear_error(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        kept = store.save(SESSION, "before", {"notes": "kept"})
        store.conn.execute("PRAGMA max_page_count = 1")  # behaves as a full disk for the next write
        with pytest.raises(StorageUnavailable) as caught:
            store.save(SESSION, "after", {"notes": "x" * 100_000})
        assert caught.value.kind == "disk-full"
        assert store.load(SESSION, kept) == {"notes": "kept"}


_WRITER = """
import sys
from pathlib import Path
from guardian_app.storage import Store, SESSION
store = Store.open(Path(sys.argv[1]))
number = 0
while True:
    number += 1
    item = store.save(SESSION, "label %d" % number, {"notes": "note %d " % number * 200, "n": number})
    if number % 7 == 0:
        store.delete(SESSION, item)
    sys.stdout.write("%d\\n" % number)
    sys.stdout.flush()
"""


def test_writer_killed_at_random_moments_never_leaves_an_unreadable_database(tmp_path: Path) -> None:
    rng = random.Random(20260601)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    last_seen = 0
    for _round in range(5):
        proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path)], stdout=subprocess.PIPE,
                                env=env, text=True)
        assert proc.stdout is not None
        try:
            # Kill after a random number of confirmed saves; the writer keeps going while we read, so the
            # signal lands at a random point inside a later save.
            for _ in range(rng.randint(1, 40)):
                line = proc.stdout.readline()
                assert line, "the writer stopped early"
                last_seen = int(line)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
            proc.stdout.close()
        conn = sqlite3.connect(tmp_path / DB_FILE_NAME)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
        with Store.open(tmp_path) as store:
            assert store.recovered_copy is None
            labels = [item.label for item in store.items(SESSION)]
            # Every save the writer reported as done is still there (durable), unless it deleted it.
            if last_seen % 7:
                assert f"label {last_seen}" in labels
            for item in store.items(SESSION)[:3]:
                assert store.load(SESSION, item.id)["n"] >= 1
