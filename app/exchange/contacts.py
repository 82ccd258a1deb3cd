"""Partner organisations we exchange with: their cards, keys and verification status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.crypto import signing
from app.crypto.cards import Card, make_card, read_card
from app.crypto.fingerprint import fingerprint, same_fingerprint
from app.crypto.identity import load_identity
from app.errors import (
    ContactAmbiguous,
    ContactKeyConflict,
    ContactNotFound,
    FingerprintMismatch,
    InvalidInput,
    RotationInvalid,
    StaleContactCard,
)
from app.i18n import N_
from app.storage.records import utc_now


@dataclass(frozen=True)
class Contact:
    org_id: str
    org_name: str
    key_id: bytes
    sign_public: bytes
    age_recipient: str
    fingerprint: str
    verified: bool
    verified_at: str
    added_at: str
    updated_at: str

    @property
    def minisign_public(self) -> str:
        return signing.public_key_base64(self.key_id, self.sign_public)


_COLUMNS = (
    "org_id, org_name, key_id, sign_public, age_recipient, fingerprint, verified, verified_at, "
    "added_at, updated_at"
)


def _contact(row: Any) -> Contact:
    return Contact(
        row[0],
        row[1],
        bytes(row[2]),
        bytes(row[3]),
        row[4],
        row[5],
        bool(row[6]),
        row[7],
        row[8],
        row[9],
    )


def own_card(vault: Any) -> Card:
    ident = load_identity(vault.conn)
    created = ident.created_at
    return make_card(ident, vault.org_name, created=created)


def own_fingerprint(vault: Any) -> str:
    ident = load_identity(vault.conn)
    return fingerprint(ident.sign_key_id, ident.sign_public)


def list_contacts(conn: Any) -> list[Contact]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM contacts ORDER BY org_name COLLATE NOCASE")
    return [_contact(r) for r in rows]


def get_contact(conn: Any, org_id: str) -> Contact:
    row = conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE org_id = ?", (org_id,)).fetchone()
    if row is None:
        raise ContactNotFound()
    return _contact(row)


def contact_by_key_id(conn: Any, key_id: bytes) -> Contact | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE key_id = ?", (key_id,)).fetchone()
    return _contact(row) if row else None


def find_contact(conn: Any, query: str) -> Contact:
    """By org id, exact name (any case) or fingerprint; unique match or an error."""
    query = query.strip()
    contacts = list_contacts(conn)
    for c in contacts:
        if c.org_id == query:
            return c
    digits = "".join(ch for ch in query if ch.isdigit())
    matches = [c for c in contacts if c.org_name.casefold() == query.casefold()]
    if not matches and len(digits) >= 10:
        matches = [c for c in contacts if "".join(c.fingerprint.split()).startswith(digits)]
    if not matches:
        raise ContactNotFound()
    if len(matches) > 1:
        raise ContactAmbiguous()
    return matches[0]


@dataclass(frozen=True)
class AddResult:
    contact: Contact
    status: str  # "added", "unchanged", "rotated", "renamed"


def add_contact(vault: Any, untrusted_card: bytes, *, verified: bool = False) -> AddResult:
    """Add a partner from its card; a card signed by the contact's current key rotates keys."""
    card = read_card(untrusted_card)
    conn = vault.conn
    if card.org_id == vault.org_id:
        raise InvalidInput(N_("Errors", "This is your own organisation's card."))
    now = utc_now()
    existing = conn.execute(
        "SELECT org_id FROM contacts WHERE org_id = ?", (card.org_id,)
    ).fetchone()
    other = contact_by_key_id(conn, card.key_id)
    if other is not None and other.org_id != card.org_id:
        raise ContactKeyConflict()
    with vault.store.transaction():
        if existing is None:
            conn.execute(
                f"INSERT INTO contacts ({_COLUMNS}, card) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    card.org_id,
                    card.org_name,
                    card.key_id,
                    card.sign_public,
                    card.age_recipient,
                    card.fingerprint,
                    int(verified),
                    now if verified else "",
                    now,
                    now,
                    card.raw,
                ),
            )
            _remember_key(conn, card, now)
            return AddResult(get_contact(conn, card.org_id), "added")
        current = get_contact(conn, card.org_id)
        if (current.key_id, current.sign_public) == (card.key_id, card.sign_public):
            stored = conn.execute(
                "SELECT card FROM contacts WHERE org_id = ?", (card.org_id,)
            ).fetchone()
            if stored and stored[0] and card.created < read_card(bytes(stored[0])).created:
                # An older card, signed by the same key: replaying it would revert a name or
                # age recipient the partner has since changed.
                raise StaleContactCard()
            status = "unchanged"
            if card.org_name != current.org_name or card.age_recipient != current.age_recipient:
                # Same signing key (which the fingerprint covers and which signed this card):
                # the same organisation, announcing a new name or age recipient.
                status = "renamed"
            conn.execute(
                "UPDATE contacts SET org_name = ?, age_recipient = ?, card = ?, updated_at = ?, "
                "verified = MAX(verified, ?), verified_at = CASE WHEN ? AND verified = 0 "
                "THEN ? ELSE verified_at END WHERE org_id = ?",
                (
                    card.org_name,
                    card.age_recipient,
                    card.raw,
                    now,
                    int(verified),
                    int(verified),
                    now,
                    card.org_id,
                ),
            )
            _remember_key(conn, card, now)
            return AddResult(get_contact(conn, card.org_id), status)
        if not card.is_rotation or (card.previous_key_id, card.previous_public) != (
            current.key_id,
            current.sign_public,
        ):
            if card.is_rotation:
                raise RotationInvalid()
            raise ContactKeyConflict()
        # A key rotation signed by the current key: the contact keeps its verification, since
        # the old (verified) key vouches for the new one.
        conn.execute(
            "UPDATE contact_keys SET replaced_at = ? WHERE org_id = ? AND replaced_at = ''",
            (now, card.org_id),
        )
        conn.execute(
            "UPDATE contacts SET org_name = ?, key_id = ?, sign_public = ?, age_recipient = ?, "
            "fingerprint = ?, card = ?, updated_at = ? WHERE org_id = ?",
            (
                card.org_name,
                card.key_id,
                card.sign_public,
                card.age_recipient,
                card.fingerprint,
                card.raw,
                now,
                card.org_id,
            ),
        )
        _remember_key(conn, card, now)
        return AddResult(get_contact(conn, card.org_id), "rotated")


