"""The vault on disk: encryption, permissions, locking and every way opening it can fail."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.crypto import kdf
from app.domain.records import Meeting
from app.errors import (
    StorageFailure,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from app.storage import database, files
from app.vault import (
    change_passphrase,
    create_vault,
    open_vault,
    open_vault_with_recovery,
)
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.name != "vault.lock"
    }


def test_vault_db_is_encrypted_and_unreadable_by_stdlib_sqlite(vault, vault_dir) -> None:
    vault.store.add(Meeting(title="Canary meeting in Kampot"))
    vault.close()
    raw = (vault_dir / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Canary meeting" not in raw
    plain = sqlite3.connect(vault_dir / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_files_and_folder_are_private_from_creation(vault, vault_dir) -> None:
    vault.store.add(Meeting(title="x"))  # WAL and SHM exist while open
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    names = {p.name for p in vault_dir.iterdir()}
    assert {"vault.db", "vault.key", "vault.db-wal"} <= names
    for path in vault_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_private_files_stay_private_under_a_permissive_umask(tmp_path) -> None:
    old = os.umask(0)
    try:
        created = create_vault(tmp_path / "v", "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
        created.vault.store.add(Meeting(title="x"))
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "v").iterdir()}
        created.vault.close()
    finally:
        os.umask(old)
    assert set(modes.values()) == {0o600}, modes


def test_wrong_passphrase_touches_nothing(vault, vault_dir) -> None:
    vault.close()
    before = _digest(vault_dir)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, "not the passphrase at all")
    assert _digest(vault_dir) == before
    open_vault(vault_dir, PASSPHRASE).close()  # and the lock was released


def test_create_refuses_weak_passphrases_and_existing_vaults(vault, vault_dir, tmp_path) -> None:
    with pytest.raises(WeakPassphrase, match="too weak"):
        create_vault(tmp_path / "w", "Org", "password123", params=kdf.INSECURE_TEST)
    assert not (tmp_path / "w" / "vault.db").exists()
    vault.close()
    with pytest.raises(VaultExists):
        create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)


def test_missing_vault(tmp_path) -> None:
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path / "nothing", PASSPHRASE)


def test_missing_key_file_or_database_is_named(vault, vault_dir) -> None:
    vault.close()
    (vault_dir / "vault.key").rename(vault_dir / "elsewhere")
    with pytest.raises(VaultCorrupt, match=r"vault\.key"):
        open_vault(vault_dir, PASSPHRASE)
    (vault_dir / "elsewhere").rename(vault_dir / "vault.key")
    (vault_dir / "vault.db").unlink()
    with pytest.raises(VaultCorrupt, match=r"vault\.db"):
        open_vault(vault_dir, PASSPHRASE)


@pytest.mark.parametrize("damage", ["plain_sqlite", "truncated", "flipped", "empty", "garbage"])
def test_damaged_database_gives_a_clear_error(vault, vault_dir, damage) -> None:
    for i in range(50):
        vault.store.add(Meeting(title=f"meeting {i}", summary="x" * 2000))
    vault.close()
    db = vault_dir / "vault.db"
    raw = db.read_bytes()
    if damage == "plain_sqlite":
        db.unlink()
        plain = sqlite3.connect(db)
        plain.execute("CREATE TABLE t (x)")
        plain.commit()
        plain.close()
    elif damage == "truncated":
        db.write_bytes(raw[:1000])
    elif damage == "flipped":
        db.write_bytes(raw[:100] + bytes([raw[100] ^ 1]) + raw[101:])
    elif damage == "empty":
        db.write_bytes(b"")
    else:
        db.write_bytes(os.urandom(len(raw)))
    damaged = db.read_bytes()
    # SQLite treats an empty file as a new database: the open path must still refuse it.
    with pytest.raises(VaultCorrupt):
        open_vault(vault_dir, PASSPHRASE)
    assert db.read_bytes() == damaged  # refusing wrote nothing
    files.ProcessLock(vault_dir / "vault.lock").acquire()  # and released the folder


def test_damage_deep_inside_the_file_is_reported_when_read(vault, vault_dir) -> None:
    for i in range(300):
        vault.store.add(Meeting(title=f"meeting {i}", summary="y" * 3000))
    vault.close()
    db = vault_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    middle = len(raw) // 2
    raw[middle : middle + 64] = os.urandom(64)
    db.write_bytes(bytes(raw))
    # The damage is found when the page is read; the error translates to the user's words.
    with open_vault(vault_dir, PASSPHRASE) as v, pytest.raises(database.DatabaseError) as err:
        v.store.select(Meeting)
        v.conn.execute("PRAGMA quick_check").fetchall()
    assert isinstance(database.translate_error(err.value), VaultCorrupt)


def test_a_second_process_gets_vault_in_use(vault, vault_dir) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from app.errors import VaultInUse
        from app.vault import open_vault
        try:
            open_vault(Path({str(vault_dir)!r}), {PASSPHRASE!r})
        except VaultInUse as exc:
            print(exc)
            sys.exit(3)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 3, proc.stderr
    assert "in use" in proc.stdout
    with pytest.raises(VaultInUse):  # also within one process
        open_vault(vault_dir, PASSPHRASE)


def test_the_open_path_refuses_a_sqlite_without_sqlcipher(vault, vault_dir, monkeypatch) -> None:
    vault.close()
    real_connect = database.sqlcipher3.connect

    class NoCipher:
        def __init__(self, conn) -> None:
            self._conn = conn

        def execute(self, sql, *args):
            if "cipher_version" in sql:
                return self._conn.execute("SELECT NULL")
            return self._conn.execute(sql, *args)

        def close(self) -> None:
            self._conn.close()

    monkeypatch.setattr(
        database.sqlcipher3, "connect", lambda *a, **k: NoCipher(real_connect(*a, **k))
    )
    with pytest.raises(StorageFailure, match="SQLCipher"):
        open_vault(vault_dir, PASSPHRASE)


def test_change_passphrase_with_old_passphrase_and_with_recovery_key(tmp_path) -> None:
    folder = tmp_path / "v"
    created = create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    created.vault.store.add(Meeting(title="kept"))
    created.vault.close()
    db_before = (folder / "vault.db").read_bytes()
    change_passphrase(folder, "second passphrase for vault", old_passphrase=PASSPHRASE)
    assert (folder / "vault.db").read_bytes() == db_before  # no database rewrite
    with pytest.raises(WrongPassphrase):
        open_vault(folder, PASSPHRASE)
    change_passphrase(folder, "third passphrase for vault", recovery_text=created.recovery_key)
    with open_vault(folder, "third passphrase for vault") as v:
        assert [m.title for m in v.store.select(Meeting)] == ["kept"]
    with open_vault_with_recovery(folder, created.recovery_key) as v:
        assert v.org_name == "Org"
    with pytest.raises(WrongPassphrase):
        change_passphrase(folder, "fourth passphrase here", old_passphrase="wrong one here")
    with pytest.raises(WeakPassphrase):
        change_passphrase(folder, "short", old_passphrase="third passphrase for vault")
    with open_vault(folder, "third passphrase for vault"):
        pass


def test_full_disk_while_writing_the_key_file_keeps_the_old_one(vault, vault_dir, monkeypatch):
    import errno

    from app.errors import DiskFull

    vault.close()
    before = (vault_dir / "vault.key").read_bytes()

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "write", full)
    with pytest.raises(DiskFull):
        change_passphrase(vault_dir, "second passphrase for vault", old_passphrase=PASSPHRASE)
    monkeypatch.undo()
    assert (vault_dir / "vault.key").read_bytes() == before
    assert [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")] == []
    open_vault(vault_dir, PASSPHRASE).close()
