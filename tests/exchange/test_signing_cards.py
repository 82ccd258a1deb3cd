"""Signing module, contact cards, fingerprints and rotation."""

from __future__ import annotations

import hashlib
import json

import minisign
import pytest

from app.crypto import signing
from app.crypto.cards import make_card, read_card
from app.crypto.fingerprint import fingerprint, qr_png, qr_svg, same_fingerprint
from app.crypto.identity import generate_identity
from app.errors import (
    CardInvalid,
    CardSignatureInvalid,
    ContactKeyConflict,
    ContentAltered,
    FingerprintMismatch,
    RotationInvalid,
    SignatureKeyMismatch,
    SignatureNotPrehashed,
    TrustedCommentAltered,
)
from app.exchange.contacts import (
    add_contact,
    get_contact,
    key_history,
    own_card,
    rotate_identity,
    verify_contact,
)
from tests.exchange.helpers import make_vault


@pytest.fixture
def ident():
    return generate_identity("org-1")


def test_sign_digest_is_byte_identical_to_py_minisign(ident) -> None:
    signer = signing.Signer.from_identity(ident)
    data = bytes(range(256)) * 1000
    streamed = signer.sign_digest(hashlib.blake2b(data).digest(), "roundtable/v1 test")
    assert streamed == signer.sign(data, "roundtable/v1 test")
    # and py-minisign itself verifies it as a prehashed signature
    sig = minisign.Signature.from_bytes(streamed)
    assert sig.is_prehashed()
    signing.public_key(ident.sign_key_id, ident.sign_public).verify(data, sig)


def test_verify_tells_content_from_comment_tampering(ident) -> None:
    signer = signing.Signer.from_identity(ident)
    sig = signer.sign(b"payload", "roundtable/v1 original")
    info = signing.parse_signature(sig)
    assert signing.verify(ident.sign_key_id, ident.sign_public, b"payload", info) == (
        "roundtable/v1 original"
    )
    with pytest.raises(ContentAltered):
        signing.verify(ident.sign_key_id, ident.sign_public, b"payloaX", info)
    altered = signing.parse_signature(sig.replace(b"original", b"altered!"))
    with pytest.raises(TrustedCommentAltered):
        signing.verify(ident.sign_key_id, ident.sign_public, b"payload", altered)
    other = generate_identity("org-2")
    with pytest.raises(SignatureKeyMismatch):
        signing.verify(other.sign_key_id, other.sign_public, b"payload", info)


def test_legacy_signatures_are_refused(ident) -> None:
    sk = signing.Signer.from_identity(ident)._sk
    legacy = bytes(sk.sign(b"data", prehash=False, trusted_comment="t")) + b"\n"
    with pytest.raises(SignatureNotPrehashed):
        signing.verify(
            ident.sign_key_id, ident.sign_public, b"data", signing.parse_signature(legacy)
        )


def test_public_key_file_round_trip(ident) -> None:
    pub = signing.public_key_file(ident.sign_key_id, ident.sign_public)
    assert pub.startswith(b"untrusted comment: ")
    assert signing.read_public_key(pub) == (ident.sign_key_id, ident.sign_public)
    line = pub.splitlines()[1].decode()
    assert signing.read_public_key(line) == (ident.sign_key_id, ident.sign_public)


def test_fingerprint_is_grouped_digits_and_compares_loosely(ident) -> None:
    fp = fingerprint(ident.sign_key_id, ident.sign_public)
    groups = fp.split()
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert same_fingerprint(fp, fp.replace(" ", "-"))
    assert not same_fingerprint(fp, "0" * 30)
    assert qr_svg(fp).startswith(b"<svg")
    assert qr_png(fp).startswith(b"\x89PNG")


def test_card_round_trip_and_tampering(ident) -> None:
    card = make_card(ident, "Land Rights Watch")
    again = read_card(card.raw)
    assert again.fingerprint == card.fingerprint
    assert again.age_recipient == ident.age_recipient
    doc = json.loads(card.raw)
    doc["card"]["age_recipient"] = generate_identity("x").age_recipient  # a swapped age key
    with pytest.raises(CardSignatureInvalid):
        read_card(json.dumps(doc).encode())
    with pytest.raises(CardInvalid):
        read_card(b"not json")


