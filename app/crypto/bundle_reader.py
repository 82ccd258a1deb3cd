"""Reading `.rtbundle` files: every check of DESIGN §4 that needs no vault, in order.

Every byte is hostile: the file is opened once and must be a regular file of capped size; both
ZIPs (outer, and inner inside payload.age) must be exactly what the format says -- the end record
last with no comment, the first local header at offset 0, members back to back, every local
header agreeing with the central directory; exact member names (no NUL, no duplicates or escaping
paths), caps on member count, sizes and compression ratio (checked from the end record before
zipfile parses anything). payload.age is read once, through the same file handle, hashed for the
signature and kept (a private copy) for decryption (no second read a changed file could answer
differently, no memory map a shrinking file turns into SIGBUS); decryption is only into an
encrypted spool (app/crypto/spool.py: an age STREAM chunk reaches it only after its tag checked,
sealed under a key held in memory; the spool is dropped on any failure).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import math
import os
import re
import stat
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.crypto import signing
from app.crypto.bundle import (
    ATTACHMENT_DIR,
    CHUNK,
    DATA,
    DEFAULT_LIMITS,
    FORMAT,
    HISTORY,
    JSON_FILES,
    LOG,
    MANIFEST,
    MANIFEST_COMMENT,
    MANIFEST_SIG,
    PAYLOAD,
    PAYLOAD_SIG,
    SEAL,
    UUID_PATTERN,
    Limits,
    OuterHeader,
    Party,
    json_over_budget,
    json_values_bound,
    parse_outer_comment,
    stated_name,
)
from app.crypto.payload_digest import PayloadDigest, adopt
from app.crypto.spool import IN_MEMORY, EncryptedSpool, SpoolDamaged, spool_folder
from app.errors import (
    BundleContentInvalid,
    BundleDamaged,
    BundleDuplicateMember,
    BundleError,
    BundleMalformed,
    BundleNotAFile,
    BundleTooLarge,
    BundleTooManyRecords,
    BundleTruncated,
    BundleUnexpectedMembers,
    BundleUnsafePath,
    ContentAltered,
    DiskFull,
    FileHashMismatch,
    InnerSignatureInvalid,
    InnerSignerMismatch,
    ManifestMismatch,
    NotForThisVault,
    PayloadUndecryptable,
    SenderMismatch,
    SignatureKeyMismatch,
    StorageFailure,
    TemporaryCopyUnreadable,
    TrustedCommentAltered,
)
from app.i18n import N_


# --- reading: the file and the ZIP structure ---------------------------------------------------
def open_regular(path: Path, cap: int) -> tuple[BinaryIO, int]:
    """Open `path` once and keep that handle: a FIFO, device, directory or socket (also behind a
    symlink) is refused from the handle's own fstat, before anything is read, and so is a file
    over `cap` bytes. O_NONBLOCK keeps opening a FIFO from waiting for a writer."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        raise BundleMalformed(N_("Errors", "The bundle file could not be read.")) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BundleNotAFile()
        if info.st_size > cap:
            raise BundleTooLarge()
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        f = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    return f, info.st_size


# End record: signature, disk, central directory's disk, entries on this disk, entries, central
# directory size and offset, comment length.
_END = struct.Struct("<4s4H2LH")
# Local header: signature, version, flags, method, time, date, CRC, compressed and uncompressed
# size, name length, extra field length.
_LOCAL = struct.Struct("<4s5H3L2H")
_ZIP64_EXTRA = 0x0001
_DESCRIPTOR_FLAG = 0x08


