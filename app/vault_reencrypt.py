"""Re-encrypting the database under a new data key, safe against a crash or a full disk.

Why a copy and a swap rather than SQLCipher's `PRAGMA rekey` on the open file: `rekey` commits
the new key inside the database, and the matching `vault.key` can only be replaced a moment
before or after; a crash in between leaves a database that the remaining key file cannot open,
and which key it needs can only be found by trying both, with the passphrase. Here the state
after any crash is read from which files exist, with no secret (`finish_interrupted`):

1. `sqlcipher_export` writes the whole database, under the new key, to `vault.db.rekey`,
   which is then synced and checked (it opens with the new key and holds the same vault).
2. The new key file is written (atomically) to `vault.key.rekey`.
3. The old connection is checkpointed and closed, so no `-wal` file with old-key pages is left.
4. `vault.db.rekey` replaces `vault.db` (one atomic rename): the commit point.
5. `vault.key.rekey` replaces `vault.key`.

A crash before 4 leaves the old vault as it was (the `.rekey` files are deleted); a crash
between 4 and 5 is completed by writing the pending key file's content as `vault.key`.

The pending key file is bound to the database it was made for: it is not a key file but our own
small format (`PENDING_MAGIC`, the new database's SQLCipher salt, then the key file), and it is
completed only onto a `vault.db` that starts with that salt. A leftover found beside any other
database (a backup restored into a folder where a re-key had crashed, a vault copied in) is
discarded, never written over that database's key file. A full disk can only fail steps 1-2,
before anything the vault needs has changed. The export also leaves the new file compact:
free pages of the old file are not carried over.
"""

from __future__ import annotations

import contextlib
import errno
import hmac
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from app.crypto.key_buffer import KeyBuffer
from app.errors import DiskFull, StorageFailure
from app.storage import files
from app.storage.database import open_database
from app.vault_paths import DB_NAME, KEY_NAME

PENDING = ".rekey"
PENDING_DB = DB_NAME + PENDING
PENDING_KEY = KEY_NAME + PENDING
_SIDE_FILES = ("-journal", "-wal", "-shm")
PROGRESS_SECONDS = 0.25  # how often the size of the new file is reported
# The pending key file: this line, the hex SQLCipher salt of the database it belongs to (the
# first 16 bytes of the file, random for every database SQLCipher writes, sqlcipher_export's
# included), a newline, then the key file's bytes.
PENDING_MAGIC = b"roundtable-rekey-pending/1\n"
SALT_BYTES = 16

Progress = Callable[[float], None]


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _discard_pending_db(folder: Path) -> None:
    for suffix in _SIDE_FILES:
        _unlink(folder / (PENDING_DB + suffix))
    _unlink(folder / PENDING_DB)


def finish_interrupted(folder: Path) -> str | None:
    """Complete or undo a re-key a crash interrupted; call with the vault lock held, before the
    key file is read. Returns "completed", "undone" or None (nothing to do)."""
    pending_key = folder / PENDING_KEY
    pending_db = folder / PENDING_DB
    if pending_key.exists() and not pending_db.exists():
        keyfile = _pending_for(folder)
        if keyfile is not None:  # the database was swapped: step 5
            files.write_private_atomic(folder / KEY_NAME, keyfile)
            _overwrite(pending_key)
            _unlink(pending_key)
            _fsync_dir(folder)
            return "completed"
    if pending_key.exists() or pending_db.exists():
        _unlink(pending_key)  # first the key file: alone, `.rekey` db files mean "undo"
        _discard_pending_db(folder)
        _fsync_dir(folder)
        return "undone"
    return None


