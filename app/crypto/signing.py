"""Minisign signatures (prehashed, "ED") over our keys, behind one small module.

Everything goes through py-minisign's public API (`SecretKey.from_base64` and `.sign`,
`PublicKey.from_base64`/`.from_bytes`/`.verify`/`.to_base64`, `Signature.from_bytes`,
`.trusted_comment`, `.is_prehashed`), so any 0.20-0.21 release works; where we need a field
(a key id, the signature bytes), we read it from the file format minisign documents
(https://jedisct1.github.io/minisign/), which no release may change:

    public key   base64("Ed" | key_id[8] | public[32])
    secret key   base64("Ed" | kdf "\0\0" | "B2" | salt[32] | ops[8] | mem[8]
                        | key_id[8] | seed[32] | public[32] | blake2b-256 checksum[32])
    signature    base64(alg "ED" | key_id[8] | ed25519(blake2b-512(data))[64])
                 trusted comment, base64(ed25519(signature | trusted comment))

`sign_digest` signs a BLAKE2b-512 digest computed while the data streamed past (a 100 MB
payload is hashed as it is encrypted, not read twice). Ed25519 over the digest is exactly the
prehashed signature; py-minisign's `sign(digest, prehash=False)` computes it and the global
signature, and only the algorithm tag (not covered by either signature) is set to "ED". A test
checks the bytes equal `sign(data, prehash=True)`'s.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

from app.errors import (
    ContentAltered,
    PublicKeyMalformed,
    SignatureKeyMismatch,
    SignatureMalformed,
    SignatureNotPrehashed,
    TrustedCommentAltered,
)

if TYPE_CHECKING:
    import minisign

# py-minisign (and with it most of `cryptography`) is imported by the functions that use it:
# `roundtable verify` hashes the payload in a thread while it loads them (app/crypto/
# bundle_reader.py), and a module that only names these functions pays nothing.

UNTRUSTED_COMMENT = "signature from Roundtable"
KEY_ID_LEN = 8
_CHUNK = 8 << 20
_PURE, _PREHASHED = b"Ed", b"ED"
_SIG_LINE_LEN = 2 + KEY_ID_LEN + 64
# minisign reads a signature file's lines into 8 KiB, "trusted comment: " included.
TRUSTED_COMMENT_MAX_LEN = 8192 - len("trusted comment: ")


@dataclasses.dataclass(frozen=True)
class SignatureInfo:
    """What a parsed signature claims (nothing here is verified yet)."""

    key_id: bytes
    trusted_comment: str
    prehashed: bool
    signature_bytes: bytes = dataclasses.field(repr=False, compare=False)
    global_signature: bytes = dataclasses.field(repr=False, compare=False)
    _sig: minisign.Signature = dataclasses.field(repr=False, compare=False)


def public_key(key_id: bytes, public: bytes) -> minisign.PublicKey:
    import minisign

    if len(key_id) != KEY_ID_LEN or len(public) != 32:
        raise PublicKeyMalformed()
    return minisign.PublicKey.from_base64(b64(_PURE + bytes(key_id) + bytes(public)))


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
    import minisign

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
    fields = base64.b64decode(pk.to_base64())  # "Ed" | key id | public key
    return fields[2 : 2 + KEY_ID_LEN], fields[2 + KEY_ID_LEN :]


def _secret_key(key_id: bytes, seed: bytes, public: bytes) -> minisign.SecretKey:
    """An unencrypted minisign secret key holding `seed` (format in the module docstring)."""
    import minisign

    checksum = hashlib.blake2b(_PURE + key_id + seed + public, digest_size=32).digest()
    blob = bytearray(_PURE + b"\0\0" + b"B2" + bytes(32 + 8 + 8))
    blob += key_id + seed + public + checksum
    encoded = bytearray(base64.b64encode(blob))
    try:
        return minisign.SecretKey.from_base64(bytes(encoded))
    finally:  # the seed in these transient buffers; py-minisign keeps its own copy to wipe
        blob[:] = bytes(len(blob))
        encoded[:] = bytes(len(encoded))


class Signer:
    """Signs with the organisation's key; keep it only as long as the operation needs it."""

    def __init__(self, key_id: bytes, seed: bytes, public: bytes) -> None:
        if len(key_id) != KEY_ID_LEN or len(seed) != 32 or len(public) != 32:
            raise ValueError("bad key material")
        self._sk = _secret_key(bytes(key_id), bytes(seed), bytes(public))
        self.key_id = bytes(key_id)
        self.public = bytes(public)

    @classmethod
    def from_identity(cls, ident: object) -> Signer:
        return cls(ident.sign_key_id, ident.sign_secret, ident.sign_public)  # type: ignore[attr-defined]

    def sign(self, data: bytes | BinaryIO, trusted_comment: str) -> bytes:
        """A prehashed minisign signature file over `data` (bytes or a readable stream)."""
        source = data if isinstance(data, bytes) else _LargeReads(data)
        sig = self._sign(source, trusted_comment, prehash=True)
        return bytes(sig) + b"\n"

    def sign_digest(self, digest: bytes, trusted_comment: str) -> bytes:
        """Like `sign`, given the BLAKE2b-512 digest of the data (see the module docstring)."""
        import minisign

        if len(digest) != 64:
            raise ValueError("a BLAKE2b-512 digest is 64 bytes")
        lines = bytes(self._sign(bytes(digest), trusted_comment, prehash=False)).split(b"\n")
        fields = base64.b64decode(lines[1])
        if fields[:2] != _PURE:
            raise ValueError("unexpected signature algorithm")
        lines[1] = base64.b64encode(_PREHASHED + fields[2:])
        signed = b"\n".join(lines)
        if not minisign.Signature.from_bytes(signed).is_prehashed():
            raise ValueError("not a prehashed signature")
        return signed + b"\n"

    def _sign(self, data: object, trusted_comment: str, *, prehash: bool) -> minisign.Signature:
        import minisign

        if len(trusted_comment) > TRUSTED_COMMENT_MAX_LEN:
            raise ValueError("trusted comment too long")
        try:
            return self._sk.sign(
                data,  # type: ignore[arg-type]
                prehash=prehash,
                untrusted_comment=UNTRUSTED_COMMENT,
                trusted_comment=trusted_comment,
            )
        except minisign.Error:
            raise ValueError("the trusted comment must be printable ASCII on one line") from None

    def wipe(self) -> None:
        """Zero the `bytearray`s py-minisign keeps the key in (seed, public key, checksum).

        Not wiped, because Python cannot overwrite them: the seed as `bytes` in the
        `OrgIdentity` it came from and in SQLite's page cache while the vault is open, the
        transient `bytes` copies made while building the key, and the copy inside the
        `cryptography` Ed25519 key object made for each signature. See docs/keys.md."""
        self._sk.wipe()


