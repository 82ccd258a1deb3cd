"""Minisign signatures (prehashed, "ED") over our keys, behind one small module.

py-minisign is pinned exactly (its API changed recently); nothing else imports it. We use its
classes for every format detail: `SecretKey` built from the raw Ed25519 seed kept in the vault,
`PublicKey` for `.pub` files, `Signature` for `.minisig` files and verification.

One departure from calling `SecretKey.sign`: `sign_digest` signs a BLAKE2b-512 digest computed
while the data streamed past (a 100 MB payload is hashed as it is encrypted, not read twice).
It produces exactly the bytes `SecretKey.sign(data, prehash=True)` would (Ed25519 is
deterministic; a test checks byte equality), assembled with py-minisign's `Signature` class.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
from collections.abc import Callable
from typing import BinaryIO

import minisign
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519
from minisign.algo import CksumAlgorithm, KDFAlgorithm, SignatureAlgorithm
from minisign.helpers import check_comment
from minisign.public_key import KeynumPK
from minisign.secret_key import KeynumSK

from app.errors import (
    ContentAltered,
    PublicKeyMalformed,
    SignatureKeyMismatch,
    SignatureMalformed,
    SignatureNotPrehashed,
    TrustedCommentAltered,
)

UNTRUSTED_COMMENT = "signature from Roundtable"
KEY_ID_LEN = 8
_CHUNK = 8 << 20


@dataclasses.dataclass(frozen=True)
class SignatureInfo:
    """What a parsed signature claims (nothing here is verified yet)."""

    key_id: bytes
    trusted_comment: str
    prehashed: bool
    _sig: minisign.Signature = dataclasses.field(repr=False, compare=False)


def public_key(key_id: bytes, public: bytes) -> minisign.PublicKey:
    if len(key_id) != KEY_ID_LEN or len(public) != 32:
        raise PublicKeyMalformed()
    return minisign.PublicKey(
        _untrusted_comment=None,
        _signature_algorithm=SignatureAlgorithm.PURE_ED_DSA,
        _keynum_pk=KeynumPK(key_id=bytes(key_id), public_key=bytes(public)),
    )


def public_key_base64(key_id: bytes, public: bytes) -> str:
    """The one-line form (`RWQ...`) as printed by `minisign -G` and used in contact cards."""
    return public_key(key_id, public).to_base64().decode("ascii")


def public_key_file(key_id: bytes, public: bytes, comment: str = "") -> bytes:
    """A standard minisign `.pub` file, as `minisign -V -p FILE` reads it."""
    pk = public_key(key_id, public)
    pk.untrusted_comment = comment or f"minisign public key {key_id.hex().upper()}"
    return bytes(pk) + b"\n"


def read_public_key(data: bytes | str) -> tuple[bytes, bytes]:
    """(key id, Ed25519 public key) from a `.pub` file or its base64 line."""
    raw = data.encode("ascii", "replace") if isinstance(data, str) else data
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    try:
        if len(lines) == 1:
            pk = minisign.PublicKey.from_base64(lines[0])
        elif len(lines) == 2:
            pk = minisign.PublicKey.from_bytes(b"\n".join(lines))
        else:
            raise PublicKeyMalformed()
    except minisign.Error:
        raise PublicKeyMalformed() from None
    keynum = pk._keynum_pk
    return bytes(keynum.key_id), bytes(keynum.public_key)


class Signer:
    """Signs with the organisation's key; keep it only as long as the operation needs it."""

    def __init__(self, key_id: bytes, seed: bytes, public: bytes) -> None:
        if len(key_id) != KEY_ID_LEN or len(seed) != 32 or len(public) != 32:
            raise ValueError("bad key material")
        self._sk = minisign.SecretKey(
            _untrusted_comment=None,
            _signature_algorithm=SignatureAlgorithm.PURE_ED_DSA,
            _kdf_algorithm=KDFAlgorithm.NONE,
            _cksum_algorithm=CksumAlgorithm.BLAKE2b,
            _kdf_salt=bytes(32),
            _kdf_opslimit=0,
            _kdf_memlimit=0,
            _keynum_sk=KeynumSK(
                key_id=bytearray(key_id),
                secret_key=bytearray(seed),
                public_key=bytearray(public),
                checksum=bytearray(32),
            ),
        )
        self._sk._update_checksum()
        self.key_id = bytes(key_id)
        self.public = bytes(public)

    @classmethod
    def from_identity(cls, ident: object) -> Signer:
        return cls(ident.sign_key_id, ident.sign_secret, ident.sign_public)  # type: ignore[attr-defined]

    def sign(self, data: bytes | BinaryIO, trusted_comment: str) -> bytes:
        """A prehashed minisign signature file over `data` (bytes or a readable stream)."""
        source = data if isinstance(data, bytes) else _LargeReads(data)
        sig = self._sk.sign(
            source,  # type: ignore[arg-type]
            prehash=True,
            untrusted_comment=UNTRUSTED_COMMENT,
            trusted_comment=trusted_comment,
        )
        return bytes(sig) + b"\n"

    def sign_digest(self, digest: bytes, trusted_comment: str) -> bytes:
        """Like `sign`, given the BLAKE2b-512 digest of the data (see the module docstring)."""
        if len(digest) != 64:
            raise ValueError("a BLAKE2b-512 digest is 64 bytes")
        try:
            check_comment(trusted_comment)
        except minisign.Error:
            raise ValueError("the trusted comment must be printable ASCII on one line") from None
        if len(trusted_comment) > minisign.TRUSTED_COMMENT_MAX_LEN:
            raise ValueError("trusted comment too long")
        key = ed25519.Ed25519PrivateKey.from_private_bytes(bytes(self._sk._keynum_sk.secret_key))
        signature = key.sign(digest)
        sig = minisign.Signature(
            _untrusted_comment=UNTRUSTED_COMMENT,
            _signature_algorithm=SignatureAlgorithm.PREHASHED_ED_DSA,
            _key_id=self.key_id,
            _signature=signature,
            _trusted_comment=trusted_comment,
            _global_signature=key.sign(signature + trusted_comment.encode("ascii")),
        )
        return bytes(sig) + b"\n"

    def wipe(self) -> None:
        """Zero the `bytearray`s py-minisign keeps the key in (seed, public key, checksum).

        Not wiped, because Python cannot overwrite them: the seed as `bytes` in the
        `OrgIdentity` it came from and in SQLite's page cache while the vault is open, the
        transient `bytes` copy made for each `sign_digest`, and the copy inside the
        `cryptography` Ed25519 key object. See docs/keys.md."""
        self._sk.wipe()


