"""Backups (issue 12): one file, still encrypted, consistent; checked; restored through staging;
a truncated or altered backup writes nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from app import vault_backup as vb
from app.crypto.recovery import parse_recovery_key
from app.domain.records import Meeting
from app.errors import (
    BackupDamaged,
    BackupDoesNotOpen,
    BackupNotABackup,
    BackupTargetIsVault,
    BackupTooNew,
    BackupTruncated,
    VaultExists,
    VaultInUse,
    WrongPassphrase,
)
from app.vault import Vault, open_vault, open_vault_with_recovery
from tests.conftest import PASSPHRASE

TITLE = "Backup probe meeting 7f3a"


def _meetings(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT title FROM meetings ORDER BY title")]


def _no_leftovers(parent: Path) -> None:
    assert not [p for p in parent.iterdir() if ".restoring-" in p.name or p.name.endswith(".tmp")]


@pytest.fixture
def made(vault: Vault, tmp_path: Path) -> Path:
    vault.store.add(Meeting(title=TITLE, start_date="2026-01-10"))
    return vb.backup_open_vault(vault, tmp_path / "one.rtbackup")


def test_backup_of_an_open_vault_restores_a_vault_that_opens_as_it_was(
    vault: Vault, made: Path, tmp_path: Path
) -> None:
    before = _meetings(vault)
    # Edits after the backup are not in it.
    vault.store.add(Meeting(title="After the backup", start_date="2026-02-01"))
    assert made.stat().st_mode & 0o777 == 0o600
    info = vb.restore_backup(made, tmp_path / "restored")
    assert info.vault_id == vault.vault_id
    with open_vault(tmp_path / "restored", PASSPHRASE) as restored:
        assert _meetings(restored) == before
        assert restored.vault_id == vault.vault_id
    _no_leftovers(tmp_path)


def test_nothing_is_decrypted_on_the_way(vault: Vault, made: Path) -> None:
    data = made.read_bytes()
    assert TITLE.encode() not in data
    assert b"Test Coalition" not in data
    assert b"SQLite format 3" not in data  # SQLCipher files are random from the first byte


def test_the_recovery_key_opens_the_restored_vault(tmp_path: Path) -> None:
    from app.crypto import kdf
    from app.vault import create_vault

    created = create_vault(tmp_path / "v", "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    made = vb.backup_open_vault(created.vault, tmp_path)  # a folder: a dated name inside it
    created.vault.close()
    assert made.parent == tmp_path and made.suffix == vb.SUFFIX
    check = vb.check_backup(made, recovery_secret=parse_recovery_key(created.recovery_key))
    assert check.org_name == "Org"
    vb.restore_backup(made, tmp_path / "r")
    open_vault_with_recovery(tmp_path / "r", created.recovery_key).close()


def test_a_closed_vault_is_backed_up_without_a_passphrase_wal_included(
    vault: Vault, tmp_path: Path
) -> None:
    """A vault left by a crash has committed pages only in its -wal: they travel too."""
    vault.store.add(Meeting(title=TITLE, start_date="2026-01-10"))
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("vault.key", "vault.db", "vault.db-wal"):
        shutil.copyfile(vault.folder / name, crashed / name)
    assert (crashed / "vault.db-wal").stat().st_size > 0
    made = vb.backup_folder(crashed, tmp_path / "crashed.rtbackup")
    assert "vault.db-wal" in [m.name for m in vb.read_info(made).members]
    vb.restore_backup(made, tmp_path / "r")
    with open_vault(tmp_path / "r", PASSPHRASE) as restored:
        assert TITLE in _meetings(restored)


def test_the_command_line_backup_waits_for_no_one_but_refuses_an_open_vault(
    vault: Vault, tmp_path: Path
) -> None:
    with pytest.raises(VaultInUse):
        vb.backup_folder(vault.folder, tmp_path / "x.rtbackup")
    assert not (tmp_path / "x.rtbackup").exists()


def test_every_truncation_fails_and_writes_nothing(made: Path, tmp_path: Path) -> None:
    data = made.read_bytes()
    info = vb.read_info(made)
    cuts = {0, 5, len(vb.MAGIC), info.data_offset - 1, info.data_offset + 10}
    cuts |= {len(data) // 2, len(data) - vb.HASH_BYTES, len(data) - 1}
    for cut in sorted(cuts):
        broken = tmp_path / f"cut-{cut}.rtbackup"
        broken.write_bytes(data[:cut])
        with pytest.raises((BackupTruncated, BackupNotABackup)):
            vb.restore_backup(broken, tmp_path / "target")
        assert not (tmp_path / "target").exists()
        with pytest.raises((BackupTruncated, BackupNotABackup)):
            vb.check_backup(broken, passphrase=PASSPHRASE)
    _no_leftovers(tmp_path)


@pytest.mark.parametrize("where", ["header", "key", "database", "trailer", "appended"])
def test_an_altered_byte_fails_and_writes_nothing(made: Path, tmp_path: Path, where: str) -> None:
    data = bytearray(made.read_bytes())
    info = vb.read_info(made)
    if where == "appended":
        data += b"\0"
    else:
        offset = {
            "header": len(vb.MAGIC) + 10,
            "key": info.data_offset + 30,
            "database": info.data_offset + info.members[0].size + 5000,
            "trailer": len(data) - 3,
        }[where]
        data[offset] ^= 0x01
    altered = tmp_path / "altered.rtbackup"
    altered.write_bytes(bytes(data))
    with pytest.raises((BackupDamaged, BackupNotABackup)):
        vb.restore_backup(altered, tmp_path / "target")
    assert not (tmp_path / "target").exists()
    _no_leftovers(tmp_path)


def test_a_damaged_page_with_a_recomputed_hash_is_caught_by_the_check(
    made: Path, tmp_path: Path
) -> None:
    """The SHA-256 catches accidents; SQLCipher's per-page HMAC catches the rest."""
    data = bytearray(made.read_bytes()[: -vb.HASH_BYTES])
    info = vb.read_info(made)
    db = next(m for m in info.members if m.name == "vault.db")
    db_start = info.data_offset + sum(m.size for m in info.members[: info.members.index(db)])
    # The last page: nothing the check reads for itself (schema, vault_meta) lives there, so
    # only the page-by-page HMAC check can find it.
    data[db_start + db.size - 2000] ^= 0xFF
    forged = tmp_path / "forged.rtbackup"
    forged.write_bytes(bytes(data) + hashlib.sha256(bytes(data)).digest())
    with pytest.raises(BackupDoesNotOpen):
        vb.check_backup(forged, passphrase=PASSPHRASE)
    assert vb.check_backup(made, passphrase=PASSPHRASE).schema_version > 0
    _no_leftovers(tmp_path)


