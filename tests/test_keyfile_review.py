"""Review of key-file format 2 (docs/key-file.md): attacks on the vault-level use of the slots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import vault as vault_module
from app.crypto import kdf
from app.errors import DiskFull
from app.vault import create_vault, forget_passphrase_slot, open_vault, open_vault_with_recovery

REAL = "correct horse battery staple 42"


def _vault(tmp_path: Path) -> tuple[Path, str]:
    created = create_vault(tmp_path / "v", "Coalition", REAL, params=kdf.INSECURE_TEST)
    created.vault.close()
    return tmp_path / "v", created.recovery_key


def test_a_replace_killed_before_the_new_key_file_was_written_loses_nothing(
    tmp_path: Path,
) -> None:
    """A kill between hard-linking the old key file and replacing it leaves the hidden link on
    the live inode: the next unlock must not overwrite vault.key through it."""
    folder, _ = _vault(tmp_path)
    os.link(folder / "vault.key", folder / ".vault.key.old-999999")
    with open_vault(folder, REAL) as vault:
        assert vault.org_name == "Coalition"
    assert not list(folder.glob(".vault.key.old-*"))


def test_travel_mode_failing_on_a_full_disk_leaves_a_vault_that_still_opens(
    tmp_path: Path, monkeypatch
) -> None:
    folder, recovery = _vault(tmp_path)

    def full(path, keyfile):
        raise DiskFull()

    monkeypatch.setattr(vault_module, "write_keyfile", full)
    with pytest.raises(DiskFull):
        forget_passphrase_slot(folder)
    monkeypatch.undo()
    assert not list(folder.glob(".vault.key.old-*"))  # no second name for the live key file
    with open_vault(folder, REAL) as vault:  # the old state, whole
        assert vault.org_name == "Coalition"
    with open_vault_with_recovery(folder, recovery) as vault:
        assert vault.org_name == "Coalition"
