"""Binding a vault to this device (issue 12, opt-in, off by default).

A bound vault's passphrase slot is sealed under Argon2id(passphrase) *and* a 256-bit device
secret kept in the OS keyring (`app.crypto.device_secret`; docs/key-file.md "Slot keys"). A copy
of the vault folder then cannot be attacked offline with guesses at the passphrase: the guesser
also needs this computer's keychain. The recovery slot needs no device secret, so the recovery
key or k of n shares open the vault anywhere; there, recovery writes a passphrase slot bound to
nothing (no secret in that computer's keyring): bind it again on the new computer.

The key file does not say whether a slot is bound (its slots say nothing about themselves);
this computer knows it by the keyring entry and its marker (`device_secret`). Changing the
passphrase and re-keying (`app.vault`) seal the new slot with this computer's secret again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.crypto import device_secret
from app.errors import WrongPassphrase


def is_bound(vault: Any) -> bool:
    return device_secret.load(vault.vault_id) is not None


def _reseal(vault: Any, passphrase: str, new_secret: bytes | None) -> None:
    """Prove `passphrase` against the open vault's own slot (with this device's current secret,
    if any), then seal that slot again, bound to `new_secret` or to nothing. Only vault.key
    changes, atomically; should that fail, the keyring gets its old secret back.

    The passphrase must be the one that opened this vault: on the real vault a duress
    passphrase is refused as wrong here, and never fires from this dialog; on the decoy the
    duress passphrase is its own (refusing it would give the decoy away), and the decoy gets a
    slot 0 of its own, as its Change keys gives it (`app.vault._rewrap_decoy`)."""
    from app.crypto.keyfile import DB_B, POS_PASSPHRASE, Role, write_keyfile
    from app.vault import KEY_NAME, read_vault_keyfile

    old = device_secret.load(vault.vault_id)
    keyfile = read_vault_keyfile(vault.folder)
    if keyfile.legacy is not None:  # a format-1 file: the unlock that opened it migrated it
        raise WrongPassphrase()
    opened = keyfile.open_with_passphrase(passphrase, device_secret=old)
    with opened.data_key as data_key:
        if opened.db != vault.db or (opened.role is Role.DURESS and vault.db != DB_B):
            raise WrongPassphrase()
        if new_secret is not None:
            device_secret.save(vault.vault_id, new_secret)
        try:
            keyfile.set_passphrase(
                passphrase,
                data_key,
                position=POS_PASSPHRASE,
                db=opened.db,
                device_secret=new_secret,
            )
            write_keyfile(vault.folder / KEY_NAME, keyfile)
        except BaseException:
            if new_secret is not None:
                _restore_secret(vault.vault_id, old)
            raise


def _restore_secret(vault_id: str, old: bytes | None) -> None:
    if old is None:
        device_secret.forget(vault_id)
    else:
        device_secret.save(vault_id, old)


def bind_open(vault: Any, passphrase: str) -> None:
    """Bind the open vault to this device (a new device secret each time)."""
    device_secret.backend()  # no real keyring: refused before anything changes
    _reseal(vault, passphrase, device_secret.new_secret())


def unbind_open(vault: Any, passphrase: str) -> None:
    """Remove the binding: the passphrase alone opens the vault again, anywhere."""
    _reseal(vault, passphrase, None)
    device_secret.forget(vault.vault_id)


def bind(folder: Path, passphrase: str) -> None:
    """`roundtable bind`: open the vault, bind it, close it."""
    from app.vault import open_vault

    with open_vault(folder, passphrase) as vault:
        bind_open(vault, passphrase)


def unbind(folder: Path, passphrase: str) -> None:
    from app.vault import open_vault

    with open_vault(folder, passphrase) as vault:
        unbind_open(vault, passphrase)
