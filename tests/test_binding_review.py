"""Review of device binding (issue 12): the decoy takes its own passphrase here too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import device_binding, vault_duress
from app.crypto import device_secret, kdf
from app.crypto.keyfile import DB_B
from app.errors import WrongPassphrase
from app.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.fake_keyring import FakeKeyring

DURESS = "ordinary garden meetings 2026"


@pytest.fixture
def keyring() -> Iterator[FakeKeyring]:
    fake = FakeKeyring()
    device_secret.use_backend_for_tests(fake)
    yield fake
    device_secret.use_backend_for_tests(None)


def test_binding_the_decoy_with_the_passphrase_that_opened_it(
    vault_dir: Path, keyring: FakeKeyring
) -> None:
    """Settings → Bind on the decoy: "wrong passphrase" for the passphrase that just opened the
    vault would tell whoever forced it that this is not the real vault."""
    create_vault(vault_dir, "Real Coalition", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    with open_vault(vault_dir, PASSPHRASE) as vault:
        vault_duress.set_up_duress(vault, DURESS, passphrase=PASSPHRASE)
    with open_vault(vault_dir, DURESS) as decoy:
        device_binding.bind_open(decoy, DURESS)
        assert device_binding.is_bound(decoy)
        with pytest.raises(WrongPassphrase):
            device_binding.unbind_open(decoy, PASSPHRASE)
    with open_vault(vault_dir, DURESS) as decoy:
        assert decoy.db == DB_B
        assert device_binding.is_bound(decoy)
        device_binding.unbind_open(decoy, DURESS)
        assert not device_binding.is_bound(decoy)
    with open_vault(vault_dir, DURESS) as decoy:
        assert decoy.db == DB_B
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)