def test_a_wrong_passphrase_is_said_plainly_and_leaves_nothing(made: Path, tmp_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        vb.check_backup(made, passphrase="not the passphrase at all")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".roundtable-check-")]


def test_not_a_backup_and_a_newer_format(tmp_path: Path, made: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(BackupNotABackup):
        vb.restore_backup(other, tmp_path / "t")
    with pytest.raises(BackupNotABackup):
        vb.read_info(tmp_path)
    data = made.read_bytes().replace(b"roundtable-backup/1", b"roundtable-backup/9", 1)
    (tmp_path / "new.rtbackup").write_bytes(data)
    with pytest.raises(BackupTooNew):
        vb.restore_backup(tmp_path / "new.rtbackup", tmp_path / "t")
    assert not (tmp_path / "t").exists()


def test_restore_refuses_a_folder_holding_a_vault_and_keeps_other_files(
    vault: Vault, made: Path, tmp_path: Path
) -> None:
    with pytest.raises(VaultExists):
        vb.restore_backup(made, vault.folder)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "vault.db").write_bytes(b"x")  # even a lone database counts
    with pytest.raises(VaultExists):
        vb.restore_backup(made, busy)
    assert (busy / "vault.db").read_bytes() == b"x"
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "notes.txt").write_text("keep me")
    vb.restore_backup(made, shared)
    assert (shared / "notes.txt").read_text() == "keep me"
    open_vault(shared, PASSPHRASE).close()


