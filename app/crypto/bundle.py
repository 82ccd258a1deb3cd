"""The `.rtbundle` file format (DESIGN §4) and writing it. Reading: `bundle_reader`.

Outer ZIP, exactly two stored members:
  payload.age          age (x25519, one stanza per recipient organisation) over the inner ZIP
  payload.age.minisig  prehashed minisign signature over payload.age, trusted comment
                       `roundtable/v1 bundle=<uuid> from=<org> seq=<n> created=<UTC>
                       inner_sha256=<hex>`  (<org> is the sender's name, percent-encoded UTF-8,
                       because minisign comments are printable ASCII, and shortened to fit
                       NAME_BUDGET (see `stated_name`; the full name is in the signed
                       manifest); inner_sha256 is the SHA-256 of manifest.json, which lists
                       the hash of every other file)
Inner ZIP: manifest.json (canonical JSON), manifest.json.minisig (prehashed, comment
`roundtable/v1 manifest bundle=<uuid> seq=<n> inner_sha256=<hex>`), data.json, and optionally
`attachments/<uuid>`.

Only ciphertext touches disk while writing: the inner ZIP is built in memory and encrypted
straight into the outer ZIP, hashed for the signature on the way.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import io
import os
import re
import stat
import unicodedata
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app.crypto import signing
from app.crypto.cards import canonical_json
from app.errors import (
    BundleWriteFailed,
    ExportTooManyRecords,
    NotABundleSignature,
)

FORMAT = "roundtable-bundle/1"
PAYLOAD = "payload.age"
PAYLOAD_SIG = "payload.age.minisig"
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.json.minisig"
DATA = "data.json"
# Optional inner files (docs/history.md): the change log's proof of growth, and (full bundles
# only) the history of the records carried.
LOG = "log.json"
HISTORY = "history.json"
SEAL = "seal.json"  # a sealed report to co-sign, or a co-signature (docs/sealed-reports.md)
JSON_FILES = (DATA, LOG, HISTORY, SEAL)  # parsed whole by the reader (`Limits`)
ATTACHMENT_DIR = "attachments/"
SUFFIX = ".rtbundle"
CHUNK = 1 << 20
UUID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
# The sender's name in the outer comment, percent-encoded, takes at most this many bytes: one
# Khmer character encodes to 9, so a long name is shortened there (never in the manifest).
NAME_BUDGET = 900
_OUTER_COMMENT = re.compile(
    r"^roundtable/v1 bundle=(?P<bundle>[0-9a-f-]{36}) from=(?P<org>[A-Za-z0-9%._~-]{1,900}) "
    r"seq=(?P<seq>[0-9]{1,15}) created=(?P<created>[0-9TZ:.-]{10,40}) "
    r"inner_sha256=(?P<sha>[0-9a-f]{64})"
    # The sender's change-log checkpoint (entry count and head), from schema 10 on
    # (docs/history.md): signed here so an auditor without a vault can compare checkpoints.
    r"(?: log=(?P<log_n>[0-9]{1,15}):(?P<log_head>[0-9a-f]{64}))?\Z"
)
MANIFEST_COMMENT = "roundtable/v1 manifest bundle={bundle} seq={seq} inner_sha256={sha}"


@dataclass(frozen=True)
class Limits:
    """Caps on attacker-chosen sizes (STYLE 9). The payload is decrypted into memory, so the
    total is also a memory cap."""

    max_payload_bytes: int = 3 * 1024**3
    max_members: int = 10_000
    max_member_bytes: int = 2 * 1024**3  # the vault's own attachment cap
    max_total_bytes: int = 3 * 1024**3
    # The JSON files (data, log, history, seal) are parsed whole, in memory, so these two caps
    # bound that memory for a hostile partner's bundle, whose JSON may deflate 200 to 1 and
    # spend it on the values that cost most to hold. Peak RSS of parsing one file at the caps,
    # measured here: 4 million two-letter strings 386 MiB, 64 MiB of one string that decodes
    # to 4 bytes a character 693 MiB; the two mixed 661 MiB; 2 million members of distinct
    # keys and string values, the rest one such string, 1.05 GiB (the worst found; before keys
    # were counted, 4 million members took 1.5 GiB; the old cap, 512 MiB a file, let a 3 MB
    # bundle ask for many gigabytes). A bundle of 1,000 meetings (28,220 records) uses 20 MB
    # and 2.04 million values (bench/import_bench.py's bundle); the exporter refuses a bundle
    # over either cap.
    max_json_bytes: int = 64 * 1024**2  # all JSON files together
    max_json_values: int = 4_000_000  # all JSON files together
    max_ratio: int = 200  # uncompressed / compressed, for members over 1 MiB
    max_sig_bytes: int = 16 * 1024


DEFAULT_LIMITS = Limits()


def json_values_bound(raw: bytes) -> int:
    """An upper bound on the values and object keys in JSON text, found without parsing it:
    every value but the first follows a '[', ',' or ':', every key a '{' or ',' (those inside
    strings only add to it). A key is a string held like any value, and more: an object of
    distinct keys costs ~370 bytes a member, twice what a list of strings costs per pair."""
    # One pass deleting every other byte, a slice at a time (its copy stays small whatever the
    # text): four `count`s were four passes, 40 ms of a 14 MB data.json, now 10 (issue 14).
    kept = 0
    for start in range(0, len(raw), _BOUND_SLICE):
        kept += len(raw[start : start + _BOUND_SLICE].translate(None, _NOT_COUNTED))
    return kept + 1


_NOT_COUNTED = bytes(b for b in range(256) if b not in b",[{:")
_BOUND_SLICE = 1 << 16  # in the cache: faster than larger slices or the whole


def json_over_budget(sizes_and_values: Iterable[tuple[int, int]], limits: Limits) -> bool:
    """Whether JSON files of these (size, `json_values_bound`) together pass a cap of `limits`:
    the exporter and the reader ask the same question, so no bundle is made that is refused."""
    size = values = 0
    for s, v in sizes_and_values:
        size += s
        values += v
    return size > limits.max_json_bytes or values > limits.max_json_values


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
    log_count: int | None = None  # the signed change-log checkpoint, if the sender gave one
    log_head: str = ""


@dataclass
class AttachmentSource:
    attachment_id: str
    chunks: Callable[[], Iterable[bytes]]
    # The file's SHA-256 when the source already checks it while streaming (the vault's
    # attachment reader does, and fails at the end on a mismatch): saves hashing it twice.
    sha256: str = ""


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


_ELLIPSIS = "\u2026"
# A cut never separates a Khmer subscript (coeng + consonant) or a joiner from what follows.
_JOINERS = frozenset("\u17d2\u200c\u200d\u034f")


def stated_name(name: str) -> str:
    """The sender's name as the outer comment states it: the whole name when its encoding fits
    NAME_BUDGET, else its longest prefix that fits with a trailing "…", cut between characters
    that render apart (not before a combining sign, not after a coeng or joiner). Deterministic,
    so a reader recomputes it from the manifest's full name and compares."""
    if len(percent_encode(name)) <= NAME_BUDGET:
        return name
    room = NAME_BUDGET - len(percent_encode(_ELLIPSIS))
    cut = 0
    used = 0
    for ch in name:
        used += len(percent_encode(ch))
        if used > room:
            break
        cut += 1
    end = cut
    while end > 0 and (
        unicodedata.category(name[end]).startswith("M") or name[end - 1] in _JOINERS
    ):
        end -= 1
    prefix = (name[:end] if end > 0 else name[:cut]).rstrip()
    return prefix + _ELLIPSIS


