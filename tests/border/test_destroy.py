"""Destroy now (issue 13): the key file first and atomically, then every file of the vault
overwritten and removed; a destroy cut short is finished by the next touch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.crypto import kdf
from app.errors import VaultInUse, VaultNotFound
from app.vault import create_vault, open_vault
from app.vault_destroy import DESTROYING, destroy_open_vault, destroy_vault
from app.vault_paths import vault_exists
from tests.conftest import PASSPHRASE


def _make(folder: Path) -> None:
    create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()


def test_destroy_overwrites_the_files_rather_than_only_unlinking_them(
    vault_dir: Path, tmp_path: Path
) -> None:
    _make(vault_dir)
    # Second names for the same inodes, outside the folder: what they read afterwards is what
    # the destroyed files' blocks now hold (on a file system that overwrites in place).
    os.link(vault_dir / "vault.key", tmp_path / "key-inode")
    os.link(vault_dir / "vault.db", tmp_path / "db-inode")
    key_before = (tmp_path / "key-inode").read_bytes()
    db_before = (tmp_path / "db-inode").read_bytes()
    done = destroy_vault(vault_dir)
    assert not vault_dir.exists()  # nothing else was in it
    assert done.files >= 2
    key_after = (tmp_path / "key-inode").read_bytes()
    db_after = (tmp_path / "db-inode").read_bytes()
    assert len(key_after) == len(key_before) and key_after != key_before
    assert b"roundtable-vault-key" not in key_after and b"vault_id" not in key_after
    assert len(db_after) == len(db_before) and db_after[:4096] != db_before[:4096]


def test_every_file_of_the_vault_goes_and_the_users_other_files_stay(vault_dir: Path) -> None:
    _make(vault_dir)
    leftovers = [
        "vault.db-wal",
        "vault.db-shm",
        "vault-b.db",
        "vault.db.rekey",
        "vault.key.rekey",
        ".vault.key.123.tmp",
        "vault.guard",
        "vault.note",
        ".vault.key.old-77",
    ]
    for name in leftovers:
        (vault_dir / name).write_bytes(b"secret" * 100)
    (vault_dir / "my-notes.txt").write_text("not the vault's")
    destroy_vault(vault_dir)
    assert sorted(p.name for p in vault_dir.iterdir()) == ["my-notes.txt"]
    with pytest.raises(VaultNotFound):
        open_vault(vault_dir, PASSPHRASE)


def test_a_vault_open_in_another_window_is_not_destroyed_under_it(vault_dir: Path) -> None:
    created = create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    with created.vault, pytest.raises(VaultInUse):
        destroy_vault(vault_dir)
    assert vault_exists(vault_dir)


def test_destroying_the_open_vault(vault_dir: Path) -> None:
    created = create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    destroy_open_vault(created.vault)
    assert created.vault.conn is None and not vault_dir.exists()
    assert not created.vault._lock.held


def test_nothing_to_destroy(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        destroy_vault(tmp_path / "absent")
    with pytest.raises(VaultNotFound):
        destroy_vault(tmp_path)


def test_a_destroy_cut_short_after_the_key_file_went_is_finished_by_the_next_open(
    vault_dir: Path,
) -> None:
    _make(vault_dir)
    # The state a process killed right after the commit point leaves behind.
    os.replace(vault_dir / "vault.key", vault_dir / DESTROYING)
    assert not vault_exists(vault_dir)  # the app's start screen sees no vault
    with pytest.raises(VaultNotFound):  # not "damaged": destroyed
        open_vault(vault_dir, PASSPHRASE)
    assert not vault_dir.exists()


def test_a_destroy_cut_short_is_finished_by_destroy_again(vault_dir: Path) -> None:
    _make(vault_dir)
    os.replace(vault_dir / "vault.key", vault_dir / DESTROYING)
    destroy_vault(vault_dir)
    assert not vault_dir.exists()
