"""app/crypto/signing reads minisign signatures and public keys through py-minisign's public
API and a few documented format fields: it must accept exactly what py-minisign accepts, read
the same values, and verify exactly what `minisign -V` verifies."""

from __future__ import annotations

import base64
import io
import random
import shutil
import subprocess

import minisign
import pytest

from app.crypto import signing
from app.crypto.identity import generate_identity
from app.errors import ContentAltered, PublicKeyMalformed, SignatureMalformed

COMMENT = "roundtable/v1 reader test"


@pytest.fixture(scope="module")
def ident():
    return generate_identity("org-1")


@pytest.fixture(scope="module")
def signed(ident) -> tuple[bytes, bytes]:
    data = bytes(range(256)) * 4000
    return data, signing.Signer.from_identity(ident).sign(data, COMMENT)


def _theirs_signature(raw: bytes):
    try:
        sig = minisign.Signature.from_bytes(raw)
        minisign.helpers.check_comment(sig.trusted_comment)
    except minisign.Error:
        return None
    return bytes(sig._key_id), sig.trusted_comment, sig.is_prehashed()


def _ours_signature(raw: bytes):
    try:
        info = signing.parse_signature(raw)
    except SignatureMalformed:
        return None
    return info.key_id, info.trusted_comment, info.prehashed


def _mutations(raw: bytes, seed: int = 5) -> list[bytes]:
    lines = raw.splitlines()
    rnd = random.Random(seed)
    out = [
        raw,
        raw.rstrip(b"\n"),
        b"\r\n".join(lines),
        b"\n".join(lines[:3]),
        b"\n".join([*lines, b"extra"]),
        b"\n".join([b"untrusted: x", *lines[1:]]),
        b"\n".join([lines[0], lines[1], b"trusted comment:x", lines[3]]),
        b"\n".join([lines[0], lines[1], b"trusted comment: caf\xc3\xa9", lines[3]]),
        b"\n".join([lines[0], lines[1], b"trusted comment: a\tb", lines[3]]),
        b"\n".join([lines[0], lines[1], b"trusted comment: a\x01b", lines[3]]),
        b"\n".join([lines[0] + b"\xff", *lines[1:]]),
        b"\n".join([lines[0], lines[1][:-4], *lines[2:]]),
        b"\n".join([lines[0], lines[1] + b"=", *lines[2:]]),
        b"\n".join([*lines[:3], lines[3][:-4]]),
        b"\n".join([*lines[:3], b" " + lines[3]]),
    ]
    for algorithm in (b"Ed", b"ED", b"EE", b"\x00\x00"):
        line1 = base64.b64decode(lines[1])
        out.append(b"\n".join([lines[0], base64.b64encode(algorithm + line1[2:]), *lines[2:]]))
    for _ in range(200):  # single-byte changes anywhere
        b = bytearray(raw)
        b[rnd.randrange(len(b))] = rnd.randrange(256)
        out.append(bytes(b))
    return out


def test_signatures_are_read_as_py_minisign_reads_them(signed) -> None:
    _, raw = signed
    accepted = 0
    for candidate in _mutations(raw):
        ours = _ours_signature(candidate)
        assert ours == _theirs_signature(candidate), candidate
        accepted += ours is not None
    assert accepted >= 3  # the mutations do not all fail for one reason


def test_public_keys_are_read_as_py_minisign_reads_them(ident) -> None:
    pub = signing.public_key_file(ident.sign_key_id, ident.sign_public)
    line = pub.splitlines()[1]
    raw = base64.b64decode(line)
    candidates = [
        pub,
        line,
        b"  " + line + b"  \n",
        b"untrusted comment: a\x01b\n" + line,
        b"no prefix\n" + line,
        pub + b"third line\n",
        base64.b64encode(b"ED" + raw[2:]),
        base64.b64encode(b"Ee" + raw[2:]),
        base64.b64encode(raw[:-1]),
        line[:-2],
        b"",
    ]
    for candidate in candidates:
        lines = [x.strip() for x in candidate.splitlines() if x.strip()]
        try:
            if len(lines) == 1:
                pk = minisign.PublicKey.from_base64(lines[0])
            elif len(lines) == 2:
                pk = minisign.PublicKey.from_bytes(b"\n".join(lines))
            else:
                raise minisign.ParseError("lines")
            theirs = (bytes(pk._keynum_pk.key_id), bytes(pk._keynum_pk.public_key))
        except minisign.Error:
            theirs = None
        try:
            ours = signing.read_public_key(candidate)
        except PublicKeyMalformed:
            ours = None
        assert ours == theirs, candidate
    assert signing.read_public_key(pub) == (ident.sign_key_id, ident.sign_public)


def test_verify_agrees_with_py_minisign(ident, signed) -> None:
    data, raw = signed
    info = signing.parse_signature(raw)
    assert signing.verify(ident.sign_key_id, ident.sign_public, data, info) == COMMENT
    assert signing.verify(ident.sign_key_id, ident.sign_public, io.BytesIO(data), info) == COMMENT
    changed = data[:-1] + b"\x00"
    with pytest.raises(ContentAltered):
        signing.verify(ident.sign_key_id, ident.sign_public, changed, info)
    pk = signing.public_key(ident.sign_key_id, ident.sign_public)
    pk.verify(data, minisign.Signature.from_bytes(raw))
    with pytest.raises(minisign.VerifyError):
        pk.verify(changed, minisign.Signature.from_bytes(raw))


@pytest.mark.skipif(shutil.which("minisign") is None, reason="the minisign program")
def test_stock_minisign_verifies_what_we_sign(tmp_path, ident, signed) -> None:
    data, raw = signed
    (tmp_path / "data").write_bytes(data)
    (tmp_path / "data.minisig").write_bytes(raw)
    (tmp_path / "k.pub").write_bytes(signing.public_key_file(ident.sign_key_id, ident.sign_public))
    run = [shutil.which("minisign"), "-V", "-q", "-p", str(tmp_path / "k.pub")]
    subprocess.run([*run, "-m", str(tmp_path / "data")], check=True)
