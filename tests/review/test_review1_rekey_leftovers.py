"""Review (issue 17 item 2): a `vault.key.rekey` left in a folder (a re-key cut short between
its two renames, then the vault moved or deleted by hand) was "completed" onto the next vault
created there: its first unlock replaced the new vault's only key file with the stale one,
and the new vault, recovery slot included, could never be opened again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import vault_reencrypt as reencrypt
from app.crypto import kdf
from app.domain.records import Meeting
from app.vault import create_vault, open_vault, open_vault_with_recovery, rekey_vault
from tests.conftest import PASSPHRASE


def test_rekey_leftovers_of_a_vault_gone_are_not_applied_to_a_new_one(
    tmp_path: Path, monkeypatch
) -> None:
    old = tmp_path / "old"
    create_vault(old, "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    vault = open_vault(old, PASSPHRASE)
    # The process dies after vault.db was swapped and before vault.key was: the state
    # finish_interrupted completes.
    real_replace = reencrypt.os.replace
    calls = [0]

    def replace(src, dst):
        calls[0] += 1
        if calls[0] == 3:
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(reencrypt.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        rekey_vault(vault, passphrase=PASSPHRASE)
    monkeypatch.undo()
    vault._lock.release()
    assert (old / "vault.key.rekey").exists() and not (old / "vault.db.rekey").exists()
    # The user gives up on that folder: moves the vault away, starts a new one there.
    for name in ("vault.db", "vault.key"):
        shutil.move(old / name, tmp_path / name)
    created = create_vault(old, "New Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    with created.vault as new:
        new.store.add(Meeting(title="in the new vault"))
    with open_vault(old, PASSPHRASE) as new:
        assert [m.title for m in new.store.select(Meeting)] == ["in the new vault"]
    open_vault_with_recovery(old, created.recovery_key).close()