def _check_end_record(f: BinaryIO, size: int, max_entries: int) -> int:
    """Read the ZIP's end record before zipfile does. It must be the last 22 bytes (no archive
    comment, nothing appended), with the central directory right before it, and announce at most
    `max_entries` entries (zipfile would build thousands in memory before any other check).
    Returns where the central directory starts."""
    if size < _END.size:
        raise BundleTruncated() if size and _peek(f, 4) == b"PK\x03\x04" else BundleMalformed()
    f.seek(size - _END.size)
    sig, disk, cd_disk, here, entries, cd_size, cd_offset, comment = _END.unpack(f.read(_END.size))
    if sig != b"PK\x05\x06":
        # No end record where it must be: bytes after it (appended, or a ZIP comment), cut off
        # (a ZIP's start is there), or not a bundle.
        f.seek(max(0, size - _END.size - 65535))
        if b"PK\x05\x06" in f.read():
            raise BundleMalformed()
        raise BundleTruncated() if _peek(f, 4) == b"PK\x03\x04" else BundleMalformed()
    if comment or disk or cd_disk or here != entries:
        raise BundleMalformed()
    if entries > max_entries:  # 0xFFFF (ZIP64) included: a bundle has two entries
        raise BundleUnexpectedMembers() if max_entries < 0xFFFF else BundleTooLarge()
    if size >= _END.size + 20:
        f.seek(size - _END.size - 20)
        if f.read(4) == b"PK\x06\x07":
            # A ZIP64 end record would override the count above; a bundle never needs one (the
            # payload cap keeps every offset under 4 GiB).
            raise BundleUnexpectedMembers()
    # Also rules out junk before the first member whose offsets were not shifted (zipfile
    # would silently skip it).
    if cd_offset + cd_size != size - _END.size:
        raise BundleMalformed()
    _check_entry_count(f, cd_offset, cd_size, entries)
    f.seek(0)
    return cd_offset


# Central directory header: signature, 6 fields, CRC and sizes, name/extra/comment lengths, ...
_CENTRAL = struct.Struct("<4s6H3L5H2L")
# A bundle's member names are short, its extra fields a ZIP64 record, its comments empty;
# each may reach 64 KiB in a ZIP, which zipfile would read and keep for every entry.
_MAX_ENTRY_VARIABLE = 1024


def _check_entry_count(f: BinaryIO, cd_offset: int, cd_size: int, entries: int) -> None:
    """The central directory holds exactly the `entries` headers the end record announces,
    none with more than `_MAX_ENTRY_VARIABLE` bytes of name, extra field and comment. zipfile
    reads the whole directory into memory and builds an entry for every header it finds there,
    whatever the count says: without this walk, a file of the allowed size could make it hold
    gigabytes before any other check. Reads one header at a time."""
    at = 0
    for _ in range(entries):
        f.seek(cd_offset + at)
        head = f.read(_CENTRAL.size)
        if len(head) != _CENTRAL.size or head[:4] != b"PK\x01\x02":
            raise BundleMalformed()
        fields = _CENTRAL.unpack(head)
        variable = fields[10] + fields[11] + fields[12]  # name, extra field, comment
        if variable > _MAX_ENTRY_VARIABLE:
            raise BundleMalformed()
        at += _CENTRAL.size + variable
        if at > cd_size:
            raise BundleMalformed()
    if at != cd_size:
        raise BundleMalformed()


def _peek(f: BinaryIO, n: int) -> bytes:
    f.seek(0)
    head = f.read(n)
    f.seek(0)
    return head


