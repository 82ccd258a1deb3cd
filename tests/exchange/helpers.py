"""Vaults of partner organisations that know each other, for exchange tests."""

from __future__ import annotations

from pathlib import Path

from app.crypto import kdf
from app.exchange.contacts import add_contact, own_card
from app.vault import Vault, create_vault

PASSPHRASE = "correct horse battery staple 42"


def make_vault(root: Path, name: str) -> Vault:
    return create_vault(
        root / name.replace(" ", "_"), name, PASSPHRASE, params=kdf.INSECURE_TEST
    ).vault


def introduce(*vaults: Vault, verified: bool = True) -> None:
    """Every vault adds every other vault's card."""
    cards = {v.org_id: own_card(v).raw for v in vaults}
    for v in vaults:
        for org_id, card in cards.items():
            if org_id != v.org_id:
                add_contact(v, card, verified=verified)