def _overwrite(path: Path) -> None:
    """The pending key file holds the live slots: overwritten before it is unlinked, so that
    its blocks keep no copy that duress or travel mode could not erase later."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            os.write(fd, os.urandom(os.fstat(fd).st_size))
            os.fsync(fd)
        finally:
            os.close(fd)


def _salt(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(SALT_BYTES)


def _pending_for(folder: Path) -> bytes | None:
    """The key file inside `vault.key.rekey` if it was made for the `vault.db` present, else
    None (a leftover: discarded by the caller)."""
    try:
        raw = (folder / PENDING_KEY).read_bytes()
        current = _salt(folder / DB_NAME)
    except FileNotFoundError:
        return None
    if not raw.startswith(PENDING_MAGIC):
        return _legacy_pending(folder, raw)
    line, sep, keyfile = raw[len(PENDING_MAGIC) :].partition(b"\n")
    try:
        salt = bytes.fromhex(line.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not sep or len(salt) != SALT_BYTES or len(current) != SALT_BYTES:
        return None
    return keyfile if hmac.compare_digest(salt, current) else None


def _legacy_pending(folder: Path, raw: bytes) -> bytes | None:
    """A pending key file written before the binding (a bare key file): completed only if it
    belongs to the same vault as the key file present (a crash of that earlier build between
    its two renames), else discarded. It cannot tell a backup of the same vault restored over
    such a leftover; no build writes this form any more."""
    from app.crypto.keyfile import KeyFile

    try:
        pending = KeyFile.from_bytes(raw)
        present = KeyFile.from_bytes((folder / KEY_NAME).read_bytes())
    except Exception:  # damaged or missing: nothing to complete with
        return None
    return raw if pending.vault_id == present.vault_id else None


def discard_pending(folder: Path) -> None:
    """Before a new vault is made in `folder`: leftovers of a re-key of a vault that is no
    longer there must never be "completed" onto the new one (its only key file replaced)."""
    _unlink(folder / PENDING_KEY)  # the key file first, as in `finish_interrupted`
    _discard_pending_db(folder)


def _fsync_dir(folder: Path) -> None:
    files._fsync_dir(folder)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _failure(exc: BaseException) -> Exception:
    text = str(exc).lower()
    full = isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    if full or "full" in text:
        return DiskFull()
    return StorageFailure()


def export(conn: Any, folder: Path, new_key: KeyBuffer, progress: Progress | None) -> None:
    """Step 1: the whole database, under `new_key`, in `vault.db.rekey`, synced and checked.
    On failure nothing is left behind and the open database is untouched."""
    target = folder / PENDING_DB
    _discard_pending_db(folder)
    source_size = max(1, (folder / DB_NAME).stat().st_size)

    last = [-1]

    def report() -> None:
        with contextlib.suppress(OSError):
            percent = min(95, 100 * target.stat().st_size // source_size)
            if percent != last[0] and progress is not None:
                last[0] = percent
                progress(percent / 100)

    # SQLite's progress handler is called per VM instruction count, which says little when a
    # row is a 50 MB attachment: a watcher reads the size of the new file instead.
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(PROGRESS_SECONDS):
            report()

    watcher = threading.Thread(target=watch, name="rekey-progress", daemon=True)
    try:
        files.create_private_file(target)  # 0600 from the first byte, like vault.db
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS rekey KEY \"x'{new_key.hex()}'\"", (str(target),))
        try:
            if progress is not None:
                watcher.start()
            try:
                conn.execute("SELECT sqlcipher_export('rekey')").fetchone()
            finally:
                stop.set()
                if watcher.is_alive():
                    watcher.join()
            conn.execute(f"PRAGMA rekey.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE rekey")
        _sync(target)
        _check(target, new_key, conn)
    except BaseException as exc:
        _discard_pending_db(folder)
        if isinstance(exc, (sqlcipher3.Error, OSError)):
            raise _failure(exc) from None
        raise
    if progress is not None:
        progress(0.97)


def _check(target: Path, new_key: KeyBuffer, conn: Any) -> None:
    """The copy opens with the new key and holds what the old file holds."""
    copy = open_database(target, new_key)
    try:
        for query in (
            "SELECT value FROM vault_meta WHERE key = 'vault_id'",
            "SELECT count(*) FROM sqlite_master",
            "PRAGMA user_version",
        ):
            if copy.execute(query).fetchall() != conn.execute(query).fetchall():
                raise StorageFailure()
    finally:
        copy.close()
    # The check ran in WAL mode: fold it back so the copy is one self-contained file.
    for suffix in ("-wal", "-shm"):
        if (target.parent / (target.name + suffix)).exists():
            raise StorageFailure()


def close_for_swap(conn: Any, folder: Path) -> None:
    """Step 3: no `-wal` with old-key pages may outlive the old file (or be applied to the new
    one): checkpoint everything into vault.db, truncate, close."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        side = folder / (DB_NAME + suffix)
        if side.exists() and suffix == "-wal" and side.stat().st_size:
            raise StorageFailure()  # never swap under a WAL that still holds pages
        _unlink(side)


def write_pending_keyfile(folder: Path, data: bytes) -> None:
    """Step 2, bound to the new database by its salt. A full disk fails here, before the vault
    has changed; the export is removed."""
    try:
        salt = _salt(folder / PENDING_DB)
        if len(salt) != SALT_BYTES:
            raise StorageFailure()
        files.write_private_atomic(
            folder / PENDING_KEY, PENDING_MAGIC + salt.hex().encode("ascii") + b"\n" + data
        )
    except BaseException:
        # The key file first: a pending key file without a pending database means "the
        # database was swapped" to `finish_interrupted`.
        _unlink(folder / PENDING_KEY)
        _discard_pending_db(folder)
        raise


def commit(folder: Path) -> None:
    """Steps 4 and 5: the database renamed into place, then the key file written from the
    pending one; `finish_interrupted` completes step 5 after a crash."""
    os.replace(folder / PENDING_DB, folder / DB_NAME)
    _fsync_dir(folder)
    if finish_interrupted(folder) != "completed":
        raise StorageFailure()  # cannot happen: the pending file was made for this database
