"""The organisation's own keys (DESIGN §4): an Ed25519 signing key in minisign form and an
X25519 age identity, generated independently and stored only inside the encrypted vault."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.errors import VaultCorrupt
from app.i18n import N_
from app.storage.records import utc_now

_RAW = serialization.Encoding.Raw


@dataclass(frozen=True, repr=False)
class OrgIdentity:
    org_id: str
    sign_key_id: bytes  # minisign key id: 8 random bytes
    sign_secret: bytes  # Ed25519 seed, 32 bytes
    sign_public: bytes  # 32 bytes
    age_secret: str  # AGE-SECRET-KEY-1...
    age_recipient: str  # age1...
    created_at: str

    def __repr__(self) -> str:  # never print key material by accident
        return f"OrgIdentity(org_id={self.org_id!r}, age_recipient={self.age_recipient!r})"


def generate_identity(org_id: str) -> OrgIdentity:
    signing = Ed25519PrivateKey.generate()
    seed = signing.private_bytes(
        _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = signing.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    age = pyrage.x25519.Identity.generate()
    return OrgIdentity(
        org_id=org_id,
        sign_key_id=secrets.token_bytes(8),
        sign_secret=seed,
        sign_public=public,
        age_secret=str(age),
        age_recipient=str(age.to_public()),
        created_at=utc_now(),
    )


def store_identity(conn: Any, ident: OrgIdentity) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO identity (slot, org_id, sign_key_id, sign_secret, sign_public, "
        "age_secret, age_recipient, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
        (
            ident.org_id,
            ident.sign_key_id,
            ident.sign_secret,
            ident.sign_public,
            ident.age_secret,
            ident.age_recipient,
            ident.created_at,
        ),
    )


def load_identity(conn: Any) -> OrgIdentity:
    row = conn.execute(
        "SELECT org_id, sign_key_id, sign_secret, sign_public, age_secret, age_recipient, "
        "created_at FROM identity WHERE slot = 1"
    ).fetchone()
    if row is None:
        raise VaultCorrupt(N_("Errors", "The vault has no organisation identity."))
    return OrgIdentity(row[0], bytes(row[1]), bytes(row[2]), bytes(row[3]), *row[4:])
