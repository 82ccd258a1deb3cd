"""A bundle's decrypted payload, kept on disk encrypted under a key that never leaves memory.

An import used to decrypt the whole inner ZIP into memory: 1 GB of attachments took more than
1 GB of RAM. Plaintext may go to disk only encrypted (DESIGN §6, §7), so it goes here: written
once in pieces of `PIECE` bytes, each sealed with ChaCha20-Poly1305 under a random key held only
by this object (nonce = the piece's number, never reused under that key), kept in memory up to
`IN_MEMORY` bytes and beyond that in an anonymous temporary file (unlinked as it is created
where the system allows, 0600 otherwise, removed on close). It is then read back as a seekable
file, one piece decrypted at a time, so memory stays at a piece or two whatever the payload's
size. If the process dies, what is left on disk is ciphertext under a key that died with it.

A piece that does not read back, or does not decrypt (the file changed underneath), ends the read
in `SpoolDamaged`: a failure of this computer's disk, never of the bundle it came from (whoever
reads a spool maps it to `app.errors.TemporaryCopyUnreadable`, before any handler of its own
could take it for damaged input).
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

PIECE = 1 << 20
_TAG = 16
IN_MEMORY = 4 << 20  # spools up to this size stay in memory (still sealed piece by piece)


class SpoolDamaged(OSError):
    """An OSError, as file objects raise (zipfile turns some into BadZipFile: see `damaged`)."""


class EncryptedSpool(io.RawIOBase):
    """Write everything, `seal()`, then read (and seek) as often as needed."""

    def __init__(self, folder: Path | None = None) -> None:
        import tempfile  # here: this module is loaded by `verify`, which never spools

        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        self._aead = ChaCha20Poly1305(ChaCha20Poly1305.generate_key())
        # In memory while small (most bundles carry no attachments), on disk beyond.
        self._file = tempfile.SpooledTemporaryFile(IN_MEMORY, dir=folder)  # noqa: SIM115
        self._pending = bytearray()
        self.write_error: OSError | None = None
        # Set for good once a piece did not read back: whatever a reader concluded about its
        # content from then on (zipfile turns some read errors into "not a zip file") is moot.
        self.damaged = False
        self._pieces = 0
        self._size = 0
        self._sealed = False
        self._pos = 0
        self._cached: tuple[int, bytes] = (-1, b"")

    # --- writing ---------------------------------------------------------------------------
    def writable(self) -> bool:
        return not self._sealed

    def write(self, data: Any) -> int:
        if self._sealed:
            raise ValueError("the spool is sealed")
        view = memoryview(data).cast("B")
        self._pending += view
        self._size += len(view)
        while len(self._pending) >= PIECE:
            self._store(bytes(self._pending[:PIECE]))
            del self._pending[:PIECE]
        return len(view)

    def _store(self, piece: bytes) -> None:
        if self.write_error is not None:
            raise ValueError("the spool could not be written")
        nonce = self._pieces.to_bytes(12, "little")
        try:
            self._file.seek(self._pieces * (PIECE + _TAG))
            self._file.write(self._aead.encrypt(nonce, piece, None))
        except OSError as exc:
            # Kept: the caller tells a full disk from a bad bundle; and a spool that lost a
            # piece is never written to or sealed again.
            self.write_error = exc
            raise
        self._pieces += 1

    def seal(self) -> None:
        """No more writing; reading starts at the beginning."""
        if not self._sealed:
            if self._pending:
                self._store(bytes(self._pending))
                self._pending = bytearray()
            self._file.flush()
            self._sealed = True
        self._pos = 0

    # --- reading ---------------------------------------------------------------------------
    def readable(self) -> bool:
        return self._sealed

    def seekable(self) -> bool:
        return self._sealed

    @property
    def size(self) -> int:
        return self._size

    def tell(self) -> int:
        return self._pos if self._sealed else self._size

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if not self._sealed:
            raise io.UnsupportedOperation("seal() the spool first")
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def _piece(self, index: int) -> bytes:
        from cryptography.exceptions import InvalidTag

        if self._cached[0] == index:
            return self._cached[1]
        length = min(PIECE, self._size - index * PIECE) + _TAG
        try:
            self._file.seek(index * (PIECE + _TAG))
            sealed = self._file.read(length)
        except OSError as exc:  # the disk failed under the spool (EIO)
            self.damaged = True
            raise SpoolDamaged("the spool file could not be read") from exc
        try:
            plain = self._aead.decrypt(index.to_bytes(12, "little"), sealed, None)
        except InvalidTag:  # changed, or cut short, underneath
            self.damaged = True
            raise SpoolDamaged("the spool file changed") from None
        self._cached = (index, plain)
        return plain

    def read(self, size: int = -1, /) -> bytes:
        if not self._sealed:
            raise io.UnsupportedOperation("seal() the spool first")
        end = self._size if size is None or size < 0 else min(self._size, self._pos + size)
        parts: list[bytes] = []
        while self._pos < end:
            index, skip = divmod(self._pos, PIECE)
            piece = self._piece(index)
            take = piece[skip : skip + (end - self._pos)]
            parts.append(take)
            self._pos += len(take)
        return b"".join(parts)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def getvalue(self) -> bytes:
        """Everything, in memory (for small payloads and tests)."""
        at = self._pos
        self.seek(0)
        try:
            return self.read()
        finally:
            self._pos = at

    def close(self) -> None:
        if not self.closed:
            self._cached = (-1, b"")
            self._pending = bytearray()
            self._file.close()
        super().close()


def spool_folder(preferred: Path | None) -> Path | None:
    """Where spools go: `preferred` (the vault's folder: its disk holds the vault anyway, and
    /tmp may be memory) when it is a writable folder, else the system's temporary folder."""
    if preferred is not None and os.access(preferred, os.W_OK | os.X_OK):
        return preferred
    return None
