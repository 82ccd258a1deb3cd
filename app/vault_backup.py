"""Backups: one file holding a consistent snapshot of the still-encrypted vault (issue 12).

A backup is the vault's files byte for byte (`vault.key`, `vault.db`, and whichever of
`vault-b.db` and the `-wal` files exist), framed by a header and sealed by a SHA-256 of
everything before it (docs/backup-format.md). Nothing is decrypted on the way: a backup is
exactly as protected as the vault folder, by the same key file and the same KDF.

Consistency. An open vault (the desktop app): on the connection's own thread, the WAL is
checkpointed into `vault.db` with TRUNCATE and a read transaction is held while the bytes are
streamed, so no checkpoint can write into `vault.db` under the copy; the vault's process lock
keeps every other process out. A closed vault (the command line): the process lock is taken,
so nothing can write; a `-wal` left by a crash is carried as it is and applied by SQLite when
the restored vault is first opened.

Measured choice: SQLCipher's online backup API would need the data key in this process
(identical keying on both sides), which the open `Vault` deliberately does not keep, and it
copies page by page through the pager (decrypting and re-encrypting nothing, but no faster
than a raw stream). `sqlcipher_export` re-encrypts (a key in hand again). The raw stream needs
no key at all, so a backup can be made of a locked vault, by a script, without a passphrase.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.errors import (
    BackupDamaged,
    BackupDoesNotOpen,
    BackupNotABackup,
    BackupTargetIsVault,
    BackupTooNew,
    BackupTruncated,
    DiskFull,
    FileNotWritten,
    RoundtableError,
    StorageFailure,
    VaultExists,
    VaultPathIsFile,
)
from app.storage import files
from app.vault_paths import DB_B_NAME, DB_NAME, DB_NAMES, KEY_NAME, LOCK_NAME

MAGIC = b"roundtable-backup\n"
FORMAT = "roundtable-backup/1"
SUFFIX = ".rtbackup"
HASH_BYTES = 32
MAX_HEADER_BYTES = 64 * 1024
MAX_KEY_BYTES = 64 * 1024
CHUNK = 1024 * 1024
# Every file a vault folder can hold that a restore needs, in the order they are written: the
# key file first, so `--check` and the start screen learn the vault id before the databases.
MEMBER_NAMES = (KEY_NAME, DB_NAME, DB_NAME + "-wal", DB_B_NAME, DB_B_NAME + "-wal")
REQUIRED = (KEY_NAME, DB_NAME)

Progress = Callable[[float], None]
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CREATED = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


@dataclass(frozen=True)
class Member:
    name: str
    size: int


@dataclass(frozen=True)
class BackupInfo:
    vault_id: str
    created: str  # UTC, ISO 8601
    members: tuple[Member, ...]
    data_offset: int  # where the first member starts

    @property
    def total(self) -> int:
        return sum(m.size for m in self.members)


# --- writing ---------------------------------------------------------------------------------
def _header(vault_id: str, members: list[Member], created: str) -> bytes:
    doc = {
        "format": FORMAT,
        "created": created,
        "vault_id": vault_id,
        "members": [{"name": m.name, "size": m.size} for m in members],
    }
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return MAGIC + struct.pack(">I", len(body)) + body


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _vault_id_of(key_bytes: bytes) -> str:
    from app.crypto.keyfile import KeyFile

    return KeyFile.from_bytes(key_bytes).vault_id


def _present_members(folder: Path) -> list[Path]:
    """The vault's files; an empty `-wal` (the usual state after a checkpoint) is left out."""
    found = [folder / n for n in MEMBER_NAMES if (folder / n).is_file()]
    return [p for p in found if not (p.name.endswith("-wal") and p.stat().st_size == 0)]


def _check_destination(out: Path, vault_folder: Path) -> Path:
    """The file to write: `out`, or a dated name inside `out` when it is a folder."""
    if out.is_dir():
        out = out / default_name()
    with contextlib.suppress(OSError):
        if out.resolve().parent == vault_folder.resolve() or vault_folder.resolve() in (
            out.resolve().parents
        ):
            raise BackupTargetIsVault()
    # Nor into another vault's folder: `-o OTHER/vault.key` would replace that vault's key file.
    if (out.parent / KEY_NAME).exists():
        raise BackupTargetIsVault()
    if not out.parent.is_dir():
        raise FileNotWritten()
    return out