def outer_comment(
    bundle_id: str,
    sender: str,
    seq: int,
    created: str,
    sha: str,
    log: tuple[int, str] | None = None,
) -> str:
    tail = f" log={log[0]}:{log[1]}" if log is not None else ""
    return (
        f"roundtable/v1 bundle={bundle_id} from={percent_encode(stated_name(sender))} seq={seq} "
        f"created={created} inner_sha256={sha}{tail}"
    )


def parse_outer_comment(comment: str, key_id: bytes) -> OuterHeader:
    m = _OUTER_COMMENT.match(comment)
    if m is None or not UUID_PATTERN.match(m["bundle"]):
        raise NotABundleSignature()
    try:
        name = percent_decode(m["org"])
    except ValueError:
        raise NotABundleSignature() from None
    log_n = int(m["log_n"]) if m["log_n"] is not None else None
    return OuterHeader(
        m["bundle"], name, int(m["seq"]), m["created"], m["sha"], key_id, log_n, m["log_head"] or ""
    )


def default_file_name() -> str:
    """Reveals nothing about sender, recipients or content."""
    return f"{uuid.uuid4().hex[:12]}{SUFFIX}"


# --- writing -----------------------------------------------------------------------------------
class _HashingWriter(io.RawIOBase):
    """Passes ciphertext to the ZIP member while hashing it for the signature (one pass).
    Only bytes the member accepted are hashed, and a failed write is kept and raised again
    once encryption returns: pyrage 1.4 drops an error of its last write (the final STREAM
    chunk, written when encryption finishes) and returns as if all went well, which signed
    and published a bundle missing its end (a full or pulled USB stick)."""

    def __init__(self, target: BinaryIO, progress: Callable[[int], None] | None) -> None:
        self.target = target
        self.digest = signing.hasher()
        self.size = 0
        self.progress = progress
        self._error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self._error is not None:
            raise self._error
        view = memoryview(data)
        try:
            self.target.write(view)
            self.digest.update(view)
            self.size += len(view)
            if self.progress is not None:
                self.progress(self.size)
        except BaseException as exc:
            self._error = exc
            raise
        return len(view)

    def reraise(self) -> None:
        if self._error is not None:
            raise self._error


