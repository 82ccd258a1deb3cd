"""Opening the SQLCipher database with a raw 32-byte key (DESIGN §2)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import (
    DiskFull,
    RoundtableError,
    StorageFailure,
    VaultCorrupt,
    VaultDiskError,
    VaultError,
    VaultFolderNotWritable,
    VaultFolderUnreadable,
    VaultInUse,
    VaultNotFound,
)
from app.i18n import N_
from app.storage import files

# A working set this large in the page cache keeps SQLCipher's per-miss decrypt+HMAC cost off
# the hot path (DESIGN §7: 2.3x plain SQLite with the default cache, ~1.0x with this).
CACHE_KIB = 65536
# SQLCipher's memory security zeroes and mlocks every allocation SQLite makes: bench/ measured
# queries 4-14x slower with it ON. SQLCipher wipes and locks its own key material and page
# buffers either way, and every value the app reads is copied into Python's heap, which nothing
# wipes, so the extra protection is small. Once ON, it stays ON for the life of the process.
MEMORY_SECURITY = False

DatabaseError = sqlcipher3.DatabaseError

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26


_LOW_SPACE_BYTES = 16 * 1024 * 1024


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _LOW_SPACE_BYTES
    except OSError:
        return False


def _classify(exc: sqlcipher3.Error, path: Path | None) -> RoundtableError | None:
    """Only damage is called damage: a user told "damaged" may throw a healthy vault away, when
    the disk was merely full, the folder read-only or the files not theirs to read."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL or "disk is full" in str(exc).lower():
        return DiskFull()
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and path is not None and _nearly_full(path):
        # Making the -shm/-wal files on a full disk fails as an I/O error, not SQLITE_FULL.
        return DiskFull()
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return VaultCorrupt()
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return VaultFolderNotWritable()
    if primary == _SQLITE_CANTOPEN:
        if path is not None and not os.access(path, os.R_OK):
            return VaultFolderUnreadable()
        return VaultFolderNotWritable()  # the -wal and -shm files beside it cannot be made
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return VaultInUse()
    if primary == _SQLITE_IOERR:
        return VaultDiskError()
    return None


def open_database(path: Path, key: bytes, *, create: bool = False) -> Any:
    """Open (or create) the encrypted database; raises VaultNotFound / VaultCorrupt."""
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    if create:
        try:
            files.create_private_file(path)
        except OSError as exc:
            raise files.os_error(exc) from None
    elif not path.is_file():
        raise VaultNotFound()
    elif path.stat().st_size == 0:
        raise VaultCorrupt()  # SQLite would silently start a new, empty database here
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error as exc:
        raise _classify(exc, path) or VaultError() from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            # A plain SQLite library would silently ignore the key and write plaintext.
            raise StorageFailure(
                N_("Errors", "SQLCipher is not available; refusing to open the vault.")
            )
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if MEMORY_SECURITY else 'OFF'}")
        # Reading the schema is the first use of the key: a wrong key or a damaged file fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlcipher3.Error as exc:
        conn.close()
        raise _classify(exc, path) or VaultError() from None
    except BaseException:
        conn.close()
        raise
    return conn


def translate_error(exc: BaseException) -> RoundtableError | None:
    """Our user-facing error for a database exception met after opening, or None."""
    if not isinstance(exc, sqlcipher3.Error):
        return None
    return _classify(exc, None) or StorageFailure()
