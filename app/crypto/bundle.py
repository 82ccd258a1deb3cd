"""The `.rtbundle` file format (DESIGN §4): writing, and every check that needs no vault.

Outer ZIP, exactly two stored members:
  payload.age          age (x25519, one stanza per recipient organisation) over the inner ZIP
  payload.age.minisig  prehashed minisign signature over payload.age, trusted comment
                       `roundtable/v1 bundle=<uuid> from=<org> seq=<n> created=<UTC>
                       inner_sha256=<hex>`  (<org> is the sender's name, percent-encoded UTF-8,
                       because minisign comments are printable ASCII; inner_sha256 is the
                       SHA-256 of manifest.json, which lists the hash of every other file)
Inner ZIP: manifest.json (canonical JSON), manifest.json.minisig (prehashed, comment
`roundtable/v1 manifest bundle=<uuid> seq=<n> inner_sha256=<hex>`), data.json, and optionally
`attachments/<uuid>`.

Reading treats every byte as hostile: exact member names, no duplicates or escaping paths, caps
on member count, sizes and compression ratio, decryption only into memory (an age STREAM
chunk reaches the buffer only after its tag checked; the buffer is dropped on any failure).
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import io
import json
import mmap
import os
import re
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from app.crypto import signing
from app.crypto.cards import canonical_json
from app.errors import (
    BundleDamaged,
    BundleDuplicateMember,
    BundleError,
    BundleMalformed,
    BundleTooLarge,
    BundleTruncated,
    BundleUnexpectedMembers,
    BundleUnsafePath,
    ContentAltered,
    FileHashMismatch,
    InnerSignatureInvalid,
    InnerSignerMismatch,
    ManifestMismatch,
    NotABundleSignature,
    NotForThisVault,
    PayloadUndecryptable,
    SenderMismatch,
    SignatureKeyMismatch,
    TrustedCommentAltered,
)

FORMAT = "roundtable-bundle/1"
PAYLOAD = "payload.age"
PAYLOAD_SIG = "payload.age.minisig"
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.json.minisig"
DATA = "data.json"
ATTACHMENT_DIR = "attachments/"
SUFFIX = ".rtbundle"
_CHUNK = 1 << 20
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_OUTER_COMMENT = re.compile(
    r"^roundtable/v1 bundle=(?P<bundle>[0-9a-f-]{36}) from=(?P<org>[A-Za-z0-9%._~-]{1,900}) "
    r"seq=(?P<seq>[0-9]{1,15}) created=(?P<created>[0-9TZ:.-]{10,40}) "
    r"inner_sha256=(?P<sha>[0-9a-f]{64})$"
)
_MANIFEST_COMMENT = "roundtable/v1 manifest bundle={bundle} seq={seq} inner_sha256={sha}"


@dataclass(frozen=True)
class Limits:
    """Caps on attacker-chosen sizes (STYLE 9). The payload is decrypted into memory, so the
    total is also a memory cap."""

    max_payload_bytes: int = 3 * 1024**3
    max_members: int = 10_000
    max_member_bytes: int = 2 * 1024**3  # the vault's own attachment cap
    max_total_bytes: int = 3 * 1024**3
    max_json_bytes: int = 512 * 1024**2
    max_ratio: int = 200  # uncompressed / compressed, for members over 1 MiB
    max_sig_bytes: int = 16 * 1024


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Party:
    org_id: str
    org_name: str
    key_id: bytes = b""
    sign_public: bytes = b""
    age_recipient: str = ""

    def as_json(self) -> dict[str, str]:
        out = {
            "org_id": self.org_id,
            "org_name": self.org_name,
            "age_recipient": self.age_recipient,
        }
        if self.sign_public:
            out["minisign_public"] = signing.public_key_base64(self.key_id, self.sign_public)
        return out


@dataclass(frozen=True)
class OuterHeader:
    """The outer signature's trusted comment, once authenticated."""

    bundle_id: str
    sender_name: str
    seq: int
    created: str
    inner_sha256: str
    key_id: bytes


@dataclass
class AttachmentSource:
    attachment_id: str
    chunks: Callable[[], Iterable[bytes]]


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    bundle_id: str
    seq: int
    manifest_sha256: str
    created: str
    size: int


_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def percent_encode(text: str) -> str:
    """RFC 3986 percent-encoding of UTF-8 (minisign comments must be printable ASCII)."""
    return "".join(chr(b) if b in _SAFE else f"%{b:02X}" for b in text.encode("utf-8"))


