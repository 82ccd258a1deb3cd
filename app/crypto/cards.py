"""Contact cards: a small self-signed JSON file naming an organisation and its two public keys.

    {"format": "roundtable-card/1",
     "card": {"org_id", "org_name", "minisign_public", "age_recipient", "created",
              "previous_minisign_public"?},
     "signature": "<minisign signature of the canonical card by its own key>",
     "rotation_signature"?: "<the same, by the previous key>"}

The self-signature proves the card's author holds the key it names. A card that also carries a
signature by a contact's current key is a key rotation: it replaces that contact's keys.
Trust still comes only from comparing the fingerprint out of band.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from app.crypto import signing
from app.crypto.fingerprint import fingerprint
from app.errors import BundleError, CardInvalid, CardSignatureInvalid, RotationInvalid

FORMAT = "roundtable-card/1"
MAX_CARD_BYTES = 64 * 1024


def canonical_json(value: Any) -> bytes:
    """One byte sequence per value: sorted keys, no spaces, UTF-8 (signed and hashed as is)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class Card:
    org_id: str
    org_name: str
    key_id: bytes
    sign_public: bytes
    age_recipient: str
    created: str
    previous_key_id: bytes = b""
    previous_public: bytes = b""
    raw: bytes = b""  # the file as read or written

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key_id, self.sign_public)

    @property
    def minisign_public(self) -> str:
        return signing.public_key_base64(self.key_id, self.sign_public)

    @property
    def is_rotation(self) -> bool:
        return bool(self.previous_public)


def _comment(org_id: str, key_id: bytes) -> str:
    return f"roundtable/v1 card org={org_id} key={key_id.hex()}"


def make_card(
    ident: Any, org_name: str, *, previous: signing.Signer | None = None, created: str = ""
) -> Card:
    """The card of `ident` (app.crypto.identity.OrgIdentity), optionally signed by the old key."""
    from app.storage.records import utc_now

    body: dict[str, str] = {
        "org_id": ident.org_id,
        "org_name": org_name,
        "minisign_public": signing.public_key_base64(ident.sign_key_id, ident.sign_public),
        "age_recipient": ident.age_recipient,
        "created": created or utc_now(),
    }
    if previous is not None:
        body["previous_minisign_public"] = signing.public_key_base64(
            previous.key_id, previous.public
        )
    signer = signing.Signer.from_identity(ident)
    try:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "card": body,
            "signature": signer.sign(
                canonical_json(body), _comment(ident.org_id, ident.sign_key_id)
            ).decode("ascii"),
        }
    finally:
        signer.wipe()
    if previous is not None:
        doc["rotation_signature"] = previous.sign(
            canonical_json(body), _comment(ident.org_id, previous.key_id)
        ).decode("ascii")
    raw = json.dumps(doc, ensure_ascii=False, indent=1).encode() + b"\n"
    return read_card(raw)


# An organisation id as bundles carry it (app/exchange/validate.py): a card with any other id
# could never send a bundle, and ids a removal retires (`removed:...`) can never be claimed.
_ORG_ID = re.compile(r"[0-9A-Za-z-]{1,64}")

# Zero-width space, non-joiner and joiner: invisible, but part of how Khmer (and other scripts)
# is typed, so an organisation name may hold them, as it may hold any space character (no-break
# space included). Other format characters (direction overrides that reorder what is shown),
# line breaks and control characters stay refused.
_NAME_INVISIBLES = frozenset("\u200b\u200c\u200d")


def _text(
    body: dict[str, Any], name: str, limit: int = 300, allowed: frozenset = frozenset()
) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value or len(value) > limit:
        raise CardInvalid()
    for ch in value:
        if ch.isprintable() or ch == " ":
            continue
        if allowed and (ch in allowed or unicodedata.category(ch) == "Zs"):
            continue
        raise CardInvalid()
    return value


def read_card(untrusted: bytes) -> Card:
    """Parse and check the self-signature (and the rotation signature's form) of a card."""
    if len(untrusted) > MAX_CARD_BYTES:
        raise CardInvalid()
    try:
        doc = json.loads(untrusted.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # deep nesting: hostile file
        raise CardInvalid() from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise CardInvalid()
    body = doc.get("card")
    sig_text = doc.get("signature")
    if not isinstance(body, dict) or not isinstance(sig_text, str):
        raise CardInvalid()
    allowed = {"org_id", "org_name", "minisign_public", "age_recipient", "created"}
    if set(body) - allowed - {"previous_minisign_public"}:
        raise CardInvalid()
    org_id = _text(body, "org_id", 64)
    if not _ORG_ID.fullmatch(org_id):
        raise CardInvalid()
    org_name = _text(body, "org_name", allowed=_NAME_INVISIBLES)
    key_id, public = signing.read_public_key(_text(body, "minisign_public", 100))
    age_recipient = _text(body, "age_recipient", 100)
    import pyrage  # here: `roundtable verify --signer KEY.pub` reads no card

    try:
        pyrage.x25519.Recipient.from_str(age_recipient)
    except Exception:
        raise CardInvalid() from None
    created = _text(body, "created", 40)
    message = canonical_json(body)
    expected = _comment(org_id, key_id)

    def check_kind(comment: str, want: str = expected) -> None:
        if comment != want:
            raise CardSignatureInvalid()

    try:
        info = signing.parse_signature(sig_text.encode("ascii"))
        signing.verify(key_id, public, message, info, check_comment_first=check_kind)
    except (UnicodeEncodeError, BundleError) as exc:
        if isinstance(exc, CardSignatureInvalid):
            raise
        raise CardSignatureInvalid() from None
    prev_id, prev_public = b"", b""
    if "previous_minisign_public" in body:
        prev_id, prev_public = signing.read_public_key(_text(body, "previous_minisign_public"))
        rot = doc.get("rotation_signature")
        if not isinstance(rot, str):
            raise RotationInvalid()
        try:
            rinfo = signing.parse_signature(rot.encode("ascii"))
            signing.verify(
                prev_id,
                prev_public,
                message,
                rinfo,
                check_comment_first=lambda c: check_kind(c, _comment(org_id, prev_id)),
            )
        except (UnicodeEncodeError, BundleError):
            raise RotationInvalid() from None
    return Card(
        org_id, org_name, key_id, public, age_recipient, created, prev_id, prev_public, untrusted
    )
