"""Partner organisations we exchange with: their cards, keys and verification status."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from app.crypto import signing
from app.crypto.bundle import OuterHeader
from app.crypto.bundle_reader import OuterBundle
from app.crypto.cards import Card, make_card, read_card
from app.crypto.fingerprint import fingerprint, same_fingerprint
from app.crypto.identity import load_identity
from app.crypto.khmer_order import canonical
from app.errors import (
    ContactAmbiguous,
    ContactKeyConflict,
    ContactKeyInUse,
    ContactNameClash,
    ContactNotFound,
    FingerprintMismatch,
    InvalidInput,
    OwnNameClash,
    OwnOrganisationIdClaimed,
    RenameNotConfirmed,
    RotationConflict,
    StaleContactCard,
    TrustedCommentAltered,
    UnknownSigner,
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


def contacts_by_key_id(conn: Any, key_id: bytes) -> list[Contact]:
    """Every contact whose key carries this key id, oldest first. A signature names only the
    8-byte key id, which the key holder chooses: several contacts may share one, and each must
    be tried against the signature (`find_signer`)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM contacts WHERE key_id = ? ORDER BY added_at, rowid", (key_id,)
    )
    return [_contact(r) for r in rows]


def find_signer(conn: Any, outer: OuterBundle) -> tuple[Contact, OuterHeader]:
    """The contact whose public key made the bundle's outer signature, and the authentic header.

    Contacts are identified by their full public key; the key id only narrows the search. A
    wrong key fails on the signed comment (TrustedCommentAltered) before any content is hashed,
    so trying a squatter's key first costs nothing; any other failure means the key matched and
    the file itself is bad."""
    candidates = contacts_by_key_id(conn, outer.key_id)
    if not candidates:
        raise UnknownSigner()
    for contact in candidates[:-1]:
        try:
            return contact, outer.verify(contact.key_id, contact.sign_public)
        except TrustedCommentAltered:
            continue
    last = candidates[-1]
    return last, outer.verify(last.key_id, last.sign_public)


# Drawn as nothing (Unicode's Default_Ignorable_Code_Point, less the Hangul fillers below):
# combining grapheme joiner, variation selectors, Khmer inherent vowels, Mongolian selectors...
# Not all are format characters (Cf): several are combining marks a card may carry.
_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
# Letters drawn as an empty space: Hangul fillers (NFKC folds them to U+1160) and the blank
# Braille pattern.
_BLANKS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _drawn_as_nothing(ch: str) -> bool:
    cp = ord(ch)
    return unicodedata.category(ch) == "Cf" or any(a <= cp <= b for a, b in _IGNORABLE)


def name_key(name: str) -> str:
    """A name as compared for clashes: compatibility-normalised (NFKC: full-width and other
    variant forms fold to one), characters drawn as nothing (zero-width spaces and joiners,
    direction marks, variation selectors, the combining grapheme joiner...) removed, blank
    letters as spaces, case-folded, Khmer syllables in canonical order (a syllable typed in
    another order is drawn the same: `app.crypto.khmer_order`), runs of any whitespace as one
    space, trimmed. Only for comparing: names are stored and shown as the card gives them."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(" " if ch in _BLANKS else ch for ch in text if not _drawn_as_nothing(ch))
    text = canonical(unicodedata.normalize("NFKC", text.casefold()))
    return " ".join(text.split())


def name_clashes(conn: Any, own_name: str, name: str, org_id: str = "") -> list[str]:
    """Names that `name` could be mistaken for: other contacts' (not `org_id`'s own) and ours."""
    return [c.org_name for c in _clashing(conn, name, org_id)] + (
        [own_name] if name_key(own_name) == name_key(name) else []
    )


def _clashing(conn: Any, name: str, org_id: str) -> list[Contact]:
    key = name_key(name)
    return [c for c in list_contacts(conn) if c.org_id != org_id and name_key(c.org_name) == key]


def find_contact(conn: Any, query: str) -> Contact:
    """By org id, name (compared as `name_key` does) or fingerprint; unique match or an error."""
    query = query.strip()
    contacts = list_contacts(conn)
    for c in contacts:
        if c.org_id == query:
            return c
    digits = "".join(ch for ch in query if ch.isdigit())
    key = name_key(query)
    matches = [c for c in contacts if name_key(c.org_name) == key]
    if not matches and len(digits) >= 10:
        matches = [c for c in contacts if "".join(c.fingerprint.split()).startswith(digits)]
    if not matches:
        raise ContactNotFound()
    if len(matches) > 1:
        raise ContactAmbiguous()
    return matches[0]


@dataclass(frozen=True)
class CardCheck:
    """What adding a card would do, before anything is written (for a confirmation)."""

    card: Card
    status: str  # "added", "unchanged", "updated" (age recipient), "renamed", "rotated"
    current: Contact | None  # the contact as stored now; None for a new one

    @property
    def old_name(self) -> str:
        return self.current.org_name if self.current is not None else ""

    @property
    def renames(self) -> bool:
        """The card changes a known contact's name: shown old -> new and confirmed first."""
        return self.current is not None and self.current.org_name != self.card.org_name


