"""Private directories, atomic private files and the vault's process lock.

Files are created 0600 and folders 0700 from the first byte (STYLE 7): permissions applied after
the data is written would leave a window in which others can read it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from pathlib import Path
from types import TracebackType

from app.errors import (
    DiskFull,
    FileNotWritten,
    RoundtableError,
    StorageFailure,
    VaultFolderNotWritable,
    VaultInUse,
    VaultLockNotAFile,
    VaultPathIsFile,
)

DIR_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and missing parents) as 0700; tighten an existing folder we own."""
    missing: list[Path] = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        os.mkdir(folder, DIR_MODE)
    mode = path.stat().st_mode
    # A shared sticky folder (/tmp) chosen as the vault folder is not ours to close: the vault
    # files themselves are 0600, and making /tmp 0700 breaks every other user of the machine.
    if (
        not missing
        and sys.platform != "win32"
        and mode & 0o777 != DIR_MODE
        and not mode & stat.S_ISVTX
    ):
        os.chmod(path, DIR_MODE)


def os_error(exc: OSError) -> RoundtableError:
    """The plain error for an OSError met on the vault folder: a full disk or a read-only
    folder is not damage, and must never be reported as such."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return VaultFolderNotWritable()
    if exc.errno == errno.ENOTDIR:
        return VaultPathIsFile()
    return StorageFailure()


def _fsync_dir(path: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file, failing if it exists (so SQLite inherits 0600 for -wal/-shm)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    os.close(fd)


def write_private_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically: temp file 0600, write, fsync, rename, fsync dir.

    A crash leaves either the old or the new content, never a mix. A full disk leaves the old
    file untouched and raises `DiskFull`.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        try:
            fd = os.open(tmp, flags, FILE_MODE)
        except FileExistsError:
            os.unlink(tmp)
            fd = os.open(tmp, flags, FILE_MODE)
    except OSError as exc:  # a read-only folder or a full disk, not damage
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from None
        raise FileNotWritten() from None
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from None
        raise StorageFailure() from None
    _fsync_dir(path.parent)


class ProcessLock:
    """An exclusive advisory lock on `vault.lock`, held while a vault is open.

    The OS drops the lock when the process dies, so a killed process never leaves a vault
    locked for ever.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except IsADirectoryError:
            raise VaultLockNotAFile() from None
        except OSError as exc:
            raise os_error(exc) from None
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise VaultInUse() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform == "win32":
            import msvcrt

            with contextlib.suppress(OSError):
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> ProcessLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