class _ChunkBuffer(io.RawIOBase):
    """Pieces of the inner ZIP between its writer and encryption: writing never re-copies
    what was written (a growing BytesIO does), and each piece is freed as soon as encryption
    has read it."""

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

    def has_data(self) -> bool:
        return bool(self._chunks)

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


class _PulledZip(io.RawIOBase):
    """The inner ZIP as a stream that encryption reads: each read runs its writer (a
    generator) just far enough to have bytes to give. An error of the writer is kept and
    raised again once encryption returns (pyrage reports a failed read as its own error)."""

    def __init__(self, write: Callable[[_ChunkBuffer], Iterator[None]]) -> None:
        self._buffer = _ChunkBuffer()
        self._writer: Iterator[None] | None = write(self._buffer)
        self._error: BaseException | None = None
        self.done = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1, /) -> bytes:
        while self._writer is not None and not self._buffer.has_data():
            try:
                next(self._writer)
            except StopIteration:
                self._writer = None
                self.done = True
            except BaseException as exc:
                self._writer = None
                self._error = exc
                raise
        return self._buffer.read(size)

    def reraise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def close(self) -> None:
        # A writer stopped part-way (the file failed) is closed here, its error dropped: the
        # export's own error is what is reported. Left to the collector, it would print
        # "Exception ignored" from inside the half-written ZIP.
        writer, self._writer = self._writer, None
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()  # type: ignore[attr-defined]
        super().close()


@dataclass(frozen=True)
class StagedBundle:
    """A complete, synced bundle under a temporary name in its destination folder. The caller
    records it (spends its sequence number) first, then `publish` gives it its final name: a
    bundle file never appears that its sender's vault does not know it sent."""

    written: WrittenBundle
    tmp: Path

    def publish(self) -> WrittenBundle:
        try:
            os.replace(self.tmp, self.written.path)
        except OSError:
            self.discard()
            raise BundleWriteFailed() from None
        _sync_folder(self.written.path.parent)
        return self.written

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.tmp.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened, nothing to do."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# A bundle is written under `.rtbundle-<pid>-<random>.tmp` beside its final name. An export
# killed before `publish` or `discard` (SIGKILL, power cut) leaves that file: ciphertext only,
# but it tells whoever examines the folder that an export happened, and how large it was.
_TMP_PREFIX = ".rtbundle-"
_TMP_SUFFIX = ".tmp"
# The pid is absent from names written before it was added (mkstemp's random part has no "-").
_LEFTOVER = re.compile(r"^\.rtbundle-(?:(?P<pid>[0-9]{1,10})-)?[A-Za-z0-9_]{6,32}\.tmp\Z")
# A temporary bundle touched within this time may belong to a running export anywhere: a pid
# names a process only on one machine and in one pid namespace, and a shared, synced or
# container folder holds other machines' files (with our uid on CIFS, FAT, NFS). An export
# writes its file continuously and publishes it within seconds of finishing; on Windows the
# live writer's open handle also stops a removal.
LEFTOVER_AGE = 6 * 3600


