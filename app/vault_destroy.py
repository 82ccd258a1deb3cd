"""Destroying a vault folder: "Destroy now", and the wipe after too many wrong passphrases.

Order matters (docs/threat-model.md §6.3). The key file goes first, in one atomic rename to a
hidden name: from that instant no passphrase, recovery key or duress passphrase opens anything
here, whatever happens next. Then that hidden file (the old key file's only name) is
overwritten with random bytes of its length, synced and unlinked; then the databases, their
WAL/SHM files, the chaff or decoy database, a re-key's pending files, temp key files and the
failed-attempt counter are overwritten and unlinked the same way. A process killed at any
moment leaves the old vault (before the rename) or a destroyed one (after it): a destroyed
folder has no `vault.key`, so nothing treats it as a vault, and the next destroy or unlock
attempt on the folder finishes overwriting what is left (`finish_interrupted`).

What overwriting cannot do, and the docs say so: reach blocks an SSD's wear levelling or a
copy-on-write file system moved elsewhere, a disk image taken earlier, backups, or copies.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import RoundtableError, StorageFailure, VaultInUse, VaultNotFound, VaultPathIsFile
from app.storage import files
from app.vault_paths import DB_NAME, KEY_NAME, LOCK_NAME

# The old key file between the commit (its rename) and its overwrite. Its presence says "a
# destroy was under way here".
DESTROYING = f".{KEY_NAME}.destroy"
CHUNK = 1024 * 1024

Progress = Callable[[float], None]


@dataclass(frozen=True)
class Destroyed:
    """What was overwritten and removed (names of the vault's own files, never content)."""

    files: int
    bytes: int


def _victims(folder: Path) -> list[Path]:
    """Every file of the vault but the lock, key material first."""
    names = [DESTROYING]
    for pattern in (
        f".{KEY_NAME}*",
        f"{KEY_NAME}.*",
        "vault*.db*",
        "vault.guard*",
        "vault.note*",
        ".vault.*",
    ):
        names += sorted(p.name for p in folder.glob(pattern))
    seen: set[str] = set()
    ordered = []
    for name in names:
        if name in seen or name in (KEY_NAME, LOCK_NAME):
            continue
        seen.add(name)
        path = folder / name
        if path.is_file() or path.is_symlink():
            ordered.append(path)
    return ordered


def is_interrupted(folder: Path) -> bool:
    return (folder / DESTROYING).exists() and not (folder / KEY_NAME).exists()


def _overwrite_and_unlink(path: Path, report: Callable[[int], None], *, unlink: bool = True) -> int:
    """Random bytes over the whole file, synced, then the name removed. A symbolic link is only
    removed: what it points to is not the vault's."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return 0
    except OSError:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return 0
    size = 0
    try:
        size = os.fstat(fd).st_size
        left = size
        while left > 0:
            chunk = os.urandom(min(CHUNK, left))
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view) :]
            left -= len(chunk)
            report(len(chunk))
        os.fsync(fd)
    finally:
        os.close(fd)
    if unlink:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return size


def _destroy_locked(folder: Path, progress: Progress | None) -> Destroyed:
    """With the vault's lock held. The rename of vault.key is the commit point."""
    key = folder / KEY_NAME
    try:
        if key.exists():
            if (folder / DESTROYING).exists():  # an older leftover: not this key file
                _overwrite_and_unlink(folder / DESTROYING, lambda _n: None)
            os.replace(key, folder / DESTROYING)
            files._fsync_dir(folder)
        victims = _victims(folder)
        total = max(1, sum(p.lstat().st_size for p in victims if p.exists()))
        done = [0]

        def report(n: int) -> None:
            done[0] += n
            if progress is not None:
                progress(min(1.0, done[0] / total))

        count = written = 0
        for path in victims:
            # The old key file's name stays, overwritten, until the end: it is what tells the
            # next touch that the rest is a destroyed vault's remains, not a damaged vault.
            written += _overwrite_and_unlink(path, report, unlink=path.name != DESTROYING)
            count += 1
        with contextlib.suppress(OSError):
            files._fsync_dir(folder)
    except OSError as exc:
        raise files.os_error(exc) from None
    if progress is not None:
        progress(1.0)
    return Destroyed(count, written)


def _remove_lock_and_folder(folder: Path, lock: files.ProcessLock) -> None:
    # Unlinked while still held: no other process can take a lock on this file any more.
    with contextlib.suppress(OSError):
        (folder / LOCK_NAME).unlink()
    with contextlib.suppress(OSError):  # the last name: the folder is clean once it goes
        (folder / DESTROYING).unlink()
    lock.release()
    with contextlib.suppress(OSError):
        folder.rmdir()  # only if nothing else is in it: never the user's other files


def has_vault_files(folder: Path) -> bool:
    return (
        (folder / KEY_NAME).exists()
        or (folder / DB_NAME).exists()
        or (folder / DESTROYING).exists()
    )


def destroy_vault(folder: Path, *, progress: Progress | None = None) -> Destroyed:
    """Destroy the vault in `folder`, which no process may have open (VaultInUse otherwise)."""
    if folder.exists() and not folder.is_dir():
        raise VaultPathIsFile()
    if not has_vault_files(folder):
        raise VaultNotFound()
    lock = files.ProcessLock(folder / LOCK_NAME)
    lock.acquire()
    try:
        result = _destroy_locked(folder, progress)
    except BaseException:
        lock.release()
        raise
    _remove_lock_and_folder(folder, lock)
    return result


def destroy_open_vault(vault, *, progress: Progress | None = None) -> Destroyed:  # type: ignore[no-untyped-def]
    """Destroy the vault `vault` has open: its connection is closed, its lock kept throughout
    (no other process can open the vault in between), then released."""
    conn, vault.conn = vault.conn, None
    if conn is not None:
        with contextlib.suppress(Exception):
            conn.close()
    try:
        result = _destroy_locked(vault.folder, progress)
    except BaseException:
        vault._lock.release()
        raise
    _remove_lock_and_folder(vault.folder, vault._lock)
    return result


def finish_interrupted(folder: Path) -> bool:
    """A destroy was cut short here (the key file already gone): finish it, if no other
    process holds the folder. True when the folder was a destroyed vault."""
    if not is_interrupted(folder):
        return False
    lock = files.ProcessLock(folder / LOCK_NAME)
    try:
        lock.acquire()
    except (VaultInUse, RoundtableError):
        return True  # someone else is destroying it right now
    try:
        if is_interrupted(folder):
            _destroy_locked(folder, None)
    except (OSError, StorageFailure, RoundtableError):
        lock.release()
        return True
    _remove_lock_and_folder(folder, lock)
    return True


__all__ = ["Destroyed", "destroy_open_vault", "destroy_vault", "finish_interrupted"]
