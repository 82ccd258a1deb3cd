"""Minisign signatures (prehashed, "ED") over our keys, behind one small module.

py-minisign is pinned exactly (its API changed recently); nothing else imports it. We use its
classes to write every format: `SecretKey` built from the raw Ed25519 seed kept in the vault,
`PublicKey` for `.pub` files, `Signature` for `.minisig` files.

Reading and verifying (`parse_signature`, `read_public_key`, `verify`) is done here, with the
same checks py-minisign makes (line count, prefixes, strict base64, lengths, algorithm,
printable comments), because importing py-minisign pulls in most of `cryptography`'s
serialization modules: `roundtable verify` (an auditor's tool, compared with `minisign -V`)
would spend longer loading it than checking a 100 MB bundle. Tests check both readers agree
(tests/crypto/test_signing_reader.py).

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
from typing import TYPE_CHECKING, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

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

UNTRUSTED_COMMENT = "signature from Roundtable"
KEY_ID_LEN = 8
_CHUNK = 8 << 20

# The minisign formats (as in py-minisign's const.py).
_PURE = b"Ed"  # a key's algorithm; a signature over the data itself
_PREHASHED = b"ED"  # a signature over the BLAKE2b-512 of the data
_SIG_LEN = 64
_PUBLIC_LEN = 2 + KEY_ID_LEN + 32
_UNTRUSTED_PREFIX = b"untrusted comment: "
_TRUSTED_PREFIX = b"trusted comment: "
TRUSTED_COMMENT_MAX_LEN = 8192 - len(_TRUSTED_PREFIX)


class _FormatError(ValueError):
    pass


def _b64(data: bytes, length: int) -> bytes:
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise _FormatError() from None
    if len(raw) != length:
        raise _FormatError()
    return raw


def _comment(line: bytes, prefix: bytes) -> str:
    if not line.startswith(prefix):
        raise _FormatError()
    try:
        return line[len(prefix) :].decode()
    except UnicodeDecodeError:
        raise _FormatError() from None


def check_comment(text: str) -> None:
    """One line of printable ASCII (tabs allowed), as minisign requires."""
    if any(c != "\t" and not " " <= c < "\x7f" for c in text):
        raise _FormatError()


@dataclasses.dataclass(frozen=True)
class _Sig:
    algorithm: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


@dataclasses.dataclass(frozen=True)
class SignatureInfo:
    """What a parsed signature claims (nothing here is verified yet)."""

    key_id: bytes
    trusted_comment: str
    prehashed: bool
    _sig: _Sig = dataclasses.field(repr=False, compare=False)


def public_key(key_id: bytes, public: bytes) -> minisign.PublicKey:
    import minisign
    from minisign.algo import SignatureAlgorithm
    from minisign.public_key import KeynumPK

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
        if len(lines) == 2:
            check_comment(_comment(lines[0], _UNTRUSTED_PREFIX))
        elif len(lines) != 1:
            raise _FormatError()
        key = _b64(lines[-1], _PUBLIC_LEN)
        if key[:2] != _PURE:  # a key is "Ed"; "ED" names a signature mode, never a key
            raise _FormatError()
    except _FormatError:
        raise PublicKeyMalformed() from None
    return key[2 : 2 + KEY_ID_LEN], key[2 + KEY_ID_LEN :]


class Signer:
    """Signs with the organisation's key; keep it only as long as the operation needs it."""

    def __init__(self, key_id: bytes, seed: bytes, public: bytes) -> None:
        import minisign
        from minisign.algo import CksumAlgorithm, KDFAlgorithm, SignatureAlgorithm
        from minisign.secret_key import KeynumSK

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
        import minisign
        from minisign.algo import SignatureAlgorithm

        if len(digest) != 64:
            raise ValueError("a BLAKE2b-512 digest is 64 bytes")
        try:
            check_comment(trusted_comment)
        except _FormatError:
            raise ValueError("the trusted comment must be printable ASCII on one line") from None
        if len(trusted_comment) > TRUSTED_COMMENT_MAX_LEN:
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
        lines = data.splitlines()
        if len(lines) != 4:
            raise _FormatError()
        global_signature = _b64(lines[3], _SIG_LEN)
        line1 = _b64(lines[1], 2 + KEY_ID_LEN + _SIG_LEN)
        algorithm = line1[:2]
        if algorithm not in (_PURE, _PREHASHED):
            raise _FormatError()
        _comment(lines[0], _UNTRUSTED_PREFIX)
        comment = _comment(lines[2], _TRUSTED_PREFIX)
        check_comment(comment)
    except _FormatError:
        raise SignatureMalformed() from None
    sig = _Sig(algorithm, line1[2 + KEY_ID_LEN :], comment, global_signature)
    return SignatureInfo(line1[2 : 2 + KEY_ID_LEN], comment, algorithm == _PREHASHED, sig)


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
        key = ed25519.Ed25519PublicKey.from_public_bytes(public)
        key.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("ascii"))
    except (InvalidSignature, ValueError):
        raise TrustedCommentAltered() from None
    if check_comment_first is not None:
        check_comment_first(sig.trusted_comment)
    try:
        key.verify(sig.signature, _digest(data))
    except InvalidSignature:
        raise ContentAltered() from None
    return sig.trusted_comment


def _digest(data: bytes | BinaryIO) -> bytes:
    """BLAKE2b-512 of `data`, read from a stream in large pieces."""
    if isinstance(data, bytes):
        return hashlib.blake2b(data).digest()
    digest = hasher()
    while chunk := data.read(_CHUNK):
        digest.update(chunk)
    return digest.digest()


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