def _remember_key(conn: Any, card: Card, now: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO contact_keys (org_id, key_id, sign_public, age_recipient, "
        "fingerprint, added_at) VALUES (?, ?, ?, ?, ?, ?)",
        (card.org_id, card.key_id, card.sign_public, card.age_recipient, card.fingerprint, now),
    )


def verify_contact(vault: Any, org_id: str, compared: str | None = None) -> Contact:
    """Mark verified after the user compared the fingerprint (optionally as typed back)."""
    contact = get_contact(vault.conn, org_id)
    if compared is not None and not same_fingerprint(compared, contact.fingerprint):
        raise FingerprintMismatch()
    with vault.store.transaction():
        vault.conn.execute(
            "UPDATE contacts SET verified = 1, verified_at = ? WHERE org_id = ?",
            (utc_now(), org_id),
        )
    return get_contact(vault.conn, org_id)


def key_history(conn: Any, org_id: str) -> list[tuple[str, str, str]]:
    """(fingerprint, added, replaced) of every key the contact used, oldest first."""
    rows = conn.execute(
        "SELECT fingerprint, added_at, replaced_at FROM contact_keys WHERE org_id = ? "
        "ORDER BY added_at",
        (org_id,),
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]


def rotate_identity(vault: Any, save_card: Any = None) -> Card:
    """Replace this organisation's keys; the new card is signed by the old key so contacts
    accept it as the same organisation. Send the card to every partner.

    `save_card(raw)` runs before the new keys are stored: if it fails, nothing changed (new keys
    without their card, which only the old key can sign, would strand every partner)."""
    from app.crypto.identity import generate_identity, store_identity

    old = load_identity(vault.conn)
    new = generate_identity(old.org_id)
    old_signer = signing.Signer.from_identity(old)
    try:
        card = make_card(new, vault.org_name, previous=old_signer)
    finally:
        old_signer.wipe()
    if save_card is not None:
        save_card(card.raw)
    with vault.store.transaction():
        store_identity(vault.conn, new)
    return card


@dataclass(frozen=True)
class Origin:
    """Where an imported record came from, for display next to it."""

    org_id: str
    org_name: str  # the contact's name now ("" if the contact was removed)
    bundle_id: str
    last_org_name: str
    last_bundle_id: str


def origin_of(conn: Any, table: str, record_id: str) -> Origin | None:
    """None for a record made in this vault."""
    row = conn.execute(
        "SELECT s.origin_org_id, coalesce(c.org_name, ''), s.origin_bundle_id, "
        "coalesce(l.org_name, ''), s.last_bundle_id FROM record_state s "
        "LEFT JOIN contacts c ON c.org_id = s.origin_org_id "
        "LEFT JOIN contacts l ON l.org_id = s.last_org_id "
        "WHERE s.tbl = ? AND s.record_id = ? AND s.origin_org_id != ''",
        (table, record_id),
    ).fetchone()
    return Origin(*row) if row else None
