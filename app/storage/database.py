"""Opening the SQLCipher database with a raw 32-byte key (DESIGN §2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import DiskFull, RoundtableError, StorageFailure, VaultCorrupt, VaultNotFound
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


def open_database(path: Path, key: bytes, *, create: bool = False) -> Any:
    """Open (or create) the encrypted database; raises VaultNotFound / VaultCorrupt."""
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    if create:
        files.create_private_file(path)
    elif not path.is_file():
        raise VaultNotFound()
    elif path.stat().st_size == 0:
        raise VaultCorrupt()  # SQLite would silently start a new, empty database here
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error:
        raise VaultCorrupt() from None
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
    except sqlcipher3.Error:
        conn.close()
        raise VaultCorrupt() from None
    except BaseException:
        conn.close()
        raise
    return conn


def translate_error(exc: BaseException) -> RoundtableError | None:
    """Our user-facing error for a database exception met after opening, or None."""
    if not isinstance(exc, sqlcipher3.Error):
        return None
    text = str(exc).lower()
    if "full" in text:
        return DiskFull()
    if isinstance(exc, sqlcipher3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "corrupt" in text
    ):
        return VaultCorrupt()
    return StorageFailure()