def default_name(vault_id: str = "", when: dt.datetime | None = None) -> str:
    stamp = (when or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")
    tag = f"-{vault_id[:8]}" if vault_id else ""
    return f"roundtable-backup{tag}-{stamp}{SUFFIX}"


@contextlib.contextmanager
def _private_temp_beside(out: Path) -> Iterator[tuple[IO[bytes], Path]]:
    """A 0600 temp file in `out`'s folder, renamed onto `out` by the caller; removed on error."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    # O_EXCL (no symlinks followed, no file someone else planted reused): the name is
    # predictable and the folder may be shared (a USB stick, /tmp). A leftover of ours, from
    # a process with the same pid, is removed first (unlink acts on a link, not its target).
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with contextlib.suppress(OSError):
        tmp.unlink()
    try:
        fd = os.open(tmp, flags, 0o600)
    except OSError as exc:
        raise _write_error(exc) from None
    handle = os.fdopen(fd, "wb", buffering=0)
    try:
        yield handle, tmp
    except BaseException:
        handle.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    handle.close()


def _write_error(exc: OSError) -> RoundtableError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull()
    return FileNotWritten()


def _write_all(handle: IO[bytes], data: bytes | memoryview, digest: Any) -> None:
    digest.update(data)
    try:
        view = memoryview(data)
        while view:
            written = handle.write(view)
            view = view[written:]
    except OSError as exc:
        raise _write_error(exc) from None


def _stream(sources: list[Path], out: Path, key_bytes: bytes, progress: Progress | None) -> Path:
    """Write the backup of `sources` (key file bytes given, already read) atomically to `out`."""
    members = [Member(KEY_NAME, len(key_bytes))]
    members += [Member(p.name, p.stat().st_size) for p in sources if p.name != KEY_NAME]
    total = max(1, sum(m.size for m in members))
    done = 0
    digest = hashlib.sha256()
    with _private_temp_beside(out) as (handle, tmp):
        _write_all(handle, _header(_vault_id_of(key_bytes), members, _utc_now()), digest)
        _write_all(handle, key_bytes, digest)
        buffer = bytearray(CHUNK)
        for member in members[1:]:
            remaining = member.size
            try:
                source = open(next(p for p in sources if p.name == member.name), "rb")  # noqa: SIM115
            except OSError:
                raise StorageFailure() from None
            with source:
                while remaining:
                    n = source.readinto(memoryview(buffer)[: min(CHUNK, remaining)])
                    if not n:
                        raise StorageFailure()  # the file shrank under the copy: not a snapshot
                    _write_all(handle, memoryview(buffer)[:n], digest)
                    remaining -= n
                    done += n
                    if progress is not None:
                        progress(min(done / total, 0.99))
        _write_all(handle, digest.digest(), hashlib.sha256())
        try:
            os.fsync(handle.fileno())
            handle.close()
            os.replace(tmp, out)
        except OSError as exc:
            raise _write_error(exc) from None
    with contextlib.suppress(OSError):
        files._fsync_dir(out.parent)
    if progress is not None:
        progress(1.0)
    return out


def backup_open_vault(vault: Any, out: Path, progress: Progress | None = None) -> Path:
    """Back up the open `vault` (on the thread that owns its connection); returns the file."""
    out = _check_destination(out, vault.folder)
    conn = vault.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    conn.execute("BEGIN")
    try:
        # The read transaction starts at the first read: from here on no checkpoint can write
        # into vault.db (and this connection, the only one, writes nothing while it copies).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        key_bytes = _read_key_bytes(vault.folder)
        return _stream(_present_members(vault.folder), out, key_bytes, progress)
    finally:
        with contextlib.suppress(Exception):
            conn.execute("COMMIT")


def backup_folder(folder: Path, out: Path, progress: Progress | None = None) -> Path:
    """Back up a vault that is not open: under its process lock, nothing writes to it. No
    passphrase is needed: nothing is decrypted."""
    from app.vault import _locked, check_vault_files

    check_vault_files(folder)
    out = _check_destination(out, folder)
    lock = _locked(folder)
    try:
        return _stream(_present_members(folder), out, _read_key_bytes(folder), progress)
    finally:
        lock.release()


def _read_key_bytes(folder: Path) -> bytes:
    from app.crypto.keyfile import read_keyfile

    read_keyfile(folder / KEY_NAME)  # a damaged key file is refused now, not at restore time
    try:
        return (folder / KEY_NAME).read_bytes()
    except OSError:
        raise StorageFailure() from None


# --- reading ---------------------------------------------------------------------------------
def read_info(path: Path) -> BackupInfo:
    """The header of the backup at `path`, checked against the file's length (not its hash)."""
    try:
        handle = open(path, "rb")  # noqa: SIM115
    except IsADirectoryError:
        raise BackupNotABackup() from None
    except OSError:
        raise BackupNotABackup() from None
    with handle:
        return _read_header(handle, os.fstat(handle.fileno()).st_size)


def _read_header(handle: IO[bytes], size: int) -> BackupInfo:
    magic = handle.read(len(MAGIC))
    if magic != MAGIC:
        if len(magic) < len(MAGIC) and MAGIC.startswith(magic) and magic:
            raise BackupTruncated()
        raise BackupNotABackup()
    raw_len = handle.read(4)
    if len(raw_len) < 4:
        raise BackupTruncated()
    (length,) = struct.unpack(">I", raw_len)
    if length > MAX_HEADER_BYTES:
        raise BackupDamaged()
    body = handle.read(length)
    if len(body) < length:
        raise BackupTruncated()
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BackupDamaged() from None
    if not isinstance(doc, dict):
        raise BackupDamaged()
    fmt = doc.get("format")
    if fmt != FORMAT:
        if isinstance(fmt, str) and fmt.startswith("roundtable-backup/"):
            raise BackupTooNew()
        raise BackupDamaged()
    members_doc, vault_id, created = doc.get("members"), doc.get("vault_id"), doc.get("created")
    # Both are shown to the user (`backup --check`, the start screen): only their own shapes,
    # never a second line or a terminal escape from a hostile file.
    if not isinstance(members_doc, list) or not isinstance(vault_id, str):
        raise BackupDamaged()
    if not _UUID.fullmatch(vault_id) or not (
        created is None or (isinstance(created, str) and _CREATED.fullmatch(created))
    ):
        raise BackupDamaged()
    members: list[Member] = []
    for m in members_doc:
        if not isinstance(m, dict) or set(m) != {"name", "size"}:
            raise BackupDamaged()
        name, member_size = m["name"], m["size"]
        if name not in MEMBER_NAMES or any(x.name == name for x in members):
            raise BackupDamaged()
        if type(member_size) is not int or member_size < 0:
            raise BackupDamaged()
        members.append(Member(name, member_size))
    if [m.name for m in members] != sorted(
        (m.name for m in members), key=MEMBER_NAMES.index
    ) or not all(any(m.name == r for m in members) for r in REQUIRED):
        raise BackupDamaged()
    if next(m for m in members if m.name == KEY_NAME).size > MAX_KEY_BYTES:
        raise BackupDamaged()
    offset = len(MAGIC) + 4 + length
    expected = offset + sum(m.size for m in members) + HASH_BYTES
    if size < expected:
        raise BackupTruncated()
    if size > expected:
        raise BackupDamaged()
    return BackupInfo(vault_id, str(created or ""), tuple(members), offset)


def _extract(path: Path, into: Path, progress: Progress | None) -> BackupInfo:
    """Verify `path` and write its members into the existing folder `into` (0600 files). The
    hash is compared at the end: the caller throws `into` away unless this returns."""
    try:
        handle = open(path, "rb")  # noqa: SIM115
    except OSError:
        raise BackupNotABackup() from None
    with handle:
        info = _read_header(handle, os.fstat(handle.fileno()).st_size)
        digest = hashlib.sha256()
        handle.seek(0)
        digest.update(handle.read(info.data_offset))
        total = max(1, info.total)
        done = 0
        buffer = bytearray(CHUNK)
        for member in info.members:
            target = into / member.name
            try:
                fd = os.open(
                    target,
                    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                    files.FILE_MODE,
                )
            except OSError as exc:
                raise _write_error(exc) from None
            with os.fdopen(fd, "wb", buffering=0) as out:
                remaining = member.size
                while remaining:
                    n = handle.readinto(memoryview(buffer)[: min(CHUNK, remaining)])
                    if not n:
                        raise BackupTruncated()
                    _write_all(out, memoryview(buffer)[:n], digest)
                    remaining -= n
                    done += n
                    if progress is not None:
                        progress(min(done / total, 0.99))
                try:
                    os.fsync(out.fileno())
                except OSError as exc:
                    raise _write_error(exc) from None
        trailer = handle.read(HASH_BYTES)
    if len(trailer) < HASH_BYTES:
        raise BackupTruncated()
    import hmac

    if not hmac.compare_digest(trailer, digest.digest()):
        raise BackupDamaged()
    # The header's vault id is what the user is shown; the key file's is what opens. A backup
    # whose key file is damaged or belongs to another vault is refused, not restored.
    from app.crypto.keyfile import _newer_version, read_keyfile

    try:
        if read_keyfile(into / KEY_NAME).vault_id != info.vault_id:
            raise BackupDamaged()
    except BackupDamaged:
        raise
    except RoundtableError as exc:
        if str(exc) == str(_newer_version()):
            raise BackupTooNew() from None
        raise BackupDamaged() from None
    return info


# --- restoring -------------------------------------------------------------------------------
def _staging_prefix(folder: Path) -> str:
    return f".{folder.name}.restoring-"


def restore_backup(path: Path, folder: Path, progress: Progress | None = None) -> BackupInfo:
    """Restore the backup at `path` as a new vault in `folder` (absent, empty, or holding no
    vault). The files are written into a hidden staging folder beside it and moved into place
    only once every byte matched the backup's hash: a truncated or altered backup writes
    nothing. The restored vault opens exactly as it did when the backup was made (same key
    file, same passphrase and recovery secret)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise VaultPathIsFile()
    if any((folder / n).exists() for n in MEMBER_NAMES):
        raise VaultExists()
    read_info(path)  # a file that is no backup at all fails before anything is made
    made_parents: list[Path] = []  # removed again if the restore fails: it writes nothing
    probe = folder.parent
    while not probe.exists():
        made_parents.append(probe)
        probe = probe.parent
    try:
        if made_parents:
            files.ensure_private_dir(folder.parent)
        for leftover in folder.parent.glob(_staging_prefix(folder) + "*"):
            _remove_abandoned(leftover)
        staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(folder), dir=folder.parent))
    except OSError as exc:
        raise files.os_error(exc) from None
    lock = files.ProcessLock(staging / LOCK_NAME)
    lock.acquire()
    try:
        info = _extract(path, staging, progress)
        _publish(staging, folder, info)
    except BaseException:
        lock.release()
        shutil.rmtree(staging, ignore_errors=True)
        for parent in made_parents:
            with contextlib.suppress(OSError):
                parent.rmdir()
        raise
    lock.release()
    shutil.rmtree(staging, ignore_errors=True)  # empty unless the folder existed
    if progress is not None:
        progress(1.0)
    return info


def _remove_abandoned(leftover: Path) -> None:
    lock = files.ProcessLock(leftover / LOCK_NAME)
    try:
        lock.acquire()
    except RoundtableError:
        return  # another restore is running
    try:
        shutil.rmtree(leftover, ignore_errors=True)
    finally:
        lock.release()


def _publish(staging: Path, folder: Path, info: BackupInfo) -> None:
    """An absent or empty `folder` is replaced by the staging folder in one rename; a folder
    with other files gets the vault's files moved in, the key file last (without it the
    folder is not a vault, so a crash leaves no half-restored vault)."""
    try:
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        if not folder.exists():
            os.rename(staging, folder)
            with contextlib.suppress(OSError):
                files._fsync_dir(folder.parent)
            return
        from app import vault_reencrypt

        lock = files.ProcessLock(folder / LOCK_NAME)
        lock.acquire()
        try:
            if any((folder / n).exists() for n in MEMBER_NAMES):
                raise VaultExists()
            files.ensure_private_dir(folder)
            vault_reencrypt.discard_pending(folder)
            for member in reversed(info.members):  # the key file is first: moved last
                os.replace(staging / member.name, folder / member.name)
            with contextlib.suppress(OSError):
                files._fsync_dir(folder)
        finally:
            lock.release()
    except OSError as exc:
        raise files.os_error(exc) from None


# --- checking --------------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckResult:
    vault_id: str
    created: str
    org_name: str
    schema_version: int
    size: int


def check_backup(
    path: Path,
    *,
    passphrase: str | None = None,
    recovery_secret: bytes | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Prove that the backup at `path` is whole and opens with `passphrase` (or the recovery
    secret: a recovery key's bytes or the secret k shares combine to), without restoring it.

    The members are extracted, still encrypted, into a private temporary folder (beside the
    backup when it can be written, else the system's), the database is opened with the data
    key the backup's own key file yields, `PRAGMA cipher_integrity_check` (every page's HMAC)
    and `PRAGMA quick_check` run on it, and the folder is deleted."""
    info = read_info(path)
    scratch = _scratch_dir(path)
    try:

        def half(fraction: float) -> None:
            if progress is not None:
                progress(fraction * 0.5)

        _extract(path, scratch, half)
        org_name, version = _open_and_check(
            scratch, passphrase=passphrase, recovery_secret=recovery_secret
        )
        if progress is not None:
            progress(1.0)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return CheckResult(info.vault_id, info.created, org_name, version, info.total)