@dataclass(frozen=True)
class AddResult:
    contact: Contact
    status: str  # "added", "unchanged", "updated", "renamed", "rotated"
    old_name: str = ""  # before a rename


def _stored(conn: Any, org_id: str) -> Contact | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE org_id = ?", (org_id,)).fetchone()
    return _contact(row) if row else None


def _classify(vault: Any, card: Card) -> CardCheck:
    conn = vault.conn
    if card.org_id == vault.org_id:
        # Our own id is read by every co-recipient of our bundles: a card may copy it.
        if card.sign_public == load_identity(conn).sign_public:
            raise InvalidInput(N_("Errors", "This is your own organisation's card."))
        raise OwnOrganisationIdClaimed()
    current = _stored(conn, card.org_id)
    # One signing key, one organisation. The key, not its self-chosen id, is the identity; only
    # its holder can make a card with it, but two organisations behind one key are ambiguous.
    holder = conn.execute(
        "SELECT org_id FROM contacts WHERE sign_public = ? AND org_id != ?",
        (card.sign_public, card.org_id),
    ).fetchone()
    if holder is not None:
        other = get_contact(conn, holder[0])
        raise ContactKeyInUse(name=other.org_name, fp=other.fingerprint)
    if current is None or current.org_name != card.org_name:
        clashing = _clashing(conn, card.org_name, card.org_id)
        if clashing:
            raise ContactNameClash(name=clashing[0].org_name, fp=clashing[0].fingerprint)
        if name_key(vault.org_name) == name_key(card.org_name):
            raise OwnNameClash(name=vault.org_name)
    if current is None:
        return CardCheck(card, "added", None)
    if (current.key_id, current.sign_public) == (card.key_id, card.sign_public):
        stored = conn.execute(
            "SELECT card FROM contacts WHERE org_id = ?", (card.org_id,)
        ).fetchone()
        if stored and stored[0] and card.created < read_card(bytes(stored[0])).created:
            # An older card, signed by the same key: replaying it would revert a name or
            # age recipient the partner has since changed.
            raise StaleContactCard()
        # Same signing key (which the fingerprint covers and which signed this card): the same
        # organisation, perhaps announcing a new name or age recipient.
        if card.org_name != current.org_name:
            return CardCheck(card, "renamed", current)
        if card.age_recipient != current.age_recipient:
            return CardCheck(card, "updated", current)
        return CardCheck(card, "unchanged", current)
    if not card.is_rotation or (card.previous_key_id, card.previous_public) != (
        current.key_id,
        current.sign_public,
    ):
        if card.is_rotation:
            raise RotationConflict(name=current.org_name, fp=current.fingerprint)
        # The organisation id is bound to the key of the first card added with it: a card that
        # copied it (ids are read in every manifest) is refused, and so is the genuine card
        # after a copier's. The user tells them apart by fingerprint and removes the wrong one.
        raise ContactKeyConflict(name=current.org_name, fp=current.fingerprint)
    return CardCheck(card, "rotated", current)


def check_card(vault: Any, untrusted_card: bytes) -> CardCheck:
    """Read a card and say what adding it would do; raises what adding it would raise."""
    return _classify(vault, read_card(untrusted_card))