def _writer_gone(pid: int | None, mtime: float) -> bool:
    """Whether the export that named its temporary file after `pid` can no longer be running:
    untouched for LEFTOVER_AGE, and (where it can be asked) its process gone here too."""
    import time

    if time.time() - mtime <= LEFTOVER_AGE:
        return False
    if pid is not None and 0 < pid < 1 << 31 and os.name == "posix":
        if pid == os.getpid():
            return False  # another export of this very process
        try:
            os.kill(pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return True
        except OSError:
            return False  # it exists (another user's: EPERM), or the answer is unclear
        return False  # alive (or its number reused since: kept until that one ends too)
    return True


def remove_leftovers(folder: Path) -> int:
    """Remove the temporary bundles in `folder` whose export was killed; returns how many.
    Only regular files of ours named as `stage_bundle` names them, never one a running export
    is writing or holds staged. Never follows a symlink: one with such a name is left alone, and
    a removal unlinks the name itself (relative to the folder opened once, where the system
    allows). Best effort: a folder that cannot be listed or written is left as it is."""
    removed = 0
    dir_fd: int | None = None
    try:
        if os.scandir in os.supports_fd and os.unlink in os.supports_dir_fd:
            flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
            dir_fd = os.open(folder, flags)
            entries = list(os.scandir(dir_fd))
        else:
            entries = list(os.scandir(folder))
    except OSError:
        if dir_fd is not None:
            os.close(dir_fd)
        return 0
    try:
        for entry in entries:
            match = _LEFTOVER.match(entry.name)
            if match is None:
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode):
                continue
            if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
                continue  # another account's (a shared folder): not ours to judge
            pid = int(match["pid"]) if match["pid"] else None
            if not _writer_gone(pid, info.st_mtime):
                continue
            try:
                if dir_fd is not None:
                    os.unlink(entry.name, dir_fd=dir_fd)
                else:
                    os.unlink(Path(folder) / entry.name)
            except OSError:
                continue
            removed += 1
    finally:
        if dir_fd is not None:
            os.close(dir_fd)
    return removed


def write_bundle(out_path: Path, *args: Any, **kw: Any) -> WrittenBundle:
    """Build, encrypt, sign and atomically write a bundle (see `stage_bundle`)."""
    return stage_bundle(out_path, *args, **kw).publish()