def test_contacts_verify_and_rotate(tmp_path) -> None:
    a = make_vault(tmp_path, "Org A")
    b = make_vault(tmp_path, "Org B")
    result = add_contact(b, own_card(a).raw)
    assert result.status == "added" and not result.contact.verified
    with pytest.raises(FingerprintMismatch):
        verify_contact(b, a.org_id, "12345 12345 12345 12345 12345 12345")
    assert not get_contact(b.conn, a.org_id).verified
    verified = verify_contact(b, a.org_id, result.contact.fingerprint)
    assert verified.verified

    old_fp = verified.fingerprint
    rotated = rotate_identity(a)
    result = add_contact(b, rotated.raw)
    assert result.status == "rotated"
    assert result.contact.fingerprint == rotated.fingerprint != old_fp
    assert result.contact.verified  # vouched for by the verified old key
    assert [h[0] for h in key_history(b.conn, a.org_id)] == [old_fp, rotated.fingerprint]


def test_a_new_key_without_the_old_keys_signature_is_refused(tmp_path) -> None:
    a = make_vault(tmp_path, "Org A")
    b = make_vault(tmp_path, "Org B")
    add_contact(b, own_card(a).raw, verified=True)
    impostor = generate_identity(a.org_id)  # same org id, new key, no rotation signature
    with pytest.raises(ContactKeyConflict):
        add_contact(b, make_card(impostor, "Org A").raw)
    stranger = generate_identity("someone-else")
    forged = make_card(
        generate_identity(a.org_id), "Org A", previous=signing.Signer.from_identity(stranger)
    )
    with pytest.raises(RotationInvalid):
        add_contact(b, forged.raw)
    assert get_contact(b.conn, a.org_id).verified


def test_outer_comment_carries_any_org_name_as_ascii() -> None:
    from app.crypto.bundle import outer_comment, parse_outer_comment

    name = "សមាគម Khmer Krom 100% & co."
    comment = outer_comment(
        "6f1c1a52-0c59-4c61-9f4e-3e8a2f0b7d11", name, 7, "2026-01-01T00:00:00Z", "a" * 64
    )
    assert comment.isascii() and " & " not in comment
    header = parse_outer_comment(comment, b"12345678")
    assert (header.sender_name, header.seq) == (name, 7)


def test_an_older_card_signed_by_the_same_key_cannot_revert_a_newer_one(tmp_path) -> None:
    from app.crypto.identity import load_identity
    from app.errors import StaleContactCard

    a = make_vault(tmp_path, "Org A")
    b = make_vault(tmp_path, "Org B")
    ident = load_identity(a.conn)
    old = make_card(ident, "Org A (old name)", created="2025-01-01T00:00:00.000000Z")
    new = make_card(ident, "Org A", created="2026-01-01T00:00:00.000000Z")
    add_contact(b, new.raw)
    with pytest.raises(StaleContactCard):
        add_contact(b, old.raw)
    assert get_contact(b.conn, a.org_id).org_name == "Org A"
    assert add_contact(b, new.raw).status == "unchanged"


def test_signing_uses_only_py_minisigns_public_api() -> None:
    """No private attribute or internal module of py-minisign: the dependency can be a range."""
    import ast
    import inspect

    private = {
        name
        for cls in (minisign.SecretKey, minisign.PublicKey, minisign.Signature)
        for name in dir(cls)
        if name.startswith("_") and not name.startswith("__")
    }
    assert "_keynum_sk" in private and "_global_signature" in private
    tree = ast.parse(inspect.getsource(signing))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert not (node.module or "").startswith("minisign"), node.module
        if isinstance(node, ast.Attribute):
            assert node.attr not in private, (node.attr, node.lineno)
            if isinstance(node.value, ast.Name) and node.value.id == "minisign":
                assert not node.attr.startswith("_"), node.attr
