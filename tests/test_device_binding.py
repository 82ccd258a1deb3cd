"""Binding a vault to this device (issue 12): the passphrase slot also needs a secret from the OS
keyring; only allow-listed real backends; the recovery secret opens the vault anywhere."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from app import device_binding, recovery_shares
from app.crypto import device_secret
from app.errors import DeviceKeyringUnavailable, WrongPassphrase
from app.vault import Vault, change_passphrase, open_vault, open_vault_with_recovery
from tests.conftest import PASSPHRASE
from tests.fake_keyring import FakeKeyring

NEW = "a completely new passphrase 77"


@pytest.fixture
def keyring() -> FakeKeyring:
    fake = FakeKeyring()
    device_secret.use_backend_for_tests(fake)
    yield fake
    device_secret.use_backend_for_tests(None)


@pytest.fixture
def created(tmp_path: Path):
    from app.crypto import kdf
    from app.vault import create_vault

    made = create_vault(tmp_path / "vault", "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    yield made
    if made.vault.conn is not None:
        made.vault.close()


def _elsewhere(keyring: FakeKeyring, vault_id: str) -> None:
    """Another computer: nothing in its keyring for this vault."""
    keyring.items.clear()
    device_secret._marker(vault_id).unlink(missing_ok=True)


def test_only_real_os_keyrings_are_on_the_allow_list() -> None:
    names = " ".join(f"{m}.{c}" for m, c in device_secret.ALLOWED).lower()
    for refused in ("fail", "null", "chainer", "keyrings.alt", "plaintext", "file"):
        assert refused not in names
    assert device_secret.ALLOWED[0] == ("keyring.backends.Windows", "WinVaultKeyring")


def test_environment_and_config_cannot_choose_the_backend(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """keyring's own lookup would honour these; ours never asks it. On this machine (no D-Bus
    secret service) that means: no keyring, a clear error, never the null backend."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    (tmp_path / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring=keyring.backends.fail.Keyring\n"
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    try:
        chosen = device_secret.backend()
    except DeviceKeyringUnavailable:
        return
    assert type(chosen).__module__ in {m for m, _ in device_secret.ALLOWED}


def test_the_fake_keyring_refuses_to_run_outside_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "pytest")
    with pytest.raises(RuntimeError):
        FakeKeyring()
    with pytest.raises(RuntimeError):
        device_secret.use_backend_for_tests(object())
    assert device_secret._test_backend is None


def test_a_bound_vault_needs_this_device_and_the_recovery_key_opens_it_anywhere(
    keyring: FakeKeyring, created, tmp_path: Path
) -> None:
    vault: Vault = created.vault
    device_binding.bind_open(vault, PASSPHRASE)
    assert device_binding.is_bound(vault)
    vault.close()
    open_vault(vault.folder, PASSPHRASE).close()  # this device: fine
    # A copy of the folder taken elsewhere: the passphrase alone fails like a wrong one.
    copy = tmp_path / "copy"
    shutil.copytree(vault.folder, copy, ignore=shutil.ignore_patterns("vault.lock"))
    saved = dict(keyring.items)
    _elsewhere(keyring, vault.vault_id)
    with pytest.raises(WrongPassphrase):
        open_vault(copy, PASSPHRASE).close()
    open_vault_with_recovery(copy, created.recovery_key).close()
    change_passphrase(copy, NEW, recovery_text=created.recovery_key)
    open_vault(copy, NEW).close()  # recovered elsewhere: an unbound slot there
    keyring.items.update(saved)
    device_secret._mark(vault.vault_id, True)
    open_vault(vault.folder, PASSPHRASE).close()


def test_unbind_and_failures_change_nothing(keyring: FakeKeyring, created) -> None:
    vault: Vault = created.vault
    before = (vault.folder / "vault.key").read_bytes()
    with pytest.raises(WrongPassphrase):
        device_binding.bind_open(vault, "not the passphrase at all")
    keyring.forgetful = True  # a keyring that accepts and forgets must not bind the vault
    with pytest.raises(DeviceKeyringUnavailable):
        device_binding.bind_open(vault, PASSPHRASE)
    assert (vault.folder / "vault.key").read_bytes() == before
    keyring.forgetful = False
    device_binding.bind_open(vault, PASSPHRASE)
    device_binding.unbind_open(vault, PASSPHRASE)
    assert not device_binding.is_bound(vault) and keyring.items == {}
    vault.close()
    _elsewhere(keyring, vault.vault_id)
    open_vault(vault.folder, PASSPHRASE).close()


def test_no_keyring_no_binding(created) -> None:
    vault: Vault = created.vault
    before = (vault.folder / "vault.key").read_bytes()
    device_secret.use_backend_for_tests(None)
    try:
        device_secret.backend()
    except DeviceKeyringUnavailable:
        with pytest.raises(DeviceKeyringUnavailable):
            device_binding.bind_open(vault, PASSPHRASE)
        assert (vault.folder / "vault.key").read_bytes() == before
    else:
        pytest.skip("this machine has a real keyring")


def test_new_shares_keep_the_binding_and_shares_recover_elsewhere(
    keyring: FakeKeyring, created
) -> None:
    vault: Vault = created.vault
    device_binding.bind_open(vault, PASSPHRASE)
    shares = recovery_shares.split_recovery(vault, threshold=2, count=3, passphrase=PASSPHRASE)
    vault.close()
    open_vault(vault.folder, PASSPHRASE).close()
    _elsewhere(keyring, vault.vault_id)
    with pytest.raises(WrongPassphrase):
        open_vault(vault.folder, PASSPHRASE).close()
    recovery_shares.restore_with_shares(vault.folder, [shares[2], shares[0]], NEW).close()
    open_vault(vault.folder, NEW).close()


def test_unlocks_of_unbound_vaults_never_ask_the_keyring(
    monkeypatch: pytest.MonkeyPatch, created
) -> None:
    def refuse() -> None:
        raise AssertionError("the keyring was asked")

    monkeypatch.setattr(device_secret, "backend", refuse)
    created.vault.close()
    open_vault(created.vault.folder, PASSPHRASE).close()


def test_an_unreadable_configuration_folder_means_not_bound(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def denied(self: Path) -> bool:
        raise PermissionError(13, "denied")

    monkeypatch.setattr(Path, "is_file", denied)
    assert device_secret.load("6f1c1d9e-3f55-4a53-9a43-0c2d3a4b5c6d") is None