def hasher() -> hashlib.blake2b:
    """The digest minisign's prehashed mode signs (BLAKE2b-512)."""
    return hashlib.blake2b()


def parse_signature(data: bytes) -> SignatureInfo:
    if len(data) > 16 * 1024:
        raise SignatureMalformed()
    try:
        sig = minisign.Signature.from_bytes(data)
        comment = sig.trusted_comment
        check_comment(comment)
    except minisign.Error:
        raise SignatureMalformed() from None
    return SignatureInfo(bytes(sig._key_id), comment, sig.is_prehashed(), sig)


def verify(
    key_id: bytes,
    public: bytes,
    data: bytes | BinaryIO,
    signature: SignatureInfo,
    *,
    check_comment_first: Callable[[str], None] | None = None,
) -> str:
    """Check `signature` over `data` with the given key; return the (now trusted) comment.

    The trusted comment is authenticated first, so `check_comment_first` (e.g. "is this a
    bundle signature at all?") runs on authentic text before the content is hashed; each failure
    has its own error.
    """
    if not signature.prehashed:
        raise SignatureNotPrehashed()
    if signature.key_id != key_id:
        raise SignatureKeyMismatch()
    sig = signature._sig
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(public).verify(
            sig._global_signature, sig._signature + sig.trusted_comment.encode("ascii")
        )
    except (InvalidSignature, ValueError):
        raise TrustedCommentAltered() from None
    if check_comment_first is not None:
        check_comment_first(sig.trusted_comment)
    source = data if isinstance(data, bytes) else _LargeReads(data)
    try:
        public_key(key_id, public).verify(source, sig)  # type: ignore[arg-type]
    except minisign.Error:
        raise ContentAltered() from None
    return sig.trusted_comment


class _LargeReads:
    """py-minisign hashes streams in 8 KiB reads; 8 MiB reads cut the Python overhead away."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def read(self, size: int = -1, /) -> bytes:
        return self._stream.read(_CHUNK)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, length: int | None = None) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise PublicKeyMalformed() from None
    if length is not None and len(raw) != length:
        raise PublicKeyMalformed()
    return raw
