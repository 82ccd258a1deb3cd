"""Review of backups (issue 12): hostile headers, a shared output folder, failed restores."""

from __future__ import annotations

import hashlib
import json
import os
import struct
from pathlib import Path

import pytest

from app import vault_backup as vb
from app.domain.records import Meeting
from app.errors import BackupDamaged, BackupTargetIsVault, BackupTooNew
from app.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def made(vault: Vault, tmp_path: Path) -> Path:
    vault.store.add(Meeting(title="Review probe", start_date="2026-01-10"))
    return vb.backup_open_vault(vault, tmp_path / "one.rtbackup")


def _reheader(made: Path, out: Path, **changes: object) -> Path:
    """`made` with header fields changed, its length and SHA-256 recomputed (what anyone who
    can write the file can do)."""
    data = made.read_bytes()
    info = vb.read_info(made)
    start = len(vb.MAGIC) + 4
    doc = json.loads(data[start : info.data_offset])
    doc.update(changes)
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    framed = vb.MAGIC + struct.pack(">I", len(body)) + body
    framed += data[info.data_offset : -vb.HASH_BYTES]
    out.write_bytes(framed + hashlib.sha256(framed).digest())
    return out


def test_a_planted_temp_file_or_symlink_is_not_written_through(
    vault: Vault, tmp_path: Path
) -> None:
    """The temporary name is predictable (pid): in a shared folder (a USB stick, /tmp) someone
    could plant a symlink there, and the backup would overwrite the file it points to."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "shared" / "b.rtbackup"
    out.parent.mkdir()
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.symlink_to(victim)
    vb.backup_open_vault(vault, out)
    assert victim.read_text() == "precious"
    assert vb.read_info(out).vault_id == vault.vault_id
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "changes",
    [
        {"created": "2026-12-01T17:21:42Z\n\x1b[2JBackup OK"},
        {"created": {"a": 1}},
        {"vault_id": "\x1b]0;owned\x07"},
    ],
)
def test_header_fields_shown_to_the_user_are_checked(
    made: Path, tmp_path: Path, changes: dict
) -> None:
    """The header's `created` and `vault_id` are printed by `backup --check` and shown on the
    start screen: a hostile file must not put a second line or terminal escapes there."""
    bad = _reheader(made, tmp_path / "bad.rtbackup", **changes)
    with pytest.raises(BackupDamaged):
        vb.read_info(bad)


def test_a_header_naming_another_vault_than_its_key_file_is_refused(
    made: Path, tmp_path: Path
) -> None:
    other = "00000000-0000-4000-8000-000000000000"
    bad = _reheader(made, tmp_path / "bad.rtbackup", vault_id=other)
    with pytest.raises(BackupDamaged):
        vb.check_backup(bad, passphrase=PASSPHRASE)
    with pytest.raises(BackupDamaged):
        vb.restore_backup(bad, tmp_path / "target")
    assert not (tmp_path / "target").exists()


def test_a_failed_restore_creates_no_folders(made: Path, tmp_path: Path) -> None:
    data = bytearray(made.read_bytes())
    data[-3] ^= 1  # the length is right, the hash is not: found only at the end
    altered = tmp_path / "altered.rtbackup"
    altered.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged):
        vb.restore_backup(altered, tmp_path / "new" / "deeper" / "vault")
    assert not (tmp_path / "new").exists()


def test_a_key_file_from_a_newer_version_says_so(made: Path, tmp_path: Path) -> None:
    """Checking the key file at restore must not call a newer version's backup damaged."""
    data = made.read_bytes()
    info = vb.read_info(made)
    key = data[info.data_offset : info.data_offset + info.members[0].size]
    newer = key.replace(b"roundtable-vault-key/2", b"roundtable-vault-key/9")
    start = len(vb.MAGIC) + 4
    doc = json.loads(data[start : info.data_offset])
    doc["members"][0]["size"] = len(newer)
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    framed = vb.MAGIC + struct.pack(">I", len(body)) + body + newer
    framed += data[info.data_offset + info.members[0].size : -vb.HASH_BYTES]
    bad = tmp_path / "newer.rtbackup"
    bad.write_bytes(framed + hashlib.sha256(framed).digest())
    with pytest.raises(BackupTooNew):
        vb.restore_backup(bad, tmp_path / "target")
    assert not (tmp_path / "target").exists()


def test_a_backup_never_replaces_a_file_of_another_vault(vault: Vault, tmp_path: Path) -> None:
    other = tmp_path / "other-vault"
    other.mkdir()
    (other / "vault.key").write_bytes(b"another vault's key file")
    with pytest.raises(BackupTargetIsVault):
        vb.backup_open_vault(vault, other / "vault.key")
    assert (other / "vault.key").read_bytes() == b"another vault's key file"
