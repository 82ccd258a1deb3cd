"""payload.age's BLAKE2b-512, the digest a bundle's prehashed minisign signature covers,
computed in a thread, and for `roundtable verify BUNDLE` started before the command line is
parsed.

An auditor's check is one pass of BLAKE2b over the payload; everything else (the interpreter,
the command line, the ZIP checks, py-minisign and `cryptography`) is start-up. Started from
`app.entry` with only the standard library's smallest modules loaded, the hash runs beside that
start-up instead of after it. It is only a head start: `OuterBundle` still opens the file itself
and makes every check of the structure, and takes this digest only when its own handle is the
same file (device, inode, size, modification and change times) and its own checks found
payload.age at the same offset with the same size (`adopt`); otherwise it is stopped and the
payload hashed anew.
So the early locating below may be loose: it decides nothing.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import threading
from typing import BinaryIO

BUFFER = 4 << 20
_END = struct.Struct("<4s4H2LH")  # the ZIP end record (bundle_reader has the strict reading)
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_LOCAL = struct.Struct("<4s5H3L2H")
_PAYLOAD = b"payload.age"
_MAX_DIRECTORY = 64 * 1024  # a bundle's has two short entries


class PayloadDigest:
    """BLAKE2b-512 of `size` bytes from `start` of `f`, read in a thread that starts at once.
    hashlib and file reads release the GIL, so the hashing runs beside the caller's work;
    `result()` waits for it and raises what the reading raised (BundleTruncated when the file
    shrank). Reads go into one reused buffer: no per-chunk allocation, no copy but the kernel's.
    The thread owns `f` until `result()` or `stop()` returns; with `own_file`, `stop()` closes
    it."""

    def __init__(self, f: BinaryIO, start: int, size: int, *, own_file: bool = False) -> None:
        self._f, self.start, self.size = f, start, size
        self._own_file = own_file
        self._stopped = False
        self._digest = b""
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="payload digest", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            h = hashlib.blake2b()  # = app.crypto.signing.hasher() (a test checks)
            buf = bytearray(min(self.size, BUFFER))
            view = memoryview(buf)
            self._f.seek(self.start)
            left = self.size
            while left and not self._stopped:
                n = self._f.readinto(view[: min(left, len(buf))])  # type: ignore[attr-defined]
                if not n:
                    from app.errors import BundleTruncated

                    raise BundleTruncated()
                h.update(view[:n])
                left -= n
            self._digest = h.digest()
        except BaseException as exc:
            self._error = exc

    def result(self) -> bytes:
        self._thread.join()
        if self._error is not None:
            raise self._error
        if self._stopped:
            from app.errors import BundleDamaged

            raise BundleDamaged()
        return self._digest

    def stop(self) -> None:
        self._stopped = True
        self._thread.join()
        if self._own_file:
            self._f.close()


class _Early:
    """A digest started from the command line, with the handle it reads and that file's
    identity, waiting for `OuterBundle` to adopt or drop it."""

    def __init__(self, f: BinaryIO, identity: tuple[int, ...], digest: PayloadDigest) -> None:
        self.file, self.identity, self.digest = f, identity, digest

    def drop(self) -> None:
        self.digest.stop()  # closes the file


_early: _Early | None = None


def _identity(f: BinaryIO) -> tuple[int, ...]:
    info = os.fstat(f.fileno())
    same = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
    # A file rewritten in place keeps its inode and size, and os.utime puts its modification
    # time back; its change time no one can set (on Windows st_ctime is the creation time).
    return same if os.name == "nt" else (*same, info.st_ctime_ns)


def _locate(f: BinaryIO, size: int) -> tuple[int, int] | None:
    """(offset, size) of payload.age's data as a well-formed bundle has it, or None."""
    if size < _END.size:
        return None
    f.seek(size - _END.size)
    sig, _disk, _cd_disk, _here, entries, cd_size, cd_offset, _comment = _END.unpack(
        f.read(_END.size)
    )
    if sig != b"PK\x05\x06" or cd_size > _MAX_DIRECTORY or cd_offset + cd_size > size:
        return None
    f.seek(cd_offset)
    directory = f.read(cd_size)
    at = 0
    for _ in range(entries):
        if at + _CENTRAL.size > len(directory):
            return None
        fields = _CENTRAL.unpack_from(directory, at)
        method, csize, name_len = fields[4], fields[8], fields[10]
        name = directory[at + _CENTRAL.size : at + _CENTRAL.size + name_len]
        if name == _PAYLOAD:
            if method != 0 or csize == 0xFFFFFFFF:
                return None
            local = fields[16]
            f.seek(local)
            head = f.read(_LOCAL.size)
            if len(head) != _LOCAL.size or head[:4] != b"PK\x03\x04":
                return None
            name_len2, extra_len = _LOCAL.unpack(head)[9:11]
            return local + _LOCAL.size + name_len2 + extra_len, csize
        at += _CENTRAL.size + name_len + fields[11] + fields[12]
    return None


def start_early(args: list[str]) -> None:
    """Start hashing the bundle a `roundtable verify` command line names (`args`: what follows
    `verify`), when it plainly names one; anything unusual (sealed reports, several bundles, an
    unreadable or odd file) starts nothing, and the command runs as it would have."""
    global _early
    if "--signer" not in args or {"--seal", "--history", "--since"} & set(args):
        return  # without a signer nothing is checked; the others read other files
    files = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--signer":
            skip = True
        elif arg == "--":
            return
        elif not arg.startswith("-"):
            files.append(arg)
    if len(files) != 1:
        return
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(files[0], flags)
    except (OSError, ValueError):  # ValueError: a NUL in the name (the command words it)
        return
    f = None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # a FIFO would wait for ever, a device never ends
            os.close(fd)
            return
        if hasattr(os, "O_NONBLOCK"):  # Windows has none, and set_blocking only for pipes
            os.set_blocking(fd, True)
        f = os.fdopen(fd, "rb")
        span = _locate(f, info.st_size)
        if span is None:
            f.close()
            return
        _early = _Early(f, _identity(f), PayloadDigest(f, *span, own_file=True))
    except Exception:  # a head start only: the command makes every check itself
        if f is not None:
            f.close()
        else:
            os.close(fd)


def discard() -> None:
    """Stop the digest started early if no bundle took it (the command ended before opening
    one: a card that could not be read, a usage error): no thread or handle outlives it."""
    global _early
    early, _early = _early, None
    if early is not None:
        early.drop()


def adopt(f: BinaryIO, start: int, size: int) -> PayloadDigest | None:
    """The digest started early, when it hashes exactly this: the same file as `f` (device,
    inode, size, modification and change times) from `start`, `size` bytes; else None (and it
    is stopped). Taken once."""
    global _early
    early, _early = _early, None
    if early is None:
        return None
    try:
        same = early.identity == _identity(f) and (early.digest.start, early.digest.size) == (
            start,
            size,
        )
    except OSError:
        same = False
    if not same:
        early.drop()
        return None
    return early.digest
