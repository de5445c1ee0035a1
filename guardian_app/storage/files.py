"""The store's files on disk: which they are, moving a damaged one aside, erasing them all.

A file is never deleted except by :func:`erase_all`, which the person asked for. Erasing takes SQLite's
write lock first (on systems that let an open file be deleted), so another Guardian window that is saving
either finishes before the erase or finds the file gone and says so; it never "saves" into a deleted file.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from guardian_app.storage.errors import ERASE, StorageUnavailable

DB_FILE_NAME = "guardian.sqlite3"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
FileIdentity = tuple[int, int]  # (device, inode): the same path may later name a new file


def unavailable(exc: BaseException, path: Path | None, action: str | None = None) -> StorageUnavailable:
    """Turn an OS or SQLite error into a kind the UI can explain: read-only, disk-full or unavailable."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "full" in text:
        kind = "disk-full"
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text \
            or "permission" in text or "unable to open" in text:
        kind = "read-only"
    elif _nearly_full(path):  # SQLite reports a full disk as "disk I/O error" when it cannot grow its -shm
        kind = "disk-full"
    else:
        kind = "unavailable"
    return StorageUnavailable(f"cannot use {path}: {exc}", path, kind, action)


def _nearly_full(path: Path | None) -> bool:
    folder = path if path is None or path.is_dir() else path.parent
    try:
        return folder is not None and shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def writable(path: Path) -> bool:
    """Whether the database file and its folder can be written (a read-only file system says no)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def file_identity(path: Path) -> FileIdentity | None:
    """Which file ``path`` names right now, or None when nothing is there."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def storage_files(folder: Path) -> list[Path]:
    """Every file the store made in ``folder``: the database, its WAL/journal files, moved-aside copies."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob(DB_FILE_NAME + "*") if path.is_file())


def move_file_aside(path: Path) -> Path:
    """Rename a damaged database (and its side files) to ``<name>.corrupt-<time>``; returns the new path.

    Never deletes and never overwrites: the name gets a counter when that time is taken.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while any(target.with_name(target.name + suffix).exists() for suffix in ("", *SIDE_SUFFIXES)):
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    try:
        # The -wal and -shm files belong to the damaged file: keep them with it, for anyone repairing it.
        for suffix in SIDE_SUFFIXES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
        path.rename(target)
    except OSError as exc:
        raise unavailable(exc, path) from exc
    return target


def _hold_write_lock(path: Path) -> sqlite3.Connection | None:
    """SQLite's write lock on ``path`` (waiting for a save in progress), or None if it cannot be had."""
    if os.name == "nt" or not path.is_file():
        return None  # Windows refuses to delete an open file: there, an open window makes erasing fail
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, isolation_level=None,
                               timeout=10)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error:
        conn.close()
        return None
    return conn


def erase_all(folder: Path, extra_files: Iterable[Path] = ()) -> list[Path]:
    """Delete every stored file (close any open :class:`Store` first); returns what was deleted.

    ``extra_files`` are other files to erase too, such as Guardian's settings file. The folder itself is
    removed when it is left empty. Raises :class:`StorageUnavailable` naming what could not be deleted,
    after deleting everything it could.
    """
    erased: list[Path] = []
    failed: list[str] = []
    extra = list(extra_files)
    reported = {*storage_files(folder), *extra}  # not the side files the lock itself makes
    guard = _hold_write_lock(folder / DB_FILE_NAME)
    try:
        for path in [*storage_files(folder), *extra]:
            if not path.exists():
                continue
            try:
                path.unlink()
                if path in reported:
                    erased.append(path)
            except OSError as exc:
                failed.append(f"{path}: {exc.strerror or exc}")
    finally:
        if guard is not None:
            with suppress(sqlite3.Error):
                guard.execute("ROLLBACK")
            guard.close()
    with suppress(OSError):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    if failed:
        raise StorageUnavailable("could not erase: " + "; ".join(failed), folder, action=ERASE)
    return erased


def is_locked_at(folder: Path) -> bool:
    """Whether saved answers in ``folder`` need a passphrase. Reads only; never creates a file."""
    path = folder / DB_FILE_NAME
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT 1 FROM meta WHERE key = 'salt'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None
