"""Binding a vault to this device (issue 12, opt-in, off by default).

A bound vault's passphrase slot is wrapped under Argon2id(passphrase) *and* a 256-bit device
secret kept in the OS keyring (`app.crypto.device_secret`; docs/key-file.md "Slot keys"). A copy
of the vault folder then cannot be attacked offline with guesses at the passphrase: the guesser
also needs this computer's keychain. The recovery slot needs no device secret, so the recovery
key or k of n shares open the vault anywhere (and recovery, which writes a new passphrase slot,
leaves it unbound: bind it again on the new computer).

Whether the vault is bound is recorded inside the encrypted database (`vault_meta`), never in
the key file, whose slots say nothing about themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.crypto import device_secret

META_KEY = "device_bound"


def is_bound(vault: Any) -> bool:
    return vault.meta(META_KEY) == "1" and device_secret.load(vault.vault_id) is not None


def _set_flag(vault: Any, bound: bool) -> None:
    with vault.store.transaction():
        vault.conn.execute(
            "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
            (META_KEY, "1" if bound else "0"),
        )


def _rewrap(vault: Any, passphrase: str, new_secret: bytes | None) -> None:
    """Prove `passphrase` (with this device's current secret, if any), then write the
    passphrase slot again, bound to `new_secret` (already in the keyring) or to nothing. Only
    vault.key changes, atomically; on failure the keyring gets its old secret back."""
    from app.crypto.keyfile import write_keyfile
    from app.vault import KEY_NAME, read_vault_keyfile

    old = device_secret.load(vault.vault_id)
    keyfile = read_vault_keyfile(vault.folder)
    opened = keyfile.open_with_passphrase(passphrase, device_secret=old)
    try:
        if new_secret is not None:
            device_secret.save(vault.vault_id, new_secret)
        try:
            keyfile.set_passphrase(
                passphrase, opened.data_key, keyfile.kdf, db=opened.db, device_secret=new_secret
            )
            write_keyfile(vault.folder / KEY_NAME, keyfile)
        except BaseException:
            if new_secret is not None:
                _restore_secret(vault.vault_id, old)
            raise
    finally:
        opened.data_key.wipe()


def bind_open(vault: Any, passphrase: str) -> None:
    """Bind the open vault to this device (a new device secret each time)."""
    device_secret.backend()  # no real keyring: refused before anything changes
    _rewrap(vault, passphrase, device_secret.new_secret())
    _set_flag(vault, True)


def _restore_secret(vault_id: str, old: bytes | None) -> None:
    if old is None:
        device_secret.forget(vault_id)
    else:
        device_secret.save(vault_id, old)


def unbind_open(vault: Any, passphrase: str) -> None:
    """Remove the binding: the passphrase alone opens the vault again, anywhere."""
    _rewrap(vault, passphrase, None)
    device_secret.forget(vault.vault_id)
    _set_flag(vault, False)


def forget_after_recovery(vault: Any) -> None:
    """Recovery wrote a new, unbound passphrase slot: the old device secret is useless."""
    if vault.meta(META_KEY) == "1":
        device_secret.forget(vault.vault_id)
        _set_flag(vault, False)


def bind(folder: Path, passphrase: str) -> None:
    """`roundtable bind`: open the vault, bind it, close it."""
    from app.vault import open_vault

    with open_vault(folder, passphrase) as vault:
        bind_open(vault, passphrase)


def unbind(folder: Path, passphrase: str) -> None:
    from app.vault import open_vault

    with open_vault(folder, passphrase) as vault:
        unbind_open(vault, passphrase)
