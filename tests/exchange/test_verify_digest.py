"""The auditor's check hashes payload.age in a thread while the keys are read
(app/crypto/bundle_reader.py `_BackgroundDigest`): every check and its order stay as they were,
a changed or shrinking file still ends in its own error, and no thread outlives the bundle."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest

from app.crypto import bundle, bundle_reader, signing
from app.crypto.bundle_reader import OuterBundle
from app.crypto.identity import load_identity
from app.errors import (
    BundleTruncated,
    ContentAltered,
    NotABundleSignature,
    SignatureKeyMismatch,
    TrustedCommentAltered,
)
from app.exchange.verify import verify_bundle
from tests.exchange.helpers import (
    card_and_big_bundle,
    introduce,
    make_vault,
    read_outer,
    write_zip,
)


@pytest.fixture(scope="module")
def orgs(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("digest")
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    # Larger than the digest's read buffer: several reads, and time for the thread to run.
    card, big = card_and_big_bundle(root, a, b, "big.rtbundle", 9 << 20)
    yield a, b, card, big
    a.close()
    b.close()


def _digest_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "payload digest"]


def _replace(path: Path, out: Path, name: str, data: bytes) -> Path:
    return write_zip(out, [(n, data if n == name else d) for n, d in read_outer(path)])


def test_a_big_bundle_verifies_and_leaves_no_thread(orgs) -> None:
    _, _, card, big = orgs
    assert verify_bundle(big, card).seq >= 1
    assert _digest_threads() == []


def test_a_changed_payload_byte_is_content_altered(orgs, tmp_path) -> None:
    _, _, card, big = orgs
    payload = bytearray(dict(read_outer(big))[bundle.PAYLOAD])
    payload[len(payload) - 5] ^= 0x01  # in the last read of the digest
    bad = _replace(big, tmp_path / "bad.rtbundle", bundle.PAYLOAD, bytes(payload))
    with pytest.raises(ContentAltered):
        verify_bundle(bad, card)
    assert _digest_threads() == []


def test_the_comment_is_judged_before_the_content(orgs, tmp_path) -> None:
    """A signature that is not a bundle's (its own error), an altered comment (its own error):
    the digest is not what decides, and its thread is stopped."""
    a, _, card, big = orgs
    ident = load_identity(a.conn)
    other = signing.Signer.from_identity(ident).sign(b"x", "roundtable/v1 card something")
    bad = _replace(big, tmp_path / "kind.rtbundle", bundle.PAYLOAD_SIG, other)
    with pytest.raises(NotABundleSignature):
        verify_bundle(bad, card)
    sig = dict(read_outer(big))[bundle.PAYLOAD_SIG]
    forged = re.sub(rb" seq=(\d+) ", b" seq=999 ", sig)
    bad = _replace(big, tmp_path / "comment.rtbundle", bundle.PAYLOAD_SIG, forged)
    with pytest.raises(TrustedCommentAltered):
        verify_bundle(bad, card)
    assert _digest_threads() == []


def test_another_key_is_refused_and_the_thread_stopped(orgs) -> None:
    _, b, _, big = orgs
    other = load_identity(b.conn)
    with OuterBundle(big, keep_payload=False) as outer, pytest.raises(SignatureKeyMismatch):
        outer.verify(other.sign_key_id, other.sign_public)
    assert _digest_threads() == []


def test_closing_without_verifying_stops_the_thread(orgs) -> None:
    _, _, _, big = orgs
    with OuterBundle(big, keep_payload=False) as outer:
        assert outer.key_id
    assert _digest_threads() == []


def test_a_payload_that_shrinks_under_the_digest_is_truncated(orgs, tmp_path, monkeypatch) -> None:
    a, _, _, big = orgs
    path = tmp_path / "shrinks.rtbundle"
    path.write_bytes(big.read_bytes())
    real = bundle_reader._BackgroundDigest._run

    def shrink_then_run(self) -> None:
        os.truncate(path, 3 << 20)  # a USB stick pulled, a sync client rewriting the file
        real(self)

    monkeypatch.setattr(bundle_reader._BackgroundDigest, "_run", shrink_then_run)
    ident = load_identity(a.conn)
    with OuterBundle(path, keep_payload=False) as outer, pytest.raises(BundleTruncated):
        outer.verify(ident.sign_key_id, ident.sign_public)
    assert _digest_threads() == []


def test_the_digest_is_the_one_minisign_signs(orgs) -> None:
    """Prehashed verification gives the same answers as py-minisign's own over the data."""
    a, _, _, _ = orgs
    ident = load_identity(a.conn)
    data = os.urandom(100_000)
    info = signing.parse_signature(
        signing.Signer.from_identity(ident).sign(data, "roundtable/v1 test")
    )
    good = signing.Prehashed(lambda: _b2(data))
    assert signing.verify(ident.sign_key_id, ident.sign_public, good, info) == "roundtable/v1 test"
    bad = signing.Prehashed(lambda: _b2(data[:-1]))
    with pytest.raises(ContentAltered):
        signing.verify(ident.sign_key_id, ident.sign_public, bad, info)
    asked: list[bool] = []

    def never() -> bytes:
        asked.append(True)
        return _b2(data)

    def wrong_kind(comment: str) -> None:
        raise NotABundleSignature()

    with pytest.raises(NotABundleSignature):
        signing.verify(
            ident.sign_key_id,
            ident.sign_public,
            signing.Prehashed(never),
            info,
            check_comment_first=wrong_kind,
        )
    assert asked == []  # the digest is not waited for once the comment decided


def _b2(data: bytes) -> bytes:
    h = signing.hasher()
    h.update(data)
    return h.digest()
