"""A format-2 vault folder: two databases; duress and travel at the vault level (key-file.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.crypto import kdf
from app.crypto.keyfile import DB_B, POS_DURESS, Role, read_keyfile, write_keyfile
from app.errors import WrongPassphrase
from app.vault import (
    create_vault,
    forget_passphrase_slot,
    open_vault,
    open_vault_with_recovery,
)

REAL = "correct horse battery staple 42"
DURESS = "ordinary meetings only 2026"


def _vault_with_decoy(tmp_path: Path) -> tuple[Path, str]:
    """A real vault whose `vault-b.db` is a decoy (another vault's database made to carry the
    real vault's id, as the duress set-up does) and whose slot 2 opens it."""
    real = create_vault(tmp_path / "real", "Real Coalition", REAL, params=kdf.INSECURE_TEST)
    recovery = real.recovery_key
    real_id = real.vault.vault_id
    real.vault.close()
    decoy = create_vault(tmp_path / "decoy", "Garden Club", DURESS, params=kdf.INSECURE_TEST)
    decoy.vault.conn.execute("UPDATE vault_meta SET value = ? WHERE key = 'vault_id'", (real_id,))
    decoy.vault.close()
    decoy_key = read_keyfile(tmp_path / "decoy" / "vault.key").open_with_passphrase(DURESS)
    shutil.copyfile(tmp_path / "decoy" / "vault.db", tmp_path / "real" / "vault-b.db")
    kf = read_keyfile(tmp_path / "real" / "vault.key")
    kf.set_passphrase(DURESS, decoy_key.data_key, role=Role.DURESS, position=POS_DURESS, db=DB_B)
    write_keyfile(tmp_path / "real" / "vault.key", kf)
    return tmp_path / "real", recovery


def test_a_new_vault_has_chaff_the_size_of_a_small_database(tmp_path: Path) -> None:
    created = create_vault(tmp_path / "v", "Coalition", REAL, params=kdf.INSECURE_TEST)
    created.vault.close()
    chaff = (tmp_path / "v" / "vault-b.db").read_bytes()
    assert len(chaff) % 4096 == 0 and 64 * 4096 <= len(chaff) <= 512 * 4096
    assert not chaff.startswith(b"SQLite format 3")


def test_the_duress_passphrase_opens_the_decoy_and_the_real_one_then_fails_like_a_wrong_one(
    tmp_path: Path,
) -> None:
    folder, recovery = _vault_with_decoy(tmp_path)
    size = (folder / "vault.key").stat().st_size
    with open_vault(folder, REAL) as vault:
        assert vault.org_name == "Real Coalition"
    with open_vault(folder, DURESS) as vault:
        assert vault.org_name == "Garden Club" and vault.db == DB_B
    with pytest.raises(WrongPassphrase) as after:
        open_vault(folder, REAL)
    with pytest.raises(WrongPassphrase) as wrong:
        open_vault(folder, "not the passphrase at all")
    assert str(after.value) == str(wrong.value)
    assert (folder / "vault.key").stat().st_size == size
    assert not list(folder.glob(".vault.key.old-*"))  # the old file was erased, not left
    with open_vault(folder, DURESS) as vault:  # the decoy keeps opening
        assert vault.org_name == "Garden Club"
    # The board's recovery secret still brings the real records back:
    with open_vault_with_recovery(folder, recovery) as vault:
        assert vault.org_name == "Real Coalition" and vault.db == 0


def test_travel_mode_leaves_a_key_file_of_the_same_shape_that_only_recovery_opens(
    tmp_path: Path,
) -> None:
    created = create_vault(tmp_path / "v", "Coalition", REAL, params=kdf.INSECURE_TEST)
    recovery = created.recovery_key
    created.vault.close()
    folder = tmp_path / "v"
    before = json.loads((folder / "vault.key").read_text())
    forget_passphrase_slot(folder)
    after = json.loads((folder / "vault.key").read_text())
    assert sorted(before) == sorted(after) and len(after["slots"]) == len(before["slots"])
    assert after["slots"][0] != before["slots"][0]
    assert after["slots"][1:] == before["slots"][1:]
    with pytest.raises(WrongPassphrase):
        open_vault(folder, REAL)
    with open_vault_with_recovery(folder, recovery) as vault:
        assert vault.org_name == "Coalition"