def stage_bundle(
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
    extra_files: dict[str, bytes] | None = None,
    log: tuple[int, str] | None = None,
) -> StagedBundle:
    """Build, encrypt and sign a bundle into a temporary file next to `out_path` (created 0600,
    synced), to be published under `out_path` once recorded. Only ciphertext touches disk."""
    from app.storage.records import utc_now

    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    json_files = [data_json, *(b for n, b in (extra_files or {}).items() if n in JSON_FILES)]
    if json_over_budget(((len(b), json_values_bound(b)) for b in json_files), DEFAULT_LIMITS):
        raise ExportTooManyRecords()
    bundle_id = bundle_id or str(uuid.uuid4())
    created = created or utc_now()
    sealed: dict[str, str] = {}  # the manifest's hash, once the inner ZIP is complete

    def inner_zip(out: _ChunkBuffer) -> Iterator[None]:
        """Writes the inner ZIP into `out` a piece at a time, yielding after each: encryption
        pulls it (`_PulledZip`), so attachments flow from the vault through age to the file
        and at most a few chunks of plaintext are in memory at once. The manifest comes last,
        once every file's hash is known."""
        files: dict[str, dict[str, Any]] = {}
        with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
            zf.writestr(
                zipfile.ZipInfo(DATA, date_time=(1980, 1, 1, 0, 0, 0)),
                data_json,
                compress_type=zipfile.ZIP_DEFLATED,
                compresslevel=6,
            )
            files[DATA] = {"sha256": hashlib.sha256(data_json).hexdigest(), "size": len(data_json)}
            for name, content in (extra_files or {}).items():  # log.json, history.json
                zf.writestr(
                    zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)),
                    content,
                    compress_type=zipfile.ZIP_DEFLATED,
                    compresslevel=6,
                )
                files[name] = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
            yield
            for source in attachments:
                name = ATTACHMENT_DIR + source.attachment_id
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_STORED  # files are mostly compressed already
                digest = None if source.sha256 else hashlib.sha256()
                size = 0
                with zf.open(info, "w", force_zip64=True) as member:
                    for chunk in source.chunks():
                        if digest is not None:
                            digest.update(chunk)
                        member.write(chunk)
                        size += len(chunk)
                        yield  # (progress: the "encrypt" figures count these bytes as they go)
                file_sha = digest.hexdigest() if digest is not None else source.sha256
                files[name] = {"sha256": file_sha, "size": size}
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
            sha = sealed["sha"] = hashlib.sha256(manifest_bytes).hexdigest()
            zf.writestr(zipfile.ZipInfo(MANIFEST, date_time=(1980, 1, 1, 0, 0, 0)), manifest_bytes)
            zf.writestr(
                zipfile.ZipInfo(MANIFEST_SIG, date_time=(1980, 1, 1, 0, 0, 0)),
                signer.sign(
                    manifest_bytes, MANIFEST_COMMENT.format(bundle=bundle_id, seq=seq, sha=sha)
                ),
            )

    import pyrage  # here: `roundtable verify` reads this module's constants, never encrypts

    age_recipients = [pyrage.x25519.Recipient.from_str(r.age_recipient) for r in recipients]
    age_recipients += [pyrage.x25519.Recipient.from_str(r) for r in extra_age_recipients]
    out_path = Path(out_path)
    import tempfile  # here: `verify` imports this module and never writes

    remove_leftovers(out_path.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f"{_TMP_PREFIX}{os.getpid()}-", suffix=_TMP_SUFFIX, dir=out_path.parent
        )
    except OSError:
        raise BundleWriteFailed() from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as outer:
            info = zipfile.ZipInfo(PAYLOAD, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED  # ciphertext does not compress
            with outer.open(info, "w", force_zip64=True) as member:
                writer = _HashingWriter(
                    member, (lambda n: progress("encrypt", n)) if progress else None
                )
                inner = _PulledZip(inner_zip)
                try:
                    pyrage.encrypt_io(inner, writer, age_recipients)
                except Exception:
                    inner.reraise()  # what stopped the inner ZIP (a damaged attachment, ...)
                    writer.reraise()  # what stopped the file (a full disk, ...)
                    raise
                finally:
                    inner.close()
                inner.reraise()
                writer.reraise()  # also when pyrage returned as if all went well
                if not inner.done:  # never sign a bundle whose inner ZIP is cut short
                    raise BundleWriteFailed()
            sha = sealed["sha"]
            comment = outer_comment(bundle_id, sender.org_name, seq, created, sha, log)
            outer.writestr(
                zipfile.ZipInfo(PAYLOAD_SIG, date_time=(1980, 1, 1, 0, 0, 0)),
                signer.sign_digest(writer.digest.digest(), comment),
            )
            outer.close()
            raw.flush()
            os.fsync(raw.fileno())
            size = os.fstat(raw.fileno()).st_size
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise BundleWriteFailed() from None
        raise
    return StagedBundle(WrittenBundle(out_path, bundle_id, seq, sha, created, size), tmp)
