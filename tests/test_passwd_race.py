"""Two overlapping passphrase changes: the second waits for the lock, it never reads a key file
that the first is about to replace (issue 17 item 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import vault as vault_module
from app.crypto import kdf
from app.errors import VaultInUse, WrongPassphrase
from app.vault import change_passphrase, create_vault, open_vault
from tests.conftest import PASSPHRASE

NEW_A = "the first new passphrase 7"
NEW_B = "another new passphrase 8"


def test_a_change_started_on_an_old_key_file_cannot_overwrite_a_newer_one(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    original = vault_module.read_vault_keyfile
    outcome: list[str] = []

    def interleaved(folder: Path):
        keyfile = original(folder)
        if not outcome:  # once A has read the key file, B runs from start to finish
            try:
                change_passphrase(folder, NEW_B, old_passphrase=PASSPHRASE)
                outcome.append("B changed")
            except VaultInUse:
                outcome.append("B waited")
        return keyfile

    monkeypatch.setattr(vault_module, "read_vault_keyfile", interleaved)
    try:
        change_passphrase(vault_dir, NEW_A, old_passphrase=PASSPHRASE)
        outcome.append("A changed")
    except WrongPassphrase:
        outcome.append("A refused")
    monkeypatch.setattr(vault_module, "read_vault_keyfile", original)
    # Both reporting success means A re-wrapped a key file B had already replaced, proving a
    # passphrase that was no longer the current one, and silently undid B's change.
    assert outcome == ["B waited", "A changed"]
    open_vault(vault_dir, NEW_A).close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, NEW_B)
