"""A pending re-key key file is bound to the database it was made for (its SQLCipher salt).

A `vault.key.rekey` left by a re-key killed between its two renames used to be "completed" over
whatever `vault.key` was present: a backup restored into that folder lost its key file to the
leftover (the new key does not open the restored database) and could not be opened."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import vault_reencrypt as reencrypt
from app.crypto import kdf
from app.crypto.keyfile import KeyFile, read_keyfile
from app.domain.records import Meeting
from app.errors import DiskFull, WrongPassphrase
from app.storage import files
from app.vault import create_vault, open_vault, open_vault_with_recovery, rekey_vault
from tests.conftest import PASSPHRASE

NEW = "a completely new passphrase 91"


class Killed(BaseException):
    """The process dies here."""


def _killed_between_swaps(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Re-key `folder`'s vault to NEW and kill it after vault.db was swapped, before vault.key."""
    vault = open_vault(folder, PASSPHRASE)
    real = reencrypt.os.replace
    calls = [0]

    def replace(src, dst):  # 1 = the pending key file's own write, 2 = vault.db swapped
        result = real(src, dst)
        calls[0] += 1
        if calls[0] == 2:
            raise Killed()
        return result

    monkeypatch.setattr(reencrypt.os, "replace", replace)
    with pytest.raises(Killed):
        rekey_vault(vault, passphrase=PASSPHRASE, new_passphrase=NEW)
    monkeypatch.undo()
    vault._lock.release()  # the process is gone, and its lock with it
    assert (folder / reencrypt.PENDING_KEY).exists()
    assert not (folder / reencrypt.PENDING_DB).exists()


def _vault(folder: Path, title: str, name: str = "Org") -> str:
    created = create_vault(folder, name, PASSPHRASE, params=kdf.INSECURE_TEST)
    with created.vault as vault:
        vault.store.add(Meeting(title=title))
    return created.recovery_key


def _titles(folder: Path, passphrase: str) -> list[str]:
    with open_vault(folder, passphrase) as vault:
        return [m.title for m in vault.store.select(Meeting)]


def test_killed_after_the_database_swap_the_key_file_is_completed(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _vault(vault_dir, "kept")
    _killed_between_swaps(vault_dir, monkeypatch)
    assert _titles(vault_dir, NEW) == ["kept"]
    assert not (vault_dir / reencrypt.PENDING_KEY).exists()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)


def test_a_restored_backup_keeps_its_key_file_and_the_leftover_is_discarded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    recovery = _vault(folder, "in the backup")
    backup = tmp_path / "backup"
    backup.mkdir()
    for name in ("vault.db", "vault.key"):
        shutil.copy2(folder / name, backup / name)
    _killed_between_swaps(folder, monkeypatch)
    # The user restores yesterday's backup into the folder; the crash leftover is still there.
    for name in ("vault.db", "vault.key"):
        shutil.copy2(backup / name, folder / name)
    restored_key = (folder / "vault.key").read_bytes()
    assert _titles(folder, PASSPHRASE) == ["in the backup"]
    # Every unlock seals slot 0 again (docs/key-file.md); the rest is the backup's, untouched.
    restored, now = KeyFile.from_bytes(restored_key), read_keyfile(folder / "vault.key")
    assert (now.salt, now.slots[1:]) == (restored.salt, restored.slots[1:])
    assert not (folder / reencrypt.PENDING_KEY).exists()
    open_vault_with_recovery(folder, recovery).close()


def test_another_vault_copied_into_the_folder_is_not_given_the_leftover_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, other = tmp_path / "vault", tmp_path / "other"
    _vault(folder, "first")
    _vault(other, "second", "Other Org")
    _killed_between_swaps(folder, monkeypatch)
    for name in ("vault.db", "vault.key"):
        shutil.copy2(other / name, folder / name)
    assert _titles(folder, PASSPHRASE) == ["second"]
    assert not (folder / reencrypt.PENDING_KEY).exists()


def test_the_pending_file_is_not_a_key_file_and_names_the_new_database(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _vault(vault_dir, "x")
    _killed_between_swaps(vault_dir, monkeypatch)
    raw = (vault_dir / reencrypt.PENDING_KEY).read_bytes()
    salt = (vault_dir / "vault.db").read_bytes()[:16]
    assert raw.startswith(reencrypt.PENDING_MAGIC + salt.hex().encode() + b"\n")
    assert not raw.startswith(b"{")


def test_a_leftover_in_the_earlier_unbound_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written before the binding, a bare key file: completed for the same vault (a crash of
    that build), discarded beside another vault."""
    folder, other = tmp_path / "vault", tmp_path / "other"
    _vault(folder, "first")
    _vault(other, "second", "Other Org")
    _killed_between_swaps(folder, monkeypatch)
    pending = folder / reencrypt.PENDING_KEY
    bare = pending.read_bytes().split(b"\n", 2)[2]
    pending.write_bytes(bare)
    assert _titles(folder, NEW) == ["first"]

    _killed_between_swaps(other, monkeypatch)
    (other / reencrypt.PENDING_KEY).write_bytes(bare)  # another vault's bare leftover
    kept = (other / "vault.key").read_bytes()
    reencrypt.finish_interrupted(other)
    assert (other / "vault.key").read_bytes() == kept
    assert not (other / reencrypt.PENDING_KEY).exists()


def test_a_full_disk_writing_the_key_file_is_completed_at_the_next_unlock(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _vault(vault_dir, "kept")
    real = files.write_private_atomic
    calls = [0]

    def write(path, data):
        calls[0] += 1
        if path.name == "vault.key":  # step 5: the pending file was written, the db swapped
            raise DiskFull()
        return real(path, data)

    monkeypatch.setattr(files, "write_private_atomic", write)
    with open_vault(vault_dir, PASSPHRASE) as vault:
        rekey_vault(vault, passphrase=PASSPHRASE, new_passphrase=NEW)
        assert [m.title for m in vault.store.select(Meeting)] == ["kept"]  # still open
    monkeypatch.undo()
    assert (vault_dir / reencrypt.PENDING_KEY).exists()
    assert _titles(vault_dir, NEW) == ["kept"]
    assert not (vault_dir / reencrypt.PENDING_KEY).exists()