def percent_decode(text: str) -> str:
    out = bytearray()
    i = 0
    while i < len(text):
        if text[i] == "%":
            pair = text[i + 1 : i + 3]
            if len(pair) != 2 or any(c not in "0123456789abcdefABCDEF" for c in pair):
                raise ValueError("bad escape")
            out.append(int(pair, 16))
            i += 3
        else:
            out.append(ord(text[i]))
            i += 1
    return out.decode("utf-8")


def outer_comment(bundle_id: str, sender: str, seq: int, created: str, sha: str) -> str:
    return (
        f"roundtable/v1 bundle={bundle_id} from={percent_encode(sender)} seq={seq} "
        f"created={created} inner_sha256={sha}"
    )


def parse_outer_comment(comment: str, key_id: bytes) -> OuterHeader:
    m = _OUTER_COMMENT.match(comment)
    if m is None or not _UUID.match(m["bundle"]):
        raise NotABundleSignature()
    try:
        name = percent_decode(m["org"])
    except ValueError:
        raise NotABundleSignature() from None
    return OuterHeader(m["bundle"], name, int(m["seq"]), m["created"], m["sha"], key_id)


def default_file_name() -> str:
    """Reveals nothing about sender, recipients or content."""
    return f"{uuid.uuid4().hex[:12]}{SUFFIX}"


# --- writing -----------------------------------------------------------------------------------
class _HashingWriter(io.RawIOBase):
    """Passes ciphertext to the ZIP member while hashing it for the signature (one pass)."""

    def __init__(self, target: BinaryIO, progress: Callable[[int], None] | None) -> None:
        self.target = target
        self.digest = signing.hasher()
        self.size = 0
        self.progress = progress

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data)
        self.digest.update(view)
        self.target.write(view)
        self.size += len(view)
        if self.progress is not None:
            self.progress(self.size)
        return len(view)


class _ChunkBuffer(io.RawIOBase):
    """The inner ZIP in memory as a list of chunks: writing never re-copies what was written
    (a growing BytesIO does), and reading it back for encryption frees each chunk as soon as
    it is consumed, so plaintext and ciphertext are not both held whole."""

    def __init__(self) -> None:
        self._chunks: collections.deque[bytes] = collections.deque()
        self._size = 0
        self._head = 0  # read position inside the first chunk

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False  # zipfile then writes data descriptors instead of seeking back

    def tell(self) -> int:
        return self._size

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        if chunk:  # an empty chunk would read back as end of file
            self._chunks.append(chunk)
            self._size += len(chunk)
        return len(chunk)

    def read(self, size: int = -1, /) -> bytes:
        if not self._chunks:
            return b""
        first = self._chunks[0]
        end = len(first) if size < 0 else min(len(first), self._head + size)
        out = first[self._head : end]
        if end >= len(first):
            self._chunks.popleft()
            self._head = 0
        else:
            self._head = end
        return out