def _zip64_sizes(extra: bytes, size: int, csize: int) -> tuple[int, int]:
    """The sizes a local header means: a 0xFFFFFFFF field is in the ZIP64 extra field."""
    i = 0
    while i + 4 <= len(extra):
        kind, length = struct.unpack_from("<HH", extra, i)
        body = extra[i + 4 : i + 4 + length]
        if kind == _ZIP64_EXTRA:
            values = [v for (v,) in struct.iter_unpack("<Q", body[: len(body) // 8 * 8])]
            if size == 0xFFFFFFFF and values:
                size = values.pop(0)
            if csize == 0xFFFFFFFF and values:
                csize = values.pop(0)
            return size, csize
        i += 4 + length
    return size, csize


def _has_zip64(extra: bytes) -> bool:
    i = 0
    while i + 4 <= len(extra):
        kind, length = struct.unpack_from("<HH", extra, i)
        if kind == _ZIP64_EXTRA:
            return True
        i += 4 + length
    return False


@dataclass(frozen=True)
class _Span:
    data_start: int
    end: int  # after the data and its descriptor: where the next local header must start


def _check_local(f: BinaryIO, info: zipfile.ZipInfo, limit: int) -> _Span:
    """The local header of `info` says exactly what the central directory says (name, flags,
    method, CRC and sizes, or a data descriptor that does); its data lies before `limit`."""
    f.seek(info.header_offset)
    raw = f.read(_LOCAL.size)
    if len(raw) != _LOCAL.size:
        raise BundleTruncated()
    sig, _version, flags, method, _time, _date, crc, csize, size, name_len, extra_len = (
        _LOCAL.unpack(raw)
    )
    if sig != b"PK\x03\x04":
        raise BundleMalformed()
    name = f.read(name_len)
    extra = f.read(extra_len)
    if len(name) != name_len or len(extra) != extra_len:
        raise BundleTruncated()
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    if name != info.orig_filename.encode(encoding):
        raise BundleMalformed()
    if flags != info.flag_bits or method != info.compress_type:
        raise BundleMalformed()
    size, csize = _zip64_sizes(extra, size, csize)
    data_start = info.header_offset + _LOCAL.size + name_len + extra_len
    data_end = data_start + info.compress_size
    if flags & _DESCRIPTOR_FLAG:
        # Written in one pass (the inner ZIP): the header's CRC and sizes are zero and a data
        # descriptor after the data carries them -- which must then match.
        if (crc, csize, size) != (0, 0, 0):
            raise BundleMalformed()
        wide = _has_zip64(extra)
        fmt = "<4sLQQ" if wide else "<4sLLL"
        f.seek(data_end)
        raw = f.read(struct.calcsize(fmt))
        if len(raw) != struct.calcsize(fmt):
            raise BundleTruncated()
        dsig, dcrc, dcsize, dsize = struct.unpack(fmt, raw)
        if (dsig, dcrc, dcsize, dsize) != (
            b"PK\x07\x08",
            info.CRC,
            info.compress_size,
            info.file_size,
        ):
            raise BundleMalformed()
        end = data_end + len(raw)
    else:
        if (crc, csize, size) != (info.CRC, info.compress_size, info.file_size):
            raise BundleMalformed()
        end = data_end
    if end > limit:
        raise BundleMalformed()
    return _Span(data_start, end)


def _check_layout(f: BinaryIO, zf: zipfile.ZipFile, cd_offset: int) -> dict[str, _Span]:
    """Nothing in the ZIP but its members, back to back from offset 0 up to the central
    directory: no prepended page (an HTML/ZIP polyglot), no hidden bytes between members."""
    spans: dict[str, _Span] = {}
    at = 0
    for info in sorted(zf.infolist(), key=lambda i: i.header_offset):
        if info.header_offset != at:
            raise BundleMalformed()
        span = _check_local(f, info, cd_offset)
        spans[info.filename] = span
        at = span.end
    if at != cd_offset:
        raise BundleMalformed()
    f.seek(0)
    return spans


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
        # zipfile cuts a name at its first NUL (`payload.age\0.exe` reads as `payload.age`):
        # judge the name as stored.
        if info.orig_filename != info.filename or _unsafe(info.orig_filename):
            raise BundleUnsafePath()
        if info.filename in names:
            raise BundleDuplicateMember()
        names[info.filename] = info
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
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise BundleMalformed()
        if info.file_size > 1 << 20 and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise BundleTooLarge()
        total += info.file_size
    if total > limits.max_total_bytes:
        raise BundleTooLarge()
    return names


def _open_zip(f: BinaryIO, size: int, max_entries: int) -> tuple[zipfile.ZipFile, dict[str, _Span]]:
    """zipfile over `f`, once the structure around it is exactly a bundle ZIP's."""
    cd_offset = _check_end_record(f, size, max_entries)
    try:
        zf = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise BundleMalformed() from None
    except Exception:  # a hostile central directory: struct.error, UnicodeDecodeError, or
        # NotImplementedError for a ZIP version zipfile lacks
        raise BundleMalformed() from None
    try:
        return zf, _check_layout(f, zf, cd_offset)
    except BaseException:
        zf.close()
        raise


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


class _PayloadReader:
    """payload.age's bytes straight from the bundle's file handle, exactly `size` of them (a file
    that shrank underneath ends in BundleTruncated, not in a short read taken for the end);
    with `keep`, a copy of them goes to a private anonymous temporary file, so that decryption
    reads the very bytes that were hashed (whatever happens to the bundle file meanwhile)
    without holding them in memory. They are ciphertext: nothing sensitive touches disk."""

    def __init__(self, f: BinaryIO, start: int, size: int, keep: Path | bool | None) -> None:
        self._f = f
        self._f.seek(start)
        self.remaining = size
        self.kept: BinaryIO | None = None
        self.write_error: OSError | None = None  # keeping the copy failed: this disk's fault
        if keep:
            import tempfile  # here: `verify` (an auditor's check) keeps nothing

            folder = keep if isinstance(keep, Path) else None
            # In memory while small, in a private anonymous file beyond.
            self.kept = tempfile.SpooledTemporaryFile(IN_MEMORY, dir=folder)  # noqa: SIM115

    def read(self, size: int = -1, /) -> bytes:
        if self.remaining == 0:
            return b""
        want = min(self.remaining, 2 * CHUNK)
        chunk = self._f.read(want)
        if len(chunk) != want:
            raise BundleTruncated()
        if self.kept is not None:
            try:
                self.kept.write(chunk)
            except OSError as exc:
                self.write_error = exc
                raise
        self.remaining -= want
        return chunk


_BackgroundDigest = PayloadDigest  # the name the tests patch


class _TooLarge(Exception):
    pass


class _Capped:
    """The ciphertext for decryption, stopped as soon as the plaintext written so far exceeds
    the cap (a small payload that decrypts to a huge one is refused early, not after
    filling the disk)."""

    def __init__(self, source: BinaryIO, out: EncryptedSpool, cap: int) -> None:
        self._source = source
        self._out = out
        self._cap = cap
        self.stopped = False
        self.read_error: OSError | None = None  # the kept copy did not read back

    def read(self, size: int = -1, /) -> bytes:
        if self._out.size > self._cap:
            self.stopped = True  # pyrage reports the failed read as an error of its own
            raise _TooLarge()
        try:
            return self._source.read(CHUNK if size is None or size < 0 else size)
        except OSError as exc:
            self.read_error = exc
            raise


def _storage_error(exc: OSError) -> DiskFull | StorageFailure:
    """A write of this computer's own temporary files failed: the disk, not the bundle."""
    return DiskFull() if exc.errno in (errno.ENOSPC, errno.EDQUOT) else StorageFailure()


def _discard(kept: BinaryIO | None) -> None:
    if kept is not None:
        kept.close()


class OuterBundle:
    """An opened `.rtbundle`: file, structure and member checks done; nothing is verified yet.

    `keep_payload`: keep payload.age's bytes once `verify` has read them, for `decrypt` (an
    import); an auditor's check only hashes them. `spool_dir`: where the kept ciphertext and
    the encrypted plaintext spool go (the vault's folder; default: the system's temporary
    folder)."""

    def __init__(
        self,
        path: Path,
        limits: Limits = DEFAULT_LIMITS,
        *,
        keep_payload: bool = True,
        spool_dir: Path | None = None,
    ) -> None:
        self.path = Path(path)
        self.limits = limits
        self._keep = keep_payload
        self._spool_dir = spool_folder(spool_dir)
        self._kept: BinaryIO | None = None
        self._digest: PayloadDigest | None = None
        self._file, size = open_regular(self.path, limits.max_payload_bytes + (1 << 20))
        try:
            self._zip, spans = _open_zip(self._file, size, max_entries=16)
            members = _check_members(
                self._zip, lambda n: n in (PAYLOAD, PAYLOAD_SIG), limits, expected=2
            )
            self.payload_info = members[PAYLOAD]
            # Both members are stored (DESIGN §4): payload.age is read from the file as is.
            if any(i.compress_type != zipfile.ZIP_STORED for i in members.values()):
                raise BundleMalformed()
            if self.payload_info.file_size > limits.max_payload_bytes:
                raise BundleTooLarge()
            self._payload_start = spans[PAYLOAD].data_start
            raw_sig = _read_member(self._zip, members[PAYLOAD_SIG], limits.max_sig_bytes)
            if not keep_payload:
                # An auditor's check: the digest is computed while the signature, the key and
                # the libraries that read them are loaded (the file handle is the thread's from
                # here on). Import checks and copies as it hashes, in order (`verify`).
                start, length = self._payload_start, self.payload_info.file_size
                # `roundtable verify` began hashing this file before its command line was
                # parsed (app/crypto/payload_digest.py): taken when it is this very span.
                self._digest = adopt(self._file, start, length) or _BackgroundDigest(
                    self._file, start, length
                )
            self.signature = signing.parse_signature(raw_sig)
        except BaseException:
            self.close()
            raise

    @property
    def key_id(self) -> bytes:
        return self.signature.key_id

    def verify(self, key_id: bytes, public: bytes) -> OuterHeader:
        """Check the outer signature with the signer's key; returns the authentic header."""
        if key_id != self.signature.key_id:
            raise SignatureKeyMismatch()
        header: list[OuterHeader] = []

        def check_kind(comment: str) -> None:
            header.append(parse_outer_comment(comment, key_id))

        _discard(self._kept)
        self._kept = None
        if self._digest is not None:
            digest, self._digest = self._digest, None
            try:
                signing.verify(
                    key_id,
                    public,
                    signing.Prehashed(digest.result),
                    self.signature,
                    check_comment_first=check_kind,
                )
            except BaseException as exc:
                if isinstance(exc, BundleError) or not isinstance(exc, Exception):
                    raise
                raise BundleDamaged() from None
            finally:
                digest.stop()
            return header[0]
        keep = (self._spool_dir or True) if self._keep else None
        reader = _PayloadReader(self._file, self._payload_start, self.payload_info.file_size, keep)
        try:
            signing.verify(key_id, public, reader, self.signature, check_comment_first=check_kind)  # type: ignore[arg-type]
            if reader.remaining:
                raise BundleDamaged()
        except BaseException as exc:
            _discard(reader.kept)
            if reader.write_error is not None and isinstance(exc, Exception):
                raise _storage_error(reader.write_error) from None
            if isinstance(exc, BundleError) or not isinstance(exc, Exception):
                raise
            raise BundleDamaged() from None
        self._kept = reader.kept
        return header[0]

    def decrypt(self, age_identity: str) -> EncryptedSpool:
        """The inner ZIP, decrypted from the bytes `verify` checked into an encrypted spool
        (app/crypto/spool.py): plaintext is in memory only a piece at a time and on disk only
        encrypted, so a failure halfway leaves nothing readable behind."""
        if self._kept is None:
            raise ValueError("verify() first, on a bundle opened with keep_payload")
        kept, self._kept = self._kept, None
        import pyrage  # here: an auditor's `verify` never decrypts

        out = EncryptedSpool(self._spool_dir)
        identity = pyrage.x25519.Identity.from_str(age_identity)
        source = _Capped(kept, out, self.limits.max_total_bytes)
        try:
            try:
                kept.seek(0)
            except OSError as exc:  # the kept copy's disk (a seek of a spilled temporary file)
                source.read_error = exc
                raise
            pyrage.decrypt_io(source, out, [identity])
            if out.size > self.limits.max_total_bytes:
                raise _TooLarge()
            out.seal()  # writes the last piece: it can fail too
        except Exception as exc:
            out.close()
            if source.stopped or isinstance(exc, _TooLarge):
                raise BundleTooLarge() from None
            if out.write_error is not None:  # the spool's disk, not the bundle
                raise _storage_error(out.write_error) from None
            if source.read_error is not None:  # the kept copy's disk, not the bundle
                raise TemporaryCopyUnreadable() from None
            if isinstance(exc, pyrage.DecryptError) and "No matching keys" in str(exc):
                raise NotForThisVault() from None
            raise PayloadUndecryptable() from None
        finally:
            kept.close()
        return out

    def close(self) -> None:
        if self._digest is not None:  # the thread reads the file: stopped before it closes
            self._digest.stop()
            self._digest = None
        with contextlib.suppress(Exception):
            _discard(self._kept)
        self._kept = None
        with contextlib.suppress(Exception):
            self._zip.close()
        with contextlib.suppress(Exception):
            self._file.close()

    def __enter__(self) -> OuterBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("a key given twice")  # readers would disagree on which one counts
    return out


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        # 1e999 reads as infinity without passing through parse_constant; stored, it would be
        # written back out as `Infinity`, which every strict reader (ours included) refuses.
        raise ValueError("a number too large for JSON readers")
    return value


def strict_json(raw: bytes) -> Any:
    """JSON as RFC 8259 says: UTF-8 only (json.loads would guess UTF-16/32), no NaN or
    Infinity (Python accepts them, as words or as numbers too large), no key given twice."""
    return json.loads(
        raw.decode("utf-8"),
        parse_constant=_no_constant,
        parse_float=_finite,
        object_pairs_hook=_no_duplicates,
    )


# --- reading: inner ----------------------------------------------------------------------------
@contextlib.contextmanager
def _read_back(spool: Any) -> Iterator[None]:
    """The inner ZIP is read from this computer's encrypted spool of the decrypted payload,
    which was authenticated whole by age on the way in. A piece of it that then does not read
    back is this computer's disk failing (or someone changing the file), never the partner's
    bundle: said so, whatever the reading made of it (a damaged or malformed bundle, or the
    spool's own OSError, which would otherwise reach the user as an internal error)."""
    try:
        yield
    except Exception as exc:
        if isinstance(exc, SpoolDamaged) or getattr(spool, "damaged", False):
            raise TemporaryCopyUnreadable() from None
        raise


def _inner_name_allowed(name: str) -> bool:
    if name in (MANIFEST, MANIFEST_SIG, DATA, LOG, HISTORY, SEAL):
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
    # Parsed log.json / history.json when present (untrusted shape: app/exchange/log_check.py)
    extras: dict[str, Any] = field(default_factory=dict)
    _source: Any = None  # what the ZIP is read from (the decrypted spool): closed with it

    def open_attachment(self, attachment_id: str) -> Iterator[bytes]:
        info = self.attachments[attachment_id]
        if self._zip is None:
            raise ValueError("the bundle is closed")
        with _read_back(self._source), self._zip.open(info) as f:
            while chunk := f.read(CHUNK):
                yield chunk

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._source is not None:
            self._source.close()


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
    plaintext: BinaryIO,
    header: OuterHeader,
    signer_key: tuple[bytes, bytes],
    limits: Limits = DEFAULT_LIMITS,
) -> InnerBundle:
    """Inner checks in the order of DESIGN §4: inner signature by the same key; manifest hash,
    id and sequence match the outer comment; file hashes match. (Whether this vault is listed
    among the recipients is the importer's check, in between.)"""
    with _read_back(plaintext):
        return _open_inner(plaintext, header, signer_key, limits)


def _open_inner(
    plaintext: BinaryIO,
    header: OuterHeader,
    signer_key: tuple[bytes, bytes],
    limits: Limits,
) -> InnerBundle:
    size = plaintext.seek(0, io.SEEK_END)
    zf, _spans = _open_zip(plaintext, size, min(limits.max_members, 0xFFFE))
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
        # A manifest lists at most max_members files and 1,000 recipients, a few values each;
        # one made of nothing but tiny values would cost ~75 bytes of memory per value parsed.
        if json_values_bound(manifest_bytes) > 8 * limits.max_members + 100_000:
            raise BundleTooManyRecords()
        try:
            manifest = strict_json(manifest_bytes)
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
        # The outer comment states the name, shortened if long (`stated_name`), the same way.
        if stated_name(sender.org_name) != header.sender_name:
            raise SenderMismatch()
        recipients_doc = manifest.get("recipients")
        if not isinstance(recipients_doc, list) or not 0 < len(recipients_doc) <= 1000:
            raise ManifestMismatch()
        recipients = [_party(r, with_key=False) for r in recipients_doc]
        files = manifest.get("files")
        if not isinstance(files, dict) or set(files) != set(members) - {MANIFEST, MANIFEST_SIG}:
            raise FileHashMismatch()
        inner = InnerBundle(manifest, sha, sender, recipients, None, {}, zf, _source=plaintext)
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
    with _read_back(inner._source):
        _check_files(inner, zf, limits)


def _check_files(inner: InnerBundle, zf: zipfile.ZipFile, limits: Limits) -> None:
    json_seen: list[tuple[int, int]] = []  # (size, values bound) of the JSON files so far
    for name, expect in inner.manifest["files"].items():
        if not isinstance(expect, dict):
            raise FileHashMismatch()
        info = zf.getinfo(name)
        digest = hashlib.sha256()
        size = 0
        is_json = name in JSON_FILES
        json_bytes = sum(s for s, _ in json_seen)
        data_parts: list[bytes] = []
        try:
            with zf.open(info) as f:
                while chunk := f.read(CHUNK):
                    size += len(chunk)
                    if size > limits.max_member_bytes:
                        raise BundleTooLarge()
                    if is_json and json_bytes + size > limits.max_json_bytes:
                        raise BundleTooManyRecords()  # before more of it is held in memory
                    digest.update(chunk)
                    if is_json:
                        data_parts.append(chunk)
        except BundleError:
            raise
        except Exception:
            raise BundleDamaged() from None
        if digest.hexdigest() != expect.get("sha256") or size != expect.get("size"):
            raise FileHashMismatch()
        if is_json:
            raw = b"".join(data_parts)
            data_parts.clear()
            json_seen.append((size, json_values_bound(raw)))
            if json_over_budget(json_seen, limits):
                raise BundleTooManyRecords()  # checked before parsing: parsing is the cost
            try:
                parsed = strict_json(raw)
            except (ValueError, RecursionError):
                raise BundleContentInvalid() from None
            del raw
            if name == DATA:
                inner.data = parsed
            else:
                inner.extras[name] = parsed
