"""Creating, unlocking, re-keying and locking a vault folder (DESIGN §2).

This is the service the command line and the desktop app share; it ties the key file
(`app.crypto.keyfile`) to the encrypted database (`app.storage`).
"""

from __future__ import annotations

import contextlib
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
from app.errors import VaultCorrupt, VaultExists, VaultNotFound, WeakPassphrase
from app.i18n import N_
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


def create_vault(
    folder: Path,
    org_name: str,
    passphrase: str,
    *,
    params: kdf.KdfParams | None = None,
    org_kind: str = OrgKind.NGO,
) -> Created:
    """Make a new vault in `folder`; the folder may exist but must not hold a vault."""
    org_name = org_name.strip()
    if not org_name:
        raise VaultCorrupt(N_("Errors", "An organisation name is needed."))
    _check_new_passphrase(passphrase, (org_name,))
    files.ensure_private_dir(folder)
    if (folder / KEY_NAME).exists() or (folder / DB_NAME).exists():
        raise VaultExists()
    lock = files.ProcessLock(folder / LOCK_NAME)
    lock.acquire()
    try:
        keyfile = new_keyfile(params or kdf.calibrated())
        data_key = new_data_key()
        recovery = new_recovery_key()
        keyfile.set_slot("passphrase", keyfile.stretch(passphrase), data_key)
        keyfile.set_slot("recovery", recovery, data_key)
        conn = open_database(folder / DB_NAME, data_key, create=True)
        del data_key
        try:
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
            # The key file is written last: a vault without one is recognisably unfinished.
            write_keyfile(folder / KEY_NAME, keyfile)
        except BaseException:
            conn.close()
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME):
                with contextlib.suppress(FileNotFoundError):
                    (folder / name).unlink()
            raise
    except BaseException:
        lock.release()
        raise
    vault = Vault(folder, conn, store, org.id, keyfile.vault_id, lock)
    return Created(vault, format_recovery_key(recovery))


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
            raise VaultCorrupt(N_("Errors", "vault.key does not belong to this vault.db."))
    except BaseException:
        conn.close()
        raise
    return Vault(folder, conn, RecordStore(conn, row[0]), row[0], keyfile.vault_id, lock)


def read_vault_keyfile(folder: Path) -> KeyFile:
    if not (folder / KEY_NAME).is_file():
        if (folder / DB_NAME).is_file():
            raise VaultCorrupt(N_("Errors", "The vault key file (vault.key) is missing."))
        raise VaultNotFound()
    if not (folder / DB_NAME).is_file():
        raise VaultCorrupt(N_("Errors", "The vault database (vault.db) is missing."))
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
        write_keyfile(folder / KEY_NAME, keyfile)
    finally:
        lock.release()


def identity_of(vault: Vault):
    return load_identity(vault.conn)
