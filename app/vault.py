"""Creating, unlocking, re-keying and locking a vault folder (DESIGN §2).

This is the service the command line and the desktop app share; it ties the key file
(`app.crypto.keyfile`) to the encrypted database (`app.storage`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.crypto import kdf
from app.crypto.identity import generate_identity, load_identity, store_identity
from app.crypto.keyfile import (
    KeyFile,
    new_data_key,
    new_keyfile,
    read_keyfile,
    write_keyfile,
)
from app.crypto.passphrase import assess
from app.crypto.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from app.domain.records import Organisation
from app.domain.values import OrgKind
from app.errors import (
    RoundtableError,
    VaultCorrupt,
    VaultExists,
    VaultFolderNotWritable,
    VaultFolderUnreadable,
    VaultNotFound,
    VaultPathIsFile,
    WeakPassphrase,
)
from app.storage import files, schema
from app.storage.database import open_database
from app.storage.records import RecordStore
from app.vault_paths import (  # noqa: F401 - part of this module's API
    DB_NAME,
    KEY_NAME,
    LOCK_NAME,
    default_vault_dir,
    vault_exists,
)


@dataclass
class Vault:
    """An unlocked vault: one connection, the process lock, the organisation's record id."""

    folder: Path
    conn: Any
    store: RecordStore
    org_id: str
    vault_id: str
    _lock: files.ProcessLock

    @property
    def org_name(self) -> str:
        row = self.conn.execute("SELECT name FROM organisations WHERE id = ?", (self.org_id,))
        found = row.fetchone()
        return found[0] if found else ""

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def close(self) -> None:
        """Lock: close the connection (SQLCipher wipes its key) and release the folder."""
        conn, self.conn = self.conn, None
        try:
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
        finally:
            self._lock.release()  # a failed close must not leave the folder locked for good

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class Created:
    vault: Vault
    recovery_key: str = field(repr=False)  # show once, then forget; never in a repr


def _check_new_passphrase(passphrase: str, context: tuple[str, ...]) -> None:
    verdict = assess(passphrase, context)
    if not verdict.acceptable:
        raise WeakPassphrase(f"The passphrase is too weak: {verdict.reason}.")


STAGING_MARK = ".roundtable-staging"  # inside a half-built vault folder, never a finished one


def _staging_prefix(folder: Path) -> str:
    return f".{folder.name}.creating-"


def _check_new_target(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise VaultPathIsFile()
    if (folder / KEY_NAME).exists() or (folder / DB_NAME).exists():
        raise VaultExists()


def _remove_abandoned_staging(folder: Path) -> None:
    """Remove what a failed or killed creation left beside `folder`: hidden folders that carry
    our staging mark and whose lock nobody holds. A finished vault never has the mark (it is
    deleted before the vault is moved into place), so no real vault can be removed here."""
    for leftover in folder.parent.glob(_staging_prefix(folder) + "*"):
        if not (leftover / STAGING_MARK).is_file() or (leftover / KEY_NAME).exists():
            continue
        lock = files.ProcessLock(leftover / LOCK_NAME)
        try:
            lock.acquire()
        except RoundtableError:
            continue  # another process is creating this vault right now
        try:
            shutil.rmtree(leftover, ignore_errors=True)
        finally:
            lock.release()


def _publish(staging: Path, folder: Path, lock: files.ProcessLock) -> files.ProcessLock:
    """Move the finished vault from `staging` to `folder`; returns the lock that now guards it.

    An absent or empty `folder` is replaced in one rename. A folder holding other files gets
    the two vault files moved in, the key file last: without it a database is not a vault."""
    try:
        os.rename(staging, folder)
    except OSError:
        if not folder.is_dir():
            raise
    else:
        with contextlib.suppress(OSError):
            files._fsync_dir(folder.parent)
        return lock
    final_lock = files.ProcessLock(folder / LOCK_NAME)
    final_lock.acquire()
    try:
        _check_new_target(folder)
        files.ensure_private_dir(folder)
        os.replace(staging / DB_NAME, folder / DB_NAME)
        os.replace(staging / KEY_NAME, folder / KEY_NAME)
        with contextlib.suppress(OSError):
            files._fsync_dir(folder)
    except BaseException:
        final_lock.release()
        raise
    lock.release()
    shutil.rmtree(staging, ignore_errors=True)
    return final_lock


def create_vault(
    folder: Path,
    org_name: str,
    passphrase: str,
    *,
    params: kdf.KdfParams | None = None,
    org_kind: str = OrgKind.NGO,
    fill: Callable[[Vault], object] | None = None,
) -> Created:
    """Make a new vault in `folder`; the folder may exist but must not hold a vault.

    The vault is built in a hidden sibling folder and moved into place only when it is
    complete (`fill`, e.g. the demo content, runs before that). A creation that fails or is
    killed therefore never leaves a half-made vault that a re-run would refuse; the next
    creation removes the abandoned sibling."""
    org_name = org_name.strip()
    if not org_name:
        raise VaultCorrupt("An organisation name is needed.")
    _check_new_passphrase(passphrase, (org_name,))
    with _os_errors():
        _check_new_target(folder)
        if not folder.parent.exists():
            files.ensure_private_dir(folder.parent)
        _remove_abandoned_staging(folder)
        staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(folder), dir=folder.parent))
    lock = files.ProcessLock(staging / LOCK_NAME)
    conn = None
    try:
        with _os_errors():
            (staging / STAGING_MARK).touch(mode=0o600)
        lock.acquire()
        keyfile = new_keyfile(params or kdf.calibrated())
        data_key = new_data_key()
        recovery = new_recovery_key()
        keyfile.set_slot("passphrase", keyfile.stretch(passphrase), data_key)
        keyfile.set_slot("recovery", recovery, data_key)
        conn = open_database(staging / DB_NAME, data_key, create=True)
        schema.migrate(conn)
        org = Organisation(name=org_name, kind=org_kind)
        store = RecordStore(conn, org.id)
        with store.transaction():
            store.add(org)
            store_identity(conn, generate_identity(org.id))
            conn.executemany(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                [("org_id", org.id), ("vault_id", keyfile.vault_id)],
            )
        if fill is not None:
            fill(Vault(staging, conn, store, org.id, keyfile.vault_id, lock))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn, closing = None, conn
        closing.close()
        write_keyfile(staging / KEY_NAME, keyfile)
        with _os_errors():
            (staging / STAGING_MARK).unlink()
            lock = _publish(staging, folder, lock)
    except BaseException:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        lock.release()
        if (staging / STAGING_MARK).exists():
            shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        vault = _open_with_key(folder, keyfile, data_key, lock)
    except BaseException:
        lock.release()
        raise
    del data_key
    return Created(vault, format_recovery_key(recovery))