def test_a_backup_may_not_go_into_the_vault_folder(vault: Vault) -> None:
    with pytest.raises(BackupTargetIsVault):
        vb.backup_open_vault(vault, vault.folder / "inside.rtbackup")
    with pytest.raises(BackupTargetIsVault):
        vb.backup_open_vault(vault, vault.folder)


def test_automatic_backups_keep_the_last_n_of_this_vault_only(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    stick = tmp_path / "stick"
    assert vb.auto_backup(vault, stick, keep=2) is None  # not plugged in: not an error
    stick.mkdir()
    foreign = stick / "roundtable-backup-00000000-20200101-000000.rtbackup"
    foreign.write_bytes(b"another vault's")
    moments = iter(dt.datetime(2026, 1, d, 12, tzinfo=dt.UTC) for d in range(1, 10))

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            return next(moments)

    monkeypatch.setattr(vb.dt, "datetime", Clock)
    made = [vb.auto_backup(vault, stick, keep=2) for _ in range(4)]
    assert vb.auto_backups(stick, vault.vault_id) == made[2:]
    assert foreign.exists()
    newest = vb.newest_auto_backup(stick, vault.vault_id)
    assert newest is not None
    assert made[-1].name.endswith(newest.strftime("%Y%m%d-%H%M%S") + vb.SUFFIX)


def test_the_vault_keeps_working_after_a_backup(vault: Vault, made: Path) -> None:
    """The read transaction held during the copy is closed again."""
    vault.store.add(Meeting(title="Later", start_date="2026-03-01"))
    assert "Later" in _meetings(vault)
    assert not vault.conn.in_transaction
    assert os.path.getsize(made) > 0


def test_every_file_of_the_vault_comes_back_byte_for_byte(vault: Vault, tmp_path: Path) -> None:
    """vault-b.db (chaff or decoy, docs/key-file.md) travels too, whatever it holds."""
    vault.close()
    names = ["vault.key", "vault.db", "vault-b.db"]
    assert all((vault.folder / n).is_file() for n in names)
    made = vb.backup_folder(vault.folder, tmp_path / "all.rtbackup")
    assert [m.name for m in vb.read_info(made).members] == names
    vb.restore_backup(made, tmp_path / "r")
    for name in names:
        assert (tmp_path / "r" / name).read_bytes() == (vault.folder / name).read_bytes()


def test_a_format_1_vault_is_backed_up_checked_and_restored(tmp_path: Path) -> None:
    """The real old vault in tests/data/vault-v1: its backup opens with its passphrase and its
    printed recovery key, and the restored vault migrates on its first unlock."""
    fixture = Path(__file__).resolve().parent / "data" / "vault-v1"
    folder = tmp_path / "old"
    shutil.copytree(fixture, folder)
    made = vb.backup_folder(folder, tmp_path / "old.rtbackup")
    passphrase = "fixture passphrase v1 kampot"
    recovery = (fixture / "RECOVERY.txt").read_text().strip()
    assert vb.check_backup(made, passphrase=passphrase).schema_version > 0
    vb.check_backup(made, recovery_secret=parse_recovery_key(recovery))
    vb.restore_backup(made, tmp_path / "r")
    open_vault(tmp_path / "r", passphrase).close()
    assert (tmp_path / "r" / "vault-b.db").is_file()  # migrated to format 2 on that unlock
    open_vault_with_recovery(tmp_path / "r", recovery).close()