def write_bundle(
    out_path: Path,
    signer: signing.Signer,
    sender: Party,
    recipients: list[Party],
    *,
    seq: int,
    prev_manifest_sha256: str,
    data_json: bytes,
    attachments: Iterable[AttachmentSource] = (),
    schema_version: int,
    bundle_id: str | None = None,
    created: str | None = None,
    progress: Callable[[str, int], None] | None = None,
    extra_age_recipients: Iterable[str] = (),
) -> WrittenBundle:
    """Build, encrypt, sign and atomically write a bundle. Only ciphertext touches disk."""
    from app.storage.records import utc_now

    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    bundle_id = bundle_id or str(uuid.uuid4())
    created = created or utc_now()
    files: dict[str, dict[str, Any]] = {}
    inner = _ChunkBuffer()
    with zipfile.ZipFile(inner, "w", allowZip64=True) as zf:
        zf.writestr(
            zipfile.ZipInfo(DATA, date_time=(1980, 1, 1, 0, 0, 0)),
            data_json,
            compress_type=zipfile.ZIP_DEFLATED,
            compresslevel=6,
        )
        files[DATA] = {"sha256": hashlib.sha256(data_json).hexdigest(), "size": len(data_json)}
        for source in attachments:
            name = ATTACHMENT_DIR + source.attachment_id
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED  # files are mostly compressed already
            digest = hashlib.sha256()
            size = 0
            with zf.open(info, "w", force_zip64=True) as member:
                for chunk in source.chunks():
                    digest.update(chunk)
                    member.write(chunk)
                    size += len(chunk)
                    if progress is not None:
                        progress("attachments", size)
            files[name] = {"sha256": digest.hexdigest(), "size": size}
        manifest = {
            "format": FORMAT,
            "bundle_id": bundle_id,
            "seq": seq,
            "prev_manifest_sha256": prev_manifest_sha256,
            "created": created,
            "sender": sender.as_json(),
            "recipients": [r.as_json() for r in recipients],
            "files": files,
            "schema_version": schema_version,
        }
        manifest_bytes = canonical_json(manifest)
        sha = hashlib.sha256(manifest_bytes).hexdigest()
        zf.writestr(zipfile.ZipInfo(MANIFEST, date_time=(1980, 1, 1, 0, 0, 0)), manifest_bytes)
        zf.writestr(
            zipfile.ZipInfo(MANIFEST_SIG, date_time=(1980, 1, 1, 0, 0, 0)),
            signer.sign(
                manifest_bytes, _MANIFEST_COMMENT.format(bundle=bundle_id, seq=seq, sha=sha)
            ),
        )
    age_recipients = [pyrage.x25519.Recipient.from_str(r.age_recipient) for r in recipients]
    age_recipients += [pyrage.x25519.Recipient.from_str(r) for r in extra_age_recipients]
    out_path = Path(out_path)
    fd, tmp_name = tempfile.mkstemp(prefix=".rtbundle-", suffix=".tmp", dir=out_path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as outer:
            info = zipfile.ZipInfo(PAYLOAD, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED  # ciphertext does not compress
            with outer.open(info, "w", force_zip64=True) as member:
                writer = _HashingWriter(
                    member, (lambda n: progress("encrypt", n)) if progress else None
                )
                pyrage.encrypt_io(inner, writer, age_recipients)
            del inner
            comment = outer_comment(bundle_id, sender.org_name, seq, created, sha)
            outer.writestr(
                zipfile.ZipInfo(PAYLOAD_SIG, date_time=(1980, 1, 1, 0, 0, 0)),
                signer.sign_digest(writer.digest.digest(), comment),
            )
            outer.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, out_path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return WrittenBundle(out_path, bundle_id, seq, sha, created, out_path.stat().st_size)


# --- reading: outer ----------------------------------------------------------------------------
def _unsafe(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return True
    if re.match(r"^[A-Za-z]:", name):
        return True
    return any(part in ("", ".", "..") for part in name.split("/"))


def _check_members(
    zf: zipfile.ZipFile, allowed: Callable[[str], bool], limits: Limits, expected: int | None
) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise BundleTooLarge()
    names: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if info.filename in names:
            raise BundleDuplicateMember()
        names[info.filename] = info
    for name in names:
        if _unsafe(name):
            raise BundleUnsafePath()
    for name in names:
        if not allowed(name):
            raise BundleUnexpectedMembers()
    if expected is not None and len(names) != expected:
        raise BundleUnexpectedMembers()
    total = 0
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleMalformed()
        if info.flag_bits & 0x1:  # ZIP "encryption": never ours
            raise BundleMalformed()
        if info.file_size > limits.max_member_bytes:
            raise BundleTooLarge()
        if info.file_size > 1 << 20 and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise BundleTooLarge()
        total += info.file_size
    if total > limits.max_total_bytes:
        raise BundleTooLarge()
    return names


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """The whole member, never more than `cap` bytes whatever the header claims."""
    if info.file_size > cap:
        raise BundleTooLarge()
    try:
        with zf.open(info) as f:
            data = f.read(cap + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise BundleDamaged() from None
    except Exception:  # zlib.error and friends from a hostile deflate stream
        raise BundleDamaged() from None
    if len(data) > cap or len(data) != info.file_size:
        raise BundleTooLarge() if len(data) > cap else BundleDamaged()
    return data


class _ViewReader:
    """Successive slices of a memoryview, as a readable stream."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0

    def read(self, size: int = -1, /) -> memoryview:
        size = len(self._view) - self._pos if size < 0 else size
        chunk = self._view[self._pos : self._pos + size]
        self._pos += len(chunk)
        return chunk

    def release(self) -> None:
        self._view.release()


class OuterBundle:
    """An opened `.rtbundle`: member checks done; nothing is verified yet."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        try:
            size = self.path.stat().st_size
            self._file = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        except OSError:
            raise BundleMalformed("The bundle file could not be read.") from None
        try:
            if size > limits.max_payload_bytes + (1 << 20):
                raise BundleTooLarge()
            try:
                self._zip = zipfile.ZipFile(self._file)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
                self._file.seek(0)
                head = self._file.read(4)
                raise (BundleTruncated() if head == b"PK\x03\x04" else BundleMalformed()) from None
            members = _check_members(
                self._zip, lambda n: n in (PAYLOAD, PAYLOAD_SIG), limits, expected=2
            )
            self.payload_info = members[PAYLOAD]
            if self.payload_info.file_size > limits.max_payload_bytes:
                raise BundleTooLarge()
            raw_sig = _read_member(self._zip, members[PAYLOAD_SIG], limits.max_sig_bytes)
            self.signature = signing.parse_signature(raw_sig)
        except BaseException:
            self.close()
            raise

    @property
    def key_id(self) -> bytes:
        return self.signature.key_id

    def open_payload(self) -> BinaryIO:
        return self._zip.open(self.payload_info)  # type: ignore[return-value]

    @contextlib.contextmanager
    def _payload_view(self) -> Iterator[BinaryIO]:
        """payload.age's bytes for hashing. A stored member is read straight from a memory map
        (no copy, no CRC pass: the signature is the integrity check), which keeps verifying a
        100 MB bundle close to `minisign -V`; anything else goes through zipfile."""
        info = self.payload_info
        if info.compress_type != zipfile.ZIP_STORED:
            with self.open_payload() as stream:
                yield stream
            return
        self._file.seek(info.header_offset)
        local = self._file.read(30)
        if len(local) != 30 or local[:4] != b"PK\x03\x04":
            raise BundleDamaged()
        start = info.header_offset + 30 + int.from_bytes(local[26:28], "little")
        start += int.from_bytes(local[28:30], "little")
        end = start + info.compress_size
        if end > os.fstat(self._file.fileno()).st_size:
            raise BundleTruncated()
        if info.compress_size == 0:
            yield io.BytesIO(b"")
            return
        mapped = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            reader = _ViewReader(memoryview(mapped)[start:end])
            yield reader  # type: ignore[misc]
            reader.release()
        finally:
            with contextlib.suppress(BufferError):
                mapped.close()

    def verify(self, key_id: bytes, public: bytes) -> OuterHeader:
        """Check the outer signature with the signer's key; returns the authentic header."""
        if key_id != self.signature.key_id:
            raise SignatureKeyMismatch()
        header: list[OuterHeader] = []

        def check_kind(comment: str) -> None:
            header.append(parse_outer_comment(comment, key_id))

        try:
            with self._payload_view() as payload:
                signing.verify(
                    key_id, public, payload, self.signature, check_comment_first=check_kind
                )
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise BundleDamaged() from None
        except Exception as exc:
            if isinstance(exc, BundleError):
                raise
            raise BundleDamaged() from None
        return header[0]

    def decrypt(self, age_identity: str) -> io.BytesIO:
        """The inner ZIP, decrypted into memory only."""
        out = io.BytesIO()
        identity = pyrage.x25519.Identity.from_str(age_identity)
        try:
            with self.open_payload() as payload:
                pyrage.decrypt_io(payload, out, [identity])
        except pyrage.DecryptError as exc:
            out.close()
            if "No matching keys" in str(exc):
                raise NotForThisVault() from None
            raise PayloadUndecryptable() from None
        except Exception:
            out.close()
            raise PayloadUndecryptable() from None
        if out.tell() > self.limits.max_total_bytes:
            out.close()
            raise BundleTooLarge()
        out.seek(0)
        return out

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._zip.close()
        with contextlib.suppress(Exception):
            self._file.close()

    def __enter__(self) -> OuterBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- reading: inner ----------------------------------------------------------------------------
def _inner_name_allowed(name: str) -> bool:
    if name in (MANIFEST, MANIFEST_SIG, DATA):
        return True
    return name.startswith(ATTACHMENT_DIR) and bool(_UUID.match(name[len(ATTACHMENT_DIR) :]))


@dataclass
class InnerBundle:
    manifest: dict[str, Any]
    manifest_sha256: str
    sender: Party
    recipients: list[Party]
    data: Any  # parsed data.json (untrusted shape: validated by the importer)
    attachments: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    _zip: zipfile.ZipFile | None = None

    def open_attachment(self, attachment_id: str) -> Iterator[bytes]:
        info = self.attachments[attachment_id]
        if self._zip is None:
            raise ValueError("the bundle is closed")
        with self._zip.open(info) as f:
            while chunk := f.read(_CHUNK):
                yield chunk

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def _party(doc: Any, *, with_key: bool) -> Party:
    if not isinstance(doc, dict):
        raise ManifestMismatch()
    org_id, name, age = doc.get("org_id"), doc.get("org_name"), doc.get("age_recipient")
    if not all(isinstance(v, str) and 0 < len(v) <= 300 for v in (org_id, name, age)):
        raise ManifestMismatch()
    key_id, public = b"", b""
    if with_key:
        text = doc.get("minisign_public")
        if not isinstance(text, str):
            raise ManifestMismatch()
        key_id, public = signing.read_public_key(text)
    return Party(org_id, name, key_id, public, age)  # type: ignore[arg-type]


def open_inner(
    plaintext: io.BytesIO,
    header: OuterHeader,
    signer_key: tuple[bytes, bytes],
    limits: Limits = DEFAULT_LIMITS,
) -> InnerBundle:
    """Inner checks in the order of DESIGN §4: inner signature by the same key; manifest hash,
    id and sequence match the outer comment; file hashes match. (Whether this vault is listed
    among the recipients is the importer's check, in between.)"""
    try:
        zf = zipfile.ZipFile(plaintext)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise BundleMalformed() from None
    try:
        members = _check_members(zf, _inner_name_allowed, limits, expected=None)
        for required in (MANIFEST, MANIFEST_SIG, DATA):
            if required not in members:
                raise BundleUnexpectedMembers()
        manifest_bytes = _read_member(zf, members[MANIFEST], 16 * 1024**2)
        sig = signing.parse_signature(_read_member(zf, members[MANIFEST_SIG], limits.max_sig_bytes))
        key_id, public = signer_key
        if sig.key_id != key_id:
            raise InnerSignerMismatch()
        sha = hashlib.sha256(manifest_bytes).hexdigest()
        want = _MANIFEST_COMMENT.format(bundle=header.bundle_id, seq=header.seq, sha=sha)

        def check_kind(comment: str) -> None:
            if comment != want:
                raise ManifestMismatch()

        try:
            signing.verify(key_id, public, manifest_bytes, sig, check_comment_first=check_kind)
        except (TrustedCommentAltered, ContentAltered):
            raise InnerSignatureInvalid() from None
        if sha != header.inner_sha256:
            raise ManifestMismatch()
        try:
            manifest = json.loads(manifest_bytes)
        except ValueError:
            raise ManifestMismatch() from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ManifestMismatch()
        if manifest.get("bundle_id") != header.bundle_id or manifest.get("seq") != header.seq:
            raise ManifestMismatch()
        if manifest.get("created") != header.created:
            raise ManifestMismatch()
        sender = _party(manifest.get("sender"), with_key=True)
        if (sender.key_id, sender.sign_public) != (key_id, public):
            raise SenderMismatch()
        if sender.org_name != header.sender_name:
            raise SenderMismatch()
        recipients_doc = manifest.get("recipients")
        if not isinstance(recipients_doc, list) or not 0 < len(recipients_doc) <= 1000:
            raise ManifestMismatch()
        recipients = [_party(r, with_key=False) for r in recipients_doc]
        files = manifest.get("files")
        if not isinstance(files, dict) or set(files) != set(members) - {MANIFEST, MANIFEST_SIG}:
            raise FileHashMismatch()
        inner = InnerBundle(manifest, sha, sender, recipients, None, {}, zf)
        for name, info in members.items():
            if name.startswith(ATTACHMENT_DIR):
                inner.attachments[name[len(ATTACHMENT_DIR) :]] = info
        return inner
    except BaseException:
        zf.close()
        raise


def check_files(inner: InnerBundle, limits: Limits = DEFAULT_LIMITS) -> None:
    """Every file's SHA-256 and size against the signed manifest; parses data.json."""
    zf = inner._zip
    if zf is None:
        raise ValueError("the bundle is closed")
    for name, expect in inner.manifest["files"].items():
        if not isinstance(expect, dict):
            raise FileHashMismatch()
        info = zf.getinfo(name)
        digest = hashlib.sha256()
        size = 0
        data_parts: list[bytes] = []
        try:
            with zf.open(info) as f:
                while chunk := f.read(_CHUNK):
                    size += len(chunk)
                    if size > limits.max_member_bytes or (
                        name == DATA and size > limits.max_json_bytes
                    ):
                        raise BundleTooLarge()
                    digest.update(chunk)
                    if name == DATA:
                        data_parts.append(chunk)
        except BundleError:
            raise
        except Exception:
            raise BundleDamaged() from None
        if digest.hexdigest() != expect.get("sha256") or size != expect.get("size"):
            raise FileHashMismatch()
        if name == DATA:
            try:
                inner.data = json.loads(b"".join(data_parts))
            except (ValueError, RecursionError):
                raise FileHashMismatch() from None