def add_contact(
    vault: Any, untrusted_card: bytes, *, verified: bool = False, accept_rename: bool = False
) -> AddResult:
    """Add a partner from its card; a card signed by the contact's current key rotates keys.

    A card that changes a known contact's name is applied only with `accept_rename` (the user
    saw old -> new and agreed): a name is what people recognise a partner by, so a partner
    (or a stolen key) must not change it behind their back. Until then nothing changes."""
    card = read_card(untrusted_card)
    conn = vault.conn
    now = utc_now()
    with vault.store.transaction():
        check = _classify(vault, card)
        if check.renames and not accept_rename:
            raise RenameNotConfirmed()
        current = check.current
        old_name = check.old_name if check.renames else ""
        if current is None:
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
        if check.status != "rotated":
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
            return AddResult(get_contact(conn, card.org_id), check.status, old_name)
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
        return AddResult(get_contact(conn, card.org_id), "rotated", old_name)


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


@dataclass(frozen=True)
class Removal:
    """What removing a contact did (for the confirmation shown after it)."""

    contact: Contact
    records_kept: int  # records it first brought here: they stay, as the user's own
    records_edited: int  # records holding its edits, whose edits grant nothing any more


def remove_contact(vault: Any, org_id: str) -> Removal:
    """Remove a contact (docs/trust-rules.md, "Removing a contact"), in one transaction.

    Its key no longer verifies anything. What it sent stays: its records are the user's now.
    Nothing it held passes to a contact added later with the same organisation id (ids are
    self-chosen and read in every manifest, so the later one may be the genuine organisation
    whose id it copied): its replay and sequence state is retired (kept as history under an id
    no card can carry), the records it brought no longer count as that id's (rule 1.2), what it
    was sent is forgotten (rule 1.1), and its edits in the records' merge state are remembered
    as its own, so they grant nothing to the id's next holder (rule 1.3)."""
    import uuid

    from app.exchange.sent_log import forget_recipient, note_removed_edits

    conn = vault.conn
    with vault.store.transaction():
        contact = get_contact(conn, org_id)
        retired = "removed:" + uuid.uuid4().hex
        conn.execute(
            "INSERT INTO removed_contacts (retired_id, org_id, org_name, fingerprint, "
            "removed_at) VALUES (?, ?, ?, ?, ?)",
            (retired, org_id, contact.org_name, contact.fingerprint, utc_now()),
        )
        conn.execute("DELETE FROM contacts WHERE org_id = ?", (org_id,))
        conn.execute("DELETE FROM contact_keys WHERE org_id = ?", (org_id,))
        conn.execute("DELETE FROM exchange_peers WHERE org_id = ?", (org_id,))
        conn.execute(
            "UPDATE seen_bundles SET sender_org_id = ? WHERE sender_org_id = ?", (retired, org_id)
        )
        kept = conn.execute(
            "UPDATE record_state SET origin_org_id = ? WHERE origin_org_id = ?", (retired, org_id)
        ).rowcount
        conn.execute(
            "UPDATE record_state SET last_org_id = ? WHERE last_org_id = ?", (retired, org_id)
        )
        forget_recipient(conn, org_id)
        edited = note_removed_edits(conn, org_id)
    return Removal(contact, kept, edited)


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
    org_name: str  # the contact's name now (a removed contact's, as it was, "" if unknown)
    bundle_id: str
    last_org_name: str
    last_bundle_id: str


def origin_of(conn: Any, table: str, record_id: str) -> Origin | None:
    """None for a record made in this vault."""
    row = conn.execute(
        "SELECT s.origin_org_id, coalesce(c.org_name, rc.org_name, ''), s.origin_bundle_id, "
        "coalesce(l.org_name, rl.org_name, ''), s.last_bundle_id FROM record_state s "
        "LEFT JOIN contacts c ON c.org_id = s.origin_org_id "
        "LEFT JOIN removed_contacts rc ON rc.retired_id = s.origin_org_id "
        "LEFT JOIN contacts l ON l.org_id = s.last_org_id "
        "LEFT JOIN removed_contacts rl ON rl.retired_id = s.last_org_id "
        "WHERE s.tbl = ? AND s.record_id = ? AND s.origin_org_id != ''",
        (table, record_id),
    ).fetchone()
    return Origin(*row) if row else None