def _scratch_dir(path: Path) -> Path:
    for parent in (path.resolve().parent, None):
        with contextlib.suppress(OSError):
            return Path(tempfile.mkdtemp(prefix=".roundtable-check-", dir=parent))
    raise FileNotWritten()


def _open_and_check(
    folder: Path, *, passphrase: str | None, recovery_secret: bytes | None
) -> tuple[str, int]:
    from app.crypto.keyfile import read_keyfile
    from app.storage import schema
    from app.storage.database import DatabaseError, open_database

    keyfile = read_keyfile(folder / KEY_NAME)
    opened = unlock_keyfile(keyfile, passphrase=passphrase, recovery_secret=recovery_secret)
    try:
        conn = open_database(folder / DB_NAMES[opened.db], opened.data_key)
    except RoundtableError:
        raise BackupDoesNotOpen() from None
    finally:
        opened.data_key.wipe()
    try:
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA quick_check").fetchall()
        if problems or quick != [("ok",)]:
            raise BackupDoesNotOpen()
        version = schema.schema_version(conn)
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        if version == 0 or row is None or row[0] != keyfile.vault_id:
            raise BackupDoesNotOpen()
        org = conn.execute(
            "SELECT o.name FROM organisations o JOIN vault_meta m "
            "ON m.key = 'org_id' AND m.value = o.id"
        ).fetchone()
    except DatabaseError:
        raise BackupDoesNotOpen() from None
    finally:
        conn.close()
    return (org[0] if org else ""), version