@contextlib.contextmanager
def _os_errors() -> Iterator[None]:
    """An OSError on the vault folder becomes one of our plain errors."""
    try:
        yield
    except OSError as exc:
        raise files.os_error(exc) from None


def _open_with_key(
    folder: Path, keyfile: KeyFile, data_key: bytes, lock: files.ProcessLock
) -> Vault:
    conn = open_database(folder / DB_NAME, data_key)
    try:
        if schema.schema_version(conn) == 0:
            raise VaultCorrupt()  # every vault has a schema; an empty file is not a vault
        schema.migrate(conn)
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'org_id'").fetchone()
        vault_row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        if row is None or vault_row is None or vault_row[0] != keyfile.vault_id:
            raise VaultCorrupt("vault.key does not belong to this vault.db.")
    except BaseException:
        conn.close()
        raise
    return Vault(folder, conn, RecordStore(conn, row[0]), row[0], keyfile.vault_id, lock)


def read_vault_keyfile(folder: Path) -> KeyFile:
    try:
        os.stat(folder / KEY_NAME)
    except PermissionError:
        raise VaultFolderUnreadable() from None  # a folder we may not enter is not damaged
    except OSError:
        pass
    if not (folder / KEY_NAME).is_file():
        if (folder / DB_NAME).is_file():
            raise VaultCorrupt("The vault key file (vault.key) is missing.")
        raise VaultNotFound()
    if not (folder / DB_NAME).is_file():
        raise VaultCorrupt("The vault database (vault.db) is missing.")
    if not os.access(folder / KEY_NAME, os.R_OK):
        raise VaultFolderUnreadable()  # not "damaged": the files are fine, access is not
    return read_keyfile(folder / KEY_NAME)


def _locked(folder: Path) -> files.ProcessLock:
    lock = files.ProcessLock(folder / LOCK_NAME)
    lock.acquire()
    # A process killed mid-write may leave a temp key file; it may wrap the data key under a
    # passphrase the user just replaced, so it must not linger.
    for stale in folder.glob(f".{KEY_NAME}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
    return lock


def open_vault(folder: Path, passphrase: str) -> Vault:
    """Unlock with the passphrase. Raises WrongPassphrase before the database is touched."""
    keyfile = read_vault_keyfile(folder)
    lock = _locked(folder)
    try:
        data_key = keyfile.unlock_with_passphrase(passphrase)
        return _open_with_key(folder, keyfile, data_key, lock)
    except BaseException:
        lock.release()
        raise


def open_vault_with_recovery(folder: Path, recovery_text: str) -> Vault:
    keyfile = read_vault_keyfile(folder)
    recovery = parse_recovery_key(recovery_text)
    lock = _locked(folder)
    try:
        data_key = keyfile.unlock_with_recovery_key(recovery)
        return _open_with_key(folder, keyfile, data_key, lock)
    except BaseException:
        lock.release()
        raise


def change_passphrase(
    folder: Path,
    new_passphrase: str,
    *,
    old_passphrase: str | None = None,
    recovery_text: str | None = None,
    params: kdf.KdfParams | None = None,
) -> None:
    """Re-wrap the data key under a new passphrase after proving the old one or the recovery
    key. Only `vault.key` changes, atomically; the database is not rewritten."""
    keyfile = read_vault_keyfile(folder)
    lock = _locked(folder)
    try:
        if recovery_text is not None:
            data_key = keyfile.unlock_with_recovery_key(parse_recovery_key(recovery_text))
        elif old_passphrase is not None:
            data_key = keyfile.unlock_with_passphrase(old_passphrase)
        else:
            raise ValueError("old passphrase or recovery key required")
        _check_new_passphrase(new_passphrase, ())
        keyfile.set_passphrase(new_passphrase, data_key, params or keyfile.kdf)
        del data_key
        if not os.access(folder, os.W_OK):
            raise VaultFolderNotWritable()
        write_keyfile(folder / KEY_NAME, keyfile)
    finally:
        lock.release()


def identity_of(vault: Vault):
    return load_identity(vault.conn)
