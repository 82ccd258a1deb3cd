"""Creating, unlocking, re-keying and locking a vault folder (DESIGN §2).

This is the service the command line and the desktop app share; it ties the key file
(`app.crypto.keyfile`) to the encrypted database (`app.storage`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import unlock_guard
from app import vault_reencrypt as reencrypt
from app.crypto import kdf
from app.crypto.identity import generate_identity, load_identity, store_identity
from app.crypto.key_buffer import KeyBuffer
from app.crypto.keyfile import (
    DB_B,
    DB_MAIN,
    POS_DECOY_RECOVERY,
    POS_PASSPHRASE,
    KeyFile,
    Opened,
    Role,
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
    DiskFull,
    RoundtableError,
    StorageFailure,
    VaultCorrupt,
    VaultExists,
    VaultFolderNotWritable,
    VaultFolderUnreadable,
    VaultNotFound,
    VaultPathIsFile,
    WeakPassphrase,
    WrongPassphrase,
)
from app.i18n import N_
from app.storage import files, schema
from app.storage.database import open_database
from app.storage.records import RecordStore
from app.vault_paths import (  # noqa: F401 - part of this module's API
    DB_B_NAME,
    DB_NAME,
    DB_NAMES,
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
    db: int = DB_MAIN  # which of the folder's two databases is open (docs/key-file.md)

    @property
    def org_name(self) -> str:
        row = self.conn.execute("SELECT name FROM organisations WHERE id = ?", (self.org_id,))
        found = row.fetchone()
        return found[0] if found else ""

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def close(self) -> None:
        """Lock: close the connection and release the folder. SQLCipher wipes its copy of the
        key and its page buffers; values already read into Python objects are only dropped
        (docs/keys.md says what is and is not wiped)."""
        conn, self.conn = self.conn, None
        try:
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
                _same_times(self.folder)
        finally:
            self._lock.release()  # a failed close must not leave the folder locked for good

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _same_times(folder: Path) -> None:
    """Both databases get the same modification time, the later of the two, so that which one
    is in use (the real vault or a decoy) is not written in their timestamps."""
    with contextlib.suppress(OSError):
        when = max(os.stat(folder / name).st_mtime_ns for name in DB_NAMES)
        for name in DB_NAMES:
            os.utime(folder / name, ns=(when, when))


CHAFF_PAGES = (64, 512)  # a whole number of SQLCipher's 4096-byte pages, like a small database


def write_chaff(path: Path) -> None:
    """Random bytes the size of a small database: a SQLCipher file is random from its first
    byte, so this cannot be told from a decoy (docs/key-file.md)."""
    pages = CHAFF_PAGES[0] + secrets.randbelow(CHAFF_PAGES[1] - CHAFF_PAGES[0] + 1)
    files.write_private_atomic(path, os.urandom(pages * 4096))


def ensure_chaff(folder: Path) -> None:
    if not (folder / DB_B_NAME).exists():
        write_chaff(folder / DB_B_NAME)


# Device binding (issue 12, app/device_binding.py): the secret this machine's OS keyring holds
# for a vault id, or None; and forgetting it (travel mode, duress). The keyring is consulted
# only for a vault bound on this computer (app/crypto/device_secret.py says how that is known).
def device_secret_for(vault_id: str) -> bytes | None:
    from app.crypto import device_secret

    return device_secret.load(vault_id)


def forget_device_secret(vault_id: str) -> None:
    from app.crypto import device_secret

    device_secret.forget(vault_id)


@dataclass(frozen=True)
class Created:
    vault: Vault
    recovery_key: str = field(repr=False)  # show once, then forget; never in a repr


def _check_new_passphrase(passphrase: str, context: tuple[str, ...]) -> None:
    verdict = assess(passphrase, context)
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.reason, verdict.hint)


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
        # Leftovers of a re-key of a vault no longer here must never be "completed" onto the
        # new one (its only key file replaced) by the first unlock.
        reencrypt.discard_pending(folder)
        os.replace(staging / DB_NAME, folder / DB_NAME)
        os.replace(staging / DB_B_NAME, folder / DB_B_NAME)
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
        raise VaultCorrupt(N_("Errors", "An organisation name is needed."))
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
        keyfile.set_passphrase(passphrase, data_key)
        keyfile.set_recovery(recovery, data_key)
        write_chaff(staging / DB_B_NAME)
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
        with contextlib.suppress(NameError):
            data_key.wipe()
        lock.release()
        if (staging / STAGING_MARK).exists():
            shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        vault = _open_with_key(folder, keyfile, data_key, lock)  # wipes data_key
    except BaseException:
        lock.release()
        raise
    return Created(vault, format_recovery_key(recovery))


@contextlib.contextmanager
def _os_errors() -> Iterator[None]:
    """An OSError on the vault folder becomes one of our plain errors."""
    try:
        yield
    except OSError as exc:
        raise files.os_error(exc) from None


def _open_with_key(
    folder: Path, keyfile: KeyFile, data_key: KeyBuffer, lock: files.ProcessLock, db: int = DB_MAIN
) -> Vault:
    """Open database `db`; the data key is wiped once SQLCipher holds it (SQLCipher wipes its
    own copy when the connection closes)."""
    try:
        conn = open_database(folder / DB_NAMES[db], data_key)
    finally:
        data_key.wipe()
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
    return Vault(folder, conn, RecordStore(conn, row[0]), row[0], keyfile.vault_id, lock, db)


def check_vault_files(folder: Path) -> None:
    """Both files are there (cheap, before taking the lock, which creates `vault.lock`)."""
    try:
        os.stat(folder / KEY_NAME)
    except PermissionError:
        raise VaultFolderUnreadable() from None  # a folder we may not enter is not damaged
    except OSError:
        pass
    if not (folder / KEY_NAME).is_file():
        from app import vault_destroy

        if vault_destroy.finish_interrupted(folder):  # a destroy cut short: not damage
            raise VaultNotFound()
        if (folder / DB_NAME).is_file():
            raise VaultCorrupt(N_("Errors", "The vault key file (vault.key) is missing."))
        raise VaultNotFound()
    if not (folder / DB_NAME).is_file():
        raise VaultCorrupt(N_("Errors", "The vault database (vault.db) is missing."))
    if not os.access(folder / KEY_NAME, os.R_OK):
        raise VaultFolderUnreadable()  # not "damaged": the files are fine, access is not


def read_vault_keyfile(folder: Path) -> KeyFile:
    check_vault_files(folder)
    return read_keyfile(folder / KEY_NAME)


def _lock_and_read(folder: Path) -> tuple[files.ProcessLock, KeyFile]:
    """Take the vault's lock, then read the key file: read before the lock, another process
    could replace the key file in between and one of the two changes would be lost."""
    check_vault_files(folder)
    lock = _locked(folder)
    try:
        return lock, read_vault_keyfile(folder)
    except BaseException:
        lock.release()
        raise


def _locked(folder: Path) -> files.ProcessLock:
    lock = files.ProcessLock(folder / LOCK_NAME)
    lock.acquire()
    try:
        reencrypt.finish_interrupted(folder)  # a re-key a crash cut short: before any read
    except OSError:
        lock.release()
        raise StorageFailure() from None
    except BaseException:  # a full disk completing the key file: tried again next time
        lock.release()
        raise
    # A process killed mid-write may leave a temp key file; it may wrap the data key under a
    # passphrase the user just replaced, so it must not linger.
    # A temp copy of vault-b.db (chaff or a decoy being put in place) would say it was being
    # replaced, which chaff never is.
    for name in (KEY_NAME, DB_B_NAME):
        for stale in folder.glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
    # An old key file a crash left between replacing and erasing it holds forgotten slots. A
    # crash before the replace leaves a second name of the live key file: only unlinked.
    for stale in folder.glob(f".{KEY_NAME}.old-*"):
        with contextlib.suppress(OSError):
            if stale.is_symlink() or (
                (folder / KEY_NAME).exists() and os.path.samefile(stale, folder / KEY_NAME)
            ):
                stale.unlink()
            else:
                _erase(stale)
    return lock


def open_vault(folder: Path, passphrase: str) -> Vault:
    """Unlock with the passphrase. Raises WrongPassphrase before the database is touched."""
    lock, keyfile = _lock_and_read(folder)
    try:
        opened = _try_passphrase(folder, keyfile, passphrase, lock)
        if opened.role is Role.PASSPHRASE:
            # Slot 0 was sealed again under a fresh nonce: written back and the old file erased
            # exactly as a duress unlock does, so that the key file's times, inode and slot 0
            # change at every unlock and never say which kind it was (docs/key-file.md).
            keyfile.upgraded = True
        _save_upgraded_slot(folder, keyfile)
        return _open_with_key(folder, keyfile, opened.data_key, lock, opened.db)
    except BaseException:
        lock.release()
        raise


def _try_passphrase(
    folder: Path, keyfile: KeyFile, passphrase: str, lock: files.ProcessLock
) -> Opened:
    """The slot the passphrase opens (a duress slot fires), the attempt counted when the vault
    wipes after too many wrong ones (`app.unlock_guard`; the wipe happens there, under
    `lock`). After a duress unlock the real passphrase takes this same path as a wrong one."""
    guard = unlock_guard.count_attempt(folder, lock)
    try:
        opened = _open_slot_with_passphrase(folder, keyfile, passphrase)
    except WrongPassphrase:
        unlock_guard.wrong_passphrase(folder, guard, lock)
        raise
    unlock_guard.good_passphrase(folder, guard)
    return opened


def _open_slot_with_passphrase(folder: Path, keyfile: KeyFile, passphrase: str) -> Opened:
    """The slot the passphrase opens; a duress slot fires first (docs/key-file.md)."""
    opened = keyfile.open_with_passphrase(
        passphrase, device_secret=device_secret_for(keyfile.vault_id)
    )
    if opened.role is Role.DURESS:
        fire_duress(folder, keyfile)
    return opened


def fire_duress(folder: Path, keyfile: KeyFile) -> None:
    """What travel mode does (the passphrase slot and the device secret gone), done at once
    and never interrupted by a failure to write: the decoy opens whatever happens."""
    keyfile.clear(POS_PASSPHRASE)
    with contextlib.suppress(Exception):
        forget_device_secret(keyfile.vault_id)
    with contextlib.suppress(RoundtableError, OSError):
        replace_keyfile_erasing_old(folder / KEY_NAME, keyfile)


def forget_passphrase_slot(folder: Path) -> None:
    """Travel mode's core: slot 0 and the device secret gone; the recovery and duress slots
    stay. A format-1 key file must be unlocked once (which migrates it) first."""
    lock, keyfile = _lock_and_read(folder)
    try:
        if keyfile.legacy is not None:
            raise VaultCorrupt(
                N_("Errors", "Unlock the vault once with this version before travel mode.")
            )
        keyfile.clear(POS_PASSPHRASE)
        forget_device_secret(keyfile.vault_id)
        replace_keyfile_erasing_old(folder / KEY_NAME, keyfile)
    finally:
        lock.release()


def _erase(path: Path) -> None:
    """Overwrite a file's bytes with random ones, sync, unlink. On SSDs and copy-on-write file
    systems the old blocks may survive anyway (docs/threat-model.md). A file with another name
    too (the live key file, or a hard-linked copy someone made) is only unlinked: that name is
    not ours to erase."""
    info = path.lstat()
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
        path.unlink()
        return
    size = info.st_size
    with open(path, "r+b", buffering=0) as f:
        f.write(os.urandom(size))
        os.fsync(f.fileno())
    path.unlink()


def replace_keyfile_erasing_old(path: Path, keyfile: KeyFile) -> None:
    """Replace the key file atomically and overwrite the old one's bytes: the old inode is kept
    by a hidden hard link across the atomic replace, then erased (docs/key-file.md). Where hard
    links are not possible (FAT, exFAT) the old blocks are only freed."""
    hidden: Path | None = path.with_name(f".{path.name}.old-{os.getpid()}")
    try:
        with contextlib.suppress(FileNotFoundError):
            hidden.unlink()
        os.link(path, hidden)
    except OSError:
        hidden = None
    try:
        write_keyfile(path, keyfile)
    except BaseException:
        if hidden is not None:  # still a name of the live key file: never erase it
            with contextlib.suppress(OSError):
                hidden.unlink()
        raise
    if hidden is not None:
        with contextlib.suppress(OSError):
            _erase(hidden)


def open_vault_with_recovery(folder: Path, recovery_text: str) -> Vault:
    recovery = parse_recovery_key(recovery_text)
    lock, keyfile = _lock_and_read(folder)
    try:
        opened = keyfile.open_with_recovery(recovery)
        unlock_guard.good_passphrase(folder, unlock_guard.read_guard(folder))
        return _open_with_key(folder, keyfile, opened.data_key, lock, opened.db)
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
    lock, keyfile = _lock_and_read(folder)
    try:
        if recovery_text is not None:
            recovery = parse_recovery_key(recovery_text)
            opened = keyfile.open_with_recovery(recovery)
            keyfile.migrate_after_recovery(recovery, opened.data_key)
        elif old_passphrase is not None:
            opened = _try_passphrase(folder, keyfile, old_passphrase, lock)
        else:
            raise ValueError("old passphrase or recovery key required")
        with opened.data_key as data_key:
            _check_new_passphrase(new_passphrase, ())
            if params is not None and params != keyfile.kdf:
                keyfile.reset_kdf(params)  # the duress slot goes with the old salt
            keyfile.set_passphrase(
                new_passphrase,
                data_key,
                db=opened.db,
                device_secret=device_secret_for(keyfile.vault_id),
            )
        ensure_chaff(folder)
        if not os.access(folder, os.W_OK):
            raise VaultFolderNotWritable()
        # The old slot is overwritten in place: whoever learnt the old passphrase must not
        # find it in the old file's blocks (docs/key-file.md).
        replace_keyfile_erasing_old(folder / KEY_NAME, keyfile)
        if recovery_text is not None:  # restored after travel mode: its note has done its job
            from app.vault_note import remove_note

            with contextlib.suppress(OSError):
                remove_note(folder)
    finally:
        lock.release()


def _save_upgraded_slot(folder: Path, keyfile: KeyFile) -> None:
    """An unlock changed the key file in memory (a format-1 file migrated, slot 0 sealed
    again): keep it, erasing the old file as duress does. A read-only or full disk only
    postpones this."""
    if keyfile.upgraded:
        # OSError: syncing the folder after the rename can fail (EIO) and is not translated.
        with contextlib.suppress(DiskFull, StorageFailure, OSError, RoundtableError):
            ensure_chaff(folder)  # before the key file: a format-2 vault always has both
            replace_keyfile_erasing_old(folder / KEY_NAME, keyfile)
            keyfile.upgraded = False


Progress = Callable[[float], None]


def rekey_vault(
    vault: Vault,
    *,
    passphrase: str | None = None,
    recovery_text: str | None = None,
    new_passphrase: str | None = None,
    params: kdf.KdfParams | None = None,
    recovery_secret: bytes | None = None,
    progress: Progress | None = None,
) -> str:
    """Replace the data key of an open vault and return the new recovery key (show it once).

    Proof: the current passphrase or recovery key, read against the key file on disk. The
    database is re-encrypted under a new random data key (`app.vault_reencrypt`: safe
    against a crash or a full disk at any point), and a new key file replaces the old one: a
    fresh salt, a passphrase slot for `new_passphrase` (or the current passphrase again) and a
    recovery slot for `recovery_secret` (or a new random recovery key). Device slots are not
    carried over. Afterwards old copies of vault.key, old recovery keys and old backups of the
    key file no longer open this database; they still open old copies of the database.

    `vault` stays open: its connection (and its store's) is replaced by one on the new file.
    `progress(fraction)` is called while the database is copied, from a helper thread that
    watches the size of the copy (a GUI relays it through a queued signal).
    """
    folder = vault.folder
    keyfile = read_vault_keyfile(folder)  # under the lock the open vault holds
    if recovery_text is not None:
        recovery_proof = parse_recovery_key(recovery_text)
        opened = keyfile.open_with_recovery(recovery_proof)
        keyfile.migrate_after_recovery(recovery_proof, opened.data_key)
    elif passphrase is not None:
        # A proof asked inside an unlocked vault never fires a duress slot: the records are
        # already on the screen, and firing would leave the real vault open with its
        # passphrase gone. There the duress passphrase is simply a wrong one
        # (docs/threat-model.md §6).
        opened = keyfile.open_with_passphrase(
            passphrase, device_secret=device_secret_for(keyfile.vault_id)
        )
    else:
        raise ValueError("the current passphrase or the recovery key is required")
    old_key = opened.data_key
    # A duress slot fired here means the real vault's slot is gone: refused, as a wrong
    # passphrase would be. On the decoy it is the passphrase that opened it, and refusing it
    # would tell whoever forced the unlock that this is not the real vault.
    if opened.db != vault.db or (opened.role is Role.DURESS and vault.db != DB_B):
        old_key.wipe()
        raise WrongPassphrase()
    if vault.db == DB_B:
        return _rewrap_decoy(
            vault, keyfile, old_key, passphrase, new_passphrase, params, recovery_secret
        )
    new_key = new_data_key()
    try:
        if new_passphrase is not None:
            _check_new_passphrase(new_passphrase, (vault.org_name,))
        chosen = new_passphrase if new_passphrase is not None else passphrase
        if chosen is None:
            raise ValueError("a new passphrase is required after proving the recovery key")
        if progress is not None:
            progress(0.0)
        # The salt and the other slots (duress, spares) are kept: the duress slot wraps the
        # decoy's key, which a re-key of the real database does not change.
        replacement = KeyFile(
            keyfile.vault_id, keyfile.kdf, keyfile.salt, list(keyfile.slots), keyfile.norm
        )
        if params is not None and params != keyfile.kdf:
            replacement.reset_kdf(params)
        replacement.set_passphrase(
            chosen, new_key, device_secret=device_secret_for(keyfile.vault_id)
        )
        recovery = recovery_secret if recovery_secret is not None else new_recovery_key()
        replacement.set_recovery(recovery, new_key)
        reencrypt.export(vault.conn, folder, new_key, progress)
        reencrypt.write_pending_keyfile(folder, replacement.to_bytes())
        _swap_in(vault, old_key, new_key)
    finally:
        old_key.wipe()
        new_key.wipe()
    if progress is not None:
        progress(1.0)
    return format_recovery_key(recovery)


def _rewrap_decoy(
    vault: Vault,
    keyfile: KeyFile,
    key: KeyBuffer,
    passphrase: str | None,
    new_passphrase: str | None,
    params: kdf.KdfParams | None,
    recovery_secret: bytes | None = None,
) -> str:
    """ "Change keys" on a decoy: new slots for its passphrase and a recovery key of its own
    (slot 3), its database is not re-encrypted (docs/key-file.md: a known limit). Shares made
    on the decoy (`recovery_secret`) open it, as real ones would: useless ones would give it
    away."""
    with key:
        chosen = new_passphrase if new_passphrase is not None else passphrase
        if chosen is None:
            raise ValueError("a new passphrase is required after proving the recovery key")
        if new_passphrase is not None:
            _check_new_passphrase(new_passphrase, (vault.org_name,))
        if params is not None and params != keyfile.kdf:
            keyfile.reset_kdf(params)
        keyfile.set_passphrase(chosen, key, db=DB_B)
        recovery = recovery_secret if recovery_secret is not None else new_recovery_key()
        keyfile.set_recovery(recovery, key, db=DB_B, position=POS_DECOY_RECOVERY)
        replace_keyfile_erasing_old(vault.folder / KEY_NAME, keyfile)
    return format_recovery_key(recovery)


def _swap_in(vault: Vault, old_key: KeyBuffer, new_key: KeyBuffer) -> None:
    """Close the old connection, commit the swap, reopen on the new file. Should anything fail
    before the commit point, the `.rekey` files go and the old database is reopened."""
    folder = vault.folder
    try:
        reencrypt.close_for_swap(vault.conn, folder)
    except BaseException:
        reencrypt.finish_interrupted(folder)
        _reconnect(vault, open_database(folder / DB_NAME, old_key))
        raise
    try:
        reencrypt.commit(folder)
    except (OSError, RoundtableError):
        # Completed or undone by the files present; reopen with the key of the outcome. If the
        # database was swapped but the key file could not be written yet (a full disk), the
        # pending key file, bound to this database, is completed at the next unlock.
        swapped = not (folder / reencrypt.PENDING_DB).exists()
        with contextlib.suppress(OSError, RoundtableError):
            reencrypt.finish_interrupted(folder)
        _reconnect(vault, open_database(folder / DB_NAME, new_key if swapped else old_key))
        if not swapped:
            raise StorageFailure() from None
        return
    _reconnect(vault, open_database(folder / DB_NAME, new_key))


def _reconnect(vault: Vault, conn: Any) -> None:
    vault.conn = conn
    vault.store.conn = conn


def identity_of(vault: Vault):
    return load_identity(vault.conn)
