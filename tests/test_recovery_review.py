"""Review of recovery shares (issue 12): shares made on a decoy behave like real ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import recovery_shares as rs
from app import vault_duress
from app.crypto import kdf
from app.crypto.keyfile import DB_B
from app.errors import WrongPassphrase
from app.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE

DURESS = "ordinary garden meetings 2026"


def test_shares_made_on_the_decoy_open_the_decoy(vault_dir: Path) -> None:
    """Whoever forced the duress passphrase and had shares made would try them: shares that
    open nothing ("not for this vault") would tell them the vault they see is a decoy."""
    create_vault(vault_dir, "Real Coalition", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    with open_vault(vault_dir, PASSPHRASE) as vault:
        vault_duress.set_up_duress(vault, DURESS, passphrase=PASSPHRASE)
    with open_vault(vault_dir, DURESS) as decoy:
        assert decoy.db == DB_B
        shares = rs.split_recovery(decoy, threshold=2, count=3, passphrase=DURESS)
    with rs.open_with_shares(vault_dir, shares[1:]) as reopened:
        assert reopened.db == DB_B


def test_the_duress_passphrase_is_not_called_wrong_when_shares_are_made_on_the_decoy(
    vault_dir: Path,
) -> None:
    """The app and the CLI prove the passphrase before writing the sheets: refusing the very
    passphrase that just opened the vault would tell whoever forced it that this is a decoy."""
    create_vault(vault_dir, "Real Coalition", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    with open_vault(vault_dir, PASSPHRASE) as vault:
        vault_duress.set_up_duress(vault, DURESS, passphrase=PASSPHRASE)
    with open_vault(vault_dir, DURESS) as decoy:
        rs.prove_passphrase(decoy, DURESS)
        with pytest.raises(WrongPassphrase):
            rs.prove_passphrase(decoy, PASSPHRASE)
