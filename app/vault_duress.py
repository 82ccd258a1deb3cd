"""Setting up the duress passphrase and its decoy vault (issue 13).

Firing is `app.vault.fire_duress` (an unlock whose passphrase opens the duress slot); travel
mode's core is `app.vault.forget_passphrase_slot`. This module prepares what they act on:

- **The decoy** is a second, complete vault database in `vault-b.db` (where a vault without a
  duress passphrase keeps random chaff): its own random data key, its own organisation record
  and identity, the real vault's id (so the key file opens it), empty or filled with the app's
  demo meetings, for the user to prepare further from the real vault (`open_decoy`).
- **The duress slot** (slot 2, role duress, database 1) seals the decoy's data key under the
  duress passphrase, with the key file's salt: one key derivation still opens any slot.
- **The real database keeps the decoy's key** (`vault_meta` `decoy_key`), never the other way
  round, so the real vault can open the decoy to prepare it and a decoy opened under duress
  says nothing about the real one.

A process killed during the set-up leaves the old state or the new one (tests:
tests/border/test_kill_slots.py): the decoy is built under a temporary name and renamed over
the chaff while no slot points at `vault-b.db` (slot 2 is cleared first, in one atomic write);
sealing slot 2 (one atomic write) is the commit point; the decoy's key and a digest of slot 2
are recorded in the real database last, and `has_duress` checks that digest against the key
file, so the app never says "set" about a duress slot that is not there. Replacing an existing
decoy passes through "no duress passphrase" for a moment: a crash there leaves the vault
without one, which the settings then show.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
from collections.abc import Callable
from pathlib import Path

from app.crypto.identity import generate_identity, store_identity
from app.crypto.key_buffer import KeyBuffer
from app.crypto.keyfile import DB_B, DB_MAIN, POS_DURESS, KeyFile, Role, new_data_key
from app.domain.records import Organisation
from app.errors import (
    DuressNotPossible,
    DuressSameAsPassphrase,
    NoDecoy,
    VaultCorrupt,
    WrongPassphrase,
)
from app.storage import files, schema
from app.storage.database import open_database
from app.storage.records import RecordStore
from app.vault import (
    KEY_NAME,
    Vault,
    _check_new_passphrase,
    device_secret_for,
    read_vault_keyfile,
    replace_keyfile_erasing_old,
    write_chaff,
)
from app.vault_paths import DB_B_NAME

DECOY_META = "decoy_key"  # in the real database's vault_meta: the decoy's data key, hex
DECOY_SLOT_META = "decoy_slot"  # ... and the SHA-256 of slot 2 as sealed (see has_duress)
BUILDING = DB_B_NAME + ".new"  # the decoy while it is built

Fill = Callable[[Vault], object]


def _slot_digest(keyfile: KeyFile) -> str:
    return hashlib.sha256(keyfile.slots[POS_DURESS]).hexdigest()


def has_duress(vault: Vault) -> bool:
    """Whether the real vault (open) has a duress passphrase set up. Asked of a decoy, False.

    Exact, not merely what the database last recorded: the real database keeps a digest of
    slot 2 as it was sealed (public bytes), and the key file's slot 2 must still match it. A
    crash between a slot change and its record therefore reads "not set" — never "set" for a
    duress passphrase that no longer works."""
    if vault.db != DB_MAIN or not vault.meta(DECOY_META):
        return False
    recorded = vault.meta(DECOY_SLOT_META)
    current = _slot_digest(read_vault_keyfile(vault.folder))
    return bool(recorded) and hmac.compare_digest(recorded, current)


def _record(vault: Vault, keyfile: KeyFile, decoy_key: KeyBuffer | None) -> None:
    rows = [(DECOY_SLOT_META, _slot_digest(keyfile))]
    if decoy_key is not None:
        rows.append((DECOY_META, decoy_key.hex()))
    with vault.store.transaction():
        vault.conn.executemany("INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)", rows)


def _prove(keyfile: KeyFile, passphrase: str, duress_passphrase: str, org_name: str) -> None:
    """The real passphrase opens the real vault; the duress one is acceptable and does not
    open it already (the same passphrase, written differently, would never fire)."""
    secret = device_secret_for(keyfile.vault_id)
    opened = keyfile.open_with_passphrase(passphrase, device_secret=secret)
    opened.data_key.wipe()
    if opened.role is not Role.PASSPHRASE or opened.db != DB_MAIN:
        raise WrongPassphrase()
    _check_new_passphrase(duress_passphrase, (org_name,))
    try:
        clash = keyfile.open_with_passphrase(duress_passphrase, device_secret=secret)
    except WrongPassphrase:
        return
    clash.data_key.wipe()
    if clash.role is not Role.DURESS:
        raise DuressSameAsPassphrase()


def _real_only(vault: Vault) -> None:
    """The set-up works on the real vault only. In a decoy (opened under duress, or to prepare
    it) the settings say "not set", and trying says no more than that it failed."""
    if vault.db != DB_MAIN:
        raise DuressNotPossible()


def set_up_duress(
    vault: Vault,
    duress_passphrase: str,
    *,
    passphrase: str,
    fill: Fill | None = None,
    decoy_org_name: str | None = None,
) -> None:
    """Make a new decoy (empty, or filled by `fill`) and seal it under `duress_passphrase`.

    `passphrase` is the real one, proved against the key file on disk: a duress passphrase
    that opened the vault already (the same passphrase, written differently) would never
    fire, so it is refused."""
    _real_only(vault)
    folder = vault.folder
    keyfile = read_vault_keyfile(folder)
    _prove(keyfile, passphrase, duress_passphrase, vault.org_name)
    decoy_key = new_data_key()
    try:
        _build_decoy(folder / BUILDING, decoy_key, vault, decoy_org_name or vault.org_name, fill)
        keyfile.clear(POS_DURESS)  # nothing points at vault-b.db while it is replaced
        replace_keyfile_erasing_old(folder / KEY_NAME, keyfile)
        os.replace(folder / BUILDING, folder / DB_B_NAME)
        files._fsync_dir(folder)
        keyfile.set_passphrase(
            duress_passphrase, decoy_key, role=Role.DURESS, position=POS_DURESS, db=DB_B
        )
        replace_keyfile_erasing_old(folder / KEY_NAME, keyfile)  # the commit point
        _record(vault, keyfile, decoy_key)
    finally:
        decoy_key.wipe()
        with contextlib.suppress(FileNotFoundError):
            _discard(folder / BUILDING)


def change_duress_passphrase(vault: Vault, duress_passphrase: str, *, passphrase: str) -> None:
    """A new duress passphrase for the same decoy: one atomic key-file write."""
    _real_only(vault)
    key = _decoy_key(vault)
    try:
        keyfile = read_vault_keyfile(vault.folder)
        _prove(keyfile, passphrase, duress_passphrase, vault.org_name)
        keyfile.set_passphrase(
            duress_passphrase, key, role=Role.DURESS, position=POS_DURESS, db=DB_B
        )
        replace_keyfile_erasing_old(vault.folder / KEY_NAME, keyfile)
        _record(vault, keyfile, None)
    finally:
        key.wipe()


def remove_duress(vault: Vault) -> None:
    """Slot 2 cleared (the commit point), then the decoy overwritten by fresh chaff."""
    _real_only(vault)
    folder = vault.folder
    keyfile = read_vault_keyfile(folder)
    keyfile.clear(POS_DURESS)
    replace_keyfile_erasing_old(folder / KEY_NAME, keyfile)
    with vault.store.transaction():
        vault.conn.executemany(
            "DELETE FROM vault_meta WHERE key = ?", [(DECOY_META,), (DECOY_SLOT_META,)]
        )
    write_chaff(folder / DB_B_NAME)


def _decoy_key(vault: Vault) -> KeyBuffer:
    value = vault.meta(DECOY_META)
    if not value:
        raise NoDecoy()
    try:
        return KeyBuffer.copy_of(bytes.fromhex(value))
    except ValueError:
        raise VaultCorrupt() from None


def read_decoy_key(vault: Vault) -> KeyBuffer:
    """The decoy's data key, from the open real vault (the caller wipes it)."""
    _real_only(vault)
    return _decoy_key(vault)


def open_decoy(folder: Path, key: KeyBuffer) -> Vault:
    """Open the decoy to prepare it (from the real vault, whose key it was read from). The key
    is wiped once SQLCipher holds it."""
    from app.vault import _lock_and_read, _open_with_key

    try:
        lock, keyfile = _lock_and_read(folder)
    except BaseException:
        key.wipe()
        raise
    try:
        return _open_with_key(folder, keyfile, key, lock, DB_B)
    except BaseException:
        lock.release()
        raise


def _build_decoy(path: Path, key: KeyBuffer, real: Vault, org_name: str, fill: Fill | None) -> None:
    _discard(path)
    conn = open_database(path, key, create=True)
    try:
        schema.migrate(conn)
        org = Organisation(name=org_name)
        store = RecordStore(conn, org.id)
        with store.transaction():
            store.add(org)
            store_identity(conn, generate_identity(org.id))
            conn.executemany(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                [("org_id", org.id), ("vault_id", real.vault_id)],
            )
        if fill is not None:
            fill(Vault(real.folder, conn, store, org.id, real.vault_id, real._lock, DB_B))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            (path.parent / (path.name + suffix)).unlink()
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            (path.parent / (path.name + suffix)).unlink()