def hasher() -> hashlib.blake2b:
    """The digest minisign's prehashed mode signs (BLAKE2b-512)."""
    return hashlib.blake2b()


def parse_signature(data: bytes) -> SignatureInfo:
    import minisign

    if len(data) > 16 * 1024:
        raise SignatureMalformed()
    try:
        sig = minisign.Signature.from_bytes(data)
        comment = sig.trusted_comment
        lines = data.splitlines()
        fields = base64.b64decode(lines[1], validate=True)
        global_signature = base64.b64decode(lines[3], validate=True)
    except (minisign.Error, binascii.Error, IndexError, ValueError):
        raise SignatureMalformed() from None
    if (
        len(fields) != _SIG_LINE_LEN
        or len(global_signature) != 64
        or any(c != "\t" and not " " <= c < "\x7f" for c in comment)
    ):
        raise SignatureMalformed()
    return SignatureInfo(
        key_id=fields[2 : 2 + KEY_ID_LEN],
        trusted_comment=comment,
        prehashed=sig.is_prehashed(),
        signature_bytes=fields[2 + KEY_ID_LEN :],
        global_signature=global_signature,
        _sig=sig,
    )


@dataclasses.dataclass(frozen=True)
class Prehashed:
    """The data given as its BLAKE2b-512 digest, which `digest()` returns once it is ready
    (a 100 MB payload is hashed in a thread while the keys and the signature are read)."""

    digest: Callable[[], bytes]


def verify(
    key_id: bytes,
    public: bytes,
    data: bytes | BinaryIO | Prehashed,
    signature: SignatureInfo,
    *,
    check_comment_first: Callable[[str], None] | None = None,
) -> str:
    """Check `signature` over `data` with the given key; return the (now trusted) comment.

    The trusted comment is authenticated first, so `check_comment_first` (e.g. "is this a
    bundle signature at all?") runs on authentic text before the content is hashed (or its
    digest asked for); each failure has its own error.
    """
    import minisign
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import ed25519

    if not signature.prehashed:
        raise SignatureNotPrehashed()
    if signature.key_id != key_id:
        raise SignatureKeyMismatch()
    comment = signature.trusted_comment
    try:
        key = ed25519.Ed25519PublicKey.from_public_bytes(public)
        key.verify(signature.global_signature, signature.signature_bytes + comment.encode("ascii"))
    except (InvalidSignature, ValueError):
        raise TrustedCommentAltered() from None
    if check_comment_first is not None:
        check_comment_first(comment)
    if isinstance(data, Prehashed):
        # What minisign -V does for a prehashed ("ED") signature: Ed25519 over the BLAKE2b-512
        # of the data (the global signature above is its second half).
        digest = data.digest()
        try:
            key.verify(signature.signature_bytes, digest)
        except InvalidSignature:
            raise ContentAltered() from None
        return comment
    source = data if isinstance(data, bytes) else _LargeReads(data)
    try:
        public_key(key_id, public).verify(source, signature._sig)  # type: ignore[arg-type]
    except minisign.Error:
        raise ContentAltered() from None
    return comment


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
