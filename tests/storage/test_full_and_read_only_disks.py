"""A full disk or a read-only folder: saved answers can still be read, and a lock is reported only when applied.

These run Guardian's store in a child process inside a private mount namespace (``unshare``) on a small
tmpfs, so the disk really is full or really is read-only (chmod is ignored by root). Where the system does
not allow unprivileged namespaces, they are skipped; the commit-failure test below runs everywhere.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from guardian_testing.storage_damage import FAST_KDF

from guardian_app.storage import SESSION, StorageUnavailable, Store

REPO_ROOT = Path(__file__).resolve().parents[2]
TESTS_DIR = REPO_ROOT / "tests"

_PREAMBLE = """
import json, os, shutil, sys
from pathlib import Path
from guardian_testing.storage_damage import FAST_KDF
from guardian_app.storage import SESSION, StorageError, Store
mount = Path(sys.argv[1])
folder = mount / "data"

def fill(leave):
    free = shutil.disk_usage(mount).free
    with open(mount / "filler", "ab") as filler:
        filler.write(b"\\0" * max(0, free - leave))

def try_read(passphrase):
    store = Store.open(folder, passphrase)
    result = {"reason": store.read_only_reason, "labels": [i.label for i in store.listing().items],
              "notes": store.load(SESSION, 1)["notes"]}
    try:
        store.save(SESSION, "more", {"notes": "x" * 50000})
        result["save"] = "saved"
    except StorageError as error:
        result["save"] = [error.kind, error.action]
    store.close()
    return result
"""


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    try:
        with tempfile.TemporaryDirectory() as probe:
            done = subprocess.run(["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs {probe}"],
                                  capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


needs_namespaces = pytest.mark.skipif(not _namespaces_work(), reason="no unprivileged mount namespaces here")


def _run_on_small_disk(tmp_path: Path, size_kb: int, body: str, remount_read_only_after: str = "") -> object:
    """Run ``_PREAMBLE + body`` (and optionally ``remount_read_only_after`` once the tmpfs is read-only)."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    (tmp_path / "first.py").write_text(_PREAMBLE + body)
    (tmp_path / "second.py").write_text(_PREAMBLE + remount_read_only_after)
    python = f"{sys.executable} -W error"
    shell = f"mount -t tmpfs -o size={size_kb}k tmpfs {mount} && {python} {tmp_path / 'first.py'} {mount}"
    if remount_read_only_after:
        shell += f" && mount -o remount,ro {mount} && {python} {tmp_path / 'second.py'} {mount}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), str(TESTS_DIR)])}
    done = subprocess.run(["unshare", "-rm", "sh", "-c", shell], capture_output=True, text=True, env=env,
                          timeout=240, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@needs_namespaces
@pytest.mark.parametrize("passphrase", [None, "a long passphrase"])
def test_saved_answers_open_read_only_on_a_full_disk(tmp_path: Path, passphrase: str | None) -> None:
    body = f"""
with Store.open(folder, {passphrase!r}, FAST_KDF) as store:
    store.save(SESSION, "kept", {{"notes": "kept"}})
fill(0)
print(json.dumps(try_read({passphrase!r})))
"""
    result = _run_on_small_disk(tmp_path, 512, body)
    assert result == {"reason": "disk-full", "labels": ["kept"], "notes": "kept",
                      "save": ["disk-full", "save"]}


@needs_namespaces
def test_saved_answers_open_read_only_from_a_read_only_folder(tmp_path: Path) -> None:
    body = """
with Store.open(folder, "a long passphrase", FAST_KDF) as store:
    store.save(SESSION, "kept", {"notes": "kept"})
print("{}")
"""
    result = _run_on_small_disk(tmp_path, 512, body, 'print(json.dumps(try_read("a long passphrase")))')
    assert result == {"reason": "read-only", "labels": ["kept"], "notes": "kept",
                      "save": ["read-only", "save"]}


@needs_namespaces
def test_a_lock_is_reported_applied_exactly_when_it_is(tmp_path: Path) -> None:
    # Every amount of free space from nothing to plenty: "locked" is said only when the lock is on disk,
    # and a failure leaves the answers as they were (readable without the passphrase).
    body = """
template = mount / "template"
with Store.open(template) as store:
    for number in range(25):
        store.save(SESSION, "label %d" % number, {"notes": "note %d " % number * 300})
template_size = sum(path.stat().st_size for path in template.iterdir())
outcomes = []
for leave in range(0, 3 * template_size, 4096):
    shutil.rmtree(folder, ignore_errors=True)
    (mount / "filler").unlink(missing_ok=True)
    shutil.copytree(template, folder)
    fill(leave)
    store = None
    try:
        store = Store.open(folder)
        change = store.set_passphrase("a long passphrase", FAST_KDF)
        reported = "locked" if change.old_copies_cleared else "locked, old copies not cleared yet"
    except StorageError as error:
        reported = error.kind
    finally:
        if store is not None:
            store.close()
    (mount / "filler").unlink()
    try:
        with Store.open(folder) as check:
            actual = "open" if len(check.listing().items) == 25 else "lost items"
    except StorageError as error:
        actual = error.kind
    # Once there is space again, opening (even without the passphrase) clears the older unlocked copies.
    plaintext = any(b"note 7 note 7" in path.read_bytes() for path in folder.iterdir())
    outcomes.append([leave, reported, actual, plaintext])
print(json.dumps(outcomes))
"""
    outcomes = _run_on_small_disk(tmp_path, 1024, body)
    assert isinstance(outcomes, list)
    for leave, reported, actual, plaintext in outcomes:
        if reported.startswith("locked"):
            assert (actual, plaintext) == ("passphrase-required", False), (leave, reported, actual)
        else:
            assert actual == "open", (leave, reported, actual)
    said = {reported for _, reported, _, _ in outcomes}
    # All three happen: not enough space to lock; locked but the purge must wait; locked and purged.
    assert said == {"disk-full", "locked, old copies not cleared yet", "locked"}


def test_a_lock_that_cannot_be_committed_is_reported_as_failed(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        item = store.save(SESSION, "before", {"notes": "x" * 20_000})
        store.conn.execute("PRAGMA max_page_count = 1")  # the next growth fails like a full disk
        with pytest.raises(StorageUnavailable) as caught:
            store.set_passphrase("a long passphrase", FAST_KDF)
        assert caught.value.kind == "disk-full" and caught.value.action == "lock"
        assert not store.is_locked
        assert store.load(SESSION, item) == {"notes": "x" * 20_000}
    with Store.open(tmp_path) as store:  # still open without a passphrase: nothing half-done
        assert store.load(SESSION, item) == {"notes": "x" * 20_000}