def unlock_keyfile(
    keyfile: Any, *, passphrase: str | None = None, recovery_secret: bytes | None = None
) -> Any:
    """The slot (`Opened`, whose data key the caller wipes) one secret opens in a backup's key
    file. Nothing fires here: a duress passphrase opens the backup's decoy, on a scratch copy.
    A vault bound to this computer is checked with this computer's device secret."""
    if recovery_secret is not None:
        return keyfile.open_with_recovery(recovery_secret)
    if passphrase is None:
        raise ValueError("a passphrase or a recovery secret is required")
    from app.vault import device_secret_for

    return keyfile.open_with_passphrase(
        passphrase, device_secret=device_secret_for(keyfile.vault_id)
    )


# --- automatic backups -----------------------------------------------------------------------
_AUTO_NAME = re.compile(r"^roundtable-backup-([0-9a-f]{8})-(\d{8}-\d{6})" + re.escape(SUFFIX) + "$")


def auto_backups(folder: Path, vault_id: str) -> list[Path]:
    """This vault's automatic backups in `folder`, oldest first."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        match = _AUTO_NAME.match(name)
        if match and match.group(1) == vault_id[:8]:
            found.append((match.group(2), folder / name))
    return [p for _, p in sorted(found)]


def newest_auto_backup(folder: Path, vault_id: str) -> dt.datetime | None:
    backups = auto_backups(folder, vault_id)
    if not backups:
        return None
    match = _AUTO_NAME.match(backups[-1].name)
    if match is None:  # cannot happen: listed because it matched
        return None
    return dt.datetime.strptime(match.group(2), "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)


def auto_backup(
    vault: Any, folder: Path, keep: int, progress: Progress | None = None
) -> Path | None:
    """Back up the open vault into `folder` under a dated name and delete this vault's oldest
    automatic backups beyond `keep`. None when the folder is not there (the USB stick is not
    plugged in): that is not an error."""
    if not folder.is_dir():
        return None
    name = default_name(vault.vault_id)
    made = backup_open_vault(vault, folder / name, progress)
    backups = auto_backups(folder, vault.vault_id)
    for old in backups[: max(0, len(backups) - max(1, keep))]:
        if old != made:
            with contextlib.suppress(OSError):
                old.unlink()
    return made
