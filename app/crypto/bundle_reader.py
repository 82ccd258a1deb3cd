"""Reading `.rtbundle` files: every check of DESIGN §4 that needs no vault, in order.

Every byte is hostile: exact member names, no duplicates or escaping paths, caps on member count,
sizes and compression ratio (checked from the ZIP's end record before zipfile parses anything),
decryption only into memory (an age STREAM chunk reaches the buffer only after its tag checked;
the buffer is dropped on any failure).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import mmap
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from app.crypto import signing
from app.crypto.bundle import (
    ATTACHMENT_DIR,
    CHUNK,
    DATA,
    DEFAULT_LIMITS,
    FORMAT,
    MANIFEST,
    MANIFEST_COMMENT,
    MANIFEST_SIG,
    PAYLOAD,
    PAYLOAD_SIG,
    UUID_PATTERN,
    Limits,
    OuterHeader,
    Party,
    parse_outer_comment,
)
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
    NotForThisVault,
    PayloadUndecryptable,
    SenderMismatch,
    SignatureKeyMismatch,
    TrustedCommentAltered,
)
from app.i18n import N_


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


def _check_entry_count(f: BinaryIO, size: int, max_entries: int = 16) -> None:
    """Read the ZIP's end record before zipfile does: a central directory announcing thousands
    of entries is refused before it is parsed (zipfile would build all of them in memory)."""
    tail_len = min(size, 22 + 65535)
    f.seek(size - tail_len)
    tail = f.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return  # no end record: zipfile reports it (truncated or not a ZIP)
    entries = int.from_bytes(tail[at + 10 : at + 12], "little")
    if entries > max_entries:  # 0xFFFF (ZIP64) included: a bundle has two entries
        raise BundleUnexpectedMembers() if max_entries < 0xFFFF else BundleTooLarge()
    if at >= 20 and tail[at - 20 : at - 16] == b"PK\x06\x07":
        # A ZIP64 end record would override the count above; a bundle never needs one (the
        # payload cap keeps every offset under 4 GiB).
        raise BundleUnexpectedMembers()
    f.seek(0)


class OuterBundle:
    """An opened `.rtbundle`: member checks done; nothing is verified yet."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        try:
            size = self.path.stat().st_size
            self._file = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        except OSError:
            raise BundleMalformed(N_("Errors", "The bundle file could not be read.")) from None
        try:
            if size > limits.max_payload_bytes + (1 << 20):
                raise BundleTooLarge()
            _check_entry_count(self._file, size)
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
    return name.startswith(ATTACHMENT_DIR) and bool(UUID_PATTERN.match(name[len(ATTACHMENT_DIR) :]))


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
            while chunk := f.read(CHUNK):
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
    size = plaintext.seek(0, io.SEEK_END)
    _check_entry_count(plaintext, size, min(limits.max_members, 0xFFFE))
    plaintext.seek(0)
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
        want = MANIFEST_COMMENT.format(bundle=header.bundle_id, seq=header.seq, sha=sha)

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
        except (ValueError, RecursionError):
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
                while chunk := f.read(CHUNK):
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
