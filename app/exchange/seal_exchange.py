"""Co-signing sealed reports through bundles (docs/sealed-reports.md).

A "please co-sign" bundle carries `seal.json` with the sealed report (its canonical content and
the exact PDF, ODT and DOCX bytes) and the signatures gathered so far; the recipient's app shows
that content, and its user co-signs all three files. The reply bundle carries `seal.json` with
that one signature (one minisign signature per file). Both are input from another organisation,
checked before anything is written:

- every signature verifies over each file with the key it names, and its trusted comment names
  this seal, its content and that file; a signature covers every file of the seal;
- the sender signed (with the key of its contact card), and so did the organisation that sealed;
- a signature in the name of a contact of ours, or of our own organisation, was made with that
  contact's (our) key: nobody co-signs in someone else's name;
- a seal already held here never changes: the same id with other content is refused;
- a reply is the sender's own signature on a seal we hold.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from app.crypto import signing
from app.crypto.identity import load_identity
from app.domain.values import RedactionPolicy
from app.errors import PublicKeyMalformed, SealInvalid
from app.exchange import seals as sealing
from app.exchange.contacts import Contact, list_contacts, name_clashes
from app.exchange.seals import Seal, SealSignature

SEAL_FILE = "seal.json"
REQUEST = "roundtable-seal-request/1"
REPLY = "roundtable-seal-signature/1"
_ID = re.compile(r"^[0-9A-Za-z-]{1,64}\Z")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
MAX_SIGNATURES = 64
LANGUAGES = ("en", "km")  # the report languages (app.reports.language.LANGUAGES; a test checks)


def bundle_policy(seal: Seal, own_org: str) -> RedactionPolicy:
    """The policy of the records a co-sign request or reply carries with it. For a seal we
    made, the one we chose; for a partner's, at most `partners`: its policy is the partner's
    word, and `full` would hand it our unredacted copy of the meeting and its history."""
    if seal.sealed_by == own_org and seal.policy in {p.value for p in RedactionPolicy}:
        return RedactionPolicy(seal.policy)
    if seal.policy == RedactionPolicy.PUBLIC.value:
        return RedactionPolicy.PUBLIC
    return RedactionPolicy.PARTNERS


def request_files(seal: Seal) -> dict[str, bytes]:
    doc = {
        "format": REQUEST,
        "seal": sealing.seal_json(seal),
        "signatures": [sealing.signature_json(s) for s in seal.signatures],
    }
    return {SEAL_FILE: sealing.canonical(doc)}


def reply_files(seal: Seal, sig: SealSignature) -> dict[str, bytes]:
    doc = {
        "format": REPLY,
        "seal_id": seal.id,
        "content_sha256": seal.content_sha256,
        "signature": sealing.signature_json(sig),
    } | {f"{f}_sha256": seal.file_sha256(f) for f in seal.formats}
    return {SEAL_FILE: sealing.canonical(doc)}


# Members of a seal made in every format, beyond those of a PDF-only (older) one.
_SEAL_EXTRA = {"odt", "docx"}
_SIGNATURE_EXTRA = {"odt_minisig", "docx_minisig"}
_REPLY_EXTRA = {"odt_sha256", "docx_sha256"}


def _members(doc: Any, base: set[str], extra: set[str]) -> bool:
    """True when `doc` holds every format's members; False when only the PDF's (an older
    peer's); SealInvalid for anything else."""
    if isinstance(doc, dict) and set(doc) == base | extra:
        return True
    if isinstance(doc, dict) and set(doc) == base:
        return False
    raise SealInvalid()


@dataclass
class SealIncoming:
    kind: str  # "request" or "signature"
    seal: Seal
    signatures: list[SealSignature] = field(default_factory=list)
    new: bool = False  # the seal was not held here before

    def summary(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "seal_id": self.seal.id,
            "meeting_id": self.seal.meeting_id,
            "policy": self.seal.policy,
            "content_sha256": self.seal.content_sha256,
            "signed_by": [s.org_name for s in self.signatures],
        }


def _text(doc: dict[str, Any], key: str, cap: int = 300) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not 0 < len(value) <= cap or "\x00" in value:
        raise SealInvalid()
    try:
        value.encode("utf-8")  # a lone surrogate ("\ud800" in JSON) is not text
    except UnicodeEncodeError:
        raise SealInvalid() from None
    return value


def _b64(value: Any, cap: int) -> bytes:
    if not isinstance(value, str) or len(value) > cap * 4 // 3 + 8:
        raise SealInvalid()
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise SealInvalid() from None


def _minisig(doc: dict[str, Any], key: str) -> bytes:
    minisig = _text(doc, key, 16 * 1024)
    return minisig.encode("ascii", "strict") if minisig.isascii() else b""


def _signature(doc: Any) -> SealSignature:
    every = _members(
        doc, {"org_id", "org_name", "public_key", "minisig", "signed_at"}, _SIGNATURE_EXTRA
    )
    org_id = _text(doc, "org_id", 64)
    if not _ID.match(org_id):
        raise SealInvalid()
    return SealSignature(
        org_id,
        _text(doc, "org_name"),
        _text(doc, "public_key", 200),
        _minisig(doc, "minisig"),
        _text(doc, "signed_at", 40),
        _minisig(doc, "odt_minisig") if every else b"",
        _minisig(doc, "docx_minisig") if every else b"",
    )


def _seal(doc: Any, sender: str) -> Seal:
    keys = {
        "id",
        "meeting_id",
        "policy",
        "language",
        "sealed_on",
        "sealed_by",
        "sealed_by_name",
        "content",
        "pdf",
    }
    every = _members(doc, keys, _SEAL_EXTRA)
    seal_id, meeting_id = _text(doc, "id", 36), _text(doc, "meeting_id", 64)
    if not _UUID.match(seal_id) or not _ID.match(meeting_id):
        raise SealInvalid()
    content = _b64(doc["content"], 64 * 1024**2)
    pdf = _b64(doc["pdf"], sealing.MAX_PDF)
    seal = Seal(
        seal_id,
        meeting_id,
        _text(doc, "policy", 20),
        _text(doc, "language", 10),
        _text(doc, "sealed_on", 10),
        _text(doc, "sealed_by", 64),
        _text(doc, "sealed_by_name"),
        content,
        sealing.sha256(content),
        pdf,
        sealing.sha256(pdf),
        sender,
        _b64(doc["odt"], sealing.MAX_PDF) if every else b"",
        _b64(doc["docx"], sealing.MAX_PDF) if every else b"",
    )
    # Printed (cosign show/list) and read back (addenda parse the date): the format's values only.
    if seal.policy not in {p.value for p in RedactionPolicy} or seal.language not in LANGUAGES:
        raise SealInvalid()
    try:
        dt.date.fromisoformat(seal.sealed_on)
    except ValueError:
        raise SealInvalid() from None
    sealing.check_seal(seal)  # hashes, the content's fields, the copy embedded in each file
    return seal


def _same_key(sig: SealSignature, key_id: bytes, public: bytes) -> bool:
    try:
        return signing.read_public_key(sig.public_key) == (key_id, public)
    except PublicKeyMalformed:
        return False


def _check_names(conn: Any, vault: Any, sigs: list[SealSignature]) -> None:
    """Nobody signs in the name of one of our contacts, or ours, with another key: not by their
    id, and not by their name under another id. A known organisation's signature is kept under
    the name we know it by (its card's, ours), not the name the bundle gives it."""
    known = {c.org_id: c for c in list_contacts(conn)}
    ident = load_identity(conn)
    for sig in sigs:
        if sig.org_id == vault.org_id:
            if not _same_key(sig, ident.sign_key_id, ident.sign_public):
                raise SealInvalid()
            sig.org_name = vault.org_name
        elif sig.org_id in known:
            c = known[sig.org_id]
            if not _same_key(sig, c.key_id, c.sign_public):
                raise SealInvalid()
            sig.org_name = c.org_name
        elif name_clashes(conn, vault.org_name, sig.org_name, sig.org_id):
            raise SealInvalid()


def incoming(conn: Any, vault: Any, contact: Contact, doc: Any) -> SealIncoming:
    """seal.json from a verified bundle of `contact`, fully checked; nothing written."""
    if not isinstance(doc, dict):
        raise SealInvalid()
    if doc.get("format") == REQUEST and set(doc) == {"format", "seal", "signatures"}:
        seal = _seal(doc["seal"], contact.org_id)
        raw = doc["signatures"]
        if not isinstance(raw, list) or not 0 < len(raw) <= MAX_SIGNATURES:
            raise SealInvalid()
        sigs = [_signature(s) for s in raw]
        if len({s.org_id for s in sigs}) != len(sigs):
            raise SealInvalid()
        for sig in sigs:
            sealing.check_signature(seal, sig)
        own = [s for s in sigs if s.org_id == contact.org_id]
        if not own or not _same_key(own[0], contact.key_id, contact.sign_public):
            raise SealInvalid()  # the sender asks, so the sender signed
        if seal.sealed_by not in {s.org_id for s in sigs}:
            raise SealInvalid()
        _check_names(conn, vault, sigs)
        seal.sealed_by_name = next(s.org_name for s in sigs if s.org_id == seal.sealed_by)
        held = sealing.find_seal(conn, seal.id)
        if held is not None and (held.content_sha256, held.formats) != (
            seal.content_sha256,
            seal.formats,
        ):
            raise SealInvalid()  # a sealed version never changes
        if held is not None and any(held.file(f) != seal.file(f) for f in held.formats):
            raise SealInvalid()
        return SealIncoming("request", seal, sigs, held is None)
    if doc.get("format") == REPLY:
        _members(
            doc, {"format", "seal_id", "content_sha256", "pdf_sha256", "signature"}, _REPLY_EXTRA
        )
        held = sealing.find_seal(conn, str(doc["seal_id"]))
        if held is None:
            raise SealInvalid()
        named = {k[: -len("_sha256")]: v for k, v in doc.items() if k.endswith("_sha256")}
        want = {"content": held.content_sha256} | {f: held.file_sha256(f) for f in held.formats}
        if named != want:
            raise SealInvalid()  # the reply names exactly the files of the seal we hold
        sig = _signature(doc["signature"])
        if sig.org_id != contact.org_id or not _same_key(sig, contact.key_id, contact.sign_public):
            raise SealInvalid()
        sig.org_name = contact.org_name
        sealing.check_signature(held, sig)
        return SealIncoming("signature", held, [sig])
    raise SealInvalid()


def store(conn: Any, found: SealIncoming, bundle_id: str) -> None:
    if found.new:
        sealing.store_seal(conn, found.seal, bundle_id=bundle_id)
    for sig in found.signatures:
        sealing.store_signature(conn, found.seal.id, sig)
